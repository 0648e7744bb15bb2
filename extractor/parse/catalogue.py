"""A bureau's disclosure catalogue (主动公开目录, 政府信息公开目录) read as a task table: each row hands a kind of
information to one of the bureau's divisions (tests/fixtures/README.md "A disclosure catalogue's rows").

The header names the catalogue by its own columns (``catalogue.toml``: 公开时限, 公开方式, 公开主体 …); only
such a header changes how a column is read (``catalogue_roles``, asked by ``columns.settle_roles``), so an
ordinary task table is read as before:

- the content column (公开内容, 内容描述) holds the row's text, where no task word names another column;
- the publisher column (公开主体: the bureau itself, printed on every row beside its 责任股室) names no unit;
- a category column (信息类别) whose every row prints a name of its own, none left empty under a group's first
  row, names each row (a short name kept beside the measure), not a group: a catalogue whose categories group
  rows prints a group's name in its first row only, and that column stays the section.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..cachefiles import load_toml
from ..hanzi import simplified
from ..text import TRAILING_NOTE_RE, compact
from .grid import Grid
from .roles import UNIT_ROLES, header_roles


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    data = load_toml(resources.files(__package__).joinpath("catalogue.toml"))["catalogue"]
    return {k: tuple(v) for k, v in data.items()}


@lru_cache(maxsize=1024)
def _key(name: str) -> str:
    """A header name as the vocabulary is matched: no white space, no bracketed note, simplified."""
    bare = compact(name)
    return simplified(TRAILING_NOTE_RE.sub("", bare) or bare)


def is_catalogue(names: tuple[str, ...] | list[str]) -> bool:
    """The header ``names`` a catalogue's own column (``[catalogue] marks``)."""
    marks = _words()["marks"]
    return any(_key(n) in marks for n in names if n)


def names_column(name: str) -> bool:
    """``name`` is one of a catalogue's own column words (``[catalogue]`` marks, content, publisher)."""
    key = _key(name)
    words = _words()
    return key in words["marks"] or key in words["content"] or key in words["publisher"]


def names_spanning(name: str) -> bool:
    """``name`` is a catalogue's header cell printed over sub-columns of its own (``[catalogue] spans``: 公开对象
    over 全社会 | 特定群体)."""
    return _key(name) in _words()["spans"]


def catalogue_roles(roles: list[str | None], body: Grid, names: tuple[str, ...]) -> list[str | None]:
    """``roles`` (the header words' roles, None where none) as a catalogue's header gives them; unchanged
    for any other header."""
    if not names or not is_catalogue(names):
        return roles
    words = _words()
    roles = list(roles)
    keys = [_key(n) for n in names]
    if "measure" not in roles:
        content = next((i for i, k in enumerate(keys) if i < len(roles) and k in words["content"]), None)
        if content is not None:
            roles[content] = "measure"
    for i, k in enumerate(keys[:len(roles)]):
        if k in words["publisher"]:
            roles[i] = None
        elif roles[i] == "section" and _names_each_row(body, i, roles.index("measure") if "measure" in roles else None):
            roles[i] = None
    return roles


def _names_each_row(body: Grid, col: int, task: int | None) -> bool:
    """Every row printing its content (column ``task``; a row the copy cut before it counts for nothing) prints a
    cell of its own in column ``col`` (none empty, merged down or spanning the row), no two rows in a row the
    same: the column names rows, it groups none."""
    cells = [row[col] for row in body if col < len(row) and any(c.text for c in row)
             and not all(c.col_copy for c in row[1:]) and (task is None or (task < len(row) and row[task].text))]
    if len(cells) < 2 or any(c.row_copy or c.col_copy or not c.text for c in cells):
        return False
    return all(a.text != b.text for a, b in zip(cells, cells[1:]))


def prints_catalogue_header(lines) -> bool:
    """A line of ``lines`` is a catalogue's header printed with ``|`` or TAB between its cells (``序号 | 公开类别及事项 |
    公开内容 | 责任单位``): a catalogue's column (``is_catalogue``) beside a unit's (``role_of``)."""
    for line in lines:
        if "|" not in line and "\t" not in line:
            continue
        cells = [c.strip() for c in _SEPARATORS.split(line) if c.strip()]
        if len(cells) >= 3 and is_catalogue(cells) and any(_key(c) in _unit_words() for c in cells):
            return True
    return False


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """The words naming a unit's column (责任单位, 责任股室, 牵头单位 …: ``roles.header_roles``)."""
    words = header_roles()
    return frozenset(w for role in UNIT_ROLES for w in words[role])


_SEPARATORS = re.compile(r"[|\t]")
