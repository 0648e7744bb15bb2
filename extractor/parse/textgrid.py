"""Stage 5b, text grids: tables that reached us as plain text.

One parser per form (docs/forms.md), each ``Located -> ParsedTable | None``
returning None when its form is absent.  Each builds a ``Grid`` and a
``Header`` and hands them to ``table.parse_grid``, so sections, numbers,
units and extra columns mean the same in every form:

- ``parse_pipe_text`` (``text-pipe``, in ``parse/textpipe.py``): a portal's table dumped
  one ``X |`` cell a line; a variant adds a 序号 column and cells wrapped over lines.
- ``parse_tab_text`` (``text-tab``): a word processor's copy, one row a
  line, cells split by TAB; a rowspan leaves its later cells empty.  The
  same with cells split by ``|`` (``text-bar``, Markdown-like dumps).
- ``parse_bl_text`` (``text-bl``, in ``parse/textbl.py``): one cell per line,
  blank lines between cells, a row opened only by a bare integer = previous + 1.
- ``parse_sp_text`` (``text-sp``, in ``parse/textsp.py``): one row a line, cells split by
  spaces, the header letter-spaced (``工 作 任 务``); its header, where such a table starts
  (``sp_header``), is found here, as every form's first grid line is (``grid_start_line``).
- ``parse_box_text`` (``text-box``, in ``parse/textbox.py``): box-drawing
  borders, cells wrapped inside words, unit cells spanning several task rows.

Cells a copy spread over several lines (quoted, wrapped) are put back
together by ``parse/textcells.py``.
"""
from __future__ import annotations

import logging

from .barlevels import level_columns
from .grid import Cell, Grid, is_box_line, is_pipe_line, opens_pipe_cell, opens_with_lone_bar
from ..models import TABLE_MARK, Located, ParsedTable
from ..text import compact, fold, is_attachment_mark, opens_part
from .barshift import (header_over_shifted as _header_over_shifted, is_short_bar_row, is_span_row as _is_span_row,
                       merged_down, numbered_short_rows, unshifted as _unshifted)
from ..numbering import MEASURE_RE, measures_numbered_by_place
from .inline import read_range_line
from .textcells import (bar_cells as _bar_cells, indented_lines, join_broken_bar_rows, join_label_rows, join_quoted_cells,
                        split_run_on_bar_rows, unquote_cell)
from .table import merge_parsed, parse_grid
from .tableheads import heads_table
from .transposed import prints_no_numbers
from .tableheader import Header, find_header, role_of, same_header
from .textcolumns import split_header_words
from .textrows import SECTION_LINE_RE as _SECTION_ROW_RE   # a section label opening a full-width row
from ..lazyre import lazy_re

log = logging.getLogger(__name__)


def text_lines(located: Located) -> list[str]:
    """The content lines of a text input (HTML tables' place markers dropped)."""
    return [ln for ln in located.lines if not ln.startswith(TABLE_MARK)]


def header_of(names: list[str], body: Grid | None = None, max_rows: int = 1) -> Header | None:
    """The header for text-grid column ``names`` (None without >= 2 roles): one
    row, or with ``max_rows=2`` also merged with a sub-header first body row
    (责任单位 over 牵头单位 | 配合单位), whose ``rows`` is then 2."""
    if sum(1 for n in names if role_of(n)) < 2:
        return None
    found = find_header([[text_cell(n, 0, c) for c, n in enumerate(names)]] + (body or []))
    if found is None or found.rows > max_rows:
        return None
    return found


def heads_rows(lines: list[str], at: int, is_row, cells_of) -> Header | None:
    """The header the row line ``lines[at]`` prints (``cells_of`` its cells), its words alone or, where they name no
    task or unit column, with the row lines under it (``is_row``): a header naming only a section word, a number and a
    deadline (序号 | 主要任务 | 时间节点) heads a task table when the cells under its section word carry their own
    units (``……。牵头单位：A，配合单位：B``: ``tableheader._cells_assign``), as a page's table is read.  Before, a
    TAB or ``|`` copy of such a table was no table: its rows were lost or read as paragraphs."""
    names = cells_of(lines[at])
    found = header_of(names)
    if found is not None or sum(1 for n in names if role_of(n)) < 2:
        return found
    body = [[text_cell(c, r, k) for k, c in enumerate(cells_of(ln))]
            for r, ln in enumerate(ln for ln in lines[at + 1:] if is_row(ln))]
    return header_of(names, body) if body else None


