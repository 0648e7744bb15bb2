"""The package's dataclass methods compiled once, kept in the cache folder.

``dataclasses`` writes each method it makes (``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, a frozen class's ``__setattr__`` and ``__delattr__``)
as source text and compiles it with ``exec``: about 330 compiles at every start,
a fifth of a one-page run's instructions (1,062 M -> 861 M without them:
docs/scale.md, "One process, session 31").  ``install`` gives the
``dataclasses`` module its own ``exec``: for a class of this package the text's
code object is taken from ``dataclass-code-*.marshal`` in the cache folder
(``cachefiles.cache_dir``), compiled and kept there the first time.  The same
text compiled the same way (file name ``<string>``, no inherited ``__future__``
flags, as ``exec`` of a text in ``dataclasses`` compiles it) is the same code, so
the methods are the ones ``dataclasses`` would have made; any other module's
dataclasses are compiled by the builtin ``exec`` as before.

The file holds code, so it is read only from a folder and a file the user owns
that no one else can write to (a cache folder in the shared temp dir could
otherwise be planted); it is named by the interpreter's bytecode magic, and a
file that cannot be read is ignored.  Losing it, or not being able to write it,
only costs the compiles.
"""
# no ``from __future__ import annotations``: the builtin ``exec`` called here for
# other modules' dataclasses takes the __future__ flags of this module, and must
# compile their text as it does in ``dataclasses`` (which imports none)
import atexit
import builtins
import marshal
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path

from .cachefiles import cache_dir, read_private_marshal, write_atomically

#: entries the file keeps at most (then it starts again from one run's texts)
MAX_ENTRIES = 4096
#: part of the file's name: a change in what it holds gets a new name
CODE_CACHE_FORMAT = 1

#: text -> its code, marshalled (read at the first compile; each code is loaded when
#: its text is asked for, so the entries a run does not use cost only their bytes)
_codes: dict[str, bytes] | None = None
_new: dict[str, bytes] = {}               # compiled in this run, written at exit
_used: set[str] = set()


def install() -> None:
    """Route ``dataclasses``' compiles of this package's methods through the cache
    (once; a no-op on an interpreter whose ``dataclasses`` makes no ``exec`` call)."""
    import dataclasses

    if "exec" in vars(dataclasses):
        return
    dataclasses.exec = _exec
    atexit.register(_save)


def _exec(source, globals=None, locals=None, /):
    """``exec`` for ``dataclasses``: a method text of this package's classes through the cache."""
    name = globals.get("__name__", "") if isinstance(globals, dict) else ""
    if not isinstance(source, str) or not (name == __package__ or name.startswith(f"{__package__}.")):
        return builtins.exec(source, globals, locals)
    return builtins.exec(_code(source), globals, locals)


def _code(source: str):
    global _codes
    if _codes is None:
        _codes = _read()
    _used.add(source)
    kept = _codes.get(source)
    if kept is not None:
        try:
            return marshal.loads(kept)
        except (EOFError, ValueError, TypeError):
            pass
    # as ``exec(source)`` in ``dataclasses`` compiles it: its name, and no
    # __future__ flags (``dataclasses`` imports none)
    code = compile(source, "<string>", "exec", dont_inherit=True)
    _codes[source] = _new[source] = marshal.dumps(code)
    return code


def _path() -> Path:
    return cache_dir() / f"dataclass-code-{CODE_CACHE_FORMAT}-{MAGIC_NUMBER.hex()}-{sys.implementation.cache_tag}.marshal"


def _read() -> dict[str, bytes]:
    return read_private_marshal(_path())


def _save() -> None:
    """Write the file when this run compiled something it did not hold."""
    if not _new or _codes is None:
        return
    keep = _codes if len(_codes) <= MAX_ENTRIES else {text: _codes[text] for text in _used}
    write_atomically(_path(), marshal.dumps(keep))
