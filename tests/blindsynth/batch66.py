"""Session 66 axes (a twenty-eighth stream, `blindsynth-s66:<seed>`): shapes real notices print, with a rule in
tests/fixtures/README.md, docs/forms.md or docs/agencies.md for their truth, that none of the twenty-seven earlier
streams drew (docs/blindsynth.md "Session 66 axes").

- a city bureau's branch in the district or county-level city among the notice's own units, printed with the bureau and
  the place (`市生态环境局荷塘分局`, `市公安局西工区分局`; 咸宁市咸安区 2023's `市生态环境局咸安分局` as a lead): docs/agencies.md
  (a district's or county's branch of a city bureau printed with the bureau and the place is named as printed, under the
  city; a county-level city's under its prefecture)
- one unit list printed in runs, 、 inside a run and ， (or an ASCII comma) between two runs (`区发改局、区财政局，区商务局`:
  鞍山市立山区 2023, 咸安区 2023): every unit as printed, unchanged
- the letter's numbered list of attachments, the notice's list the first entry and one or two other lists after it, now
  and then a sentence on changes of the leaders named (银川市兴庆区 2018, 西乡县 2023): the plan's heading over the table
  still names it (tests/fixtures/README.md `table_title`); the list is letter (docs/forms.md)
- ASCII angle marks for the report's book-title marks inside 《》 (`《株洲市2024年<政府工作报告>…》`: 盘锦市大洼区 2021,
  高唐县 2024): the title as printed, marks and all
- the xxgk box printed two fields a row, its labels letter-spaced with no colon (`索 引 号 … 发文日期 …`, `文    号`:
  蔡甸区 2023) or each label in spaced square brackets with bars between the cells (`[ 索引号 ] | … | [ 发文字号 ] | …`:
  巴南区木洞镇 2024), its 发布机构 the office's short name with no place or the place alone: truth unchanged
- a bracket in the letter saying a lone responsible unit leads (`牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要…`: 武汉市
  2023): no first-listed rule (docs/forms.md "Conventions stated in the letter"), truth unchanged
- the portal's heading printing the plan's name with the doc number in brackets after it, its information line
  `来源:<the government's short name>   <posting day> hh:mm` and a line `浏览量:N | | | |` (华容县 2021): chrome, truth
  unchanged

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random
import re

from . import batch59

P_BRANCH = 0.3       # of a district's or county-level city's own government notices
P_BRANCH_ITEM = 0.3  # of their measures (one at least)
P_BRANCH_LEAD = 0.3  # of those, the branch the measure's one lead (咸安区's 牵头单位)
P_MIX = 0.5          # of labelled and inline-label item lists
P_MIX_ITEM = 0.7     # of their items holding a joint between two named units in one label's value
P_ANNEX = 0.12       # of letters whose plan's heading stands over the list
P_CHANGE = 0.5       # of those, the sentence on changes of the leaders named
P_ANGLE = 0.5        # of notices printing session 65's 〈政府工作报告〉 inside 《》
P_BOX = 0.35         # of pages printing the first stream's xxgk box over a signed, dated letter
P_LONE = 0.12        # of letters over item lists stating no first-listed rule
P_NUMHEAD = 0.08     # of HTML pages and text copies printing the chrome over a letter printing its doc number
AXES = ["branch", "mix", "annex", "angle", "box", "lone", "numhead"]

REPORT = "政府工作报告"
# a city bureau printed short, its body's name (places.CITY_DEPTS), the bodies docs/agencies.md names district branches of
BRANCH_BUREAUS = [("公安局", "公安局"), ("市场监管局", "市场监督管理局"), ("生态环境局", "生态环境局")]
# 江苏's 2019 reform: a district's or county's environment bureau is the city bureau's office named before 生态环境局
# (苏州市吴中生态环境局), not a 分局 (docs/agencies.md)
NO_ENV_BRANCH = {"苏州市"}
OTHER_LISTS = ["{y}年民生实事项目任务分解表", "{y}年重点项目建设任务表", "{y}年为民办实事项目清单",
               "{y}年重点改革任务清单", "{y}年十件民生实事任务一览表"]
CHANGES = ["附件中责任领导和责任人如有变动，由接任的同志负责，不再另行发文调整。",
           "以下附件中的责任领导、责任人发生变动的，由继任者承担相应责任，一般不另行行文。"]
LONE = ["牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要统筹推进，按季度报送进展情况。",
        "各牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要制定具体措施，明确完成时限。",
        "牵头单位（没有牵头单位的，责任单位即为牵头单位，下同）要加强统筹，配合单位要积极支持。"]


def draw(n, seed, key):
    """The twenty-eighth stream and each axis's draw (a number each, drawn whether or not the axis may apply); the unit
    axis is applied here, on the measures, before any form prints them."""
    q = random.Random(f"blindsynth-s66:{seed}")
    n.q66 = q
    n.d66 = {k: q.random() for k in AXES}
    n.key66 = key
    branches(n)


def _d(n, k):
    d = getattr(n, "d66", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b66:" + k not in n.axes:
        n.axes.append("b66:" + k)


# ---------------------------------------------------------------- a city bureau's branch in the place

def _branches(n):
    """(printed, canonical) of the city bureaus' branches the place has, as docs/agencies.md names them: a district's
    police, market and environment branches printed with the bureau and the district's short name or its full one
    (`市公安局荷塘分局` -> `株洲市公安局荷塘分局`, `市生态环境局西工区分局` -> `洛阳市生态环境局西工区分局`); a county-level city's
    environment branch (`市生态环境局醴陵分局` in a 醴陵市 notice -> `株洲市生态环境局醴陵分局`: 市 the city above)."""
    p = n.place
    q = n.q66
    out = []
    if p.kind == "district":
        for short, body in BRANCH_BUREAUS:
            if body == "生态环境局" and p.city in NO_ENV_BRANCH:
                continue
            at = p.name[:-1] if q.random() < 0.75 else p.name
            out.append((f"市{short}{at}分局", f"{p.city}{body}{at}分局"))
    elif p.kind == "cls" and p.city not in NO_ENV_BRANCH:
        at = p.name[:-1]
        out.append((f"市生态环境局{at}分局", f"{p.city}生态环境局{at}分局"))
    return out


def _insert_support(m, unit):
    """Before a closing catch-all (canonical None), else at the end."""
    sup = m["support"]
    i = len(sup)
    while i and sup[i - 1][1] is None:
        i -= 1
    sup.insert(i, unit)


def branches(n):
    """A city bureau's branch in the district or county-level city among a measure's units (咸安区 2023: `牵头单位：市生态环境局
    咸安分局`).  Drawn on P_BRANCH of a district's or county-level city's own government notices, on P_BRANCH_ITEM of their
    measures (one at least): the branch closes the named supports (before a catch-all), or, P_BRANCH_LEAD of the time on
    a measure of one lead, it is the lead in that unit's place.  Truth: docs/agencies.md ("A district's or county's
    branch of a city bureau printed with the bureau and the place is named as printed, under the city … The police's and
    the market regulator's district branches printed with the city bureau and the place are named as printed too"; a
    county-level city's "branch of its prefecture's bureau printed with the place is named under the prefecture",
    市生态环境局义乌分局 in an 义乌市 notice -> 金华市生态环境局义乌分局): the canonical names above."""
    p = n.place
    if _d(n, "branch") >= P_BRANCH or p.issuer != "gov" or p.kind not in ("district", "cls") or not n.measures:
        return
    q = n.q66
    kinds = _branches(n)
    if not kinds:
        return
    hits = [m for m in n.measures if q.random() < P_BRANCH_ITEM] or [q.choice(n.measures)]
    drawn = False
    for m in hits:
        unit = q.choice(kinds)
        lead_it = q.random() < P_BRANCH_LEAD
        if any(c == unit[1] for _, c in m["lead"] + m["support"]):
            continue
        if lead_it and len(m["lead"]) == 1 and not isinstance(m["lead"][0], batch59.Conj):
            m["lead"][0] = unit
        else:
            _insert_support(m, unit)
        drawn = True
    if drawn:
        _mark(n, "branch")


# ---------------------------------------------------------------- one list printed in runs

def list_draws(n, form, plain):
    """("mix",) where this list's label values may print their units in runs (plain, whether the items print the form's
    own labels, is not asked: `item` finds the label's value as printed, whatever stream shaped the item)."""
    if form in ("labelled", "inline-label") and _d(n, "mix") < P_MIX:
        return ("mix",)
    return ()


