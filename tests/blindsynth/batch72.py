"""Session 72 axes (a thirty-fourth stream, `blindsynth-s72:<seed>`): shapes real notices print, from pages of the
`pages` corpus, that none of the thirty-three earlier streams drew (docs/blindsynth.md "Session 72 axes").

- a letter issued jointly by the party committee's office and the government's office (中共岳阳市委办公室 and
  岳阳市人民政府办公室 2017, 中共静安区委办公室 and 静安区人民政府办公室 2018, 中共襄城县委办公室 and 襄城县人民政府办公室
  2021): the title opens with both offices, the signature prints both, the party's first
- a catch-all of task forces among the supports (鞍山市立山区人民政府 2023: `全区经济运行各专班`): one unit as printed,
  a catch-all
- the letter's own requirements numbered `1.` `2.` `3.` under a `…通知如下：` line (盘锦市人民政府办公室 2021, 盘政办发
  〔2021〕1号): requirements of the letter, no measures
- the letter's 附件 line printing the attachment's file name with its extension (襄城县 2021: `….xlsx`, `….xls`):
  the plan's heading over the table still names it
- a ★ before a key task's text in a table (十堰市郧阳区人民政府 2023, 郧政发〔2023〕5号: `★地区生产总值增长15%。`):
  the task's words without the mark
- a recipient joining the issuer's own units and the units stationed in its place by 和 (襄城县 2021 `县直和驻襄各单位`):
  one recipient, as printed

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import html as _html
import random

P_JOINT = 0.2       # of a government's own letters whose title is `<office>关于印发…`, printed on one line, signed once
P_ZHUANBAN = 0.3    # of a government's own labelled, inline-label and inline-verb lists naming its own units by a
# catch-all (see zhuanban)
ZB_FORMS = ("labelled", "inline-label", "inline-verb")  # 立山区 2023 prints label lines; tables left alone (a table's
# other streams choose their shapes by the units, so a seed's table would change shape)
P_POINTS = 0.15     # of letters printing `…现印发给你们…` and none of session 41's points
P_FILEEXT = 0.3     # of letters printing `附件：<the plan's name>` alone
P_STAR = 0.3        # of html tables (not transposed)
P_STAR_ITEM = 0.3   # of their tasks whose text opens its cell, printed once in the table's markup (one at least)
P_ZHIZHU = 0.15     # of a city's, a district's or a county-level city's own government notices
KINDS = ("city", "district", "cls")  # a city's, a district's or a county-level city's own government (no province: its
# offices are 办公厅, its short name no first character)
AXES = ["joint", "zhuanban", "points", "fileext", "star", "zhizhu"]

ZHUANBAN = ["全{w}经济运行各专班", "各工作专班", "全{w}项目建设各专班"]
EXTS = [".xlsx", ".xls", ".docx", ".doc", ".wps"]


def draw(n, seed, key):
    """The thirty-fourth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-s72:{seed}")
    n.q72 = q
    n.d72 = {k: q.random() for k in AXES}
    n.key72 = key
    zhuanban(n)
    zhizhu(n)


