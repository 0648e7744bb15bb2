"""The content of a synthetic notice: axes drawn from a seed, measures, truth.

``compose(seed)`` draws one value per axis (``AXES``), a place, invented
tasks and their units, and returns a ``Plan``: everything ``render`` needs to
print the notice, and the truth in the shape of a fixture's expected.json.
Everything is drawn from ``random.Random(seed)``: the same seed gives the
same notice on every machine.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

VOCAB = Path(__file__).with_name("vocab.toml")

#: Measures per notice: real division notices in the survey hold from a
#: handful to dozens; a short notice keeps a few hundred of them fast.
MEASURES_MIN, MEASURES_MAX = 4, 7

#: Share of measures with two co-leads (A、B牵头), and how many support units
#: a measure names (at least two, so the separator is always printed).
CO_LEAD_SHARE = 0.25
SUPPORT_MIN, SUPPORT_MAX = 2, 3

CONTAINERS = ("table", "labelled", "inline-label", "inline-verb", "sentence", "leading-clause")
#: Tables are the most common form in the survey of published notices
#: (portal tables and attachments together), so they are drawn more often.
CONTAINER_WEIGHTS = (4, 2, 2, 2, 1, 1)
#: The media each container is printed in.
MEDIA = {"table": ("html", "txt", "docx", "xlsx")}
TEXT_MEDIA = ("html", "txt")

#: Unit separators each container can print (a verb bracket or sentence reads
#: ， and ； as clause breaks, so only 、 及 和 appear there).
SEPARATORS = {
    ("table", "html"): ("、", "，", "；", "space", "<br>", "及", "和"),
    ("table", "txt"): ("、", "，", "；", "space", "及", "和"),
    ("table", "docx"): ("、", "，", "；", "space", "<br>", "及", "和"),
    ("table", "xlsx"): ("、", "，", "；", "space", "<br>", "及", "和"),
    "labelled": ("、", "，", "；", "space", "及", "和"),
    "inline-label": ("、", "，", "；", "space", "及", "和"),
    "inline-verb": ("、", "及", "和"),
    "sentence": ("、", "及", "和"),
    "leading-clause": ("、", "及", "和"),
}
ITEM_NUMBERING = ("1.", "1、", "1．", "1﹒", "（1）", "(1)", "①")
DEADLINES = ("none", "date", "month", "yearend", "day", "ongoing", "recurring", "partial")
#: A bracket or sentence prints a deadline as a clause (…完成); 每季度 is a
#: table cell's word, and a leading clause holds no deadline in the survey.
CONTAINER_DEADLINES = {
    "inline-verb": ("none", "date", "month", "yearend", "ongoing", "partial"),
    "sentence": ("none", "date", "month", "yearend", "ongoing", "partial"),
    "leading-clause": ("none",),
}
NAMES = ("short", "official", "full", "elided")
#: A level prefix carries over only inside a 、 run (省发展改革委、科技厅).
ELIDED_SEPARATORS = ("、", "及", "和")
#: What a measure's support list holds: departments, departments and a
#: catch-all group, the group alone, or nothing (a lead alone).
SUPPORT = ("units", "units+group", "group", "empty", "units+等")
#: 等部门 closes a list in items and sentences (…、市住建局等部门配合), not in the
#: survey's table cells.
TABLE_SUPPORT = ("units", "units+group", "group", "empty")
#: How a table gives lead and support: two columns, two columns under one
#: 责任单位 header cell (a two-row header), or one 责任单位 column whose first
#: unit leads, as a note says (列第一位的为牵头单位).
UNIT_COLUMNS = ("two", "two-row header", "one, first leads")
CHROME = ("none", "print", "share", "breadcrumb", "footer", "infobox", "all")
SPACING = ("plain", "blank-lines", "indent", "crlf")
#: A mirror that lost the line breaks: only for items, since a table's rows
#: run together cannot be told apart by anyone.
ONE_LINE = "one-line"
#: deadline "partial": this share of the measures has none (an empty cell).
PARTIAL_EMPTY_SHARE = 0.4

#: The axes reported by ``make synth``, in order.
AXES = ("container", "medium", "sections", "numbering", "task word", "lead word", "support word",
        "deadline word", "unit columns", "separator", "level", "place", "issuer", "names", "support",
        "deadline",
        "merges", "chrome", "encoding", "spacing")


@lru_cache(maxsize=1)
def vocab() -> dict:
    with VOCAB.open("rb") as fh:
        return tomllib.load(fh)


@dataclass
class Unit:
    printed: str
    canonical: str | None  # None: a catch-all group


@dataclass
class Measure:
    no: int
    section: int | None
    text: str
    lead: list[Unit]
    support: list[Unit]
    deadline: str | None


@dataclass
class Plan:
    seed: int
    axes: dict[str, str]
    place: dict
    year: int
    doc_number: str
    title: str
    issuer: str
    date: str  # ISO
    date_printed: str
    recipients: list[str]
    table_title: str
    sections: list[str]
    measures: list[Measure]
    #: what the wide axes (wide.py) leave for render: runs, cut row, titles
    extra: dict = field(default_factory=dict)

    def truth(self) -> dict:
        """The expected outcome, shaped like a fixture's expected.json."""
        agencies: dict[str, str | None] = {}
        for m in self.measures:
            for u in (*m.lead, *m.support):
                agencies[u.printed] = u.canonical
        return {
            "seed": self.seed,
            "axes": dict(self.axes),
            "doc_number": self.doc_number,
            "title": self.title,
            "issuer": self.issuer,
            "date": self.date,
            "table_title": self.table_title,
            "sections": [{"no": i + 1, "title": t} for i, t in enumerate(self.sections)],
            "measures": [
                {"measure_no": m.no, "section_no": m.section, "text": m.text,
                 "lead": [u.printed for u in m.lead], "support": [u.printed for u in m.support],
                 "deadline": m.deadline}
                for m in self.measures],
            "agencies": agencies,
        }