_LABEL_LINE = re.compile(r"^[^：:｜，,（(]{2,12}[：:｜]")


def _bracket(text):
    """The item's closing label bracket (from its last opener), or ''."""
    k = max(text.rfind("（"), text.rfind("("))
    return text[k:] if k >= 0 else ""


def _runs_ok(form, text, joint):
    """Whether the joint stands in a label's value this shape may part by a comma: a labelled item's label line, or an
    inline-label bracket whose labels are parted by ； (never by a comma), holding no comma yet."""
    if form == "labelled":
        return bool(_LABEL_LINE.match(text)) and "，" not in text and "," not in text and joint in text
    br = _bracket(text)
    return ("；" in br or ";" in br) and "，" not in br and "," not in br and joint in br and ("：" in br or ":" in br)


def item(n, blocks, m, form, shapes):
    """The item's blocks with one 、 between two named units of one list printed as ， (70 %) or `,`: the list in two runs
    (立山区 2023 `立山经济开发区，各街道、区直各部门`, 咸安区 2023 `区发改局、区自然资源和规划局、区林业局,区经发集团,相关乡镇办`).
    P_MIX_ITEM of the items holding such a joint printed once, in a label's value.  Truth: tests/fixtures/README.md "Lists"
    (unit names as printed, after splitting; a list's pieces are parted by 、, ， or spaces alike, as the first stream's
    lists joined by ， read): every unit as before, in printed order."""
    if "mix" not in shapes or not blocks:
        return blocks
    q = n.q66
    if q.random() >= P_MIX_ITEM:
        return blocks
    joints = []
    for role in ("lead", "support"):
        us = m[role]
        if any(isinstance(u, batch59.Conj) for u in us):
            continue
        for a, b in zip(us, us[1:]):
            if a[1] is not None and b[1] is not None:
                joints.append(a[0] + "、" + b[0])
    sep = "，" if q.random() < 0.7 else ","
    for joint in q.sample(joints, len(joints)):
        texts = [t for k, t in blocks if k != "html"]
        if sum(t.count(joint) for t in texts) != 1:
            continue
        for i, (k, t) in enumerate(blocks):
            if k != "html" and joint in t and _runs_ok(form, t, joint):
                blocks = list(blocks)
                blocks[i] = (k, t.replace(joint, joint.replace("、", sep)))
                _mark(n, "mix")
                return blocks
    return blocks


