"""The package's dataclass methods compiled once and kept in the cache folder
(extractor/codecache.py): the same methods as ``dataclasses`` makes, only the
package's, never from a file someone else could write."""
# no ``from __future__ import annotations`` here: ``compile`` below inherits this
# module's flags, as ``exec`` in ``dataclasses`` (which imports none) does
import builtins
import dataclasses
import json
import marshal
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import extractor.models  # noqa: F401 - installs the cache, as any run does
from extractor import codecache

ROOT = Path(__file__).resolve().parent.parent

#: a child process: import the run's modules, then print what the cache did
_CHILD = """
import json, sys
import extractor.engine.pipeline, extractor.store.archive, extractor.store.outputs
from extractor import codecache
print(json.dumps({"used": len(codecache._used), "new": len(codecache._new), "texts": sorted(codecache._used)}))
"""


def child(cache: Path) -> dict:
    env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _CHILD], env=env, cwd=ROOT, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(folder))
    return folder


def test_compiled_once_then_read_back(cache):
    first = child(cache)
    assert first["used"] > 100 and first["new"] == first["used"]   # every method compiled, then kept
    assert len(list(cache.glob("dataclass-code-*.marshal"))) == 1
    second = child(cache)
    assert second["new"] == 0 and second["texts"] == first["texts"]   # all read back, none compiled


def test_kept_code_is_what_exec_compiles(cache):
    texts = child(cache)["texts"]
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


def test_package_methods_equal_to_dataclasses_own(cache, monkeypatch):
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


def test_other_modules_compiled_as_before(cache, monkeypatch):
    monkeypatch.setattr(codecache, "_new", {})
    make_probe("codecache_probe")
    assert codecache._new == {}


def test_file_others_can_write_is_not_read(cache):
    child(cache)
    path = next(cache.glob("dataclass-code-*.marshal"))
    assert codecache._read()
    path.chmod(0o664)
    assert codecache._read() == {}
    path.chmod(0o600)
    cache.chmod(0o777)
    try:
        assert codecache._read() == {}
    finally:
        cache.chmod(0o755)


def test_unreadable_file_only_costs_the_compiles(cache):
    first = child(cache)
    path = next(cache.glob("dataclass-code-*.marshal"))
    path.write_bytes(b"not marshal")
    assert codecache._read() == {}
    again = child(cache)
    assert again["new"] == first["used"]   # compiled again, and written again
    assert codecache._read()


def test_installed_once():
    assert dataclasses.exec is codecache._exec   # (the package's models installed it)
    codecache.install()
    assert dataclasses.exec is codecache._exec and builtins.exec is not codecache._exec
