"""Forms ``inline-label``, ``inline-verb``, ``inline-list`` and ``prose`` (docs/forms.md).

The assignment closes the item's paragraph:

- ``……。（牵头单位：市发改局、市财政局；配合单位：各镇街(园区)）``   inline-label
- ``……。（市发改局牵头，市财政局配合，2016年底前完成）``            inline-verb
- ``……。由市发改局会同市财政局、市国土局等部门负责落实。``          prose
- ``……。（市发改委、市建设局，各县（市、区）政府）``                 inline-list
  (a bare 责任单位 list: all lead, or the first leads under 列第一位…)

Unit names hold brackets themselves (镇街(园区), 县(市、区)), so the closing bracket is found with a balanced
scan from the end of the paragraph, never with a ``\\(([^)]*)\\)`` regex.  A paragraph that is only such a
bracket (e.g. ``（责任单位：市发改局）`` after items (1)(2)(3)) covers the items before it.
"""
from __future__ import annotations

import logging
from dataclasses import replace

from .assign import HEADING_FORM, NOTE_KEY, Assignment, is_marked_list, parse_labels, parse_unit_list, parse_verbs, with_form
from .deadlinephrases import is_deadline_clause, is_deadline_phrase
from .labels import colon_copulas, match_copy, starts_with_label
from .unitlists import CLOSERS, OPENERS, ends_like_unit, every_item_re, names_units_only, rule_line
from ..models import TABLE_MARK, Cover, Located, ParsedTable
from .headlines import heading_unit, is_topic_line, role_line, run_in_units, unit_line
from .pointclauses import paragraph_clauses, point_clauses
from .clauserun import read_clause_run
from .labelclauses import read_label_run
from .copuladuty import add_duty_paragraph
from .namedfirst import name_then_leading
from .proseassign import split_leading, split_prose
from .brackettail import split_tailed
from .bracketrun import join_broken_runs, read_bracket_run, run_kinds, whole_kinds, without_cut_task
from .items import BARE_RANK, CLAUSE_KIND, Item
from .runinschedule import run_in_schedule
from .outline import Outline
from .outlineheads import join_cut_lead_ins
from .undertaking import join_undertakings
from .cutclause import with_cut_clause
from .topicduties import duty_kinds as subject_duty_kinds, heading_duties, is_sanction, line_duty, topic_duty
from .modalduties import (joined_paragraph, modal_duty, modal_item_duty, modal_kinds, modal_paragraphs,
                          opening_with_units, part_subjects, role_duty)
from .unitduties import announced_unit_kinds, bare_duties, split_run_in_duties, unit_heading_kinds
from .ranges import RANGE_HEAD, RANGE_LABEL_FORM, closing_reference, may_open_reference, split_range
from .formlines import text_form_lines
from .bracketwraps import join_wrapped_brackets
from .labelwraps import join_cut_count_lines
from ..brackets import matching_bracket, own_kind_opener, split_outside_brackets, unclosed_opener
from ..agencies.jurisdiction import LEVEL_CHARS
from ..agencies.towns import TOWN_WORDS
from ..hanzi import simplified
from ..text import SENTENCE_ENDS, TRAILING_MARKS
from ..numbering import is_dash_label, split_numbering
from ..lazyre import lazy_re

log = logging.getLogger(__name__)

