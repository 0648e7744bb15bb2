"""Session 52 axes (a fourteenth stream, `blindsynth-52:<seed>`): shapes real notices of session 51's batches (README
"Batch 49" … "Batch 52") print and docs/forms.md or docs/parsing.md writes a rule for, which no earlier axis drew.  A
seed drawing none of them prints the bytes it printed before (docs/blindsynth.md "Session 52 axes").

Each axis's yes or no is drawn first, one number each, so whether one axis is drawn never moves another's; what a
drawn axis prints comes from the same stream after those numbers.

- units printed bold to mark the lead, the header saying so (boldlead-shizhong-2025, batch 49)
- a 数据提供单位 label in an item's bracket, a body of no role (dataunit-chengdu-2022, batch 51)
- a catch-all clause after ； in a label bracket, no label of its own (paralead-dongguan-2017, batch 51)
- a 相关新闻 box between the letter and the plan's title over labelled items (dataunit-chengdu-2022, batch 51)
- unit name lines over duties, each with a lead-in closing with a colon, items numbered afresh
  (unitheads-shanghai-2024, batch 50)
- bare places closed by one body in a 由 sentence, `由X，A区、B市人民政府负责落实` (luoshiline-zhoukou-2013, batch 49)

Each yes or no is one number drawn in this order: a later axis moves no earlier one's yes or no.
"""

import random

from . import legacy

P_BOLD = 0.6      # of html tables with one 责任单位 column whose rule is not a （牵头） mark
P_DATA = 0.25     # of inline-label item lists whose items are the form's own, their brackets parted by ；
P_DUTY = 0.25     # of inline-label item lists whose items are the form's own
P_NEWS = 0.12     # of labelled / inline-label notices with a letter, no WeChat article, no one-line copy
P_UNITHEAD = 0.4  # of headlead notices leading two units or more, no bracket in a lead's name

P_SHARED = 0.6    # of prose item lists in a city government's own notice
AXES = ["bold", "data", "duty", "news", "unithead", "shared"]

BOLD_HEADERS = ["责任单位(加黑为牵头单位)", "责任单位（加黑为牵头单位）", "责任单位（加粗的为牵头单位）"]
BOLD_NOTES = ["注：责任单位中加黑的为牵头单位。", "注：牵头单位用黑体标注。"]
DATA_WORDS = ["数据提供单位", "数据提供单位", "数据提供部门", "数据来源单位"]
NEWS_LINES = ["相关新闻>>", "相关新闻>>", "相关新闻"]
LEVEL_CHARS = "省市区县"
NEWS_MIN_ITEMS = 4  # labelled items under the box (docs/parsing.md names TEASER_ITEMS_MIN, not its value)


