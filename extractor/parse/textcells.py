"""Rows and cells of a text copy that the copy spread over lines or ran together.

A table copied as text keeps one row a line only while no cell holds a line
break and no line break is lost.  Two copies break that rule in ways a reader
can undo, and all are undone here, on the lines, before a text-grid parser
(``parse/textgrid.py``) cuts them into cells:

- **Quoted cells** (``join_quoted_cells``): a spreadsheet pastes a row as TAB-separated
  cells and quotes a cell holding a line break as CSV does
  (``1<TAB>做甲<TAB>"县商务局⏎县财政局"<TAB>6月底``), so the row runs on to the line
  where the quote closes; a quote inside such a cell is doubled (``""``).
- **Indentation**: the locate stage strips every line, and a TAB copy's empty cells at
  a line's ends are TABs; ``indented_lines`` finds the lines as the input printed them
  (a space-aligned table's columns, ``parse/textcolumns.py``, need them too).
- **A Markdown table run into one line** (``split_run_on_bar_rows``): a mirror that lost
  the line breaks glues the rows (``| 序号 | 工作任务 || 1 | 做甲 |``), the table title in
  front; its ``|---|---|`` rule says how many cells a row has, so the rows are cut again
  by counting cells.  Run into a notice that lost all its breaks, such a table and one of ``a | b |`` rows with no
  rule are cut earlier, by the locate stage (``parse/barruns.py``).
- **A row's label on a line of its own** (``join_label_rows``): a PDF's copy sets an item's or a heading's number
  alone on its line and the rest of the row on the next (``3.`` / ``按时回复… | 各科室 | |``); the label opens the
  row's first cell again.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..numbering import is_bare_label
from ..text import PINYIN_GLOSS_RE

#: a quoted cell closes within this many lines of where it opens: pasted cells hold a few
#: unit names or sentences; a quote still open after that many lines is a stray quote
#: mark in the text, not a cell, and the lines stay as they are
QUOTED_CELL_MAX_LINES = 12

_START, _PLAIN, _QUOTED, _QUOTE_IN_QUOTED = range(4)


def join_quoted_cells(lines: list[str], sep: str = "\t") -> list[str]:
    """``lines`` with each row whose quoted cell runs over several lines joined
    into one line, the cell's line breaks kept as ``\\n``.  Only a quote that
    opens a cell and closes within ``QUOTED_CELL_MAX_LINES`` lines, in a row
    holding ``sep``, joins anything."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        record, j = lines[i], i
        while _ends_in_open_quote(record, sep) and j + 1 < len(lines) and j + 1 - i < QUOTED_CELL_MAX_LINES:
            j += 1
            record = f"{record}\n{lines[j]}"
        if j > i and sep in record and not _ends_in_open_quote(record, sep):
            out.append(record)
            i = j + 1
        else:
            out.append(lines[i])
            i += 1
    return out


def _ends_in_open_quote(text: str, sep: str) -> bool:
    """True when a cell of ``text`` opens with a quote that has not closed by its end
    (CSV rules: a quote only opens at a cell's start; ``""`` inside is a quote)."""
    if '"' not in text:
        return False
    state = _START
    for ch in text:
        if state == _START:
            state = _QUOTED if ch == '"' else (_START if ch == sep else _PLAIN)
        elif state == _PLAIN:
            state = _START if ch == sep else _PLAIN
        elif state == _QUOTED:
            state = _QUOTE_IN_QUOTED if ch == '"' else _QUOTED
        else:   # after a quote inside a quoted cell: "" is a quote, else the cell closed
            state = _QUOTED if ch == '"' else (_START if ch == sep else _PLAIN)
    return state == _QUOTED


def unquote_cell(cell: str) -> str:
    """A cell's text without the quotes a spreadsheet put around it (``"A⏎B"`` ->
    ``A⏎B``, ``""`` -> ``"``); a cell that is not quoted that way is kept as printed
    (``"双随机"监管`` is text with quotation marks)."""
    if len(cell) < 2 or cell[0] != '"' or cell[-1] != '"':
        return cell
    inner = cell[1:-1]
    if inner.replace('""', "").count('"'):
        return cell   # a lone quote inside: not a quoted cell
    return inner.replace('""', '"')


def indented_lines(lines: list[str], raw_text: str, trailing_tabs: bool = False) -> list[str]:
    """``lines`` as the input printed them, leading white space kept: the locate stage
    strips every line, which loses where a wrapped rest stands (and, with
    ``trailing_tabs``, the TABs at a line's end: a TAB copy's empty last cells).  Each
    line is found, in order, among the raw lines; one that is not (the locate stage
    changed it) stays as it is.  A record ``join_quoted_cells`` ran over several lines is found by
    its lines in turn: it keeps the first one's indentation (a TAB copy's empty first cell) and the
    last one's end."""
    raw = printed_lines(raw_text)
    at: dict[str, list[int]] = {}
    for j, r in enumerate(raw):
        at.setdefault(r.strip(), []).append(j)
    out, k = [], 0
    for line in lines:
        rows, j = [], k
        for part in line.split("\n") if line.strip() else ():
            found = at.get(part.strip(), [])
            n = bisect_left(found, j)
            if n == len(found):
                break
            rows.append(found[n])
            j = found[n] + 1
        if not rows or len(rows) < line.count("\n") + 1:
            out.append(line)
            continue
        first, last = raw[rows[0]], raw[rows[-1]].rstrip(_SPACE_BUT_TAB if trailing_tabs else None)
        out.append(first[:len(first) - len(first.lstrip())] + line.strip() + last[len(last.rstrip()):])
        k = rows[-1] + 1
    return out


