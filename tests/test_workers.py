"""The worker pool behind --jobs: order, failures, bounded memory, clean-up."""
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from extractor.engine.workers import ORPHAN_CHECK, WorkerDied, WorkerPool, working_on

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="these tests start workers with fork")
FORK = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None


# --- job functions (module level: a worker runs them) -------------------------------

def square_slowly_first(batch, delay):
    """Early batches take longest, so later ones finish first."""
    time.sleep(delay * max(0, 3 - batch[0]))
    return [x * x for x in batch]


def fail_on_three(batch):
    if 3 in batch:
        exc = ValueError(f"bug on item {batch}")
        exc.add_note("while extracting item 3")
        raise exc
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
    working_on(batch[0])
    if 2 in batch:
        os._exit(7)
    working_on(None)
    return batch


def kill_or_wait(item, seconds):
    """Work on ``item`` for ``seconds``; a negative time: be killed after that long."""
    end = time.monotonic() + abs(seconds)
    while time.monotonic() < end:
        working_on(item)   # where a job of a pool left early stops
        time.sleep(0.05)
    if seconds < 0:
        os.kill(os.getpid(), signal.SIGKILL)   # as the out-of-memory killer does
    working_on(None)
    return item


def identity(batch):
    return batch


def note_start(batch, log_path):
    with open(log_path, "a") as f:
        f.write(f"{batch[0]}\n")
    return batch


def broken_start():
    raise OSError(28, "No space left on device")


def pool(batches, task, *args, workers=2, window=4, **kw):
    return WorkerPool(task, [(b, *args) for b in batches], workers=workers, window=window, context=FORK, **kw)


