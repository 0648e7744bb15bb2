"""Tables laid out by unit: a unit's rows labelled as work done and work planned, and unit
cells whose line breaks wrap one long name.

A weekly (or monthly) work table prints one group of rows per unit (序号 | 责任单位 | label |
工作内容 | 责任人): the unit's 序号 and name merged over its rows, a narrow cell beside the task
cell labelling each row, 本周工作完成情况 (a report of work done: no measure) or 下周工作安排
(the work the unit is given).  The planned row's cell holds numbered items (1、… 2、… a paragraph
each), and each item is a measure led by the row's unit; the unit's rows are a section, labelled
by the 序号 as printed and titled by the unit's name (docs/parsing.md §8, "A table laid out by
unit").  The labels are data (``[table] report_row_labels`` / ``plan_row_labels`` in
``parse/vocab.toml``).

Such a table's narrow unit column wraps a long name over several lines (益阳市<br>生态<br>环境局
…, 某镇<br>人民政府): ``join_wrapped_name`` reads the parts of any unit cell as one name when
one of them names no unit alone (a bare head word, or a fragment that ends like no name).
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, reduce
from operator import or_
from typing import TYPE_CHECKING, Iterable, Iterator

from .grid import Cell, join_parts
from .breakrepair import repair_breaks
from .unitlists import GROUP_OPENERS, ends_like_unit, names_unit_or_place
from ..agencies.jurisdiction import LEVEL_CHARS
from ..agencies.registry import default_patterns, default_registry
from ..hanzi import simplified
from ..models import Section
from ..numbering import continues_list, opens_numbered_list, split_measure_label
from ..text import CJK_ONLY_RE, compare_key, vocab

if TYPE_CHECKING:
    from ..agencies.records import Registry

#: a row label is a few words (本周工作完成情况: 8); a longer cell is no label
MAX_ROW_LABEL_CHARS = 12
#: a column is a by-unit table's label column when at least this many body rows carry a label
MIN_LABELLED_ROWS = 2
#: a wrapped fragment of a name is one line of a narrow cell: this many characters at most
MAX_WRAPPED_FRAGMENT = 6
#: distinct lines ``_fragment`` keeps (as ``conventions.split_units``: the unit names of a large corpus)
_FRAGMENT_CACHE = 16384
#: the last character of a place's name: a part so ending can name a unit alone (经开区, 某镇):
#: the level words of places.toml [levels] and the town-level ones below a county
PLACE_ENDINGS = LEVEL_CHARS + "镇乡村街"


@lru_cache(maxsize=1)
def _labels() -> tuple[frozenset[str], frozenset[str]]:
    table = vocab()["table"]
    return frozenset(table["report_row_labels"]), frozenset(table["plan_row_labels"])


@lru_cache(maxsize=1)
def _bare_heads() -> frozenset[str]:
    return frozenset(vocab()["table"]["bare_unit_heads"])


@lru_cache(maxsize=_FRAGMENT_CACHE)
def _bare_head_line(part: str) -> bool:
    """``part``, a line of a unit cell, is a bare head word (in simplified characters): one a table may print
    as a unit cell of its own (``heads_named_alone``)."""
    return simplified(part) in _bare_heads()


def _label_key(cell: Cell) -> str | None:
    """The label a cell prints (its breaks and spaces aside, in simplified characters), or None."""
    if cell.col_copy or not cell.text or len(cell.text) > 2 * MAX_ROW_LABEL_CHARS:   # spaces aside
        return None
    key = compare_key(cell.text)
    return key if len(key) <= MAX_ROW_LABEL_CHARS else None


def row_label_column(rows: list[list[Cell]], roles: tuple[str, ...]) -> int | None:
    """The column labelling a by-unit table's rows as done or planned work: an extra column
    (no role word heads it) where ``MIN_LABELLED_ROWS`` body cells are labels, one at least a
    plan label; None for every other table."""
    report, plan = _labels()
    for i, role in enumerate(roles):
        if role != "extra":
            continue
        keys = [_label_key(row[i]) for row in rows if i < len(row)]
        found = [k for k in keys if k in report or k in plan]
        if len(found) >= MIN_LABELLED_ROWS and any(k in plan for k in found):
            return i
    return None


def reports_work_done(row: list[Cell], column: int) -> bool:
    """The row's label says it reports work done (本周工作完成情况): no measure."""
    return column < len(row) and _label_key(row[column]) in _labels()[0]