def parse_inline(located: Located) -> ParsedTable | None:
    """Measures whose paragraphs end in an assignment; None if there are none."""
    outline = Outline()
    lines = join_cut_count_lines([line for line in join_wrapped_brackets(text_form_lines(located.lines))
                                  if line and not line.startswith(TABLE_MARK)])
    lines = join_broken_runs(lines, parse_bracket)
    lines = split_run_in_duties(join_undertakings(join_cut_lead_ins(return_leading_brackets(lines))))
    if lines:   # a run whose last task the copy's end cut after its last bracket (runpair-danjiangkou)
        lines[-1] = without_cut_task(lines[-1], parse_bracket, is_deadline_clause)
    # the numbering kinds whose items are bracket runs: their one-bracket items are runs too
    numbered = [(n[0], n[4]) for n in map(split_numbering, lines) if n is not None]
    runs = run_kinds(numbered, parse_bracket)
    wholes = whole_kinds(numbered, parse_bracket)
    unit_kinds = run_in_unit_kinds(numbered) | announced_unit_kinds(lines)
    duty_kinds = subject_duty_kinds(numbered) | unit_heading_kinds(numbered)
    tabled = bool(located.grids) or any(line.startswith(TABLE_MARK) for line in located.lines)
    # over a table, a letter's points exhort (modalduties._is_run); a part's sentence assigns its targets' kind
    modals = modal_kinds(numbered, tabled, part_subjects(lines))
    assigned = lambda line: split_assignment(line)[1] is not None
    bare = {**modal_paragraphs(lines, assigned, tabled), **heading_duties(lines), **bare_duties(lines, assigned)}
    for k, line in enumerate(lines):
        if k in bare and bare[k] is None:   # a wrapped rest of the duty above (unitduties._with_wrapped_rests)
            continue
        if k in bare:   # 生态环境部门负责…。 unnumbered duties by subject: a measure each, numbered by place, text whole
            outline.add_item(Item(kind=CLAUSE_KIND, rank=BARE_RANK, no=None, label="", text=bare[k][0], own=bare[k][1]))
        else:
            _add_paragraph(outline, line, runs, unit_kinds, wholes, duty_kinds, modals)
    parsed = outline.parsed()
    return _with_cut_forms(parsed) if parsed.measures else None


#: the form a bracket cut by the copy's end is read with until the notice's forms are known (``_cut_unit_list``)
CUT_LIST_FORM = "inline-cut"


def _with_cut_forms(parsed: ParsedTable) -> ParsedTable:
    """``parsed`` with each measure whose bracket the copy cut (``CUT_LIST_FORM``) in the form of the bracket before it
    (its verb or label was cut off with the rest: ``（A、B、C负责）`` over ``（A、B、C``), or a bare list's with none."""
    if not any(d.form == CUT_LIST_FORM for d in parsed.measures):
        return parsed
    measures, last = [], "inline-list"
    for d in parsed.measures:
        if d.form == CUT_LIST_FORM:
            d = replace(d, form=last)
        else:
            last = d.form
        measures.append(d)
    return replace(parsed, measures=tuple(measures))


def return_leading_brackets(lines: list[str]) -> list[str]:
    """``lines`` with each item's closing bracket put back at the end of its item when a copy whose line breaks
    were lost moved it to the head of the next paragraph, right before the next item's number or a heading's
    (``1.改造棚户区80万平方米。`` / ``（责任单位：市城建局）2.新建供水管网35公里。`` / ``（责任单位：…）（二）强化…``, a
    document site's copy of a city's plan: holdout cramped-tonghua, batch 58): a line opening with a bracket that
    reads as an assignment naming units (``parse_bracket``), run into a number (``split_numbering``: its rest
    opens with one), under a numbered line that ends in no bracket of its own.  The bracket goes back to that
    line and the rest stands as a line of its own.  A bracket on a line of its own is no such bracket: it covers
    the items over it (a group's closing units, threelevel-yuncheng).  Before, each item lost its bracket to the line under it,
    which opened with no number, and no row was read."""
    out: list[str] = []
    for line in lines:
        moved = _leading_bracket(line) if out and split_numbering(out[-1]) is not None else None
        if moved is None or closing_bracket(out[-1]) is not None:
            out.append(line)
            continue
        bracket, rest = moved
        out[-1] += bracket
        out.append(rest)
    return out


def _leading_bracket(line: str) -> tuple[str, str] | None:
    """(the bracket ``line`` opens with, the rest) when it is an assignment naming units and the rest opens
    with a number; None otherwise."""
    if not line or line[0] not in OPENERS or split_numbering(line) is not None:
        return None
    end = matching_bracket(line, 0, OPENERS, CLOSERS)
    if end is None:
        return None
    rest = line[end + 1:].strip()
    if not rest or split_numbering(rest) is None:
        return None   # a bracket line of its own covers the items over it (a group's closing units)
    found = parse_bracket(line[1:end])
    return (line[:end + 1], rest) if found is not None and found.has_units else None


#: a notice's items of one numbering kind open with a sentence of only their units' names when at least this
#: many of them do (one such item may be a point whose subject is a unit)
MIN_RUN_IN_UNIT_ITEMS = 2


