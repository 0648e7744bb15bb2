"""The per-user cache folder, and TOML data files read through it.

The cache folder holds what a run can rebuild but would rather not: jieba's
cuts of the registry's name stems (``agencies/segments.py``), the parsed
data of the package's larger TOML files (``load_toml``), the compiled
methods of the package's dataclasses (``codecache.py``) and the programs of the
regular expressions a run compiles (``recache.py``).  Losing it, or not being
able to write it, only costs time.

``tomllib`` is pure Python: parsing the department template (about 100 KB)
took about 147 M instructions at every start, a tenth of a one-page run, and
the registry's files about 40 M more.  ``load_toml`` keeps each file's parsed
data as JSON (read back by the C decoder in about 6 M), named by the sha256 of
the file's bytes: an edited file is a new name, so a copy never goes stale, and
a copy that cannot be read is parsed and written again.  JSON holds exactly
what TOML gives (tables, arrays, strings, integers, floats, booleans, in order)
except dates and times; a file holding those is parsed every time.
"""
from __future__ import annotations

import hashlib
import json
import logging
import marshal
import os
import stat
import tempfile
import tomllib
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: part of every parsed copy's name: a change in what a copy holds gets new names
TOML_CACHE_FORMAT = 1


def cache_dir() -> Path:
    """$EXTRACTOR_CACHE_DIR, else $XDG_CACHE_HOME/extractor (~/.cache/extractor),
    else a per-user folder in the temp dir."""
    explicit = os.environ.get("EXTRACTOR_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if base and not base.startswith("~"):
        return Path(base) / "extractor"
    return Path(tempfile.gettempdir()) / f"extractor-{os.getuid() if hasattr(os, 'getuid') else 'user'}"


def write_atomically(path: Path, text: str | bytes) -> None:
    """Write a cache file (temp file, fsync, replace); a failure is logged and only costs time."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with (os.fdopen(fd, "wb") if isinstance(text, bytes) else os.fdopen(fd, "w", encoding="utf-8")) as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        log.debug("cache file %s not written: %s", path, exc)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def load_toml(path) -> dict[str, Any]:
    """``tomllib.load`` of the file ``path`` (a path, or a package resource:
    ``importlib.resources.files(...)``), through its parsed copy in the cache folder.  Raises what ``tomllib.load`` raises for it (OSError, TOMLDecodeError,
    UnicodeDecodeError)."""
    data = (path if hasattr(path, "read_bytes") else Path(path)).read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:32]
    copy = cache_dir() / f"toml-{TOML_CACHE_FORMAT}-{digest}.json"
    try:
        parsed = json.loads(copy.read_bytes())
        if isinstance(parsed, dict):
            return parsed
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as exc:
        log.debug("parsed TOML copy %s ignored: %s", copy, exc)
    parsed = tomllib.loads(data.decode())
    try:
        text = json.dumps(parsed, ensure_ascii=False)
    except TypeError:   # a date or time: JSON would give it back as something else
        return parsed
    write_atomically(copy, text)
    return parsed


def owned_privately(st: os.stat_result) -> bool:
    """Owned by this user and writable by no one else."""
    owner = os.getuid() if hasattr(os, "getuid") else st.st_uid
    return st.st_uid == owner and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def read_private_marshal(path: Path) -> dict:
    """The dict marshalled in the cache file ``path`` (``codecache``'s code, ``recache``'s programs:
    what the interpreter runs), read only from a file and a folder the user owns that no one else
    can write to; ``{}`` where that is not so, or where it cannot be read."""
    try:
        with open(path, "rb") as fh:
            if not (owned_privately(os.fstat(fh.fileno())) and owned_privately(os.stat(path.parent))):
                return {}
            data = fh.read()   # (``marshal.load`` of the file object calls its read for every item)
        value = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return value if isinstance(value, dict) else {}
