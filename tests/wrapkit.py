"""Wrapping by display width, as a browser's "save as text" or a mail client does it.

Firefox saves a page as text wrapped at 72 columns, a mail client at 76 or 78, a forum's
plain-text repost at 80: columns, not characters, so a Chinese character (East Asian width
W or F) takes two and a line holds about half as many of them as of ASCII.  The breaks fall
where a line breaker allows one: between two Chinese characters, not inside a run of ASCII
letters and digits (2024, 30%), not before closing punctuation (，。）) nor after opening
(（“).  Used by tests/test_wraps.py and the metamorphic family "hard-wrap-columns".
"""
from __future__ import annotations

import unicodedata

#: columns a wide or full-width character takes in a monospaced layout
WIDE_COLUMNS = 2
#: a line never starts with these (closing punctuation stays with the character before it)
NO_LINE_START = set("，。、；：！？）】」』”’》〕%,.;:!?)]}")
#: a line never ends with these (opening punctuation stays with the character after it)
NO_LINE_END = set("（【「『“‘《〔([{")


def columns(ch: str) -> int:
    return WIDE_COLUMNS if unicodedata.east_asian_width(ch) in "WF" else 1


def _word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "%.-/:")


def _may_break(before: str, after: str) -> bool:
    if after == " ":
        return False   # the space goes at the end of the line, where it is dropped
    if before == " ":
        return True
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    return not (_word_char(before) and _word_char(after))


def wrap_line(line: str, width: int) -> list[str]:
    """``line`` wrapped at ``width`` display columns: each piece as long as it can be without
    passing the width, cut at the last place a break is allowed (anywhere, when none is)."""
    out: list[str] = []
    while sum(map(columns, line)) > width:
        used, fit = 0, 0
        while fit < len(line) and used + columns(line[fit]) <= width:
            used += columns(line[fit])
            fit += 1
        cut = next((k for k in range(fit, 0, -1) if _may_break(line[k - 1], line[k])), fit)
        out.append(line[:cut].rstrip())
        line = line[cut:].lstrip(" ")
    return out + [line]


def wrap_text(text: str, width: int) -> str:
    """Every line of ``text`` wrapped at ``width`` display columns (blank lines kept)."""
    return "\n".join(piece for line in text.split("\n") for piece in wrap_line(line, width))
