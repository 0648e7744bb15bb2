"""A unit label's value read clause by clause: where its unit lists end, and what the rest says.

A label's value (``牵头单位：A、B，各乡镇配合做好相关工作，2023年底前完成。此项纳入年度考核``) holds the units
first, then maybe clauses naming more units by a role verb, a deadline, a rhythm, a note, a sentence
stating a rule for the notice's labels, or a table of figures a copy ran on into the line.
``read_unit_value`` parts them (``ValueParts``); the assignment readers (``assign.py``: labels, a verb
bracket's label clause) build an ``Assignment`` from the parts.  docs/parsing.md, "A label's value".
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..brackets import cuts_outside_brackets, split_outside_brackets, unclosed_opener
from ..lazyre import lazy_re
from ..text import FULL_STOPS, NAME_LIST_MARKS
from .clauseroles import clause_roles
from .deadlinephrases import is_deadline_clause, is_deadline_phrase, is_rhythm_clause
from .labels import VALUE_STRIP, match_copy, verb_re
from .unitlists import (CLAUSE_SEPARATORS, DIGIT_RE, UNIT_NAME_MAX_CHARS, every_item_units, is_note, is_unit_list,
                        listed_once_units, names_units_only, split_clauses)


#: a clause mark: a value holding none is one clause (most values)
CLAUSE_MARKS_RE = lazy_re("[，,；;。]")


@dataclass(frozen=True)
class ValueParts:
    """A unit label's value read clause by clause (``read_unit_value``)."""

    units: str                                  #: the leading clauses that are unit lists, as printed
    roles: tuple[tuple[str, str], ...] = ()     #: (role, units) a later clause names by a role verb
    deadlines: tuple[str, ...] = ()             #: later clauses that are deadlines
    notes: tuple[str, ...] = ()                 #: the other later clauses (runs of them as printed)


def read_unit_value(value: str) -> ValueParts:
    """A unit label's value split where its unit lists end (``_read_unit_value``); a later sentence
    stating how to read the notice's labels (``负责单位：A、B。未明确牵头单位的，由所列负责单位按职责分工负责，
    下同``: ``without_rule_sentences``) is a note whole, as in a bracket of verbs - its role clause
    (由所列负责单位…负责) names no units of the item."""
    value, rules = without_rule_sentences(without_cut_name(value))
    value, figures = _without_figures_run(value)
    parts = _read_unit_value(value)
    notes = (*rules, *([figures] if figures else []))
    return replace(parts, notes=parts.notes + notes) if notes else parts


def without_cut_name(value: str) -> str:
    """``value`` without its last unit name when the copy cut the text INSIDE a bracket that name opened (``…；责任单位：
    各镇（`` and nothing after: a store's page cut there): the page does not print the name, so it is no unit, neither
    as printed nor completed from another item (tests/fixtures/README.md "A bracket cut inside a unit's name"; holdout
    threelabels-unplaced, batch 125: before, ``各镇（`` was a support unit, and a list ending so was one name).  A value
    whose brackets all close (almost every value) is returned as it is."""
    opener = unclosed_opener(value)   # (``brackets.OPENERS``, the brackets unit names nest in)
    if opener is None:
        return value
    start = max(value.rfind(mark, 0, opener) for mark in NAME_LIST_MARKS) + 1
    return value[:start].rstrip(NAME_LIST_MARKS + " ")


#: a unit label's value runs on into a table of figures when at least this many of its space-parted
#: pieces after the first are bare numbers (``_without_figures_run``): one number is a unit list's wording
MIN_RUN_FIGURES = 2


#: a space-parted piece of a run-on line (the spaces a copy printed where a table's cells stood)
_RUN_PIECE_RE = lazy_re(r"[^ \u3000\xa0]+")


#: a bare number: a table's figure (12, 3.1, 60%)
_FIGURE_RE = lazy_re(r"\d+(?:\.\d+)?[%％]?")


