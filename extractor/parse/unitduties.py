"""Duties under a catch-all heading in a list by unit (docs/parsing.md, "A numbered heading that is a
unit's name"): ``（八）其他部门``, ``其他单位`` (a group by the agencies' ``[groups]``) names no unit, so each
duty under it names its own as the sentence's subject, before its verb
(``各区、县级市外经贸局负责落实签约项目；``): those units lead it (``subject_units``), and the text keeps them,
since they are the sentence's subject, not a clause set apart.  The one-duty headings of such a list are
``fromheadings.split_lone_duties``'s.  A list of duties by subject with no heading over it (a plan's 职责分工 part, its
items ``（三）市国资办负责…``, ``（六）市农办、市建设局…主要做好…``: ``subject_duty_kinds``, ``subject_duty``) is read the
same way, item by item.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable

from .assign import HEADING_FORM, Assignment, clause_roles, parse_heading_lead, role_verb_re
from .clauserun import place_unit
from .headlines import RUN_IN_COLONS, heading_unit, leads_in, run_in_units
from .items import MIN_UNIT_HEADINGS
from .labels import assign_vocab, match_copy, verb_re
from .unitlists import CLOSERS, OPENERS, is_unit_list, tidy_units, without_conjunction
from ..agencies.registry import default_patterns
from ..brackets import bracket_balance, cuts_outside_brackets, split_outside_brackets
from ..numbering import split_numbering
from ..text import COLON_CHARS, FULL_STOPS, SENTENCE_ENDS, TRAILING_MARKS, vocab


def is_catch_all_heading(name: str) -> bool:
    """A heading's unit that is a catch-all group (其他部门, 有关单位): it names no unit of its own."""
    return default_patterns().is_group(name)


def subject_units(text: str) -> Assignment | None:
    """The units a duty names as its subject before its verb (``市公安局、交警支队负责赛事安保；``,
    ``A、B，以及C参与宣传推广``), as leads (each clause of the subject a cell), or None: the first role
    verb of the first sentence (``[verbs] role_hint``, its modifiers before it) outside brackets, and
    before it only unit lists (``is_unit_list`` with a group of places joined as in a unit cell)."""
    end = min(cuts_outside_brackets(text, SENTENCE_ENDS, OPENERS, CLOSERS), default=len(text))
    sentence = text[:end]
    verb, depth, seen = None, 0, 0   # the depth is summed piece by piece: a line of many verbs stays linear
    for m in role_verb_re("role_hint").finditer(match_copy(sentence)):
        depth, seen = depth + bracket_balance(sentence[seen:m.start()], OPENERS, CLOSERS), m.start()
        if depth == 0:
            verb = m
            break
    if verb is None or verb.start() == 0:
        return None
    cells = [tidy_units(without_conjunction(c)) for c in split_outside_brackets(sentence[:verb.start()], "，,")]
    if not cells or not all(is_unit_list(c, place_groups=True) or _units_and_places(c) for c in cells):
        return None
    return Assignment(lead=tuple(cells), form=HEADING_FORM)


#: a notice's items of one numbering kind are a list of duties by subject when at least this many of them name their
#: units as the subject of a role verb (one or two such items may be points whose sentence happens to open so)
MIN_SUBJECT_DUTY_ITEMS = 3


def _units_and_places(cell: str) -> bool:
    """Every name of ``cell`` is a unit (``is_unit_list``: a count of places, 三个辖市, among them) or a county-level
    place the gazetteer lists, printed bare for its government (``三个辖市和丹徒区负责…``: ``clauserun.place_unit``)."""
    names = split_outside_brackets(cell, "、", OPENERS, CLOSERS)
    return len(names) > 1 and all(is_unit_list(n, place_groups=True) or place_unit(n.strip()) for n in names)


def unit_heading_kinds(items: list[tuple[str, str]]) -> frozenset[str]:
    """The numbering kinds of a list by unit: at least ``MIN_UNIT_HEADINGS`` of their items, in this notice, are a
    unit's name alone (``headlines.heading_unit``: ``(1)市发改委`` over its duties); an item of such a kind naming
    its units as its sentence's subject (``(5)三个辖市和丹徒区负责…``) is a duty by subject, as in a list of them.
    ``items`` are (kind, text) of its numbered paragraphs."""
    counts = Counter(kind for kind, text in items if heading_unit(text) is not None)
    return frozenset(kind for kind, n in counts.items() if n >= MIN_UNIT_HEADINGS)