_SPACE_BUT_TAB = " \u3000\xa0\r\n\f\v"


def printed_lines(raw_text: str) -> list[str]:
    """The input's lines as printed (indentation and columns kept), read as the locate stage reads
    every line: without a mirror's pinyin glosses (``局(ju)(ju)``; a mirror puts them into the text
    as it was laid out, so taking them out puts each column back where the copy printed it), and
    with a no-break space as a space (a browser's copy of a page laid out with ``&nbsp;``)."""
    if "\xa0" in raw_text:
        raw_text = raw_text.replace("\xa0", " ")
    return [PINYIN_GLOSS_RE.sub("", line) if "(" in line else line for line in raw_text.splitlines()]


#: a Markdown rule under a header: two or more ``---`` cells (``:---:`` aligned)
BAR_RULE_RUN_RE = re.compile(r"\|(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}")


def split_run_on_bar_rows(lines: list[str]) -> list[str]:
    """``lines`` with a Markdown table that lost its line breaks cut into one row a
    line: the rule's cells give the row width; the header is the last row before the
    rule, text before it (the table title) and after the last row stand on lines of
    their own.  A line whose cells do not come out in whole rows stays as it is."""
    out: list[str] = []
    for line in lines:
        m = BAR_RULE_RUN_RE.search(line) if "---" in line else None
        rows = _cut_bar_rows(line, m) if m and line.strip() != m.group() else None
        out.extend(rows if rows else [line])
    return out


def _cut_bar_rows(line: str, rule: re.Match) -> list[str] | None:
    width = rule.group().count("|") - 1
    before, after = line[:rule.start()].rstrip(), line[rule.end():]
    if not before.endswith("|"):
        return None
    head = before.split("|")[:-1]
    if len(head) < width + 1:
        return None
    prefix, header = "|".join(head[:-width]), head[-width:]
    tokens = after.split("|")
    body, rest = tokens[:-1], tokens[-1]
    if len(body) % (width + 1) or any(body[k].strip() for k in range(0, len(body), width + 1)):
        return None
    rows = [body[k + 1:k + 1 + width] for k in range(0, len(body), width + 1)]
    out = [prefix.strip()] if prefix.strip() else []
    out += [bar_line(header), rule.group()] + [bar_line(r) for r in rows]
    return out + ([rest.strip()] if rest.strip() else [])


def bar_line(cells: list[str]) -> str:
    return "|" + "".join(f" {c.strip()} |" if c.strip() else " |" for c in cells)


def bar_cells(line: str) -> list[str]:
    """The cells of a ``|`` row (``| a | b |``, its outer bars printed or not), each stripped: ``bar_line`` read back."""
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") else s
    return [c.strip() for c in s.split("|")]


def join_label_rows(lines: list[str], is_row) -> list[str]:
    """``lines`` with a line that is only a numbering label (``3.``, ``（2）``, ``一、``: ``numbering.is_bare_label``)
    joined to the row line right under it (``is_row``: a TAB or ``|`` row), which it opens: a PDF's copy set the
    row's first cell's label on a line of its own (``3.`` / ``按时回复… | 各科室 | |``).  Left apart, the label was
    read as the rest of the row above's last cell, or (``一、``) as a section's heading row of its own, and the row
    under it lost its label: the rows a group's label opens were no longer moved under their columns
    (``barshift.unshifted``) and their cells read one column off.  A label over a line that is no row (a heading's
    words, a paragraph) stays as it is."""
    out: list[str] = []
    for line in lines:
        if out and is_bare_label(out[-1].strip()) and line.strip() and is_row(line):
            out[-1] = out[-1].strip() + line.strip()
            continue
        out.append(line)
    return out


def join_broken_bar_rows(lines: list[str]) -> list[str]:
    """``lines`` with a ``|`` row the copy broke between two of its cells joined again: a line printing a cell
    mark between its words but no closing bar (``工作任务 | 具体要求``) followed by one that opens with the bar the
    break cut before and closes as a row does (``| 责任单位 |``) is one row (``工作任务 | 具体要求 | 责任单位 |``).
    Left apart, neither line held two marks, the header was no row and the table was not read (holdout
    semicells-taishan, batch 130: a mirror's dump broke its header so, and the page gave no row).  A line of
    one cell and its bar (``X |``, a one-cell-a-line dump's) or a law database's ``| X`` line is no such break."""
    out: list[str] = []
    for line in lines:
        if out and line.strip().startswith("|") and line.strip().endswith("|") and len(line.strip()) > 1:
            k = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)   # blank lines between
            above = out[k].strip() if k is not None else ""
            if "|" in above and not above.startswith("|") and not above.endswith("|"):
                out[k] = f"{above} {line.strip()}"
                del out[k + 1:]
                continue
        out.append(line)
    return out
