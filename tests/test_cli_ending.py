"""A Ctrl-C while the process ends, after the command has finished (extractor/cli/ending.py): one line
and exit 130, the outputs whole; never a traceback or a death by the signal."""
import signal
import subprocess
import sys

from extractor.cli import main

from conftest import ROOT, child_env

SEED = "seed-dongguan-2014-75.html"
#: the outputs compared between an interrupted and a plain run (rows only: no times in them)
COMPARED = ("measures.csv", "assignments.csv", "agencies.csv")

#: ``extractor run PAGE --out OUT`` as a process's command line, interrupted N times by atexit
#: callbacks registered after the package's: they run once the command has finished, before ours
_AT_EXIT = """
import atexit, os, signal, sys
page, out, times = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.argv = ["extractor", "run", page, "--out", out, "--no-progress"]
from extractor.cli import main
for _ in range(times):
    atexit.register(os.kill, os.getpid(), signal.SIGINT)
sys.exit(main())
"""

#: the same run with an object that sends SIGINT when the interpreter's teardown clears its module,
#: after Python's own SIGINT handler is gone (_PySignal_Fini): the interrupt then killed the process
_IN_TEARDOWN = """
import os, signal, sys, types
page, out = sys.argv[1], sys.argv[2]
sys.argv = ["extractor", "run", page, "--out", out, "--no-progress"]
from extractor.cli import main

class Late:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)

probe = types.ModuleType("teardown_probe")
probe.late = Late()
sys.modules["teardown_probe"] = probe
del probe
sys.exit(main())
"""


def child(code: str, *args, cache_folder) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], env=child_env(cache_folder), cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_a_ctrl_c_after_the_command_is_one_line_and_130_with_the_outputs_whole(tmp_path, fixtures_dir,
                                                                               cache_folder):
    page = fixtures_dir / SEED
    runs = {times: child(_AT_EXIT, page, tmp_path / f"out{times}", times, cache_folder=cache_folder)
            for times in (0, 1, 2)}   # 2: the second Ctrl-C ends the process at once
    assert runs[0].returncode == 0 and "interrupted" not in runs[0].stderr, runs[0].stderr
    for times in (1, 2):
        run = runs[times]
        assert run.returncode == 130, run.stderr
        assert run.stderr.splitlines()[-1] == "extractor: interrupted", run.stderr
        assert run.stderr.count("interrupted") == 1 and "Traceback" not in run.stderr, run.stderr
        assert "Exception ignored" not in run.stderr, run.stderr
        assert run.stdout.replace(f"out{times}", "out0") == runs[0].stdout   # the run's summary, all of it
        for name in COMPARED:
            assert (tmp_path / f"out{times}" / name).read_bytes() == (tmp_path / "out0" / name).read_bytes()


def test_no_interrupt_can_land_in_the_interpreter_s_teardown(tmp_path, fixtures_dir, cache_folder):
    """The process ends before the teardown (before: killed by SIGINT, exit -2, no message)."""
    run = child(_IN_TEARDOWN, fixtures_dir / SEED, tmp_path / "out", cache_folder=cache_folder)
    assert run.returncode == 0, (run.returncode, run.stderr)
    assert (tmp_path / "out" / "measures.csv").is_file()


def test_main_called_in_a_process_leaves_its_ctrl_c_alone(tmp_path):
    """A caller of ``main`` with its own arguments keeps its SIGINT handler and its own exit."""
    before = signal.getsignal(signal.SIGINT)
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "out")]) == 2
    assert signal.getsignal(signal.SIGINT) is before
