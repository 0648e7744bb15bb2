"""A page of a split copy whose text is a table's rows run together, printing no header (stage 5, a fallback of
``forms.parse_body``: read only where no form reads a row).

A site that splits a plan into pages prints each page's part of the plan's table of areas (重点片区) as ONE paragraph:
every cell and every paragraph of a cell parted by one space and no row break, the header on another page
(``… 27 珊珀湖片区 <problem>。 <target>。 到2018年，…。 1、…。 2、…。 常德市人民政府 省农委 省环保厅 28 冲天湖片区 …``).
A row opens with its number standing alone and the area's name after it, and closes where the next number opens the
next row; between them its sentences (problem, target, milestones), its numbered steps (``1、`` on) and, last, its units
one a piece.  Each whole row is one measure numbered as printed: its text the steps from ``1、`` to the last step's
end, the spaces between their paragraphs kept; every unit leads, in printed order (tests/fixtures/README.md "A row of
an area's cells run into one paragraph under a header another page prints", "Two unit columns under a header another
page prints").  The text the page opens with (the row before, cut by the page) and a last row the page cuts before its
units or the next number are no row ("A part of a notice").
"""
from __future__ import annotations

import re

from .unitlists import names_units_only
from ..lazyre import lazy_re
from ..models import DraftMeasure, Located, ParsedTable
from ..numbering import split_numbering
from ..text import SENTENCE_ENDS

FORM = "text-sp"
#: a row's number standing alone between spaces (27): one to three digits
_ROW_NUMBER_RE = lazy_re(r"\d{1,3}")
#: an area's name after the row's number is this long at most, and prints no mark (珊珀湖片区, 冲天湖-马家河片区)
AREA_NAME_MAX_CHARS = 20
_NAME_MARKS_RE = lazy_re(r"[，。；：、,.;:！？!?（）()《》“”]")
#: a unit piece closing a row is this long at most (湖南省住房和城乡建设厅)
UNIT_PIECE_MAX_CHARS = 20
#: a page holds at least this many pieces before it is asked (a row alone prints more)
MIN_PIECES = 8


def parse_area_rows(located: Located) -> ParsedTable | None:
    """The measures of a page whose table rows run together with single spaces and no header (module doc), or None
    where no whole row reads so."""
    pieces = [p for line in located.lines for p in re.split(r"[ \u3000\xa0\t]+", line.strip()) if p]
    if len(pieces) < MIN_PIECES:
        return None
    starts = [k for k in range(len(pieces) - 1) if _opens_row(pieces, k)]
    measures = []
    for at, nxt in zip(starts, starts[1:]):
        no = int(pieces[at])
        if int(pieces[nxt]) != no + 1:
            continue
        read = _row(pieces[at + 2:nxt])
        if read is not None:
            text, units = read
            measures.append(DraftMeasure(section=None, measure_no=no, text=text, lead_cells=units, form=FORM))
    return ParsedTable(measures=tuple(measures)) if measures else None


def _opens_row(pieces: list[str], k: int) -> bool:
    """``pieces[k]`` is a row's number: a bare number with an area's name after it (no mark, not a unit's name), and
    the piece before it closes a sentence or a unit's name (the row before ended there)."""
    name = pieces[k + 1]
    return bool(_ROW_NUMBER_RE.fullmatch(pieces[k])) and len(name) <= AREA_NAME_MAX_CHARS \
        and not _NAME_MARKS_RE.search(name) and not name[0].isdigit() and not _is_unit(name) \
        and (k == 0 or pieces[k - 1][-1] in SENTENCE_ENDS or _is_unit(pieces[k - 1]))


def _row(cells: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """(text, units) of a row's pieces after its number and name: the units the run of unit pieces closing it, the
    text its numbered steps from ``1、`` up to them (each step's paragraphs ending their sentences), or None."""
    end = len(cells)
    while end > 0 and _is_unit(cells[end - 1]):
        end -= 1
    units = tuple(cells[end:])
    first = next((k for k in range(end) if _opens_steps(cells[k])), None)
    if not units or first is None or cells[end - 1][-1] not in SENTENCE_ENDS:
        return None
    return " ".join(cells[first:end]), units


def _opens_steps(piece: str) -> bool:
    """``piece`` opens a cell's numbered steps: ``1、`` and a step's words."""
    numbered = split_numbering(piece)
    return numbered is not None and numbered[2] == 1 and numbered[0] == "num"


def _is_unit(piece: str) -> bool:
    """``piece`` is one unit's name: short, no sentence's end, naming units only (``unitlists.names_units_only``)."""
    return len(piece) <= UNIT_PIECE_MAX_CHARS and piece[-1] not in SENTENCE_ENDS and "、" not in piece \
        and names_units_only(piece)
