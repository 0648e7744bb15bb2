"""A labelled line or a count sentence that a hard wrap cut, and the lines that are its rest.

Text copied from a PDF or saved at a width wraps a long unit list anywhere: after a separator
(``配合单位：市发展改革委、市财政局、`` / ``和规划局、…``), inside a name (``…、各街道办`` / ``事处``), inside
its closing verb (``…配`` / ``合。``) or a date (``完成时限：2023`` / ``年6月``).  ``continues_label`` tells
whether a line is such a rest; the labelled reader joins it to its label line (``labelled.py``), and
``join_cut_count_lines`` joins a count sentence (``以上2项牵头单位为X，配合单位为A、基础`` / ``教育科。``)
for the labelled and the inline readers alike."""
from __future__ import annotations

import re

from .assign import role_verb_re
from .deadlines import deadline_length
from .headlines import is_unit_heading
from .labels import colon_copulas, find_labels, match_copy, starts_with_label
from .ranges import RANGE_HEAD, may_open_reference, split_range
from .unitlists import CLOSERS, OPENERS, is_unit_list
from ..agencies.gazetteer import is_listed_place
from ..agencies.jurisdiction import LEVEL_CHARS, LEVEL_WORDS
from ..brackets import bracket_balance, cuts_outside_brackets
from ..hanzi import simplified
from ..numbering import split_numbering
from ..text import CJK_ONLY_RE, COLONS, fold

#: the rest of a unit name that a PDF's hard wrap moved to the next line is a few
#: characters (事处 of 各街道办事处, 财政局 of 区财政局); a longer line is text of its own
WRAPPED_NAME_REST = 6
#: a line opening with one of these names a unit (or a signature) of its own: a level
#: word's character (the places' own list), a catch-all's 各, a party body's 中共
_NAME_OPENERS = (*LEVEL_CHARS, "各", "中共")
#: what parts the names of a label's list (and the label from its value), outside brackets: 各县（市、区）
#: is one name
_LIST_SEPARATORS = frozenset("、，,；;：: \t\u3000")
#: what follows a date's number (年, 月, 日, a range's dash): a line opening with one after
#: a labelled line ending in a digit is the rest of a date the wrap cut
_DATE_RESTS = ("年", "月", "日", "号", "底", "—", "－", "-", "~", "～", "至")


def continues_label(pending: list[str], line: str) -> bool:
    """True when ``line`` is the rest of the labelled line before it: text
    copied from a PDF wraps a long unit list (``配合单位：市发展改革委、市财政局、``
    / ``和规划局、各县市区人民政府``).  Only a list can continue - the line before
    ends with a separator or this one holds one - never a sentence or an item."""
    if not pending or not line or split_numbering(line) is not None:
        return False
    if _ends_cut_period(pending[-1], line):
        return True   # a stage's period cut by a wrap: 进度安排：…；11月底 / 前全面完成。
    if "。" in line:
        return _closes_cut_sentence(pending[-1], line) or _ends_cut_stage(pending[-1], line)
    if is_unit_heading(line) and _last_role(pending[-1]) not in _UNIT_ROLES:
        return False   # a unit's name after a deadline line heads the next items (市民政厅、市教育局)
    if pending[-1].endswith(("、", "，", ",")) or "、" in line or line.startswith(("）", ")")):
        return True
    if bracket_balance(pending[-1], OPENERS, CLOSERS) > 0:
        return True   # a bracket left open (a rule note wrapped: …（除标注…牵头单位 / ，下同）)
    if pending[-1][-1:].isdigit() and line.startswith(_DATE_RESTS):
        return True   # a date cut by a wrap: 完成时限：2023 / 年6月—12月
    return _rest_of_name(pending[-1], line)


#: the label roles whose values are unit lists (a wrapped list goes on to the next line)
_UNIT_ROLES = ("lead", "support", "responsible", "division")


def _last_role(label_line: str) -> str | None:
    """The role of the last label in ``label_line`` (``完成时限：…`` -> deadline)."""
    found = find_labels(label_line)
    return found[-1][0] if found else None


