"""Candidates, not first-wins: every form that applies proposes a result.

A notice can hold more than one form (a one-row task table followed by ten
labelled items), and a form can apply to a page while reading it badly (a
grid parser that finds one row where the text forms find ten items).  So
every parser runs, each non-empty result is a ``Candidate``, and the notice
keeps the best by ``score`` - documented here and in docs/parsing.md:

- **units filled**: measures naming at least one lead or support unit (a
  measure without units is only half read);
- **numbering continuity**: the share of neighbouring measures whose numbers
  step by one (or restart at 1, or carry no number): a parser that cut a
  notice at the wrong places breaks the sequence;
- ties go to the earlier parser in ``forms.PARSERS`` (grids before the text
  forms, as before).

``score = filled × (1 + continuity) / 2``: continuity can halve a result,
never double it, so a parser does not win by reading fewer items well.

The grid forms read an HTML page's tables and the text forms read the lines
outside them, so a table candidate and a text candidate never hold the same
words: when both read at least ``MIN_SECOND_FORM`` measures with units, the
notice is both (the one-row table *and* the labelled items), in page order.
A runner-up that found clearly more measures than the winner
(``CLEARLY_MORE``) is named in a warning: nothing is dropped silently.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..models import TABLE_MARK, Located, ParsedTable
from .catalogue import prints_catalogue_header
from .labels import find_labels
from .roles import UNIT_ROLES

#: a second form's result joins the winner's when it reads at least this many
#: measures with units (one stray bracket in a cover letter does not make a form)
MIN_SECOND_FORM = 2
#: the runner-up is named in a warning when it found this many times the
#: winner's measures (and at least ``MIN_SECOND_FORM`` more)
CLEARLY_MORE = 1.5
#: forms that read an HTML page's tables (the text forms read the lines outside them)
TABLE_FORMS = ("html-table",)
#: forms that read items (labelled lines, inline assignments), not a table's rows
ITEM_FORMS = ("labelled", "inline-label", "inline-verb", "inline-list", "prose")


@dataclass(frozen=True)
class Candidate:
    """One parser's reading of a notice."""

    name: str             #: the parser's form, e.g. "html-table", "labelled"
    order: int            #: its place in forms.PARSERS (ties go to the earlier)
    parsed: ParsedTable

    @property
    def filled(self) -> int:
        """Measures naming at least one lead or support unit, and holding no label line of units in their
        text (``swallows_units``)."""
        return sum(1 for d in self.parsed.measures if (d.lead_cells or d.support_cells) and not swallows_units(d.text))

    @property
    def continuity(self) -> float:
        """Share of neighbouring measures whose numbers continue (1.0 with fewer than two)."""
        numbers = [d.measure_no for d in self.parsed.measures]
        pairs = list(zip(numbers, numbers[1:]))
        if not pairs:
            return 1.0
        good = sum(1 for a, b in pairs if a is None or b is None or b == a + 1 or b == 1)
        return good / len(pairs)

    @property
    def score(self) -> float:
        """``filled × (1 + continuity) / 2`` (module docstring)."""
        return self.filled * (1 + self.continuity) / 2


def swallows_units(text: str) -> bool:
    """Whether a measure's ``text`` holds a label naming units with its value (``…未修。问题整改责任单位：
    市交通运输局整改时限：3天``): the parser read the measure's units from elsewhere (a heading's name) and left
    the notice's own assignment in the wording, so the measure is only half read, as one naming no unit
    (holdout problist-jingzhou, batch 67: the inline reading gave each place's heading as its problems' lead
    and kept the label lines in the text; the labelled reading, one measure a place, lost on count)."""
    if "：" not in text and ":" not in text:
        return False   # no label without its colon is read here (most texts: nothing to look for)
    return any(role in UNIT_ROLES and value for role, _, value in find_labels(text))


def form_of(parsed: ParsedTable) -> str:
    """The form most of ``parsed``'s measures record."""
    forms = [d.form for d in parsed.measures]
    return max(set(forms), key=forms.count) if forms else ""