def _dept_names(dept: dict, level: str) -> tuple[list[str], str]:
    """(abbreviations printed after the prefix, official name) at a level."""
    if level == "province" and "province_official" in dept:
        return dept["province_short"], dept["province_official"]
    if level in ("district", "county") and "lower_official" in dept:
        return dept["lower_short"], dept["lower_official"]
    return dept["short"], dept["official"]


def _unit(rng: random.Random, dept: dict, place: dict, style: str, first: bool = True) -> Unit:
    """One department as printed in the names style; ``first`` is false for
    the names after the first of an elided list (省发展改革委、科技厅)."""
    shorts, official = _dept_names(dept, place["level"])
    canonical = place["full"] + official
    if style == "short" or (style == "elided" and first):
        printed = place["prefix"] + rng.choice(shorts)
    elif style == "elided":
        printed = rng.choice(shorts)
    elif style == "official":
        printed = place["prefix"] + official
    else:
        printed = canonical
    return Unit(printed, canonical)


def _units(rng: random.Random, depts: list[dict], place: dict, style: str) -> list[Unit]:
    return [_unit(rng, d, place, style, i == 0) for i, d in enumerate(depts)]


def _deadline(rng: random.Random, kind: str, year: int, clause: bool) -> str | None:
    if kind == "partial":
        if rng.random() < PARTIAL_EMPTY_SHARE:
            return None
        kind = "date"
    if kind == "none":
        return None
    printed = rng.choice(vocab()["deadlines"][kind]).format(y=year)
    if clause and kind in ("date", "month", "yearend", "day"):
        printed += "完成"
    return printed


