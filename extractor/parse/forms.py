"""Stage 5, parse: detect the notice's form and run the parser for it.

Every form of ``PARSERS`` is tried, per document (never per site: one city
publishes in four forms or more: docs/forms.md), and every draft measure records
the form that produced it.  Each non-empty result is a candidate and the best
by a documented score wins (``candidates.py``: units filled, numbering
continuity; ties go to the earlier form below; a table and a text form that
both read the page are joined):

0. ``docx-table``, ``xlsx-table``, ``pdf-table``, ... - the tables of an
   attachment (``source/office``), a table's pieces over pages joined;
1. ``html-table`` - task tables of an HTML page (nested layout tables and
   metadata boxes skipped; several task tables are concatenated);
2. ``text-pipe``  - a portal's table flattened to one ``X |`` cell a line;
3. ``text-tab``   - a word processor's copy, TAB between cells (``text-bar``:
   ``|`` between cells, one row a line); then a table reached as delimited
   text the readers before it leave (a CSV, a table no header names:
   ``delimited.py``);
4. ``text-box``   - box-drawing borders;
5. ``text-bl``    - one cell a line, rows opened by a bare row number;
6. ``text-sp``    - one row a line split by spaces (or every row run into one line, no
   row number: ``flatrows.py``; or its cells and rows run together with nothing between
   them: ``runtable.py``);
7. labelled lines and inline assignments (``labelled.py``/``inline.py``),
   after the grids because a grid's cells may hold ``牵头单位：`` words too.
8. ``text-bl`` again, a PDF's table pasted one width-cut cell after another
   (``pdfcells.py``): its cells are told apart by their widths alone, so it is
   read only where none of the forms above gives a row.

A page where none applies is a normal outcome: no measures and a warning.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace

from .grid import Cell, html_grid, join_parts, own_rows, text_content
from .inline import parse_inline
from .labelled import parse_labelled
from ..models import TABLE_MARK, Located, ParsedTable, Section
from ..numbering import BARE_NUMBER_RE, section_numbers, split_measure_label, split_section_label
from ..text import PINYIN_GLOSS_RE, compact, opens_part
from .table import MIN_HEADED_TABLES, is_table_heading, merge_parsed, parse_grid
from .tableheads import heads_table, is_bare_table_heading
from .tableheader import header_key, reads_as_header_row, same_header
from .assign import mentions_roles
from .columns import full_width_text
from .candidates import Candidate, choose, form_of
from .textlayer import is_continuation_mark, prepare
from .textbox import parse_box_text
from .textbl import bl_header_line, line_cells_start, parse_bl_text
from .coderows import parse_coded_rows
from .flatrows import flat_header_line, parse_flat_text
from .runprojects import parse_run_projects
from .runtable import parse_run_text, run_header_line
from .pdfcells import parse_pdf_cells
from .textgrid import grid_start_line, parse_tab_text
from .textsp import parse_sp_text
from .textpipe import parse_pipe_text
from .delimited import parse_delimited_text
from .transposed import numbered_by_place, read_header
from .quotedplan import parse_quoted_plan
from .arearows import parse_area_rows

log = logging.getLogger(__name__)

NO_TABLE = "no task table or inline assignments found"
CUT_TABLE = "the page ends inside a table (truncated download?): its incomplete last row was dropped"
LEFT_OUT_PIECES = ("{n} table piece(s) without a header row, with other columns than the table "
                   "before them, were left out (a page of the table read differently?)")
UNCLOSED_TABLE = "the page ends inside a table (truncated download?): rows after the cut are missing"


def parse_html_tables(located: Located) -> ParsedTable | None:
    """Every task table of an HTML page, in page order; a page cut off
    inside a table keeps the rows before the damage, with a warning."""
    unclosed = bool(located.tables) and _ends_inside_table(located)
    cut_row = _cut_last_row(located) if unclosed else None
    pieces: list[tuple[list, object, int]] = []   # (grid, header, index of its first table)
    heads = table_headings(located.lines, first_row_keys(located.tables))
    titled = TitledTables(located.lines)
    continued = _tables_followed_by_table(located)
    last_task = None   # index of the last table that held a task table
    for i, table in enumerate(located.tables):
        found = _innermost_task_tables(table)
        if not found and last_task == i - 1 and i not in heads:
            found = _headerless_rest(table, pieces[-1][0], pieces[-1][1], sew=i not in titled)
            if found:
                _add_rest(pieces, found[0][1], i, i in titled)
                last_task = i
                continue
        for candidate, grid, header in found:
            if cut_row is not None and own_rows(candidate)[-1:] == [cut_row]:
                grid = grid[:-1]
            if len(found) == 1 and last_task == i - 1 and i not in heads and i - 1 in continued \
                    and _repeats_header(pieces[-1], grid, header):
                body = grid[header.rows:]   # 续表: the same table after a page break, its header printed again
                _sew_cut_row(pieces[-1][0], body, pieces[-1][1])
                pieces[-1][0].extend(body)
            else:
                pieces.append((list(grid), header, i))
            last_task = i
    if not pieces:
        return None
    merged = merge_parsed(numbered_by_place([(under_heading(parse_grid(grid, header, "html-table"), heads.get(i)),
                                               header) for grid, header, i in pieces]))
    warning = CUT_TABLE if cut_row is not None else UNCLOSED_TABLE if unclosed else None
    return merged if warning is None else ParsedTable(merged.sections, merged.measures,
                                                      merged.warnings + (warning,))


def parse_attachment_grids(located: Located) -> ParsedTable | None:
    """The tables of an attachment (``Located.grids``, from ``source/office``),
    a table continued over several pieces joined first (``join_continued``)."""
    lines = located.lines if located.grid_lines is None else located.grid_lines
    heads = table_headings(lines, grid_first_row_keys(located.grids))
    tables, left_out = join_continued(located.grids, heads, TitledTables(lines))
    results = numbered_by_place([(under_heading(parse_grid(grid, header, form), heads.get(first)), header)
                                 for grid, header, form, first in tables])
    if not results:
        return None
    merged = merge_parsed(results)
    if not left_out:
        return merged
    return replace(merged, warnings=merged.warnings + (LEFT_OUT_PIECES.format(n=left_out),))


def join_continued(grids, heads=(), titled=()) -> tuple[list[tuple[list, object, str, int]], int]:
    """(grid, header, form, index of its first piece) per task table of ``grids``
    (``(grid, form)`` pairs), and how many pieces without a header could not be
    joined to a table.

    A table goes on in a new piece after a page break (every page of a PDF,
    or a Word table cut by hand): a piece with the same columns and either
    no header or the same one (``same_header``: spaced out or in traditional
    characters in one piece only) continues the table before it (the repeated
    header is skipped by ``parse_grid``), unless a section heading of its own
    stands over it (``heads``: one sheet per section); a piece with no header under a title of its
    own (``titled``: 附件2, ``…项目清单``) is a list of its own, read with the header of the table
    before it (its section rows head nothing in it).  A row the break cut in
    two leaves its rest as the piece's first row, with no label in its task
    cell where the table's rows have one; that rest is sewn back onto the row above.
    A piece opened by a header row that is no task table's (序号 | 单位 | 联络员 |
    联系电话: a contacts form after the task table, in the same file or the next
    attachment) is another table: it neither continues the table nor counts as left out."""
    joined: list[tuple[list, object, str, int]] = []
    left_out = 0
    for i, (grid, form) in enumerate(grids):
        grid, header = read_header(grid) or (grid, None)
        if header is None and grid and reads_as_header_row(grid[0]):
            continue
        last = joined[-1] if joined else None
        continues = (last is not None and len(grid[0]) == len(last[0][0]) and i not in heads
                     and (header is None or (same_header(header.names, last[1].names)
                                             and not _another_list(last[0], last[1], grid, header))))
        if continues and header is None and i in titled:
            joined.append((last[0][:last[1].rows] + list(grid), last[1], form, i))
        elif continues:
            body = grid[header.rows if header else 0:]
            _sew_cut_row(last[0], body, last[1])
            last[0].extend(body)
        elif header is not None:
            joined.append((list(grid), header, form, i))
        elif last is not None and len(grid) > 1:
            left_out += 1   # after a task table, with other columns: a lost page of it, or a layout table
    return joined, left_out


def first_row_keys(tables) -> dict[int, str]:
    """Each HTML table's first row, its cells' words joined and folded (``header_key``): tables
    printing the same columns, one a part, share it.  A mirror's pinyin glosses go (``責(zé)任單位``), as the
    cell reader drops them: a mirror glosses a character in one table's header and not in the next's (holdout
    glosstables-kecheng; before, the first table's heading was taken for the table's title)."""
    out = {}
    for i, table in enumerate(tables):
        tr = next(table.iter("tr"), None)
        if tr is not None:
            row = compact("|".join(text_content(td) for td in tr if td.tag in ("td", "th")))   # 責 (zé) 任 too
            out[i] = header_key(PINYIN_GLOSS_RE.sub("", row) if "(" in row else row)
    return out


def grid_first_row_keys(grids) -> dict[int, str]:
    """Each attachment grid's first row (``(grid, form)`` pairs), as ``first_row_keys`` keys an HTML
    table's: the tables of a .doc or .docx laid out one a part under unnumbered headings print the
    same columns, so ``table_headings`` reads those headings as it reads a page's."""
    return {i: header_key("|".join(cell.text for cell in grid[0] if not cell.col_copy))
            for i, (grid, _form) in enumerate(grids) if grid}


