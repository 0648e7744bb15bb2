"""A text-sp row whose cells single spaces part, read by the count of its spaces.

A table flattened one row a line with ONE space between cells (``docs/forms.md``, text-sp)
says two more things by its spaces, where the copy keeps them:

- a cell merged over the rows above (a group column, 类别 / 主要任务) prints empty, so the row
  has one space more for it: ``2  严守用水 效率红线 …`` (two spaces: the first group cell empty),
  ``3   推进…`` (three: both);
- a cell the source wrapped keeps its wrap as a space inside the cell: ``加强水资源保 护``.

Wraps are told from cells by their widths: a wrapped cell's lines before its last fill the
cell's width alike, and the last is no wider (``加强水资源保 护`` is one cell; ``护 落实用水总量``
cannot be, its second line is the wider).  The task column and the columns after it hold no
space (the reader's premise, ``textsp._sp_cells``), so the wraps are looked for only in the
columns before the task.  ``spaced_cells`` returns None where the spaces say nothing (no
run of spaces and no piece more than the columns) or nothing fits: the reader then cuts the
row as before.
"""
from __future__ import annotations

from functools import reduce
from itertools import combinations

from ..text import display_width
from .tableheader import role_of
from .textrows import join_rest

#: display columns two full lines of one wrapped cell may differ by (a half-width digit or
#: mark among full-width characters)
WRAP_WIDTH_JITTER = 1


def spaced_cells(rest: str, names: list[str]) -> list[str] | None:
    """The cells of a row after its number, ``rest`` as printed (from the space after the
    number, runs of spaces kept) under the columns ``names`` (the number's first), or None."""
    if not rest.startswith(" "):
        return None
    pieces = rest[1:].rstrip().split(" ")
    roles = [role_of(n) for n in names[1:]]
    task = _task_column(roles)
    if task is None:
        return None
    after = len(roles) - task - 1
    if "" not in pieces and len(pieces) <= len(roles):
        return None   # one cell a piece: the plain reading
    if len(pieces) < len(roles) or not pieces[len(pieces) - after - 1]:
        return None
    tail = pieces[len(pieces) - after:] if after else []
    if "" in tail:
        return None   # an empty unit cell is not told by a space here (a stray space is likelier)
    groups = _group_cells(pieces[:len(pieces) - after - 1], task)
    if groups is None:
        return None
    return groups + [pieces[len(pieces) - after - 1]] + tail


def _task_column(roles: list[str | None]) -> int | None:
    """Which of the columns of ``roles`` holds the tasks: the one a task word names, else the last one a
    group word names (``类别 主要任务 牵头部门 …``: both words may head groups, and groups print before
    what they group, so the last is the task column; the table reader settles it by the rows,
    ``columns.settle_roles``), or None."""
    if "measure" in roles:
        return roles.index("measure")
    groups = [i for i, role in enumerate(roles) if role == "section"]
    return groups[-1] if groups else None


def _group_cells(pieces: list[str], ncells: int) -> list[str] | None:
    """``pieces`` (an empty one an empty cell) as ``ncells`` cells: the wraps between the pieces
    that leave that many cells, each cell's lines shaped as a wrap's (``_wraps``).  Of several
    such readings the one joining the earliest pieces (the reader's own, which gave the first
    column every piece more than the columns), None where none fits."""
    cuts = [i for i in range(1, len(pieces)) if pieces[i] and pieces[i - 1]]   # between two printed pieces
    fixed = sum(1 for i in range(1, len(pieces)) if not (pieces[i] and pieces[i - 1]))
    need = ncells - 1 - fixed
    if need < 0 or need > len(cuts):
        return None
    for chosen in combinations(reversed(cuts), need):
        cells = _cells_at(pieces, set(chosen))
        if all(_wraps(c) for c in cells):
            return [_joined(c) for c in cells]
    return None


def _cells_at(pieces: list[str], cuts: set[int]) -> list[list[str]]:
    """``pieces`` cut into cells before each index in ``cuts`` and at every empty piece."""
    cells: list[list[str]] = [[pieces[0]] if pieces[0] else []]
    for i in range(1, len(pieces)):
        if i in cuts or not pieces[i] or not pieces[i - 1]:
            cells.append([pieces[i]] if pieces[i] else [])
        else:
            cells[-1].append(pieces[i])
    return cells


def _wraps(lines: list[str]) -> bool:
    """True when ``lines`` can be one cell's wrapped lines: those before the last alike in width,
    the last no wider."""
    if len(lines) < 2:
        return True
    widths = [display_width(ln) for ln in lines]
    full = widths[:-1]
    return max(full) - min(full) <= WRAP_WIDTH_JITTER and widths[-1] <= max(full) + WRAP_WIDTH_JITTER


def _joined(lines: list[str]) -> str:
    """A wrapped cell's lines as one, by the text reader's own rule for a wrap (``join_rest``)."""
    return reduce(join_rest, lines, "")
