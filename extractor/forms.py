"""Stage 5, parse: detect the notice's form and run the parser for it.

Forms are tried in order, per document (never per site), and every draft
measure records the form that produced it:

1. ``html-table`` - task tables of an HTML page (nested layout tables and
   metadata boxes skipped; several task tables are concatenated);
2. ``text-pipe``  - a portal's table flattened to one ``X |`` cell a line.

A page where none applies is a normal outcome: no measures and a warning.
"""
from __future__ import annotations

import logging

from .grid import Grid, html_grid, is_pipe_line, pipe_grid, pipe_tokens
from .locate import TABLE_MARK
from .models import DraftMeasure, Located, ParsedTable, Section
from .patterns import MEASURE_RE, SECTION_RE
from .table import Header, find_header, parse_grid, role_of

log = logging.getLogger(__name__)

NO_TABLE = "no task table or inline assignments found"


def parse_body(located: Located) -> ParsedTable:
    """Sections and draft measures of one notice, by the first form that yields any."""
    for parser in (parse_html_tables, parse_pipe_text):
        parsed = parser(located)
        if parsed is not None and parsed.measures:
            return parsed
    return ParsedTable(warnings=(NO_TABLE,))


def parse_html_tables(located: Located) -> ParsedTable | None:
    """Every task table of an HTML page, in page order."""
    results = []
    for table in located.tables:
        for candidate in _innermost_task_tables(table):
            grid = html_grid(candidate)
            header = find_header(grid)
            if header is not None:
                results.append(parse_grid(grid, header, "html-table"))
    return merge_parsed(results) if results else None


def _innermost_task_tables(table) -> list:
    """``table`` or the tables nested in it that have a task header; a layout
    table wrapping a task table yields the inner one."""
    found = []
    for t in table.iter("table"):
        if t is table:
            continue
        found.extend(x for x in _innermost_task_tables(t) if x not in found)
    if found:
        return found
    return [table] if find_header(html_grid(table)) is not None else []


def merge_parsed(parts: list[ParsedTable]) -> ParsedTable:
    """Concatenate the results of several tables of one notice."""
    sections: list[Section] = []
    measures: list[DraftMeasure] = []
    warnings: list[str] = []
    for p in parts:
        sections.extend(s for s in p.sections if s not in sections)
        measures.extend(p.measures)
        warnings.extend(p.warnings)
    return ParsedTable(tuple(sections), tuple(measures), tuple(warnings))


def parse_pipe_text(located: Located) -> ParsedTable | None:
    """A ``|`` dump: the header cells, then rows cut at their labelled cells."""
    lines = [ln for ln in located.lines if not ln.startswith(TABLE_MARK)]
    start = next((i for i, ln in enumerate(lines) if is_pipe_line(ln)), None)
    if start is None:
        return None
    end = max(i for i, ln in enumerate(lines) if is_pipe_line(ln))
    tokens = pipe_tokens(lines[start:end + 1])
    first = next((i for i, t in enumerate(tokens) if SECTION_RE.match(t) or MEASURE_RE.match(t)), None)
    if first is None:
        return None
    names = [t for t in tokens[:first] if t]
    roles = [role_of(n) for n in names]
    if sum(1 for r in roles if r) < 2:
        return None
    header = find_header([[_text_cell(n, c) for c, n in enumerate(names)]])
    if header is None:
        return None
    anchors = {r: header.roles.index(r) for r in ("section", "measure") if r in header.roles}
    grid: Grid = pipe_grid(tokens[first:], len(names), anchors)
    return parse_grid(grid, Header(0, header.roles, header.names), "text-pipe")


def _text_cell(text: str, col: int):
    from .grid import Cell
    return Cell((text,), (0, col))
