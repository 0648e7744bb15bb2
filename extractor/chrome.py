"""A portal's print, font, share and close controls, and its tool bars, cut out of a line.

Portals print ``【打印】 【字体：大 中 小】 【关闭窗口】`` above the title and under the text, often run into
the notice's own lines, and tool bars (``下载 我要纠错 收藏``) on lines of their own.  ``strip_chrome`` removes
them wherever they stand (the locate stage's line cleaner, the text layer, the running heads); ``chrome_spans``
says where they are, for the run-on letter's joints.  The words are ``[boilerplate] chrome_tokens`` and
``tool_words`` in ``parse/vocab.toml``, the words a line is first asked for ``chrome_words``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .hanzi import simplified
from .text import vocab


@lru_cache(maxsize=1)
def _chrome_re() -> re.Pattern:
    return re.compile("|".join(vocab()["boilerplate"]["chrome_tokens"]))


_LEFTOVER = " \t|｜/:：>》-—"


@lru_cache(maxsize=1)
def _chrome_words() -> tuple[str, ...]:
    """Words a print/font/share/close control opens with (``[boilerplate] chrome_words``): a line holding none of
    them (most lines) is not matched against the chrome tokens at all."""
    return tuple(vocab()["boilerplate"]["chrome_words"])


def chrome_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each print/font/share control in ``line`` (what ``strip_chrome``
    removes), matched in simplified characters (a mirror prints 關閉窗口)."""
    if not any(map(line.__contains__, _chrome_words())):
        return []
    return [m.span() for m in _chrome_re().finditer(simplified(line))]


#: a portal's tool bar left alone on its line prints at least this many of its words (``下载 我要纠错 收藏``): one
#: word alone may be a link's caption ...
TOOL_BAR_MIN_WORDS = 2


#: ... in at most this many characters (the whole ``字号: 大中小 下载 我要纠错 打印 收藏`` has 25): a longer line is
#: not asked
TOOL_BAR_MAX_CHARS = 40


def strip_chrome(line: str) -> str:
    """``line`` without the portal's print/font/share controls; '' when it
    held nothing else, or only a tool bar's words (``_only_tool_words``: left of the controls cut, or on its
    line alone, at least ``TOOL_BAR_MIN_WORDS`` of them).  The controls are cut from the line as printed."""
    spans = chrome_spans(line)
    if not spans:
        return "" if len(line) <= TOOL_BAR_MAX_CHARS and len(line.split()) >= TOOL_BAR_MIN_WORDS \
            and _only_tool_words(line) else line
    stripped = "".join(line[end:start] for end, start in zip([0] + [e for _s, e in spans],
                                                            [s for s, _e in spans] + [len(line)]))
    if _only_tool_words(stripped):
        return ""   # 下载 我要纠错 收藏 left of a tool bar whose 字号 and 打印 were cut
    return stripped.strip() if stripped.strip(_LEFTOVER) else ""


def _only_tool_words(text: str) -> bool:
    """Every white-space piece of ``text`` is a word of a portal's tool bar (``[boilerplate] tool_words``)."""
    pieces = simplified(text).strip(_LEFTOVER).split()
    return bool(pieces) and all(p.strip(_LEFTOVER) in _tool_words() for p in pieces)


@lru_cache(maxsize=1)
def _tool_words() -> frozenset[str]:
    return frozenset(vocab()["boilerplate"]["tool_words"]) | {""}
