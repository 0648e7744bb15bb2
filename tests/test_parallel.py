"""Engines: worker processes and Dask give exactly what one process gives."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.engine import parallel
from extractor.models import ExtractorError
from extractor.engine.pipeline import Settings, run

SEEDS = ["seed-dongguan-2014-75.html", "seed-dongguan-2014-75.txt"]
MEASURE_1 = "突出发展战略性新兴产业"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, fixtures_dir):
    """14 versions of one notice (the seeds with measure 1 worded per copy, so ids and
    content differ) and one empty file.

    More files than one batch per worker, so ordering across batches is exercised.
    """
    raw = tmp_path_factory.mktemp("raw")
    for i in range(7):
        for name in SEEDS:
            text = (fixtures_dir / name).read_text(encoding="utf-8")
            copy = f"（第{i}份{'网页' if name.endswith('.html') else '文本'}）"
            (raw / f"{i:02d}-{name}").write_text(text.replace(MEASURE_1, MEASURE_1 + copy, 1), encoding="utf-8")
    (raw / "05-empty.html").write_bytes(b"")
    return raw


def run_json(corpus, out, **kw):
    result = run(Settings(inputs=(str(corpus),), out_dir=out, formats=("json",), **kw))
    return result, (out / "notices.json").read_bytes()


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory):
    return run_json(corpus, tmp_path_factory.mktemp("single"))


def test_jobs_2_same_bytes_as_one_process(corpus, single, tmp_path):
    one, one_json = single
    two, two_json = run_json(corpus, tmp_path, jobs=2)
    assert one.notice_count == 14 and one.measure_count > 0
    assert two_json == one_json
    assert two.failures == one.failures
    assert [f for f, _ in two.failures] == [str(corpus / "05-empty.html")]


def archive_dump(out):
    """Every row of every table of the archive; clocks left out (``extracted_at``,
    ``added_at``), and the per-run files' state (their inodes and mtimes)."""
    import sqlite3

    con = sqlite3.connect(out / "notices.sqlite")
    try:
        dump = {}
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")
                    if r[1] not in ("extracted_at", "added_at")]
            order = ", ".join(str(i) for i in range(1, len(cols) + 1))
            dump[table] = [row for row in con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}")
                           if not (table == "archive_settings" and row[0] == "exported")]
        return dump
    finally:
        con.close()


def versions_columns(out):
    """The columns of ``versions`` as ``archive_dump`` lists them."""
    import sqlite3

    con = sqlite3.connect(out / "notices.sqlite")
    try:
        return [r[1] for r in con.execute("PRAGMA table_info(versions)") if r[1] != "extracted_at"]
    finally:
        con.close()


def test_jobs_2_all_formats_same_as_one_process(corpus, tmp_path):
    """Under --jobs the workers build each notice's rows, CSV text and JSON before
    its archive version is known; the writer adds the version (14 versions of one
    notice here). Every file and every archive row must be what one process writes."""
    outs, counts = {}, {}
    for jobs in (1, 2):
        out = tmp_path / f"jobs{jobs}"
        result = run(Settings(inputs=(str(corpus),), out_dir=out, jobs=jobs))
        assert result.notice_count == 14 and result.changed == 13
        files = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".csv", ".json")}
        outs[jobs] = (files, archive_dump(out))
        # counted from the records' heads: workers send records without the notice
        counts[jobs] = (result.measure_count, result.assignment_count, result.unresolved_names)
    assert counts[2] == counts[1] and counts[1][1] > counts[1][0] > 0
    assert sorted(outs[1][0]) == ["agencies.csv", "assignments.csv", "datapackage.json", "measures.csv",
                                  "metadata.json", "notices.csv", "notices.json", "review.csv"]
    assert outs[2][0] == outs[1][0]
    assert outs[2][1] == outs[1][1]
    assert [n["version"] for n in json.loads(outs[1][0]["notices.json"])] == [14]   # the latest, numbered
    notice_json = [c for c in versions_columns(tmp_path / "jobs1")].index("notice_json")
    assert sorted(json.loads(row[notice_json])["version"] for row in outs[1][1]["versions"]) == list(range(1, 15))


@pytest.mark.skipif(sys.platform == "win32", reason="no fork or forkserver on Windows")
def test_jobs_with_a_thread_running(corpus, single, tmp_path):
    """Another thread (a Dask client, a progress monitor) means forkserver, not fork; same output."""
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert parallel.start_method() == "forkserver"
        _, two_json = run_json(corpus, tmp_path, jobs=2)
    finally:
        stop.set()
        thread.join()
    assert two_json == single[1]


