"""Stand-alone assignment lines that name the items they cover (docs/forms.md, range lines).

A notice whose items print no units of their own may give one line to a group of them,
naming the items by number or as a whole before its labels or verbs:

    1.推进……。
    2.打造……。
    3.新增……。
    （以上第1—3项牵头单位：县某局；配合单位：县某委；完成时限：…）

``split_range`` reads the reference that opens such a line (``以上第1—3项``, ``第4至5项``,
``（1）-（3）项``, ``以上三项``, ``上述任务``: the words are ``[ranges]`` in assign.toml);
``inline.read_range_line`` and the labelled lines read the rest as any assignment.  The reference
may close the line instead, in a bracket of its own after the labels or verbs
(``牵头单位：X　配合单位：Y（以上第1—3项）``, ``closing_reference``).  ``covered_items`` says which
items of the outline (or rows of a table, ``cellclause.cover_rows``) the line covers:

- a range of numbers: the items that carry them, the nearest to the line of each number,
  of the numbering kind that holds most of the range (the steps (1)(2) under item 3 do not
  take a range 1-3); before the line when it says 以上, after it when it says 以下, else
  before it where the numbers are found there and after it otherwise;
- a count (``以上3项``): that many items of the kind of the item nearest the line;
- neither (``以上工作``): the items of that kind since the previous stand-alone line, back
  to an outer item (forward to the next such line or outer item for ``以下``).

The outline gives the line to those of them that print no assignment of their own.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .assign import Assignment
from .labels import assign_vocab, colon_copulas, match_copy, starts_with_label
from .unitlists import CLOSERS, OPENERS
from ..models import Cover
from ..brackets import closing_opener
from ..text import TRAILING_MARKS, alternation, fold
from ..numbering import DIVISION_KINDS, cn_to_int, split_numbering
from ..lazyre import lazy_re
from ..numerals import ASCII_DIGITS, CN_LIANG, CN_LIANG_TRADITIONAL, CN_ORDINALS, FULL_WIDTH_DIGITS, cn_run

#: the form of a range line's labels, bracketed or not: they stand on a line of their own, never
#: in an item's paragraph (``inline-label``), so they are the labelled form (docs/forms.md); verbs
#: stay ``inline-verb``
RANGE_LABEL_FORM = "labelled"
#: a reference opens its line within this many characters (以上第（10）—（12）项各项重点工作: 20):
#: only that head is copied and matched, whatever the line's length
RANGE_HEAD = 32
#: what may stand between the reference and the units
_AFTER_REFERENCE = " \t\u3000\xa0，,：:、"
#: an item number in a reference: digits or a Chinese numeral, bracketed or not (（1）, 3, 十二); digits with more
#: after them or a 号 are no item's (第1389号。牵头单位：…: a proposal's number opening its bracket, read as item 138)
_NUMBER = r"[（(]?\s*(?:\d{1,3}(?![\d号號])|" + cn_run("{1,3}", CN_LIANG) + r")\s*[)）]?"


@lru_cache(maxsize=1)
def _range_re() -> re.Pattern:
    v = assign_vocab()["ranges"]
    before, after, dashes, counters = (alternation(v[k]) for k in ("before", "after", "dashes", "counters"))
    quantifiers, nouns, single = alternation(v["quantifiers"]), alternation(v["nouns"]), alternation(v["single"])
    return re.compile(
        rf"\s*(?:(?P<before>{before})|(?P<after>{after})|(?P<single>{single})\s*(?:{counters})?)?\s*"
        rf"(?:(?P<nth>第)?\s*(?P<a>{_NUMBER})\s*(?P<c1>{counters})?\s*"
        rf"(?:(?:{dashes})\s*第?\s*(?P<b>{_NUMBER})\s*(?P<c2>{counters})?)?)?\s*"
        rf"(?P<whole>(?:{quantifiers})?\s*(?:{nouns})?)\s*的?")


#: what a reference without a side word or 第 opens with: a number (any width, a Chinese numeral)
#: or its bracket (（1）-（3）项)
_NUMBER_OPENERS = frozenset(ASCII_DIGITS + FULL_WIDTH_DIGITS + CN_ORDINALS + CN_LIANG + CN_LIANG_TRADITIONAL + "（(")


@lru_cache(maxsize=1)
def _openers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the first characters of the side words, as printed in either script: 以上 上述 下列 print
    alike, what a reference opening with a number opens with, the counters' characters)."""
    v = assign_vocab()["ranges"]
    # the single words print apart in traditional characters (该 該): both kept
    return (frozenset(w[0] for w in (*v["before"], *v["after"], *v["single"], *v["single_marks"])), _NUMBER_OPENERS,
            frozenset(v["counter_marks"]))