# ---------------------------------------------------------------- the letter

def _text_at(head):
    """Index of the letter's text paragraph (`《…》已经…同意，现印发给你们…`), or None."""
    for i, (k, t) in enumerate(head):
        if k == "indent" and "印发给你们" in t:
            return i
    return None


def letter(n, head, meta, key):
    """This stream's shapes of the letter, printed on the letter's blocks (head) once the earlier streams printed theirs;
    meta (the letter's truth) mended where a shape changes what it says.  Returns whether any was drawn."""
    if n.letterless:
        return False
    drawn = angle(n, head, meta)
    drawn = lone_rule(n, head, key) or drawn
    drawn = annex_list(n, head, meta) or drawn
    return drawn


def angle(n, head, meta):
    """ASCII angle marks for 〈〉 where the report's name stands inside the plan's name in 《》 (盘锦市大洼区 2021
    `《<政府工作报告>任务分解表》`, 高唐县 2024 `《<2024年政府工作报告目标任务分工方案>的通知》`): the letter's text and, where session
    65 printed it so, the title.  P_ANGLE of the notices printing session 65's 〈政府工作报告〉.  Truth: tests/fixtures/README.md
    `title` (the title as printed): `关于印发《株洲市2024年<政府工作报告>…》的通知`, the marks kept as printed; the plan's own
    heading (one level of 《》) and the table title unchanged."""
    inner = "〈" + REPORT + "〉"
    if _d(n, "angle") >= P_ANGLE or "b65:nested" not in n.axes:
        return False
    done = False
    i = 0
    while i < len(head):
        # a run of blocks of one kind (session 65 broke the title over two title lines, inside the marks now and then):
        # the marks replaced in the run's joined text, one character for one, and the run cut again where it was cut
        j = i + 1
        while head[i][0] == "title" and j < len(head) and head[j][0] == "title":
            j += 1
        k = head[i][0]
        run = [t for _, t in head[i:j]]
        text = "".join(run)
        if k != "html" and inner in text:
            text = text.replace(inner, "<" + REPORT + ">")
            at = 0
            for x in range(i, j):
                head[x] = (k, text[at:at + len(run[x - i])])
                at += len(run[x - i])
            done = True
        i = j
    if not done:
        return False
    if meta.get("title") and inner in meta["title"]:
        meta["title"] = meta["title"].replace(inner, "<" + REPORT + ">")
    _mark(n, "angle")
    return True


