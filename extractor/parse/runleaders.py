"""A run-together table with a leader's column (``parse/runtable.py``'s rows, read by what they print).

A document site's preview of a Word table ``序号 | 项目名称 | 主要内容 | 区政府分管领导 | 牵头单位 | 配合单位`` runs
every cell into the next with no mark: ``…4580个。周立新教育局经开区高新园（邹区镇）各街道市国有公司2促进…``.  The leader's
name runs into the lead unit, and the units, one a line in the Word cell, into each other.  What parts them is what
each prints:

- a row's task ends its sentence, and the leader's cell opens right after it: a person's name
  (``tableheads.is_person_name``: two to four characters opening with a common surname), of the lengths that read,
  the one after which the first unit is a department the national template knows (周立新 | 文体旅局, never 周立 |
  新文体旅局; 沈丽 | 民政局, never 沈丽民 | 政局), of several the one whose department opens with its level word
  (李红 | 县教育局, never 李红县 | 教育局; 张建国 | 县教育局, never 张建 | 国县教育局), and else the one nearest
  ``LEADER_USUAL_CHARS`` (周立新 | 晋陵公司);
- the units follow (a list mark between two passed), each a name closing on a unit's head character (``agency_patterns.toml unit_suffixes``: 局, 区,
  公司's 司, 街道's 道 …) or on a bracket after one (``高新园（邹区镇）``), at least ``NAME_MIN_CHARS`` long, never cut
  inside a head word (办公室, 委员会, 管委会: vocab.toml ``[metadata] issuer_ends`` and ``[table] bare_unit_heads``), before a bracket, a
  head character or a head word (区政府办公室, 高新区管委会); a name opens with no task verb, so the units end where
  the next task opens (``轨道公司推进大庙弄核心区改造…``: 推进 opens a task);
- a deadline column after the units prints its cell right after them, as far as the deadline grammar reads
  (``deadlines.deadline_length``; no unit's name opens where a deadline does), a task verb closing it where a task
  follows being the task's (``长期坚持`` | ``推进…``);
- a numbered row (序号 and 项目名称 merged over a project's rows) may hold several task rows, each its own task,
  leader and units; a task row printing none after its task (``…8家。为300户…。提升…服务。`` to the row's end) is
  one whose leader and unit cells were merged with the row's above: it takes theirs.

The lead cell is the first name (a lead cell printed with no mark before the support names one unit), the support
cell the others, listed with 、 as the Word cell printed them one a line.  docs/forms.md, text-sp.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .deadlines import deadline_length
from .flatrows import LEVEL_WORDS
from .headlines import opens_with_task_verb
from .labels import match_copy
from .tableheads import is_person_name
from ..agencies.registry import default_patterns
from ..agencies.template import default_template_resolver
from ..brackets import CLOSERS, OPENERS
from ..hanzi import simplified
from ..text import FULL_STOPS, NAME_LIST_MARKS, fold, vocab

#: a unit's name run into others holds at least this many characters (经开区, 各街道): a shorter one is a level and its
#: head word opening a longer name (市委 in 市委宣传部, 区行 in 区行政审批局)
NAME_MIN_CHARS = 3
#: ... and at most this many (the longest official names run to 20: cellkinds.UNIT_BLOCK_MAX_CHARS)
NAME_MAX_CHARS = 20
#: a leader's name is this many characters at most (a compound surname and two more) ...
LEADER_MAX_CHARS = 4
#: ... and most often this many (a surname and a given name of two): where no length puts a department the template
#: knows right after the name, the length nearest this one, the shorter of two as near
LEADER_USUAL_CHARS = 3
#: a deadline cell run into the next task is read in at most this many characters (the longest deadlines, two dates
#: and their words: 2021年6月底前启动，2022年12月底前完成, run to some 25)
DEADLINE_MAX_CHARS = 40
#: the marks a task cell's sentence ends with (the full stops, ``text.FULL_STOPS``: runtable.RUN_SENTENCE_END too)
SENTENCE_END = "".join(FULL_STOPS)
#: what a task cell opens with besides a Chinese character: an opening quote or bracket (runtable's row opener too)
TEXT_OPENERS = "“‘《（(【"


@lru_cache(maxsize=1)
def _suffixes() -> str:
    return default_patterns().unit_suffixes


@lru_cache(maxsize=1)
def _head_words() -> tuple[str, ...]:
    """The head words a unit's name closes with that hold more than one character (办公室, 委员会, 管委会, 人民政府)."""
    words = {*vocab()["metadata"]["issuer_ends"], *_bare_heads()}
    return tuple(sorted((w for w in words if len(w) > 1), key=len, reverse=True))


@lru_cache(maxsize=1)
def _bare_heads() -> tuple[str, ...]:
    """The head words that go on a place's name (管委会, 人民政府, 办事处: ``[table] bare_unit_heads``): a name never
    ends right before one."""
    return tuple(vocab()["table"]["bare_unit_heads"])


def _inside_head_word(text: str, at: int) -> bool:
    """``at`` falls inside a head word of ``text`` (办|公室, 委|员会, 管|委会): no name ends there."""
    return any(text.startswith(w, k) for w in _head_words() for k in range(max(0, at - len(w) + 1), at)
               if k + len(w) > at)


def name_end(text: str, at: int) -> int | None:
    """The end of the unit's name opening at ``text[at]`` (module doc), or None when none opens there: of the
    places a name may end, the last after which it is a name the national template reads whole (区人力资源和社会保障局,
    never 区人力资源和社会 | 保障局: 会 is a head character), else the first."""
    ends = list(_name_ends(text, at))
    known = [j for j in ends if default_template_resolver().is_unit_name(text[at:j])]
    return known[-1] if known else ends[0] if ends else None