def split_range(text: str) -> tuple[Cover | None, str]:
    """(the items ``text`` names at its start, the rest after the reference), or (None,
    ``text``) when it opens with no reference.  A reference says the side (以上 / 以下) or
    numbers the items: ``第3项``, a range ``1—3项`` / ``第4至5项``, a count ``以上3项``; a bare
    number or range (``2019-2020年``, ``1.``) is none."""
    if not may_open_reference(text):
        return None, text   # most lines, items too (1.推进…): no reference opens them
    numbered = split_numbering(text)
    if numbered is not None and numbered[0] in DIVISION_KINDS and numbered[3][-1] not in _openers()[2]:
        return None, text   # 第二章 推动一网通办: a chapter's number, no item named (第3条 may count items)
    head = fold(match_copy(text[:RANGE_HEAD]))
    m = _range_re().match(head)
    cover = _cover_of(m) if m is not None else None
    if cover is None:
        return None, text
    rest = text[m.end():].lstrip(_AFTER_REFERENCE)
    if _sideless_count(m) and not starts_with_label(colon_copulas(rest)):
        return None, text   # a count with no side word names items only before a label: 3项工作由X牵头 is wording
    return cover, rest


def _sideless_count(m: re.Match) -> bool:
    """A reference that only counts (4项目标), with no side word, 第, range or single word."""
    return not (m.group("before") or m.group("after") or m.group("single") or m.group("nth") or m.group("b"))


def closing_reference(text: str) -> tuple[Cover | None, str]:
    """(the items named by a bracket that closes ``text`` and holds a reference alone, ``text``
    without it), or (None, ``text``): ``责任单位：X（以上两项）``, ``由X牵头，Y配合（以上第1—3项）``
    - the reference printed after the units instead of before them."""
    body = text.rstrip(TRAILING_MARKS)
    start = closing_opener(body, OPENERS, CLOSERS)
    if not start or len(body) - start > RANGE_HEAD:   # a bracket of its own after some wording
        return None, text
    cover, rest = split_range(body[start + 1:-1])
    if cover is None or rest.strip(TRAILING_MARKS):
        return None, text
    return cover, body[:start].rstrip(_AFTER_REFERENCE)


#: where a line may have begun in a notice that lost its breaks: after a sentence end or a bracket
_SENTENCE_END_AT = lazy_re(r"[。；;！!？?）)\]】]")


def range_line_starts(folded: str) -> set[int]:
    """Where the range lines of a notice that lost its breaks began (``…2万平方米。以上第1—3项由
    区教育局牵头，…完成。``, ``…。（以上第4至5项牵头单位：…）``): after a sentence end or a closing
    bracket, before a reference that names items by their numbers or counts them
    (``split_range``: 以上第1—3项, 第4至5项, 以上三项), its bracket included.  Left glued, the
    line was the text of the item before it and the items it names got no units; a reference
    that names no number (以上工作) may be the item's own sentence and cuts nothing."""
    cuts = set()
    for m in _SENTENCE_END_AT.finditer(folded):
        at = m.end()
        start = at + (folded[at:at + 1] in "(（")
        cover, _rest = split_range(folded[start:start + RANGE_HEAD])
        if cover is not None and (cover.first is not None or cover.count is not None):
            cuts.add(at)
    return cuts


def may_open_reference(text: str) -> bool:
    """False for most lines, cheaply: those whose first characters rule a reference out (no side
    word or 第 first, nor a number with a counter in the head: ``1.推进…``, ``一、…``)."""
    head = text[:RANGE_HEAD].lstrip()
    first = head[:1]
    sides, numbers, marks = _openers()
    return first in sides or first == "第" or (first in numbers and not marks.isdisjoint(head))


