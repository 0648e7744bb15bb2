"""A third wave of axes: shapes published pages print that the generator
did not (docs/synth.md, "Ninth measurement").

Each axis is drawn from a stream of its own (``THIRD_SEED_OFFSET``), after
the wide axes, so a notice whose third axes all hold their first value (or
``n/a``) is byte for byte the notice the generator printed before them.
Everything these axes print besides the drawn value (the people's names, a
preamble's words, sub-headings) is drawn here too, from that stream, and
left in ``plan.extra["third"]`` for render: the render stream is not touched.

Where the shapes come from (pages of the ``pages`` corpus, read for this):
a 区 plan whose items close with （责任领导：X；牵头单位：Y；责任单位：Z） and
whose units run 区发改局、区林业局，区经发集团，相关乡镇办 (咸安); a 区 plan of
labelled items 牵头单位：… / 责任单位：… (立山) opening with a paragraph on its
purpose; a 区 plan of items （一）（二） under 一、 carrying 责任单位：… alone
(蔡甸); items closing with [责任单位：…] after a paragraph of the year's targets
(a 武汉 district); a table 序号 | 目标任务 | 牵头单位 | 责任单位 | 责任人 whose
section rows name （牵头领导：…） (郧阳).  The survey behind
/work/shared/FORMATS.md has the leader lines (分管领导：…) and 责任单位 alone.
"""
from __future__ import annotations

import random

from .compose import Plan
from .wide import FIRST_VALUE_SHARE_DEFAULT, WIDE_SEED_OFFSET

#: The third stream's seed: the notice's seed plus three times the wide offset.
THIRD_SEED_OFFSET = 3 * WIDE_SEED_OFFSET

#: axis -> values; the first value is the shape printed before these axes.
THIRD = {
    # labelled and label-bracket items (and two-column tables): the support's
    # label 配合单位 as drawn, or 责任单位 after 牵头单位 (立山, 咸安, 郧阳's
    # header); or 责任单位 alone naming every unit (蔡甸): all of them lead
    "unit labels": ("as drawn", "牵头+责任单位", "责任单位 alone"),
    # labelled and label-bracket items: a person's label before the units,
    # 责任领导：王建华 (咸安), 分管领导 / 牵头领导 (the survey): a person, no unit
    "leader label": ("none", "person label"),
    # sections: the heading (a section row or cell in a table) closes with
    # （牵头领导：A、B）, the leaders in charge of it (郧阳)
    "section leaders": ("none", "牵头领导"),
    # tables: a 责任人 column of people after the unit columns (郧阳)
    "person column": ("none", "责任人"),
    # label brackets: （…） or half-width [ … ] (a 武汉 district's plan)
    "label brackets": ("（）", "[ ]"),
    # units of different kinds: 、 between departments, ， before a group
    # (咸安 区林业局，区经发集团，相关乡镇办; 立山 立山经济开发区，各街道)
    "mixed separators": ("none", "，before groups"),
    # a paragraph between the plan's title and its first item or table: the
    # plan's purpose (立山), or the year's targets (a 武汉 district)
    "preamble": ("none", "purpose", "targets"),
    # items with sections: an unnumbered topic line over items inside a
    # section (咸安's 加强基础设施建设 under （一）)
    "sub-heading": ("none", "unnumbered"),
    # items under 一、 headings numbered （一）（二）, again in each section (蔡甸)
    "item level": ("as drawn", "（一）"),
}
THIRD_AXES = tuple(THIRD)

#: Invented people (no title: the pages print the bare names) and their label words.
PEOPLE = ("王建华", "李明", "张伟", "刘芳", "陈志强", "赵国庆", "孙丽", "周海涛")
LEADER_WORDS = ("责任领导", "分管领导", "牵头领导")
#: A section's leaders: one or two names.
SECTION_LEADERS_MAX = 2
#: Invented topic lines over items, and the preamble's sentences ({y}: the year,
#: {p}: the level word, 市 区 县 省).
SUB_HEADINGS = ("加强基础设施建设", "提升公共服务水平", "推动产业转型升级", "优化城乡发展环境",
                "筑牢安全稳定防线")
PREAMBLE = {
    "purpose": "为全面完成{y}年各项目标任务，推动重点工作落地见效，现将任务分解如下。",
    "targets": ("{y}年全{p}经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%左右，"
                "城镇登记失业率控制在4.5%以内。"),
}
#: A section of more items than this gets a second topic line, before its
#: item at this place (1-based).
SUB_HEADING_SECOND_AT = 3


def _draw(rng: random.Random, axis: str) -> str:
    values = THIRD[axis]
    others = len(values) - 1
    first = FIRST_VALUE_SHARE_DEFAULT
    weights = (others * first / (1 - first),) + (1,) * others
    return rng.choices(values, weights)[0]