_RULE_AXES = ("first", "rule", "default", "copula", "huizong", "b60:")


def lone_rule(n, head, key):
    """A sentence of the letter whose bracket says a lone responsible unit leads (武汉市 2023's letter: `各牵头单位（无牵头单位的，
    责任单位即为牵头单位，下同）要…`), after the letter's first sentence.  P_LONE of the letters over item lists (labelled,
    inline-label, inline-verb, prose, a heading naming its lead) stating no first-listed rule anywhere.  Truth: docs/forms.md
    "Conventions stated in the letter" (the rule's grammar needs a first place; "where no lead is named, the responsible
    units lead (无牵头单位的，责任单位即为牵头单位)"): what the items print already says so, truth unchanged."""
    if _d(n, "lone") >= P_LONE or key not in ("labelled", "inline-label", "inline-verb", "prose", "headlead"):
        return False
    if n.convention or n.letter_convention or any(r in a for a in n.axes for r in _RULE_AXES):
        return False
    at = _text_at(head)
    if at is None:
        return False
    k, t = head[at]
    cut = t.find("。")
    if cut < 0:
        return False
    head[at] = (k, t[:cut + 1] + n.q66.choice(LONE) + t[cut + 1:])
    _mark(n, "lone")
    return True


def annex_list(n, head, meta):
    """The letter's numbered list of attachments (银川市兴庆区 2018 `附件：1.…` / `2.…` / `3.…`, 西乡县 2023): the notice's list
    the first entry, one or two other lists of the place's year after it (`2.株洲市2024年民生实事项目任务分解表`), each on a line
    of its own, in place of the letter's `附件：` line (or, where it printed none, over the signature); half the time a sentence
    before it on changes of the leaders named (兴庆区's).  P_ANNEX of the letters whose plan's heading stands over the list.
    Truth: tests/fixtures/README.md `table_title` ("a later entry of the letter's numbered list of attachments" names no
    table; the line that names the table is the one printed directly over it) and docs/forms.md (numbered lines after an
    附件 line are still letter): the heading over the table names it, unchanged; the entries are no measures."""
    tt = n.table_title
    if _d(n, "annex") >= P_ANNEX or meta.get("table_title") != tt or not head or head[-1] != ("center", tt):
        return False
    q = n.q66
    at = next((i for i, b in enumerate(head) if b == ("indent", f"附件：{tt}")), None)
    if at is None:
        at = next((i for i, b in enumerate(head) if b == ("right", n.place.office)), None)
        if at is None:
            return False
        keep = 0
    else:
        keep = 1
    others = [n.place.name + o.format(y=n.year) for o in q.sample(OTHER_LISTS, q.choice([1, 2]))]
    mark = q.choice([".", ".", "、", "．"])
    lines = [("indent", f"附件：1{mark}{tt}")] + [("indent", f"{i + 2}{mark}{o}") for i, o in enumerate(others)]
    if q.random() < P_CHANGE:
        lines.insert(0, ("indent", q.choice(CHANGES)))
    head[at:at + keep] = lines
    _mark(n, "annex")
    return True


# ---------------------------------------------------------------- the page

def _signed(n):
    """The letter's truth as the first stream signs and dates it (the guard session 65's box uses)."""
    meta = getattr(n, "meta62", None)
    if n.letterless or not meta or getattr(n, "wx49", False):
        return None
    sig = getattr(n, "sign_date", None)
    if sig is None or meta.get("date") != sig.isoformat() or meta.get("issuer") != n.place.office:
        return None
    if any(a.startswith(("digit-date", "b49:undated", "b48:gazette", "b51:", "b44:", "b64:nori")) for a in n.axes):
        return None
    num = meta.get("doc_number")
    if num is not None and not num.endswith("号"):
        return None
    return meta


