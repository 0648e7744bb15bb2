"""Instructions of each stage of one whole ``extractor run`` (docs/scale.md, session 48).

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=run.cg \\
        python bench/count_stages.py FOLDER OUT [--parts]
    callgrind_annotate --inclusive=yes --threshold=100 run.cg | grep stage_

Runs ``extractor run FOLDER --out OUT --no-progress`` in this process, as the
command line does (``bench/time_stages.py`` does the same with timers), with
the outermost call of each stage made through a C function of its own,
``stage_<name>`` in a small extension module compiled into a temp folder first
(a C compiler and Python's headers are needed).  Callgrind cannot tell Python
functions apart (they all run in the interpreter's loop), but it names C
functions: the inclusive count of ``stage_extract`` is every instruction run
inside ``extract_file``, and so on.  The whole run's count is callgrind's total,
start-up included; what no stage holds is the interpreter's start, the imports,
the command's set-up and the loop between the stages.  ``--parts`` also counts
the parts of the record and of the archive's store (nested in theirs).

The archive commits every ``COMMIT_EVERY`` notices *or* every ``COMMIT_SECONDS``,
and a first run's archive goes in place after ``BUILD_SECONDS``: under valgrind
the clock would make the count depend on the host's load (docs/scale.md,
session 42), so both are set out of reach here, as a run whose batches take
less than two seconds has them.  Each stage call costs a few hundred
instructions more than a plain call (a lambda and the C call), in the stage.
Run without valgrind it is just the run.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

#: (module, owner or None, attribute, stage name): each stage's outermost call
STAGES = (
    ("extractor.engine.pipeline", None, "extract_file", "extract"),
    ("extractor.store.rows", None, "notice_record", "record"),
    ("extractor.store.archive", "Archive", "store_record", "archive"),
    ("extractor.store.archive", "Archive", "commit", "commit"),
    ("extractor.store.outputs", "Outputs", "add", "spool"),
    ("extractor.store.outputs", "Outputs", "finish", "finish"),
    ("extractor.agencies.resolve", None, "load_resolver", "resolver"),
    ("extractor.engine.pipeline", None, "collect_inputs", "collect"),
    ("extractor.store.archive", "Archive", "__init__", "open_archive"),
    ("extractor.store.archive", "Archive", "refresh_agencies", "refresh"),
    ("extractor.store.archive", "Archive", "settle", "settle"),
    ("extractor.store.describe", None, "write_datasette_metadata", "metadata"),
)
#: ``--parts``: the record's parts and the archive's
PARTS = (
    ("extractor.store.rows", None, "_units", "record_units"),
    ("extractor.store.rows", None, "_measures", "record_measures"),
    ("extractor.store.rows", None, "notice_digest", "record_digest"),
    ("extractor.store.rows", None, "notice_json", "record_json"),
    ("extractor.store.rows", None, "_agency_counts", "record_agency_counts"),
    ("extractor.store.archive", "Archive", "_insert_notice_rows", "archive_rows"),
    ("extractor.store.archive", "Archive", "_record_version", "archive_version"),
    ("extractor.store.rows", "AgencyTally", "add_counts", "archive_tally"),
    ("extractor.store.rows", None, "with_version", "archive_with_version"),
)


def build_stage_module(names: list[str], folder: Path):
    """Compile and import ``stagemod``: one C function a stage, calling its argument."""
    lines = ["#define PY_SSIZE_T_CLEAN", "#include <Python.h>"]
    lines += [f"__attribute__((noinline)) static PyObject *stage_{n}(PyObject *self, PyObject *fn) "
              "{ return PyObject_CallNoArgs(fn); }" for n in names]
    lines.append("static PyMethodDef M[] = {" + "".join(f'{{"{n}", stage_{n}, METH_O, NULL}},' for n in names)
                 + "{NULL, NULL, 0, NULL}};")
    lines.append('static struct PyModuleDef D = {PyModuleDef_HEAD_INIT, "stagemod", NULL, -1, M};')
    lines.append("PyMODINIT_FUNC PyInit_stagemod(void) { return PyModule_Create(&D); }")
    source = folder / "stagemod.c"
    source.write_text("\n".join(lines) + "\n")
    target = folder / f"stagemod{sysconfig.get_config_var('EXT_SUFFIX')}"
    cc = (sysconfig.get_config_var("CC") or "cc").split()
    subprocess.run([*cc, "-O1", "-g", "-fno-inline", "-shared", "-fPIC",
                    f"-I{sysconfig.get_paths()['include']}", "-o", str(target), str(source)], check=True)
    sys.path.insert(0, str(folder))
    return importlib.import_module("stagemod")


def through(stage, fn):
    """``fn`` called inside the C function ``stage``."""
    @functools.wraps(fn)
    def staged(*args, **kwargs):
        return stage(lambda: fn(*args, **kwargs))
    return staged


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder")
    p.add_argument("out")
    p.add_argument("--parts", action="store_true", help="also count the record's and the archive's parts")
    args = p.parse_args(argv)
    stages = STAGES + (PARTS if args.parts else ())
    with tempfile.TemporaryDirectory() as tmp:
        try:
            stagemod = build_stage_module([name for *_, name in stages], Path(tmp))
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"count_stages: cannot compile the stage module ({exc})", file=sys.stderr)
            return 2
    # the command line first, as its script imports it: its ending (cli/ending.py, which ends the process at
    # exit) is then registered before the regex and code caches' writers (models.py), which run before it;
    # imported after them, it ended the process before they wrote the cache folder, and a count whose cache
    # was warmed only by this script compiled every pattern again (about 350 M more a run, session 58)
    from extractor.cli import main as extractor_main
    from extractor.store import archive

    archive.COMMIT_SECONDS = archive.BUILD_SECONDS = 1e9   # commits by count, built aside to the end
    for module, owner, attribute, name in stages:
        holder = importlib.import_module(module)
        holder = getattr(holder, owner) if owner else holder
        setattr(holder, attribute, through(getattr(stagemod, name), getattr(holder, attribute)))
    shutil.rmtree(args.out, ignore_errors=True)
    sys.argv = ["extractor", "run", args.folder, "--out", args.out, "--no-progress"]
    return extractor_main()   # (no argv: the process is the command line's, as in a real run)


if __name__ == "__main__":
    sys.exit(main())
