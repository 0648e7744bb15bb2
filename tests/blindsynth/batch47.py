"""Session 47 axes (a ninth stream, `blindsynth-47:<seed>`): shapes of holdout batches 37 and 38 whose truth
docs/forms.md writes down.  A seed drawing none of them prints the bytes it printed before
(docs/blindsynth.md "Session 47 axes").

- part sentences (inline-verb; chengban-fujian-2007-1): each 一、 part opens with ONE paragraph
  `由X承办，A、B协办。工作目标：…。主要措施：`, the part's target assigned by the 承办 / 协办 sentence before it,
  the lead-in closing the paragraph over the part's items
- a goal column beside the tasks (html-table; overdone-dazu-2023-1): `序号 | 目标任务 | 具体任务 | 牵头单位 …`,
  every row its own goal, none merged or printed again, no section rows
- single-spaced rows with a merged 类别 cell printed empty (text-sp; emptycells-pingdingshan-2018-1)
- a zone's committee printed by its place and kind in full among the supports (docs/agencies.md; its own stream)
"""

import re

P_CHENGBAN = 0.5   # of inline-verb item lists with two sections or more headed 一、 drawing no other shape
P_GOAL = 0.2       # of html tables with no sections, not a progress table

GOAL_LABELS = ["工作目标", "工作目标", "治理工作目标", "主要目标"]
LEAD_INS = ["主要措施：", "主要措施：", "主要措施：", "具体措施："]
# a part's target: one or two clauses with figures (the fixture: rates reached, counts built)
TARGETS = ["重点项目开工率达{a}%以上", "主要指标抽检合格率达{b}%以上", "新增就业岗位{c}00个",
           "完成年度投资计划的{b}%", "新建改造城市道路{d}公里", "新增市场主体{c}0户",
           "建成高标准农田{d}万亩", "群众满意率达{b}%以上", "办结率保持在{b}%以上"]
GOAL_WORDS = ["目标任务", "目标任务", "工作目标"]
# a goal cell: the sentence of the year's report the row's task serves (overdone-dazu)
GOALS = ["实现工业投资增长{a}%以上。", "固定资产投资增长{d}%。", "社会消费品零售总额增长{d}%以上。",
         "规上工业总产值增长{a}%以上。", "新增城镇就业{c}00人。", "完成老旧小区改造{c}个。",
         "空气质量优良天数比例达到{b}%。", "引进亿元以上项目{c}个。", "城乡居民收入增长{d}%。",
         "新建公办幼儿园{d}所。", "建成高标准农田{d}万亩。", "创建省级示范园区{d}个。"]


def _fill(q, s):
    return s.format(a=q.randint(10, 25), b=q.randint(85, 98), c=q.randint(2, 9), d=q.randint(3, 9))


def chengban_draws(n, form, plain, sec_style, nested, dash, shift):
    """Whether an item list takes the part sentences (None: as before).  plain: no group line, rule
    note, session-45 or session-46 shape drawn.  Not where a heading prints an item count (would the
    target count?), and never in a one-line copy (page.py: a heading run into its paragraph)."""
    q = getattr(n, "q47", None)
    if q is None or not plain or form != "inline-verb" or len(n.sections) < 2 or sec_style != "dun" \
            or nested or dash or shift or any(re.search(r"（\d+项）", s["title"]) for s in n.sections):
        return False
    return q.random() < P_CHENGBAN


def chengban_part(n, sec_no):
    """The part's opening paragraph and its target measure (inserted before the part's items).

    docs/forms.md inline-verb: 承办 names the responsible unit as 负责 does (`由A承办，B、C协办`: a 福建 plan's
    parts, chengban-fujian, holdout 37), and a short lead-in closing such a paragraph over the items below it
    (`…。主要措施：`) is no part of the measure's text.  Truth as chengban-fujian's: the target sentence is a
    measure of its part, its label kept (`工作目标：…。`), X leads, the 协办 units support, no deadline; the
    part sentence assigns nothing else (the items keep their own units).  Units: the part's items' own, so
    no other stream draws anew."""
    q = n.q47
    items = [m for m in n.measures if m["section_no"] == sec_no]
    pool = []
    for m in n.measures:
        for u in m["lead"] + m["support"]:
            if u[1] is not None and u[0] not in [p for p, _ in pool]:
                pool.append(u)
    lead = items[0]["lead"][:1]
    others = [u for u in pool if u[0] != lead[0][0]]
    k = q.choice([0, 1, 2, 2, 3])
    sup = q.sample(others, min(k, len(others)))
    label = q.choice(GOAL_LABELS)
    clauses = q.sample(TARGETS, q.choice([1, 2, 2]))
    text = f"{label}：" + "；".join(_fill(q, c) for c in clauses) + "。"
    sentence = f"由{lead[0][0]}承办" + (("，" + "、".join(p for p, _ in sup) + "协办") if sup else "") + "。"
    lead_in = q.choice(LEAD_INS) if q.random() < 0.8 else ""
    target = {"measure_no": None, "section_no": sec_no, "text": text, "lead": lead, "support": sup,
              "deadline": None, "unnumbered": True}
    return ("p", sentence + text + lead_in), target


