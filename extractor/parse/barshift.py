"""Bar dumps whose rows print left of their columns (``unshifted``): a dump of a table whose group cells, merged
over their rows in the source, print on a group's first row only writes the rows under it from the first column,
closing them with the empty cells it left out; and the header line such a dump prints over them
(``header_over_shifted``).  ``textgrid`` reads text-bar dumps with them (docs/forms.md, text-bar)."""
from __future__ import annotations

from .columns import UNIT_COLUMN_ROLES
from .grid import Cell, Grid
from ..numbering import MEASURE_RE, SECTION_RE, split_numbering
from ..text import fold
from .deadlines import deadline_length
from .labels import match_copy


def is_span_row(row: list[Cell]) -> bool:
    """A row that is one cell spanning the width (a section's heading, a range row)."""
    return len({c.origin for c in row}) == 1


#: a group column is told by its cells in the rows printing every cell: at least this many of them, each opening
#: with a section label (一、, （二）) over a cell opening with an item number (1. 2.)
SHIFTED_MIN_FULL_ROWS = 2


def unshifted(grid: Grid) -> Grid:
    """``grid`` (a one-row-a-line bar dump's rows) with each row printed one or more columns to the LEFT put
    back under its columns.  A dump of a table whose group cells (工作任务, merged over their rows in the
    source) print on a group's first row only writes the rows under it from the first column, closing them
    with the empty cells it left out (``3.… | 各科室 | |`` under 工作任务 | 具体要求 | 责任部门): where every
    row printing all its cells opens its first columns with section labels (一、…) and the next with an item
    number (1.…) or a bare row number (1: a number column, ``_number_cell``), a row ending in empty cells
    moves right by them when its first cell fits the column it lands in: an item number or a row number the
    item column, up to which it moves (holdout shiftpipe-jiangmen, batch 45); a section label of the kind the
    full rows print in an outer group column (``（二）… | 4 | … |`` under ``一、… | （一）… | 1 | … |``, a new
    inner group under the same outer one: holdout spamwords-jingzhou, batch 50).  The group cells left so are
    empty, as a text copy leaves a merged cell's rows."""
    found = _shift_columns(grid)
    if found is None:
        return grid
    item, kinds = found
    out = []
    for row in grid:
        empty = next((k for k in range(len(row)) if _text(row[len(row) - 1 - k])), 0)
        first = _text(row[0])
        if is_span_row(row) or not empty:
            out.append(row)
            continue
        if (MEASURE_RE.match(first) or _number_cell(first)) and not SECTION_RE.match(first):
            k = min(empty, item)
        elif empty < item and SECTION_RE.match(first) and not MEASURE_RE.match(first) \
                and _label_kind(first) == kinds[empty]:
            k = empty
        else:
            out.append(row)
            continue
        r = row[0].origin[0]
        cells = [Cell((), (r, c)) for c in range(k)] + [Cell(cell.parts, (r, c + k)) for c, cell in
                                                         enumerate(row[:len(row) - k])]
        out.append(cells)
    return out


def _shift_columns(grid: Grid) -> tuple[int, list] | None:
    """(the item column, each group column's label kind) of a dump whose rows printing all their cells open
    with section labels over an item or row number (``unshifted``), or None."""
    rows = [r for r in grid if not is_span_row(r)]
    full = [r for r in rows if _text(r[-1])]
    if len(full) < SHIFTED_MIN_FULL_ROWS:
        return None
    item = next((c for c in range(1, len(grid[0]) - 1)
                 if all(MEASURE_RE.match(_text(r[c])) or _number_cell(_text(r[c])) for r in full)), None)
    if item is None or not all(SECTION_RE.match(_text(r[c])) and not MEASURE_RE.match(_text(r[c]))
                               for r in full for c in range(item)):
        return None
    return item, [_label_kind(_text(full[0][c])) for c in range(item)]


def header_over_shifted(names: list[str], grid: Grid) -> list[str]:
    """``names`` (a bar dump's header line) put over the columns its rows print: a header whose source spans
    a cell over several columns (具体要求 over the inner group, the row number and the requirement) prints each
    name once and closes the line with as many empty cells (``工作任务 | 具体要求 | 责任单位 | 时限要求 | ||``); over
    rows that print a row number after two group columns (``_shift_columns``) the names after the first stand
    over the LAST columns (the role columns close a row), and the row number's column is ``NUMBER_NAME``
    (holdout spamwords-jingzhou, batch 50).  Other headers are as printed."""
    empty = next((k for k in range(len(names)) if names[len(names) - 1 - k].strip()), 0)
    found = _shift_columns(grid) if empty and grid and len(grid[0]) == len(names) else None
    if found is None or found[0] > empty or not all(_number_cell(_text(r[found[0]])) for r in grid
                                                     if not is_span_row(r) and _text(r[-1])):
        return names
    item = found[0]
    named = names[:len(names) - empty]
    out = [named[0], *[""] * empty, *named[1:]]
    out[item] = NUMBER_NAME
    return out


#: the name a row-number column the header leaves unnamed is read under (as a text-pipe dump's: textpipe)
NUMBER_NAME = "序号"


