"""jieba, loaded once and lazily, and the file cache of its cuts.

The resolver needs jieba to cut registry name stems (发展/和/改革 -> 发改)
and, in ``units``, to split run-together names nobody listed; the cache
spares most processes the one-second dictionary load.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Iterable

from ..cachefiles import cache_dir, write_atomically

log = logging.getLogger(__name__)

_TOKENIZER = None
_TOKENIZER_WORDS: set[str] = set()
_TOKENIZER_LOCK = threading.Lock()
#: frequency given to registry names so that jieba keeps them whole
USER_WORD_FREQ = 100_000


def jieba_tokenizer(words: Iterable[str] = ()):
    """The process's one private ``jieba.Tokenizer``, built on first use.

    Private rather than ``jieba.dt`` so that our user dictionary (agency
    names) does not change how other stages segment text.  Its cache file
    goes to the per-user cache folder (docs/libraries.md: jieba's default, the
    temp dir, may be read-only or hold another user's file).  ``add_word`` is
    not thread-safe, hence the lock.
    """
    global _TOKENIZER
    with _TOKENIZER_LOCK:
        if _TOKENIZER is None:
            import jieba
            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.tmp_dir = _writable_cache_dir()
            _initialize_quietly(tokenizer)
            _TOKENIZER = tokenizer
            log.debug("jieba loaded (cache in %s)", tokenizer.tmp_dir)
        for word in words:
            if word and word not in _TOKENIZER_WORDS:
                _TOKENIZER.add_word(word, freq=USER_WORD_FREQ)
                _TOKENIZER_WORDS.add(word)
        return _TOKENIZER


def _writable_cache_dir() -> str:
    """The cache folder (``cachefiles.cache_dir``, made if missing), else a fresh temp dir."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            return str(folder)
    except OSError:
        pass
    return tempfile.mkdtemp(prefix="extractor-jieba-")


def _initialize_quietly(tokenizer) -> None:
    """``tokenizer.initialize()`` without jieba's traceback when its cache file
    cannot be written (its folder removed meanwhile by another process, a full
    disk): a cache not written only costs the next process time.  With -vv
    (debug) jieba's log is left as it is."""
    jieba_log = logging.getLogger("jieba")
    level = jieba_log.level
    if not log.isEnabledFor(logging.DEBUG):
        jieba_log.setLevel(logging.CRITICAL)
    try:
        tokenizer.initialize()
    finally:
        jieba_log.setLevel(level)


# ---------------------------------------------------------------- segmentation cache

#: bump when the layout of the segmentation cache file changes
SEGMENT_CACHE_FORMAT = 1


def segment_words(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """jieba's words for each text (``lcut``, HMM off), from a file cache.

    The resolver needs jieba only to cut the stems of registry names
    (发展和改革 -> 发展/和/改革), yet loading it costs ~1 s a process (every
    ``--jobs`` worker too).  The words are kept in a JSON file under
    ``segment_cache_dir()``, keyed by the stem itself and named after the
    installed jieba (its dictionary decides the cut), so a changed registry or
    patterns file simply asks for stems the file lacks: only then is jieba
    loaded, and the file rewritten atomically.  A corrupt or unreadable file
    is ignored and rebuilt.  Stems cut by a tokenizer that already holds our
    user words are not written: the file holds the plain dictionary's cut,
    which is what a fresh process computes.
    """
    texts = sorted({t for t in texts if t})
    path = _segment_cache_file()
    cached = _read_segments(path) if path else {}
    missing = [t for t in texts if t not in cached]
    if missing:
        tokenizer = jieba_tokenizer()
        plain = not _TOKENIZER_WORDS
        fresh = {t: tuple(tokenizer.lcut(t, HMM=False)) for t in missing}
        if path and plain:
            _write_segments(path, {**cached, **fresh})
        cached = {**cached, **fresh}
    return {t: cached[t] for t in texts}


def segment_cache_dir() -> Path:
    """The cache folder (``cachefiles.cache_dir``)."""
    return cache_dir()


def _segment_cache_file() -> Path | None:
    """The cache file for the installed jieba, or None when jieba is not installed."""
    import importlib.util
    import zlib

    spec = importlib.util.find_spec("jieba")   # finds the package without importing it
    if spec is None or not spec.origin:
        return None
    package = Path(spec.origin).parent
    stamp = []
    for f in (package / "__init__.py", package / "dict.txt"):
        try:
            st = f.stat()
        except OSError:
            return None
        stamp.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
    key = zlib.crc32("|".join([str(SEGMENT_CACHE_FORMAT), *stamp]).encode())
    return segment_cache_dir() / f"jieba-segments-{key:08x}.json"


def _read_segments(path: Path) -> dict[str, tuple[str, ...]]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != SEGMENT_CACHE_FORMAT:
            return {}
        out = {t: tuple(words) for t, words in raw["segments"].items()}
        if not all(isinstance(w, str) for words in out.values() for w in words):
            return {}
        return out
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.debug("segmentation cache %s ignored: %s", path, exc)
        return {}


def _write_segments(path: Path, segments: dict[str, tuple[str, ...]]) -> None:
    """Write the cache atomically (temp file, fsync, replace); a failure only costs speed."""
    data = json.dumps({"format": SEGMENT_CACHE_FORMAT, "segments": {t: list(w) for t, w in sorted(segments.items())}},
                      ensure_ascii=False)
    write_atomically(path, data)
