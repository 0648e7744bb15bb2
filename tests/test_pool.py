"""The spool pool behind --jobs: order, failures, bounded spool, clean-up."""
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from extractor.engine.pool import ORPHAN_CHECK, RemoteTraceback, SpoolPool, WorkerDied

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="these tests start workers with fork")
FORK = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None


# --- batch functions (module level: a worker runs them) -------------------------------

def square_slowly_first(batch, delay):
    """Early batches take longest, so later ones are spooled first."""
    time.sleep(delay * max(0, 3 - batch[0]))
    return [x * x for x in batch]


def fail_on_three(batch):
    if 3 in batch:
        raise ValueError(f"bug on item {batch}")
    return batch


class Unpicklable(Exception):
    def __init__(self, what, extra):   # two arguments: pickle cannot rebuild it from args
        super().__init__(what)
        self.extra = extra

    def __reduce__(self):
        raise TypeError("not picklable")


def fail_unpicklably(batch):
    raise Unpicklable("odd failure", 1)


def die_on_two(batch):
    if 2 in batch:
        os._exit(7)
    return batch


def identity(batch):
    return batch


def broken_start():
    raise OSError(28, "No space left on device")


def pool(batches, task, args=(), workers=2, window=4):
    return SpoolPool(batches, task, args, workers=workers, window=window, context=FORK)


# --- tests ------------------------------------------------------------------------

def test_results_come_in_batch_order_whatever_finishes_first():
    batches = [[i, i + 100] for i in range(8)]
    with pool(batches, square_slowly_first, (0.1,)) as p:
        results = list(p.results())
    assert results == [[i * i, (i + 100) ** 2] for i in range(8)]


def test_more_workers_than_batches():
    with pool([[1], [2]], identity, workers=4, window=8) as p:
        assert list(p.results()) == [[1], [2]]


def test_no_batches():
    with pool([], identity) as p:
        assert list(p.results()) == []


def test_a_bug_in_a_worker_is_raised_with_its_traceback():
    with pool([[i] for i in range(6)], fail_on_three) as p:
        got = []
        with pytest.raises(ValueError, match=r"bug on item \[3\]") as info:
            for result in p.results():
                got.append(result)
    assert got == [[0], [1], [2]]   # the batches before the bug still arrive, in order
    cause = info.value.__cause__
    assert isinstance(cause, RemoteTraceback)
    assert "fail_on_three" in str(cause) and "ValueError" in str(cause)


def test_an_exception_that_cannot_be_pickled_arrives_as_its_text():
    with pool([[1]], fail_unpicklably) as p:
        with pytest.raises(RuntimeError, match="Unpicklable: odd failure"):
            list(p.results())


def test_a_failing_initializer_is_raised_in_the_caller():
    with SpoolPool([[1], [2]], identity, workers=2, window=4, context=FORK, initializer=broken_start) as p:
        with pytest.raises(OSError, match="No space left on device"):
            list(p.results())


def test_a_worker_that_dies_stops_the_run_with_one_line():
    with pool([[i] for i in range(5)], die_on_two) as p:
        with pytest.raises(WorkerDied, match=r"exit code 7"):
            list(p.results())


def kill_on_two(batch):
    if 2 in batch:
        os.kill(os.getpid(), signal.SIGKILL)   # as the out-of-memory killer does
    return batch


def test_a_killed_worker_is_named_by_its_signal():
    with pool([[i] for i in range(5)], kill_on_two) as p:
        with pytest.raises(WorkerDied, match=r"killed by SIGKILL"):
            list(p.results())


def test_spool_holds_at_most_window_batches():
    """A slow reader: the workers wait for room rather than spool the whole corpus."""
    with pool([[i] for i in range(20)], identity, window=3) as p:
        results = p.results()
        assert next(results) == [0]
        time.sleep(0.5)   # plenty of time for the workers to run ahead, were they not bounded
        assert len(os.listdir(p.spool)) <= 3
        assert list(results) == [[i] for i in range(1, 20)]


@pytest.mark.parametrize("stop", ["end", "early", "bug"])
def test_spool_and_workers_are_gone_after_close(stop):
    batches = [[i] for i in range(12)]
    p = pool(batches, fail_on_three if stop == "bug" else identity, window=2)
    procs = list(p._procs)
    with p:
        results = p.results()
        if stop == "end":
            assert len(list(results)) == 12
        elif stop == "early":
            next(results)   # workers now wait for room that never comes
        else:
            with pytest.raises(ValueError):
                list(results)
    assert not os.path.exists(p.spool)
    assert not any(proc.is_alive() for proc in procs)


