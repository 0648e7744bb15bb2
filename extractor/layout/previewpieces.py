"""A document site's text preview printed in numbered page pieces (docs/parsing.md, "Preview pieces").

A document-sharing site (a 文秘 or 文库 site: 第壹文秘, 三一办公) previews an uploaded Word file as its text run
together, one piece per preview page, each piece opening with its page's number and 、: ``1、<the document's
first page>`` / ``2、<the second>`` / …  The pieces break wherever the page did: inside a word (``个体工商`` /
``2、户发放…``) or a unit's name (``市市场`` / ``3、监管局``).  Read as paragraphs, the pieces' numbers are items and
the words they cut are lost.  So a run of lines numbered ``1、`` ``2、`` … counting up from 1 (blank lines may
stand between them), each but the last at least ``PIECE_MIN_CHARS`` long, where the piece before a number ends
inside a word (a Chinese character, a letter or a digit last: no mark of any kind; or an opening bracket or quote,
which only a page breaking inside a phrase leaves last: ``…使用强度（`` / ``2、折百量）…``) at most junctions and at
least once, is one text: the numbers and the breaks go.  A notice's own items numbered so end their sentences
(``…。（责任单位：…）``) and are shorter: they stay as they are.

A text copy's pieces are looked for after its hard wraps are joined (a wrapped piece is one line again, its number
opening it).  A piece's number may stand alone on its line, the piece on the next (a PDF's copy); a portal's chrome
line or its information line put between two pieces is no part of the text and is set after the joined pieces.
Any other line between two numbers ends the run (an item's label lines under it: holdout projlabels-yecheng).

A copy run into one line keeps its pieces' numbers mid-line (``…个体工商2、户发放…``): in a line that long, a run of
numbers ``1、`` ``2、`` … counting up, each later one at least ``PIECE_MIN_CHARS`` after the one before and every one of
them inside a word (the stricter test: no line's start shows it was a piece's), is dropped, the words it cut joined
again (``_run_on_pieces``).  The first opens the line or follows a mark (the site's words before the text end
``…请在某站上搜索。``).  A number right after a label's value (``…完成时限：2026年9月2、…``: a labelled item's last line
run on) is an item's, never a piece's, and ends the run.
"""
from __future__ import annotations

import re

from ..hanzi import simplified
from ..chrome import strip_chrome
from ..numerals import DIGIT_RANGES
from .infoline import is_info_line

