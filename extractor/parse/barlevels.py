"""A ``|`` copy of a table whose header names one column's levels on a line of their own (text-bar).

A disclosure catalogue prints its category over three levels (``序号 | 公开类别及事项 | 公开内容 | 责任单位`` over
``一级 | 二级 | 三级``: the source's one header cell spanning three columns), and its copy drops every empty cell: a
row prints the levels its category has (``1 | 组织机构 | 机构联系方式 | … | 办公室``) and a group's later row only the
levels that change (``2 | 主要职责 | … | 办公室`` under ``机构概况``).  ``level_columns`` writes such a table's lines
again with every column in place, so the grid reader reads it as any copy whose merged cells are left empty
(tests/fixtures/README.md "A disclosure catalogue's rows"):

- the header names the levels: the spanning cell's name stands over the first level (its role, a category's
  group, kept), each later level named by its own word (二级, 三级) and kept beside the measure;
- a row's level cells are the innermost the table uses, as deep as its deepest row prints: a row printing
  fewer leaves its outer levels empty (the group above goes on); the cells before and after the levels
  (序号; 公开内容, 责任单位) are printed in full, and a row whose cells do not come out so (a row the copy
  cut) stays as printed.
"""
from __future__ import annotations

import re

from .tableheader import role_of
from ..hanzi import simplified
from .textcells import bar_line

#: a level's word in a header's second line (一级, 二级事项, 三级类别)
LEVEL_WORD_RE = re.compile(r"^[一二三四五]级\S{0,4}$")
#: the header may stand this many lines into the table's lines at most before its level line is looked for
MAX_LEVEL_ROWS = 3


def _cells(line: str) -> list[str]:
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") else s
    return [c.strip() for c in s.split("|")]


def _is_bar(line: str) -> bool:
    return line.count("|") >= 2


def level_columns(lines: list[str]) -> list[str]:
    """``lines`` with a header's level line (``一级 | 二级 | 三级`` under ``…类别及事项``) folded into the header
    and each row's cells put under their columns; ``lines`` themselves where no such header stands, or where
    a row's cells do not come out so."""
    at = sub = None
    for i, line in enumerate(lines):
        if _is_bar(line):
            j = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            if j is not None and _is_level_line(lines[j]):
                at, sub = i, j
                break
    if at is None:
        return lines
    names, levels = _cells(lines[at]), [c for c in _cells(lines[sub]) if c]
    col = _spanned_column(names)
    if col is None or len(levels) < 2:
        return lines
    after = len(names) - col - 1   # cells each row prints after the levels
    rows, deepest = [], 0
    for i in range(sub + 1, len(lines)):
        if not _is_bar(lines[i]):
            rows.append((i, None))
            continue
        cells = [c for c in _cells(lines[i])]
        k = len(cells) - col - after
        rows.append((i, cells if 1 <= k <= len(levels) else None))
        if 1 <= k <= len(levels):
            deepest = max(deepest, k)
    if not deepest or not any(c for _, c in rows):
        return lines
    out = lines[:at] + [bar_line(names[:col + 1] + levels[1:] + names[col + 1:])] + lines[at + 1:sub]
    for i, cells in rows:
        if cells is None:
            out.append(lines[i])
            continue
        k = len(cells) - col - after
        placed = [""] * (deepest - k) + cells[col:col + k] + [""] * (len(levels) - deepest)
        out.append(bar_line(cells[:col] + placed + cells[col + k:]))
    return out


def _is_level_line(line: str) -> bool:
    """``line`` prints only levels' words between its pipes (``一级 | 二级 | 三级 |``), at least two."""
    cells = [c for c in _cells(line) if c] if _is_bar(line) or "|" in line else []
    return len(cells) >= 2 and all(LEVEL_WORD_RE.match(simplified(c)) for c in cells)


def _spanned_column(names: list[str]) -> int | None:
    """The header cell the level line stands under: the first naming a group of rows (a section's word: 类别,
    公开类别及事项 …), else None."""
    return next((i for i, n in enumerate(names) if n and role_of(n) == "section"), None)
