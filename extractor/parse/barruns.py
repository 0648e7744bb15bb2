"""A bar table run into a notice that lost its line breaks, cut back into its rows (``bar_table_parts``).

A mirror that drops a notice's line breaks glues a text-bar table's rows together with the letter around them: the
rows close with their bar, so ``序号 | 工作任务 | 责任单位 |1 | 做甲。 | 市财政局 |2 | …`` still parts every cell, but
nothing parts one row from the next, and the locate stage's joints (item numbers, label words: ``负责科室 |``) cut the
table wherever a cell holds one, so no row was read.  Two shapes are cut back by counting cells:

- a Markdown table (``| h | h ||---|---|| c | c || c | c |``): its rule says how many cells a row has; a row opens
  right after the one before closes, and any text the copy printed between two rows (a page's footer and the title
  printed again over the next page: ``…|第1页 共2页某县…方案| 4 |…``) is the page's, a part of its own;
- ``a | b |`` rows with no rule under a header of column words (``_header_cells``): the header's cells give the width,
  and every row prints as many cells, the first never empty (a table whose merged cells were left out of the rows
  under their first, or printed empty there, is not cut: its rows' widths differ, or the count lands on an empty cell
  where a row would open).

A third shape is cut where the rows joined, whatever their widths: a dump that parts its cells with ``a | b`` and closes
every row with its bar, spaced (``… | 2022年9月底 | |``), keeps the place each line broke as a bar glued to the
character after it (``| |（2）开展…``, ``| ||2 | …``), where no bar inside a row touches the text after it
(``_glued_rows``).  Its rows may print any number of cells (merged cells left out of the rows under their first, down
to a row of one cell closed by its bar, ``…配合 |2.做好…。 |二、…``; a heading row ``一、… | ||||||``; a header's second
line of fewer cells), so it reads the tables the cell count leaves whole, and it is asked first: the glued bars are the copy's own line ends, where a count can land on the wrong cell
and still come out even (a two-line header of 4 and 3 cells over rows of 5).  A dump that prints its bars unspaced
(``a|b|``) or rows joined with a space shows no line's end, and only the count reads it; a bar glued to the text
before it but spaced from the cell after it (``具体要求| 责任单位 |``) is no such dump's but a line that opened with its bar
run on (a header the copy broke between two cells), printed spaced in its row.  A header may open right after the
table's title printed as a one-cell row (``…重点任务台账 |序号 | 工作任务 | …``): the title's bar is glued to the first
column word, and the title stays with the text before the table.

The text before the table (the letter, the table's title) and after it are parts of their own, cut as any line of a
notice that lost its breaks (``runon.split_run_on``); the rows stay one a line for the text-bar reader
(``textgrid``).  docs/parsing.md, "A notice run into one line".
"""
from __future__ import annotations

import re
from functools import lru_cache

from .catalogue import names_column
from .roles import UNIT_ROLES, header_words
from .tableheader import HEADER_WORD_MAX_CHARS, role_of
from .textcells import BAR_RULE_RUN_RE, bar_line
from ..text import compare_key, vocab

#: a table run into a notice's one line is cut into rows only when it gives at least this many (one row could be a
#: sentence that happens to follow column words)
BAR_RUN_MIN_ROWS = 2


def bar_table_parts(line: str) -> list[tuple[str, bool]]:
    """``line`` (a notice that lost its line breaks) as (text, whether it is the table's lines) parts: a bar table
    run into it cut into its header and rows, one a line (``_run_on_bar_table``), the text before, between and after
    them parts of their own; ``[(line, False)]`` when no table reads so."""
    found = _run_on_bar_table(line) if line.count("|") > 2 * BAR_RUN_MIN_ROWS else None
    if found is None:
        return [(line, False)]
    before, pieces, after = found
    parts = [(piece.strip(), is_row) for piece, is_row in ((before, False), *pieces, (after, False)) if piece.strip()]
    return parts


