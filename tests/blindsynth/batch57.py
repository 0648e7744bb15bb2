"""Session 57 axes (a nineteenth stream, `blindsynth-s57:<seed>`): shapes real notices print, with a rule in
tests/fixtures/README.md, docs/forms.md or docs/agencies.md for their truth, that none of the eighteen earlier streams
drew (docs/blindsynth.md "Session 57 axes").

- vertical bodies and people's organisations among the supports: 市供电公司, 人民银行X市中心支行, 市总工会, 团市委, 市妇联,
  市科协, 市气象局, 市中级人民法院, 市人民检察院, 市消防救援支队 (a district's and a county-level city's own kinds)
- a district's streets and a county-level city's towns among the supports (`平江街道`, `陈埭镇人民政府`)
- a list of problems handed over for rectification: each item the problems found, `责任单位：X`, `整改时限：3天`
- a rectification table: `序号 | 存在问题 | 整改措施 | 牵头单位 | 配合单位 | 整改时限`, the measure the 整改措施 cell
- quarter columns `一季度 | 二季度 | 三季度 | 四季度` beside the table's deadline column
- several texts on one page: a model-text site's collection, the notice its first text, a second (and third) text of
  another place under a label of the same form (`…篇二`, `【第2篇】…`)

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random

from . import places, realnoise, words
from .levels import TOWNS

P_VERT = 0.25      # of a city's, district's or county-level city's own government notices
P_VERT_ITEM = 0.35  # of such a notice's measures (one at least)
P_STREET = 0.3     # of a district's (realnoise.STREETS) or county-level city's (levels.TOWNS) own government notices
P_STREET_ITEM = 0.3
P_ZGITEMS = 0.3    # of labelled item lists drawing no other stream's item shape (streams 7-17), no lead headings
P_ZGTABLE = 0.15   # of html tables with no sections, no goal or progress columns, a deadline column
P_QTR = 0.12       # of html tables with a deadline column and no other stream's columns
P_COLL = 0.06      # of pages and text copies (not WeChat, not a PDF's or box text, not an attachment pair, not one line)
AXES = ["vert", "street", "zgitems", "zgtable", "qtr", "coll"]


def draw(n, seed, key):
    """The nineteenth stream and each axis's draw (a number each, drawn whether or not the axis may apply); the unit
    axes are applied here, on the measures, before any form prints them."""
    q = random.Random(f"blindsynth-s57:{seed}")
    n.q57 = q
    n.d57 = {k: q.random() for k in AXES}
    n.key57 = key
    vertical(n)
    streets(n)


def _d(n, k):
    d = getattr(n, "d57", None)
    return 1.0 if d is None else d[k]


def _own_gov(n):
    return n.place.issuer == "gov" and n.place.kind in ("city", "district", "cls")


def _insert_support(m, unit):
    """Before a closing catch-all (canonical None), else at the end."""
    sup = m["support"]
    i = len(sup)
    while i and sup[i - 1][1] is None:
        i -= 1
    sup.insert(i, unit)


# ---------------------------------------------------------------- vertical bodies and people's organisations

def _vertical_bodies(n):
    """(printed short, printed full, canonical) of the bodies every place of the notice's level has and docs/agencies.md
    and tests/fixtures/README.md ("Vertical bodies and state companies") name: State Grid's city company by the name it
    goes by (国网<city>供电公司; not in 广西, whose grid is the southern one), the central bank's 中心支行 of a city that
    is no provincial capital (中国人民银行<city>市中心支行; a county-level city's 支行; only before 2024, the 2023-24
    reform renaming them), the people's organisations (总工会, 共青团 as `团{level}委`, 妇联, 科协) and the courts,
    procuratorates, meteorological and fire-rescue bodies named by the place and their kind."""
    p = n.place
    full = p.full
    w = p.word
    out = [(f"{w}总工会", f"{full}总工会", f"{full}总工会"),
           (f"团{w}委", f"共青团{full}委员会", f"共青团{full}委员会"),
           (f"{w}妇联", f"{full}妇女联合会", f"{full}妇女联合会"),
           (f"{w}科协", f"{full}科学技术协会", f"{full}科学技术协会"),
           (f"{w}人民检察院", f"{full}人民检察院", f"{full}人民检察院")]
    if p.kind == "city":
        out += [(f"{w}中级人民法院", f"{full}中级人民法院", f"{full}中级人民法院"),
                (f"{w}气象局", f"{full}气象局", f"{full}气象局"),
                (f"{w}消防救援支队", f"{full}消防救援支队", f"{full}消防救援支队")]
        if p.city != "柳州市":
            out.append((f"{w}供电公司", f"国网{full[:-1]}供电公司", f"国网{full[:-1]}供电公司"))
        if n.year <= 2023:
            out.append((f"人行{full}中心支行", f"人民银行{full}中心支行", f"中国人民银行{full}中心支行"))
    else:
        out += [(f"{w}人民法院", f"{full}人民法院", f"{full}人民法院"),
                (f"{w}消防救援大队", f"{full}消防救援大队", f"{full}消防救援大队")]
        if p.kind == "cls" and n.year <= 2023:
            out.append((f"人民银行{full}支行", f"人民银行{full}支行", f"中国人民银行{full}支行"))
    return out


def vertical(n):
    """Vertical bodies and people's organisations among a measure's supports (the brief's 税务局, 供电公司, 人民银行, 总工会,
    团市委; the holdout's fuzebr-chuxiong, fuzebrackets-dean, vertlead-changsha).  Drawn on P_VERT of a city's, a
    district's or a county-level city's own government notices (not a zone's, a department's, a town's or a province's),
    on P_VERT_ITEM of their measures (one at least), one body a measure, before a closing catch-all; printed with the
    level word (70 %) or in full.  Truth: docs/agencies.md (canonical names are the jurisdiction's full name and the
    body's; `团{level}委` a printed spelling of 共青团; the central bank's 中心支行 named with the city's full name where it
    is no capital; State Grid's city company by the name it goes by) and tests/fixtures/README.md "Vertical bodies":
    the canonical as listed above."""
    if _d(n, "vert") >= P_VERT or not _own_gov(n) or not n.measures:
        return
    q = n.q57
    bodies = _vertical_bodies(n)
    hits = [m for m in n.measures if q.random() < P_VERT_ITEM] or [q.choice(n.measures)]
    for m in hits:
        short, full, canon = q.choice(bodies)
        if any(c == canon for _, c in m["lead"] + m["support"]):
            continue
        _insert_support(m, (short if q.random() < 0.7 else full, canon))
    n.axes.append("b57:vert")


# ---------------------------------------------------------------- streets and towns among the units

def _streets(n):
    p = n.place
    if p.kind == "district" and p.name in realnoise.STREETS:
        return realnoise.STREETS[p.name]
    if p.kind == "cls" and p.name in TOWNS:
        return TOWNS[p.name]
    return None


def streets(n):
    """A district's streets and a county-level city's towns among a measure's supports (the brief's 街道/镇 units of a
    district).  Drawn on P_STREET of the own government notices of the districts and county-level cities whose streets
    and towns the generator knows (realnoise.STREETS, levels.TOWNS), on P_STREET_ITEM of their measures (one at least):
    one or two of them before a closing catch-all, printed by the name alone (`平江街道`, `陈埭镇`) or with the office
    (`平江街道办事处`, `陈埭镇人民政府`).  Truth: docs/agencies.md (towns and streets belong to a county, district or
    county-level city notice: 城北街道 -> 西乡县城北街道办事处; canonical names are the place's full name before the
    body's): `苏州市姑苏区平江街道办事处`, `晋江市陈埭镇人民政府`."""
    names = _streets(n)
    if _d(n, "street") >= P_STREET or not _own_gov(n) or not names or not n.measures:
        return
    q = n.q57
    full = n.place.full
    hits = [m for m in n.measures if q.random() < P_STREET_ITEM] or [q.choice(n.measures)]
    for m in hits:
        for t in q.sample(names, q.choice([1, 1, 2])):
            office = "街道办事处" if t.endswith("街道") else "镇人民政府"
            base = t[:-2] if t.endswith("街道") else t[:-1]
            canon = full + base + office
            printed = base + office if q.random() < 0.35 else t
            if any(c == canon for _, c in m["lead"] + m["support"]):
                continue
            _insert_support(m, (printed, canon))
    n.axes.append("b57:street")


# ---------------------------------------------------------------- problems handed over for rectification (items)

PLACES_CHECKED = ["火车站广场", "人民公园", "中心农贸市场", "汽车客运站", "市民服务中心", "体育中心", "老城步行街",
                  "滨江公园", "图书馆", "实验小学周边"]
PROBLEMS = ["部分路段路面破损，雨后积水严重", "垃圾桶满溢，清运不及时", "存在占道经营、乱摆乱放现象", "公益广告数量不足，部分画面褪色",
            "非机动车未按划线区域停放", "绿化带内有烟头纸屑等垃圾", "公共厕所保洁不到位，标识不规范", "楼道内堆放杂物，消防通道堵塞",
            "墙面有乱贴乱画的小广告", "无障碍通道被占用", "小区内无防鼠灭鼠设施", "窨井盖缺失，存在安全隐患",
            "志愿服务站点无人值守", "禁烟标识缺失，有人吸烟"]
LIMITS = ["立即整改", "3天", "5天", "7天", "10个工作日", "立行立改、长期坚持", "长期坚持"]


def _limit(q, year):
    return q.choice(LIMITS + [f"{year}年{q.randint(3, 12)}月底前", f"{q.randint(3, 12)}月{q.randint(1, 28)}日前"])


def zhenggai_draws(n, form, plain):
    """Whether a labelled item list is a list of problems handed over for rectification (the table title then names
    such a list)."""
    if form != "labelled" or not plain or _d(n, "zgitems") >= P_ZGITEMS:
        return False
    q = n.q57
    n.table_title = n.table_title.split("年", 1)[0] + "年" + q.choice(
        ["创建全国文明城市督查发现问题整改清单", "创建国家卫生城市暗访发现问题交办清单", "城市管理专项督查问题整改清单"])
    n.axes.append("b57:zgitems")
    return True


def zhenggai_item(n, m, lab):
    """tests/fixtures/README.md "Problems handed over for rectification" (holdout problist-jingzhou, handover-puyang):
    each numbered item the problems found, as sentences (`…；…。`, 60 %) or as a place's name on the item's line over its
    sub-items `（1）…；` `（2）…。` (40 %), then `责任单位：X` (or `问题整改责任单位：X`) listing every unit of the measure, and
    `整改时限：3天` (a time limit as such lists print it) 85 % of the time.  The form's own item was drawn and set aside.
    Truth: the text the item as printed (the place line and its sub-items joined with nothing between), every unit
    named leads, no support, the deadline the time limit as printed (null where none is printed)."""
    q = n.q57
    colon = q.choice(["：", "：", ":"])
    probs = q.sample(PROBLEMS, q.choice([2, 2, 3]))
    out = []
    if q.random() < 0.6:
        m["text"] = "；".join(probs) + "。"
        out.append(("p", lab + m["text"]))
    else:
        place = q.choice(PLACES_CHECKED)
        subs = [f"（{i + 1}）{p}" + ("。" if i == len(probs) - 1 else "；") for i, p in enumerate(probs)]
        m["text"] = place + "".join(subs)
        out.append(("p", lab + place))
        out += [("p", s) for s in subs]
    m["lead"] = m["lead"] + m["support"]
    m["support"] = []
    label = q.choice(["责任单位", "责任单位", "问题整改责任单位"])
    from .forms import unit_list
    out.append(("p", f"{label}{colon}{unit_list(q, m['lead'])}"))
    if q.random() < 0.85:
        m["deadline"] = _limit(q, n.year)
        out.append(("p", f"整改时限{colon}{m['deadline']}"))
    else:
        m["deadline"] = None
    return out


# ---------------------------------------------------------------- a rectification table

PROBLEM_WORDS = ["存在问题", "反馈问题", "问题表现"]


def zhenggai_table(n, plan):
    """A rectification table (zhenggai-menyuan's 反馈问题 | … | 整改措施 | … | 整改时限, each row its own problem):
    `序号 | 存在问题 | 整改措施 | <lead> | <support> | 整改时限`.  tests/fixtures/README.md ("a 整改 list that prints its
    整改措施 has them as the measure") and docs/forms.md (a first column merged over the rows is the section; one printing
    each row's own is an extra column): the measure's text the 整改措施 cell, the problem kept beside it (not scored),
    units as drawn, the deadline the time limit as printed.  Drawn on html tables with no sections, no goal or progress
    columns and a deadline column; the cells axes (cells.py) are left off, as for a goal column."""
    if _d(n, "zgtable") >= P_ZGTABLE or n.sections or plan.get("goal") or plan.get("prog") or not plan["dl"] \
            or len(n.measures) > len(PROBLEMS):
        return
    q = n.q57
    plan["goal"] = q.choice(PROBLEM_WORDS)
    plan["task"] = "整改措施"
    plan["dl"] = "整改时限"
    n.table_title = n.table_title.split("年", 1)[0] + "年" + q.choice(
        ["巡察反馈问题整改任务清单", "审计发现问题整改清单", "督察反馈意见整改任务清单"])
    for m, p in zip(n.measures, q.sample(PROBLEMS, len(n.measures))):
        m["goal"] = p + "。"
        m["deadline"] = _limit(q, n.year)
    n.axes.append("b57:zgtable")


# ---------------------------------------------------------------- quarter columns beside the deadline

QUARTERS = [["一季度", "二季度", "三季度", "四季度"], ["第一季度", "第二季度", "第三季度", "第四季度"]]
STAGES = ["完成调查摸底", "完成方案制定", "启动实施", "开工建设", "完成年度任务的30%", "完成年度任务的50%", "完成年度任务的80%",
          "完成验收", "全面完成"]  # in the order a plan's steps come


def quarters(n, plan):
    """Quarter columns (`一季度 | 二季度 | 三季度 | 四季度`, or 第一季度 …) after the task column of an html table that prints
    a deadline column: each cell the stage due by then (`完成方案制定`, `完成年度任务的50%`), rising, now and then empty.
    docs/forms.md (a column whose header names a part of the year holds the stage due by then, kept beside the measure;
    tests/fixtures/README.md: a deadline printed beside a schedule is the deadline).  Truth unchanged: the deadline the
    deadline column's.  Not with another stream's columns (progress, goal, run-on labels, 备注, 分值); returns True when
    the cells axes must be left off (they index the columns row_cells prints)."""
    if _d(n, "qtr") >= P_QTR or not plan["dl"] or any(plan.get(k) for k in ("prog", "goal", "runon", "remark", "score")):
        return False
    q = n.q57
    plan["qtr57"] = q.choice(QUARTERS)
    for m in n.measures:
        k = sorted(q.sample(range(len(STAGES)), 4))
        cells = [STAGES[i] for i in k]
        if q.random() < 0.3:
            cells[q.randint(0, 2)] = ""
        m["qtr57"] = cells
    n.axes.append("b57:qtr")
    return True


# ---------------------------------------------------------------- several texts on one page

CN = "一二三四五六七八九十"


def _label(style, k, g):
    return f"{g}篇{CN[k - 1]}" if style == "pian" else f"【第{k}篇】{g}"


def collection(n, blocks, head_len, body_len, key, ext, wx, pair):
    """A model-text site's collection (holdout tentexts-collection; tests/fixtures/README.md "Several texts on one
    page"): the page's heading and <title> the collection's (`…方案(3篇)`, `…方案【精选3篇】`), the notice the first text
    under a label (`…方案篇一` or `【第1篇】…方案`), then one or two more texts of other places and years under labels of the
    same form: a title line, a sentence, three or four items closing with label brackets naming that place's units.
    Truth: the notice is the first text as before (its letter, or with no letter its heading as title), the later texts
    give no measures and no metadata; the collection's heading titles nothing.  Never a WeChat copy, a PDF's or box
    text, an attachment pair or a one-line copy.  Returns the blocks (and sets n.coll57: the page's heading, n.shift57:
    the blocks put before the head)."""
    if _d(n, "coll") >= P_COLL or wx or pair or key in ("text-box", "text-layout"):
        return blocks
    q = n.q57
    tt = n.table_title
    g = tt.split("年", 1)[1] if "年" in tt else tt
    style = q.choice(["pian", "pian", "num"])
    others = [p for p in places.PLACES if p["city"] != n.place.city]
    k_texts = q.choice([2, 2, 3])
    extra = []
    for k in range(2, k_texts + 1):
        p = q.choice(others)
        year = q.choice([y for y in range(2016, 2026) if y != n.year])
        extra.append(("head", _label(style, k, g)))
        extra.append(("title", f"{p['city']}{year}年{g}"))
        extra.append(("p", f"为深入贯彻落实{year}年{p['city'][:-1]}工作部署，结合本市实际，制定本方案。"))
        for i in range(q.randint(3, 4)):
            lead, sup = q.sample(places.CITY_DEPTS, 2)
            extra.append(("p", f"{i + 1}.{words.task_text(q)}（牵头单位：市{lead[0]}；配合单位：市{sup[0]}）"))
    first = [("head", _label(style, 1, g))]
    n.coll57 = q.choice([f"{g}({k_texts}篇)", f"{g}【精选{k_texts}篇】", f"{g}(通用{k_texts}篇)"])
    n.shift57 = 1
    n.axes.append("b57:coll")
    end = head_len + body_len
    return first + blocks[:end] + extra + blocks[end:]