def _cover_of(m: re.Match) -> Cover | None:
    side = "before" if m.group("before") else "after" if m.group("after") else ""
    counted = bool(m.group("c1") or m.group("c2"))
    first, last = _number(m.group("a")), _number(m.group("b"))
    named = bool(m.group("whole").strip())   # a noun naming the items (以上工作, 4项目标)
    if m.group("single"):
        # 该目标, 此项工作: the one item right before the line; a noun must say it is an item
        return Cover(count=1, side="before") if first is None and named else None
    if first is None:
        return Cover(side=side) if side else None   # 以上工作, 上述任务
    if _sideless_count(m) and counted and first and named:
        return Cover(count=first, side="before")   # 4项目标的责任单位…: the items the line closes
    if last is not None and (side or m.group("nth") or counted):
        return Cover(first=min(first, last), last=max(first, last), side=side) if first and last else None
    if last is None and m.group("nth"):
        return Cover(first=first, last=first, side=side)   # 第3项
    if last is None and side and counted and first:
        return Cover(count=first, side=side)   # 以上3项
    return None


def _number(printed: str | None) -> int | None:
    return cn_to_int(printed.strip("（()） \t")) if printed else None


def covered_items(before: list, after: list, cover: Cover) -> list:
    """The items ``cover`` names: ``before`` holds the outline's events before the line,
    nearest first, ``after`` those after it in order (items and stand-alone assignments)."""
    sides = {"before": (before,), "after": (after,)}.get(cover.side, (before, after))
    for events in sides:
        items = [e for e in events if not isinstance(e, Assignment)]
        if cover.first is not None:
            found = _numbered(items, cover.first, cover.last)
        elif cover.count is not None:
            found = [e for e in _same_part(items) if e.kind == items[0].kind][:cover.count]
        else:
            found = _level_run(events)
        if found:
            return found
    return []


def _same_part(items: list) -> list:
    """``items`` as far as they stand in the same part as the first (the cover letter's
    points before its signature date are not the plan's items)."""
    out = []
    for e in items:
        if e.letter_part != items[0].letter_part:
            break
        out.append(e)
    return out


def _numbered(items: list, first: int, last: int) -> list:
    """The items numbered ``first`` to ``last``, the nearest of each number, of the kind that
    holds most of the range (the kind met first on a tie)."""
    by_kind: dict[str, dict[int, object]] = {}
    for e in _same_part(items):
        if e.no is not None and first <= e.no <= last:
            by_kind.setdefault(e.kind, {}).setdefault(e.no, e)
    if not by_kind:
        return []
    kind = max(by_kind, key=lambda k: len(by_kind[k]))
    return list(by_kind[kind].values())


def _level_run(events: list) -> list:
    """The items of the level of the first item in ``events`` up to another stand-alone
    assignment or an outer item."""
    run: list = []
    for e in events:
        if isinstance(e, Assignment) or (run and (e.rank < run[0].rank or e.letter_part != run[0].letter_part)):
            break
        if not run or e.kind == run[0].kind:
            run.append(e)
    return run


def cover_named(events: list, g: int) -> None:
    """Give the stand-alone assignment at ``events[g]``, a line that names its items, to those of
    them (``covered_items``) that print no assignment of their own."""
    before, after = events[g - 1::-1] if g else [], events[g + 1:]
    for e in covered_items(before, after, events[g].covers):
        if e.assignment is None:
            give_units(e, events[g])


def give_units(item, found: Assignment, own: bool = False) -> None:
    """Give ``found``'s units to an item (``items.Item``) that names none: with the deadline and extra lines
    of its own part (``（完成时限：…）``, read off its text), which win; as its own assignment
    with ``own``, else as its group's."""
    part = item.part
    if part is None and not own:
        item.group = found
        return
    item.own = replace(found, deadline=(part.deadline if part else None) or found.deadline,
                       extra={**found.extra, **(part.extra if part else {})}, covers=None)
    if part is not None:
        item.take_part_text()


def give_support(item, head: Assignment) -> None:
    """Give a role sub-heading's unit as support to one item (``items.Item``) under it
    (``配合任务`` under ``一、县X局``): an item naming no unit takes it (its own part's deadline
    kept); one naming units keeps them, its own lead leading, and the unit supports unless the
    item names it already."""
    own, name = item.assignment, head.support[0]
    if own is None:
        give_units(item, head, own=True)
    elif not any(name in cell for cell in (*own.lead, *own.support)):
        item.own, item.group = replace(own, support=(*own.support, name), covers=None), None