def subject_duty_kinds(items: list[tuple[str, str]]) -> frozenset[str]:
    """The numbering kinds whose items, in this notice, are duties naming their units as the subject
    (``subject_units``: ``（三）市国资办负责…``), at least ``MIN_SUBJECT_DUTY_ITEMS`` of them; ``items`` are (kind,
    text) of its numbered paragraphs."""
    counts = Counter(kind for kind, text in items if subject_units(text) is not None and not _names_a_lead(text))
    return frozenset(kind for kind, n in counts.items() if n >= MIN_SUBJECT_DUTY_ITEMS)


def subject_duty(text: str) -> Assignment | None:
    """The assignment of an item in a list of duties by subject (``subject_duty_kinds``), or None: the units
    before its role verb lead (``subject_units``), or, before another verb, the unit names its sentence opens with
    up to a word that may follow a subject (``[verbs] subject_followers`` and the verb modifiers: ``…、市旅游局主要
    做好…``, ``各县市区按市团统一安排，…``); a unit list after 会同 in the same sentence supports, as in ``由A会同B负责``
    (``…市工商联负责并会同有关部门做好…``)."""
    found = None if _names_a_lead(text) else subject_units(text) or _units_before_follower(text)
    if found is None:
        return None
    end = min(cuts_outside_brackets(text, SENTENCE_ENDS, OPENERS, CLOSERS), default=len(text))
    together = verb_re("together").search(match_copy(text[:end]))
    roles = dict(clause_roles(found.lead[0] + text[together.start():end]) or ()) if together else {}
    return Assignment(lead=found.lead, support=(roles["support"],) if len(found.lead) == 1 and "support" in roles
                      else (), form=HEADING_FORM)


def bare_duties(lines: list[str], assigned: Callable[[str], bool]) -> dict[int, tuple[str, Assignment] | None]:
    """The unnumbered paragraphs of ``lines`` that are a list of duties by subject (docs/parsing.md, "A list of
    duties by subject"), by index, each with its text: a run of at least ``MIN_SUBJECT_DUTY_ITEMS`` consecutive
    paragraphs with no number (``split_numbering``) and no closing bracket of their own, each naming its units as the
    subject of a role verb (``subject_units``: ``生态环境部门负责…。`` / ``行政审批服务部门负责…。`` / ``公安部门负责…；…。``
    under ``三、禁燃措施``, a district's 通告; holdout glossduty-mudan), or before a colon over its duties
    (``市交委：负责…；…。``, ``headlines.run_in_units``: a city's 职责分工 part, holdout colonpage-guangzhou).  Each is an
    item whose number is not printed, led by those units; its text whole where the units are its subject, the duties
    after the colon where a colon sets them apart.  Fewer such paragraphs may be a letter's or a point's sentences
    that happen to open with a unit, read as before; so is a paragraph the paragraph readers find an assignment in
    (``assigned``: ``市发改局牵头，市财政局配合，推进…`` opens with its own clauses, ``inline.split_assignment``).  A
    duty stopping inside its sentence takes the paragraphs under it up to the sentence's end (``_with_wrapped_rests``:
    those map to None)."""
    found: dict[int, tuple[str, Assignment]] = {}
    run: list[tuple[int, tuple[str, Assignment]]] = []
    announced = False   # the run stands right under a sentence leading in to it
    in_duties = False   # the lines stand in a part whose heading names duties (二、部门职责), up to the next number
    run_in_duties = False
    for k, line in enumerate([*lines, ""]):
        duty = _bare_duty(line) or _comma_member(line, [lines[j] for j, _duty in run])
        if duty is not None and (in_duties and colon_duty(line) or not assigned(line)):
            run_in_duties = (run_in_duties if run else in_duties) and _plain_subject(line, duty[1])
            run.append((k, duty))
            continue
        if len(run) >= MIN_SUBJECT_DUTY_ITEMS or run_in_duties or (announced and run and all(
                run_in_units(lines[j]) is not None for j, _duty in run)):
            found.update(run)
        run, run_in_duties = [], False
        announced = (leads_in(line) and line.rstrip().endswith(_LEAD_IN_ENDS)) or names_duties(line)
        if split_numbering(line) is not None:
            in_duties = names_duties(line)
    return _with_wrapped_rests(lines, found)