def _exited(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as f:
            return any(line.startswith("State:") and "Z" in line for line in f)   # a zombie has exited
    except FileNotFoundError:
        return True


def _pids() -> list[int]:
    """This process's worker processes (the tests start no other child)."""
    return [proc.pid for proc in multiprocessing.active_children()]


# --- tests ------------------------------------------------------------------------

def test_results_come_in_job_order_whatever_finishes_first():
    batches = [[i, i + 100] for i in range(8)]
    with pool(batches, square_slowly_first, 0.1) as p:
        results = list(p.results())
    assert results == [[i * i, (i + 100) ** 2] for i in range(8)]


def test_more_workers_than_jobs():
    with pool([[1], [2]], identity, workers=4, window=8) as p:
        assert list(p.results()) == [[1], [2]]


def test_no_jobs():
    with pool([], identity) as p:
        assert list(p.results()) == []


def test_a_bug_in_a_worker_is_raised_with_its_traceback():
    with pool([[i] for i in range(6)], fail_on_three) as p:
        got = []
        with pytest.raises(ValueError, match=r"bug on item \[3\]") as info:
            for result in p.results():
                got.append(result)
    assert got == [[0], [1], [2]]   # the jobs before the bug still arrive, in order
    cause = str(info.value.__cause__)
    assert "fail_on_three" in cause and "ValueError" in cause
    assert info.value.__notes__ == ["while extracting item 3"]   # notes travel with it


def test_an_exception_that_cannot_be_pickled_arrives_as_its_text():
    with pool([[1]], fail_unpicklably) as p:
        with pytest.raises(RuntimeError, match="^Unpicklable: odd failure") as info:
            list(p.results())
    assert "in fail_unpicklably" in info.value.__notes__[0]   # the worker's traceback


def test_an_exception_that_cannot_be_pickled_with_tblib_installed():
    """tblib (which Dask installs) pickles an exception's causes too."""
    pickling_support = pytest.importorskip("tblib.pickling_support")
    import copyreg

    before = dict(copyreg.dispatch_table)   # pickle holds this very dict: restored in place
    try:
        pickling_support.install()
        test_an_exception_that_cannot_be_pickled_arrives_as_its_text()
    finally:
        copyreg.dispatch_table.clear()
        copyreg.dispatch_table.update(before)


def test_a_failing_initializer_stops_the_run_instead_of_hanging():
    with pool([[1], [2]], identity, initializer=broken_start) as p:
        with pytest.raises(WorkerDied, match="ended abruptly"):
            list(p.results())


def test_a_worker_that_exits_is_named_by_its_item():
    with pool([[i] for i in range(5)], die_on_two, describe=lambda i: f"file {i}") as p:
        with pytest.raises(WorkerDied, match=r"^a worker process ended abruptly while extracting file 2 \("):
            list(p.results())


def test_a_killed_worker_names_its_item_not_the_one_the_other_worker_was_on():
    """Worker A works on item 0 for a long time; worker B is killed on item 1.
    The pool stops A (SIGTERM), whose item is not at fault, at once."""
    start = time.monotonic()
    with WorkerPool(kill_or_wait, [(0, 30), (1, -0.5)], workers=2, window=2, context=FORK,
                    describe=lambda i: f"page-{i}.html") as p:
        with pytest.raises(WorkerDied) as info:
            list(p.results())
    assert str(info.value) == ("a worker process ended abruptly while extracting page-1.html "
                               "(killed, or out of memory)")
    assert time.monotonic() - start < 15   # not the 30 s of item 0


def test_at_most_window_jobs_are_out_while_the_reader_is_slow(tmp_path):
    """A slow reader: the workers are not sent the whole corpus, so done results
    cannot pile up in memory."""
    started = tmp_path / "started"
    with pool([[i] for i in range(20)], note_start, str(started), window=3) as p:
        results = p.results()
        assert next(results) == [0]
        time.sleep(0.5)   # plenty of time for the workers to run ahead, were they not bounded
        assert len(started.read_text().split()) <= 4   # the window, and one more once a result is read
        assert list(results) == [[i] for i in range(1, 20)]


@pytest.mark.parametrize("stop", ["end", "early", "bug"])
def test_workers_are_gone_after_close(stop):
    p = pool([[i] for i in range(12)], fail_on_three if stop == "bug" else identity, window=2)
    with p:
        results = p.results()
        if stop == "end":
            assert len(list(results)) == 12
        elif stop == "early":
            next(results)
        else:
            with pytest.raises(ValueError):
                list(results)
        pids = _pids()
    assert len(pids) == 2
    assert all(_exited(pid) for pid in pids)


def test_a_pool_left_early_stops_its_jobs_at_their_next_item():
    start = time.monotonic()
    with WorkerPool(kill_or_wait, [(i, 30) for i in range(6)], workers=2, window=4, context=FORK):
        time.sleep(0.5)
        pids = _pids()
    assert time.monotonic() - start < 15   # not the 30 s each job would take
    assert len(pids) == 2 and all(_exited(pid) for pid in pids)


def test_workers_ignore_ctrl_c_which_is_the_callers_to_report():
    with pool([[i] for i in range(4)], square_slowly_first, 0.2) as p:
        time.sleep(0.3)
        for pid in _pids():
            os.kill(pid, signal.SIGINT)
        assert list(p.results()) == [[i * i] for i in range(4)]


def test_a_reader_slower_than_the_orphan_check_keeps_its_workers():
    """A writer busy for longer than ``ORPHAN_CHECK`` (a long commit): under
    forkserver the workers' parent is the forkserver, not the caller, and they
    must not take that for being orphaned."""
    context = multiprocessing.get_context("forkserver")
    with WorkerPool(identity, [([i],) for i in range(8)], workers=2, window=2, context=context) as p:
        results = p.results()
        assert next(results) == [0]
        time.sleep(ORPHAN_CHECK * 2.5)
        assert list(results) == [[i] for i in range(1, 8)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_of_a_killed_caller_exit(tmp_path, method):
    """The caller dies without closing the pool (kill -9): forked workers hold
    both ends of the executor's task pipe and would wait for a task for ever."""
    script = textwrap.dedent(f"""
        import multiprocessing, os, time
        from extractor.engine.workers import WorkerPool
        from test_workers import identity
        p = WorkerPool(identity, [([i],) for i in range(50)], workers=2, window=2,
                       context=multiprocessing.get_context("{method}"))
        next(p.results())
        print(" ".join(str(proc.pid) for proc in multiprocessing.active_children()), flush=True)
        os._exit(0)
    """)
    tests_dir = os.path.dirname(__file__)
    printed = tmp_path / "stdout"
    with printed.open("w") as out:   # a file, not a pipe: workers that hang on must not hang the test
        # (stderr: the killed caller's resource tracker warns of the pool's semaphores)
        subprocess.run([sys.executable, "-c", script], stdout=out, stderr=subprocess.DEVNULL, timeout=60,
                       env={**os.environ, "PYTHONPATH": tests_dir})   # for test_workers.identity
    pids = [int(pid) for pid in printed.read_text().split()]
    assert len(pids) == 2 and all(pids)
    deadline = time.monotonic() + 15
    while not all(_exited(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert all(_exited(pid) for pid in pids)
