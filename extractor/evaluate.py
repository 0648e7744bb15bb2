"""The scored gate: run the pipeline on every golden fixture and score it.

Each ``tests/fixtures/<name>.expected.json`` (format: tests/fixtures/README.md)
is checked against every input ``<name>.<ext>`` beside it.  The corpus has
two parts, scored apart: the dev fixtures in the folder itself, and the
holdout in ``holdout/`` (notices whose shape no code was written for when
they were committed: the estimate of accuracy on unseen notices).  Scores
are grouped by the form the fixture expects (``html-table``, ``text-pipe`` ...;
one measure may override it with its own ``form``):

- measures: the share of measures whose number, section, text, lead,
  support, deadline and form are all exactly right (lead/support compared
  as the lists of printed AgencyRef names); a missing or surplus measure
  counts as wrong, so the denominator is the larger of the two counts;
- metadata: per field (doc_number ... table_title) the share right;
- sections: the share of notices whose list of sections came out as the
  expected list, each section's number, label and title exactly
  (tests/fixtures/README.md, ``sections``); scored and printed as one more
  field of the notice, beside the metadata;
- agencies: the share of printed names in the optional ``agencies`` map
  whose AgencyRefs came out as expected: the canonical name, a group for
  ``null`` (各相关部门), or no match at all for ``"unresolved"``; and per
  notice city the coverage -- the share of specific names (not groups) that
  resolved -- with the rule that matched each (exact, alias, derived, template).

A share over nothing (0/0) prints as "not measured", never as 100 %; every
wrong field is listed with its fixture, measure and field.

A second, small table scores the resolver alone on two hand-checked
tables in the same folder (``score_agency_tables``; tests/test_resolve.py
gates on the same function):

- variant recall: the share of ``agency_variants.csv`` spellings that resolve
  to the expected agency_id;
- false merges: ``agency_negatives.csv`` look-alike pairs (科技局/科协) that
  came out as one agency_id.

``python -m extractor.evaluate [folder]`` prints the tables (dev, then holdout
with a line per fixture) (trafilatura's
evaluation keeps the same shape: a library that scores, a thin printer).
"""
from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import ExtractorError, Measure, Notice

#: the fixture folder when none is given: relative to the working directory (``make eval``
#: runs in the repository), never to where the package is installed
DEFAULT_FIXTURES = Path("tests") / "fixtures"
#: the sub-folder of the fixture folder that holds the holdout corpus
HOLDOUT_DIR = "holdout"
EXPECTED_SUFFIX = ".expected.json"
META_FIELDS = ("doc_number", "title", "issuer", "date", "recipients", "table_title")
#: the notice's list of sections, scored whole as one field of the notice
SECTIONS = "sections"
#: every field scored once a notice (right or wrong), in the order the table prints them
NOTICE_FIELDS = (*META_FIELDS, SECTIONS)
MEASURE_FIELDS = ("measure_no", "section_no", "text", "lead", "support", "deadline", "form")
_NOT_INPUTS = (EXPECTED_SUFFIX, ".fetch.json")


@dataclass(frozen=True)
class Case:
    """One fixture input and what it must yield."""

    name: str            #: the fixture name (file name without its suffix)
    path: Path           #: the input file
    form: str            #: the form every measure must carry
    expected: dict[str, Any]


@dataclass(frozen=True)
class Mismatch:
    """One wrong field: where, what was expected, what came out."""

    case: str
    where: str           #: "measure 3", "metadata", "agency 市发改局", "file"; "" for the notice's sections
    field: str
    expected: Any
    got: Any

    def __str__(self) -> str:
        where = f"{self.where}: " if self.where else ""
        return f"{self.case}: {where}{self.field}: expected {self.expected!r}, got {self.got!r}"


@dataclass
class Score:
    """Right/total counters of one form (or of one case)."""

    measures_right: int = 0
    measures_total: int = 0
    #: per notice field (NOTICE_FIELDS: the metadata and the sections) the notices right / scored
    meta_right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    meta_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    agencies_right: int = 0
    agencies_total: int = 0
    #: notice city -> AgencyTally of the names its agencies map lists
    agency_cities: dict[str, "AgencyTally"] = field(default_factory=dict)
    cases: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        """Add the counts of ``other`` to this score."""
        self.measures_right += other.measures_right
        self.measures_total += other.measures_total
        for k in NOTICE_FIELDS:
            self.meta_right[k] += other.meta_right[k]
            self.meta_total[k] += other.meta_total[k]
        self.agencies_right += other.agencies_right
        self.agencies_total += other.agencies_total
        for city, tally in other.agency_cities.items():
            self.agency_cities.setdefault(city, AgencyTally()).add(tally)
        self.cases += other.cases
        self.mismatches.extend(other.mismatches)

    @property
    def measure_share(self) -> float:
        return share(self.measures_right, self.measures_total)

    def meta_share(self, name: str) -> float:
        return share(self.meta_right[name], self.meta_total[name])

    @property
    def agency_share(self) -> float:
        return share(self.agencies_right, self.agencies_total)