def settled_by_rows(names: list[str], body: Grid, header: Header) -> Header:
    """``header``, found by the column ``names`` alone, with what each column holds settled by
    the ``body`` rows under it (``columns.settle_roles``), as every form's table is: 主要任务 heads
    the tasks of one table and the groups of another, a column no word names may hold the tasks.
    A reader that must find its header before it can cut its rows (a pipe dump, a box-drawn table)
    settles it so once it has them; where the first body row reads as a sub-header, ``header``
    stays as the words gave it."""
    return header_of(names, body) or header


def text_cell(text: str, row: int, col: int) -> Cell:
    """A grid cell holding ``text`` (empty text -> no parts); a line break inside
    (a quoted cell of a paste) separates parts, as ``<br>`` does in HTML."""
    return Cell(tuple(p for p in (q.strip() for q in text.split("\n")) if p), (row, col))


def is_row_across(line: str) -> bool:
    """A line of a text table standing apart from its rows that is a row across the table: a
    section's heading (``一、…``) or a range row naming the rows it covers (``以上两项由X牵头…``,
    read by ``cellclause.range_row`` as a table's row across it is)."""
    return bool(_SECTION_ROW_RE.match(line)) or read_range_line(line) is not None


def span_row(text: str, ncols: int, row: int) -> list[Cell]:
    """A full-width row (a section heading): one cell spanning every column,
    as an HTML colspan would be, so ``parse_grid`` reads it as a section."""
    return [Cell((text.strip(),), (row, 0), col_copy=c > 0) for c in range(ncols)]


def grid_start_line(lines: list[str]) -> int | None:
    """Index of the first line of a pipe, tab, bar or box grid, or of a text-sp header, or
    None (``forms.first_grid_line`` asks text-bl's header too)."""
    starts = []
    for i, line in enumerate(lines):
        if is_link_bar(lines, i):
            continue    # a page's bar of links printed with pipes (首页 | 登录 |), no table
        if opens_with_lone_bar(lines, i):
            continue    # a bare bar opening the copy (a forum's ``|`` over 马上注册…): no cell above it to close, no row
        if (is_pipe_line(line) or is_box_line(line)
                or ("\t" in line and heads_rows(lines, i, lambda ln: "\t" in ln, _tab_cells))
                or (_is_bar_row(line) and heads_rows(lines, i, _is_bar_row, _bar_cells))):
            # a bare ``|`` closes the cell on the line above (a dump printing a pipe line under each cell):
            # that cell is the grid's first, no line over it (holdout cellpipe-chizhou: 工作任务 / | / 具体要求 / |)
            # so does a ``| X`` line a law database breaks before each pipe: the row's first cell is on the line above
            # (holdout pipecont-huzhou: ``一`` / ``| 加强…``, the group's numeral was the table's title)
            starts.append(i - 1 if closes_cell_above(lines, i) or _first_cell_above(lines, i) else i)
            break
    sp_start, _ = sp_header(lines)
    starts += [sp_start] if sp_start is not None else []
    return min(starts) if starts else None



def _first_cell_above(lines: list[str], at: int) -> bool:
    """``lines[at]`` opens a cell with its pipe (``| X``, no pipe closing it) under a line of text printing none: that
    line is the row's first cell, as ``textpipe.parse_pipe_text`` reads it."""
    return opens_pipe_cell(lines[at]) and at > 0 and bool(lines[at - 1].strip()) and not is_pipe_line(lines[at - 1])


def closes_cell_above(lines: list[str], at: int) -> bool:
    """``lines[at]`` is a bare ``|`` closing the cell on the line above, in a dump printing each cell on a line
    and a ``|`` line under it (工作任务 / | / 具体要求 / |: the cell above is the grid's first), not a bare ``|``
    opening a row under a title (…分工 / | / 序号 | / 工作任务 |, where the cells end with their pipes)."""
    def bare(i: int) -> bool:
        return 0 <= i < len(lines) and lines[i].strip() == "|"

    def cell(i: int) -> bool:
        return 0 <= i < len(lines) and bool(lines[i].strip()) and not is_pipe_line(lines[i])
    return bare(at) and cell(at - 1) and cell(at + 1) and bare(at + 2)