def table_headings(lines: tuple[str, ...], headers: dict[int, str] | None = None) -> dict[int, Section]:
    """Section headings printed right over tables, by table index: headings as
    paragraphs between one table per section (一、做强实体经济 / table / 二、… /
    table), or a workbook's sheet per section with its own section row; where only one
    table has one, a heading naming a list (``tableheads.heads_table``).  ``lines`` hold a
    ``TABLE_MARK`` line where each table stands."""
    found: dict[int, str] = {}
    bare: dict[int, str] = {}   # unnumbered lines over tables (王某某市长主抓重点工作 / table / …)
    previous = ""
    for line in lines:
        if not line.startswith(TABLE_MARK):
            previous = line.strip()
            continue
        if line[len(TABLE_MARK):].isdigit():
            if is_table_heading(previous) and split_section_label(previous)[2]:
                found[int(line[len(TABLE_MARK):])] = previous
            elif is_bare_table_heading(previous):
                bare[int(line[len(TABLE_MARK):])] = previous
        previous = ""
    if headers and bare:
        # one table a part prints the same columns in every part: only the tables sharing the commonest
        # first row count (a metadata box laid out as a table under the column's name is none of them)
        common = Counter(headers.get(i) for i in bare).most_common(1)[0][0]
        bare = {i: line for i, line in bare.items() if common is not None and headers.get(i) == common}
    if headers and not found and len(bare) >= MIN_HEADED_TABLES and len(set(bare.values())) == len(bare):
        # one table per part, each under a short unnumbered line of its own (a progress report's tables
        # per leader, 王某某市长主抓重点工作: holdout halfyear-huzhou): the lines head their tables, numbered
        # by place as unnumbered headings are (tests/fixtures/README.md "sections")
        return {i: Section(n, None, line) for n, (i, line) in enumerate(sorted(bare.items()), 1)}
    return {i: Section(*split_section_label(line)) for i, line in found.items() if heads_table(line, len(found) - 1)}