def _closes_cut_sentence(label_line: str, line: str) -> bool:
    """True when ``line`` is the rest of a labelled sentence a hard wrap cut inside a name or its
    verb, ending the sentence (``部门分工：A牵头，B、绵`` / ``阳市财政局、C配合。``, ``…、各街道办`` /
    ``事处配合。``, ``…按职责分工`` / ``负责。``, ``…配合`` / ``。``): the line's one full stop is its
    last character, the line above ends mid-word, after a separator or after a bracket inside its last
    name (``…、各县（市、区）`` / ``人民政府配合。``), and what the line adds before its role verb
    completes the cut name as a unit list (``is_unit_list``), or is nothing but the verb's rest.
    A paragraph of its own after the labels (各单位要高度重视、认真落实。) completes no name."""
    body = line[:-1]
    if not line.endswith("。") or "。" in body or not label_line or any(c in body for c in _TEXT_LABEL_MARKS) \
            or not (CJK_ONLY_RE.match(label_line[-1]) or label_line.endswith(_CUT_AFTER) or _ends_in_names_bracket(label_line)):
        return False   # a colon: a label or a record line of its own (抄送：…。), never a name's rest
    if not body:
        return True   # the full stop alone
    joined = label_line + body
    verb = _closing_verb(match_copy(joined))
    if verb is not None and verb <= len(label_line):
        return True   # the wrap cut the verb (配 / 合。, 按职责分工 / 负责。)
    units = body[:verb - len(label_line)] if verb is not None else body
    last = _cut_name(label_line)
    return bool(last + units) and is_unit_list(last + units)


def _ends_cut_period(label_line: str, line: str) -> bool:
    """True when ``line`` is the rest of a deadline label's run of stages a hard wrap cut INSIDE its last stage's
    period phrase (``进度安排：4月底前完成招标；11月底`` / ``前全面完成。``, ``…；10月`` / ``底前完成验收。``): the label line's
    last label is a deadline's, its value a run of stages (parted by ；) whose earlier stages go on past their period
    (what is done by then: a bare date as the last stage is a cut one), its last clause nothing but a period so far,
    and ``line`` opens with the character that reads that period on (the date grammar, ``deadlines.deadline_length``:
    11月底 -> 11月底前) and no period of its own.  A single date before a line of its own is whole (``时间节点：2021年
    3月—6月`` / ``完成退役军人服务站…``: 完成 is the next item's verb, never the rest of the date).  A date cut after its
    digits (``完成时限：2023`` / ``年6月``) is ``continues_label``'s own test; a stage cut after its period,
    ``_ends_cut_stage``."""
    if starts_with_label(line):
        return False
    found = find_labels(label_line)
    if not found or found[-1][0] != "deadline":
        return False
    *stages, clause = fold(match_copy(found[-1][2])).replace(";", "；").split("；")
    clause = clause.strip()
    if not clause or deadline_length(clause) != len(clause) \
            or not any(0 < deadline_length(stage) < len(stage.strip()) for stage in stages):
        return False
    rest = fold(match_copy(line))
    return deadline_length(rest) == 0 and deadline_length(clause + rest[:1]) > len(clause)


def _ends_cut_stage(label_line: str, line: str) -> bool:
    """True when ``line`` is the rest of a deadline label's stage a hard wrap cut after its period, inside
    what is done by then (``进度安排：…；10月底前形成`` / ``阶段性成果。``): the label line's last label is a
    deadline's, its value ends with no mark, its last clause (after ；) goes on past its period phrase
    (a bare date, ``完成时限：2024年底``, is whole), and ``line`` is a clause's end: one full stop, its last
    character, and no other clause mark or colon (a paragraph of its own after the labels, 各单位要高度重视、
    认真落实。, holds one), opening no period of its own.  A last clause the date grammar reads whole only by the
    verb it folds into the period (``11月底前完成``: 前完成) was cut there too when earlier stages of the run go on
    past theirs and the line reads that period on no further (``…；11月底前完成`` / ``验收。``: the verb's object; the
    generator's bs18808, holdout stagecut-qimen-2024-7); ``…；11月底前`` / ``完成验收。`` adds the verb to the period
    and stays apart, as ``_ends_cut_period`` has it."""
    if not line.endswith("。") or any(c in line[:-1] for c in _STAGE_REST_MARKS) or not CJK_ONLY_RE.match(label_line[-1:]):
        return False
    found = find_labels(label_line)
    if not found or found[-1][0] != "deadline":
        return False
    *stages, clause = fold(match_copy(found[-1][2])).replace(";", "；").split("；")
    period, rest = deadline_length(clause), fold(match_copy(line))
    if period == 0 or deadline_length(rest) != 0:
        return False
    if period < len(clause):
        return True
    return period == len(clause) > 0 and deadline_length(clause + rest[:-1]) == period \
        and any(0 < deadline_length(stage) < len(stage.strip()) for stage in stages)


