"""SQLite's memory statistics turned off, and its connections' mutexes (the multi-thread mode),
for the writer's process (``database.quiet_memory_statistics``).

The setting is the process's, so each case runs in an interpreter of its own."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only asked on Linux")

_PROBE = """
import ctypes, _sqlite3
lib = ctypes.CDLL(_sqlite3.__file__)
lib.sqlite3_memory_used.restype = ctypes.c_int64
lib.sqlite3_malloc.restype = ctypes.c_void_p
lib.sqlite3_free.argtypes = [ctypes.c_void_p]


def counted():   # an allocation shows in the statistics (they are not reset when turned off)
    before, block = lib.sqlite3_memory_used(), lib.sqlite3_malloc(64)
    after = lib.sqlite3_memory_used()
    lib.sqlite3_free(block)
    return after > before


def mutexed():   # a connection opened now has a mutex of its own (serialized mode); opened and closed here
    lib.sqlite3_open.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]
    lib.sqlite3_db_mutex.argtypes = lib.sqlite3_close.argtypes = [ctypes.c_void_p]
    lib.sqlite3_db_mutex.restype = ctypes.c_void_p
    db = ctypes.c_void_p()
    assert lib.sqlite3_open(b":memory:", ctypes.byref(db)) == 0
    try:
        return lib.sqlite3_db_mutex(db) is not None
    finally:
        lib.sqlite3_close(db)
"""


def _run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(_PROBE) + textwrap.dedent(code)],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[1])
    return json.loads(out.stdout)


#: rows of every kind a notice's rows hold: texts long and short (copied by SQLite when
#: bound), None, ints, floats, bytes, many a statement
_STORE = """
import random, sqlite3
rng = random.Random(7)
con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (a TEXT PRIMARY KEY, b, c, d)")
rows = [("单位" * rng.randint(0, 300) + str(i), rng.choice([None, 1, 2.5, "x" * rng.randint(0, 5000)]),
         bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 40))), i) for i in range(3000)]
for k in range(0, len(rows), 32):
    part = rows[k:k + 32]
    con.execute("INSERT INTO t VALUES " + ",".join(["(?, ?, ?, ?)"] * len(part)), [v for r in part for v in r])
stored = [[repr(v) for v in r] for r in con.execute("SELECT a, b, typeof(b), c, d FROM t ORDER BY rowid")]
"""


def test_statistics_go_off_and_rows_are_stored_as_with_them():
    quiet = _run("""
import json
from extractor.store.database import quiet_memory_statistics
before = lib.sqlite3_memory_used()
off = quiet_memory_statistics()
""" + _STORE + """
print(json.dumps({"before": before, "off": off, "counted": counted(), "used": lib.sqlite3_memory_used(),
                  "rows": stored, "mutexed": mutexed()}))
""")
    counted = _run("import json\n" + _STORE + """
print(json.dumps({"counted": counted(), "used": lib.sqlite3_memory_used(), "rows": stored, "mutexed": mutexed()}))
""")
    assert quiet["before"] == 0 and quiet["off"] is True and not quiet["counted"] and counted["counted"]
    assert quiet["used"] == 0 < counted["used"]   # a connection open: counted only with the statistics on
    # the multi-thread mode: no connection mutex (Python's sqlite3 builds SQLite serialized: one each)
    assert quiet["mutexed"] is False and counted["mutexed"] is True
    assert quiet["rows"] == counted["rows"] and len(counted["rows"]) == 3000


def test_nothing_changes_while_a_connection_is_open():
    seen = _run("""
import json, sqlite3
con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (a)")
from extractor.store.database import quiet_memory_statistics
off = quiet_memory_statistics()
con.execute("INSERT INTO t VALUES (?)", ("市发改局" * 50,))
print(json.dumps({"off": off, "counted": counted(), "back": con.execute("SELECT a FROM t").fetchone()[0],
                  "mutexed": mutexed()}))
""")
    assert seen["off"] is False and seen["counted"] and seen["mutexed"]   # not shut down under the open connection
    assert seen["back"] == "市发改局" * 50


def test_asked_once_a_process_and_the_archive_opens_after_it(tmp_path):
    seen = _run(f"""
import json
from extractor.store import database
first = database.quiet_memory_statistics()
con = database.connect(__import__("pathlib").Path({str(tmp_path / "a.sqlite")!r}))
con.execute("CREATE TABLE t (a)")
again = database.quiet_memory_statistics()   # a connection is open now: the cached answer
print(json.dumps({{"first": first, "again": again, "counted": counted(), "used": lib.sqlite3_memory_used()}}))
""")
    assert seen == {"first": True, "again": True, "counted": False, "used": 0}


#: a run of the command line on one fixture page, then whether SQLite still counts
_RUN_ONE = """
import contextlib, io, json, sys
from extractor.cli import main
{call}
print(json.dumps({{"counted": counted(), "mutexed": mutexed()}}))
"""


def _run_cli(tmp_path, call: str) -> dict:
    page = Path(__file__).resolve().parent / "fixtures" / "box-heze-2023-15.txt"
    return _run(_RUN_ONE.format(call=call.format(page=str(page), out=str(tmp_path / "out"))))


def test_only_a_process_the_command_line_owns_turns_them_off(tmp_path):
    # a library caller's main([...]) leaves its process's SQLite as it was
    called = _run_cli(tmp_path, "with contextlib.redirect_stdout(io.StringIO()):\n"
                                "    main(['run', {page!r}, '--out', {out!r}, '--no-progress'])")
    # the console script: main() reading sys.argv
    owned = _run_cli(tmp_path, "sys.argv = ['extractor', 'run', {page!r}, '--out', {out!r}, '--no-progress']\n"
                               "with contextlib.redirect_stdout(io.StringIO()):\n"
                               "    main()")
    assert called["counted"] is True and owned["counted"] is False
    assert called["mutexed"] is True and owned["mutexed"] is False