def unit_section(row: list[Cell], number: int | None, unit: int | None, current: Section | None,
                 sections: list[Section]) -> Section | None:
    """The section of a by-unit row: its 序号 as printed and its unit's name; the current one
    while the row is still that unit's (merged cells), else a new one added to ``sections``."""
    label = row[number].text.strip() if number is not None and number < len(row) else ""
    title = "、".join(join_wrapped_name(row[unit].parts)) if unit is not None and unit < len(row) else ""
    if not title:
        return current
    if current is not None and current.title == title and (current.label or "") == label:
        return current
    no = int(label) if label.isdecimal() else len(sections) + 1
    section = Section(no=no, label=label or None, title=title)
    sections.append(section)
    return section


def item_rows(row: list[Cell], measure: tuple[int, ...]) -> list[list[Cell]]:
    """The row once per numbered item of its task cell (1、… 2、…, a paragraph each or run on
    in one), the task cell holding that item only; the row itself when the cell is no list."""
    if len(measure) != 1:
        return [row]
    cell = row[measure[0]]
    lines = [piece for part in cell.parts for piece in repair_breaks(part)]
    if not opens_numbered_list(lines):
        return [row]
    items = [lines[0]]
    for line in lines[1:]:
        if continues_list(items, line):
            items.append(line)
        else:   # a paragraph of the item above
            items[-1] = join_parts((items[-1], line))
    out = []
    for item in items:
        copy = list(row)
        copy[measure[0]] = Cell((item,), cell.origin, cell.row_copy, cell.col_copy)
        out.append(copy)
    return out


def lists_by_unit(rows: list[list[Cell]], plan) -> bool:
    """The body ``rows`` are a table laid out BY UNIT whose task cells number a unit's tasks afresh
    (承办单位 | 任务目标 | … with ``1.健全…。2.做好…。`` in one cell): no 序号 or section column, one task
    column, only unit columns before it (the first column the unit's), every task cell with text
    opening with item 1 and one at least a numbered list (``opens_numbered_list``).  Each number of
    such a cell is a measure of its own (tests/fixtures/README.md, numbered tasks in one cell); a
    table by task, whose row names its own task, keeps a cell's numbered points as one measure."""
    if plan.number is not None or plan.section is not None or len(plan.measure) != 1 or not plan.units:
        return False
    task = plan.measure[0]
    if task == 0 or any(i not in plan.units for i in range(task)):
        return False
    listed = False
    for row in rows:
        cell = row[task] if task < len(row) else None
        if cell is None or not cell.text or cell.row_copy or cell.col_copy:
            continue
        first = cell.parts[0]
        if not first[:1].isdecimal() or split_measure_label(first)[0] != 1:
            return False
        listed = listed or opens_numbered_list([p for part in cell.parts for p in repair_breaks(part)])
    return listed


def heads_named_alone(cells: Iterable[Cell]) -> frozenset[str]:
    """The bare head words (``[table] bare_unit_heads``: 办公室) that ``cells``, a table's unit cells, print as a
    cell's whole text: the table names that unit by the head word alone (a bureau's own 办公室 among its 科室),
    so a line of a cell that is the word names the same unit (``join_wrapped_name``'s ``alone``).  In simplified
    characters: a mirror that converted part of the page prints 辦公室 in one row and 办公室 in another."""
    return frozenset(simplified(c.parts[0]) for c in cells if len(c.parts) == 1 and _line_marks(c.parts[0]) & _HEAD)


class HeadsAlone:
    """``heads_named_alone`` of a table's unit cells, worked out only when a cell of several lines asks it of a
    line that is a bare head word (``[table] bare_unit_heads``, simplified): the set holds such words alone, so a
    cell none of whose lines is one gets the answer the set would give without it.  Most tables' multi-line unit
    cells hold no bare head word, and the walk over every unit cell of the table cost about 1 % of extracting a
    bench page (docs/scale.md, session 72).  Read as ``join_wrapped_name`` and ``_cut_at_heads_alone`` read the
    frozenset: truth (always true, as any object: it may hold words), ``isdisjoint`` and ``in``."""

    __slots__ = ("_cells", "_words")

    def __init__(self, cells: Iterable[Cell]) -> None:
        self._cells, self._words = cells, None

    def words(self) -> frozenset[str]:
        """The set itself (``heads_named_alone``), worked out at the first call."""
        if self._words is None:
            self._words, self._cells = heads_named_alone(self._cells), ()
        return self._words

    def isdisjoint(self, simple: Iterable[str]) -> bool:
        return self.words().isdisjoint(simple)

    def __contains__(self, word: str) -> bool:
        return word in self.words()