#: a stage's rest a wrap moved to the next line ends one clause: a line holding one of these is more
_STAGE_REST_MARKS = "。，,；;、：:"


def _cut_name(label_line: str) -> str:
    """The last name of ``label_line``'s list, the one a wrap may have cut: what follows its last separator
    outside brackets (``…、各县（市、区）`` -> ``各县（市、区）``, never ``区）``)."""
    cuts = cuts_outside_brackets(label_line, _LIST_SEPARATORS)
    return label_line[cuts[-1]:] if cuts else label_line


def _ends_in_names_bracket(label_line: str) -> bool:
    """``label_line`` ends with a bracket closing inside its last name (``…、各县（市、区）``,
    ``…、市经信局（市中小企业局）``): a wrap may cut a name right after its bracket (``各县（市、区）`` /
    ``人民政府配合。``), as it cuts one mid-word; the rest must still complete the name."""
    if not label_line.endswith(tuple(CLOSERS)) or bracket_balance(label_line, OPENERS, CLOSERS) != 0:
        return False
    name = _cut_name(label_line)
    return any(ch in OPENERS for ch in name[:-1])


#: a line holding one of these opens a label or a record of its own (抄送：…)
_TEXT_LABEL_MARKS = COLONS
#: a wrap may cut a list right after its separator (…、市 / 生态环境局。 or …、 / 市生态环境局。)
_CUT_AFTER = ("、", "，", ",")


def _closing_verb(copy: str) -> int | None:
    """Where the role verb phrase closing ``copy`` starts (牵头, 配合, 负责 with their modifiers), or None."""
    found = [m.start() for role in ("lead", "support", "responsible") if (m := role_verb_re(role).search(copy))]
    return min(found) if found else None


def _rest_of_name(label_line: str, line: str) -> bool:
    """True when ``line`` is the rest of the unit name a hard wrap cut at the
    end of ``label_line`` (``…、各街道办`` / ``事处``, ``…、区`` / ``财政局``): a few
    characters, no punctuation, opening no name of its own (no level word, no
    各), that make the cut name end like a unit; or such a rest, then a list mark and
    more names (``…，某区住房和城乡建`` / ``设局，区直有关部门``: a list parted by commas,
    whose line holds no 、): the names after the mark a unit list too.  A name cut right after its opener
    (``…、各`` / ``市（州）人民政府``) or between a place and its level word (``…、宜春`` / ``市生态环境局袁州分局``:
    ``_cut_before_level``) is ``_rest_after_opener``'s."""
    head, mark, tail = _split_first_name(line)
    # a Word copy's gap between two runs of the rest (浦口镇人民 / 政 府) breaks no name: the rest is read closed
    head = _RUN_GAP_RE.sub("", head)
    last = _cut_name(label_line)
    if last in _NAME_OPENERS or _cut_before_level(last, head):
        return _rest_after_opener(last, head, mark, tail)
    if len(head) > WRAPPED_NAME_REST or not CJK_ONLY_RE.match(head) or head.startswith(_NAME_OPENERS):
        return False
    if mark and not (tail and is_unit_list(tail)):
        return False
    return bool(last) and is_unit_list(last + head)


