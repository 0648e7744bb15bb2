"""Engines behind ``pipeline.extract_many``: worker processes on one host,
or a Dask cluster across many.

Both run the same per-notice function (``extract.extract_file``) over
*batches* of paths, never one task per page: handing a batch over costs far
more than nothing (a Dask task about 200 µs: docs/libraries.md), and the resolver
(registry, lexicon, OpenCC; ~0.2 s) must be loaded once per worker process,
not once per page (forked workers inherit the caller's).  On one host the
workers are a ``workers.WorkerPool`` (the standard library's process pool,
results in order over a bounded window).  Results come back to the calling
process in input order, so the one writer (``run``: exports, archive) sees
exactly what a single process would have produced.

Failure rules are those of the single-process loop: ``ExtractorError`` (bad
input) becomes a per-file failure inside the worker; any other exception is
a bug and is re-raised in the caller, which stops the batch, with the file
it happened on as a note; a worker that dies stops it with ``WorkerDied``.
"""
from __future__ import annotations

import logging
import math
import os
import sys
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from ..models import ExtractorError

if TYPE_CHECKING:
    from ..models import Notice
    from .settings import Settings
    from ..store.rows import NoticeRecord

log = logging.getLogger(__name__)

#: what every engine yields per input file: (path, notice, None) or (path, None, reason)
Outcome = tuple[Path, "Notice | None", "str | None"]
Progress = Callable[[Iterable[Path]], Iterable[Path]] | None

#: pages per batch at most; large enough to amortise a round trip, small enough
#: to keep a worker's share of memory and the in-order wait short
MAX_BATCH = 64
#: pages per Dask partition at most (a task costs ~200 µs plus a result transfer)
MAX_PARTITION = 256

_RESOLVERS: dict[str | None, object] = {}


class EngineError(ExtractorError):
    """An engine that cannot start (Dask not installed, scheduler unreachable)."""


def worker_resolver(aliases: str | None):
    """This process's resolver for ``aliases``, loaded on first use and then reused.

    Lives in a module global so a worker process (pool or Dask) pays jieba's
    load once for all the batches it runs.
    """
    if aliases not in _RESOLVERS:
        from ..agencies.resolve import load_resolver
        _RESOLVERS[aliases] = load_resolver(Path(aliases) if aliases else None)
    return _RESOLVERS[aliases]


def init_worker(log_level: int = logging.WARNING, log_format: str | None = None) -> None:
    """Pool initializer: log as the parent does.  (The resolver is loaded by
    the first batch, so that a failure to load it reaches the caller.)"""
    logging.basicConfig(level=log_level, format=log_format or logging.BASIC_FORMAT, stream=sys.stderr)
    if log_level > logging.DEBUG:  # as the CLI: jieba's chatter only at -vv
        logging.getLogger("jieba").setLevel(logging.ERROR)


def _parent_logging() -> tuple[int, str | None]:
    """The root logger's level and format, for workers started from a clean process."""
    root = logging.getLogger()
    formatter = root.handlers[0].formatter if root.handlers else None
    return root.getEffectiveLevel(), getattr(formatter, "_fmt", None)


def extract_batch(paths: Iterable[str], aliases: str | None, records: bool = False,
                  first: int = 0) -> list[tuple[str, "Notice | NoticeRecord | None", "str | None"]]:
    """Extract each path in order; bad input becomes (path, None, reason), bugs raise
    (noting the path).  With ``records``, each notice comes as its
    ``rows.notice_record`` (rows, CSV text, JSON): built here, in parallel,
    rather than by the one writer, and sent without the notice itself
    (``rows.without_notice``).  ``first`` is the run's index of the first path,
    noted while it is extracted (``workers.working_on``)."""
    from .extract import extract_file
    from .workers import working_on
    from ..store.rows import notice_record, without_notice

    resolver = worker_resolver(aliases)
    outcomes = []
    for i, path in enumerate(paths, first):
        working_on(i)
        try:
            notice = extract_file(path, resolver)
            outcomes.append((path, without_notice(notice_record(notice)) if records else notice, None))
        except ExtractorError as exc:
            outcomes.append((path, None, str(exc)))
        except Exception as exc:   # a bug: it stops the run, and says where
            exc.add_note(f"while extracting {path}")
            raise
    working_on(None)
    return outcomes


