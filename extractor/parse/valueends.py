"""Where a label's value ends in a notice that lost its line breaks (``breakrepair.repair_breaks``).

Run into one line, a labelled item's last label value runs straight into whatever the copy printed on the next line:
a paragraph whose item number was lost too (``完成时限：2023年6月—12月企业开办实现…。``), or the topic line heading
the next items (``…责任单位：省公安厅、省商务厅。打好精准脱贫攻坚战。3、…``).  These are the cuts that put such a
line back on its own, and what keeps a value whole that only looks as if something ran on (a 进度安排's later stages).
"""
from __future__ import annotations

import re

from .deadlines import deadline_length
from .headlines import closes_with_stop, is_topic_line
from .labels import hit_role, label_re, match_copy
from .roles import UNIT_ROLES
from ..numbering import ITEM_MARKS
from ..text import ASCII_STOPS, FULL_STOPS

#: the text run on after a deadline label's value is a paragraph of its own when it is a
#: sentence of at least this many characters (an item: 企业开办实现“一日办结”。), not a
#: note closing the value (（暂定）, 。)
RUN_ON_PARAGRAPH_MIN_CHARS = 6
#: the marks a paragraph (a sentence, a clause of a list) ends with
PARAGRAPH_ENDS = "。！？；!?;"


def deadline_ends(folded: str, cuts: set[int]) -> set[int]:
    """Where a deadline label's value ends in a notice that lost its breaks, when a paragraph
    ran on after it: items whose numbers were lost too (Word's list numbers) follow their last
    label with nothing between (``完成时限：2023年6月—12月企业开办实现…。``), so no number cuts
    them off.  The value is as long as it reads as a deadline (``deadlines.deadline_length``);
    the rest up to the next cut must be a sentence (``RUN_ON_PARAGRAPH_MIN_CHARS``, a
    sentence end last, no punctuation first)."""
    copy = match_copy(folded)
    bounds = sorted(cuts | {len(folded)})
    out = set()
    for at, nxt in zip(bounds, bounds[1:]):
        m = label_re().match(copy, at)
        if m is None or hit_role(m) != "deadline":
            continue
        start = m.end()
        end = start + deadline_length(copy[start:nxt])
        rest = copy[end:nxt].rstrip()
        if end > start and len(rest) >= RUN_ON_PARAGRAPH_MIN_CHARS and rest[-1] in PARAGRAPH_ENDS \
                and rest[0] not in PARAGRAPH_ENDS + "，,、：:）)" and not _more_stages(rest):
            out.add(end)
    return out


#: the marks a unit list closes its item's sentence with (a ；parts its groups: 市城管局；市财政局)
_SENTENCE_STOPS = "".join(FULL_STOPS + ASCII_STOPS)


def topics_after_units(folded: str, cuts: set[int]) -> set[int]:
    """Where an unnumbered topic line began in a notice that lost its breaks, run on after the unit list closing an
    item (``…责任单位：省公安厅、省商务厅。打好精准脱贫攻坚战。3、…``): a unit label's value closes its sentence with a full
    stop (a ``；`` parts the list's groups: ``市城管局；市财政局``), and what runs on from there to the next cut is a
    topic's short phrase closed by its stop (``headlines.is_topic_line``), as a plan prints the topics heading its items.  Left glued, the topic was no line of its own, so no item under it
    took it for its section (holdout headless-hubei, its one-line copy)."""
    copy = match_copy(folded)
    bounds = sorted(cuts | {len(folded)})
    out = set()
    for at, nxt in zip(bounds, bounds[1:]):
        m = label_re().match(copy, at)
        if m is None or hit_role(m) not in UNIT_ROLES:
            continue
        stop = next((k for k in range(m.end(), nxt) if copy[k] in _SENTENCE_STOPS), None)
        rest = copy[stop + 1:nxt] if stop is not None else ""
        if closes_with_stop(rest) and is_topic_line(rest, closing_stop=True):
            out.add(stop + 1)
    return out


#: the marks a deadline's value parts its stages with (``4月底前完成招标；8月底前完成60%；11月底前完工``)
_STAGE_MARKS = re.compile(r"[；;]")


def _more_stages(rest: str) -> bool:
    """``rest`` (what runs on after a deadline label's first period) goes on the value as its later stages: a piece
    after a ``；`` opens with a period again (``…完成项目招标；8月底前完成任务的60%；11月底前全面完成。``, a 进度安排 of
    stages).  Cut after the first period's verb, the value lost its later stages and the rest was read as a paragraph
    of its own (holdout stagecut-yiyang, stagecut-qimen, their one-line copies)."""
    return any(deadline_length(piece.lstrip()) for piece in _STAGE_MARKS.split(rest)[1:])


#: a bullet opens the items of a list that lost its breaks only when it stands at least this many times (a mark or two
#: may be a note's or a rating's)
MIN_BULLET_ITEMS = 3


def bullet_items(folded: str) -> set[int]:
    """Where the items of a list of bullets with no number began in a notice that lost its breaks: before each
    ``[outline] item_marks`` bullet of the one that stands alone (no mark beside it: ★★★ is a rating) at least
    ``MIN_BULLET_ITEMS`` times, whatever precedes it, as an item's last label value does
    (``…配合单位：县经信局●地区生产总值增长6.5%左右。数据提供单位：…●…``).  The numbering's cuts find none there, so the
    line was never cut, the bullets' marks after a label value opened nothing and no item was read (holdout
    bulletdata-anji's one-line copy).  Empty where the line has numbered labels (the caller asks only then)."""
    found: dict[str, list[int]] = {}
    for at, ch in enumerate(folded):
        if ch in ITEM_MARKS and not (at and folded[at - 1] in ITEM_MARKS) \
                and not (at + 1 < len(folded) and folded[at + 1] in ITEM_MARKS):
            found.setdefault(ch, []).append(at)
    best = max(found.values(), key=len, default=[])
    return set(best) if len(best) >= MIN_BULLET_ITEMS else set()
