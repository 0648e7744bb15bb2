"""A letter-spaced copy closed up: the first step the locate stage takes on a text input's
lines, before hard wraps are joined (``hardwraps.join_hard_wraps``)."""
from __future__ import annotations

import re


#: a line is looked at as letter-spaced when it has at least this many characters besides spaces
#: (shorter lines - a number, a date, 大 中 小 - say nothing of the copy)
LETTER_SPACED_MIN_CHARS = 4
#: ... and the copy is letter-spaced when at least this share of such lines are: a PDF whose
#: text was set with letter spacing comes out of pdftotext so on every line, while a notice
#: with its own spaces has them between words, never between every two characters
LETTER_SPACED_SHARE = 0.5
#: one character and a single space after it, repeated; words apart by two spaces or more
_LETTER_SPACED_RE = re.compile(r"\S(?: \S)+(?:\s{2,}\S(?: \S)*)*")
_LETTER_GAP_RE = re.compile(r"(?<=\S) (?=\S)")
_WORD_GAP_RE = re.compile(r"\s{2,}")


def _letter_spaced(text: str) -> bool:
    # cheap first: a letter-spaced line has a single space right after its first character
    return text[1:2] == " " and text[2:3] != " " and _LETTER_SPACED_RE.fullmatch(text) is not None


def closed_value(value: str) -> str:
    """A short field value a box spaced out letter by letter to fill its cell (``水 利 局``: one character and a
    single space, repeated) closed up (``水利局``), as the box's labels are read; any other value as it is
    (``市委办公室 市政府办公室`` names two bodies)."""
    text = value.strip()
    return _LETTER_GAP_RE.sub("", text) if _LETTER_GAP_SEQ_RE.fullmatch(text) else value


#: one character and a single space after it, repeated, and nothing else
_LETTER_GAP_SEQ_RE = re.compile(r"\S(?: \S)+")


def close_letter_spacing(lines) -> list[str]:
    """Lines, with a letter-spaced copy's spaces taken out (``1 . 地 区 生 产`` -> ``1.地区生产``).

    A PDF set with letter spacing comes out of pdftotext with a space between every two
    characters and a wider gap where the line had a space; no label word, item number or unit
    name is found in it.  Only when at least ``LETTER_SPACED_SHARE`` of the lines that are long
    enough to tell (``LETTER_SPACED_MIN_CHARS``) are spaced so is the copy closed up: each such
    line loses its single spaces and keeps one space for each wider gap; other lines stay."""
    lines = list(lines)
    texts = [ln.strip() for ln in lines]
    spaced = sum(1 for t in texts if _letter_spaced(t) and len(t) >= 2 * LETTER_SPACED_MIN_CHARS - 1)
    if not spaced or spaced < LETTER_SPACED_SHARE * sum(
            1 for t in texts if len(t) - t.count(" ") >= LETTER_SPACED_MIN_CHARS):
        return lines
    return [_WORD_GAP_RE.sub(" ", _LETTER_GAP_RE.sub("", t)) if _letter_spaced(t) else ln
            for ln, t in zip(lines, texts)]
