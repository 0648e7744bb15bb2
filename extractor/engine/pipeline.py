"""The orchestrator: one input in, one Notice out; a batch in, exports out.

Stages, in order (one module each; I/O only at the two ends):

1. read      ``read.read_input``          path -> RawInput (bytes, sha256)
2. decode    ``decode.decode_bytes``      RawInput -> Decoded (text, encoding)
3. locate    ``locate.locate_content``    Decoded -> Located (content lines, tables)
4. metadata  ``metadata.parse_metadata``  Located -> Metadata
5. parse     ``forms.parse_body``         Located -> ParsedTable (sections, draft measures)
6. agencies  ``Resolver.cells_resolver`` draft unit cells -> AgencyRef tuples
7. export    ``export.Exports``           Notices -> JSON, CSV, SQLite, one at a time

Bad input (``ExtractorError``) is reported per file and the batch goes on;
any other exception is a bug and propagates.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from ..models import ExtractorError, Notice
from ..source.office.bundle import input_sha256, is_bundled
from ..source.read import SIDECAR_SUFFIX, shown_path
from ..store.export import Exports, remove_stale_temp_files
from ..store.files import folder_lock
from .extract import extract_file
from .settings import Settings

if TYPE_CHECKING:
    from ..store.rows import NoticeHead, NoticeRecord

log = logging.getLogger(__name__)

#: files in an input folder that are never notices
_SKIP_SUFFIXES = (SIDECAR_SUFFIX, ".csv", ".sqlite", ".json", ".pyc")


@dataclass
class RunResult:
    """What a run produced and what it could not read.

    Counts, not notices: a notice held in memory is about 118 KB, so keeping
    them made a run's memory grow with the batch (docs/scale.md).  The
    notices themselves are in the files and the archive the run wrote.
    """

    failures: list[tuple[str, str]] = field(default_factory=list)  #: (path, reason)
    written: list[Path] = field(default_factory=list)
    new: int = 0          #: notices the archive did not know
    changed: int = 0      #: new versions of notices it knew
    unchanged: int = 0    #: inputs whose bytes it already held
    #: inputs that say what the latest version of their notice says: (path, version, doc number or identity)
    same: list[tuple[str, int, str]] = field(default_factory=list)
    notice_count: int = 0       #: notices read (extracted, or taken from the archive)
    measure_count: int = 0      #: their measures
    assignment_count: int = 0   #: their lead and support units
    unresolved_names: set[str] = field(default_factory=set)  #: distinct names no registry key matched
    #: rows of the review.csv the run wrote (distinct city and name over the notices the
    #: files show), None when it wrote none: what the summary reports as names to review
    review_count: int | None = None
    #: notice city -> [unit mentions resolved, unit mentions] of the notices extracted in this run
    coverage: dict[str, list[int]] = field(default_factory=dict)

    def count(self, head: "NoticeHead") -> None:
        """Add one notice to the counts, from its ``rows.NoticeHead``."""
        self.count_rows(head.measure_count, head.assignment_count, {name for name, _, _ in head.unresolved})
        tally = self.coverage.setdefault(head.city or "", [0, 0])
        tally[0] += head.agency_count - len(head.unresolved)
        tally[1] += head.agency_count

    def count_rows(self, measures: int, assignments: int, unresolved: set[str]) -> None:
        """Add one notice's counts, known without the notice (an archived one)."""
        self.notice_count += 1
        self.measure_count += measures
        self.assignment_count += assignments
        self.unresolved_names |= unresolved


