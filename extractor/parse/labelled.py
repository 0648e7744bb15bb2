"""Form ``labelled`` (docs/forms.md): numbered items followed by labelled lines.

    1. 加快推进某某工程建设……。
    牵头单位：市发改局
    配合单位：市财政局、各镇街(园区)
    完成时限：2016年12月底前
    分管领导：张某某

Consecutive labelled lines form one assignment for the item(s) before them
(``outline.Outline``).  Leader lines (分管领导 / 牵头负责领导) name people and
go to ``extra``, never to the units; ``部门分工：X牵头，Y、Z等配合。`` is parsed
as verb wording.  Labels may also follow the item's text on its own line
(``1. 某某工作。责任单位：市发改局``): the labels are then in the item's own
paragraph, which docs/forms.md names ``inline-label`` (``OWN_LINE_FORM``).

Labels may carry sub-numbers of their own, one measure per heading:
``（一）目标任务：…`` / ``（二）牵头单位：…`` / ``（三）责任单位：…`` (``_sub_label``):
the numbered label lines are labelled lines, and the text label's line is the item.
"""
from __future__ import annotations

import logging
import re
from dataclasses import replace

from .assign import Assignment, parse_labels
from .labels import holds_label_mark, label_hits, match_copy, starts_with_label
from ..models import TABLE_MARK, Cover, Located, ParsedTable
from .unitlists import CLOSERS, OPENERS
from .headlines import is_project_name, role_line, stops_inside_sentence, unit_line
from .items import Item
from .outline import Outline
from .ranges import closing_reference, split_range
from .labelwraps import continues_label, join_cut_count_lines
from .formlines import text_form_lines
from .bracketwraps import join_wrapped_brackets
from .roles import schedule_label_words, text_label_words
from ..brackets import bracket_balance, closing_opener
from ..hanzi import simplified
from .deadlines import deadline_length
from ..numbering import split_numbering
from ..text import COLONS, SENTENCE_ENDS, fold

log = logging.getLogger(__name__)

FORM = "labelled"
#: the form of labels that close the item's own line, not lines of their own
OWN_LINE_FORM = "inline-label"
#: a label inside an item's own line must follow the end of a sentence or a space
_INLINE_LABEL_AFTER = "。；; \u3000"


def parse_labelled(located: Located) -> ParsedTable | None:
    """Measures of a notice whose items carry labelled lines; None if it has none."""
    every = text_form_lines(located.lines)
    raw = [ln for ln in every if not ln.startswith(TABLE_MARK)]
    lines, sub_labels = _label_lines(join_cut_count_lines(raw))
    if not any(starts_with_label(ln) or _has_own_labels(ln) for ln in lines):
        return None
    # an item's own bracket wrapped over lines (``5.…（配合单位：X；`` / ``完成时限：…）``) is the inline
    # form's, joined as that reader joins it: its second half is no labelled line of its own (joined
    # only here, on a page that holds labels: a page without any is left at the check above)
    joined = [ln for ln in join_wrapped_brackets(every) if not ln.startswith(TABLE_MARK)]
    if len(joined) != len(raw):
        lines, sub_labels = _label_lines(join_cut_count_lines(joined))
        if not any(starts_with_label(ln) or _has_own_labels(ln) for ln in lines):
            return None
    outline = Outline()
    pending: list[str] = []
    cover: list[Cover] = []   # the items the run of labelled lines names (以上第1—3项牵头单位：…)
    schedule: list[str] = []   # a schedule label and its stage lines (进度安排 / 第一季度…： / 第二季度…：)
    text_items = 0
    for k, (line, sub) in enumerate(zip(lines, sub_labels)):
        if line and not isinstance(sub, Item) and _goes_on_schedule(pending, schedule, line):
            continue
        if line and schedule and schedule[-1] != _CLOSED:
            schedule.append(_CLOSED)   # any other line ends the stages
        if isinstance(sub, Item):
            _flush(outline, pending, cover, schedule)
            text_items += 1   # its printed number numbers a label: the measures are counted
            outline.add_item(sub if _numbers_the_item(sub_labels, k) else replace(sub, no=text_items))
            continue
        if line and starts_with_label(line, other_alone=True):   # 分数：10分 too: kept in extra
            closing, line = closing_reference(line)   # 牵头单位：X（以上第1—3项）
            if closing is not None and not cover:
                cover.append(closing)
            pending.append(line)
            continue
        if line and (text_item := _label_text_item(line, outline)) is not None:
            text_items += 1   # no number of its own: numbered as its heading, else counted as under sub-labels
            outline.add_item(text_item if text_item.no is not None else replace(text_item, no=text_items))
            continue
        ranged, rest = split_range(line) if line else (None, line)
        if ranged is not None and starts_with_label(rest):
            _flush(outline, pending, cover, schedule)
            pending.append(rest)
            cover.append(ranged)
            continue
        if pending and not line:
            continue   # a blank line inside a run of labelled lines (or a wrapped list)
        if continues_label(pending, line):
            pending[-1] += line
            continue
        _flush(outline, pending, cover, schedule)
        if line:
            _add_paragraph(outline, line)
    _flush(outline, pending, cover, schedule)
    parsed = outline.parsed()
    return parsed if parsed.measures else None


