"""A table's header: the rows that name its columns, the role each name gives its column, and
the header printed again further down.

Columns get roles from their header words (``roles.toml``, ``role_of``): section, measure, lead,
support, deadline, number; anything else is kept as an ``extra`` column (``columns.settle_roles``
settles the roles against the body).  ``find_header`` looks for the header in the first rows of a
grid, with a sub-header row under it (责任单位 over 牵头 | 配合, a schedule band's months); every
reader of a table form asks it, and ``table.parse_grid`` reads the rows below it.  A header printed
again (over each page of a PDF's table, after 续表) is compared folded (``header_key``,
``same_header``, ``is_header_repeat``): letter-spaced or in traditional characters, it is the same
header."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .columns import LEAD_SUPPORT, SCHEDULE, settle_roles
from .grid import Cell, Grid
from .roles import OTHER, header_exact_roles, header_roles, header_words
from ..hanzi import simplified
from ..numbering import level_name
from ..text import SENTENCE_ENDS, TRAILING_NOTE_RE, compact, compare_key

#: a header cell longer than this (white space and a bracketed note removed) is body
#: text: the longest role word in roles.toml is 6 characters
HEADER_WORD_MAX_CHARS = 12
#: a header stands under at most a title row and a few note rows
HEADER_SEARCH_ROWS = 6
#: a header row names at least this many roles (one of them a measure or unit column);
#: one known word alone is a body cell that happens to hold it
MIN_HEADER_ROLES = 2
#: a header naming no task or unit column (序号 | 目标任务 | 推进情况: a progress report whose task
#: cells carry their units themselves, ``……。责任单位：A、B``) heads a task table when at least this
#: share of the body's cells under a section word carry a clause naming units (``cellclause``)
CELL_CLAUSE_MIN_SHARE = 0.5
#: a header names a split index's levels as columns (一级指标 | 二级指标 …) at least this many times: one level's
#: name alone (一级指标 beside 考核内容) is one group column, which the task word beside it settles
MIN_LEVEL_COLUMNS = 2
#: a label with its value (牵头：区民政局, a body cell's role mark) names no column: a header
#: cell prints the word alone, at most with a colon after it (牵头单位：)
_LABELLED_VALUE_RE = re.compile(r"[：:].")
#: a sentence's or a clause's end (。；) inside a cell: a header word prints none, a line of prose cut into cells
#: does (a copy with a TAB after each label's colon: 案。（牵头单位：TAB市卫健委；配合单位：TAB…, whose cells
#: held 牵头单位 and 配合单位 and made a header of the prose line; metamorphic colon-tab on holdout pdfpages-hanzhong)
_PROSE_END_RE = re.compile("[" + "".join(SENTENCE_ENDS) + "]")
#: a repeated header row whose first cell is not printed alike is compared only when it is this short: header
#: words are (序号, 工作任务, 重点任务 - 4 characters; 8 leaves room for a spaced-out one)
MAX_REPEAT_FIRST_CELL = 8


@dataclass(frozen=True)
class Header:
    """Where the header is and what each column holds."""

    rows: int                 #: number of header rows at the top of the grid
    roles: tuple[str, ...]    #: role per column ("extra" for unknown)
    names: tuple[str, ...]    #: header text per column
    #: the rows print no number of their own and are numbered by their place in the notice
    #: (a transposed table's measure columns: parse/transposed.py)
    by_place: bool = False


@lru_cache(maxsize=4096)
def role_of(word: str) -> str | None:
    """The role a header word names, or None (longest vocabulary word wins).

    Cached: find_header asks for every cell of the first rows of every table,
    and header words repeat from page to page.
    """
    w = TRAILING_NOTE_RE.sub("", compact(word))   # 责任单位（排第一位的为牵头单位）: the word before its note
    if not w or len(w) > HEADER_WORD_MAX_CHARS or _LABELLED_VALUE_RE.search(w) or _PROSE_END_RE.search(w):
        return None   # before simplified(): it keeps the length, and long cells are the many
    w = simplified(w)  # mirrors print 牽頭單位
    exact, inside = _role_words()
    role = exact.get(w)
    if role is not None:   # the word itself: nothing scores higher
        return role
    for size in range(len(w) - 1, 1, -1):   # else the longest word inside it, first in the vocabulary's order
        found = [inside[p] for p in (w[i:i + size] for i in range(len(w) - size + 1)) if p in inside]
        if found:
            return min(found)[1]
    return None


@lru_cache(maxsize=1)
def _role_words() -> tuple[dict[str, str], dict[str, tuple[int, str]]]:
    """``role_of``'s vocabulary as two lookups: each word -> the first role naming it, and each
    word of two characters or more -> (its place in the vocabulary's order, that role).  A cell
    of at most ``HEADER_WORD_MAX_CHARS`` has a few dozen substrings, where the vocabulary has
    some 190 words to look for in it; the longest word found wins, and of two as long the one
    the vocabulary lists first, as in a scan of the words in order."""
    exact: dict[str, str] = {}
    inside: dict[str, tuple[int, str]] = {}
    order = 0
    for role, words in header_roles().items():
        for v in words:
            exact.setdefault(v, role)
            if len(v) >= 2:
                inside.setdefault(v, (order, role))
            order += 1
    for role, words in header_exact_roles().items():   # whole cells only (任务清单, never 重点任务清单)
        for v in words:
            exact.setdefault(v, role)
    return exact, inside


def find_header(grid: Grid, max_rows: int = HEADER_SEARCH_ROWS) -> Header | None:
    """The header rows of ``grid``: the first row naming >= 2 roles, one of
    them a measure or unit column, merged with a sub-header row below."""
    for r, row in enumerate(grid[:max_rows]):
        roles = levels_as_task([c.text for c in row], [LEAD_SUPPORT if _names_lead_and_support(c.text) else role_of(c.text)
                                                       for c in row], _span_copies(row))
        named = {"lead" if x == LEAD_SUPPORT else x for x in roles if x}
        if len(named) >= MIN_HEADER_ROLES and (named & {"measure", "lead", "support", "responsible"}
                                               or _cells_assign(grid[r + 1:], roles)):
            rows, names = 1, [c.text for c in row]
            if r + 1 < len(grid):
                sub = grid[r + 1]
                below = [role_of(c.text) for c in sub]
                schedule = _schedule_columns(row, sub, roles, below)
                # 责任单位 over 牵头 | 配合: two cells of their own, each a column name (a body
                # row's 牵头：市住建局 only opens with one), not one group row spanning the
                # width (重点工作 across every column is a section); or a row naming only a
                # band's sub-columns (1月 … 12月 under 完成时限（月份）)
                if sum(1 for c, x in zip(sub, below) if x and not c.col_copy and is_header_word(c.text)) >= 2 \
                        or _names_only_band(sub, schedule):
                    roles = [b or a for a, b in zip(roles, below)]
                    # the band gives the deadline only where no other column does
                    alone = not any(x == "deadline" and i not in schedule for i, x in enumerate(roles))
                    for i in schedule:
                        roles[i] = SCHEDULE if alone else "extra"
                    names = [c.text or t.text for c, t in zip(sub, row)]   # a text copy leaves a merged-down cell empty
                    rows = 2
            settled = settle_roles(roles, _without_header_again(grid[r + rows:], roles, tuple(names)), tuple(names))
            return Header(rows=r + rows, roles=settled, names=tuple(names),
                          by_place=_numbers_nothing(grid[r + rows:], settled, tuple(names)))
    return None


def levels_as_task(texts: list[str], roles: list, copies: frozenset[int] = frozenset()) -> list:
    """``roles`` (of a header row's cells ``texts``) with a split index's or task's levels read (``一级指标 | 二级指标 |
    … | 五级指标 | 责任科室``: a header naming no task column, its columns the levels of one noun counting up from 一级,
    at least ``MIN_LEVEL_COLUMNS``): the deepest level holds the rows' items, the task column; the levels over it
    group them, section columns (the innermost grouping the rows becomes the section, ``columns.settle_roles``).  A
    level's name spanning a score column beside it (colspan) names that column too: the columns ``copies`` of the
    cell before them (``Cell.col_copy``) are no level and take the role of a known column no role names
    (``roles.OTHER``), kept beside the measure.  Before session 74 no word named such a column and the table gave no
    row (holdout indexcells-zhoucun-2021-1, batch 130)."""
    if "measure" in roles:
        return roles
    levels = [(i, found) for i, text in enumerate(texts)
              if i not in copies and roles[i] is None and (found := level_name(compact(text))) is not None]
    if len(levels) < MIN_LEVEL_COLUMNS or len({noun for _, (_, noun) in levels}) != 1 \
            or [n for _, (n, _) in levels] != list(range(1, len(levels) + 1)):
        return roles
    out = list(roles)
    for i, _ in levels:
        out[i] = "section"
        j = i + 1
        while j in copies:   # the level's score column under its name's span: kept beside the measure
            out[j] = OTHER
            j += 1
    out[levels[-1][0]] = "measure"
    return out


def _span_copies(row: list[Cell]) -> frozenset[int]:
    """The columns of ``row`` that are a colspan's copy of the cell before them (``levels_as_task``)."""
    return frozenset(j for j in range(1, len(row)) if row[j].col_copy and row[j].origin == row[j - 1].origin)


def _without_header_again(body: Grid, roles: list, names: tuple[str, ...]) -> Grid:
    """``body`` without the header printed again over its later pages (``is_header_repeat``, either row of
    a two-row header), for settling the columns' roles: its words say nothing of what a column's cells
    hold.  Before, a TAB copy printing both rows of its 类别 | 序号 | 主要任务 | 责任单位 (牵头单位 / 配合单位)
    header again after a page break showed 类别 and 主要任务 in two section-word columns, the 类别 column no
    longer read as a column of groups, and its cells were taken for the tasks (blindsynth session 56
    cause 5, bs7220; holdout tabtwohead-changde)."""
    header = Header(rows=0, roles=tuple(x or "extra" for x in roles), names=names)
    measure = tuple(i for i, x in enumerate(roles) if x == "measure")
    kept = [row for row in body if not is_header_repeat(row, header, measure)]
    return body if len(kept) == len(body) else kept


def _numbers_nothing(body: Grid, roles: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """The 序号 column prints nothing in any body row (a Word table whose automatic numbering the
    paste lost: holdout noserial-wuhu, batch 44): the rows are numbered by their place in the
    notice, as a table with no 序号 column numbers them (``transposed.numbered_by_place``).  A row
    merged across the table (a section row) prints its own text in every column and does not count, nor
    does a row printing text in that column alone (a text copy's section row: ``| 一、… | | | |``), nor
    the header printed again at a page's top (``is_header_repeat``: its 序号 is the column's name, no
    number; holdout emptyseqpages-anfu, blindsynth session 56 cause 1: before, a text copy whose
    header repeats after a page break numbered no row)."""
    if "number" not in roles:
        return False
    col = roles.index("number")
    header = Header(rows=0, roles=roles, names=names)
    measure = tuple(i for i, role in enumerate(roles) if role == "measure")
    cells = [row[col] for row in body if col < len(row) and not row[col].col_copy
             and not (col + 1 < len(row) and row[col + 1].col_copy)
             and any(c.text.strip() for i, c in enumerate(row) if i != col)
             and not is_header_repeat(row, header, measure)]
    return bool(cells) and not any(c.text.strip() for c in cells)


def _cells_assign(body: Grid, roles: list) -> bool:
    """A column under a section word (目标任务) whose body cells mostly close with the clause that
    names their units (``……。责任单位：A、B``: ``cellclause.cell_assignment``), in a header naming
    no task or unit column: the cells are the tasks and carry their own units, as a table with no
    unit column prints them (cellbracket-ningxia) under a task word (holdout halfyear-huzhou)."""
    from .cellclause import cell_assignment   # cellclause reads cells with the inline grammar
    for i, role in enumerate(roles):
        if role != "section":
            continue
        cells = [row[i] for row in body if i < len(row) and row[i].text and not row[i].row_copy]
        if cells and sum(1 for c in cells if cell_assignment(c.text, c.parts, "html-table")[1] is not None) \
                >= CELL_CLAUSE_MIN_SHARE * len(cells):
            return True
    return False


def _schedule_columns(top: list[Cell], sub: list[Cell], top_roles: list, sub_roles: list) -> list[int]:
    """The schedule columns of a two-row header: the sub-columns of a deadline word's band (进度
    安排 across 一季度 | 二季度 …: a top cell merged across, or in a text copy followed by empty
    header cells) whose own name is no role word (完成时间 under 时间安排 is a deadline column).
    A band's sub-columns are the stages or months of the task, not one deadline each; the
    caller makes them the deadline only when no other column is one (完成时限 merged down)."""
    out: list[int] = []
    width = min(len(top), len(sub))
    for i in range(width):
        if top_roles[i] != "deadline" or top[i].col_copy:
            continue
        band = [i]
        for j in range(i + 1, width):
            if top[j].origin != top[i].origin and (top[j].text or top[j].row_copy):
                break
            band.append(j)
        if len(band) >= 2:
            out.extend(j for j in band if sub[j].text and not sub[j].row_copy and sub_roles[j] is None)
    return out


def _names_only_band(sub: list[Cell], schedule: list[int]) -> bool:
    """``sub`` is a second header row holding only the names of a band's sub-columns (the
    cells beside them empty, or the header cells above merged down)."""
    return bool(schedule) and all(not c.text or c.row_copy for i, c in enumerate(sub) if i not in schedule)


def reads_as_header_row(row: list[Cell]) -> bool:
    """A row of column names: at least two cells with text, each a short word
    (``HEADER_WORD_MAX_CHARS``) without digits, one of them a role word (序号,
    责任单位 …).  A task table's body row holds a task sentence, a number or a
    date; a table headed so but not by ``find_header`` is another kind of table."""
    texts = [c.text for c in row if c.text and not c.col_copy]
    return (len(texts) >= 2 and all(len(compact(t)) <= HEADER_WORD_MAX_CHARS and not _DIGIT_RE.search(t)
                                    for t in texts)
            and any(role_of(t) for t in texts))


_DIGIT_RE = re.compile(r"\d")


def _names_lead_and_support(text: str) -> bool:
    """A header naming both roles in one column (牵头单位/配合单位): its cells
    hold the lead, a slash, then the supporting units."""
    if "/" not in text and "／" not in text:
        return False
    w = compare_key(text)
    words = header_roles()
    return (any(v in w for v in words["lead"] if len(v) >= 2)
            and any(v in w for v in words["support"] if len(v) >= 2))


def is_header_repeat(row: list[Cell], header: Header, measure: tuple[int, ...]) -> bool:
    """The header printed again where a table goes on over a page (after 续表, on every page of
    a PDF's table, or in a second piece): the header's own row, as printed or else in simplified
    characters without spaces (a mirror that converted part of the page prints 序號 over the
    table and 序号 after 续表); or any row of header words alone - either row of a two-row header
    (序号 | 工作内容 | 责任单位 | 完成时限 over 牵头单位 | 配合单位), whose copy in a text grid is
    no longer the merged names ``header`` keeps; a word of the header's own (备注) counts as one."""
    names = header.names
    first = row[0].text
    # the first cell rules out most rows: a body row's opens with a number or a long text
    if len(row) == len(names) and (first == names[0] or (first and not first[0].isdigit() and len(
            first) <= MAX_REPEAT_FIRST_CELL)) and same_header(tuple(c.text for c in row), names):
        return True
    if measure:   # a body row's task cell is a sentence: most rows end here
        task = row[measure[0]]
        if task.text and not (task.row_copy or task.col_copy) and len(task.text) > HEADER_WORD_MAX_CHARS:
            return False
    # every cell printing a word names a column (a column no vocabulary names, 备注 or 備註, is still one of this
    # header's own names); a loop ending at the first that does not, with no list of the words: most rows that
    # come this far end at their first
    keys, lengths = _keys(names)
    words = 0
    for cell in row:
        if cell.text and not (cell.row_copy or cell.col_copy):
            if not _names_column(cell.text, names, keys, lengths):
                return False
            words += 1
    return words >= MIN_HEADER_ROLES


def _names_column(text: str, names: tuple[str, ...], keys: frozenset[str], lengths: frozenset[int]) -> bool:
    """``text`` is one of the header's ``names``, a column name of the vocabulary (``is_header_word``) or one of
    the names folded (``header_key``; ``keys`` and their ``lengths``: ``_keys``), the text's white space taken out
    once for both."""
    if text in names:
        return True
    bare = compact(text)
    return _is_bare_header_word(bare) or (len(bare) in lengths and simplified(bare) in keys)


@lru_cache(maxsize=1024)
def header_key(text: str) -> str:
    """A header word as a reader compares it: no white space, simplified characters (序 号, 序號)."""
    return compare_key(text)


@lru_cache(maxsize=256)
def _keys(names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[int]]:
    """``names`` folded (``header_key``), and the lengths of those keys.  A key is as long as its text
    without white space (``simplified`` keeps a text's length), so a text of none of those lengths folds to
    none of the keys and is not folded: a body row's task sentence, where folding (OpenCC) cost most of
    ``is_header_repeat`` over a table's rows."""
    keys = frozenset(map(header_key, names))
    return keys, frozenset(map(len, keys))


def same_header(names: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Two rows of column names print the same header (``header_key``): a table's header printed
    again over a page, letter-spaced or in traditional characters in one piece only."""
    return len(names) == len(other) and all(   # folding keeps the length: most rows end at it
        a == b or (len(compact(a)) == len(compact(b)) and header_key(a) == header_key(b)) for a, b in zip(names, other))


def is_header_word(text: str) -> bool:
    """``text`` is exactly a column name of the role vocabulary (a bracketed note after it
    aside, white space and traditional characters as ``role_of`` reads them): 牵头单位 is,
    市发改委 and 牵头单位负责 are not."""
    return _is_bare_header_word(compact(text))


def _is_bare_header_word(text: str) -> bool:
    """``is_header_word`` of a text without white space."""
    if text.endswith((")", "）")):   # (``TRAILING_NOTE_RE`` ends there: a text ending otherwise holds no note)
        text = TRAILING_NOTE_RE.sub("", text)
    return bool(text) and len(text) <= HEADER_WORD_MAX_CHARS and simplified(text) in header_words()