def join_wrapped_name(parts: tuple[str, ...], alone: "frozenset[str] | HeadsAlone" = frozenset()) -> tuple[str, ...]:
    """A unit cell's parts as one name when its line breaks wrap one (``某市<br>交通<br>运输局``,
    ``某镇<br>人民政府``): every part a run of Chinese characters, the whole ending like a unit,
    no line after the first opening a name of its own (区…, 市…, 各…), and some part naming no
    unit alone (a bare head word after the first, or a short fragment that ends like no unit and
    no place).  Parts that each name a unit stay apart, and so do 区公安 / 区财政局.  A line the
    agency registry lists as a name (松山湖, 生态园: ``_whole_lines``) is no fragment, and the cell
    is cut after it where the next line names a unit or a place of its own (no fragment, no bare
    head word) and the two lines make no name the registry lists: ``生态园<br>东莞市司法局`` stays
    two, ``松山湖<br>公安<br>分局`` wraps one name.  A line that is a bare head word the table prints as a
    cell of its own (``alone``: ``heads_named_alone``) names that unit, never the rest of the name over it
    (``市公安局<br>办公室`` is two units where the table's own 办公室 leads a row alone); ``alone`` holds bare head
    words only, so a cell none of whose lines is one (``_bare_head_line``, cached by line) does not ask it."""
    if len(parts) < 2:
        return parts
    if alone and any(map(_bare_head_line, parts)) and not alone.isdisjoint(map(simplified, parts)):
        return _cut_at_heads_alone(parts, alone)
    # the parts' own tests, read from each line's marks (``_line_marks``, cached by line), before the
    # whole's unit ending (the same answer in either order): most cells of several lines are whole
    # names one a line, which the marks rule out, and the ending is a search over the joined text
    marks = tuple(map(_line_marks, parts))
    if not reduce(or_, marks) & _ACTS:
        return parts   # whole names one a line (most cells): nothing below cuts, joins or wraps them
    if any(m & _HEAD and before & _DIVISION for before, m in zip(marks, marks[1:])):
        return _cut_under_divisions(parts, marks)
    if any(m & _BRANCH for m in marks[1:]):   # 某局 / 青溪区分局: the line over a branch takes it first
        parts = _branches_joined(parts, marks)
        if len(parts) < 2:
            return parts
        marks = tuple(map(_line_marks, parts))
    if not _may_wrap(marks):
        return _fragments_joined(parts, marks)
    whole = _whole_lines(parts)
    if not any(whole):   # the registry's names are looked at only in a cell that would join
        return _joined(parts)
    # a listed line is no fragment; the cut after it asks what the next line's form is (大通湖 in
    # 某局 / 大通湖 / 分局 is a fragment by its form, whether or not a registry lists it)
    named = tuple(m & ~_FRAGMENT if w else m for m, w in zip(marks, whole))
    out: list[str] = []
    start = 0
    for i in range(1, len(parts) + 1):
        if i == len(parts) or (whole[i - 1] and not marks[i] & (_FRAGMENT | _HEAD)
                               and simplified(parts[i - 1] + parts[i]) not in _registry_names()):
            run = parts[start:i]
            out.extend(_joined(run) if len(run) > 1 and _may_wrap(named[start:i]) else run)
            start = i
    return tuple(out)


def _cut_at_heads_alone(parts: tuple[str, ...], alone: "frozenset[str] | HeadsAlone") -> tuple[str, ...]:
    """``join_wrapped_name`` of each run of ``parts`` between the lines that are a head word of ``alone`` (simplified
    characters), each of those a unit of its own (``市公安局<br>办公室``: 市公安局 and 办公室)."""
    out: list[str] = []
    start = 0
    for i, part in enumerate(parts):
        if simplified(part) in alone:
            out.extend(join_wrapped_name(parts[start:i]))
            out.append(part)
            start = i + 1
    out.extend(join_wrapped_name(parts[start:]))
    return tuple(out)


def _cut_under_divisions(parts: tuple[str, ...], marks: tuple[int, ...]) -> tuple[str, ...]:
    """``join_wrapped_name`` of each run of ``parts`` cut before every bare head word under a line
    naming a division inside a body (``_DIVISION``: 综合规划处): a division holds no body a head
    word names, so the head word is a unit of its own, the body's own 办公室 beside its 处室
    (``综合规划处<br>办公室``: two units; ``综合<br>规划处<br>办公室``: 综合规划处 and 办公室)."""
    out: list[str] = []
    start = 0
    for i in range(1, len(parts) + 1):
        if i == len(parts) or (marks[i] & _HEAD and marks[i - 1] & _DIVISION):
            out.extend(join_wrapped_name(parts[start:i]))
            start = i
    return tuple(out)