def draw(n, seed):
    """The fourteenth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-52:{seed}")
    n.q52 = q
    n.seed52 = seed
    n.d52 = {k: q.random() for k in AXES}


def _d(n, k):
    d = getattr(n, "d52", None)
    return 1.0 if d is None else d[k]


# ---------------------------------------------------------------- bold leads in an HTML table

BOLD_ON, BOLD_OFF = "\x01", "\x02"  # markers the page's cell() turns into <strong> … </strong> after escaping


def bold_draws(n, plan, how, axes):
    """boldlead-shizhong (济南市市中区 2025, a progress table): a header `责任单位(加黑为牵头单位)` over cells listing
    every unit, the lead(s) in <strong>.  docs/forms.md "Conventions" (`[conventions] bold_leads`): each bold run of a
    cell below the first row that lists units, and is not the cell's whole text, is marked as the lead, the others in
    the cell supporting; a cell whose one unit is bold keeps it the lead.  Drawn on a one-column table whose first-listed
    rule is not a （牵头） mark, where no cell is 同上 or merged (the rule says nothing of them) and which `--office`
    would not move to an attachment (legacy.pair_kind: the rule reads a page's own tables only, and the page's bytes
    stay the same with or without `--office`); the rule then stands in
    the header (or a note under the table) instead of the first-listed one, and the lead stands anywhere in its cell.
    Truth unchanged (the first-listed unit of the one column was the lead)."""
    if not plan.get("single") or how == "mark" or _d(n, "bold") >= P_BOLD:
        return None
    if axes["ditto"] or any(axes["merged"].values()) or plan.get("runon"):
        return None
    if legacy.pair_kind(n.seed52):
        return None  # a page --office would split from its table: bold is read in a page's own tables only
    n.axes.append("b52:bold")
    where = n.q52.choice(["header", "header", "note"])
    return {"where": where, "header": n.q52.choice(BOLD_HEADERS), "note": n.q52.choice(BOLD_NOTES)}


def bold_cell(n, names, sep):
    """The unit cell: the lead (names[0]) in bold, put at a place drawn among the others (their order kept)."""
    lead, rest = names[0], names[1:]
    k = n.q52.randint(0, len(rest)) if rest and n.q52.random() < 0.4 else 0
    out = rest[:k] + [BOLD_ON + lead + BOLD_OFF] + rest[k:]
    return sep.join(out)


# ---------------------------------------------------------------- inline-label brackets

def bracket_draws(n, form, plain):
    """Which of data / duty this list draws (a set)."""
    if form != "inline-label" or not plain:
        return set()
    out = set()
    if _d(n, "data") < P_DATA and n.place.issuer == "gov":
        out.add("data")
    if _d(n, "duty") < P_DUTY:
        out.add("duty")
    return out


def shared_draws(n, form, plain):
    """luoshiline-zhoukou: drawn on prose item lists (plain: the form's own items) of a city government's own
    notice with two lower governments or more whose names one city alone gives."""
    if form != "prose" or not plain or _d(n, "shared") >= P_SHARED:
        return False
    return n.place.issuer == "gov" and n.place.kind == "city" and len(_lower(n)) >= 2


def _lower(n):
    from .places import SHARED_NAMES
    return [u for u in n.place.lower if not any(u[0].startswith(x) for x in SHARED_NAMES)]


def shared_body(n, item, m):
    """luoshiline-zhoukou (周口 2013): `由市发展改革委，川汇区、商水县人民政府，市经济开发区管委会负责落实`.  docs/parsing.md
    "Shared body": a list whose items before the last are bare places the gazetteer lists and whose last item is a
    listed place and a body of it names each place's own body (`保康县、南漳县人民政府`), and such a list is a unit
    list to the assignment grammar, a clause of it waiting for the verb as any list of names.  Drawn on items whose
    closing sentence is `由L负责` (no support; 60 % of them): after the leads, ，and two or three of the city's lower
    governments printed as bare places closed by one 人民政府.  Truth: each place's government leads after L, keyed by
    its own printed name (`荷塘区人民政府` -> `株洲市荷塘区人民政府`, `醴陵市人民政府`, as the holdout's)."""
    if m["support"] or len(item) != 1 or item[0][0] != "p" or n.q52.random() >= 0.6:
        return item
    t = item[0][1]
    k = t.rfind("由")
    j = t.find("负责", k)
    if k < 0 or j < 0 or t[k:j].count("，") or "牵头" in t[k:] or "会同" in t[k:]:
        return item
    pool = [u for u in _lower(n) if u not in m["lead"]]
    if len(pool) < 2:
        return item
    picks = n.q52.sample(pool, n.q52.choice([2, 2, 3]) if len(pool) >= 3 else 2)
    places = [p[:-len("人民政府")] for p, _ in picks]
    printed = "、".join(places) + "人民政府"
    m["lead"] = list(m["lead"]) + picks
    if "b52:shared" not in n.axes:
        n.axes.append("b52:shared")
    rest = t[j + 2:]
    verb = "负责落实" if rest.startswith("。") or rest == "" else "负责"
    return [("p", t[:j] + "，" + printed + verb + rest)]


def _bracket(text):
    """(where the closing bracket's lead label stands, or -1) when the item closes with a label bracket parted by ；
    or holding one label; None otherwise."""
    if not text or text[-1] not in "）)":
        return None
    i = max(text.rfind("牵头单位："), text.rfind("牵头部门："))
    if i < 0:
        return None
    o = max(text.rfind("（", 0, i), text.rfind("(", 0, i))
    if o < 0 or "，" in text[o:]:
        return None
    return i


def data_unit(n, item, m):
    """dataunit-chengdu (成都 2022 目标任务责任分解, reposted): indicator items' brackets close with a third label,
    `（牵头单位：A；责任单位：B；数据提供单位：市统计局）`.  docs/parsing.md "Labels": a body that reports the figure carries
    out nothing, a label of no role kept in `extra`, neither lead nor support (and so in no unit list and not in the
    agencies map, as the holdout's).  Drawn on half the items whose bracket is parted by ；.  Truth unchanged."""
    if len(item) != 1 or item[0][0] != "p" or _bracket(item[0][1]) is None or n.q52.random() >= 0.5:
        return item
    lead = m["lead"][0][0] if m["lead"] else ""
    level = lead[0] if lead and lead[0] in LEVEL_CHARS else ""
    body = n.q52.choice([f"{level}统计局", f"{level}统计局", f"国家统计局{n.place.name}调查队"]) \
        if level != "省" else "省统计局"
    if any(body in p for p, _ in m["lead"] + m["support"]):
        return item
    t = item[0][1]
    if "b52:data" not in n.axes:
        n.axes.append("b52:data")
    return [("p", t[:-1] + f"；{n.q52.choice(DATA_WORDS)}：{body}" + t[-1])]


def duty_clause(n, item, m):
    """paralead-dongguan (东府办〔2017〕136号): `（牵头单位：A、B；各相关部门、镇街（园区）按职责分工负责）`: after the lead
    label's value and ；, a clause of catch-alls with no label of its own.  docs/parsing.md "A label's value" (groups of
    places and catch-alls are units of a bare list; catch-alls keep their verb): the groups support.  Drawn on items
    with a lead and no support whose bracket opens with the lead label and is parted by ；.  Truth: the groups support
    (null in the agencies map, as every catch-all)."""
    if m["support"] or len(item) != 1 or item[0][0] != "p" or _bracket(item[0][1]) is None or n.q52.random() >= 0.6:
        return item
    t = item[0][1]
    i = _bracket(t)
    j = t.find("；", i)
    if j < 0:
        j = len(t) - 1
    groups = []
    for _ in range(n.q52.choice([1, 2])):
        g = n.place.catchall(n.q52)
        if g not in groups:
            groups.append(g)
    m["support"] = list(m["support"]) + groups
    if "b52:duty" not in n.axes:
        n.axes.append("b52:duty")
    return [("p", t[:j] + "；" + "、".join(p for p, _ in groups) + "按职责分工负责" + t[j:])]


# ---------------------------------------------------------------- a related-news box over the items

def news_box(n, blocks, form, wx, oneline):
    """dataunit-chengdu: a repost printed `相关新闻>>` and a link between its news lead and the plan's name, over items
    closing with label brackets.  docs/parsing.md (the footer): a stop line over the notice's labelled items is a box of
    related links inside the article, dropped and no end, when the content over it names no unit by a label and at
    least `TEASER_ITEMS_MIN` lines after it do.  Drawn on labelled and inline-label notices with a letter and
    NEWS_MIN_ITEMS measures or more, every item printing the form's own labels, the box right over the plan's title line (over its
    `附件` line when one stands there).  Truth unchanged."""
    if form not in ("labelled", "inline-label") or wx or oneline or n.letterless or _d(n, "news") >= P_NEWS:
        return blocks
    if len(n.measures) < NEWS_MIN_ITEMS or not getattr(n, "plain52", False):
        return blocks
    i = next((j for j, b in enumerate(blocks) if b == ("center", n.table_title)), None)
    if i is None:
        return blocks
    if i and blocks[i - 1] == ("p", "附件"):
        i -= 1  # the box stands over the attachment's label line, not between it and its title
    link = n.q52.choice([f"{n.place.name}召开{n.year}年重点工作推进会", f"{n.place.name}部署{n.year}年重点工作",
                         f"{n.place.name}{n.year}年政府工作报告全文发布"])
    n.axes.append("b52:news")
    return blocks[:i] + [("p", n.q52.choice(NEWS_LINES)), ("p", link)] + blocks[i:]


# ---------------------------------------------------------------- unit name lines over their duties

def unithead_draws(n, order):
    if _d(n, "unithead") >= P_UNITHEAD or len(order) < 2:
        return False
    if any(ch in k[0] for k in order for ch in "（(）)、，"):
        return False
    n.axes.append("b52:unithead")
    return True


def unit_lead_in(n, name):
    """unitheads-shanghai (上海 2024 食品安全 责任清单): `上海市区级人民政府` / `2024年，区政府要…，主要承担以下工作：` /
    `1.…`.  docs/parsing.md "A unit's name alone on a line": one paragraph closing with a colon may stand between the
    name and its first item; it is no item and no heading, and the name heads the items (tests/fixtures/README.md: an
    unnumbered unit name line is its duties' lead and no section)."""
    return n.q52.choice([f"{n.year}年，{name}要围绕全年目标任务，主要承担以下工作：",
                         f"{n.year}年，{name}主要承担以下工作：",
                         f"按照职责分工，{name}重点抓好以下工作："])
