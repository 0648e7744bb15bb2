"""A document site's text preview printed in numbered page pieces (docs/parsing.md, "Preview pieces").

A document-sharing site (a 文秘 or 文库 site: 第壹文秘, 三一办公) previews an uploaded Word file as its text run
together, one piece per preview page, each piece opening with its page's number and 、: ``1、<the document's
first page>`` / ``2、<the second>`` / …  The pieces break wherever the page did: inside a word (``个体工商`` /
``2、户发放…``) or a unit's name (``市市场`` / ``3、监管局``).  Read as paragraphs, the pieces' numbers are items and
the words they cut are lost.  So a run of lines numbered ``1、`` ``2、`` … counting up from 1 (blank lines may
stand between them), each but the last at least ``PIECE_MIN_CHARS`` long, where the piece before a number ends
inside a word (a Chinese character, a letter or a digit last: no mark of any kind) at most junctions and at
least once, is one text: the numbers and the breaks go.  A notice's own items numbered so end their sentences
(``…。（责任单位：…）``) and are shorter: they stay as they are.
"""
from __future__ import annotations

import re

#: a preview page's piece holds at least this many characters (a page of text runs to some 500); a list item
#: numbered 1、 2、 is mostly shorter
PIECE_MIN_CHARS = 150
#: at least this share of the junctions between pieces fall inside a word (a page may happen to break after a
#: full stop); one at least
MID_WORD_SHARE = 0.5
#: a piece's page number: ASCII or full-width digits and 、 (a copy may print the item dots . ． ﹒ for it)
_PIECE_RE = re.compile(r"^\s*([0-9０-９]{1,3})[、.．﹒]\s*")
#: a piece that ends inside a word: its last character is a Chinese character, a letter or a digit
_MID_WORD_END_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]\s*$")


def join_preview_pieces(lines: list[str]) -> list[str]:
    """``lines`` with each run of a preview's numbered page pieces joined into one line, numbers dropped."""
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
        at, pieces = run
        out.append("".join(pieces))
        i = at
    return out


def _piece_run(lines: list[str], start: int) -> tuple[int, list[str]] | None:
    """(the index after it, [piece text]) of the run of pieces opening at ``lines[start]``
    (``1、``), when it reads as a preview's pages; else None."""
    m = _PIECE_RE.match(lines[start])
    if m is None or int(m.group(1)) != 1:
        return None
    pieces: list[str] = []
    at, expect = start, 1
    while at < len(lines):
        line = lines[at]
        if not line.strip():
            at += 1
            continue
        m = _PIECE_RE.match(line)
        if m is None or int(m.group(1)) != expect:
            break
        pieces.append(line[m.end():].rstrip())   # the white space a copy put round it goes
        expect += 1
        at += 1
    # blank lines after the last piece are no part of it
    while at > start and not lines[at - 1].strip():
        at -= 1
    if len(pieces) < 2 or any(len(text) < PIECE_MIN_CHARS for text in pieces[:-1]):
        return None
    mid = sum(1 for text in pieces[:-1] if _MID_WORD_END_RE.search(text))
    if mid < 1 or mid < MID_WORD_SHARE * (len(pieces) - 1):
        return None
    return at, pieces

