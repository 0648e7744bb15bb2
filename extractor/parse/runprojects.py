"""A project table run together with nothing between its cells (text-sp run together: ``parse_run_projects``).

A document site's preview of a notice's project table (序号 | 项目名称 | 建设阶段 | 总投资 | 计划投资 | 项目业主 |
牵头协调部门 | 牵头区领导, under ``单位：万元``) prints its header and rows with nothing between them, the money figures
glued into one run of digits: ``…序号项目名称建设阶段总投资2009年计划投资项目业主牵头协调部门牵头区领导合计 3393000349000
1东山…项目加快建设38000025000市某投资公司区旅游局李某某陈某某2西部…``.  Its cells end no sentence, so ``runtable``
cannot read it; what each cell prints tells them apart instead:

- the header: a number column's word (序号), the project's name (``[project_columns] name``), then columns that
  ``[project_columns]`` knows (the stage; the figures, a year opening the word, ``2009年计划投资``; the owner), and
  unit and leader columns (``roles.toml``), in that order, every piece of it named; a 合计 row (合计 and its figures)
  may stand between the header and row 1;
- a row's figures are its last run of digits (the money columns side by side): before it the project's name and its
  stage (a ``[project_columns] stages`` word closing that text), after it the owner, the unit cell and the leader;
- the leader cell is people's names glued (``tableheads.is_person_name`` each), the longest such run closing the row;
- the unit cell opens with a level word (``flatrows.LEVEL_WORDS``: 区建设局) and lists unit names, parted by 、 or
  commas; the owner before it is never empty and each of its pieces ends like a body's name (公司, 合作社, 局); a row
  reads when exactly one cut does (``…股份合作社区农发局``: 区农发局, never 社区农发局).

Rows count up from 1 as ``runtable``'s do.  The stage, figures and owner are no measure's fields (tests/fixtures/
README.md, "A project's owner beside the column that assigns it"): the grid keeps the number, the name (the task
column, docs/forms.md: a name column beside a unit column), the unit and the leader.  docs/forms.md, text-sp.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .cellkinds import names_one_unit
from .flatrows import LEVEL_WORDS
from .roles import UNIT_ROLES, header_roles, project_column_words
from .runtable import NUMBER_WORD_START_RE, RUN_MIN_ROWS, numbered_rows
from .tableheader import role_of
from .tableheads import PERSON_NAME_CHARS, is_person_name
from .textcolumns import run_words
from .textgrid import header_of, parse_body, text_cell, text_lines
from .unitlists import ends_like_unit
from ..brackets import ANY_CLOSERS, ANY_OPENERS, split_outside_brackets
from ..hanzi import simplified
from ..models import Located, ParsedTable
from ..numbering import counts_before
from ..numerals import DIGIT_RANGES
from ..text import NAME_LIST_MARKS, fold, plan_name_ends, vocab

#: a project header run together holds at most this many characters (a longer run is prose)
PROJECT_HEADER_MAX_CHARS = 80
#: a leader cell names at most this many people
LEADER_MAX_PEOPLE = 3
_DIGITS = DIGIT_RANGES
#: a row's figures: a run of digits, with the points of a decimal figure
_FIGURES_RE = re.compile(rf"[{_DIGITS}][{_DIGITS}.．]*")
#: a 合计 row between the header and row 1: the word and its figures, single spaces around them
_TOTAL_RE = re.compile(rf"\s*合计\s*(?:[{_DIGITS}][{_DIGITS}.．]*\s+)*")
#: the kinds of a project header's columns after the number
_NAME, _STAGE, _FIGURES, _OWNER, _UNIT, _LEADER = "name", "stage", "figures", "owner", "unit", "leader"
_ORDER = re.compile(r"NS?F+O?U+L?")
_LETTERS = {_NAME: "N", _STAGE: "S", _FIGURES: "F", _OWNER: "O", _UNIT: "U", _LEADER: "L"}


@lru_cache(maxsize=1)
def _header_re() -> re.Pattern:
    """A number column's word and the project's name's word opening a header run together."""
    numbers = "|".join(sorted(header_roles()["number"], key=len, reverse=True))
    names = "|".join(project_column_words()["name"])
    return re.compile(rf"(?P<number>{numbers})(?P<name>{names})")


@lru_cache(maxsize=1)
def _known_words_re() -> re.Pattern:
    """The ``[project_columns]`` words after the name, a year allowed before a figure's (2009年计划投资)."""
    words = project_column_words()
    alternatives = [f"(?P<{kind}>{'|'.join(words[kind])})" for kind in (_STAGE, _OWNER)]
    alternatives.append(rf"(?P<{_FIGURES}>(?:[{_DIGITS}]{{2,4}}年度?)?(?:{'|'.join(words[_FIGURES])}))")
    return re.compile("|".join(alternatives))


