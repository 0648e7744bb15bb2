"""Session 62 axes (a twenty-fourth stream, `blindsynth-s62:<seed>`): shapes real notices print, with a rule in
tests/fixtures/README.md, docs/forms.md or docs/agencies.md for their truth, that none of the twenty-three earlier
streams drew (docs/blindsynth.md "Session 62 axes").

- coordinating committees and their offices among the supports (`市安委会`, `区食安办`, `市爱卫办`: docs/agencies.md
  "coordinating committees", named alike at every level after the place)
- a project's label lines under its paragraph (`项目责任单位：…` / `项目实施时间：…` under a paragraph closing
  `由…负责监督。`: tests/fixtures/README.md "A project's label lines …" and "A time the item is carried out in …",
  holdout projlabels-yecheng)
- a higher level's lead beside the notice's own units (`省牵头单位：省农业农村厅` in a city's list, `市牵头单位：…` in a
  district's: tests/fixtures/README.md "A higher level's lead beside the notice's own units", holdout provlead-hangzhou)
- white-space gaps a law site's copy leaves inside unit names (`各县（市、区） 人民政府`, `区住房和城乡 建设局`:
  docs/forms.md, the gaps that close; holdout spacedparas-sichuan)
- the page's information line printed label by label in brackets (`〖发布日期:…〗 〖来源:…〗 〖作者:〗`: docs/forms.md,
  holdout leaguerepost-neimenggu)
- a law database's fields over the letter, glued to their values one a line (`发文字号株政办发〔2022〕12号`) or run on one
  line in lenticular brackets (`【发布部门】…【发文字号】…【发布日期】2022.03.05…`: holdout glossfields-zuigaofa,
  threelabels-zuigaofa; README batch 84)

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random
import re

from . import batch59, levels, places, words

P_COMMITTEE = 0.2       # of a city's, district's or county-level city's own government notices
P_COMMITTEE_ITEM = 0.3  # of their measures (one at least)
P_PROJECT = 0.5         # of labelled item lists drawing no other stream's item shape, in such a notice
P_UPLEAD = 0.5          # of labelled and inline-label item lists printing the form's own labels, city or district
P_UPLEAD_ITEM = 0.5     # of their items (one at least)
P_GAPS = 0.5            # of labelled and inline-label item lists printing the form's own labels
P_GAPS_NAME = 0.6       # of the names a gap can break
P_INFO = 0.15           # of pages and text copies printing the portal's information line, with a letter
P_LAWDB = 0.1           # of HTML pages with a letter printing its number, signature and date (no WeChat article)
AXES = ["committee", "project", "uplead", "gaps", "info", "lawdb"]

# (printed after the level word, official after the place): docs/agencies.md's coordinating committees and offices
COMMITTEES = [
    ("安委会", "安全生产委员会"), ("安委办", "安全生产委员会办公室"), ("食安委", "食品安全委员会"),
    ("食安办", "食品安全委员会办公室"), ("爱卫办", "爱国卫生运动委员会办公室"), ("禁毒办", "禁毒委员会办公室"),
]


def draw(n, seed, key):
    """The twenty-fourth stream and each axis's draw (a number each, drawn whether or not the axis may apply); the
    committees are added here, on the measures, before any form prints them."""
    q = random.Random(f"blindsynth-s62:{seed}")
    n.q62 = q
    n.d62 = {k: q.random() for k in AXES}
    committees(n)


def _d(n, k):
    d = getattr(n, "d62", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b62:" + k not in n.axes:
        n.axes.append("b62:" + k)


def _own_gov(n):
    p = n.place
    return p.issuer == "gov" and p.kind in ("city", "district", "cls")


# ---------------------------------------------------------------- coordinating committees among the supports

def committees(n):
    """A coordinating committee or its office closing a measure's named supports (before a closing catch-all):
    `市安委会`, `区安委办`, `市食安办`, `县爱卫办` (the level word and the short name, 70 %; else the level word and the
    full name, `市安全生产委员会办公室`).  Truth: docs/agencies.md ("A place's coordinating committees … named alike at
    every level after the place and printed by a short name after the level word: the safety committee (市安委会 ->
    武汉市安全生产委员会) and its office (区安委办), the food-safety committee (县食安委) and its office (食安办) …") and
    the holdout's 市爱卫办 -> 常德市爱国卫生运动委员会办公室: the place's full name and the committee's (or its office's)
    official name, `株洲市食品安全委员会办公室`, `株洲市荷塘区安全生产委员会`.  Drawn on P_COMMITTEE of a city's, a
    district's or a county-level city's own government notices, on P_COMMITTEE_ITEM of their measures (one at least)
    whose lists are joined by no 及 / 和 (session 59); one committee a notice, marked once the body is printed."""
    p = n.place
    if _d(n, "committee") >= P_COMMITTEE or not _own_gov(n) or not n.measures:
        return
    q = n.q62
    short, long = q.choice(COMMITTEES)
    printed = p.word + (short if q.random() < 0.7 else long)
    unit = (printed, p.full + long)
    cands = [m for m in n.measures if not any(isinstance(u, batch59.Conj) for u in m["lead"] + m["support"])
             and not any(short in u[0] or long in u[0] for u in m["lead"] + m["support"])]
    if not cands:
        return
    picked = [m for m in cands if q.random() < P_COMMITTEE_ITEM] or [q.choice(cands)]
    for m in picked:
        sup = list(m["support"])
        k = len(sup)
        while k and sup[k - 1][1] is None:
            k -= 1  # before the closing catch-alls
        m["support"] = sup[:k] + [unit] + sup[k:]
    n.committee62 = unit


def mark(n):
    """The committees' mark in the notice's axes, added after the form printed the body (as session 61's count groups:
    no earlier stream's test of the marks drawn so far sees it).  A form that prints no supports (session 48's unit-colon
    items) drops the committee with them, but the longer list it drew moved the first stream's later draws, so the mark
    stays: the note names every notice this stream changed."""
    if getattr(n, "committee62", None):
        _mark(n, "committee")


# ---------------------------------------------------------------- which shapes an item list prints

def list_draws(n, form, plain_items, plain_labels):
    """The shapes of this stream an item list prints: a subset of ("project", "uplead", "gaps").  plain_items: no
    other stream reshaped the items (no item shape of streams 7-23, no outline of their own); plain_labels: the items
    print the form's own label lines or bracket (the outline's shapes allowed)."""
    out = []
    if form == "labelled" and plain_items and _own_gov(n) and _d(n, "project") < P_PROJECT:
        out.append("project")
    if form in ("labelled", "inline-label") and plain_labels and n.place.issuer == "gov" \
            and n.place.kind in ("city", "district") and _d(n, "uplead") < P_UPLEAD and "project" not in out:
        out.append("uplead")
    if form in ("labelled", "inline-label") and plain_labels and _d(n, "gaps") < P_GAPS:
        out.append("gaps")
    return tuple(out)


def item(n, blocks, m, lab, form, shapes, first):
    """The item as this stream prints it (blocks: the item as the form and the earlier streams printed it)."""
    if "uplead" in shapes:
        blocks = _uplead(n, blocks, m, lab, form, first)
    if "gaps" in shapes:
        blocks = _gaps(n, blocks, m, lab, form)
    return blocks


# ---------------------------------------------------------------- a project's label lines

PROJECTS = [
    ("村组道路硬化项目", "新建硬化道路{k}公里，路面宽4.5米"), ("农村饮水安全巩固提升项目", "新建蓄水池{k}座，铺设管网{p}公里"),
    ("高标准农田建设项目", "建设高标准农田{k}00亩，配套沟渠{p}公里"), ("特色种植基地建设项目", "建设标准化种植基地{k}0亩"),
    ("村级活动阵地建设项目", "新建村级活动室{p}处，配套附属设施"), ("人居环境整治项目", "新建垃圾收集点{k}处，购置转运车{p}辆"),
    ("小型水利设施维修项目", "维修渠道{k}公里，新建提灌站{p}座"), ("产业园区配套道路项目", "新建配套道路{k}公里，安装路灯{p}0盏"),
]
PROJ_RUNS = ["按照项目管理有关规定组织实施", "负责项目建设管理", "按照“一事一议”方式组织实施"]


def project_item(n, m, lab):
    """A project printed as a numbered paragraph (its name, money, contents, how it is run and who supervises it) over
    label lines of its own, as holdout projlabels-yecheng's 项目计划公示 prints each project: `项目责任领导：王建华` (50 %) /
    `项目责任单位：A、B` / `项目责任人：李明` (30 %) / `项目实施时间：2024年3月-2024年10月` (实施时间, 建设期限; a span of months
    or a month's end).  The paragraph names the measure's first unit as the one that runs the project and closes
    `由<level>财政局、<level>发改局、<level>审计局负责监督。`.  Truth: tests/fixtures/README.md "A project's label lines under
    a paragraph that names other bodies" (the label lines assign the project; the paragraph's sentences naming bodies by
    what they do for it are its wording, kept in the text, and give no unit, even the closing 由…负责监督; the
    项目责任单位 list names no lead: every unit it lists leads; leader and person lines name people) and "A time the item
    is carried out in, printed as its label" (the deadline the value as printed, the span whole): text the paragraph
    without its number, lead every unit the measure had (leads, then supports, in order), support none, deadline the
    time as printed."""
    from . import forms
    q = n.q62
    p = n.place
    name, content = q.choice(PROJECTS)
    content = content.format(k=q.randint(2, 9), p=q.randint(2, 6))
    runner = m["lead"][0][0]
    w = p.word
    fgw = "发改委" if p.kind == "city" else "发改局"
    text = (f"{name}。项目总投资{q.randint(30, 900)}万元，{content}。由{runner}{q.choice(PROJ_RUNS)}。"
            f"由{w}财政局、{w}{fgw}、{w}审计局负责监督。")
    units = list(m["lead"]) + list(m["support"])
    y = n.year
    a = q.randint(2, 6)
    b = q.randint(a + 2, 12)
    span = q.choice([f"{y}年{a}月-{y}年{b}月", f"{y}年{a}月—{y}年{b}月", f"{y}年{a}-{b}月", f"{y}年{b}月底前"])
    label = q.choice(["项目实施时间", "项目实施时间", "实施时间", "建设期限"])
    out = [("p", lab + text)]
    if q.random() < 0.5:
        out.append(("p", f"项目责任领导：{q.choice(words.PEOPLE)}"))
    out.append(("p", f"项目责任单位：{forms.unit_list(q, units, sep='、')}"))
    if q.random() < 0.3:
        out.append(("p", f"项目责任人：{q.choice(words.PEOPLE)}"))
    out.append(("p", f"{label}：{span}"))
    m["text"] = text
    m["lead"] = units
    m["support"] = []
    m["deadline"] = span
    _mark(n, "project")
    return out


# ---------------------------------------------------------------- a higher level's lead beside the units

_DEADLINE_LINE = re.compile(r"^[完时][ 　]?[成间]")


def _up_name(n):
    q = n.q62
    if n.place.kind == "city":
        short, _ = q.choice(levels.PROV_DEPTS)
        return q.choice(["省牵头单位", "省牵头单位", "省级牵头部门", "省牵头部门"]), "省" + short
    short, _ = q.choice(places.CITY_DEPTS)
    return q.choice(["市牵头单位", "市牵头单位", "市级牵头部门"]), "市" + short


def _uplead(n, blocks, m, lab, form, first):
    """After the item's own units, the department of the level above that leads the task there, on a label of its own:
    a labelled item's line `省牵头单位：省农业农村厅` after its unit lines (before its deadline line), an inline-label
    item's last label in its bracket (`…；省牵头单位：省发展改革委）`); a city's list names a province department
    (省级牵头部门, 省牵头部门), a district's a city department (`市牵头单位：市发改委`).  P_UPLEAD_ITEM of the items (the
    list's first at least).  Truth: tests/fixtures/README.md "A higher level's lead beside the notice's own units" (that
    body is no unit of the measure, neither lead nor support and no key of `agencies`; the notice's own units are read as
    ever): unchanged."""
    q = n.q62
    if not (first or q.random() < P_UPLEAD_ITEM):
        return blocks
    if not blocks or any(k != "p" for k, _ in blocks):
        return blocks
    label, name = _up_name(n)
    if form == "labelled":
        if blocks[0][1] != lab + m["text"] or len(blocks) < 2:
            return blocks
        at = len(blocks)
        for i in range(1, len(blocks)):
            if _DEADLINE_LINE.match(blocks[i][1]):
                at = i
                break
        colon = "：" if "：" in blocks[1][1] else (":" if ":" in blocks[1][1] else "：")
        _mark(n, "uplead")
        return blocks[:at] + [("p", f"{label}{colon}{name}")] + blocks[at:]
    # inline-label: the bracket closing the item's line, or a line of its own under it (session 59)
    head = lab + m["text"]
    if len(blocks) == 1 and blocks[0][1].startswith(head):
        pre, rest = head, blocks[0][1][len(head):]
    elif len(blocks) == 2 and blocks[0][1] == head:
        pre, rest = None, blocks[1][1]
    else:
        return blocks
    if rest[:1] not in ("（", "(") or rest[-1:] not in ("）", ")") or "：" not in rest:
        return blocks
    sep = "；" if "；" in rest else "，"
    new = rest[:-1] + f"{sep}{label}：{name}" + rest[-1]
    _mark(n, "uplead")
    if pre is None:
        return [blocks[0], ("p", new)]
    return [("p", pre + new)]


# ---------------------------------------------------------------- white-space gaps inside unit names

# a piece that is no body before a piece that is a body only by its ending (docs/forms.md: `住房城乡 建设厅` closes)
_MID_GAPS = [("住房和城乡建设", "住房和城乡", "建设"), ("人力资源和社会保障", "人力资源和", "社会保障"),
             ("发展和改革", "发展和", "改革")]


def _gap_name(q, name, gap):
    """One name with a gap a copy left inside it, or the name as it was."""
    if len(name) > 4 and name.endswith("人民政府") and q.random() < P_GAPS_NAME:
        return name[:-4] + gap + "人民政府"
    for whole, a, b in _MID_GAPS:
        if whole in name and q.random() < P_GAPS_NAME:
            return name.replace(whole, a + gap + b, 1)
    return name


def _gap_value(n, value, gap):
    if any(c in value for c in (" ", "　", "/", "\t")) or any(v in value for v in _VERBS):
        return value  # a list parted by spaces (a gap would part two names), or roles named by verbs
    q = n.q62
    parts = re.split(r"([、，])", value)
    return "".join(p if p in ("、", "，") else _gap_name(q, p, gap) for p in parts)


_LABEL_VALUE = re.compile(r"^((?:[^：:（(]{2,12})[：:])(.+)$")
_VERBS = ("牵头", "配合", "负责", "参加", "协同")


def _gaps(n, blocks, m, lab, form):
    """Gaps a law site's copy (or a Word copy's runs) left inside the unit names of the label values: before a
    government's head (`各县（市、区） 人民政府`, `芦淞区 人民政府`), between a piece that is no body and the rest that is a
    body only by its ending (`区住房和城乡 建设局`, `市人力资源和 社会保障局`, `市发展和 改革委员会`); P_GAPS_NAME of the names
    a gap can break, an ASCII or an ideographic space, one kind a notice; only in lists parted by 、 or ，.  Truth:
    docs/forms.md (unit names: a gap before a government's head printed alone closes, wherever it stands, after a bracket
    too; so does one between a piece that is no body and a piece that is a body only by its ending when the two together
    name a body; holdout spacedparas-sichuan-2011-38): the names without the gaps."""
    if not blocks or any(k != "p" for k, _ in blocks):
        return blocks
    gap = getattr(n, "gap62", None)
    if gap is None:
        gap = n.gap62 = n.q62.choice([" ", " ", "　"])
    out = list(blocks)
    if form == "labelled":
        if out[0][1] != lab + m["text"]:
            return blocks
        for i in range(1, len(out)):
            mm = _LABEL_VALUE.match(out[i][1])
            if not mm or _DEADLINE_LINE.match(out[i][1]):
                continue
            out[i] = ("p", mm.group(1) + _gap_value(n, mm.group(2), gap))
    else:
        head = lab + m["text"]
        k = len(out) - 1
        s = out[k][1]
        if k == 0:
            if not s.startswith(head):
                return blocks
            pre, rest = head, s[len(head):]
        elif k == 1 and out[0][1] == head:
            pre, rest = "", s
        else:
            return blocks
        if rest[:1] not in ("（", "(") or rest[-1:] not in ("）", ")"):
            return blocks
        inner = rest[1:-1]
        pieces = re.split(r"([；;]|，(?=[^，、；]{2,8}[：:]))", inner)
        new = []
        for piece in pieces:
            mm = re.match(r"^([^：:]{2,8}[：:])(.+)$", piece)
            if mm and not re.match(r"^完成[时期]", piece):
                piece = mm.group(1) + _gap_value(n, mm.group(2), gap)
            new.append(piece)
        out[k] = ("p", pre + rest[0] + "".join(new) + rest[-1])
    if out != list(blocks):
        _mark(n, "gaps")
    return out


# ---------------------------------------------------------------- the information line in brackets

def info_line(n, post, src):
    """The portal's information line printed label by label, each label and value in brackets of their own, as a
    league portal's system-files column prints it (holdout leaguerepost-neimenggu: `〖发布日期:2014-10-24〗 〖来源:行署办公厅〗
    〖作者:〗`): `〖发布日期:<posting day>〗 〖来源:<office>〗 〖作者:〗 〖浏览次数:…〗`, `【发布时间：… hh:mm】【来源：…】【字号：大 中 小】` or
    `〖发布时间：…〗〖信息来源：…〗〖阅读次数：…〗`.  Drawn on P_INFO of the pages and text copies printing the chrome with a
    letter, whose info line no earlier stream set (a letter no name signs or dates is dated and issued by that line).
    Truth unchanged: docs/forms.md (such a line is read as the plain information line, the source's name ending at the
    bracket's closer): the letter's signature issues and dates the notice, the posting day dates nothing."""
    if _d(n, "info") >= P_INFO or n.letterless or getattr(n, "info_line", None):
        return None
    q = n.q62
    _mark(n, "info")
    k = q.randint(50, 4000)
    clock = f"{q.randint(8, 17):02d}:{q.randint(0, 59):02d}"
    return q.choice([
        f"〖发布日期:{post}〗 〖来源:{src}〗 〖作者:〗 〖浏览次数:{k}〗",
        f"【发布时间：{post} {clock}】【来源：{src}】【字号：大 中 小】",
        f"〖发布时间：{post}〗〖信息来源：{src}〗〖阅读次数：{k}〗",
    ])


# ---------------------------------------------------------------- a law database's fields over the letter

def lawdb_lines(n):
    """A law database's fields over the letter at the top of the page's content, their values the letter's own: glued
    to their labels one a line (`发文机关株洲市人民政府办公室` / `发文字号株政办发〔2022〕12号` / `发文日期2022年03月05日` /
    `时效性现行有效` / `施行日期2022年03月05日`: glossfields-zuigaofa's `發文字號法辦〔2019〕40號`) or run on one line in
    lenticular brackets (`【发布部门】…【发文字号】…【发布日期】2022.03.05【实施日期】2022.03.05【时效性】现行有效【效力级别】
    地方规范性文件`: threelabels-zuigaofa).  Drawn on P_LAWDB of the HTML pages (no WeChat article) whose letter prints its
    doc number whole (closing with 号), its signature and its date.  Truth unchanged (README batch 84: a doc-number label glued to the number is
    passed over, a 【label】value line run on one line is read as the information box, 发布部门 an issuer label): the
    fields say what the letter says."""
    meta = getattr(n, "meta62", None)
    if _d(n, "lawdb") >= P_LAWDB or not meta or not (meta.get("doc_number") and meta.get("issuer") and meta.get("date")):
        return []
    if not meta["doc_number"].endswith("号"):
        return []  # a number the letter printed damaged (session 51: `株政办发〔202276`) a database would print whole
    q = n.q62
    y, mo, d = meta["date"].split("-")
    _mark(n, "lawdb")
    if q.random() < 0.5:
        org = q.choice(["发文机关", "发布部门", "制定机关"])
        when = q.choice(["发文日期", "发布日期"])
        return [("p", f"{org}{meta['issuer']}"), ("p", f"发文字号{meta['doc_number']}"),
                ("p", f"{when}{y}年{mo}月{d}日"), ("p", "时效性现行有效"), ("p", f"施行日期{y}年{mo}月{d}日")]
    return [("p", f"【发布部门】{meta['issuer']}【发文字号】{meta['doc_number']}【发布日期】{y}.{mo}.{d}"
                  f"【实施日期】{y}.{mo}.{d}【时效性】现行有效【效力级别】地方规范性文件")]
