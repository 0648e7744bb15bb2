"""Spreadsheets: .xlsx through openpyxl, .xls through xlrd; one grid per visible sheet.

Both give a sheet's values and its merged ranges; ``sheet_grid`` turns them
into the grid the HTML parser builds for rowspan/colspan: the top-left cell
of a range holds the text, the positions below it are ``row_copy``, those to
its right ``col_copy``.  A line break inside a cell (Alt+Enter) splits the
cell into parts, as ``<br>`` does.  Formulas are read as their cached
values; nothing is evaluated and no macro is loaded.
"""
from __future__ import annotations

import datetime as dt
import io
import re

from ...parse.grid import Cell, Grid
from ...models import ExtractorError
from .limits import check_cells, check_zip

Merge = tuple[int, int, int, int]   #: first row, last row, first column, last column (0-based, inclusive)


def read_xlsx(data: bytes) -> list:
    """The grids of an .xlsx workbook's visible sheets, in sheet order."""
    import openpyxl

    check_zip(data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True, keep_vba=False, keep_links=False)
    except (KeyError, ValueError, TypeError, OSError) as exc:   # what openpyxl raises for a damaged part
        raise ExtractorError(f"not a readable Excel workbook: {type(exc).__name__}: {exc}") from None
    grids = []
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        check_cells(ws.max_row, ws.max_column, ws.title)
        values = [[cell_text(v) if not isinstance(v, dt.datetime) else _xlsx_date(ws, r, c, v)
                   for c, v in enumerate(row, 1)] for r, row in enumerate(ws.iter_rows(values_only=True), 1)]
        merges = [(m.min_row - 1, m.max_row - 1, m.min_col - 1, m.max_col - 1) for m in ws.merged_cells.ranges]
        grids.append(sheet_grid(values, merges))
    return [g for g in grids if g]


def read_xls(data: bytes) -> list:
    """The grids of an .xls (BIFF) workbook's visible sheets, in sheet order."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except xlrd.XLRDError as exc:
        reason = "encrypted (password-protected) workbook" if "encrypt" in str(exc).lower() else str(exc)
        raise ExtractorError(reason) from None
    except (AssertionError, KeyError, IndexError, ValueError, OSError) as exc:   # damaged BIFF records
        raise ExtractorError(f"not a readable Excel 97-2003 workbook: {type(exc).__name__}") from None
    grids = []
    for i in range(book.nsheets):
        sheet = book.sheet_by_index(i)
        if sheet.visibility != 0:
            continue
        check_cells(sheet.nrows, sheet.ncols, sheet.name)
        values = [[_xls_text(sheet.cell(r, c), book.datemode, book) for c in range(sheet.ncols)]
                  for r in range(sheet.nrows)]
        merges = [(r0, r1 - 1, c0, c1 - 1) for r0, r1, c0, c1 in sheet.merged_cells]
        grids.append(sheet_grid(values, merges))
    return [g for g in grids if g]


def cell_text(value) -> str:
    """A cell value as text: 3.0 -> "3", a date -> ISO, None -> ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    return str(value)


def _xlsx_date(ws, row: int, col: int, value: dt.datetime) -> str:
    """A date cell of an .xlsx sheet as Excel shows it (``shown_date``)."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    fmt = ws.cell(row, col).number_format
    custom = fmt not in BUILTIN_FORMATS.values()
    return (shown_date(value, fmt) if custom else None) or cell_text(value)


def _xls_text(cell, datemode: int, book=None) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            value = xlrd.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError):
            return cell_text(cell.value)
        fmt = _xls_custom_format(book, cell.xf_index)
        return (shown_date(value, fmt) if fmt else None) or cell_text(value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return cell_text(cell.value)


#: the first number format id a workbook defines itself: below it the formats are Excel's
#: built-in ones, whose date forms (m/d/yy) Excel shows in the reader's locale (2022/6/30 in a
#: Chinese one), so no text can be told from the file: those dates stay ISO
FIRST_CUSTOM_FORMAT = 164


def _xls_custom_format(book, xf_index: int | None) -> str | None:
    """The workbook's own number format of an .xls cell, or None (built-in, unknown)."""
    try:
        key = book.xf_list[xf_index].format_key
        return book.format_map[key].format_str if key >= FIRST_CUSTOM_FORMAT else None
    except (AttributeError, IndexError, KeyError, TypeError):
        return None


#: an Excel date format's tokens: a quoted literal, an escaped character, a [..] tag, a run
#: of one letter, or one other character
_FORMAT_TOKEN_RE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|([A-Za-z])\1*|.', re.S)


def shown_date(value: dt.datetime, fmt: str) -> str | None:
    """``value`` as Excel shows it under the number format ``fmt`` (the deadline a reader of
    the sheet sees: ``yyyy"年"m"月"d"日"`` -> 2022年6月30日), for a format made of years, months,
    days and literal text; None for any other (times, month or weekday names, [DBNum] digits,
    a text section), which the caller prints as an ISO date."""
    out: list[str] = []
    for m in _FORMAT_TOKEN_RE.finditer(fmt.split(";", 1)[0]):
        token = m.group(0)
        if token.startswith('"'):
            out.append(token[1:-1])
        elif token.startswith("\\"):
            out.append(token[1:])
        elif token.startswith("["):
            if not token.startswith("[$"):   # [$-804] names a locale; [DBNum1], [h], colours do not print a date
                return None
        elif m.group(1):
            letter, n = token[0].lower(), len(token)
            if letter == "y":
                out.append(f"{value.year % 100:02d}" if n <= 2 else str(value.year))
            elif letter in "md" and n <= 2:
                part = value.month if letter == "m" else value.day
                out.append(f"{part:0{n}d}")
            else:
                return None   # mmm / dddd names, h:mm, AM/PM, era years ...
        elif token in "@_*?#0":
            return None
        else:
            out.append(token)
    return "".join(out) or None


def sheet_grid(values: list[list[str]], merges: list[Merge]) -> Grid:
    """Values and merged ranges as a grid; empty rows and trailing empty columns dropped."""
    width = max((c + 1 for row in values for c, v in enumerate(row) if v.strip()), default=0)
    if not width:
        return []
    covered: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, r1, c0, c1 in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered[(r, c)] = (r0, c0)
    grid: Grid = []
    for r, row in enumerate(values):
        cells = []
        for c in range(width):
            top = covered.get((r, c))
            if top is None:
                text = row[c] if c < len(row) else ""
                cells.append(Cell(tuple(p for p in (" ".join(x.split()) for x in text.splitlines()) if p),
                                  (r, c)))
            else:
                origin = values[top[0]][top[1]] if top[1] < len(values[top[0]]) else ""
                parts = tuple(p for p in (" ".join(x.split()) for x in origin.splitlines()) if p)
                cells.append(Cell(parts, top, row_copy=r > top[0], col_copy=c > top[1]))
        if any(c.text for c in cells):
            grid.append(cells)
    return grid