#: a preview page's piece holds at least this many characters (a page of text runs to some 500); a list item
#: numbered 1、 2、 is mostly shorter
PIECE_MIN_CHARS = 150
#: at least this share of the junctions between pieces fall inside a word (a page may happen to break after a
#: full stop); one at least
MID_WORD_SHARE = 0.5
#: a piece's page number: ASCII or full-width digits and 、 (a copy may print the item dots . ． ﹒ for it)
_PIECE_RE = re.compile(rf"^\s*([{DIGIT_RANGES}]{{1,3}})[、.．﹒]\s*")
#: a piece that ends inside a word: its last character is a Chinese character, a letter or a digit, or an opening
#: bracket or quote (a sentence never ends on one: the page broke inside the bracket; holdout taskgroup-unplaced, batch
#: 124: before, a two-piece preview breaking so was read as two items)
_MID_WORD_END_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（(【〔［\[“‘《「『]\s*$")


def join_preview_pieces(lines: list[str]) -> list[str]:
    """``lines`` with each run of a preview's numbered page pieces joined into one line, numbers dropped; the chrome
    and information lines put between its pieces follow it.  A line that holds such a run mid-line (a copy run into
    one line) loses its pieces' numbers (``_run_on_pieces``)."""
    lines = [_run_on_pieces(line) if len(line) > 2 * PIECE_MIN_CHARS else line for line in lines]
    if not any(_PIECE_RE.match(line) for line in lines):
        return lines   # most pages
    out: list[str] = []
    i = 0
    while i < len(lines):
        run = _piece_run(lines, i)
        if run is None:
            out.append(lines[i])
            i += 1
            continue
        at, pieces, aside = run
        out.append("".join(pieces))
        out.extend(aside)
        i = at
    return out


def _piece_run(lines: list[str], start: int) -> tuple[int, list[str], list[str]] | None:
    """(the index after it, [piece text], [the chrome lines between pieces]) of the run of pieces opening at
    ``lines[start]`` (``1、``), when it reads as a preview's pages; else None."""
    m = _PIECE_RE.match(lines[start])
    if m is None or int(m.group(1)) != 1:
        return None
    text, at = _piece_text(lines, start, m)
    pieces: list[str] = [text]
    aside: list[str] = []
    while (found := _next_piece(lines, at, len(pieces) + 1)) is not None:
        chrome, at = found
        aside += chrome
        text, at = _piece_text(lines, at, _PIECE_RE.match(lines[at]))
        pieces.append(text)
    if len(pieces) < 2 or any(len(text) < PIECE_MIN_CHARS for text in pieces[:-1]):
        return None
    mid = sum(1 for text in pieces[:-1] if _MID_WORD_END_RE.search(text))
    if mid < 1 or mid < MID_WORD_SHARE * (len(pieces) - 1):
        return None
    return at, pieces, aside


#: a piece's number mid-line: digits and 、 (the sites print no other mark), no digit glued before or after it
_RUN_ON_PIECE_RE = re.compile(rf"(?<![{DIGIT_RANGES}.．])([{DIGIT_RANGES}]{{1,3}})、")
#: a label's value runs on to the end of the text before a number (``…完成时限：2026年9月``): a colon after the last
#: sentence mark
_LABEL_VALUE_END_RE = re.compile(r"[:：][^。；;！？）)]*$")


def _run_on_pieces(line: str) -> str:
    """``line`` without the numbers of a preview's pieces it holds mid-line (module doc), the words they cut joined."""
    marks = [m for m in _RUN_ON_PIECE_RE.finditer(line)]
    for k, first in enumerate(marks):
        if int(first.group(1)) != 1 or (first.start() and _MID_WORD_END_RE.search(line[:first.start()])):
            continue
        run = [first]
        for m in marks[k + 1:]:
            if int(m.group(1)) != len(run) + 1 or m.start() - run[-1].end() < PIECE_MIN_CHARS:
                continue
            before = line[run[-1].end():m.start()]
            if not _MID_WORD_END_RE.search(before) or _LABEL_VALUE_END_RE.search(before):
                break
            run.append(m)
        if len(run) >= 2:
            cut = {m.start(): m.end() for m in run}
            out, at = [], 0
            for start, end in sorted(cut.items()):
                out.append(line[at:start])
                at = end
            return "".join(out) + line[at:]
    return line


def _piece_text(lines: list[str], at: int, m: re.Match) -> tuple[str, int]:
    """(the text of the piece whose number ``m`` opens ``lines[at]``, the index after it): the rest of the line, or,
    when its number stands alone, the next line that opens no piece (blank lines passed)."""
    text = lines[at][m.end():].rstrip()   # the white space a copy put round it goes
    if text:
        return text, at + 1
    k = at + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k < len(lines) and _PIECE_RE.match(lines[k]) is None:
        return lines[k].strip(), k + 1
    return text, at + 1


def _next_piece(lines: list[str], at: int, expect: int) -> tuple[list[str], int] | None:
    """([the chrome lines passed], the index of the line opening piece ``expect``) when it opens the first line of
    ``lines[at:]`` that is not blank, chrome or an information line; else None."""
    chrome: list[str] = []
    for k in range(at, len(lines)):
        line = lines[k].strip()
        if not line:
            continue
        if (m := _PIECE_RE.match(line)) is not None:
            return (chrome, k) if int(m.group(1)) == expect else None
        if strip_chrome(line) and not is_info_line(simplified(line)):
            return None
        chrome.append(lines[k])
    return None