def _applicable(a: dict, drawn: dict) -> dict:
    """The drawn values, reduced to what can apply to this notice."""
    items = a["container"] != "table"
    labelled = a["container"] in ("labelled", "inline-label")
    in_item = a.get("lead placement") == "in item"
    out = dict.fromkeys(THIRD, "n/a")
    if labelled and in_item:
        out["unit labels"] = drawn["unit labels"]
        out["leader label"] = drawn["leader label"]
    elif (not items and a["unit columns"] == "two" and a["support word"] != "n/a"
          and a["lead word"] in ("牵头单位", "牵头部门")):
        out["unit labels"] = "牵头+责任单位" if drawn["unit labels"] != "as drawn" else "as drawn"
    if a["sections"] not in ("none", "n/a") and a.get("lead placement") != "section units":
        out["section leaders"] = drawn["section leaders"]
    if not items and a.get("extra column") == "none":
        out["person column"] = drawn["person column"]
    if a["container"] == "inline-label" and in_item:
        out["label brackets"] = drawn["label brackets"]
    if (a["container"] in ("table", "labelled", "inline-label") and a["separator"] in ("、", "及", "和")
            and a["support"] == "units+group"):
        out["mixed separators"] = drawn["mixed separators"]
    if a["medium"] != "xlsx":
        out["preamble"] = drawn["preamble"]
    flat = a.get("outline") == "flat" and a.get("item numbers") == "printed" and a["spacing"] != "one-line"
    if items and in_item and flat and a["sections"] in ("一、", "（一）"):
        out["sub-heading"] = drawn["sub-heading"]
    if items and flat and a["sections"] == "一、":
        out["item level"] = drawn["item level"]
    return out


def third(plan: Plan) -> None:
    """Draw the third axes for ``plan``, reshape its truth where one changes
    it (责任单位 alone: every unit leads) and leave what render prints."""
    rng = random.Random(plan.seed + THIRD_SEED_OFFSET)
    drawn = {axis: _draw(rng, axis) for axis in THIRD}
    a = plan.axes
    a.update(_applicable(a, drawn))
    extra = {"leader word": rng.choice(LEADER_WORDS),
             "leaders": [rng.choice(PEOPLE) for _ in plan.measures],
             "section leaders": ["、".join(rng.sample(PEOPLE, rng.randint(1, SECTION_LEADERS_MAX)))
                                 for _ in plan.sections],
             "people": [rng.choice(PEOPLE) for _ in plan.measures],
             "sub-headings": rng.sample(SUB_HEADINGS, len(SUB_HEADINGS)),
             "preamble": PREAMBLE.get(a["preamble"], "").format(y=plan.year, p=plan.place["prefix"])}
    plan.extra["third"] = extra
    if a["unit labels"] == "责任单位 alone":
        for m in plan.measures:  # 无牵头单位的，责任单位即为牵头单位: all of them lead
            m.lead, m.support = list(m.lead) + list(m.support), []


# ---------------------------------------------------------------- printing
# What render prints for these axes (render.py calls these; each returns
# the old shape when its axis holds its first value or n/a).

def join_mixed(units) -> str:
    """Units joined by 、, with ， where a run of departments meets a group."""
    out = units[0].printed if units else ""
    for prev, u in zip(units, units[1:]):
        out += ("，" if (prev.canonical is None) != (u.canonical is None) else "、") + u.printed
    return out


def label_parts(plan: Plan, i: int, words: tuple[str, str, str], lead: str, support: str) -> list[str]:
    """The unit labels of item ``i`` (lead and support as printed), with a
    person's label before them (leader label)."""
    a = plan.axes
    parts = []
    if a.get("leader label") == "person label":
        parts.append(f"{plan.extra['third']['leader word']}：{plan.extra['third']['leaders'][i]}")
    if a.get("unit labels") == "责任单位 alone":  # lead holds every unit; 等部门 closes the list
        return parts + [f"责任单位：{lead}" + ("等部门" if a["support"] == "units+等" else "")]
    support_word = "责任单位" if a.get("unit labels") == "牵头+责任单位" else words[1]
    return parts + [f"{words[0]}：{lead}"] + ([f"{support_word}：{support}"] if support else [])


def brackets(plan: Plan) -> tuple[str, str]:
    return ("[", "]") if plan.axes.get("label brackets") == "[ ]" else ("（", "）")


def section_suffix(plan: Plan, no: int) -> str:
    """（牵头领导：A、B） after section ``no``'s title, or nothing."""
    if plan.axes.get("section leaders") != "牵头领导":
        return ""
    return f"（牵头领导：{plan.extra['third']['section leaders'][no - 1]}）"


def sub_heading(plan: Plan, i: int, k: int) -> str | None:
    """The unnumbered topic line over measure ``i`` (``k``: its place in its
    section): before a section's first item, and before its third when the
    section holds a fourth."""
    if plan.axes.get("sub-heading") != "unnumbered":
        return None
    m = plan.measures[i]
    size = sum(other.section == m.section for other in plan.measures)
    if k != 1 and not (k == SUB_HEADING_SECOND_AT and size > SUB_HEADING_SECOND_AT):
        return None
    titles = plan.extra["third"]["sub-headings"]
    return titles[(2 * (m.section - 1) + (k != 1)) % len(titles)]


def support_header(plan: Plan, word: str) -> str:
    return "责任单位" if plan.axes.get("unit labels") == "牵头+责任单位" else word


def with_people(plan: Plan, header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """A 责任人 column right after the unit columns (person column)."""
    if plan.axes.get("person column") != "责任人":
        return header, rows
    at = 3 if plan.axes["unit columns"] == "one, first leads" else 4  # 序号, task, units
    people = plan.extra["third"]["people"]
    return (header[:at] + ["责任人"] + header[at:],
            [row[:at] + [p] + row[at:] for row, p in zip(rows, people)])


def preamble(plan: Plan) -> str:
    """The paragraph between the plan's title and its items or table."""
    return plan.extra.get("third", {}).get("preamble", "")