def _pick_axes(rng: random.Random) -> dict[str, str]:
    v = vocab()
    container = rng.choices(CONTAINERS, CONTAINER_WEIGHTS)[0]
    medium = rng.choice(MEDIA.get(container, TEXT_MEDIA))
    seps = SEPARATORS.get((container, medium)) or SEPARATORS[container]
    words = {"task word": "n/a", "lead word": "n/a", "support word": "n/a", "deadline word": "n/a"}
    if container == "table":
        sections = rng.choice(("none", "span-row", "rowspan-column"))
        numbering = "序号 column"
        h = v["headers"]
        words = {"task word": rng.choice(h["task"]), "lead word": rng.choice(h["lead"]),
                 "support word": rng.choice(h["support"]), "deadline word": rng.choice(h["deadline"])}
        merges = rng.choice(("none", "lead-rowspan")) if medium != "txt" else "n/a"
        columns = rng.choice(UNIT_COLUMNS)
        if columns == "one, first leads":
            words.update({"lead word": "责任单位", "support word": "n/a"})
            merges = "none" if medium != "txt" else "n/a"  # one cell names lead and support
        elif columns == "two-row header" and words["lead word"] == "责任单位":
            words["lead word"] = "牵头单位"  # 责任单位 is the cell over both
    else:
        sections = rng.choice(("none", "一、", "（一）"))
        numbering = rng.choice(ITEM_NUMBERING)
        if container in ("labelled", "inline-label"):
            lab = v["labels"]
            words.update({"lead word": rng.choice(lab["lead"]), "support word": rng.choice(lab["support"]),
                          "deadline word": rng.choice(lab["deadline"])})
        merges = "n/a"
        columns = "n/a"
    place = rng.choice(v["place"])
    text = medium in TEXT_MEDIA
    spacing = "n/a"
    if text:
        spacing = rng.choice(SPACING if medium == "txt" else ("plain", "indent"))
        if medium == "txt" and container != "table" and rng.random() < 1 / (len(SPACING) + 1):
            spacing = ONE_LINE
    axes = {
        "container": container, "medium": medium, "sections": sections, "numbering": numbering,
        **words, "separator": rng.choice(seps), "level": place["level"], "place": place["full"],
        "issuer": rng.choice(("full", "without city")) if place["level"] == "district" else "full",
        "names": rng.choice(NAMES),
        "support": rng.choice(TABLE_SUPPORT if container == "table" else SUPPORT),
        "deadline": rng.choice(CONTAINER_DEADLINES.get(container, DEADLINES)),
        "merges": merges, "unit columns": columns,
        "chrome": rng.choice(CHROME) if text else "n/a",
        "encoding": rng.choice(("utf-8", "gbk")) if text else "n/a",
        "spacing": spacing,
    }
    if axes["names"] == "elided" and (axes["separator"] not in ELIDED_SEPARATORS
                                      or columns == "one, first leads"):
        axes["names"] = "short"
    return axes


def compose(seed: int) -> Plan:
    rng = random.Random(seed)
    v = vocab()
    axes = _pick_axes(rng)
    place = next(p for p in v["place"] if p["full"] == axes["place"])
    year = rng.randint(2020, 2025)
    month, day = rng.randint(1, 4), rng.randint(1, 28)
    depts = [d for d in v["dept"] if place["level"] in d["levels"]]
    n = rng.randint(MEASURES_MIN, MEASURES_MAX)
    tasks = rng.sample(v["tasks"]["templates"], n)
    if axes["sections"] == "none":
        sections: list[str] = []
        section_of = [None] * n
    else:
        k = rng.randint(2, 3)
        sections = rng.sample(v["titles"]["sections"], k)
        cuts = sorted(rng.sample(range(1, n), k - 1))
        section_of = [1 + sum(i >= c for c in cuts) for i in range(n)]
    clause = axes["container"] in ("inline-verb", "sentence", "leading-clause")
    measures: list[Measure] = []
    for i, template in enumerate(tasks):
        text = template.format(n=rng.randint(2, 9))
        prev = measures[-1] if measures else None
        if (axes["merges"] == "lead-rowspan" and i % 2 == 1 and prev.section == section_of[i]):
            lead = prev.lead  # one lead cell spanning both rows
            lead_depts = prev_depts
        else:
            co_lead = rng.random() < CO_LEAD_SHARE and axes["unit columns"] != "one, first leads"
            lead_depts = rng.sample(depts, 1 + co_lead)
            lead = _units(rng, lead_depts, place, axes["names"])
        prev_depts = lead_depts
        others = [d for d in depts if d not in lead_depts]
        support = _units(rng, rng.sample(others, rng.randint(SUPPORT_MIN, SUPPORT_MAX)), place,
                         axes["names"])
        group = Unit(rng.choice(place["groups"]), None)
        if axes["support"] == "units+group":
            support = support[:SUPPORT_MIN - 1] + [group]
        elif axes["support"] == "group":
            support = [group]
        elif axes["support"] == "empty":
            support = []
        measures.append(Measure(i + 1, section_of[i], text, lead, support,
                                _deadline(rng, axes["deadline"], year, clause)))
    topic = rng.choice(v["titles"]["topics"])
    table_title = f"{place['full'] if place['level'] != 'district' else place['name']}{year}年{topic}"
    issuer = place["issuer"]
    if axes["issuer"] == "without city":
        issuer = issuer[issuer.index(place["name"]):]
    title = f"{issuer}关于印发{table_title}的通知"
    return Plan(
        seed=seed, axes=axes, place=place, year=year,
        doc_number=f"{place['docno']}〔{year}〕{rng.randint(1, 60)}号", title=title,
        issuer=issuer, date=f"{year}-{month:02d}-{day:02d}",
        date_printed=f"{year}年{month}月{day}日", recipients=list(place["recipients"]),
        table_title=table_title, sections=sections, measures=measures)