def share(right: int, total: int) -> float:
    """right/total, 1.0 when there was nothing to get right."""
    return right / total if total else 1.0


def ratio(right: int, total: int) -> str:
    """``75% (3/4)`` for the report, "not measured" when there was nothing to score."""
    return f"{right / total:.0%} ({right}/{total})" if total else "not measured"


@dataclass
class AgencyTally:
    """The agencies map of one notice city: names right, and how its specific names resolved."""

    right: int = 0           #: came out as the map says
    total: int = 0           #: names in the map
    specific: int = 0        #: names that are one agency (not a group)
    resolved: int = 0        #: specific names that resolved to an agency (right or wrong)
    rules: dict[str, int] = field(default_factory=lambda: defaultdict(int))   #: match -> count

    def add(self, other: "AgencyTally") -> None:
        self.right += other.right
        self.total += other.total
        self.specific += other.specific
        self.resolved += other.resolved
        for rule, n in other.rules.items():
            self.rules[rule] += n


# --- loading ---------------------------------------------------------------

def load_cases(folder: Path) -> list[Case]:
    """Every (input, expected) pair in ``folder``, sorted by file name."""
    cases = []
    for exp_path in sorted(folder.glob(f"*{EXPECTED_SUFFIX}")):
        name = exp_path.name[: -len(EXPECTED_SUFFIX)]
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        for path in fixture_inputs(folder, name):
            cases.append(Case(name=path.name, path=path, form=form_for(expected, path), expected=expected))
    return cases


def fixture_inputs(folder: Path, name: str) -> list[Path]:
    """The inputs ``<name>.<ext>`` of one expected file (the seed has two)."""
    return sorted(p for p in folder.glob(f"{name}.*")
                  if not p.name.endswith(_NOT_INPUTS) and "." not in p.name[len(name) + 1:])


def form_for(expected: dict[str, Any], path: Path) -> str:
    """The expected form: a string, or a map by input suffix when one
    expected file serves inputs of two forms (the seed's .html and .txt)."""
    form = expected.get("form", "unknown")
    if isinstance(form, dict):
        return form.get(path.suffix, form.get(path.suffix.lstrip("."), "unknown"))
    return form


# --- scoring -----------------------------------------------------------------

def score_case(case: Case, notice: Notice) -> Score:
    """Compare one extracted notice with its expected file."""
    score = Score(cases=1)
    _score_measures(case, notice.measures, score)
    _score_metadata(case, notice, score)
    _score_sections(case, notice, score)
    _score_agencies(case, notice, score)
    return score


def measure_fields(m: Measure) -> dict[str, Any]:
    """The scored fields of one measure, lead/support as printed names."""
    return {"measure_no": m.measure_no, "section_no": m.section_no, "text": m.text,
            "lead": [r.name for r in m.lead], "support": [r.name for r in m.support],
            "deadline": m.deadline, "form": m.form}


def _score_measures(case: Case, measures: tuple[Measure, ...], score: Score) -> None:
    expected = [{"form": case.form, **e} for e in case.expected.get("measures", [])]
    got = [measure_fields(m) for m in measures]
    score.measures_total = max(len(expected), len(got))
    for i in range(score.measures_total):
        no = (expected[i] if i < len(expected) else got[i]).get("measure_no")
        where = f"measure {i + 1} (no. {no})"
        if i >= len(got):
            score.mismatches.append(Mismatch(case.name, where, "missing", expected[i].get("text"), None))
            continue
        if i >= len(expected):
            score.mismatches.append(Mismatch(case.name, where, "surplus", None, got[i]["text"]))
            continue
        wrong = [Mismatch(case.name, where, k, expected[i].get(k), got[i][k])
                 for k in MEASURE_FIELDS if expected[i].get(k) != got[i][k]]
        score.mismatches.extend(wrong)
        score.measures_right += not wrong


def _score_metadata(case: Case, notice: Notice, score: Score) -> None:
    for key in META_FIELDS:
        if key not in case.expected:
            continue
        want, got = case.expected[key], getattr(notice, key)
        got = list(got) if isinstance(got, tuple) else got
        score.meta_total[key] += 1
        if want == got:
            score.meta_right[key] += 1
        else:
            score.mismatches.append(Mismatch(case.name, "metadata", key, want, got))


