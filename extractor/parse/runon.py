"""A notice run into one line, split back into its lines (``split_run_on``).

A mirror that drops a notice's line breaks prints everything on one line: the letter, the
plan's items, the page around them.  The locate stage splits such a line before anything reads
it, so the metadata stage, the footer checks and every parser see the lines the notice printed:
before each label of its numbering (``breakrepair.repair_breaks``), the cover letter at its
joints (doc number, title, recipients, signature, 附件: ``letter_joints``), the tasks and their
labelled lines of a list with no numbers (``labelruns.label_run_joints``), the signature that
closes the letter's own numbered points, and the page footer off the last item
(``pagetail``).  docs/parsing.md, "A notice run into one line", says what each joint is for.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .dashruns import ITEM_CLOSE, dash_topic_joints
from .deadlines import deadline_length
from .formlines import card_number, count_gap_closed
from .headfields import SENTENCE_END as _SENTENCE_END
from . import headlines
from .headlines import is_topic_line, names_its_lead
from .inline import closing_bracket, parse_bracket
from .labelruns import label_run_joints
from .letterjoints import closing_signature, letter_joints, matching_copy as _copy, point_signature
from .labels import hit_role, label_hits, match_copy
from .outlineheads import MIN_HEADED_PARAGRAPHS
from .pagetail import footer_joints, page_marks, text_label_joints
from .roles import UNIT_ROLES
from .spaceduties import space_duty_joints
from .breakrepair import repair_breaks
from .unitleadins import unit_lead_in_joints
from .unitlists import last_rule_word, rule_line
from ..brackets import ANY_CLOSERS, ANY_OPENERS, bracket_balance
from ..hanzi import simplified
from ..text import CJK_RE, attachment_title_start, titles_division, vocab
from ..numbering import SECTION_KINDS, split_numbering
from ..numerals import DIGIT_RANGES, cn_run
from ..lazyre import lazy_re


def split_run_on(line: str) -> list[str]:
    """A notice run into one line, split as its lines were printed: before
    each label of its numbering (``repair_breaks``), the cover letter at its
    joints (``letter_joints``), a signature run into the letter's own last
    numbered point (``point_signature``) and the page footer (相关新闻 …, the
    ``[boilerplate] stop_prefixes``) off the last part."""
    parts = [piece for text in _cut(line, text_label_joints(line))   # a collection's text labels (…清单篇二) first
             for part in repair_breaks(text, lost_breaks=True) for piece in _cut(part, page_marks(part))]
    body = next((i for i, p in enumerate(parts) if split_numbering(p) or card_number(p) is not None), len(parts))
    if body == len(parts):   # no numbered item: the letter's joints, and labelled tasks run into a paragraph
        return [piece for part in parts for piece in _cut(part, letter_joints(part) | spaced_joints(part)
                                                          | label_run_joints(part) | space_duty_joints(part))]
    out = [piece for part in parts[:body] for piece in _letter_pieces(part)]
    # the footer opens in the last part, or earlier when a word of it (主办单位：) made a
    # label joint of its own after the last item
    tail = next((i for i in range(body, len(parts)) if footer_joints(parts[i])), len(parts) - 1)
    topics = dash_topic_joints(out[-1] if out else "", parts[body:tail])
    if out:   # the list's title run into the labelled run heading the list, or into its first dash topic
        out[-1:] = _cut(out[-1], _title_labels(out[-1]) | _title_topic(out[-1]) | topics.get(-1, set())
                        | unit_lead_in_joints(out[-1]))
    if body < len(parts):
        headed = headed_paragraph_joints(parts[body:tail + 1])
        out.extend(piece for i in range(body, tail)
                   for piece in _cut(parts[i], point_signature(parts[i]) | _attachment_joints(parts, i)
                                     | record_joints(parts[i]) | rule_note_joints(parts[i])
                                     | spaced_heading_joints(parts[i]) | unit_lead_in_joints(parts[i])
                                     | headed.get(i - body, set()) | topics.get(i - body, set())))
        last = parts[tail]
        ends = footer_joints(last) | record_joints(last)   # the page's footer, the notice's record (抄送：)
        footer = min(ends, default=len(last))
        before = line.find(last) if tail < len(parts) - 1 else len(line) - len(last)
        signed = closing_signature(last[:footer], _copy(line[:before]))
        closing = closing_requirement(last[:min(signed, default=footer)])
        if spaced_joints(line[:line.find(parts[body])]):   # the letter joined its lines with a space each
            closing |= spaced_closing_joints(last[:footer])
        out.extend(_cut(last, {*signed, *closing, *ends, *rule_note_joints(last[:footer]),
                               *spaced_heading_joints(last[:footer]),
                               *headed.get(tail - body, set())}))
        out.extend(parts[tail + 1:])
    return [count_gap_closed(piece) for piece in _cut_group_lines(out)]


#: what a run-on copy prints where a heading's line break stood: one space of any kind
_BREAK_SPACES = " \u3000\u00a0"


def headed_paragraph_joints(parts: list[str]) -> dict[int, set[int]]:
    """{index of a part: the joint after its heading}, for items of a section numbering kind
    (``numbering.SECTION_KINDS``: 一、, （一）) that each run a topic phrase on into their paragraph with a
    space where the break stood (``一、切实推进重大项目建设 坚持重点项目…。（A牵头；B配合）``): the words after
    the label up to the first space a topic phrase (``headlines.is_topic_line``: no clause or sentence mark),
    what follows opening with a Chinese character and holding a sentence's end.  Only when every item of
    that kind prints so, at least ``MIN_HEADED_PARAGRAPHS`` of them, as ``outlineheads.headed_paragraphs``
    reads such a list printed with its breaks (each phrase a section over its one paragraph); a space inside
    one item's wording (a PDF copy's wrap) cuts nothing.  Glued, each heading was its item's text and no
    section was read (holdout runonhead-wenshan, batch 38).  A project's name closed by its stop and run on with no
    space (``_project_stop``) is cut after the stop, one such item being enough."""
    joints: dict[str, dict[int, set[int]]] = {}
    projects: set[int] = set()   # the parts cut after a project's name and its stop (``_project_stop``)
    for i, part in enumerate(parts):
        numbered = split_numbering(part)
        if numbered is None or numbered[0] not in SECTION_KINDS:
            continue
        kind = joints.setdefault(numbered[0], {})
        rest = numbered[4]
        space = next((k for k, ch in enumerate(rest) if ch in _BREAK_SPACES), None)
        after = rest[space:].lstrip(_BREAK_SPACES) if space is not None else ""
        if (space is not None and is_topic_line(rest[:space]) and CJK_RE.match(after)
                and any(ch in _SENTENCE_END for ch in after)):
            kind[i] = {part.find(rest) + space}
        elif (stop := _project_stop(rest)) is not None:
            kind[i] = {part.find(rest) + stop}
            projects.add(i)
        else:
            kind[i] = set()
    return {i: cut for kind in joints.values()
            if (len(kind) >= MIN_HEADED_PARAGRAPHS or projects.issuperset(kind)) and all(kind.values())
            for i, cut in kind.items()}


def _project_stop(rest: str) -> int | None:
    """Where a project's name closed by its stop ends in an item's words run on into its paragraph
    (``重点行业绿色升级工程。以钢铁…。（A负责…``: ``headlines.is_project_name`` up to the first full stop, a Chinese
    character after it and a sentence's end later), else None.  A name so closed is the heading printed with its
    paragraph under it (``partheads.is_phrase_heading``), so one such item is enough (holdout cutclause-liupanshui's
    one-line copy, batch 122)."""
    stop = rest.find("。")
    after = rest[stop + 1:]
    if stop <= 0 or not headlines.is_project_name(rest[:stop + 1]) or not CJK_RE.match(after) \
            or not any(ch in _SENTENCE_END for ch in after):
        return None
    return stop + 1


def _cut_group_lines(lines: list[str]) -> list[str]:
    """The lines with the bracket that closes each group of items cut off its last item, when the
    notice's items print their units only so (README's range convention: a line after the group naming
    its units, ``…55个。（责任单位：X牵头，Y配合；完成时限：…）`` run onto the last item).  It is so
    when, in every run of items of one numbering kind (up to a line of another kind or none), an item
    whose line ends with a bracket holding an assignment (``inline.parse_bracket``) after its sentence
    end follows an item printing none, and the run's last item prints one: no two items in a row print
    their own.  Otherwise every bracket stays its item's."""
    kind_at = {i: numbered[0] for i, line in enumerate(lines) if (numbered := split_numbering(line)) is not None}
    brackets = {i: _item_bracket(lines[i]) for i in kind_at}
    kinds = {kind_at[i] for i, at in brackets.items() if at is not None}
    runs: list[list[int]] = []
    for i, kind in kind_at.items():
        if kind not in kinds:
            continue
        if runs and runs[-1][-1] == i - 1 and kind_at[i - 1] == kind:
            runs[-1].append(i)
        else:
            runs.append([i])

    def grouped(run: list[int]) -> bool:   # its last item prints a bracket, no two in a row do
        return brackets[run[-1]] is not None and not _under_lead_heading(lines, run[0]) and not any(
            brackets[a] is not None and brackets[b] is not None for a, b in zip(run, run[1:]))

    if not runs or not all(map(grouped, runs)) or all(len(run) == 1 for run in runs):
        return lines   # a bracket an item's own, or no group: every item prints its own bracket
    return [piece for i, line in enumerate(lines)
            for piece in (_cut(line, {brackets[i]}) if brackets.get(i) is not None else [line])]


