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
from ..numerals import CN_ONE_TO_NINE
from .catalogue import names_spanning
from .textcells import bar_cells as _cells, bar_line

#: a catalogue's levels go this deep at most (一级 … 五级)
MAX_LEVELS = 5
#: a level's word in a header's second line (一级, 二级事项, 三级类别)
LEVEL_WORD_RE = re.compile(rf"^[{CN_ONE_TO_NINE[:MAX_LEVELS]}]级\S{{0,4}}$")
#: the header may stand this many lines into the table's lines at most before its level line is looked for
MAX_LEVEL_ROWS = 3


def _is_bar(line: str) -> bool:
    return line.count("|") >= 2


def level_columns(lines: list[str]) -> list[str]:
    """``lines`` with a header's level line (``一级 | 二级 | 三级`` under ``…类别及事项``) folded into the header
    and each row's cells put under their columns; ``lines`` themselves where no such header stands, or where
    a row's cells do not come out so."""
    found = _level_header(lines)
    if found is None:
        return lines
    at, sub = found
    names, words = _trimmed(_cells(lines[at])), [c for c in _cells(lines[sub]) if c]
    levels = [w for w in words if LEVEL_WORD_RE.match(simplified(w))]
    others = [w for w in words if not LEVEL_WORD_RE.match(simplified(w))]
    col = _spanned_column(names, levels)
    if col is None or len(levels) < 2:
        return lines
    header = names[:col + 1] + levels[1:] + names[col + 1:]
    if others:   # 全社会 | 特定群体 under 公开对象: the header cell a catalogue prints over sub-columns of its own
        span = next((i for i, n in enumerate(header) if i > col and names_spanning(n)), None)
        if span is None:
            return lines
        header = header[:span] + others + header[span + 1:]
    after = len(header) - col - len(levels)   # cells each row prints after the levels
    body = _rows_joined(lines[sub + 1:], lines[at].lstrip().startswith("|"))
    last = max((n for n, line in enumerate(body) if _is_bar(line)), default=None)
    rows, deepest = [], 0
    for n, line in enumerate(body):
        cells = _trimmed(_cells(line)) if _is_bar(line) else None
        k = len(cells) - col - after if cells is not None else 0
        if cells is not None and k < 1 and n == last and rows:
            continue   # the last row printing fewer cells than a row needs: the copy cut inside it, no row
        rows.append((line, cells if 1 <= k <= len(levels) else None))
        deepest = max(deepest, k if 1 <= k <= len(levels) else 0)
    if not deepest:
        return lines
    out = lines[:at] + [bar_line(header)] + lines[at + 1:sub]
    for line, cells in rows:
        if cells is None:
            out.append(line)
            continue
        k = len(cells) - col - after
        placed = [""] * (deepest - k) + cells[col:col + k] + [""] * (len(levels) - deepest)
        out.append(bar_line(cells[:col] + placed + cells[col + k:]))
    return out


def _level_header(lines: list[str]) -> tuple[int, int] | None:
    """(the header line, its level line) of ``lines``: a ``|`` line over a level line, blank lines between them
    passed, else None."""
    for i, line in enumerate(lines):
        if _is_bar(line):
            j = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            if j is not None and _is_level_line(lines[j]):
                return i, j
    return None


def _trimmed(cells: list[str]) -> list[str]:
    """``cells`` without the empty cells closing the line (``| 对应职责 | |||``: the table's padding, or the closes of
    a row's merged cells printed at its end)."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _rows_joined(lines: list[str], bar_opens: bool) -> list[str]:
    """``lines`` with each row the copy broke over two lines joined again: where the header opens with a ``|``
    (``bar_opens``: every row does), a ``|`` line opening without one goes on from the row line above it (a row
    broken after a long cell: ``| 1 | … | 第二十条…； |`` / ``行政法规 | … | 办公室 |``)."""
    out: list[str] = []
    above = None   # the last line of text in ``out`` (blank lines between a row and its rest passed)
    for line in lines:
        s = line.strip()
        if bar_opens and above is not None and _is_bar(s) and not s.startswith("|") \
                and out[above].lstrip().startswith("|"):
            out[above] = out[above].rstrip() + (" " if out[above].rstrip().endswith("|") else "") + s
            continue
        out.append(line)
        above = len(out) - 1 if s else above
    return out


def _is_level_line(line: str) -> bool:
    """``line`` prints levels' words between its pipes (``一级 | 二级 | 三级 |``), at least two, and beside them at
    most the short names of another cell's sub-columns (``全社会 | 特定群体``): no digit, no sentence."""
    if "|" not in line:
        return False
    cells = [c for c in _cells(line) if c]
    return (sum(1 for c in cells if LEVEL_WORD_RE.match(simplified(c))) >= 2
            and all(len(c) <= SUB_NAME_MAX_CHARS and not any(ch.isdigit() for ch in c) for c in cells))


#: a sub-column's name on a header's second line is a short word (全社会, 特定群体)
SUB_NAME_MAX_CHARS = 6


def _spanned_column(names: list[str], levels: list[str]) -> int | None:
    """The header cell the level line stands under: the first naming a group of rows (a section's word: 类别,
    公开类别及事项 …) or what the levels split (公开事项 over 一级事项 | 二级事项 | 三级事项), else None."""
    noun = simplified(levels[0])[2:] if levels else ""
    return next((i for i, n in enumerate(names) if n and (role_of(n) == "section"
                                                          or (noun and simplified(n).endswith(noun)))), None)