def parse_run_projects(located: Located) -> ParsedTable | None:
    """The rows of a project table run together inside a line (module doc), read as text-sp's are."""
    for line in text_lines(located):
        found = project_header_at(line)
        if found is None:
            continue
        _start, end, names, kinds = found
        rows = _project_rows(line[end:], kinds)
        if rows is None:
            continue
        kept = [k for k, kind in enumerate(kinds) if kind in (_NAME, _UNIT, _LEADER)]
        grid = [[text_cell(c, r, k) for k, c in enumerate([number, *(cells[k] for k in kept)])]
                for r, (number, cells) in enumerate(rows)]
        header = header_of([names[0], *(names[k + 1] for k in kept)], grid)
        if header is not None:
            return parse_body(grid, header, "text-sp")
    return None


def project_table_pieces(line: str) -> list[str] | None:
    """``line`` cut before a project table run together inside it (``project_header_at``), so that what the copy
    printed before the header (the letter, the table's title) is read as lines of its own, or None."""
    found = project_header_at(line)
    if found is None or found[0] == 0:
        return None
    return [p for p in (*_heading_pieces(line[:found[0]]), line[found[0]:]) if p]


def _heading_pieces(before: str) -> list[str]:
    """``before`` (what a project table's header runs on from) cut before the table's own heading, its 附件 mark
    and a title ending like a plan's name (``text.plan_name_ends``: …情况表), and before the unit-of-measure label
    closing it (``[metadata] measure_unit_labels``: 单位：万元), each a line of its own as the copy printed them."""
    unit = _measure_unit_re().search(before)
    end = unit.start() if unit else len(before)
    mark = before.rfind("附件", 0, end)
    if mark < 0 or not before[:end].endswith(plan_name_ends()):
        return [before[:end], before[end:]]
    return [before[:mark], before[mark:end], before[end:]]


@lru_cache(maxsize=1)
def _measure_unit_re() -> re.Pattern:
    """A unit-of-measure label and its units closing a text (单位：万元)."""
    voc = vocab()["metadata"]
    labels = "|".join(map(re.escape, voc["measure_unit_labels"]))
    units = "|".join(map(re.escape, sorted(voc["measure_units"], key=len, reverse=True)))
    return re.compile(rf"(?:{labels})\s*[:：]\s*(?:{units})(?:[、，,/](?:{units}))*\s*$")


def project_header_at(line: str) -> tuple[int, int, list[str], list[str]] | None:
    """(start, end, column names, the kind of each column after the number) of a project header run together in
    ``line`` (module doc), or None."""
    if not NUMBER_WORD_START_RE.search(line):
        return None   # most lines
    simple = simplified(line)
    for m in _header_re().finditer(simple):
        found = _header_columns(simple, m)
        if found is not None:
            end, names, kinds = found
            return m.start(), end, names, kinds
    return None


def _header_columns(simple: str, opener: re.Match) -> tuple[int, list[str], list[str]] | None:
    names, kinds, at = [opener.group("number"), opener.group("name")], [_NAME], opener.end()
    limit = min(len(simple), opener.start() + PROJECT_HEADER_MAX_CHARS)
    while at < limit and not _row_starts(simple, at):
        m = _known_words_re().match(simple, at)
        if m is not None:
            names.append(m.group())
            kinds.append(m.lastgroup)
            at = m.end()
            continue
        stop = _known_words_re().search(simple, at, limit)
        piece = simple[at:stop.start() if stop else limit]
        piece = piece[:_first_row_in(piece)]
        words = run_words(piece) if piece else []
        roles = [role_of(w) for w in words]
        if not words or any(r not in UNIT_ROLES and r != "leader" for r in roles):
            return None
        names.extend(words)
        kinds.extend(_UNIT if r in UNIT_ROLES else _LEADER for r in roles)
        at += len(piece)
    if not _ORDER.fullmatch("".join(_LETTERS[k] for k in kinds)) or not _row_starts(simple, at):
        return None
    return at, names, kinds


def _first_row_in(piece: str) -> int:
    """Where a 合计 row or row 1 opens inside ``piece`` (its length when none does)."""
    return next((i for i in range(len(piece)) if _row_starts(piece, i)), len(piece))


def _row_starts(text: str, at: int) -> bool:
    """A 合计 row or row 1 opens at ``text[at]`` (row 1: the number, then a word)."""
    if text.startswith("合计", at):
        return True
    return fold(text[at:at + 1]) == "1" and fold(text[at + 1:at + 2]) not in "0123456789" \
        and bool(re.match(r"[\u4e00-\u9fff]", text[at + 1:at + 2])) and not counts_before(text, at + 1)