def _under_lead_heading(lines: list[str], first: int) -> bool:
    """The run of items opening at ``lines[first]`` stands right under a numbered heading that names its
    items' lead (``一、县发改局牵头工作``: ``assign.parse_heading_lead``; ``一、县发改局（3项）``:
    ``headlines.heading_unit``): every item of it has its lead already, so the bracket on its last item
    (``…。（县财政局配合）``) is that item's own, as a copy with its breaks prints it, not a group's line."""
    return bool(first) and names_its_lead(lines[first - 1])


def _title_labels(piece: str) -> set[int]:
    """Before the run of labelled lines heading a whole list (``牵头单位：市商务局配合单位：…``), run on
    after the list's own title over it (``某市2022年稳外贸工作任务分工``: ``text.titles_division``), in
    the last piece before the list's first item.  Printed with its breaks the title is a line of its own
    and the labels stand right under it, which is what lets them head every item
    (``unitheads.list_unit``); glued, the labels were the title's words and no item had a unit.  Only a
    first label of a unit's role cuts: ``完成时限：`` alone heads no list."""
    copy = match_copy(piece)
    hits = label_hits(copy) if "：" in copy or ":" in copy else []
    if not hits or hit_role(hits[0]) not in UNIT_ROLES:
        return set()
    at = hits[0].start()
    return {at} if at and titles_division(piece[:at].strip()) else set()