def _label_lines(raw: list[str]) -> tuple[list[str], list[str | Item | None]]:
    """The lines stripped, a numbered label line (``（二）牵头单位：X``) as its label line, a unit
    label's line running into a text label (``_split_text_label``) as two, and what ``_sub_label``
    read in each."""
    lines = _steps_under_text_label([part for ln in raw for part in _split_text_label(ln.strip())])
    sub_labels = [_sub_label(ln) for ln in lines]
    return [ln if sub is None or isinstance(sub, Item) else sub for ln, sub in zip(lines, sub_labels)], sub_labels


#: what stands between a text label word and its value
_TEXT_LABEL_MARKS = COLONS


def _numbers_the_item(sub_labels: list[str | Item | None], k: int) -> bool:
    """The numbered text label at ``k`` (``（2）创建目标：…``) numbers its measure, not a label: none of the label lines
    after it, up to the next such item, prints a number of its own (``责任科室（单位）：…`` bare, where a list numbering
    its labels goes on ``（二）牵头单位：…``).  Its printed number is then the measure's, as an item's is: a digest that
    left ``（1）`` out numbers its first measure 2 (holdout targetlabel-unplaced, batch 125; before session 73 every such
    measure was counted, 1 for ``（2）``)."""
    for sub in sub_labels[k + 1:]:
        if isinstance(sub, Item):
            return True
        if isinstance(sub, str):
            return False
    return True


def _sub_label(line: str) -> str | Item | None:
    """What ``line`` holds when its number only numbers a label of one measure, else None:
    ``（二）牵头单位：X`` is the labelled line ``牵头单位：X``, and ``（一）目标任务：Y`` the
    measure's item with the text ``Y`` (the label's word is no part of the text; labels closing
    that line, ``…。牵头单位：X``, are its own as on any item's line)."""
    numbered = split_numbering(line) if line and holds_label_mark(line) else None
    if numbered is None:
        return None
    kind, rank, no, label, rest = numbered
    if starts_with_label(rest):
        return rest
    copy = match_copy(rest)
    word = next((w for w in text_label_words() if copy.startswith(w)), None)
    text = rest[len(word) + 1:].strip() if word is not None else ""
    if text and rest[len(word)] in _TEXT_LABEL_MARKS:
        text, own = split_own_labels(text)
        return Item(kind=kind, rank=rank, no=no, label=label, text=text, own=own)
    return None


#: the kind and level of a text label's line printed with no number of its own under a heading
#: (``任务目标：…``): the innermost item, under any numbered one
LABEL_TEXT_KIND = "label-text"
LABEL_TEXT_RANK = 98


def _text_label_at(copy: str, start: int = 0) -> int | None:
    """Where a text label word followed by its colon (``任务目标：``: ``roles.text_label_words``) opens
    in ``copy`` (a matching copy) at ``start`` or later, else None."""
    for word in text_label_words():
        at = copy.find(word, start)
        while at >= 0:
            end = at + len(word)
            if end < len(copy) and copy[end] in _TEXT_LABEL_MARKS:
                return at
            at = copy.find(word, at + 1)
    return None


def _split_text_label(line: str) -> list[str]:
    """``line`` as the lines a copy printed: a unit label's line whose value runs on into a text
    label and its colon with no break (``责任单位：莲塘镇任务目标：2024年完成…``: a page that lost the
    break between its label lines, holdout runlabel-nanchangxian) is the label's line and the text
    label's line.  Any other line stays one."""
    if not line or split_numbering(line) is not None or not starts_with_label(line):
        return [line]
    copy = match_copy(line)
    hits = label_hits(copy)   # the unit label's own colon, or the space a page printed for it
    at = _text_label_at(copy, hits[0].end()) if hits else None
    if at is None or any(m.start() < at < m.end() for m in hits):
        return [line]
    return [line[:at].rstrip(), line[at:]]