#: a bar of links prints at least this many words between its pipes
LINK_BAR_MIN_WORDS = 2


def is_link_bar(lines: list[str], at: int) -> bool:
    """``lines[at]`` is a page's bar of links copied with pipes between them (智能问答 | 无障碍浏览 | |,
    首页 | 登录 | 注册 |), not a line of a pipe dump or a ``|`` table: a pipe line standing alone (no
    pipe line right above or under it: a dump prints its cells, and a table its rows, on lines
    in a row) that prints at least ``LINK_BAR_MIN_WORDS`` words between its pipes and none of them
    a column's name (``role_of``: a one-line table opens with its header).  Before, such a bar
    over a letter was read as the start of a text grid and the letter above none was read at all."""
    line = lines[at]
    if not is_pipe_line(line):
        return False
    near = [lines[j] for j in (at - 1, at + 1) if 0 <= j < len(lines) and lines[j].strip()]
    if any(is_pipe_line(n) or is_box_line(n) for n in near):
        return False
    words = [w.strip() for w in line.split("|") if w.strip()]
    if len(words) == 1 and not role_of(words[0]):
        # one word alone between pipes (| 返回法律法规 |, a law site's footer link under a notice: holdout
        # oneline-jingzhou, batch 57, where it made the last item the table's title): a link too, where no other
        # line of the page prints a pipe, so no pipe table stands anywhere for it to be a row of
        return sum(map(is_pipe_line, lines)) == 1
    return len(words) >= LINK_BAR_MIN_WORDS and not any(role_of(w) for w in words)


def header_at_top(header: Header) -> Header:
    """``header`` for a grid that holds body rows only."""
    return Header(0, header.roles, header.names)


def parse_body(grid: Grid, header: Header, form: str, before: int = 0) -> ParsedTable:
    """``table.parse_grid`` of ``grid``, body rows only, under ``header``; where the rows print no number (the
    header says so, ``Header.by_place``: a 序号 column printing nothing in any row, ``tableheader._numbers_nothing``;
    or the table has no 序号 column and no task cell opens with a number, ``transposed.prints_no_numbers``) they
    are numbered by their place, on from the ``before`` measures of the tables above, as a page's table is
    (``transposed.numbered_by_place``).  Before, a text copy of such a table gave every measure no number (the
    second case until session 55: holdout twicetasks-bureau, a 重点任务 | 工作内容 | 负责科室 grid)."""
    parsed = parse_grid(grid, header_at_top(header), form)
    return measures_numbered_by_place(parsed, before) if header.by_place or prints_no_numbers(parsed, header) \
        else parsed


# --- text-tab / text-bar: a word processor's copy, TAB- or |-separated cells ----------------------------------

def parse_tab_text(located: Located) -> ParsedTable | None:
    """Rows one a line with TAB between cells, from the header line to the
    last TAB line; a line without TABs between rows is a full-width section
    heading (``一、…``) or the rest of a last cell that held a line break.

    Without a TAB header, the same for rows whose cells are split by ``|``
    (``序号|工作任务|牵头单位`` or a Markdown-style ``| … | … |`` table;
    ``|---|---|`` rules skipped): a one-row-a-line dump, unlike text-pipe's one
    ``X |`` cell a line, which ``parse_pipe_text`` has tried first.
    """
    lines = text_lines(located)
    for is_row, cells_of, form in ((lambda ln: "\t" in ln, _tab_cells, "text-tab"),
                                   (_is_bar_row, _bar_cells, "text-bar")):
        # a spreadsheet's paste quotes a cell holding a line break: its row runs on over lines
        rows = join_quoted_cells(lines) if form == "text-tab" else level_columns(join_broken_bar_rows(split_run_on_bar_rows(lines)))
        # a row's label set on a line of its own (3. / 按时回复… | 各科室 |), a short row's too (8. / 继续深化… |)
        rows = join_label_rows(rows, is_row if form == "text-tab" else lambda ln: is_row(ln) or ln.strip().endswith("|"))
        printed = located.decoded.text if form == "text-tab" and located.decoded.format == "text" else None
        parsed = parse_row_lines(rows, is_row, cells_of, form, printed)
        if parsed is not None:
            return parsed
    return None


_BAR_RULE_RE = lazy_re(r"^[\s|:+\-=—]+$")   #: |---|:--| between a header and its rows