def choose(located: Located, candidates: list[Candidate]) -> ParsedTable:
    """The best candidate's result, joined with a second form's where the two
    read different parts of the page, with a warning naming a runner-up that
    found clearly more."""
    candidates = _catalogue_rows_only(located, _table_rows_first(candidates))
    # a lone candidate wins unscored (a score reads every measure twice)
    ranked = candidates if len(candidates) == 1 else sorted(candidates, key=lambda c: (-c.score, c.order))
    best = ranked[0]
    parsed = best.parsed
    second = _second_form(best, ranked[1:])
    if second is not None:
        parsed = _join(located, best, second)
        ranked = [c for c in ranked if c is not second]
    warnings = list(parsed.warnings)
    for other in ranked[1:]:
        won, found = len(parsed.measures), len(other.parsed.measures)
        if found >= won * CLEARLY_MORE and found >= won + MIN_SECOND_FORM:
            warnings.append(f"the {other.name} form found {found} measures where the {best.name} form, "
                            f"kept for its better score ({best.score:.1f} vs {other.score:.1f}), found {won}")
    return ParsedTable(parsed.sections, parsed.measures, tuple(warnings))


def _table_rows_first(candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` less the item readings (labelled lines, inline assignments: ``ITEM_FORMS``) when a text-bl
    reading found a table's rows: a header naming its columns, rows numbered on from 1 with no number lost
    (continuity 1.0), every row naming units, at least ``MIN_SECOND_FORM`` of them.  Those lines are a table's
    cells, one a paragraph; an item reading of them finds more measures only by cutting cells into items (the
    steps a cell numbers, ``1.…。2.…。``, under a lead cell taken for a unit's heading: holdout
    cellparas-xiangshan, batch 72: 6 items against the table's 4 rows, none right)."""
    rows = next((c for c in candidates if c.name == "text-bl"), None)
    if rows is None or rows.continuity < 1.0 or rows.filled < MIN_SECOND_FORM \
            or rows.filled < len(rows.parsed.measures):
        return candidates
    return [c for c in candidates if c.name not in ITEM_FORMS]


def _catalogue_rows_only(located: Located, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` less the item readings (``ITEM_FORMS``) when a table's reading stands beside them and the
    page prints a disclosure catalogue's header (``catalogue.prints_catalogue_header``): the catalogue's 概述 over
    its table (主要依据 over the laws it rests on, ``(一)责任主体：…`` and ``【公开时限】…`` points) states the
    catalogue's rules, and gives no measure (tests/fixtures/README.md "A disclosure catalogue's rows").  Before, the
    laws were read as items the 责任主体 point led, and won over the table's rows on count (holdout tradcat-suixi,
    basecat-zhaoqing, batch 114)."""
    if not any(c.name in ITEM_FORMS for c in candidates) or all(c.name in ITEM_FORMS for c in candidates) \
            or located is None or not prints_catalogue_header(located.lines):
        return candidates
    return [c for c in candidates if c.name not in ITEM_FORMS]


def _second_form(best: Candidate, others: list[Candidate]) -> Candidate | None:
    """The best candidate on the other side of the table/text divide, when
    the table side reads a measure with units and the text side at least
    ``MIN_SECOND_FORM``; else None."""
    table_side = best.name in TABLE_FORMS
    other = next((c for c in others if (c.name in TABLE_FORMS) != table_side), None)
    if other is None:
        return None
    table, text = (best, other) if table_side else (other, best)
    return other if table.filled >= 1 and text.filled >= MIN_SECOND_FORM else None


def _join(located: Located, a: Candidate, b: Candidate) -> ParsedTable:
    """The table side's measures and the text side's, in page order: the table
    goes before the text when its mark comes before the first line the text
    side read."""
    table, text = (a, b) if a.name in TABLE_FORMS else (b, a)
    first = table.parsed if _table_first(located, text.parsed) else text.parsed
    last = text.parsed if first is table.parsed else table.parsed
    sections = list(first.sections) + [s for s in last.sections if s not in first.sections]
    return ParsedTable(tuple(sections), first.measures + last.measures, first.warnings + last.warnings)


def _table_first(located: Located, text: ParsedTable) -> bool:
    """True when the first table mark comes before the line holding the text side's first measure."""
    mark = next((i for i, ln in enumerate(located.lines) if ln.startswith(TABLE_MARK)), None)
    if mark is None or not text.measures:
        return True
    words = text.measures[0].text[:12]
    line = next((i for i, ln in enumerate(located.lines) if words and words in ln), len(located.lines))
    return mark < line
