"""Regular expressions compiled once, their programs kept in the cache folder.

``re`` compiles a pattern in Python (``re._compiler``): a class holding a range of Chinese
characters (``[\\u4e00-\\u9fff]``) is filled one code point at a time, about 10 M instructions
each, and a run compiles some 200 patterns, about 350 M instructions in all (a third of a
one-page run; docs/scale.md, "One process, session 35").  What a compile makes is a program
for the ``_sre`` engine: ``_sre.compile`` of the pattern, its flags, a list of integers and its
groups.  ``install`` routes ``re``'s compiles of text patterns through ``_compile``, which
keeps those arguments in ``regex-code-*.marshal`` in the cache folder (``cachefiles.cache_dir``)
the first time and hands them to ``_sre.compile`` after that: the same program, made without
the Python compiler.  ``tests/test_recache.py`` compares every pattern of a run, read back,
with what ``re`` compiles (a compiled pattern equals another with the same text, flags and
program).

As ``codecache``'s file, the file holds what the engine runs, so it is read only from a folder
and a file the user owns that no one else can write to.  It is named by the interpreter's build
(``sys.version``: a patch release that mends ``re``'s compiler gets a new file), its bytecode magic
and the engine's; a pattern is kept under its text and flags, so a changed pattern or flags is a
miss and compiled by ``re``.  A file that cannot be read, an entry the engine refuses, or a folder
that cannot be written only cost the compiles.  The file is replaced whole
(``cachefiles.write_atomically``), so workers of ``--jobs`` or Dask that write it at once leave
one complete file.  Only Python 3.11's ``re`` is known here (``program`` repeats its
``_compiler.compile``); any other version keeps its own compiles.
"""
import atexit
import marshal
import re
import sys
import zlib
from importlib.util import MAGIC_NUMBER
from pathlib import Path

from .cachefiles import cache_dir, read_private_marshal, write_atomically

try:
    import _sre
    from re import _compiler, _parser
except ImportError:   # an interpreter without CPython's engine: nothing to install
    _sre = _compiler = _parser = None

#: entries the file keeps at most (then it starts again from one run's patterns)
MAX_ENTRIES = 1024
#: part of the file's name: a change in what it holds gets a new name
REGEX_CACHE_FORMAT = 2

#: (pattern, flags) -> the arguments of ``_sre.compile`` after the pattern, marshalled (the file is read
#: at the first compile; an entry is loaded when its pattern is compiled, so the patterns a run does not
#: compile, a test run's say, cost only their bytes)
_programs: dict | None = None
_new: dict = {}                     # compiled in this run, written at exit
_used: set = set()
_compile_uncached = None            # ``re._compiler.compile`` as it was


def install() -> None:
    """Route ``re``'s compiles through the cache (once; a no-op where ``re`` is not 3.11's)."""
    global _compile_uncached
    if _compiler is None or sys.version_info[:2] != (3, 11) or _compile_uncached is not None:
        return
    _compile_uncached = _compiler.compile
    _compiler.compile = _compile
    atexit.register(_save)


def _compile(p, flags=0):
    """``re._compiler.compile`` of a text pattern through the cache; any other as before."""
    if type(p) is not str or not isinstance(flags, int) or flags & re.DEBUG:
        return _compile_uncached(p, flags)
    flags = int(flags)
    global _programs
    if _programs is None:
        _programs = _read()
    key = (p, flags)
    kept = _programs.get(key)
    if kept is not None:
        try:
            compiled = _sre.compile(p, *marshal.loads(kept))
        except (TypeError, ValueError, EOFError, RuntimeError, OverflowError):
            pass   # (not a program the engine takes: compiled again below)
        else:
            _used.add(key)
            return compiled
    args = program(p, flags)
    _programs[key] = _new[key] = marshal.dumps(args)
    _used.add(key)
    return _sre.compile(p, *args)


def program(p: str, flags: int) -> tuple:
    """What Python 3.11's ``re._compiler.compile(p, flags)`` hands ``_sre.compile`` after the
    pattern: the flags, the program, the groups, the group index and the groups' names."""
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # (the opcodes are named int constants: plain ints are the same program, and marshal writes them)
    return (int(flags | parsed.state.flags), list(map(int, code)), parsed.state.groups - 1, dict(groupindex),
            tuple(indexgroup))


def _path() -> Path:
    build = zlib.crc32(sys.version.encode()) & 0xFFFFFFFF
    return cache_dir() / f"regex-code-{REGEX_CACHE_FORMAT}-{MAGIC_NUMBER.hex()}-{_sre.MAGIC}-{build:08x}.marshal"


def _read() -> dict:
    return read_private_marshal(_path())


def _save() -> None:
    """Write the file when this run compiled something it did not hold."""
    if not _new or _programs is None:
        return
    keep = dict(_programs) if len(_programs) <= MAX_ENTRIES else {
        key: _programs[key] for key in _used if key in _programs}
    try:
        data = marshal.dumps(keep)
    except ValueError:   # (a value marshal cannot write: nothing kept)
        return
    write_atomically(_path(), data)
