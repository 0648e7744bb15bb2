"""Regular expressions' programs kept in the cache folder (extractor/recache.py): read back, a
pattern is the one ``re`` compiles (a compiled pattern equals another only with the same text,
flags and program), never from a file someone else could write."""
import json
import marshal
import re
import subprocess
import sys
from pathlib import Path

import _sre
import pytest

import extractor.models  # noqa: F401 - installs the cache, as any run does
from extractor import recache

from conftest import ROOT, child_env, run_child

#: a child process: import the run's modules and read a page, then print what the cache did
_CHILD = """
import json, sys
import extractor.engine.pipeline, extractor.store.archive, extractor.store.outputs
from extractor.engine.extract import extract_file
from extractor import recache
extract_file(sys.argv[1])
print(json.dumps({"used": len(recache._used), "new": len(recache._new),
                  "keys": sorted([p, f] for p, f in recache._used)}))
"""
PAGE = ROOT / "tests" / "fixtures" / "gbk-dongguan-2016-31.html"


def child(cache_folder: Path, seed: str = "0") -> dict:
    """What the cache did in a child process reading ``PAGE``."""
    return run_child(_CHILD, cache_folder, str(PAGE), seed=seed)


def test_compiled_once_then_read_back(cache_folder):
    first = child(cache_folder)
    assert first["used"] > 100 and first["new"] == first["used"]   # every pattern compiled, then kept
    assert len(list(cache_folder.glob("regex-code-*.marshal"))) == 1
    second = child(cache_folder)
    # all read back, none compiled (the first run also compiled what only a first run does: its caches' writers)
    assert second["new"] == 0 and second["used"] > 100 and set(map(tuple, second["keys"])) <= set(map(tuple, first["keys"]))


def test_a_run_s_patterns_are_the_same_text_whatever_the_hash_seed(cache_folder):
    """Patterns built from sets of words (``text.alternation``) list words of one length in one order,
    so a run without ``PYTHONHASHSEED`` finds every pattern kept (before: ``info_label_re`` was new text,
    compiled and the file written again, at every run)."""
    child(cache_folder, "1")   # (a first run also compiles what only a first run does: its caches' writers)
    runs = [child(cache_folder, seed) for seed in ("2", "3")]
    assert runs[0]["keys"] == runs[1]["keys"] and runs[0]["new"] == runs[1]["new"] == 0


def test_kept_programs_are_what_re_compiles(cache_folder):
    keys = child(cache_folder)["keys"]
    programs = recache._read()
    assert {(p, f) for p, f in keys} <= set(programs)
    for p, f in keys:
        kept = _sre.compile(p, *marshal.loads(programs[(p, f)]))
        assert kept == recache._compile_uncached(p, f), p[:80]   # same text, flags and program
        assert (kept.groups, kept.groupindex) == (re.compile(p, f).groups, re.compile(p, f).groupindex)


@pytest.mark.parametrize("pattern, flags", [
    (r"(?P<y>\d{4})年(?P<m>\d{1,2})月", 0), (r"[\u4e00-\u9fff]+(?:局|委|办)$", 0), ("(?i)abc|Δ", 0),
    (r"\bword\b", re.ASCII), (r"^\s*(\d+)[、.]", re.MULTILINE | re.DOTALL), ("[^，,；;]{2,60}?", 0),
])
def test_a_program_is_what_re_hands_the_engine(pattern, flags):
    """``program`` repeats Python 3.11's ``re._compiler.compile``: the engine given its arguments makes
    the pattern ``re`` makes, and marshal keeps them as they are."""
    args = marshal.loads(marshal.dumps(recache.program(pattern, flags)))
    assert _sre.compile(pattern, *args) == recache._compile_uncached(pattern, flags)


def test_bytes_and_debug_patterns_compiled_as_before(monkeypatch):
    monkeypatch.setattr(recache, "_new", {})
    assert re.compile(b"[\\x80-\\xff]+ recache probe").match(b"\xff recache probe")
    assert recache._new == {}


def test_unreadable_file_only_costs_the_compiles(cache_folder):
    first = child(cache_folder)
    path = next(cache_folder.glob("regex-code-*.marshal"))
    path.write_bytes(b"not marshal")
    assert recache._read() == {}
    again = child(cache_folder)
    assert again["new"] == again["used"] > 100   # compiled again, and written again
    assert recache._read()


