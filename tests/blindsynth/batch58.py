"""Session 58 axes (a twentieth stream, `blindsynth-s58:<seed>`): shapes real notices print, with a rule in
tests/fixtures/README.md or docs/forms.md for their truth, that none of the nineteen earlier streams drew
(docs/blindsynth.md "Session 58 axes").

- articles `第二条` under chapters `第二章`, a 总则 chapter first and a 附则 chapter last (articles-xiangyin, batch 70)
- items marked by a bullet `●` and numbered by their place (docs/forms.md "Numbering and metadata")
- deadlines a plan prints with no date: `按上级要求`, `方案印发后一个月内`, `汛期前`, `2023—2025年`, `每年12月底前`
- a project table printing the project's owner (`项目业主`) beside the column that assigns it (conv57, batch 69)
- a district's or a county-level city's bureau named with its place among a city notice's supports (`荷塘区发改局`)

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import html as _html
import random
import re

from . import places, words

P_ART = 0.9       # of inline-label item lists with sections drawing no other stream's item shape
P_BULLET = 0.5   # of labelled / inline-label / inline-verb item lists drawing no other stream's item shape
P_DLWORD = 0.25   # of notices whose deadline stands in a column or after a label (tables, labelled items)
P_DLWORD_ITEM = 0.4
P_OWNER = 0.3    # of a government's html tables that are not transposed and no project-merge table
P_DISTRICT = 0.25  # of a city government's own notices
P_DISTRICT_ITEM = 0.3
AXES = ["art", "bullet", "dlword", "owner", "district"]


def draw(n, seed, key):
    """The twentieth stream and each axis's draw (a number each, drawn whether or not the axis may apply); the unit and
    deadline axes are applied here, on the measures, before any form prints them."""
    q = random.Random(f"blindsynth-s58:{seed}")
    n.q58 = q
    n.d58 = {k: q.random() for k in AXES}
    n.key58 = key
    deadline_words(n, key)
    district_units(n)


def _d(n, k):
    d = getattr(n, "d58", None)
    return 1.0 if d is None else d[k]


# ---------------------------------------------------------------- deadlines a plan prints with no date

DL_KEYS = ("html-table", "text-tab", "text-bar", "text-bl", "text-sp", "text-pipe", "xlsx-table", "docx-table",
           "labelled")


def _dl_word(q, year):
    return q.choice(["按上级要求", "按上级要求时限完成", "方案印发后一个月内", "文件印发后3个月内", "汛期前", "主汛期前",
                     f"{year}—{year + 2}年", f"{year}-{year + 2}年", "每年12月底前", f"每年{q.randint(3, 11)}月底前",
                     "常态化推进", f"{year}年起长期坚持"])


def deadline_words(n, key):
    """A deadline that names no date of the year (`按上级要求`, `方案印发后一个月内`, `汛期前`), a span of years
    (`2023—2025年`), a date recurring every year (`每年12月底前`) or a standing one (`常态化推进`, `2023年起长期坚持`), as
    real plans print them in a 完成时限 column or line.  tests/fixtures/README.md (`measures[].deadline`: the wording as
    printed; "A recurring time in an item's assignment": `每年6月底前` is the deadline).  Drawn only where the deadline
    stands in a column or after a label (tables, labelled items: never opening a bracket, where a clause of no date could
    be read as a note), on P_DLWORD_ITEM of the notice's measures (one at least), never in a notice drawing session 56's
    spellings (its deadlines are respelled already).  Truth: the deadline as printed (null
    where the form prints none, as before)."""
    if key not in DL_KEYS or _d(n, "dlword") >= P_DLWORD or not n.measures or "b56:dl" in n.axes:
        return
    q = n.q58
    hits = [m for m in n.measures if q.random() < P_DLWORD_ITEM] or [q.choice(n.measures)]
    for m in hits:
        m["deadline"] = _dl_word(q, n.year)
    n.axes.append("b58:dlword")


# ---------------------------------------------------------------- a district's bureaus in a city's notice

def district_units(n):
    """A district's or a county-level city's bureau named with its place among a city government's supports
    (`荷塘区发改局`, `醴陵市住房和城乡建设局`): the brief's district units beside the city's.  tests/fixtures/README.md
    (Holdout: "a district is written under its city (昆明市官渡区财政局), a county or county-level city stands alone",
    the official name matching the abbreviation printed): `株洲市荷塘区发展和改革局`, `醴陵市住房和城乡建设局`.  Drawn on
    P_DISTRICT of a city government's own notices, on P_DISTRICT_ITEM of their measures (one at least), one body a
    measure, before a closing catch-all; printed short (60 %) or with the body's full name."""
    p = n.place
    if _d(n, "district") >= P_DISTRICT or p.issuer != "gov" or p.kind != "city" or not n.measures:
        return
    spec = next(x for x in places.PLACES if x["city"] == p.city)
    lower = [(d, p.city + d) for d in spec["districts"]] + [(c, c) for c in spec["cls"]]
    q = n.q58
    hits = [m for m in n.measures if q.random() < P_DISTRICT_ITEM] or [q.choice(n.measures)]
    for m in hits:
        name, full = q.choice(lower)
        short, long = q.choice(places.LOCAL_DEPTS)
        canon = full + long
        printed = name + (short if q.random() < 0.6 else long)
        if any(c == canon for _, c in m["lead"] + m["support"]):
            continue
        sup = m["support"]
        i = len(sup)
        while i and sup[i - 1][1] is None:
            i -= 1
        sup.insert(i, (printed, canon))
    n.axes.append("b58:district")


