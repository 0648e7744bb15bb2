"""One measure a report quotes from the plan it checks (tests/fixtures/README.md "One measure a report quotes from
the plan it checks"; holdout quotedplan-ganzi-2021-1, batch 116).

An inspection group's report posted as an article (a 督察组's case: the rivers, the stations, what it found) may
quote, in “ ”, the measure a place's plan set for the case: ``…甘孜州整改方案要求：“落实‘一站一策’：2019年12月底前，
A、B、C建立部门联动机制，督促…，各县（市）党委、政府按照属地管理原则强化日常监管”。``  Nothing else on the page
assigns anything, so no other form reads a row; ``quoted_plan`` reads the quote as ONE measure: its text the quoted
words whole (run-in name, date and subjects kept, as a point whose sentences give duties to several subjects keeps
them), its lead every unit list that is the subject of a clause (``subject_units``' role verbs, a follower such as
按照, or any verb right after a list of names ending like units), its deadline the clause of a date it prints.  It
is asked only of a page no other form reads (``forms.FALLBACK_PARSERS``).
"""
from __future__ import annotations

import re

from .assign import HEADING_FORM
from .deadlinephrases import is_deadline_clause
from .unitduties import _units_before_follower, subject_units
from .unitlists import CLOSERS, OPENERS, ends_like_unit, is_unit_list
from ..brackets import split_outside_brackets
from ..models import TABLE_MARK, DraftMeasure, Located, ParsedTable

#: a plan's requirement quoted after its verb and a colon: ``…整改方案要求：“…”``
QUOTE_RE = re.compile(r"要求[：:]\s*“([^“”]{10,400})”")
#: a quote's run-in name before its colon (``落实‘一站一策’：``): at most this long, no clause mark
RUN_IN_NAME_MAX_CHARS = 16
_RUN_IN_RE = re.compile(rf"^[^，,。；;：:]{{1,{RUN_IN_NAME_MAX_CHARS}}}[：:]")
#: the first unit of a subject run straight into its verb is at least this long (甘孜州财政局, not 州)
MIN_SUBJECT_NAME_CHARS = 3


def parse_quoted_plan(located: Located) -> ParsedTable | None:
    """The measure a report quotes from a plan (see the module's docstring), or None."""
    for line in located.lines:
        if line.startswith(TABLE_MARK):
            continue
        match = QUOTE_RE.search(line)
        draft = quoted_measure(match.group(1)) if match else None
        if draft is not None:
            return ParsedTable(measures=(draft,))
    return None


def quoted_measure(quote: str) -> DraftMeasure | None:
    """``quote`` read as one measure: its clauses' subjects lead (at least one), a date clause its deadline."""
    body = quote[m.end():] if (m := _RUN_IN_RE.match(quote)) else quote
    lead: list[str] = []
    deadline = None
    for clause in (c.strip() for c in split_outside_brackets(body, "，,；;", OPENERS, CLOSERS)):
        if deadline is None and not lead and is_deadline_clause(clause):
            deadline = clause
            continue
        units = _subject(clause)
        lead.extend(u for u in units if u not in lead)
    if not lead:
        return None
    return DraftMeasure(section=None, measure_no=1, text=quote.strip(), lead_cells=tuple(lead),
                        deadline=deadline, form=HEADING_FORM)


def _subject(clause: str) -> tuple[str, ...]:
    """The unit lists ``clause`` opens with as its subject: before a role verb (``subject_units``), before a follower
    (``按照…``), or a list of names ending like units run straight into its verb (``A、B建立…``); () for none."""
    for read in (subject_units, _units_before_follower):
        found = read(clause)
        if found is not None:
            return found.lead
    *names, last = clause.split("、")
    if not names or not is_unit_list("、".join(names)):
        return ()
    for end in range(MIN_SUBJECT_NAME_CHARS, len(last)):
        if ends_like_unit(last[:end]):
            return ("、".join(names + [last[:end]]),)
    return ()