def test_bad_input_in_a_worker_is_a_failure_not_a_crash(corpus, tmp_path):
    files = sorted(corpus.iterdir())
    out = parallel.extract_batch([str(corpus / "05-empty.html"), str(files[0])], None)
    assert out[0][1] is None and "empty" in out[0][2]
    assert out[1][1] is not None and out[1][2] is None


def explode(paths, aliases, records=False, first=0):
    """A worker batch function with a bug (module level, so the pool can pickle it)."""
    raise RuntimeError("bug in a worker")


def test_bug_in_a_worker_propagates(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "extract_batch", explode)
    with pytest.raises(RuntimeError, match="bug in a worker"):
        run_json(corpus, tmp_path, jobs=2)


@pytest.mark.parametrize("n_files, workers, expected", [
    (1, 2, 1), (10, 2, 2), (1000, 2, 64), (100, 8, 4),
])
def test_batch_size(n_files, workers, expected):
    assert parallel.batch_size(n_files, workers) == expected


def test_split_keeps_order():
    assert parallel.split(list(range(7)), 3) == [[0, 1, 2], [3, 4, 5], [6]]


@pytest.mark.parametrize("n, size, workers, sizes", [
    (1000, 64, 2, [64] * 13 + [40] + [16] * 8),   # the last 2 x 64 pages in quarters
    (10, 2, 2, [2] * 5),                           # batches too small to cut
    (5, 8, 2, [2, 2, 1]),                          # fewer pages than the tail
])
def test_split_tapered_keeps_order_and_ends_in_small_batches(n, size, workers, sizes):
    batches = parallel.split_tapered(list(range(n)), size, workers)
    assert [len(b) for b in batches] == sizes
    assert [x for b in batches for x in b] == list(range(n))