def under_heading(parsed: ParsedTable, section: Section | None) -> ParsedTable:
    """A table's measures under the heading printed over it, when its own rows
    name no section."""
    if section is None or any(d.section for d in parsed.measures):
        return parsed
    return replace(parsed, sections=(section,), measures=tuple(replace(d, section=section) for d in parsed.measures))


def _sew_cut_row(rows: list, body: list, header) -> None:
    """Join ``body``'s first row onto ``rows``' last when it is the rest of it.  A row across
    the whole table (a section row, ``二、加快产业转型升级``, opening the piece after the break)
    is a row of its own, never the rest of a row whose cells it does not share: sewn on, its
    text ended the last task and its number and title became that row's last units."""
    if not body or len(rows) <= header.rows or not any(c.text for c in body[0]):
        return
    first, last = body[0], rows[-1]
    if full_width_text(first) is not None and full_width_text(last) is None:
        return
    if _row_label(first, header) is None and _row_label(last, header) is not None:
        rows[-1] = [Cell(a.parts[:-1] + (join_parts(a.parts[-1:] + b.parts[:1]),) + b.parts[1:]
                         if a.parts and b.parts else a.parts + b.parts, a.origin, a.row_copy, a.col_copy)
                    for a, b in zip(last, first)]
        del body[0]


