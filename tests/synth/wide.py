"""Wider axes: shapes real notices print that the first generator did not.

The first axes (compose.py) were drawn from one stream; these are drawn from
a second stream of the same seed (``WIDE_SEED_OFFSET``), after the plan is
composed, so a notice whose wide axes all hold their first value is the one
the first generator printed.  Each value is a shape the holdout batches
found in published notices (HOLDOUT.md, batches 5-7) or the pages corpus
shows; docs/synth.md names them.  A value that cannot apply to a notice (a
table split for items) is ``n/a``; one that could but draws nothing new
holds the axis's first value.
"""
from __future__ import annotations

import random

from .compose import Plan, Unit, vocab

#: The second stream's seed is the notice's seed plus this (a prime far
#: above any seed range make synth reads).
WIDE_SEED_OFFSET = 1_000_003

#: axis -> values; the first value is the first generator's shape.
WIDE = {
    # items: flat 一、 > 1.; deep 一、 > （一） > 1. > （1） with the measures at
    # （1）; items numbered by section and place (1.1, 1-1), tables' 序号 too
    "outline": ("flat", "deep", "1.1", "1-1"),
    # items: numbers printed; lost in a copy (Word's auto-numbers); Word's
    # automatic list numbers in a .docx (numPr, not in the text)
    "item numbers": ("printed", "lost", "autonum"),
    # items: the units in each item; a unit's name on a line over the items
    # it leads; the units named once for a whole section; a prose item ending
    # 由X牵头，Y配合。 with its deadline on a line of its own
    "lead placement": ("in item", "unit heading", "section units", "deadline line"),
    # the cover letter's own points before a plan with no sections
    "letter points": ("none", "一、", "1."),
    # tables: one; split in two at a page break, the second without its
    # header; a 续表 line and the header repeated
    "table split": ("one", "split", "续表"),
    # tables with one 责任单位 column: the cell marks the roles (牵头：X⏎配合：Y)
    "role marks": ("none", "牵头：/配合："),
    # deadlines as month ranges (2024年3月—6月) or two milestones in one cell
    "deadline form": ("as drawn", "month range", "milestones"),
    # bodies besides departments: party and mass bodies, vertical bodies
    "bodies": ("departments", "party and mass", "vertical"),
    # (LATER_AXES: drawn from a stream of their own, so adding them changed
    # no draw of the axes above)
    # brackets and sentences: the support units' verb, 配合/参与 or 按职责分工负责
    "support verb": ("as drawn", "按职责分工负责"),
    # pages and copies: the portal's own, a traditional-character mirror, a
    # WeChat article reposting it, a law database's copy (mirrors.py)
    "mirror": ("none", "traditional", "wechat", "law database"),
    # a table's text copy: TAB between cells, or a PDF's in pdftotext's layout
    "text layout": ("TAB", "pdf layout"),
    # brackets and sentences: co-leads A、B牵头, or A、B分别牵头 (each leads its part)
    "co-leads": ("A、B牵头", "分别牵头"),
    # tables: a 责任领导 column of leaders before the units, or 备注 at the right
    "extra column": ("none", "责任领导", "备注"),
    # tables with sections: 序号 running on, or starting again in each section
    "table numbers": ("running", "restart"),
    # a .docx table's 序号: typed, or Word's list numbers (numPr, no digits in the cell)
    "docx numbers": ("typed", "Word list"),
    # a PDF layout copy: each cell's lines at the top of its row, or centred
    # in it (a Word table's cells set to centre vertically)
    "pdf cell align": ("top", "middle"),
}
WIDE_AXES = tuple(WIDE)
#: Axes added after the first wide measurement, drawn from a third stream.
LATER_AXES = ("support verb", "mirror", "text layout", "co-leads", "extra column", "table numbers",
              "docx numbers", "pdf cell align")

#: Share of the draws that keep an axis's first value (the first generator's
#: shape): half, less where a value applies to few notices (a unit heading
#: needs labelled items), more for the outline, which would otherwise leave
#: few flat lists to the axes that need one.
FIRST_VALUE_SHARE = {"outline": 0.6, "lead placement": 0.15, "letter points": 0.3}
FIRST_VALUE_SHARE_DEFAULT = 0.5
#: Share of measures in which a department gives way to a body (bodies axis).
BODY_SHARE = 0.5
#: A unit heading leads a run of one to this many items.
HEADING_RUN_MAX = 3
#: Measures under one "1." group of a deep outline.
DEEP_GROUP_SIZE = 2
#: Deadline kinds a range or milestones stand for (a date, not 长期坚持).
DATED = ("date", "month", "yearend", "day", "partial")


def _draw(rng: random.Random, axis: str) -> str:
    values = WIDE[axis]
    others = len(values) - 1
    first = FIRST_VALUE_SHARE.get(axis, FIRST_VALUE_SHARE_DEFAULT)
    weights = (others * first / (1 - first),) + (1,) * others
    return rng.choices(values, weights)[0]