def _title_topic(piece: str) -> set[int]:
    """Before the first topic line heading the list's items (``稳定扩大就业。``, a short phrase closed by its stop:
    ``headlines.is_topic_line``), run on after the list's own title over it (``某区2024年重点民生工作任务分解``:
    ``text.titles_division``), in the last piece before the list's first item.  Printed with its breaks the topic is
    a line of its own that heads the items under it; glued, it was the title's words, the first items had no section
    and the later ones were numbered one place early (holdout topicsteps-tianyuan, recurlabel-guidong, their one-line
    copies).  The topic is the shortest such phrase after a title's end: a topic's own words may end as a title does,
    a title holds no sentence's stop."""
    if not headlines.closes_with_stop(piece):
        return set()
    at = next((at for at in range(len(piece) - headlines.TOPIC_LINE_MIN_CHARS - 1,
                                  len(piece) - headlines.TOPIC_LINE_MAX_CHARS - 2, -1)
               if at > 0 and is_topic_line(piece[at:], closing_stop=True) and titles_division(piece[:at])), None)
    return {at} if at is not None else set()


@lru_cache(maxsize=1)
def _record_re() -> re.Pattern:
    """A label of the notice's record (``[metadata] record_labels``: 抄送, 抄报) and its colon."""
    labels = "|".join(map(re.escape, vocab()["metadata"]["record_labels"]))
    return re.compile(rf"(?:{labels})\s*[:：]")