#: a duty's paragraph stopping on an ideograph has stopped inside a word or a sentence (a PDF's text wrapped where its
#: reader found no wrap: 国土资源部和国家测绘地理信息局联合组织国土空间基础信息 / 平台建设，…)
_STOPS_INSIDE_RE = re.compile(r"[\u4e00-\u9fff]$")


def _with_wrapped_rests(lines: list[str], found: dict) -> dict:
    """``found`` (``bare_duties``) with each duty whose paragraph stops on an ideograph (``_STOPS_INSIDE_RE``) going on
    in the unnumbered paragraphs under it, no duty of their own, up to the one ending a sentence: their text is the
    duty's, and each such paragraph maps to None (read as part of the duty, no paragraph of its own).  Before session 74
    the duty kept its first line only (holdout splitdash-guotuziyuanbu-2017-83)."""
    out = dict(found)
    for k in sorted(found):
        text, duty = found[k]
        j = k + 1
        if not _STOPS_INSIDE_RE.search(text.rstrip()):
            continue
        while j < len(lines) and j not in found and lines[j].strip() and split_numbering(lines[j]) is None \
                and not text.rstrip().endswith(tuple(SENTENCE_ENDS)):
            text, out[j] = text.rstrip() + lines[j].strip(), None
            j += 1
        out[k] = (text, duty)
    return out


def _comma_member(line: str, run: list[str]) -> tuple[str, Assignment] | None:
    """``line`` as one more duty of a ``run`` of at least ``MIN_SUBJECT_DUTY_ITEMS`` duties by subject that each set
    their units apart with a comma (``交通部门，负责…。`` / ``教育部门，负责…。`` / …): a paragraph opening with a unit's
    name and that comma (``_comma_subject``) is the list's next duty whatever verb follows (``旅游部门，指导旅游产业发展，
    配合做好…``), led by that unit, its text whole.  The list says who its subjects are by that shape; a lone such
    paragraph, or one after duties shaped otherwise, is read as before (holdout commaduty-unplaced, batch 125: before
    session 73 its tenth duty, naming no role verb after its unit, was lost)."""
    if len(run) < MIN_SUBJECT_DUTY_ITEMS or split_numbering(line) is not None or not all(map(_comma_subject, run)):
        return None
    unit = _comma_subject(line)
    return None if unit is None else (line.strip(), Assignment(lead=(unit,), form=HEADING_FORM))


#: a duty's subject set apart by a comma is a unit's name this long at most (交通部门, 人口和计生部门)
COMMA_SUBJECT_MAX_CHARS = 16


def _comma_subject(line: str) -> str | None:
    """The unit a paragraph opens with, set apart by a comma (``旅游部门，…``): the words before its first comma name
    one unit list (``is_unit_list``; no catch-all group, ``各部门``), at most ``COMMA_SUBJECT_MAX_CHARS`` long, and a
    clause follows; else None."""
    body = line.strip()
    cut = min((at for at in (body.find("，"), body.find(",")) if at > 0), default=-1)
    if cut < 2 or cut > COMMA_SUBJECT_MAX_CHARS or not body[cut + 1:].strip():
        return None
    head = body[:cut]
    # a call to all closing the list (各部门，要高度重视…) names no one's duty
    return head if is_unit_list(head, place_groups=True) and not is_catch_all_heading(head) else None


def colon_duty(line: str) -> bool:
    """``line`` opens with units a colon sets apart (``镇党政办：组织协调各有关部门，…``).  In a part whose heading names
    duties the colon reading stands before a paragraph reader's clause: there the words after the colon are the
    unit's duties, not a clause naming more units (组织协调各有关部门 is a duty, no support; holdout contactpts-town)."""
    named = run_in_units(line)
    return named is not None and _set_apart_by_colon(line, named[0])