def _label_text_item(line: str, outline: Outline) -> Item | None:
    """The measure's item a text label's line with no number of its own makes (``任务目标：…`` among
    the label lines under ``一、新建400个公共充电桩项目``: a 民生实事 list whose headings name the
    projects, holdout runlabel-nanchangxian): its value is the measure's text, the label's word no
    part of it (as a numbered ``（一）目标任务：…``'s, ``_sub_label``), and the heading over it a
    section, its number the measure's (``（七）`` gives 7).  Only right under a numbered heading printing no sentence (a
    project's or a target's name, ``_prints_sentence``) that has no assignment and no text item yet; elsewhere the line
    is read as before."""
    if split_numbering(line) is not None:
        return None
    copy = match_copy(line)
    if _text_label_at(copy) != 0:
        return None
    word = next(w for w in text_label_words() if copy.startswith(w))
    text = line[len(word) + 1:].strip()
    head = outline.events[-1] if outline.events else None
    if not text or not isinstance(head, Item) or head.kind == LABEL_TEXT_KIND or head.assignment is not None \
            or head.more or _prints_sentence(head.text):
        return None
    text, own = split_own_labels(text)
    # the heading's number is the one the notice prints for its task (README "A numbered heading over one task")
    return Item(kind=LABEL_TEXT_KIND, rank=LABEL_TEXT_RANK, no=head.no, label="", text=text, own=own)


def _prints_sentence(heading: str) -> bool:
    """The heading's words print a sentence: a sentence mark in them, unless they name a project closed by one full
    stop (``headlines.is_project_name``: ``小街巷、小绿地建设工程。``), which heads its ``工作内容：`` line as a name printed with
    no stop does (tests/fixtures/README.md "A project heading over a 工作内容： line and a 责任单位： line"; holdout
    workcontent-suzhouah, batch 122: before, its label and value ran into the heading as the measure's text)."""
    return any(mark in heading for mark in SENTENCE_ENDS) and not is_project_name(heading)


def _bare_text_label(line: str) -> bool:
    """``line`` is a text label word and its colon with nothing after it (``整改措施：``: ``roles.text_label_words``),
    its value on the lines under it."""
    copy = match_copy(line)
    word = next((w for w in text_label_words() if copy.startswith(w)), None)
    return word is not None and copy[len(word):] in _TEXT_LABEL_MARKS