def run_in_unit_kinds(items: list[tuple[str, str]]) -> frozenset[str]:
    """The numbering kinds whose items, in this notice, run their duties in after a sentence of only their
    units' names (``（十四）市工商局、市卫生局。依法查处…``: ``headlines.run_in_units``), at least
    ``MIN_RUN_IN_UNIT_ITEMS`` of them; ``items`` are (kind, text) of its numbered paragraphs."""
    counts: dict[str, int] = {}
    for kind, text in items:
        if any(ch in text[:1] for ch in OPENERS) or run_in_units(text) is None:
            continue
        counts[kind] = counts.get(kind, 0) + 1
    return frozenset(kind for kind, n in counts.items() if n >= MIN_RUN_IN_UNIT_ITEMS)


def _add_paragraph(outline: Outline, line: str, runs: frozenset[str] = frozenset(),
                   unit_kinds: frozenset[str] = frozenset(), wholes: frozenset[str] = frozenset(),
                   duty_kinds: frozenset[str] = frozenset(), modals: frozenset[str] = frozenset()) -> None:
    """Add ``line`` to ``outline``; ``runs``: the numbering kinds whose items are bracket runs in
    this notice (``bracketrun.run_kinds``); ``unit_kinds``: those whose items run in after their units'
    names (``run_in_unit_kinds``); ``wholes``: those whose items are mostly whole, so a run among them
    keeps its number (``bracketrun.whole_kinds``); ``duty_kinds``: those whose items are duties naming their
    units as the subject (``unitduties.subject_duty_kinds``), or a list by unit's names
    (``unitduties.unit_heading_kinds``); ``modals``: those whose items are points naming their bodies as the subjects
    of 要 or 作为 (``modalduties.modal_kinds``)."""
    if rule_line(line):   # 以下各项均需X落实，不再逐项列出: a rule for the items after it (Outline.add_rule), read
        outline.add_rule(line)   # before its 以下各项 passes for a range's reference or 需X落实 for a clause's verb
        return
    ranged = read_range_line(line)
    if ranged is not None:
        outline.add_group(ranged)   # （以上第1—3项牵头单位：…）: covers the items it names
        return
    span = closing_bracket(line)
    ranged = read_range_line(line[span[0]:]) if span is not None and span[0] > 0 else None
    if ranged is not None:   # run onto the last item's line (a copy that lost its line breaks):
        _add_paragraph(outline, line[:span[0]], runs)   # it still names its items
        outline.add_group(ranged)
        return
    numbered = split_numbering(line)
    # 由A牵头，B配合，在8月底前完成…；由C负责，…, or <task>，责任单位A；<task>，责任单位B: a measure each, numbered by place
    run = (read_clause_run(line) or read_label_run(line)) if numbered is None else None
    if run is not None:
        for task, found in run:
            outline.add_item(Item(kind=CLAUSE_KIND, rank=BARE_RANK, no=None, label="", text=task, own=found))
        return
    # an unnumbered paragraph's run-in sentence has no number to title a section by: it opens the first task
    # (a copy that ran a page's unnumbered items into one line, each closed by its own bracket)
    bracketed = read_bracket_run(line, parse_bracket, headed=False) if numbered is None else None
    if bracketed is not None and bracketed.heading is None:
        # a paragraph under a heading running several targets on, each closed by its own bracket after its full
        # stop (1.主要指标的责任部门。 / 全市常住人口…。（A牵头）万元…。（B牵头）): a measure each, numbered by place
        for task, found in bracketed.tasks:
            outline.add_item(Item(kind=CLAUSE_KIND, rank=BARE_RANK, no=None, label="", text=task, own=found))
        return
    text = numbered[4] if numbered else line
    bracketed = (read_bracket_run(text, parse_bracket, numbered[0] in runs, numbered[0] not in wholes)
                 if numbered is not None else None)
    if bracketed is not None:   # （一）<heading>。<task>。（A负责）<task>。（B负责）: a measure per bracket
        kind, rank, no, label, _ = numbered
        if bracketed.heading is None:   # 1.<task>。（A负责）<task>。（B负责）: tasks under one number
            for task, found in bracketed.tasks:
                outline.add_item(Item(kind=kind, rank=rank, no=no, label=label, text=task, own=found))
            return
        outline.add_item(Item(kind=kind, rank=rank, no=no, label=label, text=bracketed.heading, own=None))
        for item in _run_items(bracketed.tasks, rank):
            outline.add_item(item)
        return
    rest, own = split_assignment(text)
    if own is not None and not own.has_units and numbered is not None and is_dash_label(numbered[3]) \
            and is_topic_line(text):
        rest, own = text, None   # ——优化营商环境（牵头领导：刘洋）: a topic's leaders, no item's assignment
    if numbered is None and own is not None and not rest.strip(TRAILING_MARKS):
        outline.add_group(own)  # a line that is only （责任单位：…）
    elif numbered is None and own is None and starts_with_label(line) and _complements(outline, line):
        return   # 完成时限：… on its own line under an item that named its units itself
    elif numbered is None and own is None and (name := unit_line(line)):
        outline.add_unit_heading(line, name)
    elif numbered is None and own is None and (role := role_line(line)):
        outline.add_role_heading(role, line)   # 配合任务： under a unit's name line
    elif numbered is None and own is None and add_duty_paragraph(outline, line):
        return   # X为…牵头单位，负责…。A、B为协办单位，…: the paragraph whole, then its units (copuladuty.py)
    elif numbered is None and own is None and is_sanction(line):
        return   # 因…，追究X有关责任人的责任: whose people answer when a duty fails, no duty and no text (topicduties)
    elif numbered is None and own is None and (clauses := paragraph_clauses(line)) is not None:
        # …作了具体分工：A负责…；B负责…；: a measure per clause, sharing the paragraph's place (pointclauses)
        for at, (clause, found) in enumerate(clauses):
            outline.add_item(Item(kind=CLAUSE_KIND, rank=BARE_RANK, no=None, label="", text=clause, own=found,
                                  shares_place=at > 0))
    elif numbered is None and own is None and (more := joined_paragraph(line)) is not None \
            and outline.join_point(line, more, modals, lambda point: modal_duty(point) is not None):
        return   # 二、<topic>。A要…。 / B、C等有关部门，要…: the paragraph goes on with the point (modalduties)
    elif numbered is None:
        outline.add_more(rest, own)
    else:
        kind, rank, no, label, _ = numbered
        if own is None and (clauses := point_clauses(text)) is not None:
            # （二）明确分工，责任到人。A负责…；B负责…；: a measure per clause, the point's number shared (pointclauses)
            for clause, found in clauses:
                outline.add_item(Item(kind=kind, rank=rank, no=no, label=label, text=clause, own=found))
            return
        if own is None and kind in unit_kinds and (units := run_in_units(text)) is not None:
            # （十四）市工商局、市卫生局。依法查处…: the first sentence names the item's units, the rest its duties
            # (10.市商务局：会同市发展改革委负责…: the bodies named first by 会同 support, modalduties.opening_with_units)
            outline.add_item(Item(kind=kind, rank=rank, no=no, label=label, text=units[1],
                                  own=Assignment(lead=(units[0],), support=opening_with_units(units[1]),
                                                 form=HEADING_FORM)))
            return
        if own is not None and not own.support and kind in duty_kinds and rest != text and text.endswith(rest) \
                and (duty := line_duty(text)) is not None and duty.lead == own.lead and duty.support:
            # 8、市民政局牵头，与区级政府共同做好…: the lead's clause is the subject of a sentence going on with whom it
            # works with (与…共同), no clause set apart from the task (由A负责，B配合，…): the line whole
            rest, own = text, duty
        if own is None and (kind in duty_kinds or kind in unit_kinds) \
                and (duty := line_duty(text) or topic_duty(text)) is not None:
            # （三）市国资办负责…: a list of duties by subject, the units the sentence opens with lead, text whole;
            # （四）疫情处置。A负责…，B负责…: run in with a topic, every subject of the point (topicduties); in a list
            # by unit (6、公安部门：…) an item naming its units as the subject is such a duty too (10、其他各有关部门按照…)
            outline.add_item(Item(kind=kind, rank=rank, no=no, label=label, text=text, own=duty))
            return
        if own is None and ((kind in modals and (duty := modal_item_duty(text)) is not None)
                            or (duty := role_duty(text)) is not None):
            # （四）严格督导检查。市建设局要强化…: a point whose bodies are a modal's subjects, text whole (modalduties);
            # （一）…。柴旦镇人民政府作为禁牧工作的主体，要…: an item naming its doer by 作为 and a role noun (role_duty)
            outline.add_item(Item(kind=kind, rank=rank, no=no, label=label, text=text, own=duty))
            return
        if own is not None and own.form == "inline-list" and heading_unit(text) is not None:
            # 一、区应急局(安委办): a unit's name and its second sign in brackets (docs/agencies.md) is a
            # heading naming its items' lead (``headlines.heading_unit``), no item whose bracket names units
            rest, own = text, None
        item = Item(kind=kind, rank=rank, no=no, label=label, text=rest, own=own)
        if own is None:
            item.part_text, item.part = unitless_bracket(rest)
            if item.part is None:   # 1.改建…4家。项目具体实施进度为：第一季度…。 (runinschedule)
                item.part_text, item.part = run_in_schedule(rest)
        outline.add_item(item)


