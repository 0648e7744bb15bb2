"""Regular expressions compiled at their first use, not at import.

``re`` builds a character class holding any character past U+00FF as a map of
all 65,536 code points, in Python: a class of the CJK range (``[\\u4e00-\\u9fff]``)
costs about 10 M instructions to compile, a class of a few Chinese marks
(``[，,；;。]``) about 2 M.  Every module-level pattern is compiled at every start,
yet many serve only some notices: the text forms' readers, a run of HTML tables
never asks (docs/scale.md, session 30).  ``lazy_re`` stands in for such a
pattern: the first use of any of its attributes compiles it and keeps the
compiled pattern's methods on the stand-in, so later calls find them at once.
It answers the methods and attributes of ``re.Pattern``; code that needs a
real ``re.Pattern`` (``re.sub(pattern, ...)``, ``isinstance``) keeps ``re.compile``.
"""
from __future__ import annotations

import re

#: what the first use copies from the compiled pattern onto the stand-in
_KEPT = ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split",
         "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """``re.compile(pattern, flags)`` once one of its attributes is first asked for."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        # only names not yet on the instance arrive here: the first use, or one not in _KEPT
        if name == "_source":
            raise AttributeError(name)   # an instance made without __init__ (a copy): no pattern
        compiled = re.compile(*self._source)
        for kept in _KEPT:
            setattr(self, kept, getattr(compiled, kept))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re({self._source[0]!r})"


def lazy_re(pattern: str, flags: int = 0) -> LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)`` that compiles at its first use."""
    return LazyPattern(pattern, flags)