def _text(cell: Cell) -> str:
    return fold(cell.text.strip())


def _number_cell(text: str) -> bool:
    """A cell that is a row number alone (1, 12): a number column's."""
    return text.isdigit() and len(text) <= 3


def _label_kind(text: str):
    """The numbering kind a section label opens ``text`` with (一、 or （一）), or None."""
    found = split_numbering(text)
    return found[0] if found else None


def is_short_bar_row(line: str) -> bool:
    """A row of a bar dump printing fewer cells than its header, the ones a merged cell of the source left out not
    printed at all (neither in front nor as closing empty cells): its cells close with a bar, the first opens with an
    item number (``8.继续深化… |``, ``2.做好… | 市政府办公室…参照落实 |``).  A line printing two marks is a row already
    (``textgrid._is_bar_row``); a cell's rest that a line break put on a line of its own opens with no item number."""
    s = line.strip()
    return s.endswith("|") and not s.startswith("|") and s[:-1].count("|") <= 1 \
        and bool(MEASURE_RE.match(fold(s.split("|")[0].strip())))


def merged_down(grid: Grid, short: set[int], roles: list) -> Grid:
    """``grid`` with each row of ``short`` (its place in ``grid``: a row printed fewer cells than the header names,
    ``is_short_bar_row``) given, in every unit column it left empty after its last printed cell, the cell of the row
    above: the source merged that cell over both rows (a 责任单位 cell spanning the rows of a group, ``7.… | 市财政局牵头…
    |`` over ``8.… |``), and the dump printed it on the first row only, as a page's table does with a rowspan
    (``shortrows``: a column a short row leaves is a cell merged from above).  Holdout semicells-taishan and
    gushibar-taishan (batch 130): before, such a line was read as the rest of the row above's last cell."""
    units = [c for c, role in enumerate(roles) if role in UNIT_COLUMN_ROLES]
    out = []
    for r, row in enumerate(grid):
        if r in short and out:
            above = out[-1]
            row = [Cell(above[c].parts, above[c].origin, row_copy=True)
                   if c in units and not cell.text and c < len(above) and above[c].text else cell
                   for c, cell in enumerate(row)]
        out.append(row)
    return out


def _lines_up(row: list[Cell], printed: int, full: Grid) -> bool:
    """Whether a short row's cells already stand under their columns: its last printed cell opens as the widest rows'
    cells in that column mostly do (with a deadline's date or period, or not: ``_opens_with_deadline``).  A bar dump drops a row's empty closing
    cell (``3|新建5G基站600个|市工信局|2023年12月|`` under a 备注 the row leaves blank): that row is short but not left
    of its columns, its deadline under the deadline column (tests/test_table_notecells.py)."""
    last = printed - 1
    if last < 1:
        return False
    theirs = [_opens_with_deadline(_text(r[last])) for r in full if last < len(r) and _text(r[last])]
    return bool(theirs) and _opens_with_deadline(_text(row[last])) == (sum(theirs) * 2 > len(theirs))


def _opens_with_deadline(text: str) -> bool:
    """A cell opening with a date or a period (``2021年2月公布…``, ``长期推进``): a deadline column's."""
    return deadline_length(match_copy(text)) > 0


def numbered_short_rows(grid: Grid, widths: list[int], names: list[str]) -> Grid:
    """``grid`` (a bar dump's rows, ``widths[r]`` the cells row ``r``'s line printed) with each row that opens with a
    bare row number and prints fewer cells than the table's widest rows given, right after its number, the empty cells it
    left out: a 序号 column followed by a group column merged over its rows in the source (序号 | 工作任务 | 细化分工 | …,
    the 工作任务 cell printed on a group's first row only) prints the group's other rows as their number, then their own
    cells (``2 | 扎实做好… | 疾控处 | 长期推进 |``), each one column left of its own.  Put back, the group cells left are
    empty, as a text copy leaves a merged cell's rows (holdout ledgerbox-guangdong, batch 130: before, each such row's
    requirement stood under 工作任务, its 处 under 细化分工 and its deadline under the units).  Only where the widest
    rows open with a number too and print fewer cells than ``names`` or as many, and only rows whose cells do not stand
    under their columns already (``_lines_up``)."""
    if len(widths) != len(grid) or not grid:
        return grid
    widest = max(widths)
    full = [r for r, w in enumerate(widths) if w == widest]
    if widest > len(names) or not all(_number_cell(_text(grid[r][0])) for r in full):
        return grid
    out = []
    for r, (row, printed) in enumerate(zip(grid, widths)):
        if printed < widest and _number_cell(_text(row[0])) and not is_span_row(row) \
                and not _lines_up(row, printed, [grid[f] for f in full]):
            k = widest - printed
            texts = [c for c in row[1:printed]]
            rr = row[0].origin[0]
            cells = [row[0]] + [Cell((), (rr, 1 + j)) for j in range(k)] + \
                [Cell(c.parts, (rr, 1 + k + j)) for j, c in enumerate(texts)]
            cells += [Cell((), (rr, c)) for c in range(len(cells), len(row))]
            out.append(cells[:len(row)])
        else:
            out.append(row)
    return out