def _name_ends(text: str, at: int):
    """The places the unit's name opening at ``text[at]`` may end, in order."""
    if at >= len(text) or opens_with_task_verb(text[at:]) or not "\u4e00" <= text[at] <= "\u9fff" \
            or deadline_at(text, at):
        return   # a task, a mark or a deadline (年底前, 长期坚持) opens there: no name
    depth = 0
    for j in range(at + 1, min(len(text), at + NAME_MAX_CHARS) + 1):
        ch = text[j - 1]
        if ch in OPENERS:
            depth += 1
            continue
        if ch in CLOSERS:
            depth -= 1
            if depth < 0:
                return
            if depth == 0 and j - at >= NAME_MIN_CHARS and _may_end(text, j):
                yield j
            continue
        if depth == 0 and not "\u4e00" <= ch <= "\u9fff":
            return   # a digit, a mark: no name's
        if depth == 0 and simplified(ch) in _suffixes() and j - at >= NAME_MIN_CHARS and _may_end(text, j):
            yield j


def _may_end(text: str, j: int) -> bool:
    """A name may end at ``text[j]``: not before a bracket (its note), a head character or a head word going on
    with it, nor inside a head word."""
    if j == len(text):
        return True
    rest = simplified(text[j:j + 4])
    return (text[j] not in OPENERS and rest[0] not in _suffixes() and not rest.startswith(_bare_heads())
            and not _inside_head_word(simplified(text[max(0, j - 4):j + 4]), min(j, 4)))


def unit_names(text: str, at: int = 0) -> list[str]:
    """The units' names run together from ``text[at]`` on, as far as names read (``unit_run``)."""
    return unit_run(text, at)[0]


def unit_run(text: str, at: int = 0) -> tuple[list[str], int]:
    """(the units' names from ``text[at]`` on, as far as names read (``name_end``), a list mark between two of them
    passed (a cell listing its names with 、); where the run ends)."""
    names: list[str] = []
    while (end := name_end(text, at)) is not None:
        names.append(text[at:end])
        at = end
        if at + 1 < len(text) and text[at] in NAME_LIST_MARKS and name_end(text, at + 1) is not None:
            at += 1
    return names, at


class Tail(NamedTuple):
    """The cells a task row prints after its task: the leader's name, the units' names, the deadline ("" where the
    table has no deadline column or the cell is empty)."""
    leader: str
    names: list[str]
    units_chars: int   #: the characters the units' names take, their list marks with them
    deadline: str = ""

    @property
    def length(self) -> int:
        return len(self.leader) + self.units_chars + len(self.deadline)


def leader_tail(text: str, at: int, dated: bool = False) -> Tail | None:
    """The leader's name, the units' names and (``dated``: a deadline column after the units) the deadline opening
    at ``text[at]`` right after a task's sentence, or None."""
    found = []
    for size in range(2, LEADER_MAX_CHARS + 1):
        if at + size <= len(text) and is_person_name(text[at:at + size]):
            names, end = unit_run(text, at + size)
            if names:
                known = default_template_resolver().is_unit_name(names[0])
                rank = (known, known and simplified(names[0][0]) in LEVEL_WORDS, -abs(size - LEADER_USUAL_CHARS), -size)
                found.append((rank, size, names, end))
    if not found:
        return None
    _, size, names, end = max(found, key=lambda f: f[0])
    return Tail(text[at:at + size], names, end - at - size, deadline_at(text, end) if dated else "")


def deadline_at(text: str, at: int) -> str:
    """The deadline printed from ``text[at]`` on, run into the next task (``deadlines.deadline_length``), or "": a
    task verb closing it where a task follows goes to the task (长期坚持 | 推进…, the verb of carrying on the grammar
    reads after an ongoing word)."""
    printed = text[at:at + DEADLINE_MAX_CHARS]
    rest = fold(match_copy(printed))
    n = deadline_length(rest) if len(rest) == len(printed) else 0
    if 0 < n < len(rest) and opens_with_task_verb(rest[n - 2:]) and deadline_length(rest[:n - 2]) == n - 2 > 0:
        n -= 2
    return printed[:n]


def task_rows(text: str, dated: bool = False) -> list[tuple[str, Tail]] | None:
    """(task, the cells after it) of each task row of one numbered row's ``text`` (its group's title cut off), the
    last one's cells the row's above when it prints none (module doc); None when it does not read."""
    rows: list[tuple[str, Tail]] = []
    start = 0
    while start < len(text):
        cut = _task_end(text, start, dated)
        if cut is None:   # a task to the row's end with no leader or unit: those merged with the row above
            if not rows or text[-1] not in SENTENCE_END:
                return None
            rows.append((text[start:], rows[-1][1]))
            return rows
        end, tail = cut
        rows.append((text[start:end], tail))
        start = end + tail.length
        if start < len(text) and not _opens_text(text[start]):
            return None
    return rows or None


def _task_end(text: str, start: int, dated: bool) -> tuple[int, Tail] | None:
    """(the end of the task opening at ``text[start]``, the cells after it): at the first sentence's end that a
    leader's cell follows, its units (and deadline) running to the row's end or to a next task."""
    for k in range(start + 1, len(text)):
        if text[k - 1] not in SENTENCE_END:
            continue
        tail = leader_tail(text, k, dated)
        if tail is None:
            continue
        after = k + tail.length
        if after == len(text) or _opens_text(text[after]):
            return k, tail
    return None


def _opens_text(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in TEXT_OPENERS