def _row_label(row: list, header) -> str | None:
    """The row's 序号 cell, else the label opening its task cell (``3、``), else None."""
    if "number" in header.roles:
        return row[header.roles.index("number")].text or None
    if "measure" in header.roles:
        return split_measure_label(row[header.roles.index("measure")].text)[1]
    return None


#: the parsers in the order they are tried; labelled.parse_labelled and
#: inline.parse_inline (another module each) are added after the text grids
PARSERS = (
    parse_attachment_grids,
    parse_html_tables,
    parse_pipe_text,
    parse_tab_text,
    parse_delimited_text,
    parse_box_text,
    parse_bl_text,
    parse_coded_rows,
    parse_sp_text,
    parse_flat_text,
    parse_run_text,
    parse_run_projects,
    parse_labelled,
    parse_inline,
)


#: the parsers that read tables (an attachment's, an HTML page's); every other
#: one reads the lines outside them
TABLE_PARSERS = (parse_attachment_grids, parse_html_tables)
#: forms asked only of a page no parser above reads: a report quoting ONE measure of the plan it checks
#: (parse/quotedplan.py; holdout quotedplan-ganzi, batch 116)
FALLBACK_PARSERS = (parse_quoted_plan, parse_area_rows)


def parse_body(located: Located) -> ParsedTable:
    """Sections and draft measures of one notice: every form that applies
    proposes a candidate, the best by ``candidates.Candidate.score`` wins."""
    printed, located = located, prepare(located, cells_from=line_cells_start(located.lines))
    candidates = []
    roles = None   # whether a line outside the tables names a role (asked once, when needed)
    for order, parser in enumerate(PARSERS):
        if candidates and parser not in TABLE_PARSERS and roles is None:
            roles = mentions_roles(located)
        if candidates and parser not in TABLE_PARSERS and not roles:
            break   # a table was read and no line outside it names a role: nothing to add
        parsed = parser(located)
        if parsed is not None and parsed.measures:
            candidates.append(Candidate(form_of(parsed), order, parsed))
    for parser in FALLBACK_PARSERS if not candidates else ():
        parsed = parser(located)
        if parsed is not None and parsed.measures:
            candidates.append(Candidate(form_of(parsed), len(PARSERS), parsed))
            break
    if not candidates and (cells := parse_pdf_cells(printed)) is not None and cells.measures:
        # a PDF's cells pasted as width-cut runs: told apart by widths alone, so read only where no form reads a
        # row, and in the lines as printed (the text layer joins a line closing with 、 to the next: no width then)
        candidates.append(Candidate(form_of(cells), len(PARSERS), cells))
    if not candidates:
        return ParsedTable(warnings=(NO_TABLE,))
    if log.isEnabledFor(logging.DEBUG):   # each score reads every measure: only when it is shown
        log.debug("%s: candidates %s", located.decoded.raw.path,
                  ", ".join(f"{c.name} {c.score:.1f}" for c in candidates))
    return unique_section_numbers(choose(located, candidates))


def first_grid_line(lines: list[str]) -> int | None:
    """Index of the first line of a text grid of any form (pipe, tab, bar, box,
    text-bl header, text-sp header), or None: the cover letter ends above it."""
    starts = [i for i in (grid_start_line(lines), bl_header_line(lines), flat_header_line(lines), run_header_line(lines))
              if i is not None]
    return min(starts) if starts else None


