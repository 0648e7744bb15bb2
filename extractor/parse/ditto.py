"""Ditto cells: a body cell that says only 同上 / 同前 / 〃 stands for the cell above it.

Tables typed by hand (older district sites, Word tables, spreadsheets) save
retyping a unit or a deadline by writing a ditto word in its place.  An analyst
copying the table writes the value the ditto stands for, never the word, so the
table reader fills each ditto cell with the nearest non-empty cell above it in
the same column once the grid is built (``table.parse_grid``: every form, HTML,
office attachments and the text copies alike).  A ditto under a ditto takes the
value the first one took (a chain).  Rows that span the table (section rows) are
not "above": the value comes from the last body row.  A ditto with nothing above
it is kept as printed (no value is invented).

Only whole cells are dittos (``同上年相比…`` is a sentence), and only in the
columns that carry values to repeat - units, deadlines, extra columns -, not the
number, task or section columns, whose repeats would be a second measure or a
second section.  The words are vocabulary: ``vocab.toml`` ``[table] ditto_marks``.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import chain
from operator import attrgetter, itemgetter

from .grid import Cell, Grid
from ..text import compact, vocab

#: column roles whose cells are never read as dittos (see the module doc)
_NOT_REPEATED = frozenset({"number", "measure", "section"})
#: printed after a ditto word at times (同上。): not part of it
_TRAILING = "。．.，,；;"


@lru_cache(maxsize=1)
def ditto_marks() -> frozenset[str]:
    return frozenset(vocab()["table"]["ditto_marks"])


@lru_cache(maxsize=1)
def _first_chars() -> frozenset[str]:
    return frozenset(w[0] for w in ditto_marks())


@lru_cache(maxsize=1)
def _first_chars_tuple() -> tuple[str, ...]:
    """``_first_chars`` as ``str.startswith`` takes them."""
    return tuple(sorted(_first_chars()))


_TEXT = attrgetter("text")


def is_ditto(text: str) -> bool:
    """``text`` is a ditto word alone (white space and a closing stop aside)."""
    if text[:1] not in _first_chars():
        return False
    return compact(text).rstrip(_TRAILING) in ditto_marks()


#: what joins the cells' texts for ``_may_hold_ditto``'s search: a cell's first character follows it
_JOINT = "\n"


def _may_hold_ditto(rows: Grid, cols: list[int]) -> bool:
    """A cell of ``rows`` in one of the columns ``cols`` (those ``fill_dittos`` fills) may open with a ditto
    word's first character: their texts joined by ``_JOINT`` open with one or hold one right after a joint.
    Never False where such a cell opens so (every cell's text stands at the start or right after a joint), so
    ``fill_dittos`` fills nothing where it is False; True at times where none does (a joint printed inside a
    cell, before 同), and ``fill_dittos`` then reads the rows cell by cell, as ever.  Where every row reaches
    the last of ``cols`` the cells are taken by ``itemgetter`` (a task column's long texts are not searched),
    else every cell of the rows.  One join and two searches in C: looking at every cell's first character
    (``str.startswith`` a cell, through ``map``) cost about 1 % of extracting a bench page (docs/scale.md,
    session 72)."""
    if not cols or not rows:
        return False
    if min(map(len, rows)) > cols[-1]:
        pick = itemgetter(*cols)   # (a tuple of cells a row, or the one cell of one column)
        cells = chain.from_iterable(map(pick, rows)) if len(cols) > 1 else map(pick, rows)
    else:
        cells = chain.from_iterable(rows)
    firsts = _first_chars_tuple()
    joined = _JOINT.join(map(_TEXT, cells))
    return joined.startswith(firsts) or any(_JOINT + ch in joined for ch in firsts)


def fill_dittos(grid: Grid, start: int, roles: tuple[str, ...]) -> Grid:
    """``grid`` with the ditto cells of its rows from ``start`` on replaced by the value they
    stand for (a new cell at the ditto's place holding the parts of the cell above); the grid
    itself when it has none (most tables: one search of those columns' texts joined, ``_may_hold_ditto``)."""
    cols = [i for i, role in enumerate(roles) if role not in _NOT_REPEATED]
    if not _may_hold_ditto(grid[start:], cols):
        return grid
    above: dict[int, Cell] = {}
    out = grid[:start]
    for row in grid[start:]:
        if len(row) > 1 and all(c.col_copy for c in row[1:]):   # a row across the table: not "above"
            out.append(row)
            continue
        new = row
        for i in cols:
            if i >= len(row):
                break
            cell = row[i]
            if cell.col_copy or not cell.text:
                continue
            if is_ditto(cell.text) and i in above:
                if new is row:
                    new = list(row)
                new[i] = cell = Cell(above[i].parts, cell.origin, cell.row_copy, cell.col_copy)
            above[i] = cell
        out.append(new)
    return out