def _heading_and_first_duty(line: str) -> tuple[str, str]:
    """A numbered line whose short title names duties and runs on into its first ``<unit>：`` duty line with nothing
    between (``二、工作职责各联系点：负责…``: a preview ran the part's heading into its paragraph; holdout contactpts-town,
    batch 126), cut there: (the heading, the duty line); any other line as it is, with nothing after it.  The title
    ends right after its duty word, where the rest opens with units a colon sets apart (tests/fixtures/README.md,
    "A part heading run into its first duty line")."""
    numbered = split_numbering(line)
    if numbered is None or names_duties(line):
        return line, ""
    label_end = len(line) - len(numbered[-1])
    title = numbered[-1]
    for word in _duty_heading_words():
        at = match_copy(title[:MAX_DUTY_HEADING + len(word)]).find(word)
        if at < 0:
            continue
        cut = at + len(word)
        rest = title[cut:]
        named = run_in_units(rest) if rest.strip() else None
        if named is not None and _set_apart_by_colon(rest, named[0]) and names_duties(line[:label_end + cut]):
            return line[:label_end + cut], rest
    return line, ""


def _plain_subject(line: str, duty: Assignment) -> bool:
    """A duty whose units are set apart by a colon or a stop (``run_in_units``), or whose subject holds no copula
    (``[labels] copulas``: ``妇女儿童工作委员会是省政府…的议事协调机构，负责…`` says what a body IS, a gazetteer's
    opening, holdout gazclauses-heilongjiang): only such a duty stands alone as a duty of its part."""
    if run_in_units(line) is not None:
        return True
    copulas = assign_vocab()["labels"]["copulas"]
    return not any(word in cell for cell in duty.lead for word in copulas)


def split_run_in_duties(lines: list[str]) -> list[str]:
    """``lines`` with each paragraph of a part whose heading names duties (``names_duties``: ``四、工作职责``, up to the
    next numbered line) cut before every ``<unit>：`` duty a copy ran on after a full stop (``…合力做好预防工作。派出所：
    配合有关部门…``: a document site's preview running a plan's paragraphs together; holdout piecesduty-shitang,
    batch 126): the colon sets the unit apart as on a line of its own (``_set_apart_by_colon``), so the words after the
    stop open a duty line, and the sentence before it stays the paragraph it closes."""
    out: list[str] = []
    in_duties = False
    for line in lines:
        if split_numbering(line) is not None:
            heading, first = _heading_and_first_duty(line)
            in_duties = names_duties(heading)
            out.extend(piece for piece in (heading, first) if piece)
            if not first:
                continue
            line = out.pop()   # the first duty line, cut further below like any paragraph of the part
        if not in_duties:
            out.append(line)
            continue
        start = 0
        for cut in cuts_outside_brackets(line, "。", OPENERS, CLOSERS):   # each cut just after a stop
            rest = line[cut:]
            named = run_in_units(rest) if rest.strip() else None
            if named is not None and _set_apart_by_colon(rest, named[0]):
                out.append(line[start:cut])
                start = cut
        out.append(line[start:])
    return out


def announced_unit_kinds(lines: list[str]) -> frozenset[str]:
    """The numbering kinds of items standing right under a part heading that names duties (``names_duties``:
    ``二、明确责任分工``) and running their duties in after a sentence of only their units' names
    (``（一）各社区、各村。各社区、村为…``: ``headlines.run_in_units``).  The heading says the items are duties by
    unit, so one such item is enough, as ``inline.run_in_unit_kinds`` otherwise asks two (a lone one may be a point
    whose subject is a unit): a town's plan whose stored copy ends inside its first such point (holdout
    pointunit-shibuzi, batch 126)."""
    kinds = set()
    for before, line in zip(lines, lines[1:]):
        numbered = split_numbering(line)
        if numbered is not None and names_duties(before) and run_in_units(numbered[-1]) is not None:
            kinds.add(numbered[0])
    return frozenset(kinds)


#: a part heading naming the duties under it is short (成员单位工作职责: 8 characters, 各成员单位职责分工: 9)
MAX_DUTY_HEADING = 16


