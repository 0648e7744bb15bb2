"""CSV text for Excel-safe exports: rows of values in, text out.

Its own module because the text is made in two places: by the exporters, and
by ``rows.notice_record`` (in ``--jobs`` workers, so the one writer process
only copies it to the file).  A cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return runs as a formula in a spreadsheet, so
such cells get a leading ``'`` (docs/libraries.md).
"""
from __future__ import annotations

import csv
import io
import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: where a cell of CSV text (searched with a "\n" put before it) may start with
#: a formula mark: after a line break or a comma, quoted or not.  Unquoted, a
#: "\r" there is the line end (csv quotes a cell holding one).  Inside a quoted
#: cell it can only give a false alarm, which costs the slow path, never a
#: missed cell.  No ^ alternation: that made the search three times slower.
_MAYBE_FORMULA = re.compile('[,\n](?:"[' + re.escape("".join(_FORMULA_START)) + ']|['
                            + re.escape("".join(c for c in _FORMULA_START if c != "\r")) + "])")


def spreadsheet_safe(value) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_text(rows) -> str:
    """Rows of values (in column order) as CSV lines, formula cells made safe.

    The rows go through csv's C writer as they are; only when the text might
    hold a formula cell are they written again cell by cell (a Python step per
    cell was a third of the writer's time, and such cells are rare).
    """
    text = _plain_csv(rows)
    if _MAYBE_FORMULA.search("\n" + text):
        text = _plain_csv([[spreadsheet_safe(v) for v in row] for row in rows])
    return text


def csv_fields(values) -> str:
    """Some consecutive cells of a row as CSV text, without a line end, formula
    cells made safe: pieces of a line that ``csv_text`` would write the same,
    for rows that share them (quoting is decided cell by cell).  At least two
    values: csv writes a row of one empty cell as ``""``."""
    return _plain_csv([[spreadsheet_safe(v) for v in values]])[:-2]


def _plain_csv(rows) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)   # None is written as an empty cell
    return buffer.getvalue()
