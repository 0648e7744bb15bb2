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


#: a cell of unquoted CSV text that starts with a formula mark, after the comma
#: before it (``plain_or_csv``): a literal first character lets the regular
#: expression engine skip from comma to comma, five times quicker than ``_MAYBE_FORMULA``
_FORMULA_AFTER_COMMA = re.compile(",[" + re.escape("".join(c for c in _FORMULA_START if c != "\r")) + "]")


def plain_or_csv(text: str, rows, commas: int, quotes: int) -> str:
    """``csv_text(rows)``, given ``text``: the same rows' lines as the caller put them
    together without quoting - each cell's ``str`` (None as empty) joined by commas,
    ``\r\n`` after each row - where each line starts with a piece ``csv_fields`` made,
    and such pieces are the only ones that may be quoted.  ``commas`` and ``quotes``:
    how many of each ``text`` holds if no other cell holds one.

    When it holds no more, and no line break but the rows' ends, no cell needed
    quoting; when no comma is then followed by a formula mark, no cell needed a
    guard either, and ``text`` is what the csv writer gives for ``rows``.  Otherwise
    the rows go through ``csv_text``.  Counting is a few instructions a character;
    the C csv writer spent about 90 on each (every cell's characters are looked at
    twice, each against the line terminator by a function call).
    """
    n = len(rows)
    # (no quote expected, as in most notices: ``in`` finds one several times quicker than ``count`` counts)
    if (text.count(",") == commas and (text.count('"') == quotes if quotes else '"' not in text) and text.count("\n") == n
            and text.count("\r") == n and not _FORMULA_AFTER_COMMA.search(text)):
        return text
    return csv_text(rows)


def csv_line(row) -> str:
    """``csv_text([row])`` for a row of at least two cells (notices.csv: a line a notice):
    ``csv_fields`` and the line end.  Setting the writer up for one row cost several
    times the row."""
    return csv_fields(row) + "\r\n"


def csv_fields(values) -> str:
    """Some consecutive cells of a row as CSV text, without a line end, formula
    cells made safe: pieces of a line that ``csv_text`` would write the same,
    for rows that share them (quoting is decided cell by cell).  At least two
    values: csv writes a row of one empty cell as ``""``.

    The cells' ``str`` (None as empty) joined by commas, when that is what the csv
    writer gives: no cell holds a comma, a quote or a line break (nothing to quote)
    and none starts with a formula mark (nothing to guard; a number's ``str`` is
    what the writer prints for it).  Otherwise, through the writer: setting it up
    cost about ten times the join, and a notice asks for four such pieces besides
    its units' (``rows``)."""
    cells = ["" if v is None else str(v) for v in values]
    text = ",".join(cells)
    if (text.count(",") == len(cells) - 1 and '"' not in text and "\n" not in text and "\r" not in text
            and not any(cell.startswith(_FORMULA_START) for cell in cells)):
        return text
    return _plain_csv([[spreadsheet_safe(v) for v in values]])[:-2]


def _plain_csv(rows) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)   # None is written as an empty cell
    return buffer.getvalue()