def unique_section_numbers(parsed: ParsedTable) -> ParsedTable:
    """``parsed`` with one number per section, listing only the sections that hold a measure:
    a notice whose tables (or parts) each restart at 一、 has two sections numbered 1, which
    would make the section a measure belongs to ambiguous.  Where numbers repeat, every section
    is numbered by its place in the notice (``numbering.section_numbers``, as the
    outline's headings are); ``label`` keeps the number as printed."""
    held = {d.section for d in parsed.measures}
    # the same section listed again is that section; one holding no measure (a table's section
    # row over no row, a heading over no item) is no section and takes no place (README "sections")
    sections = [s for s in dict.fromkeys(parsed.sections) if s in held]
    # (a copy only of a section whose number changes: most notices' numbers are kept as printed)
    numbered = [s if s.no == no else replace(s, no=no)
                for s, no in zip(sections, section_numbers([s.no for s in sections]))]
    renumbered = {s: n for s, n in zip(sections, numbered) if n is not s}
    if not renumbered and len(sections) == len(parsed.sections):
        return parsed
    measures = tuple(replace(d, section=renumbered[d.section]) if d.section in renumbered else d
                     for d in parsed.measures)
    return replace(parsed, sections=tuple(numbered), measures=measures)


def _innermost_task_tables(table) -> list[tuple]:
    """(table, grid, header) for ``table`` or the tables nested in it that
    have a task header; a layout table wrapping a task table yields the
    inner one.  The grid is built once per table (it is the costly step)."""
    found: list[tuple] = []
    for t in table.iter("table"):
        # only the tables nested directly in this one: each is searched once (searching
        # every nested table from every ancestor cost 2^depth: 30 nested tables hung a run)
        if t is not table and next(t.iterancestors("table"), None) is table:
            found.extend(_innermost_task_tables(t))
    if found:
        return found
    read = read_header(html_grid(table))   # a transposed table is read turned (parse/transposed.py)
    return [(table, *read)] if read is not None else []


def _tables_followed_by_table(located: Located) -> set[int]:
    """Indexes of the tables that the next table follows with nothing between them but blank
    lines or a 续表 mark: a page break inside one table, where a Word or PDF copy printed
    the rest as a table of its own."""
    out: set[int] = set()
    if len(located.tables) < 2:
        return out
    last = None   # the index of the table whose mark was seen last, while only marks follow it
    for line in located.lines:
        if line.startswith(TABLE_MARK):
            at = line[len(TABLE_MARK):]
            if at.isdigit():
                if last is not None and int(at) == last + 1:
                    out.add(last)
                last = int(at)
        elif last is not None and line.strip() and not is_continuation_mark(line):
            last = None
    return out


def _repeats_header(piece: tuple, grid: list, header) -> bool:
    """The table ``grid`` (its ``header`` found) goes on with the task table ``piece`` before
    it: the same columns under the same header words (``same_header``), and no other list (``_another_list``)."""
    before, before_header = piece[0], piece[1]
    return (before_header is not None and bool(grid) and bool(before) and len(grid[0]) == len(before[0])
            and same_header(header.names, before_header.names)
            and not _another_list(before, before_header, grid, header))


def _another_list(before: list, before_header, grid: list, header) -> bool:
    """``grid`` prints the header of the table before it (``before``) again, yet is another list:
    a caption row of its own over its header (a row across the table that the table before does
    not print and that is no 续表 mark: 2022年续建项目), or numbering that starts again at 1 where
    the table before ended on a numbered row.  A table broken at a page goes on with the next
    number, or with the rest of the row the break cut; a list numbered per section starts again
    only under a section row, which the page before ended with or this one opens with."""
    if _captions(grid, header) - _captions(before, before_header):
        return True
    body = grid[header.rows:]
    return (bool(body) and len(before) > before_header.rows and _row_number(body[0], header) == 1
            and _row_number(before[-1], before_header) is not None)


