"""A table whose rows were run into one line, every cell parted from the next by a single space (text-sp
run flat: ``parse_flat_text``).

A document-sharing forum that extracts the text of a Word table may drop the row breaks too: the list's
name, the header's words and the cells of every row follow each other on one line, a single space
between any two cells (``附件 某县…职责清单 工作任务和内容 责任单位 配合单位 完成时间 负责…. 县委宣传部 持续开展
负责….``), an empty cell printing nothing.  No row prints a number, so the rows are told apart by their
task cells: a task is one piece ending its sentence (``FLAT_TASK_END``), holding no space as a text-sp
copy's task column does (``textsp._sp_cells``), and every piece up to the next task is the row's other
cells, in the header's order.  A cell the Word table wrapped keeps the wrap as a space inside it
(``县交通 运输局``, ``7月底前制定 扬尘治理方案``): the pieces after the task are shared out to the columns
after it by what they read as (``_row_cells``).  docs/forms.md, text-sp.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from .cellkinds import names_one_unit, reads_as_deadline
from .flatunits import may_head_by_unit, unit_header_at, unit_rows
from .roles import UNIT_ROLES
from .tableheader import role_of
from .textgrid import header_of, parse_body, text_cell, text_lines
from ..hanzi import simplified
from ..models import Located, ParsedTable
from ..numbering import measures_numbered_by_place

#: a header's column name: words alone (a box-drawn row's cells carry their borders)
_WORD_RE = re.compile(r"[\u4e00-\u9fff]+")
#: a header run flat names at least this many columns, each a word the header vocabulary knows
FLAT_HEADER_MIN_COLUMNS = 3
#: ... and at least this many rows follow it: one task sentence with a unit after a run of role words
#: could be a sentence that names columns
FLAT_MIN_ROWS = 2
#: the marks a task cell ends its sentence with (a Word export's copy may print an ASCII full stop)
FLAT_TASK_END = tuple("。.；;！!？?")
#: the level words a table's unit names open with (县公安局, 市教育局): a piece after a unit that opens with
#: none of them, where the table's names do, is the rest of the name the cell wrapped (县交通 / 运输局)
LEVEL_WORDS = frozenset("省市州盟县区旗镇乡")
#: a table's names open with one level word when at least this share of its unit pieces do
LEVEL_WORD_SHARE = 0.6
#: a row's cells after its task hold at most this many pieces (a unit cell's names and their wraps' rests):
#: more is the page's words after the table, and sharing them out is tried no further (the ways to cut
#: n pieces into k cells grow as n ** (k - 1): 200 pieces into four cells took seconds)
FLAT_ROW_MAX_PIECES = 12


def flat_header_at(line: str) -> tuple[int, list[str]] | None:
    """(token index, column names) of a header run flat inside ``line`` (split at single spaces): a run of
    at least ``FLAT_HEADER_MIN_COLUMNS`` pieces of words alone (no border, no mark) that each name a column,
    the first the task column, one a unit column, with no number column (a header naming one opens
    text-sp's numbered rows), and a task piece right after it (the first row runs on); else None."""
    tokens = line.split()
    if len(tokens) < FLAT_HEADER_MIN_COLUMNS:
        return None   # a header of that many columns takes a piece each (most lines print one piece: no space)
    by_units = may_head_by_unit(line)
    at = 0
    while at < len(tokens):
        if by_units and (by_unit := unit_header_at(tokens, at, FLAT_HEADER_MIN_COLUMNS)) is not None:
            return at, by_unit[1]   # a table by unit (承办 单位 任务目标 …): parse/flatunits.py
        end = at
        while end < len(tokens) and _WORD_RE.fullmatch(tokens[end]) and role_of(tokens[end]):
            end += 1
        roles = [role_of(t) for t in tokens[at:end]]
        if (end - at >= FLAT_HEADER_MIN_COLUMNS and roles[0] == "measure" and "number" not in roles
                and any(r in UNIT_ROLES for r in roles) and end < len(tokens) and _is_task(tokens[end])):
            return at, tokens[at:end]
        at = end + 1
    return None


def flat_header_pieces(line: str) -> list[str] | None:
    """``line`` cut before a header run flat inside it (``flat_header_at``), so that what the copy printed
    before it (an 附件 mark and the list's name) is a line of its own, or None."""
    found = flat_header_at(line)
    if found is None or found[0] == 0:
        return None
    tokens = line.split()
    return [" ".join(tokens[:found[0]]), " ".join(tokens[found[0]:])]


def flat_header_line(lines) -> int | None:
    """The index of the first line opening with a header run flat (``flat_header_at`` at its first piece)
    whose rows read (``_flat_rows``), or None."""
    found = _flat_table(lines)
    return found[0] if found is not None else None


def _flat_table(lines) -> tuple[int, list[str], list[list[str]]] | None:
    """(line index, column names, rows) of the first header run flat at a line's start whose rows read."""
    lines = list(lines)
    for i, line in enumerate(lines):
        found = flat_header_at(line)
        if found is not None and found[0] == 0 and (rows := _flat_rows(lines, i, found[1])) is not None:
            return i, found[1], rows
    return None


def parse_flat_text(located: Located) -> ParsedTable | None:
    """The rows of a table run flat under its header (``flat_header_line``), read as text-sp's are."""
    found = _flat_table(text_lines(located))
    if found is None:
        return None
    _, names, rows = found
    grid = [[text_cell(c, r, k) for k, c in enumerate(cells)] for r, cells in enumerate(rows)]
    header = header_of(names, grid)
    # no row prints a number: the rows are numbered by their place
    return measures_numbered_by_place(parse_body(grid, header, "text-sp")) if header is not None else None


def _flat_rows(lines: list[str], at: int, names: list[str]) -> list[list[str]] | None:
    """The rows of the table whose header runs flat at the start of ``lines[at]``: the pieces after the
    header, on through the lines under it (blank lines passed), cut before each task piece; a row whose
    other pieces give no unit in a unit column ends the table (the page's words after it).  None with fewer
    than ``FLAT_MIN_ROWS`` rows."""
    pieces = lines[at].split()
    for line in lines[at + 1:]:
        pieces += line.split()
    roles = [role_of(n) for n in names]
    if roles[0] in UNIT_ROLES:   # a table by unit, its header's cells wrapped or not (parse/flatunits.py)
        used = unit_header_at(pieces, 0, FLAT_HEADER_MIN_COLUMNS)
        rows = unit_rows(pieces[used[0]:], used[2]) if used else []
        return rows if len(rows) >= FLAT_MIN_ROWS else None
    pieces = pieces[len(names):]
    if roles[0] != "measure":
        return None
    starts = [k for k, p in enumerate(pieces) if _is_task(p)]
    if not starts or starts[0] != 0:
        return None
    groups = [pieces[a:b] for a, b in zip(starts, [*starts[1:], len(pieces)])]
    level = _table_level_word([p for g in groups for p in g[1:]])
    rows = []
    for group in groups:
        cells = _row_cells(group[1:], roles[1:], level)
        if cells is None:
            break
        rows.append([group[0], *cells])
    return rows if len(rows) >= FLAT_MIN_ROWS else None


def _is_task(piece: str) -> bool:
    """A piece that is a task cell: it ends its sentence and is no unit's name nor a deadline."""
    return piece.endswith(FLAT_TASK_END) and not names_one_unit(piece) and not reads_as_deadline(piece)


def _table_level_word(pieces: list[str]) -> str | None:
    """The level word most of the table's unit pieces open with (``LEVEL_WORD_SHARE``; in simplified
    characters: a traditional copy's 縣 is 县), or None."""
    units = [p for p in pieces if names_one_unit(p)]
    if not units:
        return None
    word, count = Counter(simplified(p[0]) for p in units).most_common(1)[0]
    return word if word in LEVEL_WORDS and count >= LEVEL_WORD_SHARE * len(units) else None


def _row_cells(pieces: list[str], roles: list[str | None], level: str | None) -> list[str] | None:
    """The cells of the columns ``roles`` (those after the task) from a row's ``pieces``, in order, a column
    taking none (an empty cell) or several (a cell the table wrapped, joined with nothing between): the first
    sharing (empty cells as late as may be) where each unit cell names units, each piece of it that opens with
    the table's ``level`` word starting a name of its own and every other continuing the name before it
    (县交通 / 运输局), and the deadline cell reads as one; a unit column must be filled.  None when no sharing
    fits or the pieces are more than ``FLAT_ROW_MAX_PIECES`` (the text after the table)."""
    n = len(pieces)
    if n > FLAT_ROW_MAX_PIECES:
        return None
    for filled in range(min(n, len(roles)), 0, -1):
        for cols in combinations(range(len(roles)), filled):
            for cuts in combinations(range(1, n), filled - 1):
                bounds = [0, *cuts, n]
                cells: list[str | None] = [""] * len(roles)
                for c, a, b in zip(cols, bounds, bounds[1:]):
                    cells[c] = (_unit_cell(pieces[a:b], level) if roles[c] in UNIT_ROLES
                                else _deadline_cell(pieces[a:b]) if roles[c] == "deadline" else "".join(pieces[a:b]))
                if _fits(cells, roles):
                    return cells
    return None


def _unit_cell(pieces: list[str], level: str | None) -> str | None:
    """A unit cell's pieces: a piece opening with the table's level word starts a name, listed after the
    one before with 、; any other piece continues the name before it (a wrap inside it).  None when the
    first opens with no level word where the table's names do: a wrap's rest opens no cell."""
    if level is not None and simplified(pieces[0][0]) != level:
        return None
    names: list[str] = []
    for p in pieces:
        if names and (level is None or simplified(p[0]) != level):
            names[-1] += p
        else:
            names.append(p)
    return "、".join(names)


def _deadline_cell(pieces: list[str]) -> str | None:
    """A deadline cell's pieces joined, or None: its first piece reads as a deadline by itself (the pieces
    after it are its wrap's rests: 7月底前制定 / 扬尘治理方案), no unit's rest (督查室 / 持续开展)."""
    return "".join(pieces) if reads_as_deadline(pieces[0]) else None


def _fits(cells: list[str | None], roles: list[str | None]) -> bool:
    """Each printed cell reads as its column, and some unit column is printed."""
    unit_printed = False
    for cell, role in zip(cells, roles):
        if cell is None:
            return False
        if not cell:
            continue
        if role in UNIT_ROLES:
            if not all(names_one_unit(p) for p in cell.split("、")):
                return False
            unit_printed = True
        elif role == "deadline" and not reads_as_deadline(cell):
            return False
    return unit_printed