def record_joints(text: str) -> set[int]:
    """Before the notice's record (版记: ``抄送：市委办公室，…``) run on after the last item, outside
    any bracket: a line of its own with its breaks (``text.is_record_line``), it parts the outline, so
    the last item never takes it as its text, nor its last label's unit as the rest of a name
    (``…牵头单位：市税务局抄送：…``).  抄送 with no colon is wording (…并抄送市商务局。)."""
    copy = _copy(text)
    return {m.start() for m in _record_re().finditer(copy)
            if m.start() and bracket_balance(copy[:m.start()], ANY_OPENERS, ANY_CLOSERS) <= 0}


def _item_bracket(line: str) -> int | None:
    """Where the bracket closing an item's line starts when it holds an assignment and follows the
    item's sentence end (…55个。（责任单位：…）), else None.  A space between the two is the break a copy
    that joined its lines with spaces left where the bracket line began (…资金。 （责任单位：…）: blindsynth seed
    7299, whose groups' brackets stayed their last items' own, so the first item under its second heading was lost)."""
    text = line.rstrip(ITEM_CLOSE)
    span = closing_bracket(text)
    before = text[:span[0]].rstrip(_BREAK_SPACES) if span is not None else ""
    if not before or before[-1] not in _SENTENCE_END:
        return None
    return span[0] if parse_bracket(text[span[0] + 1:span[1]]) is not None else None


def _letter_pieces(part: str) -> list[str]:
    """The lines of a part before the plan's first item, cut at the letter's joints
    (``letter_joints``).  A page-end word there (a ``[boilerplate] stop_prefixes`` word: the QR
    prompt 扫一扫在手机打开当前页 of the controls line above the letter, cut from the controls
    beside it) ends nothing, since the letter and the items follow: it is cut off the piece it
    opens and dropped, and the rest is cut as a letter again.  Left at a line's start it ended
    the notice's content there (``cleanlines.clean_text_lines``), and no row was read."""
    out = []
    for piece in _cut(part, letter_joints(part) | spaced_joints(part)):
        word = _page_end_word(piece)
        if word is None:
            out.append(piece)
        else:
            out.extend(_letter_pieces(piece[len(word):]))
    return out


#: a part is read as joining its lines with a space each when at least this many of its letter's joints read so fall on
#: its spaces (a doc number followed by a space, an info line's 发文字号：… 发布日期：…, is one and says nothing)
MIN_SPACED_JOINTS = 2


def spaced_joints(text: str) -> set[int]:
    """The joints of a letter (``letter_joints`` with ``spaced``) that fall on the spaces of ``text``, when at least
    ``MIN_SPACED_JOINTS`` do: the text joined its lines with a space each (a forum's one-line copy, a document site's
    paragraph: ``spacejoined``), so a signature is the last of them before its date (``…落实情况 某区人民政府督查室
    2016年4月12日 附件 …``) and 附件 after a space opens a line.  Empty otherwise."""
    if " " not in text:
        return set()   # most parts: no space, no line joined by one
    found = {at for at in letter_joints(text, spaced=True) if 0 < at < len(text) and on_space(text, at)}
    return found if len(found) >= MIN_SPACED_JOINTS else set()


def spaced_closing_joints(text: str) -> set[int]:
    """After each full stop and the space a copy joining its lines with a space each (``spaced_joints`` of its letter)
    printed for a line break, in the last item's part, where a sentence opening with a Chinese character and no
    number follows: the report's closing paragraph and its signature under the last item (``4、…保证…完成整改。 今后我校
    将…。 某中学 2018.06.15``: holdout schoolreport-shangzhou, batch 120), and before the date closing the last of them
    after the signer's name and a space.  Not before the item's own assignment bracket (its units follow: the sentence
    goes on the item), nor after a run-in heading's short phrase and stop (``二、强化督查考核。 州政府督查室…``).  Left on
    the item, the closing was the last measure's text."""
    found = set()
    bracket = _assignment_bracket_end(text, _copy(text)) if any(c in ANY_CLOSERS for c in text) else None
    numbered = split_numbering(text)
    body = text.find(numbered[4]) if numbered is not None else 0
    for m in _SPACED_STOP_RE.finditer(text, bracket or 0):
        rest = text[m.end():]
        if (CJK_RE.match(rest) and split_numbering(rest) is None
                and not is_topic_line(text[body:m.end()], closing_stop=True)):
            found.add(m.end())
    if found and (date := _SPACED_SIGNATURE_DATE_RE.search(text, max(found))):
        found.add(date.start())   # the signer and its date on one line (某中学 2018.06.15): the date a line of its own
    return found