def _run_items(tasks, rank: int) -> list[Item]:
    """The measures of a bracket run's tasks under the item of ``rank`` whose heading titles them: numbered as
    printed when every task opens with an item number of one kind inside the item's (``1.深化…改革。(1)全面落实…。
    (X牵头负责)(2)推行…。(X牵头负责)``: a city's 意见 running its sub-items into their item's paragraph, holdout
    runinsub-chizhou, batch 63), else numbered by place (a 工作要点's unnumbered tasks).  Before, such a task kept
    its ``(2)`` in its text and took its place's number."""
    subs = [split_numbering(task) for task, _found in tasks]
    if all(sub is not None and sub[1] > rank and sub[0] == subs[0][0] and sub[4] for sub in subs):
        return [Item(kind=kind, rank=sub_rank, no=no, label=label, text=text, own=found)
                for (kind, sub_rank, no, label, text), (_task, found) in zip(subs, tasks)]
    return [Item(kind=CLAUSE_KIND, rank=BARE_RANK, no=None, label="", text=task, own=found) for task, found in tasks]


def read_range_line(line: str) -> Assignment | None:
    """The assignment of a line that names the items it covers before its units
    (``ranges.split_range``), or None: the reference inside the line's bracket
    (``（以上第1—3项牵头单位：…）``), in a bracket of its own (``（第1—3项）牵头单位：…``) or
    before it (``以上3项（X牵头，Y配合）``, ``上述任务牵头单位：…``); or after its units, in a
    bracket of its own that closes the line (``责任单位：X（以上两项）``, ``ranges.closing_reference``)."""
    cover, rest = _opening_reference(line)
    if cover is None:
        cover, rest = closing_reference(line.strip())
        if cover is None or split_numbering(rest) is not None:
            return None   # an item's line is no line of its own
    if _opens_with(rest, CLOSERS):
        rest = rest[1:].lstrip(TRAILING_MARKS)
    span = closing_bracket(rest)
    if span is not None and span[0] == 0:
        rest = rest[1:span[1]]
    rest = colon_copulas(rest)   # the reference names its items: 责任单位均为X reads as 责任单位：X
    found = parse_bracket(rest) if rest else None
    if found is None or not found.has_units:
        return None
    return replace(found, covers=cover, form=RANGE_LABEL_FORM if found.form == "inline-label" else found.form)