def test_cli_jobs(corpus, tmp_path):
    res = subprocess.run([sys.executable, "-m", "extractor", "run", str(corpus), "--out", str(tmp_path),
                          "--jobs", "2", "--format", "json"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 1, res.stderr  # the empty file
    assert res.stdout.startswith("14 notices, ")
    bad = [("--jobs", "-1"), ("--scheduler", "tcp://127.0.0.1:8786"), ("--engine", "spark")]
    for args in bad:
        res = subprocess.run([sys.executable, "-m", "extractor", "run", str(corpus), *args],
                             capture_output=True, text=True, timeout=60)
        assert res.returncode == 2, (args, res.stderr)


def test_dask_missing_is_one_line_error(corpus, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import of it now fails
    with pytest.raises(ExtractorError, match=r"pip install 'extractor\[dask\]'"):
        run_json(corpus, tmp_path, engine="dask")


def test_dask_cluster_same_notices(corpus, tmp_path, monkeypatch):
    pytest.importorskip("dask.bag", reason="the dask extra is not installed (pip install -e '.[dask]')")
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    # a relative input: workers are sent absolute paths, the export keeps the path as given
    monkeypatch.chdir(corpus.parent)
    relative = corpus.relative_to(corpus.parent)
    one, one_json = run_json(relative, tmp_path / "one")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        result, dask_json = run_json(relative, tmp_path / "dask", engine="dask",
                                     scheduler=cluster.scheduler_address)
    assert json.loads(one_json)[0]["source"]["path"].startswith(str(relative))
    assert json.loads(dask_json) == json.loads(one_json)
    assert dask_json == one_json
    assert result.failures == one.failures


# --- a worker that dies or fails, seen from a run ----------------------------------

REAL_EXTRACT_BATCH = parallel.extract_batch


def extract_batch_killed_on_victim(paths, aliases, records=False, first=0):
    """``extract_batch``, whose worker is killed (as by the out-of-memory killer)
    on the file whose name starts with ``victim-``, once every other file is done
    (each is marked in ``<corpus>/../done``) and handed over.  Module level, so
    that a forkserver worker finds it too."""
    from extractor.engine.workers import working_on

    outcomes = []
    for i, path in enumerate(paths, first):
        done = Path(path).parent.parent / "done"
        if Path(path).name.startswith("victim-"):
            working_on(i)
            deadline = time.monotonic() + 60
            others = len(list(Path(path).parent.iterdir())) - 1
            while len(list(done.iterdir())) < others and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(1)
            os.kill(os.getpid(), signal.SIGKILL)
        outcomes += REAL_EXTRACT_BATCH([path], aliases, records, i)
        (done / Path(path).name).touch()
    return outcomes


def test_a_killed_worker_stops_the_run_naming_the_file_and_keeps_what_was_stored(corpus, tmp_path, monkeypatch):
    """One line naming the file the worker was on; the notices stored before it
    stay in the archive."""
    import shutil
    import sqlite3

    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    (tmp_path / "done").mkdir()
    files = sorted(raw.iterdir())
    victim = files[9].rename(raw / f"victim-{files[9].name}")   # sorts last: in the last batch
    monkeypatch.setattr(parallel, "extract_batch", extract_batch_killed_on_victim)
    out = tmp_path / "out"
    with pytest.raises(ExtractorError) as info:
        run(Settings(inputs=(str(raw),), out_dir=out, jobs=2))
    assert str(info.value) == f"a worker process ended abruptly while extracting {victim} (killed, or out of memory)"
    con = sqlite3.connect(out / "notices.sqlite")
    stored = sorted(path for (path,) in con.execute("SELECT source_path FROM versions"))
    con.close()
    assert stored == sorted(str(f) for f in raw.iterdir() if f != victim and f.name != "05-empty.html")


def test_a_bug_names_the_file_it_happened_on(corpus, monkeypatch):
    from extractor.engine import extract

    victim = str(sorted(corpus.iterdir())[1])

    def extract_file(path, resolver):
        if path == victim:
            raise ZeroDivisionError("a bug")
        return real(path, resolver)

    real = extract.extract_file
    monkeypatch.setattr(extract, "extract_file", extract_file)
    with pytest.raises(ZeroDivisionError) as info:
        parallel.extract_batch([str(p) for p in sorted(corpus.iterdir())[:3]], None)
    assert info.value.__notes__ == [f"while extracting {victim}"]


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups")
def test_ctrl_c_under_jobs_is_one_line_and_leaves_no_worker(tmp_path, fixtures_dir):
    """Ctrl-C reaches the whole process group: the run says it was interrupted,
    no worker prints a traceback, and the workers are gone when it returns."""
    raw = tmp_path / "raw"
    raw.mkdir()
    seed = (fixtures_dir / SEEDS[0]).read_bytes()
    # long enough to interrupt in the middle: 300 copies of the seed ran in ~0.7 s by session 36, so an
    # interrupt 0.5 s after the workers start could land after the run had ended (exit -2, no message)
    for i in range(3000):
        (raw / f"n{i:03}.html").write_bytes(seed + f"<!-- {i} -->".encode())
    run_ = subprocess.Popen([sys.executable, "-m", "extractor", "run", str(raw), "--out", str(tmp_path / "out"),
                             "--jobs", "2", "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=_ctrl_c_heard)
    deadline = time.monotonic() + 60
    while len(_children(run_.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = _children(run_.pid)
    assert len(workers) >= 2, "the run never started its workers"
    time.sleep(0.5)
    os.killpg(run_.pid, signal.SIGINT)
    _, err = run_.communicate(timeout=60)
    assert run_.returncode == 130, err
    assert err.strip().splitlines()[-1] == "extractor: interrupted" and "Traceback" not in err, err
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers)


#: a pool whose workers are forked while a Ctrl-C lands: the interpreter runs its at-fork callbacks
#: (logging's lock release) in the caller right after each fork, and an interrupt raised in one is
#: printed as "Exception ignored" and dropped; the SIGINT sent from such a callback stands for it
_INTERRUPT_AT_FORK = """
import os, signal, sys, time
from extractor.engine.workers import WorkerPool
import multiprocessing

def job(x):
    time.sleep(0.05)
    return x

os.register_at_fork(after_in_parent=lambda: os.kill(os.getpid(), signal.SIGINT))
try:
    with WorkerPool(job, [(i,) for i in range(40)], workers=2, window=4,
                    context=multiprocessing.get_context("fork")) as pool:
        done = sum(1 for _ in pool.results())
    print("not interrupted: ran", done, "jobs")
except KeyboardInterrupt:
    print("interrupted")
"""


@pytest.mark.skipif(not hasattr(os, "register_at_fork"), reason="fork")
def test_ctrl_c_while_the_workers_fork_is_not_lost(tmp_path):
    """A SIGINT delivered while the executor forks its workers (the caller inside an at-fork
    callback) stops the pool as any Ctrl-C does; it was dropped with an "Exception ignored"
    traceback and the run went on to its end (session 43)."""
    script = tmp_path / "fork_interrupt.py"
    script.write_text(_INTERRUPT_AT_FORK, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parent.parent, preexec_fn=_ctrl_c_heard)
    assert done.stdout.strip() == "interrupted", done.stdout + done.stderr
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr, done.stderr


def _ctrl_c_heard() -> None:
    """In the child before it runs: SIGINT handled as a terminal's Ctrl-C is.  A test run started in
    the background of a shell without job control (``make test &``) inherits SIGINT ignored, and a
    Python started so keeps ignoring it: the run would never hear the test's Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _children(pid: int) -> list[int]:
    """The pids of ``pid``'s child processes (Linux: /proc)."""
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []
