"""A text-bl table's header printed cell by cell over two levels (stage 5b, ``textbl._bl_header``).

A project table copied one cell a paragraph (a mirror of a city's 重大项目建设计划, its attachment's Word table) prints
its header as the Word table's cells in reading order: the first level's cells, a cell whose name wrapped printed as
two paragraphs (``建设`` / ``性质``, ``责任`` / ``单位``), a year's group cell over two columns (``2016年工作``), and after
the first level's last cell the group's own columns (``计划`` / ``投资``, ``主要建设`` / ``内容``); under the header a sum
row (``合计`` and its figures) and a section's row with its figures (``一、基础设施（25）`` / ``6836118`` …) stand before row
1.  These helpers read the names back one a column, as the rows print their cells (docs/forms.md, text-bl).
"""
from __future__ import annotations

from .roles import project_column_words
from .tableheader import header_key, role_of
from ..hanzi import simplified
from ..lazyre import lazy_re
from ..text import compact, fold, vocab

#: a sum row's figure printed as a paragraph of its own (money, a count: 19271255, 3651390.5)
_FIGURES_RE = lazy_re(r"\d[\d.,]*")
#: a year's group cell over a project table's columns of that year (2016年工作, 2021年度计划): a year, then words
_YEAR_GROUP_RE = lazy_re(r"(?:19|20)\d\d年度?\D+")
#: a year's group cell spans at least this many columns (one column under it would be its own name)
MIN_GROUP_COLUMNS = 2


def is_sum_cell(line: str) -> bool:
    """``line`` is a paragraph of a sum row standing between a header and row 1: a figure, or a total word
    (``合    计``: ``vocab.toml [table] total_words``, its spaces aside)."""
    s = compact(simplified(fold(line)))   # a mirror's full-width figures and traditional 合計 alike
    return bool(_FIGURES_RE.fullmatch(s)) or s in vocab()["table"]["total_words"]


def names_column(name: str) -> bool:
    """``name`` names a column: a role's word, or a project table's column word (``[project_columns]``: 建设性质,
    计划投资, 业主单位)."""
    key = header_key(name)
    return role_of(name) is not None or any(key in words for kind, words in project_column_words().items()
                                            if kind != "stages")


def joined_pieces(names: list[str]) -> list[str]:
    """``names`` with a cell's name the copy printed as two paragraphs joined again: two pieces neither of which names
    a column and that name one together (``建设`` + ``性质``, ``责任`` + ``单位``, ``主要建设`` + ``内容``).  A piece naming
    a column alone stays a name (``序号``, ``总投资``)."""
    out: list[str] = []
    for name in names:
        if out and not names_column(out[-1]) and not names_column(name) \
                and names_column(header_key(out[-1]) + header_key(name)):
            out[-1] = header_key(out[-1]) + header_key(name)
        else:
            out.append(name)
    return out


def second_level(names: list[str]) -> list[str]:
    """``names`` with a year's group cell (``2016年工作``: ``_YEAR_GROUP_RE``, naming no column itself) replaced by the
    columns under it, which a Word table's second header row prints after the first row's last cell: the names after
    the last unit or owner column (``… 责任单位 业主单位 计划投资 主要建设内容``), at least ``MIN_GROUP_COLUMNS``, each
    naming a column.  Each is named by the group and its own word (``2016年工作主要建设内容``), as a two-row header names
    a column: the year's work is no column of the whole table's (tests/fixtures/README.md "A project table's two
    content columns").  Any other header is left as printed."""
    groups = [i for i, n in enumerate(names) if _YEAR_GROUP_RE.fullmatch(compact(fold(n))) and not names_column(n)]
    if len(groups) != 1:
        return names
    ends = [i for i, n in enumerate(names) if role_of(n) in _LAST_ROLES or _names_owner(n)]
    if not ends or ends[-1] < groups[0]:
        return names
    under = names[ends[-1] + 1:]
    if len(under) < MIN_GROUP_COLUMNS or not all(map(names_column, under)):
        return names
    group = compact(names[groups[0]])
    return names[:groups[0]] + [group + header_key(n) for n in under] + names[groups[0] + 1:ends[-1] + 1]


#: the roles of a unit column that may close a header's first level before a group's columns
_LAST_ROLES = ("lead", "support", "responsible")


def _names_owner(name: str) -> bool:
    return header_key(name) in project_column_words()["owner"]
