"""A table pasted from a PDF as text, each cell its own run of width-cut lines (``parse_pdf_cells``).

A site that pastes a PDF's table as text may print every cell of a row as its own run of lines, each line cut
at the cell's width (inside words and unit names: ``省信用办、知识产权`` / ``局、工商局、食品药`` / ``品监管局``), the
cells of a row one after another with nothing between them, no row number (the merged 序号 and group cells print
once, on another page of the split copy) and the header once, its column names on one line parted by spaces
(``序号 工作重点 工作内容 具体任务 成果形式 责任部门``).  Nothing but the widths parts one cell from the next: a cell's
lines fill its column's width but its last, which is shorter, and the next cell's lines fill another column's
(``cell_runs``).  A row closes with its unit cell, the header's last column: the cells since the row before are
the row's, under the header's last columns; a page's opening cells (above the header: a row begun on the page
before) and its last cells after the last unit cell (a row cut before its units) are no row.

Read only where no other form gives a row (``forms.parse_body``): the cells are told apart by their widths
alone, so the reader asks every row to print as many cells, each column's cells one width in every row, before
it reads any (holdout pdfwrapcells-zhejiang, batch 112: before, no row).  docs/forms.md, text-bl.
"""
from __future__ import annotations

from .grid import Grid
from .roles import UNIT_ROLES
from .tableheader import role_of
from .textgrid import header_of, parse_body, text_cell, text_lines
from .unitlists import names_units_only
from ..models import Located, ParsedTable
from ..text import fold

#: a header printed on one line names at least this many columns, every space-parted word one the header
#: vocabulary knows, a task column among them and a unit column last
PDF_HEADER_MIN_COLUMNS = 3
#: a line of a cell is as wide as its first line or wider by at most this many display columns (a line breaker
#: hangs a closing mark past the width: one Chinese character, two columns); a narrower line is the cell's last,
#: a wider one opens the next cell
LINE_SLACK = 2
#: the cells of one column are as wide in every row within this many display columns (the copy's widths
#: move by a character or two where the breaker moved marks)
COLUMN_SLACK = 4
#: at least this many rows close with a unit cell: one run of lines ending in a unit name is any paragraph
PDF_MIN_ROWS = 2
#: a column of a PDF's table is at most this many display columns wide (a page's text is wider: its
#: lines are no cells)
CELL_MAX_WIDTH = 40


def font_width(line: str) -> int:
    """Columns ``line`` takes as a PDF's Chinese font prints it: a digit, a Latin letter or a space one, any
    other character two (a Chinese character, and the marks among them: ，、“ are as wide there).  Measured on
    the matching copy (``text.fold``), so a copy printing its digits full-width (２０１６) or its marks in ASCII
    (, ;) measures alike: a mirror may print either over the same cut.  Not ``text.display_width`` (a monospaced
    layout's east-asian width, which counts an ASCII comma one column): a PDF's font sets ASCII marks as wide."""
    return sum(1 if ch.isascii() and (ch.isalnum() or ch.isspace()) else 2 for ch in fold(line))


def pdf_header(line: str) -> list[str] | None:
    """The column names of ``line`` if it is a header printed on one line (``PDF_HEADER_MIN_COLUMNS`` words
    or more parted by spaces, each naming a column, a task column among them, a unit column last), else None."""
    names = line.split()
    if len(names) < PDF_HEADER_MIN_COLUMNS:
        return None
    roles = [role_of(n) for n in names]
    if None in roles or "measure" not in roles or roles[-1] not in UNIT_ROLES:
        return None
    return names


def cell_runs(lines: list[str]) -> list[list[str]]:
    """``lines`` cut into cells by their widths: a cell's first line sets its width, a line as wide (or a mark
    wider: ``LINE_SLACK``) goes on in it, a narrower one is its last, and a wider one opens the next.  A cell
    whose last line fills the width runs on into the next cell when that one's column is as wide: the rows then
    print unlike counts of cells, and ``_rows`` reads none."""
    cells: list[list[str]] = []
    width = 0
    closed = True
    for line in lines:
        w = font_width(line)
        if not closed and width <= w <= width + LINE_SLACK:
            cells[-1].append(line)
        elif not closed and w < width:
            cells[-1].append(line)
            closed = True
        else:
            cells.append([line])
            width, closed = w, False
    return cells


def _width(cell: list[str]) -> int | None:
    """The width ``cell`` shows its column's to be (its first line's), or None for a one-line cell (no full line)."""
    return font_width(cell[0]) if len(cell) > 1 else None


def _rows(cells: list[list[str]], columns: int) -> list[list[list[str]]] | None:
    """The rows of ``cells``, each closed by a cell naming units only: None unless at least ``PDF_MIN_ROWS`` close
    so, each with as many cells (at most ``columns``), each column's cells as wide in every row (``COLUMN_SLACK``)."""
    rows, start = [], 0
    for i, cell in enumerate(cells):
        if names_units_only("".join(cell)):
            rows.append(cells[start:i + 1])
            start = i + 1
    if len(rows) < PDF_MIN_ROWS or len({len(r) for r in rows}) != 1 or not 2 <= len(rows[0]) <= columns:
        return None
    for col in range(len(rows[0])):
        widths = [w for r in rows if (w := _width(r[col])) is not None]
        if widths and max(widths) - min(widths) > COLUMN_SLACK:
            return None
        if widths and any(font_width(r[col][0]) > max(widths) + LINE_SLACK for r in rows):
            return None   # a one-line cell wider than its column's full lines: no cell of it
    return rows


def parse_pdf_cells(located: Located) -> ParsedTable | None:
    """The rows of a PDF's table pasted one width-cut cell after another under its header line, or None."""
    lines = [ln.strip() for ln in text_lines(located) if ln.strip()]
    at = next((i for i, ln in enumerate(lines) if pdf_header(ln) is not None), None)
    if at is None:
        return None
    names = pdf_header(lines[at])
    body = lines[at + 1:]
    if not body or any(font_width(ln) > CELL_MAX_WIDTH for ln in body):
        return None
    rows = _rows(cell_runs(body), len(names))
    if rows is None:
        return None
    printed = names[len(names) - len(rows[0]):]   # the merged columns before them print on another page
    body_grid: Grid = [[text_cell("".join(cell), r, c) for c, cell in enumerate(row)] for r, row in enumerate(rows, 1)]
    header = header_of(printed, body_grid)   # the rows settle what a column holds (a task's short name beside it)
    if header is None:
        return None
    return parse_body([[text_cell(n, 0, c) for c, n in enumerate(printed)]] + body_grid, header, "text-bl")