def mostly_bar_rows(pipe_lines: list[str]) -> bool:
    """A dump whose ``|`` lines mostly hold several cells (``| 1 | 做甲 | 市商务局 |``) is
    one row a line, text-bar's shape, not text-pipe's one cell a line."""
    # a line holding a bar alone (a row's empty last cell printed under it: ``…| 长期推进 |`` / ``|``) is no row either way
    counted = [ln for ln in pipe_lines if ln.strip() != "|"]
    return sum(1 for ln in counted if _is_bar_row(ln) or _is_bar_rule(ln)) * 2 > len(counted)


def _is_bar_rule(line: str) -> bool:
    """A Markdown dump's rule between header and rows (``|---|:--|``): a bare ``|`` line, a cell's close in
    a one-cell-a-line dump (text-pipe: holdout cellpipe-chizhou, every cell followed by one), prints no dash."""
    return bool(_BAR_RULE_RE.match(line)) and any(ch in line for ch in "-—=")


def _is_bar_row(line: str) -> bool:
    return line.strip().strip("|").count("|") >= 2 and not _BAR_RULE_RE.match(line)


def parse_row_lines(lines: list[str], is_row, cells_of, form: str, raw_text: str | None = None) -> ParsedTable | None:
    # a TAB copy's empty cells at a line's ends (under a span, beside 责任单位 over two
    # columns) are TABs the locate stage stripped: the lines as printed keep them, and the header is
    # found over them (a group column's cell printed in its first row only: 类别 | 序号 | 主要任务 over
    # ``⇥2⇥…``, whose cells stand under their columns only with the leading TAB)
    printed = indented_lines(lines, raw_text, trailing_tabs=True) if raw_text is not None else lines
    start = next((i for i, ln in enumerate(lines) if is_row(ln) and heads_rows(printed, i, is_row, cells_of)), None)
    if start is None:
        return None
    names = cells_of(printed[start].lstrip(_SPACE_BUT_TAB))
    end = max(i for i, ln in enumerate(lines)
              if is_row(ln) or (form == "text-bar" and i > start and is_short_bar_row(ln)))   # a short last row too
    grid: Grid = []
    parts: list[Grid] = []   # the lists before the current one, each closed by a line opening a part
    headed = 0   # the header printed again right under a section heading: one table per section
    short, short_rows = False, set()   # text-bar rows printing fewer cells than the header (barshift.is_short_bar_row)
    widths: list[int] = []   # the cells each row line printed (text-bar: barshift.numbered_short_rows)
    for i in range(start + 1, end + 1):
        line = lines[i]
        if _BAR_RULE_RE.match(line) and "|" in line:
            continue
        if grid and not is_row(line) and _opens_part_here(lines, i, is_row, cells_of, names):
            parts.append(grid)   # 附件2, or a list's own title: the rows after it are a list of their own
            grid = []
            continue
        if is_row(line) or (short := form == "text-bar" and bool(grid) and is_short_bar_row(line)):
            cells = cells_of(line)
            if short:
                short_rows.add(len(grid))   # the cells a merged cell of the source left out are not printed at all
            headed += bool(grid) and _is_span_row(grid[-1]) and same_header(tuple(cells), tuple(names))
            if len(cells) < len(names):   # a short row: its leading TABs are empty cells
                cells = [""] * min(_leading_tabs(printed[i]), len(names) - len(cells)) + cells
            widths.append(len(cells))
            grid.append(_tab_row(cells, names, len(grid)))
        elif is_row_across(line):
            grid.append(span_row(line, len(names), len(grid)))   # a section's heading, or a range row
        elif line.strip() and grid and not _is_span_row(grid[-1]):
            # a cell holding a line break: the copy puts its rest on a line of its own
            last = grid[-1][-1]
            grid[-1][-1] = Cell(last.parts + (line.strip(),), last.origin)
    if form == "text-bar":
        grid = numbered_short_rows(grid, widths, names)
        names = _header_over_shifted(names, grid)
        grid, parts = _unshifted(grid), [_unshifted(g) for g in parts]
    # a two-level header (责任单位 over 牵头单位 | 配合单位) prints its second row as the first
    # row under the header line (in a Markdown dump, under the |---| rule): it is header too
    grids = parts + [grid]
    header = header_of(names, grids[0], max_rows=2)
    if header and short_rows and not parts:
        grids[0] = merged_down(grids[0], short_rows, list(header.roles))
    if header and header.rows == 2:
        grids[0] = grids[0][1:]
    over = next((ln.strip() for ln in reversed(lines[:start]) if ln.strip()), "")
    if grids[0] and heads_table(over, headed):
        grids[0].insert(0, span_row(over, len(names), -1))   # the first table's heading, over its header
    if not header or not any(grids):
        return None
    results: list[ParsedTable] = []
    for g in grids:
        if g:
            results.append(parse_body(g, header, form, sum(len(r.measures) for r in results)))
    return merge_parsed(results)


