"""A plan's name run into the heading of its first part on one line (``市政府2020年重点工作分解落实方案综合目标分解``:
two bold runs of one paragraph, the break between them lost), where the plan's parts are short unnumbered lines
(``综合目标分解`` over items 1、-5、, ``具体任务分解`` over ``一、农业农村类`` …): the line is cut in two, the plan's name
and the part's heading, before the metadata and the outline read the lines (docs/parsing.md "Topic lines",
holdout joinedsect-yixing, batch 53)."""
from __future__ import annotations

from collections.abc import Sequence

from .tabletitle import names_a_plan
from ..models import TABLE_MARK
from ..numbering import split_numbering
from ..parse.headlines import NOT_IN_TOPIC_RE, is_topic_line
from ..hanzi import simplified, t2s_keeps
from ..text import compact, plan_name_ends, vocab


#: a plan's name and a heading run together hold at least a few characters each, and no more than a title and
#: a heading do together (a longer line is wording: its every cut would be tried)
MIN_LINE_CHARS = 8
MAX_LINE_CHARS = 80


def split_plan_and_part(lines: Sequence[str]) -> tuple[str, ...]:
    """``lines`` with a plan's name run into its first part's heading cut in two (``plan_and_part``); any
    other line as it was.  Only where the list confirms its parts: the line stands right over the list's first
    numbered item, and further down a short unnumbered line (``headlines.is_topic_line``) stands right under a
    numbered item and right over a numbered line of an outer kind (``具体任务分解`` / ``一、…``): the plan's second
    part.  A plan's name alone, or one followed by words that are no short heading, stays one line."""
    lines = tuple(lines)
    filled = [i for i, line in enumerate(lines) if line.strip() and not line.startswith(TABLE_MARK)]
    for k, i in enumerate(filled[:-1]):
        cut = plan_and_part(lines[i].strip())
        if cut is None:
            continue
        first = split_numbering(lines[filled[k + 1]].strip())
        if first is None or not _second_part(lines, filled[k + 1:], first[1]):
            continue
        return (*lines[:i], *cut, *lines[i + 1:])
    return lines


def plan_and_part(line: str) -> tuple[str, str] | None:
    """(the plan's name, the heading) when ``line`` is a plan's name (``tabletitle.names_a_plan``: …方案, …清单)
    run into a short heading (``is_topic_line``): the longest such name, so words of the name that end like a kind
    (…重点工作分解) are not cut off; the heading may end like one too (综合目标分解).  None for any other line;
    whether the cut is one is the list's to say (``split_plan_and_part``)."""
    if (not MIN_LINE_CHARS <= len(line) <= MAX_LINE_CHARS or NOT_IN_TOPIC_RE.search(line, len(line) - 4)
            or not is_topic_line(line[-4:])):
        return None   # most lines: too long for a name and a heading, or no short heading can close them (a
        # mark among their last four characters leaves no topic of four there: one search, a sixth of the test's cost)
    # a line t2s keeps, with no white space and no closing bracket (most: 东莞市推进…责任分工表): every name cut from
    # it is its own simplified, compact text with no note after it, so names_a_plan is its endswith alone
    # (converting and compacting each cut was the most of this rule's cost, docs/scale.md session 53)
    plain = ")" not in line and "）" not in line and compact(line) == line and t2s_keeps(line)
    kinds = plan_name_ends()
    for end in range(len(line) - 1, 0, -1):
        plan, part = line[:end], line[end:]
        if (plan.endswith(kinds) if plain else names_a_plan(plan)) and is_topic_line(part) and not _names_a_kind(part):
            return plan, part
    return None


def _names_a_kind(part: str) -> bool:
    """``part`` ends in a document's kind (``[metadata] title_ends``: 方案, 计划 …): the end of the plan's own name
    (…分解 / 落实方案), never a part's heading, which may end in a list's word (…目标分解, …重点任务)."""
    return compact(simplified(part)).endswith(tuple(vocab()["metadata"]["title_ends"]))


def _second_part(lines: Sequence[str], filled: Sequence[int], item_rank: int) -> bool:
    """A short unnumbered line among ``filled`` (after the list's first item, whose numbering has
    ``item_rank``) stands right under a numbered line and right over a numbered line of an outer rank."""
    for before, at, after in zip(filled, filled[1:], filled[2:]):
        text = lines[at].strip()
        if split_numbering(text) is not None or not is_topic_line(text):
            continue
        above, below = split_numbering(lines[before].strip()), split_numbering(lines[after].strip())
        if above is not None and below is not None and below[1] < item_rank:
            return True
    return False