def _branches_joined(parts: tuple[str, ...], marks: tuple[int, ...]) -> tuple[str, ...]:
    """``parts`` with each line naming a place's branch (``_branch_parents``: 青溪区分局) joined to
    the line over it when that line ends like the body it is a branch of (a 分局 after a 局); a line
    after a body of another kind stays as it is."""
    out = [parts[0]]
    for part, mark in zip(parts[1:], marks[1:]):
        if mark & _BRANCH and simplified(out[-1]).endswith(_branch_parents(simplified(part))):
            out[-1] += part
        else:
            out.append(part)
    return tuple(out)


def _fragments_joined(parts: tuple[str, ...], marks: tuple[int, ...]) -> tuple[str, ...]:
    """``parts`` of a cell listing several units one a line, with each line that names no unit (a
    fragment opening a name: 市数据资源) joined to the lines under it that open no name of their own
    (管理局), as long as the line built so still names none and the whole ends like a unit: the cell
    was too narrow for that one name (holdout brokenunit-wuhu-2023-3: 市人社局 / 市数据资源 / 管理局 /
    市财政局).  Lines that each name a unit stay apart, and so does a line the agency registry lists as a name
    (生态园 over 水乡功能区管委会: ``_registry_names``); a fragment no line completes stays as printed."""
    out: list[str] = []
    last = 0
    for part, mark in zip(parts, marks):
        if (out and last & _FRAGMENT and not last & (_UNIT_NAME | _NOT_CJK)
                and not mark & (_OPENS | _NOT_CJK) and ends_like_unit(simplified(out[-1] + part))
                and simplified(out[-1]) not in _registry_names()):   # a listed name (生态园) is whole
            out[-1] += part
            last = _line_marks(out[-1])
            continue
        out.append(part)
        last = mark
    return tuple(out)


def _may_wrap(marks: tuple[int, ...]) -> bool:
    """The lines' own tests of a wrapped name, from their marks: all Chinese, none after the first
    opening a name (but a level word and a bare head word right after a fragment: 先导 / 区管委会),
    and a fragment among them or a bare head word after the first.  A bare head word says no wrap
    where two lines each name a unit of their own (``_UNIT_NAME``): a province department's 处室
    one a line, 社会发展处 / 固定资产投资处 / 办公室, list the department's own 办公室 too, while a
    wrapped name has one such line at most (市政府 / 办公室, 某局 / 交通 / 运输局)."""
    first, *later = marks
    rest, before = 0, first
    for m in later:
        if m & _OPENS and not (m & _LEVEL_HEAD and before & _FRAGMENT):
            return False
        rest |= m
        before = m
    if (first | rest) & _NOT_CJK:
        return False
    return bool((first | rest) & _FRAGMENT
                or (rest & _HEAD and sum(1 for m in marks if m & _UNIT_NAME) < _LISTED_UNIT_LINES))


def _joined(parts: tuple[str, ...]) -> tuple[str, ...]:
    joined = "".join(parts)
    return (joined,) if ends_like_unit(joined) else parts


def _whole_lines(parts: tuple[str, ...]) -> tuple[bool, ...]:
    """Which lines the agency registry lists as a name of a body (in simplified characters)."""
    names = _registry_names()
    return tuple(simplified(p) in names for p in parts)


#: the registry the notice being read resolves against (``reading_registry``); unset, the shipped
#: one and the user's folders ($EXTRACTOR_REGISTRY)
_READING: ContextVar["Registry | None"] = ContextVar("reading_registry", default=None)


@contextmanager
def reading_registry(registry: "Registry") -> Iterator[None]:
    """The parse step reads ``registry``'s names while the block runs: the registry a caller passed
    (``extractor.extract(registry=...)``), not only the shipped one, as the resolver does."""
    token = _READING.set(registry)
    try:
        yield
    finally:
        _READING.reset(token)


def _registry_names() -> frozenset[str]:
    """Every name the agency registry lists (the one being read, else the shipped one and the
    user's folders; in simplified characters): the proper names among them end like no unit
    (松山湖, 生态园) and are units."""
    return (_READING.get() or default_registry()).listed_names