#: a full stop and the one space a line break became
_SPACED_STOP_RE = lazy_re(r"(?<=[。！？]) (?! )")
#: a signature's date closing the text after a name and one space (某中学 2018.06.15, 某中学 2018年6月15日)
_SPACED_SIGNATURE_DATE_RE = lazy_re(r"(?<=[\u4e00-\u9fff] )(?:\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月"
                                    r"\s*\d{1,2}\s*日)\s*$")


def on_space(line: str, at: int) -> bool:
    """A joint at ``at`` stands on a space: one just before or just after it."""
    return line[at - 1] == " " or line[at] == " "


def _page_end_word(piece: str) -> str | None:
    copy = simplified(piece)
    return next((w for w in vocab()["boilerplate"]["stop_prefixes"] if copy.startswith(w)), None)


#: an attachment's title is at most this long (``layout.tabletitle.TABLE_TITLE_MAX_CHARS``)
ATTACHMENT_TITLE_MAX_CHARS = 80
#: the mark over the next attachment run on after the last item's text: 附件, its number (one or
#: two digits, or a Chinese numeral; the digits of a title's year run into it are the title's:
#: 附件22024年… is 附件2 over 2024年…), a colon or spaces
_NEXT_ATTACHMENT_AT = lazy_re(r"附\s*件\s*(?P<number>\d{1,2}?(?=\d{4}年)|\d{1,2}(?!\d)|" + cn_run("{1,3}") + r")\s*[:：]?\s*")


def _attachment_joints(parts: list[str], i: int) -> set[int]:
    """Around the next attachment's mark run on after part ``i``'s text (…、各街道办事处附件2
    2024年民生实事清单) when the part ends in that attachment's title (no sentence end after the
    mark) and the part following it opens its list again (1. or 一、): the mark is cut out as a
    line of its own, which starts a new part of the notice (``items.Item.letter_part``), and the
    title as another.  Left glued, the mark and title were the last item's last unit name and the
    next list's items stayed under the last heading of this one.  附件2 in an item's sentence
    (按附件2格式报送。) is followed by the sentence, not by a title and a new list.  The mark's
    number ends where a title the parts before name begins (``text.attachment_title_start``)."""
    opens = split_numbering(parts[i + 1])
    if opens is None or opens[2] != 1:
        return set()
    copy = _copy(parts[i])
    for m in _NEXT_ATTACHMENT_AT.finditer(copy):
        title = copy[m.end():]
        if len(title) <= ATTACHMENT_TITLE_MAX_CHARS and not any(ch in _SENTENCE_END for ch in title):
            return {m.start(), attachment_title_start(copy, m, lambda: _copy("".join(parts[:i])) + copy[:m.start()])}
    return set()


def closing_requirement(text: str) -> set[int]:
    """Before the closing requirement run on after the last item's own bracket, ahead of the
    signature (``（七）…。（X牵头；A、B配合）各县（市、区）要…报市政府督查室。``): the item's
    closing bracket holds its assignment (``inline.parse_bracket``) and what follows is a
    sentence of its own, opening with no deadline (``（X牵头）2024年底前完成。`` is the item's) and
    no number.  Printed with its breaks, the requirement is a paragraph under the list; left on
    the item, its bracket closed nothing and the last item gave no row."""
    if split_numbering(text) is None:
        return set()
    copy = _copy(text)
    end = _assignment_bracket_end(text, copy)
    if end is None:
        return set()
    at = end + 1 + len(copy[end + 1:]) - len(copy[end + 1:].lstrip(ITEM_CLOSE))
    rest = copy[at:].rstrip()
    if (not rest or not rest.endswith(tuple(_SENTENCE_END)) or rest[0] in ANY_OPENERS
            or bracket_balance(rest, ANY_OPENERS, ANY_CLOSERS) != 0
            or deadline_length(rest) or split_numbering(rest) is not None):
        return set()
    return {at}