def _steps_under_text_label(lines: list[str]) -> list[str]:
    """``lines`` with the numbered steps printed under a bare text label (``整改措施：`` alone on its line, then
    ``1、…`` ``2、…`` up to the next label line or heading) moved into the numbered heading they belong to: an
    item printed as a heading (``（二）赣州市。``, an 整改 list's item named by its subject), its label lines
    (``整改目标：…`` / ``整改时限：…``), the bare label and its steps, then its unit labels.  The item keeps its
    heading's number and takes the steps, joined as printed with their numbers, as its text: the heading names
    what the steps answer (the place, the problem), no part of the task, and the steps are one task's, no items
    of their own.  Steps with no heading over them since the last unit label (a page opening inside an item of the
    page before) are no item: they and their label are dropped.  Any other line stays as it is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        steps = []
        if line and _bare_text_label(line):
            j = i + 1
            head = split_numbering(line)
            while j < len(lines) and lines[j] and not starts_with_label(lines[j], other_alone=True) \
                    and (step := split_numbering(lines[j])) is not None and step[0] in _STEP_KINDS:
                steps.append(lines[j])
                j += 1
        if not steps or _numbered_on_after_labels(lines, j, steps[-1]):
            out.append(line)
            i += 1
            continue
        at = len(out) - 1
        while at >= 0 and (not out[at] or starts_with_label(out[at], other_alone=True)):
            at -= 1
        heading = split_numbering(out[at]) if at >= 0 else None
        if heading is not None and heading[0] not in _STEP_KINDS and not starts_with_label(out[at]):
            out[at] = heading[3] + "".join(s.strip() for s in steps)
        i = j
    return out


#: the numbering kinds a text label's steps print (1、 1. （1） ①): an item's heading is of another kind
_STEP_KINDS = ("num", "pnum", "circ")


def _numbered_on_after_labels(lines: list[str], j: int, last: str) -> bool:
    """The numbering of the run ending at ``last`` goes on after the label lines from ``j`` (``1、…`` / ``责任领导：*``
    / ``涉项部门：…`` / ``2、…``): each numbered line has labels of its own, so they are items under the bare label
    (``整改措施：`` over a 整改 report's items, holdout shexiang-unplaced, batch 105), no one item's steps."""
    k = j
    while k < len(lines) and lines[k] and starts_with_label(lines[k], other_alone=True):
        k += 1
    if k == j or k >= len(lines) or (nxt := split_numbering(lines[k])) is None:
        return False
    prev = split_numbering(last)
    return prev is not None and nxt[0] == prev[0] and nxt[2] == prev[2] + 1


def _has_own_labels(line: str) -> bool:
    """True for an item line that carries its labels itself (``1.某某工作。牵头单位：…``)."""
    return ("：" in line or ":" in line) and split_numbering(line) is not None \
        and split_own_labels(line)[1] is not None


def _flush(outline: Outline, pending: list[str], cover: list[Cover], schedule: list[str]) -> None:
    """Turn a run of labelled lines into one stand-alone assignment (covering the items its
    first line names, when it names them: ``cover``); a run naming no unit (``完成时限：…``
    alone) is the item's own part, read when its section names the units.  A schedule read from
    the run (``_goes_on_schedule``) is its deadline, unless a deadline label names one."""
    when = _schedule_text(schedule)
    if pending or when:
        text = "；".join(pending)
        found = parse_labels(text, FORM) if pending else None
        if found is not None:
            found = _with_schedule(found, when, schedule[0] if schedule else "")
            outline.add_group(replace(found, covers=cover[0]) if cover else found)
        else:
            part = parse_labels(text, FORM, units_needed=False) if pending else Assignment(form=FORM)
            part = _with_schedule(part, when, schedule[0] if schedule else "") if part is not None else None
            if part is not None and (part.deadline or part.extra):
                outline.add_part(part)
        pending.clear()
    cover.clear()
    schedule.clear()


#: closes a schedule's lines in ``parse_labelled``'s list: a line that is no stage came after them
_CLOSED = "\x00"


def _goes_on_schedule(pending: list[str], schedule: list[str], line: str) -> bool:
    """Whether ``line`` is a stage of a schedule (it opens with a period, ``第二季度工作进展：…``, ``12月底前…``, and
    bears no item number) right under a schedule label (``[schedule_labels]``: 进度安排) ending the run of labelled
    lines, alone or with a first stage for its value, or under the stages read so far; it is then taken into
    ``schedule`` (the label's word first, then the stages as printed) and the label's line leaves ``pending``."""
    if not _opens_with_period(line):
        return False
    if schedule:
        if schedule[-1] == _CLOSED:
            return False
        schedule.append(line)
        return True
    if not pending or (head := _schedule_head(pending[-1])) is None:
        return False
    word, value = head
    pending.pop()
    schedule.extend([word, *([value] if value else []), line])
    return True


def _schedule_head(label_line: str) -> tuple[str, str] | None:
    """(the schedule word, the value as printed) of a line opening with a schedule label word and a colon or
    nothing after it, whose value is empty or opens with a period (``进度安排：第一季度工作进展：…``), else None."""
    copy = match_copy(label_line)
    word = next((w for w in schedule_label_words() if copy.startswith(w)), None)
    if word is None:
        return None
    value = label_line[len(word):].lstrip("：: \u3000")
    return (word, value) if not value or _opens_with_period(value) else None


def _opens_with_period(line: str) -> bool:
    """A line opening with a period the date grammar reads (``第一季度``, ``6月底前``), with no item number."""
    return split_numbering(line) is None and deadline_length(fold(match_copy(line))) > 0


def _schedule_text(schedule: list[str]) -> str | None:
    """The stages of ``schedule`` (its word, then its lines) joined as a cell's lines are, the last one's
    closing 。 dropped as a labelled deadline's is; None for no stages."""
    stages = [ln.strip() for ln in schedule[1:] if ln != _CLOSED]
    return "".join(stages).rstrip("。；;") or None


def _with_schedule(found: Assignment, when: str | None, word: str) -> Assignment:
    """``found`` with the schedule ``when`` as its deadline, or in its extra under ``word`` where a deadline
    label named the deadline itself (完成时限 beside 进度安排: docs/parsing.md §6)."""
    if not when:
        return found
    if found.deadline is None:
        return replace(found, deadline=when)
    return replace(found, extra={**found.extra, word: when})


def _add_paragraph(outline: Outline, line: str) -> None:
    numbered = split_numbering(line)
    if numbered is None and (name := unit_line(line)):
        outline.add_unit_heading(line, name)
        return
    if numbered is None and (role := role_line(line)):
        outline.add_role_heading(role, line)   # 配合任务： under a unit's name line
        return
    if numbered is None:
        rest, own = split_own_labels(line) if _cut_item_waits(outline) else (line, None)
        outline.add_more(rest, own)   # own: the labels of an item a page break cut (``_cut_item_waits``)
        return
    kind, rank, no, label, rest = numbered
    text, own = split_own_labels(rest)
    outline.add_item(Item(kind=kind, rank=rank, no=no, label=label, text=text, own=own))


def _cut_item_waits(outline: Outline) -> bool:
    """Whether the last paragraph read is an item with no labels of its own whose text stops inside a sentence
    (``6.…完成产业项目投资增长10%以`` over ``上。牵头单位：…；责任单位：…``: a document site's copy broke the line at
    its page's end): the unnumbered line under it is its rest, and the labels closing that line are the
    item's own (``split_own_labels``), as on any item's line.  An item whose text ends its sentence (a
    full stop) or is a heading's short phrase (``一、主要目标``: ``headlines.stops_inside_sentence``) takes no labels so."""
    last = outline.events[-1] if outline.events else None
    if not isinstance(last, Item) or last.own is not None or last.more:
        return False
    return stops_inside_sentence(last.text)


def split_own_labels(text: str) -> tuple[str, Assignment | None]:
    """``某某工作。责任单位：市发改局`` -> (``某某工作。``, its assignment).
    A label inside a bracket (``（牵头单位：…；配合单位：…）``) is the inline
    form's, not a labelled line."""
    for m in label_hits(simplified(text)):
        if (m.start() > 0 and text[m.start() - 1] in _INLINE_LABEL_AFTER
                and bracket_balance(text[:m.start()], OPENERS, CLOSERS) <= 0):
            labels, task = _task_after_labels(text[m.start():])
            found = parse_labels(labels, OWN_LINE_FORM)
            if found is not None and task:
                return task, replace(found, extra={SUBJECT_KEY: re.sub(r"[\s\u3000]+$", "", text[:m.start()]),
                                                   **found.extra})
            if found is not None:
                return _closing_deadline(re.sub(r"[\s\u3000]+$", "", text[:m.start()]), found)
    return text, None


#: the measure's extra key for the words an item printed before its labels when a text label among them gives the
#: task (``（一）某问题。…整改措施：…``: the problem the task answers)
SUBJECT_KEY = "事项"


def _task_after_labels(labels: str) -> tuple[str, str]:
    """(the labels, the task) of an item's own labels running on into a text label and its colon with no break
    (``责任单位：A、B责任人：…整改时限：立行立改整改措施：树牢…。1.…2.…``, a converted page that lost the breaks between an
    整改 item's label lines): the text label's value is the measure's task, and the labels before it are the item's
    assignment; (``labels``, "") where no text label follows the first label's colon."""
    copy = match_copy(labels)
    hits = label_hits(copy)
    at = _text_label_at(copy, hits[0].end()) if hits else None
    if at is None or any(h.start() < at < h.end() for h in hits):
        return labels, ""
    word = next(w for w in text_label_words() if copy.startswith(w, at))
    return labels[:at].rstrip(), labels[at + len(word) + 1:].strip()


def _closing_deadline(text: str, found: Assignment) -> tuple[str, Assignment]:
    """(``text``, ``found``) with the deadline of a bracket closing the item's sentence before its stop
    (``…设置公益广告（时间安排：20xx年9月至验收结束）。`` over ``责任单位：…``: a bracket holding a deadline or schedule label
    and no unit, the item's labels after the sentence) moved into ``found`` and the bracket cut from the text, as a
    label bracket closing an item is (holdout tentexts-collection-2022-1, batch 68: before, the bracket stayed in the
    text and the item had no deadline).  Unchanged where the labels after it print a deadline of their own."""
    if found.deadline is not None:
        return text, found
    stop = text[-1] if text.endswith(SENTENCE_ENDS) else ""
    body = text[:len(text) - len(stop)]
    at = closing_opener(body)
    if at is None or at == 0:
        return text, found
    part = parse_labels(body[at + 1:-1], OWN_LINE_FORM, units_needed=False)
    if part is None or part.deadline is None or part.lead or part.support:
        return text, found
    return body[:at].rstrip() + stop, replace(found, deadline=part.deadline)