def info_box(n, box, post):
    """The first stream's xxgk box printed two fields a row: 蔡甸区 2023's labels letter-spaced with no colon (`索 引 号` |
    `发文日期` / `发布机构` | `文    号` / `分   类` | `有 效 性`), its 发布机构 the office's short name with no place
    (`区人民政府办公室`), or 巴南区木洞镇 2024's labels in spaced square brackets (`[ 索引号 ]` | `[ 发文字号 ]` / `[ 主题分类 ]` |
    `[ 体裁分类 ]` / `[ 发布机构 ]` | `[ 有效性 ]` / `[ 成文日期 ]` | `[ 发布日期 ]`), its 发布机构 the place alone.  P_BOX of the
    pages printing the first stream's box over a signed, dated letter (session 65's box not drawn).  Returns the fields
    (label, value) in printed order and sets the style `box_rows` prints; the box unchanged where not drawn.  Truth
    unchanged: the letter's own number, office and day (the document's words before the page's, docs/forms.md)."""
    if not box or _d(n, "box") >= P_BOX or "b65:box" in n.axes or box[0][0] != "索引号":
        return box
    meta = _signed(n)
    if meta is None:
        return box
    q = n.q66
    num = meta.get("doc_number") or ""
    sig = n.sign_date.isoformat()
    if q.random() < 0.5 and n.place.issuer == "gov":
        n.box66 = "spaced"
        fields = [("索 引 号", box[0][1]), ("发文日期", sig), ("发布机构", n.place.word + "人民政府办公室"),
                  ("文    号", num), ("分   类", "政务公开"), ("有 效 性", "有效")]
    else:
        n.box66 = "square"
        fields = [("[ 索引号 ]", box[0][1]), ("[ 发文字号 ]", num), ("[ 主题分类 ]", "综合政务"), ("[ 体裁分类 ]", "公文"),
                  ("[ 发布机构 ]", n.place.full), ("[ 有效性 ]", ""), ("[ 成文日期 ]", sig), ("[ 发布日期 ]", post)]
    _mark(n, "box")
    return fields


def box_rows(n, box, html):
    """The box's rows as this stream prints them (two fields a row), or None where the first stream's rows print."""
    style = getattr(n, "box66", None)
    if not style or not box:
        return None
    pairs = [box[i:i + 2] for i in range(0, len(box), 2)]
    if html:
        import html as _html
        e = lambda s: _html.escape(s, quote=False)  # noqa: E731
        return '<table class="xxgk">' + "".join(
            "<tr>" + "".join(f"<td>{e(k)}</td><td>{e(v)}</td>" for k, v in row) + "</tr>" for row in pairs) + "</table>"
    if style == "square":
        return ["".join(f"{k} | {v} | " for k, v in row).rstrip() for row in pairs]
    return [" ".join(f"{k} {v}" for k, v in row) for row in pairs]


def numhead_info(n, info, post):
    """The information line as 华容县's 2021 page prints it, `来源:<the government's short name>   <posting day> hh:mm` (ASCII
    colon, three spaces), where the page's heading prints the plan's name and the doc number (`heading`).  P_NUMHEAD of the
    pages and text copies printing the chrome over a letter printing its doc number, whose information line is the first
    stream's (no session-44 or -49 line dating the letter, no bracketed line of session 62), no collection's page."""
    if _d(n, "numhead") >= P_NUMHEAD or getattr(n, "info_line", None) or "b62:info" in n.axes \
            or getattr(n, "coll57", None):
        return info
    meta = _signed(n)
    if meta is None or not meta.get("doc_number"):
        return info
    q = n.q66
    n.views66 = f"浏览量:{q.randint(1, 300)} | | | |"
    _mark(n, "numhead")
    return f"来源:{n.place.name}政府   {post} {q.randint(8, 17):02d}:{q.randint(0, 59):02d}"


def heading(n, title):
    """The page's own heading: the plan's name and the doc number in ASCII brackets after it (华容县 2021
    `2021年县政府重点工作任务(华政发〔2021〕2号)`) where `numhead_info` drew.  Truth: tests/fixtures/README.md `title` (a page whose
    content prints its own title line is titled by it, the page's heading only where the content prints none): unchanged,
    as are the doc number (the letter's) and the table title (the line over the table)."""
    if not getattr(n, "views66", None):
        return title
    return f"{n.table_title}({n.meta62['doc_number']})"


def views_line(n):
    """`浏览量:N | | | |` under the information line (a share bar's icons lost), where `numhead_info` drew; chrome."""
    return getattr(n, "views66", None)