def _d(n, k):
    d = getattr(n, "d72", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b72:" + k not in n.axes:
        n.axes.append("b72:" + k)


# ---------------------------------------------------------------- the units

def zhuanban(n):
    """A catch-all of task forces among the supports (鞍山市立山区人民政府 2023, 关于印发《立山区政府2023年重点工作任务分解
    和责任分工方案》的通知: an indicator's `责任单位：立山经济开发区，全区经济运行各专班`).  P_ZHUANBAN of a government's own
    labelled, inline-label and inline-verb item lists (the form's key, headlead apart): every support naming the place's
    own units by a catch-all of the first stream (`市直有关部门`, `市直各有关单位`, `区直有关部门`: its catchalls after the
    lower governments' group) is printed `全市经济运行各专班`, `各工作专班` or `全市项目建设各专班` (the place's level word)
    instead, one name for the notice.  The name takes a catch-all's place, so every other stream prints the list as it
    did.  Truth: tests/fixtures/README.md (a catch-all printed with 各 is one unit as printed, `null` in `agencies`): one
    support, a catch-all."""
    p = n.place
    if _d(n, "zhuanban") >= P_ZHUANBAN or p.issuer != "gov" or n.key72 not in ZB_FORMS:
        return
    own = [c for c in p.catchalls if "直" in c]
    hits = [(m, i) for m in n.measures for i, (u, c) in enumerate(m["support"]) if c is None and u in own]
    if not hits:
        return
    name = n.q72.choice(ZHUANBAN).format(w=p.word)
    for m, i in hits:
        m["support"][i] = (name, None)
    _mark(n, "zhuanban")


# ---------------------------------------------------------------- the letter

def zhizhu(n):
    """A recipient joining the issuer's own units and those stationed in its place by 和 (中共襄城县委办公室 and 襄城县人民
    政府办公室 2021, on the county's portal: `各乡镇党委和人民政府，县委各部委，县直和驻襄各单位：`): the recipients line of a
    government's own letter closes with `市直和驻苏各单位` (the place's level word; the first character of a city's or a
    county-level city's name, `驻区` for a district), in place of a closing `…直…` or `…各有关单位` recipient, else after
    the others.  P_ZHIZHU of those notices.  Truth: tests/fixtures/README.md `recipients` (as printed, in order; its own
    example `县直和省、市驻某地各单位` is one recipient): one recipient, as printed."""
    p = n.place
    if _d(n, "zhizhu") >= P_ZHIZHU or p.issuer != "gov" or p.kind not in KINDS:
        return
    at = "区" if p.kind == "district" else p.name[0]
    new = f"{p.word}直和驻{at}各单位"
    out = []
    for line, rec in p.recipients:
        if not rec or not line.endswith(rec[-1] + "："):
            out.append((line, rec))
            continue
        last = rec[-1]
        if "直" in last or last.endswith("各有关单位"):
            out.append((line[:-len(last) - 1] + new + "：", rec[:-1] + [new]))
        else:
            out.append((line[:-1] + "，" + new + "：", rec + [new]))
    if out != p.recipients:
        p.recipients = out
        n.zhizhu72 = new


def letter(n, head, meta, wx):
    """This stream's shapes of the letter, printed once every earlier stream printed its own.  Returns whether the title
    changed (meta mended)."""
    if n.letterless or getattr(n, "mid67", False):
        return False
    new = getattr(n, "zhizhu72", None)
    if new and any(k == "recip" and new in t for k, t in head):
        _mark(n, "zhizhu")
    points(n, head)
    fileext(n, head)
    return joint(n, head, meta, wx)


def joint(n, head, meta, wx):
    """A letter issued jointly by the party committee's office and the government's office (中共岳阳市委办公室 and
    岳阳市人民政府办公室 2017, 岳办发〔2017〕2号, on 平江县's portal; 中共静安区委办公室 and 静安区人民政府办公室 2018 on a
    mirror; 中共襄城县委办公室 and 襄城县人民政府办公室 2021, signed on two lines): the title opens with both offices
    (`中共苏州市委办公室 苏州市人民政府办公室关于印发…的通知`, the space or none between them, 关于 kept or dropped as
    岳阳 and 静安 drop it), the signature prints the party office's line over the government office's.  P_JOINT of a
    government's own letters whose title is `<office>关于印发…` on one line, printed once, signed by one office's line,
    no WeChat copy.  Truth: `title` as printed (tests/fixtures/README.md: a space with a Chinese character on both sides
    dropped); `issuer`: both offices as their signature lines print them, in printed order, joined by 、
    (tests/fixtures/README.md, "`issuer` of a letter two bodies issue together", written in session 72 on the
    holdout's practice; the stream's first truth, the first-listed office alone, was changed to it)."""
    if _d(n, "joint") >= P_JOINT or wx or n.place.issuer != "gov" or n.place.kind not in KINDS:
        return False
    if getattr(n, "title68", None) or getattr(n, "title70", None) or "title-2-lines" in n.axes:
        return False
    p = n.place
    title = meta.get("title") or ""
    if p.office != p.full + "人民政府办公室" or not title.startswith(p.office_short + "关于印发"):
        return False
    at = [i for i, b in enumerate(head) if b == ("title", title)]
    seen = [i for i, (_, t) in enumerate(head) if title in t]
    sig = [i for i, b in enumerate(head) if b == ("right", p.office)]
    if len(at) != 1 or seen != at or len(sig) != 1:
        return False
    q = n.q72
    party = "中共" + p.full + "委办公室"
    party_short = "中共" + p.name + "委办公室"
    sep = q.choice([" ", ""])
    rest = title[len(p.office_short):]
    if q.random() < 0.5:
        rest = rest[len("关于"):]  # 岳阳 2017 and 静安 2018: `…办公室印发《…》的通知`
    head[at[0]] = ("title", party_short + sep + p.office_short + rest)
    head.insert(sig[0], ("right", party))
    meta["title"] = party_short + p.office_short + rest
    meta["issuer"] = party + "、" + p.office  # both bodies, printed order (tests/fixtures/README.md, session 72)
    _mark(n, "joint")
    return True


def points(n, head):
    """The letter's own requirements numbered `1.` (盘锦市人民政府办公室 2021, 盘政办发〔2021〕1号: `…印发给你们，并就抓好
    《方案》确定的146项工作任务落实通知如下：` over `1.明确任务，压实责任。…` `2.统筹协调，合力攻坚。…` `3.加强督考，狠抓
    落实。…`, the third naming the office that follows the work up): a paragraph counting the plan's tasks and three
    points (wordings of our own) right after the paragraph printing `现印发给你们`.  P_POINTS of letters printing that
    paragraph once and none of session 41's points.  Truth: unchanged (requirements of the letter, numbered as the list's
    items are but printed before the plan's heading: no section, no measure; the office the third point names is no
    unit of any measure)."""
    if _d(n, "points") >= P_POINTS or any(a.startswith("letter-points") for a in n.axes):
        return
    at = [i for i, (k, t) in enumerate(head) if k == "indent" and "现印发给你们" in t]
    if len(at) != 1:
        return
    gov = n.place.gov
    day = n.q72.choice([10, 20, 25, 28])
    pts = ["现就抓好各项工作任务落实通知如下：" if n.q72.random() < 0.5
           else f"现就抓好所列{len(n.measures)}项工作任务的落实通知如下：",
           "1.明确任务，压实责任。各牵头单位要紧扣目标任务，细化工作举措，建立推进机制，确保责任逐级落实、"
           "压力层层传导。",
           "2.统筹协调，合力攻坚。牵头单位要加强与配合单位的沟通联系，及时协调解决推进中的困难和问题；"
           "各配合单位要主动作为、积极配合。",
           f"3.加强督考，狠抓落实。{gov}督查室要跟踪督查各项工作进展，对发现的问题限期整改。各牵头单位要于每月"
           f"{day}日前将任务进展情况报送{gov}督查室。"]
    head[at[0] + 1:at[0] + 1] = [("indent", t) for t in pts]
    _mark(n, "points")


def fileext(n, head):
    """The letter's 附件 line printing the attachment's file name with its extension (中共襄城县委办公室 and 襄城县人民政府
    办公室 2021: `附件：1.襄城县乡镇职责任务清单（试行）.xlsx`, `….xls`): `附件：<the plan's name>.xlsx` (or .xls, .docx,
    .doc, .wps).  P_FILEEXT of letters printing `附件：<the plan's name>` alone on its line.  Truth: unchanged (the plan's
    heading printed over the table names it; the extension is the file's, no word of a title)."""
    if _d(n, "fileext") >= P_FILEEXT:
        return
    line = f"附件：{n.table_title}"
    at = [i for i, b in enumerate(head) if b == ("indent", line)]
    if len(at) != 1:
        return
    head[at[0]] = ("indent", line + n.q72.choice(EXTS))
    _mark(n, "fileext")


# ---------------------------------------------------------------- the table

def stars(n, body):
    """A ★ before a key task's text in a table (十堰市郧阳区人民政府 2023, 郧政发〔2023〕5号, its 目标任务落实责任分解表:
    `★地区生产总值增长15%。` in the task cell of the year's key indicators).  P_STAR of html tables (not transposed),
    P_STAR_ITEM of their tasks whose text stands once in the table's markup, opening its cell (one at least).  Truth:
    the task's text as printed, the mark kept (tests/fixtures/README.md "A mark before a task's text", written in
    session 72 on the holdout's practice, transposed-meishan-2021-1, and docs/parsing.md's "a mark in a task cell stays
    in its text"; the stream's first truth, the text without the mark, was changed to it): `star_truth` puts the mark
    on the picked measures' texts once session 69's cell spaces have been drawn on the texts as they were."""
    if _d(n, "star") >= P_STAR:
        return body
    markup = [i for i, (k, _) in enumerate(body) if k == "html"]
    if not markup:
        return body
    body = list(body)
    cands = []
    starred = []
    for m in n.measures:
        esc = _html.escape(m["text"], quote=False)
        hits = [i for i in markup if esc in body[i][1]]
        if len(hits) == 1 and body[hits[0]][1].count(esc) == 1 and body[hits[0]][1].count(">" + esc) == 1:
            cands.append((">" + esc, hits[0]))  # the text opening its cell (or its paragraph in the cell)
            starred.append(m)
    if not cands:
        return body
    q = n.q72
    picked = [c for c in cands if q.random() < P_STAR_ITEM] or [q.choice(cands)]
    for esc, i in picked:
        body[i] = (body[i][0], body[i][1].replace(esc, ">★" + esc[1:], 1))
    n.star72 = [m for m, c in zip(starred, cands) if c in picked]
    _mark(n, "star")
    return body


def star_truth(n):
    """The picked tasks' texts as printed: the ★ opening them (`stars`), put on after every draw on the texts."""
    for m in getattr(n, "star72", ()):
        m["text"] = "★" + m["text"]
