"""The package's dataclass methods compiled once and kept in the cache folder
(extractor/codecache.py): the same methods as ``dataclasses`` makes, only the
package's, never from a file someone else could write."""
# no ``from __future__ import annotations`` here: ``compile`` below inherits this
# module's flags, as ``exec`` in ``dataclasses`` (which imports none) does
import builtins
import dataclasses
import marshal
import sys
import types
from pathlib import Path

import pytest

import extractor.models  # noqa: F401 - installs the cache, as any run does
from extractor import codecache

from conftest import run_child

#: a child process: import the run's modules, then print what the cache did
_CHILD = """
import json, sys
import extractor.engine.pipeline, extractor.store.archive, extractor.store.outputs
from extractor import codecache
print(json.dumps({"used": len(codecache._used), "new": len(codecache._new), "texts": sorted(codecache._used)}))
"""


def child(cache_folder: Path) -> dict:
    """What the cache did in a child process importing the run's modules."""
    return run_child(_CHILD, cache_folder)


def test_compiled_once_then_read_back(cache_folder):
    first = child(cache_folder)
    assert first["used"] > 100 and first["new"] == first["used"]   # every method compiled, then kept
    assert len(list(cache_folder.glob("dataclass-code-*.marshal"))) == 1
    second = child(cache_folder)
    assert second["new"] == 0 and second["texts"] == first["texts"]   # all read back, none compiled


def test_kept_code_is_what_exec_compiles(cache_folder):
    texts = child(cache_folder)["texts"]
    codecache._codes = None   # this process reads the file the child wrote
    try:
        codes = codecache._read()
    finally:
        codecache._codes = None
    assert set(codes) == set(texts)
    for text in texts:
        # ``exec(text)`` in a module without __future__ imports compiles it so
        assert marshal.loads(codes[text]) == compile(text, "<string>", "exec"), text[:80]


def make_probe(module_name: str):
    """A frozen dataclass with defaults and a factory, made in a module named ``module_name``."""
    module = types.ModuleType(module_name)
    sys.modules[module_name] = module
    try:
        exec("from dataclasses import dataclass, field\n"
             "@dataclass(frozen=True)\n"
             "class Probe:\n"
             "    a: int\n"
             "    b: str = 'x'\n"
             "    c: tuple = field(default_factory=tuple)\n", module.__dict__)
    finally:
        del sys.modules[module_name]
    return module.Probe


def test_package_methods_equal_to_dataclasses_own(cache_folder, monkeypatch):
    monkeypatch.setattr(codecache, "_codes", {})
    monkeypatch.setattr(codecache, "_new", {})
    monkeypatch.setattr(codecache, "_used", set())
    ours, plain = make_probe("extractor._codecache_probe"), make_probe("codecache_probe")
    assert len(codecache._new) == 6   # __init__, __repr__, __eq__, __hash__, __setattr__, __delattr__
    for name in ("__init__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        assert getattr(ours, name).__code__ == getattr(plain, name).__code__, name
    assert ours.__repr__.__wrapped__.__code__ == plain.__repr__.__wrapped__.__code__
    a, b = ours(1), ours(1, "x", ())
    assert a == b and hash(a) == hash(b) and repr(a) == "Probe(a=1, b='x', c=())" == repr(plain(1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.a = 2


def test_other_modules_compiled_as_before(cache_folder, monkeypatch):
    monkeypatch.setattr(codecache, "_new", {})
    make_probe("codecache_probe")
    assert codecache._new == {}


def test_file_others_can_write_is_not_read(cache_folder):
    child(cache_folder)
    path = next(cache_folder.glob("dataclass-code-*.marshal"))
    assert codecache._read()
    path.chmod(0o664)
    assert codecache._read() == {}
    path.chmod(0o600)
    cache_folder.chmod(0o777)
    try:
        assert codecache._read() == {}
    finally:
        cache_folder.chmod(0o755)


def test_unreadable_file_only_costs_the_compiles(cache_folder):
    first = child(cache_folder)
    path = next(cache_folder.glob("dataclass-code-*.marshal"))
    path.write_bytes(b"not marshal")
    assert codecache._read() == {}
    again = child(cache_folder)
    assert again["new"] == first["used"]   # compiled again, and written again
    assert codecache._read()


def test_installed_once():
    assert dataclasses.exec is codecache._exec   # (the package's models installed it)
    codecache.install()
    assert dataclasses.exec is codecache._exec and builtins.exec is not codecache._exec
