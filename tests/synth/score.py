"""Score the library on synthetic notices: exactness per axis value, and why.

A measure is exact when an extracted measure has its text, lead list, support
list and deadline exactly (as a fixture's measure is scored, without the
numbering, which the generator does not vary on its own).  A printed unit name
is resolved right when every reference to it in the output carries the
expected outcome: the canonical name, or a group (``null``).  Every miss gets
a cause (``CAUSES``) so the failures can be grouped.
"""
from __future__ import annotations

import difflib
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import extractor

from . import AXES, Synth, notice

log = logging.getLogger(__name__)

#: A truth measure pairs with the extracted measure whose text is most alike,
#: when at least this alike; below it, its row counts as lost.  Half the
#: characters is far above two unrelated generated tasks (about 0.2).
TEXT_PAIR_MIN_RATIO = 0.5
#: Share of a cause's notices an axis value must hold to be named with it,
#: and the most the value may hold of all notices (else it says nothing).
CAUSE_VALUE_SHARE, CAUSE_VALUE_BASE_MAX = 0.9, 0.6
#: ... and only for a cause seen in this many notices (one notice holds
#: every value it has).
CAUSE_VALUE_MIN_NOTICES = 3
META = ("doc_number", "title", "issuer", "date")
SEPARATOR_RE = re.compile(r"[、，,；;\s及和]")


@dataclass
class Result:
    seed: int
    axes: dict
    measures_right: int = 0
    measures_total: int = 0
    agencies_right: int = 0
    agencies_total: int = 0
    meta_right: int = 0
    meta_total: int = 0
    surplus: int = 0
    causes: Counter = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)


def _names(refs) -> list[str]:
    return [r.name for r in refs]


def _unit_cause(role: str, got: list[str], want: list[str]) -> str:
    if SEPARATOR_RE.sub("", "".join(got)) == SEPARATOR_RE.sub("", "".join(want)):
        return f"{role}: units joined" if len(got) < len(want) else f"{role}: unit split"
    if set(want) > set(got):
        return f"{role}: unit dropped"
    if set(want) < set(got):
        return f"{role}: unit added"
    return f"{role}: wrong units"


def measure_causes(got, want: dict) -> list[str]:
    """Why an extracted measure is not the truth measure it pairs with."""
    lead, support = _names(got.lead), _names(got.support)
    causes = []
    if got.text != want["text"]:
        causes.append("text differs")
    if lead == want["support"] and support == want["lead"] and lead != support:
        causes.append("lead/support swapped")
    else:
        if lead != want["lead"]:
            causes.append(_unit_cause("lead", lead, want["lead"]))
        if support != want["support"]:
            causes.append(_unit_cause("support", support, want["support"]))
    if got.deadline != want["deadline"]:
        causes.append("deadline missing" if got.deadline is None else
                      "deadline surplus" if want["deadline"] is None else "deadline wrong")
    return causes


def _exact(got, want: dict) -> bool:
    return (got.text == want["text"] and _names(got.lead) == want["lead"]
            and _names(got.support) == want["support"] and got.deadline == want["deadline"])


def _agency_cause(refs, canonical: str | None) -> str | None:
    if not refs:
        return "agency: name not in output"
    for r in refs:
        if canonical is None:
            if r.kind != "group":
                return "agency: group not recognised"
        elif r.match == "unresolved":
            return "agency: unresolved"
        elif r.canonical != canonical:
            return "agency: wrongly named"
    return None