def collect_inputs(inputs: Iterable[str], max_mb: float | None = None
                   ) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand folders into their files (sorted, recursively); report missing
    inputs, folders that cannot be listed and files over ``max_mb``."""
    files: list[Path] = []
    failures: list[tuple[str, str]] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files.extend(sorted(_files_under(p, failures)))
        elif p.is_file():
            files.append(p)
        elif p.exists():   # reading a pipe waits for ever, /dev/zero never ends
            failures.append((shown_path(item), "not a regular file (a device, pipe or socket)"))
        else:
            failures.append((shown_path(item), "no such file or folder"))
    if max_mb is None:
        return files, failures
    return [f for f in files if not _too_large(f, max_mb, failures)], failures


def _files_under(folder: Path, failures: list[tuple[str, str]]) -> Iterator[Path]:
    """The candidate files under ``folder``; a sub-folder that cannot be listed
    is a failure (not skipped in silence), a symlink loop is walked once."""
    def unreadable(exc: OSError) -> None:
        failures.append((shown_path(exc.filename or folder), f"cannot read folder: {exc.strerror or exc}"))

    seen: set[str] = set()
    for top, dirs, names in os.walk(folder, onerror=unreadable, followlinks=True):
        real = os.path.realpath(top)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        for name in names:
            f = Path(top, name)
            if _is_candidate(f) and f.is_file() and not is_bundled(f):   # a bundled file: its page reads it
                yield f


def _too_large(path: Path, max_mb: float, failures: list[tuple[str, str]]) -> bool:
    try:
        size = path.stat().st_size
    except OSError:
        return False   # reading it names the problem
    if size <= max_mb * 1024 * 1024:
        return False
    failures.append((shown_path(path), f"{size / 1024 / 1024:.3g} MB is over the {max_mb:g} MB "
                                      "limit on an input (--max-input-mb)"))
    return True


def _is_candidate(path: Path) -> bool:
    name = path.name
    return not name.startswith(".") and not name.endswith(_SKIP_SUFFIXES) and name.lower() != "readme.md"


def extract_many(files: Sequence[Path], settings: Settings,
                 progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
                 ) -> Iterator[tuple[Path, Notice | None, str | None]]:
    """Extract ``files`` in order, yielding (path, notice, None) or (path, None, reason).

    The one place that decides *how* files are processed, so ``run`` stays
    the same: in this process; in ``settings.jobs`` worker processes; or on a
    Dask cluster (``settings.engine == "dask"``).  Every engine yields in input
    order and gives identical notices (see ``parallel.py``).
    """
    if settings.engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {settings.engine!r}")
    if settings.engine == "dask" and files:
        from .parallel import extract_dask
        yield from extract_dask(files, settings, progress)
        return
    if settings.jobs != 1 and len(files) > 1:
        from .parallel import extract_processes
        yield from extract_processes(files, settings, progress)
        return
    from ..agencies.resolve import load_resolver

    resolver = load_resolver(settings.aliases) if files else None
    for path in (progress(files) if progress else files):
        try:
            yield path, extract_file(path, resolver), None
        except ExtractorError as exc:
            yield path, None, str(exc)


def extract_records(files: Sequence[Path], settings: Settings,
                    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
                    ) -> Iterator[tuple[Path, "NoticeRecord | None", str | None]]:
    """``extract_many``, each notice already in the form the writers take
    (``rows.notice_record``, no archive version yet).  Under ``--jobs`` the
    worker processes build the records, so the one writer process only stores
    and copies them (docs/scale.md); otherwise they are built here."""
    from ..store.rows import notice_record

    if settings.engine == "local" and settings.jobs != 1 and len(files) > 1:
        from .parallel import extract_processes
        yield from extract_processes(files, settings, progress, records=True)
        return
    for path, notice, error in extract_many(files, settings, progress):
        yield path, None if notice is None else notice_record(notice), error


def run(settings: Settings, progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> RunResult:
    """Extract every input and export the notices that could be read.

    ``progress`` wraps the file iterator (the CLI passes a progress bar).
    Failures are collected, logged, and never stop the batch.
    """
    if settings.aliases:   # a wrong alias line is a configuration error: stop before any work
        from ..agencies.registry import check_aliases
        check_aliases(settings.aliases)
    inputs, fetch_failures = fetch_url_inputs(settings)
    files, failures = collect_inputs(inputs, settings.max_input_mb)
    if not files and not fetch_failures:
        # nothing to read: a usage error, found before any output is created
        raise NoInput("; ".join(f"{path}: {reason}" for path, reason in failures) if failures else
                      f"{', '.join(map(shown_path, inputs))}: no notice files here (HTML or text pages)")
    result = RunResult(failures=fetch_failures + list(failures))
    if "sqlite" in settings.formats:
        run_archived(files, settings, result, progress)
    else:
        # each notice is written (to temp files) as it arrives and then dropped
        with folder_lock(settings.out_dir, "run"), Exports(settings.out_dir, settings.formats,
                                                           settings.aliases) as exports:
            for record in _readable(extract_records(files, settings, progress), result):
                exports.export_record(record)
                result.count(record.head)
            if result.notice_count or not result.failures:
                # a batch where nothing could be read must not replace earlier outputs
                result.written = exports.finish()
    if result.review_count is None:
        result.review_count = _review_rows(result.written)
    return result


class NoInput(ExtractorError):
    """The inputs name no file to read (missing, or folders without notices)."""


def _review_rows(written: Sequence[Path]) -> int | None:
    """Rows of the review.csv among ``written`` (None when none was written)."""
    import csv

    review = next((p for p in written if Path(p).name == "review.csv"), None)
    if review is None:
        return None
    with open(review, encoding="utf-8-sig", newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1


def _readable(outcomes: Iterable[tuple[Path, "NoticeRecord | None", str | None]],
              result: RunResult) -> Iterator["NoticeRecord"]:
    """The records of ``outcomes``; each failure goes into ``result``, each warning to the log."""
    for path, record, error in outcomes:
        if record is None:
            result.failures.append((shown_path(path), error or "unreadable"))
            continue
        head = record.head
        shown = shown_path(path)
        for w in head.warnings:
            log.warning("%s: %s", shown, w)
        log.info("%s: %s, %d measures, %d lead/support units, %d unresolved", shown,
                 head.doc_number or "no doc number", head.measure_count, head.assignment_count,
                 len(head.unresolved))
        yield record


def fetch_url_inputs(settings: Settings) -> tuple[list[str], list[tuple[str, str]]]:
    """Fetch the inputs that are URLs into ``settings.fetch_into``; return the
    inputs with each fetched URL replaced by its saved file, and the failures."""
    from ..source.read import is_url

    urls = [i for i in settings.inputs if is_url(i)]
    if not urls:
        return list(settings.inputs), []
    from ..source.fetch import FetchSettings, fetch_urls

    records, failures = fetch_urls(urls, FetchSettings(into=settings.fetch_into))
    saved = {r.url: r.path for r in records}
    return [saved.get(i, i) for i in settings.inputs if not is_url(i) or i in saved], failures


def run_archived(files: Sequence[Path], settings: Settings, result: RunResult,
                 progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> RunResult:
    """The run with a cumulative archive (``archive.py``), under the output lock:

    1. inputs whose bytes the archive holds are taken from it (unless ``full``);
    2. the others are extracted and each stored whole (committed in batches):
       as a new notice, its next version, or - when it says what the latest
       version says - one more source of that version;
    3. the per-run files show the archive's latest (or all) versions, rewritten
       only where they change (``outputs.py``): the parts of the notices
       stored now are spooled as they are stored, the others are copied from
       the files the last run wrote.
    """
    from ..agencies.registry import resolution_fingerprint
    from ..store.archive import open_archive
    from ..store.outputs import Outputs

    others = [f for f in settings.formats if f != "sqlite"]
    resolution = resolution_fingerprint(settings.aliases)
    # one process: the new notices' rows go into the archive in a thread, beside extraction (store/rowbatch.py)
    with open_archive(settings.out_dir, batch=settings.engine == "local" and settings.jobs == 1) as archive:
        remove_stale_temp_files(settings.out_dir, others)
        todo = _skip_archived(files, archive, settings, result)
        outputs = Outputs(archive, settings.out_dir, others, settings.all_versions, settings.aliases, resolution)
        try:
            for extracted in _readable(extract_records(todo, settings, progress), result):
                try:
                    status, record = archive.store_record(extracted)
                except ExtractorError as exc:   # archive.NotArchived: this notice only
                    result.failures.append((extracted.head.source.path, str(exc)))
                    continue
                result.count(record.head)
                if status == "same":
                    result.same.append((record.head.source.path, record.head.version,
                                        record.head.doc_number or record.head.source.path))
                    continue
                setattr(result, status, getattr(result, status) + 1)
                outputs.add(record)
            archive.refresh_agencies()
            # recorded last: a run killed before here re-resolves everything next time
            archive.set_setting("resolution", resolution)
            archive.settle()   # a new archive built aside goes in place before the files
            if result.notice_count or not result.failures:
                from ..store.describe import write_datasette_metadata
                result.written = [archive.path, write_datasette_metadata(settings.out_dir)] + outputs.finish()
                if "csv" in others:   # review.csv lists the archive's names, rewritten or not
                    result.review_count = _review_rows([settings.out_dir / "review.csv"])
        finally:
            outputs.discard()
    return result


def retire(out_dir: Path, notice: str, reason: str, aliases: Path | None = None) -> str:
    """Hide ``notice`` (a doc_id, doc number, URL or path) from the exports of the
    archive in ``out_dir``; every version stays in the archive with ``reason``.
    The per-run files the last run wrote are rewritten without it (review.csv
    explained with ``aliases``).  Returns the
    notice's identity; raises ExtractorError if the archive does not know it."""
    from ..store.archive import ARCHIVE_NAME, open_archive
    from ..store.outputs import Outputs, files_shown

    if not (Path(out_dir) / ARCHIVE_NAME).is_file():
        raise ExtractorError(f"{Path(out_dir) / ARCHIVE_NAME}: no archive (run `extractor run` first)")
    with open_archive(out_dir) as archive:
        identity = archive.retire(notice, reason)
        formats, all_versions = files_shown(archive)
        outputs = Outputs(archive, Path(out_dir), formats, all_versions, aliases,
                          resolution=archive.get_setting("resolution"))
        try:
            outputs.finish()
        finally:
            outputs.discard()
    return identity


def _skip_archived(files: Sequence[Path], archive, settings: Settings, result: RunResult) -> list[Path]:
    """The files to extract; the counts of each unchanged one's archived notice go into ``result``."""
    from ..agencies.registry import resolution_fingerprint

    stale = archive.get_setting("resolution") not in (None, resolution_fingerprint(settings.aliases))
    if stale:
        log.warning("the agency registry or aliases changed since the last run: "
                    "re-extracting the archived inputs of this run")
    if settings.full or stale or archive.is_empty():
        return list(files)   # (empty: no input's bytes to look up; reading each twice cost 0.1 ms)
    todo = []
    for path in files:
        try:
            sha256 = input_sha256(path)   # a page's, or with its attachments theirs too
        except ExtractorError:
            todo.append(path)  # extraction names the problem
            continue
        summary = archive.summary_for_sha(sha256)   # its own bytes, or bytes that said the same
        if summary is None:
            todo.append(path)
        else:
            result.unchanged += 1
            result.count_rows(*summary)
            log.info("%s: unchanged since it was archived (rows taken from the archive)", path)
    return todo
