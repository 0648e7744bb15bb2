"""Session 44 axes (a sixth stream, `blindsynth-v:<seed>`, so a seed that draws none of them prints the
bytes it printed before): shapes of holdout batches 30-32 the generator did not draw, each with its truth by a
written rule (docs/blindsynth.md "Session 44 axes").

- dash topic lines heading the items (pagenine-wuhan-2023-1, topicline-xianan-2023-1): `——推进…` paragraphs
  over items numbered on across them.  README "sections": a heading printing no number has label null; the
  sections are numbered by their place (1..k), the dashes are a bullet, no part of the title (docs/forms.md
  "Numbering and metadata": `——` is a label, not text).
- a note in an item's bracket giving a catch-all to every item from there on (rulenote-jingmen-2021-9, the
  dev fixture written from a 荆门 2021 notice; docs/forms.md "Conventions stated in the letter"):
  `（牵头单位：X；配合单位：Y，各县市区，以下各项均需各县市区落实，不再逐项列出）` -> the group supports that item
  and every later one that does not name it (appended after the units it prints); where the bracket's one
  label is a bare 责任单位 the group leads with the others there, as the fixture's first item.
- a letter signed by no name, its date printed as digits alone (deptoffice-wuhu-2024-3; docs/forms.md
  "Numbering and metadata": seven or eight digits alone on a line after the recipients, one valid split only,
  within a few days of the page's shown date; an unnumbered letter no name signs is issued by its information
  line's source naming a body with its place): no doc number, the title without its issuer, the page's info
  line `发布时间：<1-3 days later> … 信息来源：<the office's full name>`.
- a street's or a town's own notice in a DISTRICT (docs/agencies.md "Towns as the notice's place": the
  district is the government a street's notice reads departments against; a level prefix names the place
  above the street, 区财政局 -> 株洲市荷塘区财政局, 市生态环境局 -> 株洲市生态环境局; its own offices printed bare
  stay unresolved; session 42 drew towns in county-level cities only): signed `株洲市荷塘区月塘街道办事处`,
  the title by the short name.  No police or justice station: a district's police is a 分局, whose station
  name the writer leaves alone.
"""

import datetime as dt

from . import places

P_DASH = 0.12        # of item lists with sections (not nested, grouped, restarting or led by 一、总体要求)
P_RULE_NOTE = 0.12   # of inline-label item lists (not grouped) with three items or more
P_DIGIT_DATE = 0.07  # of HTML pages with a letter (not a WeChat copy, not a town's notice)
P_STREET = 0.25      # of a district's notices with a letter (the districts below)

# district -> its streets and towns (real ones the writer is sure of)
STREETS = {
    "姑苏区": ["平江街道", "沧浪街道", "双塔街道", "金阊街道", "虎丘街道", "吴门桥街道"],
    "吴中区": ["长桥街道", "越溪街道", "郭巷街道", "木渎镇", "甪直镇", "光福镇"],
    "荷塘区": ["月塘街道", "宋家桥街道", "茨菇塘街道"],
    "芦淞区": ["建设街道", "贺家土街道", "庆云街道"],
    "涪城区": ["城厢街道", "城郊街道"],
    "西工区": ["王城路街道", "金谷园街道", "唐宫路街道", "汉屯路街道"],
    "老城区": ["西关街道", "东南隅街道", "西南隅街道"],
    "奎文区": ["东关街道", "大虞街道", "梨园街道", "廿里堡街道"],
    "鲤城区": ["开元街道", "鲤中街道", "海滨街道", "临江街道", "浮桥街道"],
    "丰泽区": ["东湖街道", "丰泽街道", "泉秀街道", "清源街道"],
    "城中区": ["城中街道", "公园街道", "中南街道", "潭中街道"],
    "西陵区": ["西陵街道", "学院街道", "云集街道", "葛洲坝街道", "窑湾街道"],
    "伍家岗区": ["大公桥街道", "万寿桥街道", "宝塔河街道", "伍家岗街道"],
}
# a street's or town's own offices (docs/agencies.md town_offices: printed bare they stay unresolved)
STREET_OFFICES = ["党政办公室", "党政办", "经济发展办公室", "社会事务办公室", "综合行政执法队",
                  "便民服务中心", "应急管理办公室", "退役军人服务站", "社会治安综合治理中心"]


