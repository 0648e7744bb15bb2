"""A run-together table with a leader's column (``parse/runtable.py``'s rows, read by what they print).

A document site's preview of a Word table ``序号 | 项目名称 | 主要内容 | 区政府分管领导 | 牵头单位 | 配合单位`` runs
every cell into the next with no mark: ``…4580个。周立新教育局经开区高新园（邹区镇）各街道市国有公司2促进…``.  The leader's
name runs into the lead unit, and the units, one a line in the Word cell, into each other.  What parts them is what
each prints:

- a row's task ends its sentence, and the leader's cell opens right after it: a person's name
  (``tableheads.is_person_name``: two to four characters opening with a common surname), of the lengths that read,
  the one after which the first unit is a department the national template knows (周立新 | 文体旅局, never 周立 |
  新文体旅局; 沈丽 | 民政局, never 沈丽民 | 政局), else the one nearest ``LEADER_USUAL_CHARS`` (周立新 | 晋陵公司);
- the units follow, each a name closing on a unit's head character (``agency_patterns.toml unit_suffixes``: 局, 区,
  公司's 司, 街道's 道 …) or on a bracket after one (``高新园（邹区镇）``), at least ``NAME_MIN_CHARS`` long, never cut
  inside a head word (办公室, 委员会, 管委会: vocab.toml ``[metadata] issuer_ends`` and ``[table] bare_unit_heads``), before a bracket, a
  head character or a head word (区政府办公室, 高新区管委会); a name opens with no task verb, so the units end where
  the next task opens (``轨道公司推进大庙弄核心区改造…``: 推进 opens a task);
- a numbered row (序号 and 项目名称 merged over a project's rows) may hold several task rows, each its own task,
  leader and units; a task row printing none after its task (``…8家。为300户…。提升…服务。`` to the row's end) is
  one whose leader and unit cells were merged with the row's above: it takes theirs.

The lead cell is the first name (a lead cell printed with no mark before the support names one unit), the support
cell the others, listed with 、 as the Word cell printed them one a line.  docs/forms.md, text-sp.
"""
from __future__ import annotations

from functools import lru_cache

from .headlines import opens_with_task_verb
from .tableheads import is_person_name
from ..agencies.registry import default_patterns
from ..agencies.template import default_template_resolver
from ..hanzi import simplified
from ..text import vocab

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
#: the brackets a unit's name may close with (``高新园（邹区镇）``)
_OPENERS, _CLOSERS = "（(", "）)"
#: the marks a task cell's sentence ends with (runtable.RUN_SENTENCE_END)
SENTENCE_END = "。！？"
#: what a task cell opens with (runtable._ROW_OPENER_RE's characters)
_TEXT_OPENERS = "“‘《（(【"


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
    if at >= len(text) or opens_with_task_verb(text[at:]) or not "\u4e00" <= text[at] <= "\u9fff":
        return
    depth = 0
    for j in range(at + 1, min(len(text), at + NAME_MAX_CHARS) + 1):
        ch = text[j - 1]
        if ch in _OPENERS:
            depth += 1
            continue
        if ch in _CLOSERS:
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
    return (text[j] not in _OPENERS and rest[0] not in _suffixes() and not rest.startswith(_bare_heads())
            and not _inside_head_word(simplified(text[max(0, j - 4):j + 4]), min(j, 4)))


def unit_names(text: str, at: int = 0) -> list[str]:
    """The units' names run together from ``text[at]`` on, as far as names read (``name_end``)."""
    names: list[str] = []
    while (end := name_end(text, at)) is not None:
        names.append(text[at:end])
        at = end
    return names


def leader_tail(text: str, at: int) -> tuple[str, list[str]] | None:
    """(the leader's name, the units' names) opening at ``text[at]`` right after a task's sentence, or None."""
    found = []
    for size in range(2, LEADER_MAX_CHARS + 1):
        if at + size <= len(text) and is_person_name(text[at:at + size]):
            names = unit_names(text, at + size)
            if names:
                known = default_template_resolver().is_unit_name(names[0])
                found.append((known, size, names))
    if not found:
        return None
    known, size, names = max(found, key=lambda f: (f[0], -abs(f[1] - LEADER_USUAL_CHARS), -f[1]))
    return text[at:at + size], names


def task_rows(text: str) -> list[tuple[str, str, list[str]]] | None:
    """(task, leader, unit names) of each task row of one numbered row's ``text`` (its group's title cut off), the
    last one's leader and units the row's above when it prints none (module doc); None when it does not read."""
    rows: list[tuple[str, str, list[str]]] = []
    start = 0
    while start < len(text):
        cut = _task_end(text, start)
        if cut is None:   # a task to the row's end with no leader or unit: those merged with the row above
            if not rows or text[-1] not in SENTENCE_END:
                return None
            rows.append((text[start:], rows[-1][1], rows[-1][2]))
            return rows
        end, leader, names = cut
        rows.append((text[start:end], leader, names))
        start = end + len(leader) + sum(map(len, names))
        if start < len(text) and not _opens_text(text[start]):
            return None
    return rows or None


def _task_end(text: str, start: int) -> tuple[int, str, list[str]] | None:
    """(the end of the task opening at ``text[start]``, the leader, the unit names after it): at the first
    sentence's end that a leader's cell follows, its units running to the row's end or to a next task."""
    for k in range(start + 1, len(text)):
        if text[k - 1] not in SENTENCE_END:
            continue
        tail = leader_tail(text, k)
        if tail is None:
            continue
        after = k + len(tail[0]) + sum(map(len, tail[1]))
        if after == len(text) or _opens_text(text[after]):
            return k, tail[0], tail[1]
    return None


def _opens_text(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in _TEXT_OPENERS