def _opening_reference(line: str) -> tuple[Cover | None, str]:
    """(the items a reference opening ``line`` names, the rest after it) or (None, ``line``)."""
    head = line[:RANGE_HEAD].lstrip()
    if not may_open_reference(head[1:] if _opens_with(head, OPENERS) else head):
        return None, line   # most lines
    text = line.strip().rstrip(TRAILING_MARKS)
    if _opens_with(text, OPENERS) and matching_bracket(text, 0, OPENERS, CLOSERS) == len(text) - 1:
        text = text[1:-1]   # the whole line is one bracket
    cover, rest = split_range(text)
    if cover is None and _opens_with(text, OPENERS):
        cover, rest = split_range(text[1:])   # (the reference's own bracket, closed right after it)
    return cover, rest


def _opens_with(text: str, chars: str) -> bool:
    return bool(text) and text[0] in chars


def unitless_bracket(text: str) -> tuple[str, Assignment | None]:
    """(text without it, the fields) of a closing bracket that names no unit: labelled
    (``（完成时限：持续推进）``) or only a deadline (``（2025年6月—11月）``); (text, None)
    when there is none."""
    span = closing_bracket(text)
    if span is None:
        return text, None
    inner = text[span[0] + 1:span[1]].strip()
    if not starts_with_label(inner, other_alone=True):   # （数据提供单位：市统计局）: labelled, no unit
        if not is_deadline_phrase(inner):
            return text, None
        return without_span(text, *span), Assignment(deadline=inner, form="inline-verb")
    found = parse_labels(inner, "inline-label", units_needed=False)
    if found is None or not (found.deadline or found.extra):
        return text, None
    return without_span(text, *span), found