def _without_figures_run(value: str) -> tuple[str, str | None]:
    """(the units of ``value``, the table run on after them) when a copy flattened a table of figures
    into a unit label's line, its cells parted by spaces (``配合单位：A、B，各区政府　鄞州　海曙　合计　年度目标　3　4
    7　实际完成　2　1　3``, a city daily's e-paper 公示 run into one paragraph: holdout epaperrun-ningbo, batch
    58): when at least ``MIN_RUN_FIGURES`` of the space-parted pieces after the first are bare numbers, the
    units end before the first later piece that names no unit (``names_units_only``: the table's column heads,
    bare place names, 合计), and it and the rest are a note.  Before, the heads were read as units (鄞州海曙,
    合计新增年度目标) or the catch-all before them lost with them into a note.  (``value``, None) otherwise."""
    pieces = list(_RUN_PIECE_RE.finditer(value))
    if sum(1 for p in pieces[1:] if _FIGURE_RE.fullmatch(p.group())) < MIN_RUN_FIGURES:
        return value, None
    cut = next((p.start() for p in pieces[1:] if not names_units_only(p.group())), None)
    if cut is None:
        return value, None
    return value[:cut].rstrip(), value[cut:].strip()


def _read_unit_value(value: str) -> ValueParts:
    """A unit label's value split where its unit lists end (docs/parsing.md, "A label's value"):
    the leading clauses (``split_clauses``) that read as unit lists naming no role are its units;
    after them a clause naming units by a role verb (``各乡镇配合做好相关工作``) gives them that
    role, a deadline clause (``确保年内投入运营``, ``2023年底前完成``) is a deadline, a rhythm
    (``is_rhythm_clause``: ``按季度调度``) is a note of its own, and any other clause is a note
    (``此项纳入年度考核``).  A value whose first clause is no unit list (a
    name the vocabulary does not know) is kept whole, but for a last clause that is a deadline phrase."""
    if not CLAUSE_MARKS_RE.search(value):
        return ValueParts(value)   # most values: one clause
    clauses = split_clauses(value)
    keep = next((k for k, c in enumerate(clauses) if not names_units_only(c)), len(clauses))
    first = _first_sentence_clauses(value)
    if 0 < keep < first:
        keep = _last_unit_clause(clauses[:first], keep)
    if first < len(clauses) and not 0 < keep <= first:
        keep = first   # A、B按职责分工负责。<a note sentence>: the list ends with its sentence
    if keep == len(clauses):
        return ValueParts(value)
    if keep == 0:
        value, tail = _split_off_deadline(value)
        return ValueParts(value, deadlines=tuple(tail))
    spans, at = [], 0
    for clause in clauses:
        start = value.index(clause, at)
        at = start + len(clause)
        spans.append((start, at))
    roles, deadlines, notes = [], [], []
    note = None   # (start, end) of the run of note clauses read last
    named_at = None   # (start, clause) of the role clause read last, when it was the clause just before
    for (start, end), clause in zip(spans[keep:], clauses[keep:]):
        named = None if every_item_units(clause) else role_clause(clause)   # a rule names no role
        rhythm = named is None and is_rhythm_clause(clause)
        if named is None and not rhythm and not is_deadline_clause(clause):
            if note is None and named_at and listed_once_units(named_at[1], clause):
                # …成员单位按职责分工负责落实，不再列出: the units stay the item's, and the note holds their clause too,
                # the rule giving them to every later item (unitlists.listed_once_units)
                note = (named_at[0], end)
            else:
                note = (note[0] if note else start, end)
            named_at = None
            continue
        named_at = (start, clause) if named is not None else None
        if note:
            notes.append(value[note[0]:note[1]].strip(VALUE_STRIP))
            note = None
        if named is not None:
            roles.extend(named)
        else:
            (notes if rhythm else deadlines).append(clause.strip(VALUE_STRIP))
    if note:
        notes.append(value[note[0]:note[1]].strip(VALUE_STRIP))
    return ValueParts(value[:spans[keep - 1][1]], tuple(roles), tuple(deadlines), tuple(n for n in notes if n))


