"""A comma dump run into one line, cut back into its rows (``comma_dump_parts``).

A document site's "text view" of a spreadsheet prints a table one row a line, its cells parted by a comma and the row
closed by one (``6 , 市规划局 , <duty>. ,``), a cell going on over more lines opening each with the comma (``, <more>. ,``;
parse/delimited.py reads them).  A mirror that drops the line breaks runs the rows together: each row's number stands
right after the comma that closed the row before (``…规划选址. ,7 , 市建委 , …``), and a row's next line right after the
closing commas of its line (``…考评. ,,, 督促…``: ``,,`` closed the line, ``, `` opens the next).  Read as prose, the
numbers inside the duties (``1.指导…``) cut the line, and no row was read (holdout dutycsv-unplaced's one-line copy).

Where at least ``DUMP_RUN_MIN_ROWS`` such row numbers follow each other one by one (6, 7, 8 …), each after a comma but
the first, the line is cut before each of them, and inside a row before each line opening with the comma after a
line's closing pair: the lines the dump printed, which the delimited reader reads as it reads the copy with its breaks.
The text before the first row is a part of its own, cut as any run-on text is (``runon.split_run_on``).
"""
from __future__ import annotations

import re

#: a run of row numbers one by one is a dump's rows when at least this many follow each other (two could be a count
#: and a date in a sentence: ``3 , 4 , `` is no table)
DUMP_RUN_MIN_ROWS = 3
#: a row's opening: its number and the comma after it, spaced as the dump spaces its cells
_ROW_RE = re.compile(r"(\d{1,3})[ \t]*,[ \t]")
#: a row's next line inside a run-on row: the line before closed by two commas, the next opening with one and a space
_NEXT_LINE_RE = re.compile(r",,(?=,[ \t]\S)")


def comma_dump_parts(line: str) -> list[tuple[str, bool]]:
    """``line`` (a notice that lost its line breaks) as (text, whether it is the dump's lines) parts: the rows of a
    comma dump run into it cut apart (module doc), the text before them a part of its own; ``[(line, False)]`` when
    no run of rows reads so."""
    starts = _row_starts(line)
    if not starts:
        return [(line, False)]
    parts = [(line[:starts[0]].strip(), False)] if line[:starts[0]].strip() else []
    for at, end in zip(starts, [*starts[1:], len(line)]):
        row = line[at:end]
        cuts = [m.end() for m in _NEXT_LINE_RE.finditer(row)]
        parts += [(piece.strip(), True) for piece in (row[a:b] for a, b in zip([0, *cuts], [*cuts, len(row)]))
                  if piece.strip()]
    return parts


def _row_starts(line: str) -> list[int]:
    """Where the rows of the longest run of row numbers one by one open (each after a comma but the first), when the run
    holds at least ``DUMP_RUN_MIN_ROWS``; else []."""
    if line.count(",") < 2 * DUMP_RUN_MIN_ROWS:
        return []   # most run-on lines: too few commas to hold a dump's rows
    found = [(m.start(), int(m.group(1))) for m in _ROW_RE.finditer(line)
             if m.start() == 0 or not line[m.start() - 1].isdigit()]
    best: list[int] = []
    for k, (at, number) in enumerate(found):
        run, want = [at], number + 1
        for later, n in found[k + 1:]:
            if n == want and _after_comma(line, later):
                run.append(later)
                want += 1
        if len(run) > len(best):
            best = run
    return best if len(best) >= DUMP_RUN_MIN_ROWS else []


def _after_comma(line: str, at: int) -> bool:
    """A comma stands right before ``line[at]``, spaces aside."""
    k = at - 1
    while k >= 0 and line[k] in " \t":
        k -= 1
    return k >= 0 and line[k] == ","