def _captions(grid: list, header) -> set[str]:
    """The texts of the rows over a table's column names that hold one text across the table:
    the table's title printed in its first row (a 续表 mark is none), as ``header_key`` compares
    them (a piece may print its title otherwise, as its header)."""
    out = set()
    for row in grid[:header.rows]:
        texts = {c.text for c in row if c.text}
        if len(texts) == 1 and len(row) > 1:
            text = header_key(texts.pop())
            if text not in map(header_key, header.names) and not is_continuation_mark(text):
                out.add(text)
    return out


def _row_number(row: list, header) -> int | None:
    """The number a row's 序号 cell or its task cell's label prints (``3``, ``3、``), else None
    (a section row, a row without a number)."""
    label = _row_label(row, header)
    if label is None:
        return None
    bare = BARE_NUMBER_RE.match(label)
    return int(bare.group(1)) if bare else split_measure_label(label)[0]


def _headerless_rest(table, before: list, header, sew: bool = True) -> list[tuple]:
    """``[(table, grid, None)]`` when ``table``, printed right after a task table,
    is that table's rest: a Word table cut in two at a page break gives two
    ``<table>`` elements, the second with no header row.  It goes on when it has
    no table inside, the same number of columns as the table before it, and
    its first row is no header of another table; else ``[]``.  The rest keeps the empty
    columns at its right edge where the table before it has them (a 配合单位 column empty
    in every row of the second piece)."""
    if any(True for _ in table.iterdescendants("table")):
        return []
    grid = html_grid(table)
    if grid and before and len(grid[0]) < len(before[0]):
        grid = html_grid(table, keep_empty_columns=True)
    if not grid or not before or len(grid[0]) != len(before[0]) or reads_as_header_row(grid[0]):
        return []
    if sew:
        _sew_cut_row(before, grid, header)
    return [(table, grid, None)]


def _add_rest(pieces: list, body: list, i: int, titled: bool) -> None:
    """A headerless piece's rows onto the table before it; under a title of its own (``TitledTables``)
    they are a list of their own, read with that table's header rows over them: the table's
    section rows head nothing in it."""
    grid, header, _first = pieces[-1]
    if titled:
        pieces.append((grid[:header.rows] + body, header, i))
    else:
        grid.extend(body)


class TitledTables:
    """``i in TitledTables(lines)``: table ``i`` stands right under a line that opens a part of the
    notice (``text.opens_part``: 附件2, or a list's own title such as ``2024年民生实事项目清单``).
    The lines are read at the first question only: most pages never ask (a piece with no header)."""

    def __init__(self, lines) -> None:
        self.lines, self.found = lines, None

    def __contains__(self, i: int) -> bool:
        if self.found is None:
            self.found, previous = set(), ""
            for line in self.lines:
                if line.startswith(TABLE_MARK):
                    if opens_part(previous) and line[len(TABLE_MARK):].isdigit():
                        self.found.add(int(line[len(TABLE_MARK):]))
                    previous = ""
                elif line.strip():
                    previous = line.strip()
        return i in self.found


# --- damaged pages -------------------------------------------------------------

_TABLE_OPEN_RE = re.compile(r"<table\b", re.I)
_TABLE_CLOSE_RE = re.compile(r"</table\s*>", re.I)


def _ends_inside_table(located: Located) -> bool:
    """More ``<table>`` opened than closed: the download stopped mid-table
    (lxml silently closes what is open, so the page parses anyway)."""
    source = located.decoded.text
    return len(_TABLE_OPEN_RE.findall(source)) > len(_TABLE_CLOSE_RE.findall(source))


def _cut_last_row(located: Located):
    """The page's last ``<tr>`` element when the source, which ends inside a
    table (``_ends_inside_table``), stops inside it (no ``</tr>`` after the
    last ``<tr``), else None."""
    source = located.decoded.text.lower()
    if source.rfind("</tr") > source.rfind("<tr"):
        return None
    rows = list(located.tables[-1].iter("tr"))
    return rows[-1] if rows else None
