"""Stage 5a, HTML tables: body rows printing fewer cells than the header names, placed under their columns.

A table's rows cut out of a larger one (a bureau's own rows of the district's 民生实事 table, posted
alone) lose the cells merged over rows above them: the 主要任务 group cell spanned the rows from the
group's first, which was not copied, so every row prints one cell fewer than the header (holdout
lostgroup-chongchuan, batch 34).  Read from the left, each cell lands one column left of its own: the
task under the group column, the leader's name under the task, the lead under the leader and the
progress under the units.

``place_short_rows`` places such a row's cells under the columns they read as: a row whose printed
cells (up to its last with text; the empty cells after it may be the ones missing) are fewer than the
header's columns and do not read as the columns they stand in is laid out again, its cells in order,
at the first placement where every cell reads as its column (``_fits``: a row number under 序号, a
person naming no unit under a leader column, unit names under a unit column, a deadline under the
deadline column).  The placements leaving group columns (the header's section words) empty come
first, the outer group before the inner, as a cut leaves out the cells merged over rows; then the
empty columns as late as may be (the order text-sp's ``textsp._short_row`` uses).  A column left
empty is a cell merged from above (``row_copy``), as text-bl's reader leaves a group cell it does not
print (``textbl``).  A row that reads right as printed, or that no placement fits, stays as it is.
"""
from __future__ import annotations

from itertools import combinations

from .blockread import NAME_BLOCK_MAX_CHARS, names_units
from .cellkinds import SENTENCE_MARK_RE, reads_as_deadline
from .grid import Cell, Grid, PaddedCell
from .roles import UNIT_ROLES
from .tableheader import Header, role_of
from ..lazyre import lazy_re
from ..numerals import CN_ZERO, cn_class
from ..text import compact

#: at most this many cells missing from a row: a cut leaves out a group column or two (more missing
#: is another kind of row: a note, a subtotal), and the placements tried grow with every one
SHORT_ROW_MAX_MISSING = 3
#: what a 序号 cell prints: a row's number (24, 1.2, 3-1, ★6: a mark a county flags tasks with) or a
#: group's (一、, （二）)
ROW_NUMBER_RE = lazy_re(r"^[★☆*※]?\s*[（(]?" + cn_class(r"\d" + CN_ZERO) + r"{1,4}(?:[.．\-－]\d{1,3})*[)）]?[、.．]?$")


def place_short_rows(grid: Grid, header: Header) -> Grid | None:
    """``grid`` with the body rows under ``header`` that print fewer cells than the header names laid
    out under the columns their cells read as, or None when no row changed.  Only a row whose last position is a
    ``PaddedCell`` can be one (``_printed``): a grid with none, most tables, is passed over at that one test."""
    if not any(row and isinstance(row[-1], PaddedCell) for row in grid[header.rows:]):
        return None
    roles = tuple(role_of(name) for name in header.names)
    if not any(role in UNIT_ROLES for role in roles):
        return None
    out, changed = list(grid[:header.rows]), False
    for row in grid[header.rows:]:
        placed = _placed(row, roles, out[-1] if len(out) > header.rows else None)
        changed = changed or placed is not None
        out.append(placed or row)
    return out if changed else None


def _placed(row: list[Cell], roles: tuple[str | None, ...], above: list[Cell] | None) -> list[Cell] | None:
    printed = _printed(row)
    width = len(roles)
    if not printed or len(printed) >= width or width - len(printed) > SHORT_ROW_MAX_MISSING:
        return None
    texts = ["\n".join(c.parts) for c in printed]   # a cell's paragraphs a name each (区水利局 / 区财政局)
    if _fits(texts, roles[:len(texts)], numbers=False):   # its number where it stands is no reason to move it
        return None
    for cols in _placements(width, len(texts), roles):
        if _fits(texts, tuple(roles[c] for c in cols)):
            r = row[0].origin[0]
            cells = {c: Cell(cell.parts, (r, c)) for c, cell in zip(cols, printed)}
            return [cells.get(c) or Cell((), above[c].origin if above and c < len(above) else (r, c), row_copy=True)
                    for c in range(width)]
    return None


def _printed(row: list[Cell]) -> list[Cell] | None:
    """The row's cells up to its last with text, when the row printed fewer cells than the grid's width
    (its last position a ``PaddedCell``), none of it is a merged cell's copy and the cells after that one
    are empty (a row printing every cell, its last ones empty, or merged from above, is no cut row: most
    rows are asked nothing more)."""
    if not row or not isinstance(row[-1], PaddedCell) or any(c.row_copy or c.col_copy for c in row):
        return None
    last = max((i for i, c in enumerate(row) if c.text.strip()), default=-1)
    return row[:last + 1] if 0 <= last < len(row) - 1 else None


def _placements(width: int, count: int, roles: tuple[str | None, ...]):
    """The ways of placing ``count`` cells in order under ``width`` columns: those leaving group columns
    empty first (more of them, then the outer), then the empty columns as late as may be."""
    def left_groups(cols: tuple[int, ...]) -> tuple[int, tuple[int, ...]]:
        gaps = tuple(c for c in range(width) if c not in cols and roles[c] == "section")
        return -len(gaps), gaps
    return sorted(combinations(range(width), count), key=left_groups)


def _fits(texts: list[str], roles: tuple[str | None, ...], numbers: bool = True) -> bool:
    """Every cell reads as its column: a row number under the number column (unless not ``numbers``),
    a person naming no unit under a leader column, unit names under a unit column, a deadline under
    the deadline column; an empty cell anywhere; other columns take anything."""
    for text, role in zip(texts, roles):
        text = text.strip()
        if not text:
            continue
        if numbers and role == "number" and not ROW_NUMBER_RE.match(text):
            return False
        if role == "leader" and (_is_sentence(text) or names_units(text)):
            return False
        if role in UNIT_ROLES and not names_units(text):
            return False
        if role == "deadline" and not reads_as_deadline(text):
            return False
    return True


def _is_sentence(text: str) -> bool:
    return bool(SENTENCE_MARK_RE.search(text)) or len(compact(text)) > 2 * NAME_BLOCK_MAX_CHARS
