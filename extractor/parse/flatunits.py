"""A table laid out BY UNIT whose rows were run into one line (text-sp run flat, ``flatrows``).

A forum's text of a Word table listing a notice's tasks unit by unit (承办单位 | 任务目标 | 分管领导 | 协办单位 |
落实情况) runs its header and rows together as ``flatrows`` reads them, a single space between any two cells,
and two things more: the narrow header and unit cells wrapped inside a word (``承办 单位``, ``区政 府办 公室``),
and each row's task cell numbers the unit's tasks afresh (``1.健全…. 2.做好…. 3.拓宽….``), a space between
two items.  No row ends with a sentence of its own, so a row is told by its unit: a name (at most
``MAX_NAME_PIECES`` pieces of Chinese characters joined with nothing between) right before a piece opening
item 1.  The pieces after the task list go to the columns after the task in order, each to the first later
column it reads as (a person under a leader column, unit names under a unit column, a deadline under the
deadline column, anything under a free-text one: 落实情况, whose cell may number its own lines 1. 2. too); a
piece that no later column takes opens the next row, and where it opens none the table ends.  The task
cell keeps its items as lines, so the table reader gives one measure per number (``unitweeks.lists_by_unit``,
tests/fixtures/README.md).  docs/forms.md, text-sp.
"""
from __future__ import annotations

from .cellkinds import names_one_unit, reads_as_deadline
from .roles import UNIT_ROLES, goal_column_words, unit_nouns
from .tableheader import role_of
from .tableheads import is_person_name
from ..hanzi import simplified, t2s_keeps
from ..numbering import split_measure_label
from ..text import CJK_ONLY_RE

#: a unit cell the Word table wrapped prints its name in this many pieces at most (区政 / 府办 / 公室)
MAX_NAME_PIECES = 4
#: a header cell the table wrapped prints its name in this many pieces at most (承办 / 单位)
MAX_HEADER_PIECES = 2
#: the roles of a column that names people, never units (分管领导)
_PEOPLE_ROLES = ("leader",)


def header_name(tokens: list[str], at: int) -> tuple[str, str | None, int] | None:
    """(column name, role, tokens used) of a header cell starting at ``tokens[at]``: a word naming a column,
    or up to ``MAX_HEADER_PIECES`` pieces of Chinese characters that name one only together (a wrapped cell:
    ``承办 单位``); a goal column's word (任务目标) names the task column of such a table; else None."""
    for n in range(1, MAX_HEADER_PIECES + 1):
        if at + n > len(tokens) or not all(CJK_ONLY_RE.fullmatch(t) for t in tokens[at:at + n]):
            return None
        name = "".join(tokens[at:at + n])
        role = role_of(name) or ("measure" if simplified(name) in goal_column_words() else None)
        if role:
            return name, role, n
    return None


def unit_header_at(tokens: list[str], at: int, min_columns: int) -> tuple[int, list[str], list[str]] | None:
    """(tokens used, column names, their roles) of a by-unit header run flat from ``tokens[at]``: at least ``min_columns``
    cells (``header_name``), the first a unit column, the second the task column, no number column, and the
    first row's unit name after it, followed by item 1 or the line's end (the copy's items cut to lines)."""
    names, roles, k = [], [], at
    while (found := header_name(tokens, k)) is not None:
        if not names and found[1] not in UNIT_ROLES:
            return None   # most runs of words: no unit column first
        names.append(found[0])
        roles.append(found[1])
        k += found[2]
    if (len(names) < min_columns or roles[0] not in UNIT_ROLES or roles[1] != "measure"
            or "number" in roles):
        return None
    opened = row_start(tokens, k)
    if opened is None and not _names_unit(tokens[k:]):
        return None
    return k - at, names, roles


def may_head_by_unit(line: str) -> bool:
    """A cheap test before ``unit_header_at``: ``line`` holds a unit role's noun (单位, 部门 …; a traditional
    copy's 單位 in its simplified copy, made only for a line holding a character t2s changes)."""
    nouns = unit_nouns()
    return any(noun in line for noun in nouns) or (not t2s_keeps(line)
                                                    and any(noun in simplified(line) for noun in nouns))


def row_start(pieces: list[str], at: int) -> int | None:
    """The index of the item-1 piece of a row opening at ``pieces[at]``: a unit's name in up to
    ``MAX_NAME_PIECES`` pieces, then a piece opening with item 1; else None."""
    for n in range(1, MAX_NAME_PIECES + 1):
        if at + n >= len(pieces):
            return None
        if _opens_item(pieces[at + n], 1) and _names_unit(pieces[at:at + n]):
            return at + n
    return None


def unit_rows(pieces: list[str], roles: list[str | None]) -> list[list[str]]:
    """The rows of a by-unit table from the ``pieces`` after its header, one cell per column (a task or
    free-text cell's numbered items one a line), down to the first piece that no column takes and that
    opens no row."""
    rows: list[list[str]] = []
    at = 0
    while (first := row_start(pieces, at)) is not None:
        cells = [""] * len(roles)
        cells[0], at = "".join(pieces[at:first]), first
        col, items = 1, [pieces[first]]
        at += 1
        while at < len(pieces):
            piece = pieces[at]
            if items and _opens_item(piece, len(items) + 1):   # the numbered list of the cell goes on
                items.append(piece)
                at += 1
                continue
            cells[col] = "\n".join(items) if items else cells[col]
            taken = _later_column(pieces, at, roles, col)
            if taken is None:
                break
            col, used = taken
            items = [piece] if _opens_item(piece, 1) else []
            cells[col] = "".join(pieces[at:at + used])
            at += used
        if items:
            cells[col] = "\n".join(items)
        rows.append(cells)
    return rows


def _later_column(pieces: list[str], at: int, roles: list[str | None], col: int) -> tuple[int, int] | None:
    """(column, pieces it takes) of the first column after ``col`` that the piece at ``at`` reads as: unit
    names (their wrapped pieces with them) under a unit column, a person under a leader column, a deadline
    under the deadline column, anything but a row's opening under a column of free text; None when none does
    (the piece opens the next row, or the table has ended)."""
    for c in range(col + 1, len(roles)):
        role = roles[c]
        if role in UNIT_ROLES:
            used = next((n for n in range(MAX_NAME_PIECES, 0, -1) if _names_unit(pieces[at:at + n])), 0)
            if used:   # a unit right before a list under a free-text column is this row's (区统计局 1.已开工…)
                return c, used
        elif role in _PEOPLE_ROLES:
            if is_person_name(pieces[at]):
                return c, 1
        elif role == "deadline":
            if reads_as_deadline(pieces[at]):
                return c, 1
        elif role != "measure" and row_start(pieces, at) is None and not _names_unit(pieces[at:at + 1]):
            return c, 1
    return None


def _names_unit(pieces: list[str]) -> bool:
    """``pieces`` (one to ``MAX_NAME_PIECES``, Chinese characters alone) joined name a unit."""
    return (0 < len(pieces) <= MAX_NAME_PIECES and all(CJK_ONLY_RE.fullmatch(p) for p in pieces)
            and names_one_unit(simplified("".join(pieces))))


def _opens_item(piece: str, number: int) -> bool:
    """``piece`` opens item ``number`` of a list (``1.…``, ``2、…``)."""
    return piece[:1].isdecimal() and split_measure_label(piece)[0] == number