def _applicable(axes: dict, drawn: dict) -> dict:
    """The drawn values, reduced to what can apply to this notice."""
    items = axes["container"] != "table"
    one_line = axes["spacing"] == "one-line"
    out = dict.fromkeys(WIDE, "n/a")
    if items:
        out["outline"] = drawn["outline"]
        numbers = drawn["item numbers"]
        if out["outline"] != "flat" or one_line:
            numbers = "printed"
        if numbers == "autonum" and axes["container"] not in ("labelled", "inline-label", "inline-verb"):
            numbers = "printed"
        out["item numbers"] = numbers
        place = drawn["lead placement"]
        ok = {"unit heading": axes["container"] in ("labelled", "inline-label") and not one_line
              and numbers != "lost",
              "section units": axes["container"] in ("labelled", "inline-label", "inline-verb")
              and axes["sections"] != "none" and out["outline"] == "flat" and not one_line
              and numbers != "lost",
              "deadline line": axes["container"] == "sentence" and axes["deadline"] != "none"
              and not one_line and numbers != "lost"}
        out["lead placement"] = place if ok.get(place, True) else "in item"
        if numbers != "autonum":
            points = drawn["letter points"]
            flat = axes["sections"] == "none" and out["outline"] == "flat" and not one_line
            out["letter points"] = points if flat else "none"
    else:
        out["outline"] = drawn["outline"] if axes["sections"] != "none" else "flat"
        if out["outline"] == "deep":
            out["outline"] = "flat"
        out["table split"] = drawn["table split"] if axes["medium"] != "xlsx" else "n/a"
        if axes["unit columns"] == "one, first leads" and axes["medium"] != "txt":
            out["role marks"] = drawn["role marks"]
    if axes["container"] != "leading-clause" and axes["deadline"] in DATED:
        form = drawn["deadline form"]
        milestones_ok = axes["container"] in ("table", "labelled") or out["lead placement"] == "deadline line"
        out["deadline form"] = form if form != "milestones" or milestones_ok else "month range"
    out["bodies"] = drawn["bodies"] if axes["names"] != "elided" else "n/a"
    if axes["container"] in ("inline-verb", "sentence", "leading-clause") and axes["support"] != "empty":
        out["support verb"] = drawn["support verb"]
    if axes["medium"] in ("html", "txt") and out["item numbers"] != "autonum":
        mirror = drawn["mirror"]
        fits = {"wechat": axes["medium"] == "html", "law database": axes["medium"] == "txt" and not one_line}
        out["mirror"] = mirror if fits.get(mirror, True) else "none"
    if axes["container"] in ("inline-verb", "sentence", "leading-clause") and axes["support"] != "empty":
        out["co-leads"] = drawn["co-leads"]  # (only measures with two leads print it)
    if not items:
        out["extra column"] = drawn["extra column"]
        if axes["sections"] != "none" and out["outline"] == "flat":
            out["table numbers"] = drawn["table numbers"]
    if not items and axes["medium"] == "docx" and out["outline"] == "flat" and out["table numbers"] != "restart":
        out["docx numbers"] = drawn["docx numbers"]  # (Word's list runs on: no restart, no 1.1)
    if not items and axes["medium"] == "txt":  # a space inside a cell would read as padding
        out["text layout"] = drawn["text layout"] if axes["separator"] != "space" else "TAB"
        if out["text layout"] == "pdf layout":
            out["pdf cell align"] = drawn["pdf cell align"]
    return out


def _sections(plan: Plan, rng: random.Random) -> None:
    """Sections for an outline that needs them, when the notice drew none."""
    n = len(plan.measures)
    k = rng.randint(2, min(3, n - 1))
    plan.sections = rng.sample(vocab()["titles"]["sections"], k)
    cuts = sorted(rng.sample(range(1, n), k - 1))
    for i, m in enumerate(plan.measures):
        m.section = 1 + sum(i >= c for c in cuts)
    plan.axes["sections"] = "一、"


def _body(rng: random.Random, plan: Plan, taken: set[str]) -> Unit | None:
    kind = plan.axes["bodies"]
    place = plan.place
    fits = [b for b in vocab()["body"] if b["kind"] == kind and place["level"] in b["levels"]]
    style = plan.axes["names"]
    rng.shuffle(fits)
    for b in fits:
        canonical = b["canonical"].format(full=place["full"])
        if canonical in taken:
            continue
        key = "official" if style == "official" else "short"
        printed = canonical if style == "full" else b[key].format(p=place["prefix"])
        return Unit(printed, canonical)
    return None


def _apply_bodies(plan: Plan, rng: random.Random) -> None:
    for m in plan.measures:
        if rng.random() >= BODY_SHARE:
            continue
        taken = {u.canonical for u in (*m.lead, *m.support)}
        body = _body(rng, plan, taken)
        depts = [i for i, u in enumerate(m.support) if u.canonical is not None]
        if body is None:
            continue
        if depts and rng.random() < 0.7:
            m.support = list(m.support)
            m.support[depts[-1]] = body
        elif len(m.lead) == 1 and not any(m.lead is other.lead for other in plan.measures if other is not m):
            m.lead = [body]