def _opens_part_here(lines: list[str], i: int, is_row, cells_of, names) -> bool:
    """``lines[i]``, between a table's rows, opens a new part of the notice (``text.opens_part``):
    an attachment's mark, or a list's own title standing alone, a blank line over it or the
    header printed again under it (a cell's rest on a line of its own is neither)."""
    line = lines[i].strip()
    if not opens_part(line):
        return False
    if is_attachment_mark(line) or (i > 0 and not lines[i - 1].strip()):
        return True
    after = next((ln for ln in lines[i + 1:] if ln.strip()), "")
    return is_row(after) and same_header(tuple(cells_of(after)), tuple(names))


_SPACE_BUT_TAB = " \u3000\xa0"


def _leading_tabs(line: str) -> int:
    """The TABs in the white space that opens ``line`` as the input printed it."""
    return line[:len(line) - len(line.lstrip())].count("\t")


def _tab_cells(line: str) -> list[str]:
    return [unquote_cell(c.strip()) for c in line.split("\t")]


def _tab_row(cells: list[str], names: list[str], r: int) -> list[Cell]:
    """One TAB row.  The empty cells a rowspan leaves in front are lost
    when the line is stripped (``\t2、…`` -> ``2、…``), so a short row that
    starts with a measure label is put back under the measure column."""
    ncols = len(names)
    roles = [role_of(n) for n in names]
    if r == 0 and len(cells) < ncols:
        cells = _sub_header_cells(cells, names) or cells
    if len(cells) < ncols and MEASURE_RE.match(fold(cells[0])) and "measure" in roles:
        cells = [""] * min(roles.index("measure"), ncols - len(cells)) + cells
    if len(cells) > ncols:
        cells = cells[:ncols - 1] + [" ".join(cells[ncols - 1:])]
    cells = cells + [""] * (ncols - len(cells))
    return [text_cell(c, r, i) for i, c in enumerate(cells)]


def _sub_header_cells(cells: list[str], names: list[str]) -> list[str] | None:
    """The second row of a two-level header whose leading empty cells the copy
    stripped (``牵头单位\t配合单位``): its words go under the header cell they
    split, the one followed by as many empty header cells (责任单位, "")."""
    words = [c for c in cells if c]
    if len(words) < 2 or not all(role_of(w) for w in words):
        return None
    k = len(words)
    at = next((i for i in range(len(names) - k + 1)
               if names[i] and not any(names[i + 1:i + k])), None)
    return None if at is None else [""] * at + words + [""] * (len(names) - at - k)


# --- text-sp's header: where a text-sp table starts (its rows: parse/textsp.py) ---------------

def sp_header(lines: list[str]) -> tuple[int | None, list[str]]:
    """(index, column names) of the first text-sp header among ``lines`` (``sp_header_names``), or (None, []):
    where a text-sp table starts, which ``grid_start_line`` asks of every grid, and ``textsp.parse_sp_text`` reads
    its rows under."""
    for i, line in enumerate(lines):
        names = sp_header_names(line)
        if names:
            return i, names
    return None, []


#: a text-sp header line is at most this long (white space aside)
SP_HEADER_MAX_CHARS = 40


def sp_header_names(line: str) -> list[str]:
    """The column names of ``line`` when it is a text-sp header (spaces between its words, a number
    column first or second after a group column, three roles named at least), else []."""
    if " " not in line.strip() or len(compact(line)) > SP_HEADER_MAX_CHARS or _is_bar_row(line):
        return []   # (a ``|`` between the names: text-bar's header, its rows read by their pipes)
    names = split_header_words(line)
    roles = [role_of(n) for n in names]
    if len(names) >= 3 and "number" in roles[:2] and roles[0] in ("number", "section") \
            and sum(1 for r in roles if r) >= 3:
        return names
    return []