def _last_unit_clause(clauses: list[str], keep: int) -> int:
    """How many of ``clauses`` (a label's value up to its first sentence end) its unit list holds when
    clause ``keep`` is the first that reads as no unit list: a name neither the vocabulary nor the
    agency knowledge knows (经济开发区 printed bare, a market 某某商贸城) is a unit of the list while a
    clause naming units only follows it (the list runs on to its last unit before the next label:
    ``总部办，经济开发区，五金城，科技局``); a clause that says something else — a role verb, a deadline,
    a rhythm, a rule, a figure (``_plain_name``) — ends the list where it stands, and so does an
    unknown name after the last unit (the note it was)."""
    last = keep
    for k in range(keep, len(clauses)):
        if names_units_only(clauses[k]):
            last = k + 1
        elif not _plain_name(clauses[k]):
            break
    return last


def _plain_name(clause: str) -> bool:
    """A clause that could be a unit's name nobody listed: one name (no 、, shorter than a unit name
    may be, ``UNIT_NAME_MAX_CHARS``), no digit, and not a role clause, a deadline, a rhythm or a rule."""
    name = clause.strip(VALUE_STRIP)
    return (bool(name) and len(name) <= UNIT_NAME_MAX_CHARS and "、" not in name and not DIGIT_RE.search(name)
            and verb_re("role_hint").search(match_copy(name)) is None
            and not is_deadline_clause(name) and not is_rhythm_clause(name) and not is_note(name))


def _first_sentence_clauses(value: str) -> int:
    """How many clauses (``split_clauses``) ``value``'s first sentence holds: a full stop outside
    brackets with more text after it ends the unit list (what follows is read as roles, deadlines
    or a note); a value of one sentence gives all its clauses."""
    for cut in cuts_outside_brackets(value, _LIST_STOPS):
        if value[cut:].strip(VALUE_STRIP):
            return len(split_clauses(value[:cut]))
    return len(split_clauses(value))


#: the sentence ends that are clause marks too (``split_clauses``): where a label's unit list ends
_LIST_STOPS = tuple(stop for stop in FULL_STOPS if stop in CLAUSE_SEPARATORS)


def role_clause(clause: str) -> list[tuple[str, str]] | None:
    """[(role, units)] of a clause that names unit lists by a role verb, what the verb governs after
    it allowed (``各乡镇配合做好相关工作``: 各乡镇 support); None when it names none."""
    copy = match_copy(clause)
    for m in reversed(list(verb_re("role_hint").finditer(copy))):
        found = clause_roles(clause[:m.end()])
        if found and all(is_unit_list(units) for _role, units in found):
            return found
    return None


def _split_off_deadline(value: str) -> tuple[str, list[str]]:
    """(``value`` without its last clause, [that clause]) when that clause is a deadline phrase
    and others stand before it (``各乡镇，2023年底前完成``); else (``value``, [])."""
    if not CLAUSE_MARKS_RE.search(value):
        return value, []   # most values: one clause
    clauses = split_clauses(value)
    if len(clauses) < 2 or not is_deadline_phrase(clauses[-1]):
        return value, []
    return value[:value.rfind(clauses[-1])].strip(VALUE_STRIP), [clauses[-1]]


def without_rule_sentences(text: str) -> tuple[str, list[str]]:
    """(``text`` without its later sentences that state a rule, those sentences).  A bracket may go on,
    after its units' sentence, with a sentence stating how to read its notice's brackets (湖南's 部门分工
    opinion: ``…，省科技厅牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同``; ``…等负责。列第一位的为牵头
    部门，其他部门和单位按职责分工负责，下同``): a sentence after the first one holding a note clause (``is_note``:
    下同, 不逐一列出, 列第一位…) is a rule whole - its other clauses (其他有关部门配合) name no units of the item.
    The first sentence is never dropped so (A、B，以下各项均需各县市区落实，不再逐项列出: its units are the item's)."""
    if not any(stop in text for stop in FULL_STOPS):
        return text, []   # most texts: one sentence
    sentences = split_outside_brackets(text, FULL_STOPS)
    if len(sentences) < 2:
        return text, []
    kept, rules = [sentences[0]], []
    for sentence in sentences[1:]:
        (rules if any(is_note(c) for c in split_clauses(sentence)) else kept).append(sentence)
    return ("。".join(kept), [r.strip(VALUE_STRIP) for r in rules]) if rules else (text, [])
