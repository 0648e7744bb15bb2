"""Instructions of extraction alone, start-up left out (docs/scale.md, session 21).

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        python bench/count_extract.py FOLDER WARM_UP_PAGE

Loads the resolver and extracts ``WARM_UP_PAGE`` (a page outside ``FOLDER``:
lazy imports, vocabularies, the first notice's one-off work), then switches
callgrind's instrumentation on (``callgrind_control -i on``) and extracts every
input of ``FOLDER`` as ``bench.py --extract-only-worker`` does, notices
discarded.  The count callgrind prints at exit is then the per-page work (and
the interpreter's exit), free of the start-up that a 100-page count would
otherwise be mostly made of.  Run without valgrind it just extracts.

``--no-gc`` turns the garbage collector off first: a change moves where the
collections fall (this script keeps Python's default threshold, not the command
line's ``GC_YOUNG``), which can move a count by more than a small change saves;
with the collector off two trees' counts differ by their own instructions only.
"""
from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys

from extractor.agencies.resolve import load_resolver
from extractor.engine.extract import extract_file
from extractor.engine.pipeline import Settings, collect_inputs, extract_many


def main(folder: str, warm_up: str) -> None:
    load_resolver()
    extract_file(warm_up)
    files, _ = collect_inputs([folder])
    if shutil.which("callgrind_control"):
        # not under valgrind: callgrind_control finds no such process and says so; ignored
        subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True)
    found = sum(notice is not None for _, notice, _ in extract_many(files, Settings(jobs=1)))
    print(f"{found} notices extracted")


if __name__ == "__main__":
    if "--no-gc" in sys.argv:
        gc.disable()
    main(*[a for a in sys.argv[1:] if a != "--no-gc"][:2])