def test_a_program_the_engine_refuses_is_compiled_again(monkeypatch):
    key = ("recache probe (\\d+)", 0)
    monkeypatch.setattr(recache, "_programs", {key: marshal.dumps((0, [1, 2, 3], 0, {}, (None,)))})   # no program of sre's
    monkeypatch.setattr(recache, "_new", {})
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(re, "_cache", {})
    assert re.compile(key[0]).match("recache probe 42").group(1) == "42"
    assert key in recache._new


def test_another_interpreter_build_reads_another_file(cache_folder, monkeypatch):
    """A Python upgrade (a patch release may mend ``re``'s compiler) is a new file name: the old
    programs are not read, the patterns are compiled by ``re``."""
    child(cache_folder)
    assert recache._read()
    monkeypatch.setattr(sys, "version", sys.version.replace(".", "_", 1) + " (rebuilt)")
    assert recache._read() == {}
    assert not recache._path().exists()


def test_changed_pattern_or_flags_compiled_by_re(monkeypatch):
    pattern = "recache probe ([a-z]+)局"
    monkeypatch.setattr(recache, "_programs", {(pattern, 0): marshal.dumps(recache.program(pattern, 0))})
    monkeypatch.setattr(recache, "_new", {})
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(re, "_cache", {})
    assert re.compile(pattern) == recache._compile_uncached(pattern, 0) and recache._new == {}   # kept
    # the same text with other flags, and another text: not the kept program, but re's own
    assert re.compile(pattern, re.IGNORECASE).match("RECACHE PROBE Abc局").group(1) == "Abc"
    assert re.compile(pattern, re.IGNORECASE) == recache._compile_uncached(pattern, re.IGNORECASE)
    changed = pattern.replace("[a-z]", "[0-9]")
    assert re.compile(changed).match("recache probe 12局") and not re.compile(changed).match("recache probe ab局")
    assert set(recache._new) == {(pattern, int(re.IGNORECASE)), (changed, 0)}


def test_unwritable_folder_only_costs_the_compiles(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = child_env(blocker / "cache")
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", _CHILD, str(PAGE)], env=env, cwd=ROOT, capture_output=True,
                             text=True)
        assert out.returncode == 0 and out.stderr == ""
        assert json.loads(out.stdout)["new"] > 100   # nothing kept: compiled again the next time


def test_writers_at_once_leave_one_whole_file(cache_folder):
    """Workers (``--jobs``, Dask) that end together each replace the file whole: one readable file
    stays, no temporary file is left."""
    env = child_env(cache_folder, "0")
    runs = [subprocess.Popen([sys.executable, "-c", _CHILD, str(PAGE)], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [run.communicate() for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0] and all(err == "" for _, err in outs)
    assert [f.name for f in cache_folder.glob("regex-code-*")] == [recache._path().name]
    assert not list(cache_folder.glob("*.tmp"))
    kept = recache._read()
    for out, _ in outs:
        assert {tuple(key) for key in json.loads(out)["keys"]} <= set(kept)


def test_only_programs_are_kept_and_a_full_file_keeps_the_run_s(monkeypatch):
    """A pattern ``re`` refuses is neither kept nor counted as used; past ``MAX_ENTRIES`` the file
    starts again from the patterns this run compiled."""
    monkeypatch.setattr(recache, "_programs", {("recache probe old", 0): marshal.dumps(recache.program("old", 0))})
    monkeypatch.setattr(recache, "_new", {})
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(re, "_cache", {})
    with pytest.raises(re.error):
        re.compile("recache probe (unclosed")
    assert recache._used == set() and recache._new == {}
    re.compile("recache probe (closed)")
    saved = []
    monkeypatch.setattr(recache, "write_atomically", lambda path, data: saved.append(marshal.loads(data)))
    monkeypatch.setattr(recache, "MAX_ENTRIES", 1)
    recache._save()
    assert list(saved[-1]) == [("recache probe (closed)", 0)]
    monkeypatch.setattr(recache, "MAX_ENTRIES", 2)
    recache._save()
    assert sorted(saved[-1]) == [("recache probe (closed)", 0), ("recache probe old", 0)]


def test_installed_once():
    from re import _compiler
    assert _compiler.compile is recache._compile   # (the package's models installed it)
    recache.install()
    assert _compiler.compile is recache._compile and recache._compile_uncached is not recache._compile
