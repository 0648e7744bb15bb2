"""Stage 4, metadata: which of a page's tables is a task table.

A page may print tables that list no tasks: a site's menu laid out as a table beside the letter, a
table of targets before the task table, an attachment's cover sheet.  ``names_task_columns`` asks a
table's first rows for the header words the table readers look for (or a transposed table's role
words), cell by cell, without building the grid; ``no_task_table`` answers it for a ``TABLE_MARK`` line.
``tabletitle.py`` names the heading over the first task table, ``cover.py`` ends the letter at it.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice

from .locate import TASK_TABLE_MIN_ROWS, text_content
from ..models import TABLE_MARK, Located


def no_task_table(located: Located, mark: str) -> bool:
    """The table a ``TABLE_MARK`` line stands for is no task table: fewer rows than
    any task table has, or neither a task header nor transposed (``transposed.is_task_table``,
    the reader's test; a site's menu of links, 栏目导航 over
    市政府文件 / 政策解读 …, laid out as a table left of the letter; an attachment's
    grid with no task header, such as a workbook's cover sheet: its title, the office
    and the month in one column, the table on the next sheet)."""
    try:
        at = int(mark[len(TABLE_MARK):])
        if not located.tables and located.grid_lines is None:   # an attachment read alone: its grids
            return not _parse_readers()[2].is_task_table(located.grids[at][0])
        table = located.tables[at]
    except (ValueError, IndexError):
        return False
    if sum(1 for _ in zip(table.iter("tr"), range(TASK_TABLE_MIN_ROWS))) < TASK_TABLE_MIN_ROWS:
        return True
    return not names_task_columns(table)


def names_task_columns(table) -> bool:
    """One of the table's first rows names two column roles, one of them a task or unit
    column (序号 | 工作任务 | 牵头单位 …): the header words ``find_header`` looks for, read
    cell by cell without building the grid (every page asks it of its first table).  Or the
    first cells of its rows are role words (责任单位 …) as a transposed table's are: the grid is
    built then, and the reader's own test decides (``transposed.is_task_table``)."""
    grid, header, transposed = _parse_readers()
    role_of = header.role_of
    labels: list[str | None] = []
    for tr in islice(table.iter("tr"), header.HEADER_SEARCH_ROWS):
        cells = [td for td in tr if td.tag in ("td", "th")]
        texts = [text_content(td) for td in cells]
        named = set(header.levels_as_task(texts, [role_of(t) for t in texts]))   # (一级指标 … 五级指标: levels)
        if len(named - {None}) >= header.MIN_HEADER_ROLES and named & {"measure", "lead", "support", "responsible"}:
            return True
        labels.append(text_content(cells[0]) if len(cells) > 1 else None)
    return transposed.labelled_role_rows(labels) is not None and transposed.is_task_table(grid.html_grid(table))


@lru_cache(maxsize=1)
def _parse_readers():
    """The modules ``parse.grid``, ``parse.tableheader`` and ``parse.transposed``: imported late
    (parse -> layout, and the table readers -> agencies), at the first call, and kept: an import
    statement in a function runs the import machinery at every call (every page asks
    ``names_task_columns``)."""
    from ..parse import grid, tableheader, transposed
    return grid, tableheader, transposed