def names_duties(line: str) -> bool:
    """``line`` is a numbered part heading whose title names the duties under it (``二、部门职责``,
    ``三、成员单位工作职责``: a word of ``[outline] duty_heading_words``) and nothing else: no sentence, at most
    ``MAX_DUTY_HEADING`` characters.  Such a heading announces a list of duties by unit as a lead-in sentence does."""
    numbered = split_numbering(line)
    if numbered is None:
        return False
    # a traditional copy's 部門職責 too; a heading closed by a full stop as a point's title is (（一）任务分工。: holdout
    # splitdash-guotuziyuanbu-2017-83) or by a colon names the same
    title = match_copy(numbered[-1]).strip().rstrip(COLON_CHARS + "".join(FULL_STOPS))
    return (0 < len(title) <= MAX_DUTY_HEADING and not any(ch in title for ch in "，,。；;")
            and any(word in title for word in _duty_heading_words()))


@lru_cache(maxsize=1)
def _duty_heading_words() -> tuple[str, ...]:
    return tuple(vocab()["outline"]["duty_heading_words"])


#: what a sentence leading in to a list of duties closes with (…各成员单位的工作职责明确如下。, …分工如下：)
_LEAD_IN_ENDS = ("。", "：", ":")


def _bare_duty(line: str) -> tuple[str, Assignment] | None:
    body = line.rstrip(TRAILING_MARKS)
    if not body or body[-1] in CLOSERS or split_numbering(line) is not None:
        return None   # a paragraph closing with its own bracket is read by it; a numbered one by its kind
    named = run_in_units(line)   # 市交委：负责…, 县委宣传部。负责…: the units set apart, the duties after them
    if named is not None and (subject_units(named[0] + named[1]) is not None or _set_apart_by_colon(line, named[0])):
        return named[1], Assignment(lead=(named[0],), form=HEADING_FORM)
    # only a role verb after the units (各单位要高度重视 closing the part is a call to all, no one's duty)
    if subject_units(line) is None:
        return None
    duty = subject_duty(line)
    return (line, duty) if duty is not None else None


def _set_apart_by_colon(line: str, units: str) -> bool:
    """``units`` open ``line`` and a colon sets them apart from what follows (``镇农水办：督促各村…``), not a full
    stop: the colon says the units are the doers of the words after it, whatever verb those open with (督促, 要发挥,
    全面部署: a town's 成员单位工作职责, holdout memberduty-town), as a label's colon says its value is the label's.  A
    full stop after a unit's name may close a sentence that only names a topic, so that reading still asks for a
    role verb after it."""
    rest = line.lstrip()[len(units):].lstrip()
    return line.lstrip().startswith(units) and rest[:1] in RUN_IN_COLONS


def _names_a_lead(text: str) -> bool:
    """A heading naming its items' lead (``县发改局牵头工作``, ``市教育局（2项）``: docs/parsing.md "A heading that
    names a lead") is no duty: its items are, under it."""
    found = heading_unit(text) is not None or parse_heading_lead(text)
    return bool(found is True or (found and found.lead))


def _units_before_follower(text: str) -> Assignment | None:
    """The unit names ``text`` opens with, closed by the first word that may follow a subject
    (``_follower_re``), as a lead; None where no such word closes a unit list."""
    return subject_before_follower(
        text, lambda head: tidy_units(head) if is_unit_list(head, place_groups=True) else None)


def subject_before_follower(text: str, subject: Callable[[str], str | None]) -> Assignment | None:
    """The lead ``text`` opens with: the words before the first word that may follow a subject (``_follower_re``,
    ``[verbs] subject_followers`` and the verb modifiers) that ``subject`` takes (it gives the lead's name, or None
    to try the next such word), with no clause ended before them; None where there are none."""
    for m in _follower_re().finditer(match_copy(text)):
        head = text[:m.start()]
        if any(ch in head for ch in _CLAUSE_MARKS):
            return None   # the subject is the sentence's first words, before any clause ends
        name = subject(head) if head else None
        if name is not None:
            return Assignment(lead=(name,), form=HEADING_FORM)
    return None


_CLAUSE_MARKS = "，,。；;：:"


@lru_cache(maxsize=1)
def _follower_re() -> re.Pattern:
    verbs = assign_vocab()["verbs"]
    return re.compile("|".join(map(re.escape, sorted({*verbs["subject_followers"], *verbs["verb_modifiers"]},
                                                     key=len, reverse=True))))