def _project_rows(body: str, kinds: list[str]) -> list[tuple[str, list[str]]] | None:
    """(number, cells) of each row of ``body``, the text after the header, or None when fewer than
    ``RUN_MIN_ROWS`` read."""
    total = _TOTAL_RE.match(simplified(body))   # a traditional copy's 合計
    if total and total.group().strip():
        body = body[total.end():]
    if fold(body[:1]) != "1":
        return None
    rows = numbered_rows(body, 1, lambda text: _row_cells(text, kinds), _opens_project_row)
    return [(str(n), cells) for n, cells in rows] if len(rows) >= RUN_MIN_ROWS else None


def _opens_project_row(body: str, at: int) -> bool:
    """A row number ending at ``body[at]`` opens a project's row: a Chinese character follows and the number
    counts nothing (no 个, 项 … after it)."""
    return bool(re.match(r"[\u4e00-\u9fff]", body[at:at + 1])) and not counts_before(body, at)


def _row_cells(text: str, kinds: list[str]) -> list[str] | None:
    """``text`` (a row after its number) cut into a cell per column of ``kinds`` (module doc), or None: the
    figures' run goes to the first money column, the unit cell to the first unit column."""
    figures = list(_FIGURES_RE.finditer(text))
    if not figures:
        return None
    head, tail = text[:figures[-1].start()], text[figures[-1].end():]
    name, stage = _name_and_stage(head, _STAGE in kinds)
    people = _leader_cut(tail) if _LEADER in kinds else len(tail)
    if not name or people is None:
        return None
    parts = _owner_and_unit(tail[:people], _OWNER in kinds)
    if parts is None:
        return None
    first = {_NAME: name, _STAGE: stage, _FIGURES: figures[-1].group(), _OWNER: parts[0], _UNIT: parts[1],
             _LEADER: tail[people:]}
    return [first[kind] if k == kinds.index(kind) else "" for k, kind in enumerate(kinds)]


def _name_and_stage(head: str, staged: bool) -> tuple[str, str]:
    """The project's name and the stage word closing ``head`` (none when the table prints no stage column)."""
    if staged:
        for word in project_column_words()["stages"]:
            if simplified(head).endswith(word) and len(head) > len(word):
                return head[:-len(word)], head[-len(word):]
    return head, ""


def _leader_cut(tail: str) -> int | None:
    """Where the leader cell closing ``tail`` starts: the longest run of people's names ending it after a piece
    ending like a unit's name (区旅游局 / 李某某陈某某, never 区旅 / 游局李某某: 游 is a surname too), or None."""
    for at in range(1, len(tail)):
        names = _pieces(tail[:at])
        if names and ends_like_unit(simplified(names[-1])) and _people(simplified(tail[at:])):
            return at
    return None


def _people(text: str, count: int = 0) -> bool:
    """``text`` is one to ``LEADER_MAX_PEOPLE`` people's names glued together."""
    if not text:
        return count > 0
    if count >= LEADER_MAX_PEOPLE:
        return False
    return any(is_person_name(text[:k]) and _people(text[k:], count + 1)
               for k in range(PERSON_NAME_CHARS[0], min(PERSON_NAME_CHARS[1], len(text)) + 1))


def _owner_and_unit(text: str, owned: bool) -> tuple[str, str] | None:
    """``text`` cut into the owner cell (when the table prints one) and the unit cell: the one cut that reads."""
    if not owned:
        return ("", text) if _names_units(text) else None
    cuts = [at for at in range(1, len(text))
            if simplified(text[at]) in LEVEL_WORDS and text[at - 1] not in NAME_LIST_MARKS
            and _names_units(text[at:]) and _names_bodies(text[:at])]
    return (text[:cuts[0]], text[cuts[0]:]) if len(cuts) == 1 else None


def _names_units(cell: str) -> bool:
    """``cell`` lists unit names, the first opening with a level word (区建设局、区水务局)."""
    names = _pieces(cell)
    return bool(names) and simplified(names[0][0]) in LEVEL_WORDS and all(names_one_unit(simplified(n)) for n in names)


def _names_bodies(cell: str) -> bool:
    """``cell`` (an owner's) lists names each ending like a body's (某投资公司、某村股份合作社)."""
    names = _pieces(cell)
    return bool(names) and all(ends_like_unit(simplified(n)) for n in names)


def _pieces(cell: str) -> list[str]:
    if not cell or cell[0] in NAME_LIST_MARKS or cell[-1] in NAME_LIST_MARKS:
        return []
    return split_outside_brackets(cell, NAME_LIST_MARKS, ANY_OPENERS, ANY_CLOSERS)