def _run_on_bar_table(line: str) -> tuple[str, list[tuple[str, bool]], str] | None:
    """(text before the table, its lines with whether each is the table's, text after it) of a bar table run into
    ``line`` (module doc), or None."""
    rule = BAR_RULE_RUN_RE.search(line) if "---" in line else None
    if rule is not None:
        width = rule.group().count("|") - 1
        head = line[:rule.start()].rstrip().split("|")[:-1]
        tokens = line[rule.end():].split("|")
        body = tokens[:-1]
        if len(head) < width + 1 or len(body) < (width + 1) * BAR_RUN_MIN_ROWS or len(body) % (width + 1):
            return None
        before = "|".join(head[:-width])
        lines = [(bar_line(head[-width:]), True), (rule.group(), True)]
        for k in range(0, len(body), width + 1):   # the text between two rows, then the row
            lines += [*((gap, False) for gap in _page_between(body[k], before)), (bar_line(body[k + 1:k + 1 + width]), True)]
        return before, lines, tokens[-1]
    tokens = line.split("|")
    found = _header_cells(tokens)
    return _glued_rows(line, tokens[0]) or (found and _counted_rows(tokens, *found)) or None


def _counted_rows(tokens: list[str], before: str, width: int) -> tuple[str, list[tuple[str, bool]], str] | None:
    """The ``a | b |`` rows of a table under a header ``width`` cells wide, every row as wide (module doc), or None."""
    body, after = tokens[width:-1], tokens[-1]
    cut = len(body) % width
    if cut and after.strip() and len(body) > width * BAR_RUN_MIN_ROWS and body[-cut].strip():
        # the copy cut inside its last row (a store keeping a page's opening), no bar closing the line: the row as
        # far as printed (a row of other widths closes with its bar, and the line stays whole: below)
        body, after = body[:-cut], "|".join(body[-cut:] + [after])
        last = [(after.strip(), True)]
        after = ""
    else:
        last = []
    if len(body) < width * BAR_RUN_MIN_ROWS or len(body) % width or not all(c.strip() for c in body[::width]):
        return None   # rows of other widths, or a merged cell printed empty under its first (a row opening empty)
    rows = [[tokens[0][len(before):], *tokens[1:width]], *(body[k:k + width] for k in range(0, len(body), width))]
    return before, [(_row_line(cells), True) for cells in rows] + last, after


#: a table cut at its glued bars gives at least this many rows under its header: unlike a count of cells, the glued bar
#: shows where the copy's line broke, and the header names a unit's column, so one row is a table (a news item's table
#: of the one proposal it reports)
GLUED_RUN_MIN_ROWS = 1
#: a bar glued to the character after it, where the line before a row closed with its bar (``| |（2）…``, ``||2 |``)
_GLUED_BAR_RE = re.compile(r"(?<=[ |])\|(?=[^\s|])")
#: a bar glued to the characters on both sides of it (``底|2``, or closing the line: ``底|``): a dump that prints one
#: parts its cells unspaced, and a glued bar there tells no line's end.  A bar glued only to the text before it and
#: spaced from the cell after it (``具体要求| 责任单位 |``) is a line that opened with its bar (a header the copy broke
#: between two cells) run on after the line before it: a seam of the run-on copy, no unspaced dump
_UNSPACED_BAR_RE = re.compile(r"[^\s|]\|(?!\s)")
#: such a seam inside a row, printed spaced as the rest of the dump prints its bars
_SEAM_BAR_RE = re.compile(r"(?<=[^\s|])\|(?=\s)")


def _glued_rows(line: str, first: str) -> tuple[str, list[tuple[str, bool]], str] | None:
    """The rows of a bar table run into ``line`` (its first cell ``first``), cut where a bar is glued to the character
    after it (module doc): the header opens with a column word ending the first cell (``_header_opening``) and names a
    unit's column among its column words, every bar of the table is spaced from the text before it, and at least
    ``GLUED_RUN_MIN_ROWS`` rows follow the header, each printing a bar that parts two cells; the text after the last
    row's closing bar, when it parts no two cells (``…| 省财政厅 |分享到…微信 |``), is the page's after the table;
    or None."""
    at = _header_opening(first)
    if at is None:
        at = _header_after_title_cell(line)
    if at is None or _UNSPACED_BAR_RE.search(table := line[at:]):
        return None
    cuts = [m.start() + 1 for m in _GLUED_BAR_RE.finditer(table)]
    pieces = [table[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(table)])]
    after = pieces.pop() if " | " not in pieces[-1] else ""   # no cells parted: the page's text after the table
    if len(pieces) < 1 + GLUED_RUN_MIN_ROWS or not all(" | " in piece or piece.endswith(" |")
                                                       for piece in pieces if piece.strip("| ")) \
            or not any(" | " in piece for piece in pieces[1:]):
        return None
    roles = [role_of(cell) for cell in pieces[0].split("|")]
    if not any(role in UNIT_ROLES for role in roles) or sum(role is not None for role in roles) < 2:
        return None
    return line[:at], [(_SEAM_BAR_RE.sub(" |", piece), True) for piece in pieces], after