#: ``_line_marks``' bits: a line not all Chinese; one opening a name of its own (``_opens_name``); a bare
#: head word (人民政府); a short fragment (``_fragment``); a level word and a bare head word (区管委会);
#: a place's branch of the body over it (``_branch_parents``: 青溪区分局); a line ending like a unit,
#: no bare head word (社会发展处: it names a unit of its own); one naming a division inside a body
#: (``_division``: 综合规划处)
_NOT_CJK, _OPENS, _HEAD, _FRAGMENT, _LEVEL_HEAD, _BRANCH, _UNIT_NAME, _DIVISION = 1, 2, 4, 8, 16, 32, 64, 128
#: the marks ``join_wrapped_name`` acts on: a cell none of whose lines holds one is given back as it is (no
#: bare head word cuts it under a division, no branch joins the line over it, no fragment wraps or joins:
#: ``_may_wrap`` asks for a fragment or a head word, ``_fragments_joined`` for a fragment); one test of
#: the lines' marks together, where the steps' own tests cost about 15,000 instructions a cell of several lines
_ACTS = _HEAD | _BRANCH | _FRAGMENT
#: this many lines of a cell each naming a unit of its own make it a list of names one a line: a
#: wrapped name ends like a unit once, on its last line or the line over a bare head word
_LISTED_UNIT_LINES = 2
#: the place before a branch's head is at least this long (青溪区; 区分局 is a level word and the head)
MIN_BRANCH_PLACE = 2


@lru_cache(maxsize=_FRAGMENT_CACHE)
def _line_marks(part: str) -> int:
    """What ``join_wrapped_name`` asks of a line of a unit cell, as bits: a cell's lines are unit
    names seen before, so each line's tests are made once (and it is converted to simplified once)."""
    if not CJK_ONLY_RE.fullmatch(part):
        return _NOT_CJK
    simple = simplified(part)
    opens, head = _opens_name(simple), simple in _bare_heads()
    return ((_OPENS if opens else 0) | (_HEAD if head else 0)
            | (_FRAGMENT if _fragment(simple) else 0) | (_LEVEL_HEAD if _level_head(simple) else 0)
            | (_BRANCH if not opens and _branch_parents(simple) else 0)
            | (_UNIT_NAME if not head and ends_like_unit(simple) else 0)
            | (_DIVISION if _division(simple) else 0))


@lru_cache(maxsize=1)
def _branch_heads() -> dict[str, tuple[str, ...]]:
    return {head: tuple(parents) for head, parents in vocab()["table"]["branch_heads"].items()}


def _branch_parents(part: str) -> tuple[str, ...]:
    """The endings of the body whose branch ``part`` (simplified) names: a place printed with its
    level word and a head of ``[table] branch_heads`` (青溪区分局 -> 局, 青溪区大队 -> 局 or 支队);
    () for any other line (公安分局: a department's word before the head; 区分局)."""
    for head, parents in _branch_heads().items():
        place = part[:-len(head)]
        if part.endswith(head) and len(place) >= MIN_BRANCH_PLACE and place[-1] in PLACE_ENDINGS:
            return parents
    return ()


@lru_cache(maxsize=1)
def _division_ends() -> tuple[str, ...]:
    return tuple(vocab()["table"]["division_ends"])


def _division(part: str) -> bool:
    """A line (simplified) naming a division inside a body: it ends like a unit, in a word of
    ``[table] division_ends`` (综合规划处, 法规审批股, 督查室) and in no bare head word (街道办事处,
    党政办公室 name bodies' offices)."""
    return (part.endswith(_division_ends()) and not part.endswith(tuple(_bare_heads()))
            and ends_like_unit(part))


def _opens_name(part: str) -> bool:
    """A line opening a name of its own: a level (区公安 / 市财政局) or a group (各街道, 相关部门);
    asked of the simplified line (區財政局 opens one as 区财政局 does)."""
    return part.startswith(default_patterns().level_prefixes + GROUP_OPENERS)


def _level_head(part: str) -> bool:
    """A level word and a bare head word (区管委会, 县人民政府): after a fragment (先导, a place's or a
    zone's own name cut short) the level word ends that name (先导区) and the head word is its body's,
    so the line wraps the name on rather than opening one (长沙 / 先导 / 区管委会 is one name).  A
    level word and a department (区财政局) opens a name after any line."""
    return part[:1] in default_patterns().level_prefixes and part[1:] in _bare_heads()


def _fragment(part: str) -> bool:
    """A short piece of a name that names nothing alone (生态, 大通湖, 市): not a unit, a place
    (某镇) or a town or street office (东城街道: ``[verbs] place_end``).  Asked through
    ``_line_marks``, which caches a line's answers."""
    if len(part) > MAX_WRAPPED_FRAGMENT:
        return False
    return len(part) < 2 or not (part[-1] in PLACE_ENDINGS or names_unit_or_place(part))