def _cut_before_level(last: str, head: str) -> bool:
    """The wrap cut a name between its place and the place's level word: ``last``, the list's last name, is a
    place the gazetteer lists once ``head`` gives it the level word ``head`` opens with (宜春 + 市…: 宜春市).  The
    place alone names no unit, so the wrap cut there whatever the rest opens with, however long it is (holdout
    placecut-yuanzhou, blindsynth bs17285: before, the rest, a name of its own, ended the label's lines and the
    bare place was the list's last unit)."""
    place, rest = simplified(last), simplified(head)   # the gazetteer's names are simplified: 濰坊 / 市… too
    return any(rest.startswith(word) and rest != word and is_listed_place(place + word) for word, _ in LEVEL_WORDS)


def _rest_after_opener(opener: str, head: str, mark: str, tail: str) -> bool:
    """True when ``head`` (the line up to its first comma, ``mark`` and ``tail`` the rest) completes the name a
    hard wrap cut right after the word that opens it (``…、省统计局、各`` / ``市（州）人民政府``, ``…、中共`` /
    ``贵州省委宣传部``): the opener alone names nothing, so the wrap cut there whatever the rest opens with (a
    level word, a place) and however long it is, as long as opener and rest make a unit list and the rest
    holds no clause of its own (a bracket inside the name, 市（州）, is the name's)."""
    if not head or any(c in head for c in _OPENER_REST_STOPS):
        return False
    if mark and not (tail and is_unit_list(tail)):
        return False
    return is_unit_list(opener + head)


#: a cut name's rest after its opener holds none of these: a sentence's or a label's marks
_OPENER_REST_STOPS = "。；;：:"


#: white space between two ideographs of a cut name's rest: a Word copy's gap between two runs of one name
_RUN_GAP_RE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\u00a0]+(?=[\u4e00-\u9fff])")
#: the marks that part the names of a list parted by commas (the rest of a cut name before them)
_NAME_LIST_MARKS = ("，", ",")


def _split_first_name(line: str) -> tuple[str, str, str]:
    """``line`` cut at its first comma (``_NAME_LIST_MARKS``): (before, the mark, after); the whole line and
    two empty strings with none."""
    at = min((k for k in (line.find(m) for m in _NAME_LIST_MARKS) if k >= 0), default=-1)
    return (line, "", "") if at < 0 else (line[:at], line[at], line[at + 1:])


def join_cut_count_lines(lines: list[str]) -> list[str]:
    """``lines`` with each count sentence a hard wrap cut joined to its rest (``以上2项牵头单位为X，配合单位为
    A、基础教育`` / ``科。``): a line naming its items before labels that take a copula for their colon
    (``split_range``, ``colon_copulas``), ending no sentence, goes on in the lines after it, over blank
    ones, that continue its labels as a labelled line's rest would (``continues_label``).  Most notices
    hold no such line: nothing is joined."""
    if not any(line and not line.endswith(_SENTENCE_ENDS) and may_open_reference(line[:RANGE_HEAD])
               for line in lines):
        return lines
    out, at = [], 0
    while at < len(lines):
        line, at = lines[at], at + 1
        labels = _count_labels(line)
        while labels is not None and not line.endswith(_SENTENCE_ENDS):
            nxt = next((k for k in range(at, len(lines)) if lines[k]), len(lines))
            if nxt == len(lines) or not continues_label([labels], lines[nxt]):
                break
            line, labels, at = line + lines[nxt], labels + lines[nxt], nxt + 1
        out.append(line)
    return out


def _count_labels(line: str) -> str | None:
    """The labels of a count sentence (``以上2项牵头单位为X`` -> ``牵头单位：X``), or None for any other line."""
    if not line or line.endswith(_SENTENCE_ENDS) or not may_open_reference(line[:RANGE_HEAD]):
        return None
    cover, rest = split_range(line)
    if cover is None or starts_with_label(rest):
        return None   # no count, or labels with their colons (the labelled reader's own line)
    labels = colon_copulas(rest)
    return labels if starts_with_label(labels) else None


#: a count sentence that ends with one of these was cut by no wrap
_SENTENCE_ENDS = ("。", "；", ";")
