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
        values = [[cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
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
        values = [[_xls_text(sheet.cell(r, c), book.datemode) for c in range(sheet.ncols)]
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


def _xls_text(cell, datemode: int) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate_as_datetime(cell.value, datemode))
        except (ValueError, OverflowError):
            return cell_text(cell.value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return cell_text(cell.value)


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