# ---------------------------------------------------------------- a street's notice in a district

def draw_place(n, vrng, letter_possible):
    """Settle the street axis on the notice's place (after issuers.draw and levels.draw)."""
    p = n.place
    p.vrng = vrng
    p.district_street = False
    r = vrng.random()
    if (letter_possible and p.issuer == "gov" and p.kind == "district" and p.name in STREETS
            and r < P_STREET):
        street(p, vrng)
        n.axes.append(f"district-{'street' if p.street else 'town'}:{p.town}")


def street(p, vrng):
    t = vrng.choice(STREETS[p.name])
    is_street = t.endswith("街道")
    p.issuer = "town"
    p.district_street = True
    p.district = p.name
    p.town = t
    p.town_short = t[:-2] if is_street else t[:-1]
    p.street = is_street
    body = "办事处" if is_street else "人民政府"
    p.office = p.full + t + body  # 株洲市荷塘区月塘街道办事处
    p.office_short = t + body
    p.site = p.office
    p.src = p.office_short
    p.name = t  # the table's title opens with the street (月塘街道2024年…)
    # p.full stays the district's: 区财政局 -> 株洲市荷塘区财政局
    p.doc = p.town_short[:2] + ("街办发" if is_street else "政发")
    if is_street:
        p.recipients = [("各社区居委会，街道各部门：", ["各社区居委会", "街道各部门"]),
                        ("各社区，街道各办（所、站）：", ["各社区", "街道各办（所、站）"])]
        p.catchalls = ["各社区", "街道各部门"]
        p.gov = "街道党工委、办事处"
    else:
        p.recipients = [("各村（社区），镇直各单位：", ["各村（社区）", "镇直各单位"])]
        p.catchalls = ["各村（社区）", "镇直各单位"]
        p.gov = "镇党委、镇政府"
    p.lower = []
    p.signs = {}


def street_units(p, k):
    """The street's own offices (mostly), the district's departments printed with 区 or the district's
    name, now and then a city department printed with 市."""
    rng = p.vrng
    out, seen = [], set()
    offices = rng.sample(STREET_OFFICES, len(STREET_OFFICES))
    for i in range(k):
        r = rng.random()
        if r < 0.55:
            u = (offices[i], "unresolved")
        elif r < 0.9:
            d = rng.choice(places.LOCAL_DEPTS)
            printed = rng.choice(["区" + d[0], "区" + d[1], p.district + d[1]])
            u = (printed, p.full + d[1])
        else:
            d = rng.choice(places.CITY_DEPTS[:20])  # not 税务局: a vertical body's name of its own
            u = ("市" + d[0], p.city + d[1])
        if u[0] in seen or any(u[0].startswith(s) or s.startswith(u[0]) for s in seen):
            continue  # 党政办 beside 党政办公室 would be one office twice
        seen.add(u[0])
        out.append(u)
    return out or [(offices[0], "unresolved")]


# ---------------------------------------------------------------- dash topic lines

def dash_topics(n, form, nested, grouped, shift):
    """Whether the list's section headings print as `——title` lines (label null)."""
    v = getattr(n, "vrng", None)
    if v is None or not n.sections or nested or grouped or shift or n.restart:
        return False
    if v.random() >= P_DASH:
        return False
    for s in n.sections:
        s["label"] = None
    n.axes.append("dash-topics")
    return True


def dash_line(n, s):
    kind = n.vrng.choice(["indent", "indent", "head"])
    return (kind, "——" + s["title"])