def _exited(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as f:
            return any(line.startswith("State:") and "Z" in line for line in f)   # a zombie has exited
    except FileNotFoundError:
        return True


def test_a_reader_slower_than_the_orphan_check_keeps_its_workers():
    """A writer busy for longer than ``ORPHAN_CHECK`` (a long commit) leaves the
    workers waiting for room; under forkserver their parent is the forkserver,
    not the caller, and they must not take that for being orphaned."""
    context = multiprocessing.get_context("forkserver")
    with SpoolPool([[i] for i in range(8)], identity, workers=2, window=2, context=context) as p:
        results = p.results()
        assert next(results) == [0]
        time.sleep(ORPHAN_CHECK * 2.5)
        assert list(results) == [[i] for i in range(1, 8)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_of_a_killed_caller_exit(tmp_path, method):
    """The caller dies without closing the pool (kill -9): its workers must not
    wait for room for ever, and the spool must not stay behind."""
    script = textwrap.dedent(f"""
        import multiprocessing, os
        from extractor.engine.pool import SpoolPool
        from test_pool import identity
        p = SpoolPool([[i] for i in range(50)], identity, workers=2, window=1,
                      context=multiprocessing.get_context("{method}"))
        print(p.spool, " ".join(str(proc.pid) for proc in p._procs), flush=True)
        os._exit(0)
    """)
    tests_dir = os.path.dirname(__file__)
    printed = tmp_path / "stdout"
    with printed.open("w") as out:   # a file, not a pipe: workers that hang on must not hang the test
        subprocess.run([sys.executable, "-c", script], stdout=out, timeout=60,
                       env={**os.environ, "PYTHONPATH": tests_dir})   # for test_pool.identity
    spool, *pids = printed.read_text().split()
    pids = [int(pid) for pid in pids]
    assert len(pids) == 2
    deadline = time.monotonic() + 15
    while not all(_exited(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert all(_exited(pid) for pid in pids)
    assert not os.path.exists(spool)


def _gone_pid() -> int:
    """The pid of a process that has ended (and was reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_spool_folders_of_dead_runs_are_swept_at_the_next_start(tmp_path, monkeypatch):
    # D11: SIGKILL to the whole process group leaves the spool: nobody is left to remove it
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stale = tmp_path / f"extractor-spool-{_gone_pid()}-x1y2"
    stale.mkdir()
    (stale / "0.pickle").write_bytes(b"left over")
    alive = tmp_path / f"extractor-spool-{os.getpid()}-a1b2"   # a running process's: not touched
    alive.mkdir()
    unowned = tmp_path / "extractor-spool-k3j4h5"              # no owner pid in the name: not touched
    unowned.mkdir()
    with pool([[1], [2]], identity) as p:
        assert list(p.results()) == [[1], [2]]
        assert os.path.basename(p.spool).startswith(f"extractor-spool-{os.getpid()}-")
    assert not stale.exists() and alive.is_dir() and unowned.is_dir()


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups")
def test_killing_the_process_group_leaves_no_spool_after_the_next_run(tmp_path, fixtures_dir):
    """kill -9 of the whole group under --jobs 2; the next --jobs run sweeps what it left."""
    raw = tmp_path / "raw"
    raw.mkdir()
    seed = (fixtures_dir / "seed-dongguan-2014-75.html").read_bytes()
    for i in range(300):   # distinct bytes, so none is skipped as already archived
        (raw / f"n{i:03}.html").write_bytes(seed + f"<!-- {i} -->".encode())
    spool_root = tmp_path / "tmp"
    spool_root.mkdir()
    env = {**os.environ, "TMPDIR": str(spool_root)}
    cmd = [sys.executable, "-m", "extractor", "run", "--jobs", "2", "--no-progress"]
    run = subprocess.Popen(cmd + [str(raw), "--out", str(tmp_path / "out")], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not list(spool_root.glob("extractor-spool-*")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert list(spool_root.glob("extractor-spool-*")), "the run never started its workers"
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
    assert list(spool_root.glob("extractor-spool-*"))          # what the kill leaves
    small = tmp_path / "small"
    small.mkdir()
    for i in range(2):
        (small / f"m{i}.html").write_bytes(seed + f"<!-- m{i} -->".encode())
    again = subprocess.run(cmd + [str(small), "--out", str(tmp_path / "out2")], env=env,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert list(spool_root.glob("extractor-spool-*")) == []