# ---------------------------------------------------------------- articles under chapters

def article_draws(n, form, plain):
    """Whether an inline-label item list with two sections or more prints its items as articles under chapters."""
    if form != "inline-label" or not plain or len(n.sections) < 2 or _d(n, "art") >= P_ART:
        return False
    q = n.q58
    for i, s in enumerate(n.sections):
        s["label"] = f"第{words.cn_num(i + 2)}章"  # chapter one is the 总则, holding no measure (numbers: closing_chapter)
    for k, m in enumerate(n.measures):
        m["measure_no"] = k + 2  # article one states the purpose
    n.art58 = {"sp": q.choice(["　", "　", "  ", " "]), "lead": q.choice(["牵头责任单位", "牵头责任单位", "牵头单位"]),
               "sup": q.choice(["责任单位", "责任单位", "配合单位"])}
    n.no_oneline54 = True  # a copy run into one line: not drawn with this shape
    n.axes.append("b58:articles")
    return True


def _spaced(title):
    return "　".join(title) if len(title) == 2 else title


def chapter_head(n, s, first):
    """`第二章　<title>`; before the first, `第一章　总　则` and article one, naming no unit."""
    a = n.art58
    out = []
    if first:
        out.append(("head", f"第一章{a['sp']}{_spaced('总则')}"))
        out.append(("p", f"第一条{a['sp']}为深入推进{n.year}年各项重点工作落地见效，明确责任分工，结合本{n.place.word}实际，"
                         f"制定本方案。"))
    out.append(("head", f"{s['label']}{a['sp']}{s['title']}"))
    return out


def article_item(n, m):
    """`第二条　<text>（牵头责任单位：A；责任单位：B、C）` (articles-xiangyin: the article closes with the bracket, no
    deadline).  Truth: measure_no the article's number, the lead label's units lead, the 责任单位 after it support
    (tests/fixtures/README.md; the fixture's reading), no deadline."""
    from .forms import unit_list
    a = n.art58
    q = n.q58
    parts = [f"{a['lead']}：{unit_list(q, m['lead'], sep='、')}"]
    if m["support"]:
        parts.append(f"{a['sup']}：{unit_list(q, m['support'], sep='、')}")
    m["deadline"] = None
    return [("p", f"第{words.cn_num(m['measure_no'])}条{a['sp']}{m['text']}（{'；'.join(parts)}）")]


def closing_chapter(n):
    """The 附则 chapter after the last article; the sections numbered as their chapters (第二章 -> 2)."""
    a = n.art58
    for s in n.sections:
        s["no"] += 1
    for m in n.measures:
        m["section_no"] += 1
    last = max(s["no"] for s in n.sections) + 1
    art = max(m["measure_no"] for m in n.measures) + 1
    return [("head", f"第{words.cn_num(last)}章{a['sp']}{_spaced('附则')}"),
            ("p", f"第{words.cn_num(art)}条{a['sp']}本方案自印发之日起施行。")]


# ---------------------------------------------------------------- items marked by a bullet

def bullet_draws(n, form, plain):
    """Items marked `●` in place of a number (docs/forms.md "Numbering and metadata": a bullet, —— ● •, is the label,
    not the text; numbered by place): every item of a labelled, inline-label or inline-verb list, the numbers running
    by place over the notice (1..n), whatever the first stream drew.  Never a one-line copy."""
    if form not in ("labelled", "inline-label", "inline-verb") or not plain or _d(n, "bullet") >= P_BULLET:
        return False
    for k, m in enumerate(n.measures):
        m["measure_no"] = k + 1
    n.no_oneline54 = True
    n.axes.append("b58:bullet")
    return True


# ---------------------------------------------------------------- a project table printing its owner

PROJECT_KINDS = ["标准厂房建设项目", "污水处理厂提标改造工程", "老旧小区改造工程", "中学新建项目", "人民医院门诊综合楼建设项目",
                 "城市主干道改造提升工程", "农贸市场改造项目", "物流园一期工程", "综合管廊建设项目", "体育中心建设项目",
                 "智慧停车场建设项目", "滨江公园提质工程", "保障性租赁住房项目", "冷链物流中心建设项目", "数字经济产业园项目",
                 "乡村振兴示范片建设项目", "城乡供水一体化工程", "养老服务中心建设项目"]