def _share_units(plan: Plan, runs: list[list[int]], support_too: bool) -> None:
    """Every measure of a run takes the lead (and support) of its first."""
    ms = plan.measures
    for run in runs:
        first = ms[run[0]]
        for i in run[1:]:
            ms[i].lead = first.lead
            if support_too:
                ms[i].support = first.support
            else:
                leads = {u.canonical for u in first.lead}
                ms[i].support = [u for u in ms[i].support if u.canonical not in leads]


def _runs_by_section(plan: Plan) -> list[list[int]]:
    runs: list[list[int]] = []
    for i, m in enumerate(plan.measures):
        if runs and plan.measures[runs[-1][0]].section == m.section:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _heading_runs(plan: Plan, rng: random.Random) -> list[list[int]]:
    runs = []
    for section in _runs_by_section(plan):
        while section:
            k = rng.randint(1, HEADING_RUN_MAX)
            runs.append(section[:k])
            section = section[k:]
    return runs


def _deadlines(plan: Plan, rng: random.Random) -> None:
    form = plan.axes["deadline form"]
    words = vocab()["wide_deadlines"]["range" if form == "month range" else "milestones"]
    for m in plan.measures:
        if m.deadline is not None:
            m.deadline = rng.choice(words).format(y=plan.year)


def widen(plan: Plan) -> None:
    """Draw the wide axes for ``plan`` and reshape its measures to them."""
    rng = random.Random(plan.seed + WIDE_SEED_OFFSET)
    later = random.Random(plan.seed + 2 * WIDE_SEED_OFFSET)
    drawn = {axis: _draw(later if axis in LATER_AXES else rng, axis) for axis in WIDE}
    wide = _applicable(plan.axes, drawn)
    plan.axes.update(wide)
    a = plan.axes
    plan.extra = {}
    if a["container"] != "table" and a["outline"] != "flat":
        if a["sections"] == "none":
            _sections(plan, rng)
        a["sections"] = "一、"
        a["numbering"] = {"deep": "（1）", "1.1": "1.1", "1-1": "1-1"}[a["outline"]]
        plan.extra["sub"] = rng.sample(vocab()["wide_titles"]["sub"], len(plan.sections))
        plan.extra["group"] = vocab()["wide_titles"]["group"]
    if a["container"] == "table" and a["outline"] in ("1.1", "1-1"):
        a["numbering"] = "序号 " + a["outline"]
    if a["item numbers"] == "lost":
        a["numbering"] = "not printed"
    elif a["item numbers"] == "autonum":
        a.update({"medium": "docx", "numbering": "Word list", "chrome": "n/a", "encoding": "n/a",
                  "spacing": "n/a", "issuer": "n/a"})
    if a["bodies"] not in ("n/a", "departments"):
        _apply_bodies(plan, rng)
    if a["lead placement"] == "unit heading":
        plan.extra["runs"] = _heading_runs(plan, rng)
        _share_units(plan, plan.extra["runs"], support_too=False)
    elif a["lead placement"] == "section units":
        plan.extra["runs"] = _runs_by_section(plan)
        _share_units(plan, plan.extra["runs"], support_too=True)
    if a["deadline form"] in ("month range", "milestones"):
        _deadlines(plan, rng)
    if a["lead placement"] == "deadline line":  # one label word for the notice
        a["deadline word"] = rng.choice(vocab()["labels"]["deadline"])
    if a["lead placement"] == "deadline line" and a["deadline form"] not in ("month range", "milestones"):
        for m in plan.measures:  # a label line, not a clause: no 完成
            if m.deadline and m.deadline.endswith("完成"):
                m.deadline = m.deadline[:-2]
    if a["mirror"] in ("wechat", "law database"):  # their own chrome, not a portal's
        a["chrome"] = "n/a"
    if a["mirror"] == "traditional":
        from .mirrors import to_traditional
        to_traditional(plan)
    if a["table split"] not in ("n/a", "one"):
        cuts = _table_cuts(plan)
        if cuts:
            plan.extra["cut"] = rng.choice(cuts)
        else:
            a["table split"] = "one"
    if a["co-leads"] != "n/a" and not any(len(m.lead) > 1 and m.support for m in plan.measures):
        a["co-leads"] = "n/a"  # no measure prints two leads before support


def _table_cuts(plan: Plan) -> list[int]:
    """Rows a table can be split before: not inside a merged lead cell, and
    at a section's first row when the section column spans its rows."""
    ms = plan.measures
    starts = {i for i in range(len(ms)) if i == 0 or ms[i].section != ms[i - 1].section}
    cuts = []
    for i in range(2, len(ms) - 1):
        if ms[i].lead is ms[i - 1].lead and plan.axes["merges"] == "lead-rowspan":
            continue
        if plan.axes["sections"] == "rowspan-column" and i not in starts:
            continue
        cuts.append(i)
    return cuts