def _assignment_bracket_end(text: str, copy: str) -> int | None:
    """Where the last bracket of ``text`` holding an assignment (``inline.parse_bracket``) closes, or None.
    A bracket after it names no unit: the requirement's own words may print one (``各县（市）人民政府…要…``,
    holdout runonhead-wenshan, batch 38: before, its （市） was taken for the item's bracket, which then
    closed nothing, and the last item gave no row)."""
    for end in range(len(copy) - 1, 0, -1):
        if copy[end] in ANY_CLOSERS:
            span = closing_bracket(text, end + 1)   # (of text[:end + 1], not copied: one copy a closer was quadratic)
            if span is not None and parse_bracket(text[span[0] + 1:end]) is not None:
                return end
    return None


def rule_note_joints(text: str) -> set[int]:
    """Before a rule for the items after it run on after an item's closing bracket (``…（B配合）注：以下各项均需X
    落实，不再逐项列出。``): printed with its breaks, a line of its own (``unitlists.rule_line``), which the
    outline keeps for the measures below it (``outline.Outline.add_rule``).  Left on the item, it was the
    item's text and gave no unit."""
    if not any(ch in ANY_CLOSERS for ch in text):
        return set()   # (rule_line reads a part holding no 均/都/皆 no further: most parts)
    last = last_rule_word(text)   # a tail opening past it holds no such word: no rule, and not copied
    for k in range(len(text) - 1, 0, -1):
        if text[k] in ANY_CLOSERS:
            at = k + 1
            while at < len(text) and text[at] in ITEM_CLOSE:
                at += 1
            if at <= last and rule_line(text[at:]) is not None:
                return {at}
    return set()


#: the longest name a part heading run on after an item may print after its numeral (``spaced_heading_joints``)
HEADING_NAME_MAX_CHARS = 30
#: a part heading whose label prints its numeral and a space where 、 stood (``二 强化知识产权保护``: a converter's
#: copy that set the numeral apart), to the part's end: no stop, bracket or digit in its name
_SPACED_HEADING = lazy_re(rf"{cn_run('{1,3}')}[ \u3000\u00a0]+[^ \u3000\u00a0。；;，,：:！!？?（()）{DIGIT_RANGES}]"
                          rf"[^。；;，,：:！!？?（()）{DIGIT_RANGES}]{{1,{HEADING_NAME_MAX_CHARS - 1}}}")


def spaced_heading_joints(text: str) -> set[int]:
    """Before a part heading run on after an item's closing assignment bracket, its label printed as a numeral
    and a space (``6.…。（A、B负责） 二 强化知识产权保护``, the next part's heading, whose （三） the numbering splits
    off): the heading's own line, as the page printed it.  Left on the item, the bracket closed no line and the
    item gave no row (holdout runonplan-guozhi-2023-1, batch 119: a converter's copy of the 2023 知识产权强国 plan
    run into one paragraph, its parts headed `一 完善…`, `二 强化…`)."""
    end = max((text.rfind(ch) for ch in ANY_CLOSERS), default=-1)
    at = end + 1
    while 0 < at < len(text) and text[at] in ITEM_CLOSE:
        at += 1
    if end < 0 or at == end + 1 or at >= len(text) or not _SPACED_HEADING.fullmatch(text[at:].rstrip()):
        return set()   # most parts: no bracket, or no heading after the last one
    span = closing_bracket(text, end + 1)   # the heading follows the item's own assignment bracket, none other
    return {at} if span is not None and parse_bracket(text[span[0] + 1:end]) is not None else set()


def _cut(text: str, cuts) -> list[str]:
    bounds = [0, *sorted(c for c in set(cuts) if 0 < c < len(text)), len(text)]
    return [p for p in (text[a:b].strip() for a, b in zip(bounds, bounds[1:])) if p]