# ---------------------------------------------------------------- a rule note in an item's bracket

def rule_note_at(n, form, grouped):
    """The index of the item whose bracket carries the note, or None."""
    v = getattr(n, "vrng", None)
    if v is None or form != "inline-label" or grouped or len(n.measures) < 3:
        return None
    if v.random() >= P_RULE_NOTE:
        return None
    return 0 if v.random() < 0.7 else 1


def rule_note_item(n, m, lab, unit_list):
    """The item's line with the note (the item's first-stream draws were made already); sets its truth."""
    v = n.vrng
    group = n.place.catchalls[0]
    note = f"以下各项均需{group}落实，不再逐项列出"
    n.rule_group = group
    lead = [u for u in m["lead"] if u[0] != group]
    sup = [u for u in m["support"] if u[0] != group]
    if sup:
        lead_l = v.choice(["牵头单位", "牵头部门"])
        sup_l = v.choice(["配合单位", "责任单位"])
        m["lead"], m["support"] = lead, sup + [(group, None)]
        body = f"{lead_l}：{unit_list(v, lead, sep='、')}；{sup_l}：{unit_list(v, sup, sep='、')}，{group}，{note}"
    else:
        m["lead"], m["support"] = lead + [(group, None)], []
        body = f"责任单位：{unit_list(v, lead, sep='、')}，{group}，{note}"
    m["deadline"] = None
    n.axes.append(f"rule-note:{m['measure_no']}")
    return [("p", lab + m["text"] + "（" + body + "）")]


def rule_note_apply(n, k):
    """Every item after the k-th that names no such group takes it as support (after its own)."""
    group = n.rule_group
    for m in n.measures[k + 1:]:
        if group not in [u[0] for u in m["lead"] + m["support"]]:
            m["support"] = m["support"] + [(group, None)]


# ---------------------------------------------------------------- a digits-only date, no signer

def digit_date(n, head, meta, eligible):
    """Rewrite the letter so no name signs it and its date prints as digits alone; the page's info line
    names the office with its place as the source.  Returns True when drawn."""
    v = getattr(n, "vrng", None)
    p = n.place
    if v is None or not eligible or p.issuer == "town" or v.random() >= P_DIGIT_DATE:
        return False
    d = n.sign_date
    short = f"{d.year}{d.month}{d.day}"
    digits = short if len(short) == 7 and _one_split(short) else f"{d.year}{d.month:02d}{d.day:02d}"
    out = []
    for kind, text in head:
        if meta["doc_number"] and kind == "center" and (text.endswith("号") or text.endswith("文件")):
            continue  # the doc number and its letterhead: an unnumbered letter
        if kind == "right" and text == p.office:
            continue  # no name signs (the seal was an image)
        if kind == "title" and text == p.office_short:
            continue  # the title block's issuer line
        if kind == "right" and any(ch.isdigit() or ch == "○" for ch in text) and "此件" not in text:
            text = digits
        out.append((kind, text))
    head[:] = out
    meta["doc_number"] = None
    old = meta["title"]
    if old.startswith(p.office_short + "关于"):
        meta["title"] = old[len(p.office_short):]
        head[:] = [(k, meta["title"] if k == "title" and t in (old, meta["title"]) else t) for k, t in head]
    meta["issuer"] = p.office
    post = d + dt.timedelta(days=v.randint(1, 3))
    n.info_line = (f"发布时间：{post.isoformat()} {v.randint(8, 17):02d}:{v.randint(0, 59):02d}　"
                   f"信息来源：{p.office}　阅读次数：")
    n.axes.append(f"digit-date:{digits}")
    return True


def _one_split(s):
    """Whether the digits after the year split one way only into a valid month and day."""
    y, rest = int(s[:4]), s[4:]
    ok = 0
    for i in (1, 2):
        try:
            dt.date(y, int(rest[:i]), int(rest[i:]))
            ok += 1
        except ValueError:
            pass
    return ok == 1