def worker_count(jobs: int) -> int:
    """``jobs`` workers; 0 or less means one per core."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def batch_size(n_files: int, workers: int, cap: int = MAX_BATCH) -> int:
    """Pages per batch: about four batches per worker (so a slow batch does not
    leave the others idle at the end), capped at ``cap``."""
    return max(1, min(cap, math.ceil(n_files / (4 * workers))))


def split(items: Sequence, size: int) -> list[Sequence]:
    """``items`` cut into consecutive slices of ``size``."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def split_tapered(items: Sequence, size: int, workers: int) -> list[Sequence]:
    """``split``, with the last ``workers * size`` items in batches a quarter
    as large: the workers then finish within a small batch of each other,
    rather than one idling while the other ends a full one (about 0.3 s of
    two cores at 64 pages a batch)."""
    tail = min(len(items), workers * size) if size >= 4 else 0
    cut = len(items) - tail
    return split(items[:cut], size) + split(items[cut:], max(1, size // 4))


def _aliases_arg(settings: "Settings") -> str | None:
    # absolute, because a worker may run in another folder (always so on a cluster)
    return str(Path(settings.aliases).resolve()) if settings.aliases else None


def _in_order(work: Sequence[tuple[Sequence[Path], object]], submit, result, window: int,
              progress: Progress) -> Iterator[Outcome]:
    """Keep ``window`` batches in flight; yield their outcomes in input order.

    ``work`` pairs each batch of paths with the task that extracts it;
    ``submit(task)`` starts one and ``result(handle)`` waits for its outcomes.
    The bounded window keeps memory flat in the corpus size: at most
    ``window`` batches of notices wait in the caller at any time.
    """
    def results() -> Iterator[list]:
        pending: deque = deque()
        queued = iter(work)
        for _, task in queued:
            pending.append(submit(task))
            if len(pending) >= window:
                break
        while pending:
            outcomes = result(pending.popleft())
            nxt = next(queued, None)
            if nxt is not None:
                pending.append(submit(nxt[1]))
            yield outcomes

    return _ticked([batch for batch, _ in work], results(), progress)


def _warm_writer(settings: "Settings") -> None:
    """Load in this process, while the workers extract the first batches, what
    the end of the run needs here: review.csv's candidates come from the
    resolver (about 0.2 s).  Loaded after the last batch, nothing else would
    run meanwhile."""
    if "csv" in settings.formats:
        from ..agencies.resolve import load_resolver
        load_resolver(settings.aliases)


def start_method() -> str:
    """How to start pool workers.

    fork while this process has no other thread: workers inherit its imports
    (about 0.7 s less to start) and a library caller's script needs no
    ``if __name__ == "__main__":`` guard.  With threads running (a Dask client,
    say) fork can deadlock a child on a lock held at the fork, so then
    forkserver (spawn where there is none); those need the guard, as always.
    """
    import multiprocessing
    import threading

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def extract_processes(files: Sequence[Path], settings: "Settings",
                      progress: Progress = None, records: bool = False) -> Iterator[Outcome]:
    """``files`` over ``settings.jobs`` worker processes (``workers.WorkerPool``);
    with ``records``, notices come as records (see ``extract_batch``)."""
    import multiprocessing

    from .workers import WorkerPool
    from ..source.read import shown_path

    workers = worker_count(settings.jobs)
    size = batch_size(len(files), workers)
    batches = split_tapered(list(files), size, workers)
    workers = min(workers, len(batches))
    aliases = _aliases_arg(settings)
    method = start_method()
    if method == "fork":
        # loaded once here, before the fork, the workers inherit it (copy-on-write)
        # instead of each building its own: about 0.2 s of CPU a worker, spent
        # while the others start and the writer warms up, on the same cores
        worker_resolver(aliases)
    log.info("extracting %d files in %d %s processes, %d per batch", len(files), workers, method, size)
    jobs, first = [], 0
    for batch in batches:
        jobs.append(([str(p) for p in batch], aliases, records, first))
        first += len(batch)
    with WorkerPool(extract_batch, jobs, workers=workers, window=2 * workers,
                    context=multiprocessing.get_context(method), initializer=init_worker,
                    initargs=_parent_logging(), describe=lambda i: shown_path(files[i])) as pool:
        if records:   # only a run that writes needs the writer warm
            _warm_writer(settings)
        yield from _ticked(batches, pool.results(), progress)


def _ticked(batches: Sequence[Sequence[Path]], results: Iterable[list], progress: Progress) -> Iterator[Outcome]:
    """Each batch's outcomes as (path, notice, error), ``progress`` ticked once per path."""
    # the bar starts after the workers, so that it is not a thread at the fork
    ticks = iter(progress([p for batch in batches for p in batch])) if progress else None
    for batch, outcomes in zip(batches, results):
        for path, (_, notice, error) in zip(batch, outcomes):
            if ticks is not None:
                next(ticks, None)
            yield path, notice, error
    if ticks is not None:
        for _ in ticks:  # let a progress bar finish and close
            pass


def _dask_client(settings: "Settings", workers: int):
    """A client of the cluster at ``settings.scheduler``, or of a local one."""
    try:
        import dask.bag  # noqa: F401  (checked here so the error names the extra)
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineError(f"the dask engine needs Dask: pip install 'extractor[dask]' ({exc.name} is missing)") from None
    if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
        # distributed logs every worker start and stop at INFO; that is our -vv
        logging.getLogger("distributed").setLevel(logging.WARNING)
    if settings.scheduler:
        try:
            return Client(settings.scheduler, timeout="10s"), None
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {settings.scheduler}: {exc}") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def _as_given(notice: "Notice | None", path: Path) -> "Notice | None":
    """The notice with its source path as the user gave it, not as the workers
    were sent it (absolute), so a Dask run exports what a local run does."""
    if notice is None or notice.source.path == str(path):
        return notice
    from dataclasses import replace
    return replace(notice, source=replace(notice.source, path=str(path)))


def extract_dask(files: Sequence[Path], settings: "Settings",
                 progress: Progress = None) -> Iterator[Outcome]:
    """``files`` as a Dask bag, one resolver per worker process, results in order.

    With ``settings.scheduler`` the work goes to that cluster: its workers must
    have extractor installed and see the input paths (a shared file system).
    Without it a local cluster of ``settings.jobs`` processes is started.
    """
    client, cluster = _dask_client(settings, worker_count(settings.jobs))
    import dask.bag as db  # after _dask_client has checked that it is there

    try:
        threads = max(1, sum(client.nthreads().values()))
        size = batch_size(len(files), threads, cap=MAX_PARTITION)
        paths = [str(Path(p).resolve()) for p in files]
        bag = db.from_sequence(paths, partition_size=size)
        parts = bag.map_partitions(extract_batch, _aliases_arg(settings)).to_delayed()
        batches = split(list(files), size)
        assert len(batches) == len(parts), "Dask partitioned the paths differently"
        log.info("extracting %d files on %d Dask threads, %d partitions", len(files), threads, len(parts))
        outcomes = _in_order(list(zip(batches, parts)), client.compute,
                             lambda fut: fut.result(), 2 * threads + 1, progress)
        for path, notice, error in outcomes:
            yield path, _as_given(notice, path), error
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