def _complements(outline: Outline, line: str) -> bool:
    """True when the labelled ``line`` filled in what the item above it left out."""
    found = parse_labels(line, "inline-label", units_needed=False)
    return found is not None and outline.add_complement(found)


def split_assignment(text: str) -> tuple[str, Assignment | None]:
    """(text without its closing assignment, the assignment) of one paragraph."""
    span = closing_bracket(text)
    if span is not None:
        start, end = span
        found = parse_bracket(text[start + 1:end])
        if found is not None:
            return without_span(text, start, end), found
    else:
        found = _unclosed_assignment(text)
        if found is not None:
            return found
    tailed = split_tailed(text, parse_bracket)   # …。（A牵头，B配合）2019年底前: the bracket before a deadline (brackettail)
    if tailed is not None:
        return tailed
    labels = _bracketed_labels_start(text)
    if labels is not None:   # ……。【牵头单位】市发改局【配合单位】市财政局 to the end of the paragraph
        found = parse_labels(text[labels:], "inline-label")
        if found is not None and (found.lead or found.support):
            return text[:labels].strip(), found
    named = name_then_leading(text, split_leading)   # 县级抓统筹。由A、B牵头，成立… (namedfirst.py), before the 由
    if named is not None:                            # sentence is taken for a closing one
        return named
    rest, found = split_prose(text)
    return (rest, found) if found is not None else split_leading(text)


def _unclosed_assignment(text: str) -> tuple[str, Assignment] | None:
    """(text before it, the assignment) of a closing bracket whose closer was lost (``…建设。（牵头单位：
    X`` and the paragraph ends): the bracket ends with its paragraph.  Only labels or verbs
    (``parse_bracket``'s inline-label and inline-verb) are read so: an unclosed bracket of wording
    whose words end like a unit (``建设市民中心（含市图书馆``) is no bare unit list."""
    body = text.rstrip(TRAILING_MARKS)
    opener = unclosed_opener(body, OPENERS, CLOSERS)
    if not opener:
        return None   # most paragraphs: every bracket closes (or the whole paragraph is one)
    found = parse_bracket(body[opener + 1:]) or _before_cut_note(body[opener + 1:])
    if found is not None and found.form == "inline-verb":   # （A负责，B and the copy's end: B supports (cutclause.py)
        found = with_cut_clause(body[opener + 1:], found)
    if found is not None and found.has_units and found.form != "inline-list" \
            and (cut := _cut_name_start(body[opener + 1:], found)) is not None:
        # the copy's end cut the last unit's name (（牵头单位：省工业和信息): only the whole names before it are units
        found = parse_bracket(body[opener + 1:opener + 1 + cut].rstrip("、，,；; "))
        whole = found is not None and found.has_units and found.form != "inline-list"
        return (text[:opener].strip(), found) if whole else None
    if found is None or not found.has_units or found.form == "inline-list":
        found = _cut_unit_list(body[:opener], body[opener + 1:])
    if found is None:
        return None
    return text[:opener].strip(), found


#: the last name of an unclosed bracket, after the mark before it
_LAST_NAME_RE = lazy_re(r"[、，,：:；;]\s*([^、，,：:；;（）()]+)$")


def _cut_name_start(inner: str, found: Assignment) -> int | None:
    """Where the last name of an unclosed bracket's unit list starts when the copy's end cut it (it ends like no unit:
    ``（牵头单位：省工业和信息``), else None: a name standing whole names its body, a deadline or note closing the
    bracket is no unit's (holdout cutunit-guizhou, batch 116: the cut name was read as the item's lead)."""
    m = _LAST_NAME_RE.search(inner)
    if m is None:
        return None
    last = m.group(1).strip()
    if not any(units.endswith(last) for units in (*found.lead, *found.support)):
        return None
    return None if ends_like_unit(last) or names_units_only(last) else m.start() + 1