def _score_sections(case: Case, notice: Notice, score: Score) -> None:
    """The notice's sections are right when they equal the expected list; a miss names
    the sections expected and not got and those got and not expected as (no, label, title),
    or both whole lists when only their order differs."""
    if SECTIONS not in case.expected:
        return
    want = [(s.get("no"), s.get("label"), s.get("title")) for s in case.expected[SECTIONS]]
    got = [(s.no, s.label, s.title) for s in notice.sections]
    score.meta_total[SECTIONS] += 1
    if want == got:
        score.meta_right[SECTIONS] += 1
        return
    missing, surplus = [s for s in want if s not in got], [s for s in got if s not in want]
    if not missing and not surplus:
        missing, surplus = want, got
    score.mismatches.append(Mismatch(case.name, "", SECTIONS, missing, surplus))


#: what an ``agencies`` map value of null / "unresolved" expects of the AgencyRef
GROUP, UNRESOLVED = "(group)", "unresolved"


def ref_outcome(ref) -> str:
    """How one AgencyRef came out, in the terms of an ``agencies`` map value."""
    if ref.canonical:
        return ref.canonical
    return GROUP if ref.kind == "group" else UNRESOLVED


def _score_agencies(case: Case, notice: Notice, score: Score) -> None:
    refs = [r for m in notice.measures for r in (*m.lead, *m.support)]
    tally = score.agency_cities.setdefault(notice.city or "(no city)", AgencyTally())
    for name, canonical in (case.expected.get("agencies") or {}).items():
        want = GROUP if canonical is None else canonical
        mine = [r for r in refs if r.name == name]
        got = sorted({ref_outcome(r) for r in mine}) or ["(name not found)"]
        score.agencies_total += 1
        tally.total += 1
        if canonical is not None:      # a specific unit: did it resolve, and by which rule
            matches = {r.match for r in mine}
            tally.specific += 1
            tally.resolved += bool(mine) and "unresolved" not in matches
            for rule in matches:
                tally.rules[rule] += 1
        if got == [want]:
            score.agencies_right += 1
            tally.right += 1
        else:
            score.mismatches.append(Mismatch(case.name, f"agency {name}", "canonical", want, got))


# --- the resolver alone: variant recall and false merges ------------------------

VARIANTS_FILE = "agency_variants.csv"
NEGATIVES_FILE = "agency_negatives.csv"