def _header_after_title_cell(line: str) -> int | None:
    """Where a header opens right after the table's title printed as a one-cell row of its own (``…重点任务台账 |序号 |
    工作任务 | 责任处室 |``): the line's first bar closes that cell and is glued to the header's first column word, and
    every cell up to the next glued bar is a column word (``tableheader.role_of``, ``catalogue.names_column``); or
    None.  The title's cell stays with the text before the table, as its own line stood over the header."""
    first = _GLUED_BAR_RE.search(line)
    if first is None or "|" in line[:first.start()]:
        return None
    at = first.end()
    end = _GLUED_BAR_RE.search(line, at)
    cells = line[at:end.start() if end else len(line)].split("|")[:-1]
    if len(cells) < 2 or not all(role_of(cell) is not None or names_column(cell) for cell in cells):
        return None
    return at


#: a page's footer (``第1页 共2页``, ``— 2 —``) is at most this many characters
PAGE_FOOTER_MAX_CHARS = 16


#: the table's title printed again over a page is at least this many characters (a shorter text ending the text before
#: the table may be any word)
RUNNING_TITLE_MIN_CHARS = 6


def _page_between(gap: str, before: str) -> list[str]:
    """The lines of the text between two rows (``第1页 共2页某县…方案``): the page footer opening it cut off as a line of
    its own (``[boilerplate] page_number_line``), which the locate stage drops as it drops such a line printed alone,
    and the rest dropped when it is the table's title printed again over the next page (the text before the table
    ends with it), as the running heads of a paged copy are (``layout/running.py``); other text stays a line."""
    text = gap.strip()
    end = next((k for k in range(min(len(text), PAGE_FOOTER_MAX_CHARS), 0, -1)
                if _page_number_re().fullmatch(text[:k].strip())), 0)
    rest = text[end:].strip()
    if len(rest) >= RUNNING_TITLE_MIN_CHARS and compare_key(before).endswith(compare_key(rest)):
        rest = ""
    return [text[:end], rest]


@lru_cache(maxsize=1)
def _page_number_re() -> re.Pattern:
    return re.compile(vocab()["boilerplate"]["page_number_line"])


def _header_cells(tokens: list[str]) -> tuple[str, int] | None:
    """(the text before the header in the first cell, the header's width) of ``a | b |`` cells opening with a header:
    the first cell's last words a column word as the vocabulary prints it (``roles.header_words``: ``…任务分解重点任务``
    is 重点任务 after the text before it), the cells after it column words too (``tableheader.role_of``), up to the first
    that names no column (a disclosure catalogue's own columns, 内容描述 | 公开方式, are column words too:
    ``catalogue.names_column``); the columns name a unit and at least one more."""
    first = tokens[0].rstrip()
    at = _header_opening(first)
    if at is None:
        return None
    width = 1 + next((k for k, cell in enumerate(tokens[1:-1]) if role_of(cell) is None and not names_column(cell)),
                     len(tokens) - 2)
    roles = [role_of(first[at:]), *map(role_of, tokens[1:width])]
    if width < 2 or not any(role in UNIT_ROLES or role == "lead" for role in roles):
        return None
    return first[:at], width


def _header_opening(first: str) -> int | None:
    """Where a header opens in the text before a line's first bar: at its last words when they are a column word as
    the vocabulary prints it (``roles.header_words``: ``…任务分解重点任务`` is 重点任务 after the text before it)."""
    first = first.rstrip()
    return next((k for k in range(max(0, len(first) - HEADER_WORD_MAX_CHARS), len(first))
                 if compare_key(first[k:]) in header_words()), None)


def _row_line(cells: list[str]) -> str:
    """A row of a bar table printed as a text-bar copy prints it (``a | b |``)."""
    return "".join(f"{c.strip()} | " for c in cells).rstrip()