def number_targets(n):
    """chengban-fujian: the items keep their printed numbers; the unnumbered targets are numbered by their
    place in the notice (the holdout's precedent: 1 and 4 there)."""
    for i, m in enumerate(n.measures):
        if m.pop("unnumbered", False):
            m["measure_no"] = i + 1


def goal_plan(n, plan):
    """overdone-dazu: a goal column (目标任务 / 工作目标) before 具体任务, every row its own goal.  docs/forms.md
    (tables): a table whose header names the goal a row serves beside 具体任务, every row printing its own,
    none merged or printed again, with no section rows: the goal is kept beside the measure and the task is
    the 具体任务 cell.  Drawn only in tables with no sections and no progress columns; the merged-cell and
    同上 axes (cells.py) are not drawn in it (they index the columns)."""
    q = getattr(n, "q47", None)
    if q is None or n.sections or plan.get("prog") or len(n.measures) > len(GOALS) or q.random() >= P_GOAL:
        return
    goals = q.sample(GOALS, len(n.measures))
    plan["task"] = "具体任务"
    plan["goal"] = q.choice(GOAL_WORDS)
    for m, g in zip(n.measures, goals):
        m["goal"] = _fill(q, g)
    n.axes.append("b47:goal")


P_SPACED = 0.6    # of text-sp copies (not pdftotext's) with sections, numbered on, no 1-1 numbers


def spaced_draws(n, plan):
    """Whether a text-sp copy takes single-spaced rows with a merged 类别 cell (None: as before).  Only where
    every section title is a plain phrase (no leaders' bracket or count: a group cell holding them is not
    the shape the fixture prints) and the numbers run on (a restart under no section row opens no row)."""
    q = getattr(n, "q47", None)
    if q is None or not n.sections or n.restart or plan.get("dash") \
            or any(not re.fullmatch(r"[\u4e00-\u9fff]+", s["title"]) for s in n.sections):
        return False
    return q.random() < P_SPACED


def _wrapped(q, title):
    """A group cell's in-cell wrap kept as a space (加强水资源保 护): two lines, the last no wider."""
    if len(title) < 5 or q.random() < 0.4:
        return title
    w = q.randint((len(title) + 1) // 2, len(title) - 1)
    return title[:w] + " " + title[w:]


def spaced_rows(n, cols, cells_of):
    """emptycells-pingdingshan-2018-1: a table flattened one row a paragraph, cells parted by SINGLE spaces, a
    类别 column merged over each group's rows printed in the group's first row only, so a continuing row
    prints it empty: one space more (`2  <task> …`); where it prints, the source's wrap survives as a space
    inside the cell.  docs/forms.md text-sp ("Where single spaces part the cells …"): the task and the columns
    after it hold no space, the pieces before the task are the group cells, a run of spaces an empty cell
    each, a space between printed pieces a wrap.  Truth: the 类别 groups are the sections (numbered by place,
    no label: a group cell printing only its name, as the session-41 类别 column's), their titles with the
    wrap's space closed; rows as printed.  cells_of(m): the row's cells (序号 first), none holding a space."""
    q = n.q47
    blocks = [("p", " ".join([cols[0], "类别"] + cols[1:]))]
    last = None
    for m in n.measures:
        cs = cells_of(m)
        assert not any(" " in c or "\u3000" in c or not c for c in cs), cs  # every cell printed, no space
        s = n.sections[m["section_no"] - 1]
        group = _wrapped(q, s["title"]) if m["section_no"] != last else ""
        last = m["section_no"]
        blocks.append(("p", " ".join([cs[0], group] + cs[1:])))
    for s in n.sections:
        s["label"] = None
    n.axes.append("b47:spaced")
    return blocks


P_ZONE_UNIT = 0.05  # of a city's or its district's own government notices, the city having a national zone


def add_zone_unit(n, q):
    """A development zone's committee among a few measures' supports, printed by its place and kind IN FULL
    (`株洲高新技术产业开发区管委会`, or `…管理委员会`).  docs/agencies.md "Jurisdictions" (a zone the list lacks):
    when the kind is printed in full after a place of the notice's chain (绵阳 + 高新技术产业开发区), the printed
    zone is the official name and its committee that zone's 管理委员会; the committee words 管理委员会 and 管委会
    read alike.  Only the city's own notice and its districts' (the city is their chain), a government's;
    never the short forms (株洲高新区: whether the zone list holds it is data this writer does not read).
    q: a stream of its own (`blindsynth-47z:<seed>`), so the other session-47 axes draw as without it."""
    from .issuers import ZONES
    p = n.place
    if p.issuer != "gov" or p.kind not in ("city", "district") or p.city not in ZONES \
            or q.random() >= P_ZONE_UNIT:
        return
    full = ZONES[p.city][1]
    canon = full + "管理委员会"
    k = 0
    for m in n.measures:
        if q.random() < 0.3 or (k == 0 and m is n.measures[-1]):
            printed = full + q.choice(["管委会", "管委会", "管理委员会"])
            sup = m["support"]
            at = len(sup) - 1 if sup and sup[-1][1] is None else len(sup)  # before a closing catch-all
            sup.insert(at, (printed, canon))
            k += 1
    n.axes.append("b47:zone-unit")