def score(synth: Synth) -> Result:
    truth = synth.truth
    res = Result(synth.seed, truth["axes"])
    want_measures = truth["measures"]
    res.measures_total = len(want_measures)
    res.agencies_total = len(truth["agencies"])
    try:
        got = extractor.extract(synth.data, name=synth.name)
    except extractor.ExtractorError as exc:
        res.causes["not read"] += 1
        res.details.append(f"not read: {exc}")
        return res
    if truth["axes"]["medium"] in ("html", "txt"):
        res.meta_total = len(META)
        for key in META:
            value = getattr(got, key)
            if str(value) == truth[key] if value is not None else truth[key] is None:
                res.meta_right += 1
            else:
                res.causes[f"meta: {key}"] += 1
                res.details.append(f"meta {key}: {value!r} != {truth[key]!r}")
    extracted = list(got.measures)
    if not extracted:
        res.causes["no measures"] += 1
    unused = list(range(len(extracted)))
    misses = []
    for want in want_measures:
        hit = next((i for i in unused if _exact(extracted[i], want)), None)
        if hit is None:
            misses.append(want)
        else:
            unused.remove(hit)
            res.measures_right += 1
    for want in misses:
        ratios = [(difflib.SequenceMatcher(None, extracted[i].text, want["text"]).ratio(), i) for i in unused]
        best = max(ratios, default=(0.0, None))
        if best[0] < TEXT_PAIR_MIN_RATIO:
            if extracted:
                res.causes["row lost"] += 1
            res.details.append(f"m{want['measure_no']} lost: {want['text']}")
            continue
        unused.remove(best[1])
        m = extracted[best[1]]
        for cause in measure_causes(m, want):
            res.causes[cause] += 1
        res.details.append(
            f"m{want['measure_no']}: got text={m.text!r} lead={_names(m.lead)} support={_names(m.support)} "
            f"deadline={m.deadline!r}; want text={want['text']!r} lead={want['lead']} "
            f"support={want['support']} deadline={want['deadline']!r}")
    res.surplus = len(unused)
    if unused:
        res.causes["surplus rows"] += len(unused)
        res.details += [f"surplus: {extracted[i].text!r}" for i in unused]
    refs = defaultdict(list)
    for m in extracted:
        for r in (*m.lead, *m.support):
            refs[r.name].append(r)
    for printed, canonical in truth["agencies"].items():
        cause = _agency_cause(refs.get(printed, []), canonical)
        if cause is None:
            res.agencies_right += 1
        else:
            res.causes[cause] += 1
            shown = sorted({f"{r.canonical} ({r.match}, {r.kind})" for r in refs.get(printed, [])})
            res.details.append(f"agency {printed}: want {canonical}, got {shown or 'nothing'}")
    return res


def run(seeds) -> list[Result]:
    return [score(notice(seed)) for seed in seeds]


def share(right: int, total: int) -> str:
    """A figure as printed: a 0/0 is not measured, never 100 %."""
    return f"{right}/{total} {right / total:6.1%}" if total else "not measured"


def totals(results: list[Result]) -> dict[str, tuple[int, int]]:
    return {
        "measures": (sum(r.measures_right for r in results), sum(r.measures_total for r in results)),
        "agencies": (sum(r.agencies_right for r in results), sum(r.agencies_total for r in results)),
        "metadata": (sum(r.meta_right for r in results), sum(r.meta_total for r in results)),
        "notices": (sum(r.measures_right == r.measures_total and not r.surplus for r in results),
                    len(results)),
    }


def by_axis(results: list[Result]) -> dict[str, dict[str, dict[str, tuple[int, int]]]]:
    """axis -> value -> totals of the notices holding that value."""
    groups: dict[str, dict[str, list[Result]]] = {a: defaultdict(list) for a in AXES}
    for r in results:
        for a in AXES:
            groups[a][r.axes[a]].append(r)
    return {a: {v: totals(rs) for v, rs in sorted(groups[a].items())} for a in AXES}


def table(results: list[Result]) -> str:
    lines = []
    overall = totals(results)
    lines.append(f"synthetic notices: {len(results)} (seeds {results[0].seed}..{results[-1].seed})"
                 if results else "synthetic notices: none")
    lines.append("overall: " + "  ".join(f"{k} {share(*v)}" for k, v in overall.items()))
    for axis, values in by_axis(results).items():
        lines.append("")
        lines.append(f"{axis:<28}{'notices':>8}  {'measures exact':>20}  {'agencies right':>20}")
        for value, t in values.items():
            lines.append(f"  {value:<26}{t['notices'][1]:>8}  {share(*t['measures']):>20}  "
                         f"{share(*t['agencies']):>20}")
    return "\n".join(lines)


def causes_report(results: list[Result], examples: int = 5) -> str:
    """Each cause of a miss: how often, in how many notices, the axis values
    nearly all its notices share, and example seeds."""
    base = Counter((a, r.axes[a]) for r in results for a in AXES)
    by_cause: dict[str, list[Result]] = defaultdict(list)
    counts: Counter = Counter()
    for r in results:
        for cause, n in r.causes.items():
            by_cause[cause].append(r)
            counts[cause] += n
    lines = []
    for cause, n in counts.most_common():
        rs = by_cause[cause]
        held = Counter((a, r.axes[a]) for r in rs for a in AXES)
        marks = [f"{a}={v}" for (a, v), k in held.most_common()
                 if len(rs) >= CAUSE_VALUE_MIN_NOTICES and k >= CAUSE_VALUE_SHARE * len(rs)
                 and base[(a, v)] <= CAUSE_VALUE_BASE_MAX * len(results)]
        lines.append(f"{cause}: {n} in {len(rs)} notices; seeds {', '.join(str(r.seed) for r in rs[:examples])}"
                     + (f"; all or nearly all with {', '.join(marks)}" if marks else ""))
    return "\n".join(lines) if lines else "no misses"