#: the one-character level words a place's name ends in (``jurisdiction.LEVEL_CHARS``, from places.toml [levels]:
#: 省 州 盟 县 旗 区 市) and a town's (``towns.TOWN_WORDS``: 镇 乡)
_CUT_LEVEL_CHARS = LEVEL_CHARS + "".join(word for word in TOWN_WORDS if len(word) == 1)
#: a list's last piece cut by the copy's end: a level word alone (``市``, the first character of the next name),
#: matched on the simplified copy (縣 is 县)
_CUT_LEVEL_WORD_RE = lazy_re(r"[、，,]\s*([" + _CUT_LEVEL_CHARS + r"])$")


def _cut_unit_list(before: str, inner: str) -> Assignment | None:
    """The bare unit list of an unclosed bracket standing right after the item's closing stop (``…措施。（A、B、C`` and
    the copy ends), its last piece dropped when the cut left only a level word of it (``…。（市政府办公室、市``): the
    item's closing bracket, its names leading as in a closed one, in the form of the bracket before it
    (``_with_cut_forms``).  A bracket inside a sentence (``建设市民中心（含市图书馆``)
    is wording, as before.  Before session 68 the item was lost (holdout wikibracket-xianyang, corprepost-zhongyiyao:
    a stored copy ending inside the last item's bracket).  A bracket closing the item's last clause before its stop
    (``…已有一句。…确保功能不降低（A、B、区`` and the copy ends) is the item's too when the item printed a sentence before
    it and the bracket lists at least ``MIN_CUT_LIST_NAMES`` whole names (holdout cutbracket-baodi-2022-1, batch 128:
    a plan printing its units before the stop, the store cutting inside the third name)."""
    after_stop = before.rstrip().endswith(SENTENCE_ENDS)
    if not after_stop and not any(mark in before for mark in SENTENCE_ENDS):
        return None
    names = inner.strip()
    m = _CUT_LEVEL_WORD_RE.search(simplified(names))
    if m is not None:
        names = names[:m.start()]
    found = parse_unit_list(names, CUT_LIST_FORM) if names else None
    if found is None or not found.has_units:
        found = _without_cut_head(names)
    if found is not None and not after_stop and \
            len(split_outside_brackets(names, "、", OPENERS, CLOSERS)) < MIN_CUT_LIST_NAMES:
        return None   # one name in a bracket inside the clause: a note of the sentence, as before
    return found if found is not None and found.has_units else None


#: the whole names an unclosed bracket standing before its item's stop lists to be the item's units (``_cut_unit_list``):
#: one name in brackets inside a clause may be the sentence's note (``（含市图书馆``), a list of two or more is the units
#: a plan prints before the stop
MIN_CUT_LIST_NAMES = 2


#: a list's last piece cut inside a name past its level word (``、人力``, the head of 人力资源社会保障部): at most this
#: many characters and no mark, after the mark parting it from the names before
CUT_HEAD_MAX_CHARS = 6
_CUT_HEAD_RE = lazy_re(r"[、，,]\s*[^、，,。；;：:（）()〔〕]{1,%d}$" % CUT_HEAD_MAX_CHARS)


def _without_cut_head(names: str) -> Assignment | None:
    """The unit list of a cut bracket read without its last piece when that piece reads as no unit with it: the
    copy's end cut a name after its first characters (``…。（國務院審改辦、人(rén)力`` and the store ends, a glossing
    mirror's copy of the 2016 政务公开要点), as it may cut one after its level word alone (``_CUT_LEVEL_WORD_RE``).
    The names before must read as a unit list on their own; else None.  Before session 69 such an item was lost
    (holdout glosscut-guoban, batch 117: its only item gave no row)."""
    m = _CUT_HEAD_RE.search(names)
    if m is None or m.start() == 0:
        return None
    return parse_unit_list(names[:m.start()], CUT_LIST_FORM)


#: the clause an unclosed bracket ends with, after the last mark parting its clauses
_LAST_CLAUSE_RE = lazy_re(r"[。；;，,]([^。；;，,]+)$")


def _before_cut_note(inner: str) -> Assignment | None:
    """The assignment of an unclosed bracket's clauses before its last when the last is a note giving units to every
    item cut before its units (``[verbs] every_item_cut``: ``〔A、B等部门按职责分工负责。以下均需`` and the copy ends:
    holdout pinyinsign-biaozhun, batch 112); the cut note names no unit and is kept as the item's note.  Else None:
    before, the note's words alone made the bracket wording and the item gave no row."""
    m = _LAST_CLAUSE_RE.search(inner)
    if m is None or not every_item_re("every_item_cut").fullmatch(match_copy(m.group(1).strip())):
        return None
    found = parse_bracket(inner[:m.start() + 1])
    if found is None or found.form == "inline-list":
        return None
    notes = (found.extra.get(NOTE_KEY), m.group(1).strip())
    return replace(found, extra={**found.extra, NOTE_KEY: "；".join(n for n in notes if n)})