PREFIXES = ["东部", "西城", "北湖", "南山", "高铁新城", "滨江", "城北", "金桥", "新华", "工业园"]
OWNER_COLS = ["项目业主", "业主单位", "建设单位"]
STAGES = ["新建", "续建", "改扩建"]


def owner_draws(n, key, table_axes):
    """Whether a government's html table is printed as a project table with its owner: drawn after the form's table, which
    is set aside, and never where another stream's axis shaped that table (its columns, merged or 同上 cells, a table by
    unit) or the letter states a first-listed rule for its one unit column (`single`)."""
    shaped = any(re.match(r"b\d\d:", a) or a.startswith(("ditto", "merged", "single")) for a in table_axes)
    return key == "html-table" and n.place.issuer == "gov" and _d(n, "owner") < P_OWNER and bool(n.measures) \
        and not shaped and not n.letter_convention


def _owners(n, q):
    p = n.place
    base = p.name if p.kind != "city" else p.city[:-1]
    return [f"{base}城市建设投资集团有限公司", f"{base}交通建设投资有限公司", f"{base}产业投资发展有限公司",
            f"{base}水务集团有限公司", f"{base}文化旅游投资有限公司", f"{q.choice(PREFIXES)}实业有限公司"]


def owner_table(n):
    """A project table (runproj-longquanyi's 序号 | 项目名称 | 建设阶段 | 总投资 | 计划投资 | 项目业主 | 牵头协调部门 | 牵头区领导,
    laid out as a page's table): `序号 | 项目名称 | 建设性质 | 总投资（万元） | <year>年计划投资（万元） | 项目业主 | <units> |
    [完成时限] [| 责任领导]`, no content column.  tests/fixtures/README.md "A project's owner beside the column that assigns
    it": the owner is project data, never a lead or a support unit, whatever it names (a city's investment company, or
    now and then one of the notice's own bureaus as a school's or a hospital's owner), and no key of `agencies`; the
    assigning columns lead and support as ever (a 责任单位 column alone leads); the leader column names people; the
    project's name is the measure's text.  No sections; the rows numbered 1..n as printed."""
    q = n.q58
    ms = n.measures
    names = q.sample([f"{q.choice(PREFIXES)}{k}" for k in PROJECT_KINDS], len(ms)) if len(ms) <= len(PROJECT_KINDS) \
        else [f"{q.choice(PREFIXES)}{q.choice(PROJECT_KINDS)}" for _ in ms]
    owners = _owners(n, q)
    n.sections = []
    one_col = q.random() < 0.3
    dl = q.random() < 0.6 and any(m["deadline"] for m in ms)  # the form's table printed none: no column
    leader = q.random() < 0.4
    unit_cols = ["责任单位"] if one_col else [q.choice(["牵头单位", "牵头协调部门", "牵头部门"]), "配合单位"]
    cols = ["序号", "项目名称", "建设性质", "总投资（万元）", f"{n.year}年计划投资（万元）", q.choice(OWNER_COLS)] + unit_cols \
        + (["完成时限"] if dl else []) + (["责任领导"] if leader else [])
    n.table_title = n.table_title.split("年", 1)[0] + "年" + q.choice(["重点建设项目责任分解表", "重大项目推进责任清单",
                                                                     "重点项目建设任务分工表"])
    sep = q.choice(["、", "、", "<br>"])
    esc = lambda s: _html.escape(s, quote=False).replace("&lt;br&gt;", "<br>")  # noqa: E731
    tag = q.choice(["th", "td"])
    out = '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n'
    out += "<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cols) + "</tr>\n"
    for k, (m, name) in enumerate(zip(ms, names), 1):
        m["measure_no"], m["section_no"], m["text"] = k, None, name
        if one_col:
            m["lead"], m["support"] = m["lead"] + m["support"], []
        if not dl:
            m["deadline"] = None
        owner = q.choice(owners)
        if q.random() < 0.2:
            owner = n.place.unit(q.choice(n.place.gov_depts), "short")[0]  # a public body as the owner: still no unit
        total = q.randint(8, 400) * 100
        cells = [str(k), name, q.choice(STAGES), str(total), str(total * q.randint(2, 6) // 10), owner]
        if one_col:
            cells.append(sep.join(p for p, _ in m["lead"]))
        else:
            cells += [sep.join(p for p, _ in m["lead"]), sep.join(p for p, _ in m["support"])]
        if dl:
            cells.append(m["deadline"] or "")  # a measure the form left with none: an empty cell, null
        if leader:
            cells.append(q.choice(words.PEOPLE))
        out += "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>\n"
    out += "</tbody></table>"
    n.axes.append("b58:owner" + (":one" if one_col else ""))
    return [("html", out)]