@dataclass
class AgencyTableScore:
    """Variant recall and false merges of one resolver over the two tables."""

    variants: int = 0
    misses: list[tuple[str, str, str, str | None, str]] = field(default_factory=list)
    pairs: int = 0
    merges: list[tuple[str, str, str | None]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return share(self.variants - len(self.misses), self.variants)


def read_table(path: Path) -> list[dict[str, str]]:
    """The rows of a hand-checked CSV table; a row whose first cell starts with # is a comment."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if not r[next(iter(r))].startswith("#")]


def score_agency_tables(folder: Path, resolver=None) -> AgencyTableScore:
    """Resolve every variant (expects its agency_id) and every negative pair (expects two ids)."""
    from .agencies.resolve import load_resolver

    resolver = resolver or load_resolver()
    score = AgencyTableScore()
    for r in read_table(folder / VARIANTS_FILE):
        ref = resolver.resolve(r["variant"], city=r["city"] or None, date=r["date"] or None)
        score.variants += 1
        if ref.agency_id != r["agency_id"]:
            score.misses.append((r["variant"], r["city"], r["agency_id"], ref.agency_id, ref.match))
    for r in read_table(folder / NEGATIVES_FILE):
        a = resolver.resolve(r["name_a"], city=r["city_a"] or None)
        b = resolver.resolve(r["name_b"], city=r["city_b"] or None)
        score.pairs += 1
        if a.agency_id == b.agency_id:
            score.merges.append((r["name_a"], r["name_b"], a.agency_id))
    return score


def format_agency_tables(score: AgencyTableScore) -> str:
    """The resolver's table, then each miss and merge."""
    lines = ["resolver | variants | recall | negative pairs | false merges", "--- | --- | --- | --- | ---",
             f"registry | {score.variants} | {score.recall:.0%} ({score.variants - len(score.misses)}"
             f"/{score.variants}) | {score.pairs} | {len(score.merges)}"]
    lines += [f"  miss: {v} ({c or 'no city'}): expected {want}, got {got} ({rule})"
              for v, c, want, got, rule in score.misses]
    lines += [f"  merge: {a} = {b} -> {i}" for a, b, i in score.merges]
    return "\n".join(lines)


# --- running and printing -------------------------------------------------------

def score_cases(folder: Path, resolver=None) -> list[tuple[Case, Score]]:
    """Every fixture in ``folder`` (not its sub-folders) with its own score."""
    from .engine.pipeline import extract_file
    from .agencies.resolve import load_resolver

    resolver = resolver or load_resolver()
    scored = []
    for case in load_cases(folder):
        try:
            case_score = score_case(case, extract_file(case.path, resolver))
        except ExtractorError as exc:  # bad input is scored as all wrong, not a crash
            total = len(case.expected.get("measures", []))
            case_score = Score(measures_total=total, cases=1,
                               mismatches=[Mismatch(case.name, "file", "unreadable", None, str(exc))])
        scored.append((case, case_score))
    return scored


def by_form(scored: list[tuple[Case, Score]]) -> dict[str, Score]:
    """form -> Score of the cases expecting it, plus "all"."""
    forms: dict[str, Score] = defaultdict(Score)
    for case, case_score in scored:
        forms[case.form].add(case_score)
    overall = Score()
    for s in forms.values():
        overall.add(s)
    return {**dict(sorted(forms.items())), "all": overall}


def evaluate(folder: Path, resolver=None) -> dict[str, Score]:
    """Score every fixture in ``folder``; returns form -> Score (plus "all")."""
    return by_form(score_cases(folder, resolver))


def format_report(scores: dict[str, Score]) -> str:
    """The score table, then every wrong field."""
    cols = ("form", "cases", "measures", *NOTICE_FIELDS, "agencies")
    lines = [" | ".join(cols), " | ".join("---" for _ in cols)]
    for form, s in scores.items():
        cells = [form, str(s.cases), ratio(s.measures_right, s.measures_total)]
        cells += [ratio(s.meta_right[k], s.meta_total[k]).split(" ")[0] for k in NOTICE_FIELDS]
        cells.append(ratio(s.agencies_right, s.agencies_total))
        lines.append(" | ".join(cells))
    if "all" in scores:
        lines += ["", format_agency_cities(scores["all"].agency_cities)]
    wrong = scores["all"].mismatches if "all" in scores else []
    if wrong:
        lines += ["", f"{len(wrong)} wrong field(s):", *(f"  {m}" for m in wrong)]
    return "\n".join(lines)


#: the rules a specific name can come out by, in the order the city table prints them
AGENCY_RULES = ("exact", "alias", "derived", "template", "unresolved")


def format_agency_cities(cities: dict[str, AgencyTally]) -> str:
    """Per notice city: the map's names right, the coverage of specific names, and the rules."""
    cols = ("city", "agency names right", "coverage (specific names resolved)", *AGENCY_RULES)
    lines = [" | ".join(cols), " | ".join("---" for _ in cols)]
    total = AgencyTally()
    for city, t in sorted(cities.items()):
        total.add(t)
        lines.append(" | ".join((city, ratio(t.right, t.total), ratio(t.resolved, t.specific),
                                 *(str(t.rules.get(r, 0)) for r in AGENCY_RULES))))
    lines.append(" | ".join(("all", ratio(total.right, total.total), ratio(total.resolved, total.specific),
                             *(str(total.rules.get(r, 0)) for r in AGENCY_RULES))))
    return "\n".join(lines)


def format_cases(scored: list[tuple[Case, Score]]) -> str:
    """One line per fixture: measures exact and agency mentions as expected."""
    lines = ["fixture | form | measures | agencies", "--- | --- | --- | ---"]
    lines += [f"{case.name} | {case.form} | {ratio(s.measures_right, s.measures_total)} | "
              f"{ratio(s.agencies_right, s.agencies_total)}" for case, s in scored]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the dev table for the fixture folder given (``tests/fixtures`` under
    the working directory if none), then the holdout table and its fixtures,
    then the resolver's table."""
    from .agencies.resolve import load_resolver

    argv = sys.argv[1:] if argv is None else argv
    folder = Path(argv[0]) if argv else DEFAULT_FIXTURES
    if not folder.is_dir():
        sys.stderr.write(f"evaluate: {folder}: no such fixture folder (give it as the first argument)\n")
        return 2
    resolver = load_resolver()
    sys.stdout.write(f"dev: {folder}\n\n" + format_report(evaluate(folder, resolver)) + "\n")
    holdout = folder / HOLDOUT_DIR
    if holdout.is_dir():
        scored = score_cases(holdout, resolver)
        sys.stdout.write(f"\nholdout: {holdout}\n\n" + format_report(by_form(scored)) + "\n\n"
                         + format_cases(scored) + "\n")
    if (folder / VARIANTS_FILE).is_file() and (folder / NEGATIVES_FILE).is_file():
        sys.stdout.write("\n" + format_agency_tables(score_agency_tables(folder, resolver)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