def _bracketed_labels_start(text: str) -> int | None:
    """Where a run of 【label】 clauses begins after the item's wording, or None."""
    k = text.find("【", 1)
    while k > 0:
        if starts_with_label(text[k:]):
            return k
        k = text.find("【", k + 1)
    return None


def without_span(text: str, start: int, end: int) -> str:
    """``text`` without its closing bracket ``text[start:end + 1]``, the sentence's stop once (``…以上。（X）。`` -> ``…以上。``:
    tests/fixtures/README.md "A stop on both sides of an item's bracket"; a stop after it alone closes the text)."""
    before, after = text[:start], text[end + 1:]
    if before.rstrip().endswith(SENTENCE_ENDS) and after.strip() and not after.strip(TRAILING_MARKS):
        after = ""
    return (before + after).strip()


def closing_bracket(text: str, stop: int | None = None) -> tuple[int, int] | None:
    """(opener, closer) indexes of the bracket that ends ``text`` (before a
    final 。/；), found by a balanced scan so 镇街(园区) inside stays inside.
    With ``stop``, of ``text[:stop]``, copied only when it ends in a trailing
    mark (both scans look back from the closer alone)."""
    if stop is not None and (stop < 1 or text[stop - 1] in TRAILING_MARKS):
        text, stop = text[:stop], None
    end = len(text.rstrip(TRAILING_MARKS)) - 1 if stop is None else stop - 1
    if end < 1 or text[end] not in CLOSERS:
        return None
    start = matching_bracket(text, end, OPENERS, CLOSERS)
    if start is None:
        start = own_kind_opener(text, end)
    return None if start is None else (start, end)


def parse_bracket(inner: str) -> Assignment | None:
    """The assignment inside a closing bracket, labelled or in verbs.  A short word
    before the labels (（预期性指标，牵头单位：…；责任单位：…）: the indicator's kind) is
    a note on the measure, kept in its ``extra`` under ``BRACKET_NOTE_KEY``."""
    if starts_with_label(inner, other_alone=True) or _deadline_before_labels(inner):   # 数据提供单位：X alone: no list
        return parse_labels(inner, "inline-label")   # the grammar reads a deadline that has no label
    m = _LEADING_NOTE_RE.match(inner)
    if m and starts_with_label(inner[m.end():]):
        found = parse_labels(inner[m.end():], "inline-label")
        if found is not None and found.has_units:
            notes = (m.group(1).strip(), found.extra.get(BRACKET_NOTE_KEY))
            return replace(found, extra={**found.extra, BRACKET_NOTE_KEY: "；".join(n for n in notes if n)})
        whole = parse_labels(inner, "inline-label")   # （经开区管委会，责任人：…）: the units the people answer for
        if whole is not None and whole.has_units:
            return whole
    found = parse_verbs(inner, "inline-verb")
    if found is not None:
        return with_form(found, "inline-list") if is_marked_list(inner) else found
    return parse_unit_list(inner, "inline-list")


#: a note before a bracket's labels is one short phrase (预期性指标, 约束性指标: 5 characters; a proposal's number closed
#: by a full stop, 第1389号。: tests/fixtures/README.md "Proposals handed to their handlers"); a longer clause there is
#: wording, and the bracket is read as before
BRACKET_NOTE_MAX_CHARS = 10
_LEADING_NOTE_RE = lazy_re(rf"^([^，,；;：:、。（()）]{{1,{BRACKET_NOTE_MAX_CHARS}}})[，,；;。]\s*")
#: the ``extra`` key of that note
BRACKET_NOTE_KEY = NOTE_KEY
_FIRST_PART_RE = lazy_re(r"^\s*([^，,；;：:。]+)[，,；;。]\s*")


def _deadline_before_labels(inner: str) -> bool:
    """A bracket that opens with a deadline and no label, its labels after it
    (``（2022年12月底前，牵头单位：…，配合单位：…）``)."""
    m = _FIRST_PART_RE.match(inner)
    return m is not None and is_deadline_phrase(m.group(1).strip()) and starts_with_label(inner[m.end():])
