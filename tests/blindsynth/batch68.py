"""Session 68 axes (a thirtieth stream, `blindsynth-s68:<seed>`): shapes real notices print, from pages of the
`pages` corpus, that none of the twenty-nine earlier streams drew (docs/blindsynth.md "Session 68 axes").

- a 牵头领导 line naming a post, no person (辽宁省人民政府 2023 and 2024: `牵头领导:省政府分管领导同志` over the
  牵头单位 line): no unit, truth unchanged
- a 、 run closed by 等 before a comma and a catch-all (辽宁省 2023: `责任单位:省工业和信息化厅、省农业农村厅、省商务厅等,
  各市人民政府,…`): 等 no unit, every name as before
- 协作单位 between the lead and the supports (张家川回族自治县 2016's letter: 牵头单位, 协作 and 配合 units): 协作 support
- a title printed with spaces where its block broke (绛县人民政府办公室 2023, 鞍山市立山区人民政府 2023: `…关于印发
  …分解 和责任分工方案》的通知`): the title without them (tests/fixtures/README.md's space rule)
- a signature date whose Word field lost its words, printed `{ 2017 6 23` under 此件公开发布 (牟定县人民政府办公室
  2017): the date the digits say
- the doc number glued to the title printed again under the title block (鞍山市立山区人民政府 2023: `鞍立政发〔2023〕2号
  立山区人民政府关于印发…的通知`): truth unchanged

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random
import re
from .shapes import has_shape

P_POST = 0.45     # of labelled item lists of a government's notice
P_POST_ITEM = 0.6  # of their items printing no leader line of their own (one at least)
P_ETC = 0.5       # of labelled and inline-label item lists
P_XIEZUO = 0.4    # of labelled item lists not printing session 67's role words
P_SPACE = 0.1     # of letters printing their title on one line
P_FIELD = 0.08    # of letters dated by digits with 年, 月 and 日
P_GLUE = 0.3      # of letters printing a letterhead and the doc number over the title
AXES = ["post", "etc", "xiezuo", "space", "field", "glue"]

LEVEL = {"city": "市", "district": "区", "cls": "市", "county": "县", "province": "省"}
POSTS = ["{l}政府分管领导同志", "{l}政府分管领导", "分管副{l}长"]
XIEZUO_LINES = ["各协作单位和配合单位要主动与牵头单位对接，形成工作合力。",
                "各协作、配合单位要积极衔接牵头单位，共同抓好落实。"]

_CJK = re.compile(r"[\u4e00-\u9fff]")


def draw(n, seed, key):
    """The thirtieth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-s68:{seed}")
    n.q68 = q
    n.d68 = {k: q.random() for k in AXES}
    n.key68 = key


def _d(n, k):
    d = getattr(n, "d68", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b68:" + k not in n.axes:
        n.axes.append("b68:" + k)


# ---------------------------------------------------------------- the list

def list_draws(n, form, plain, shapes67=()):
    """The shapes this list's items may print: ("post", level) on labelled lists of a government's notice, ("etc",) on
    labelled and inline-label lists, ("xiezuo",) on labelled lists printing no 主要 / 其他责任单位 (session 67).
    plain (whether the items print the form's own bracket or lines) is not asked: each shape is printed only where the
    item's printed lines hold what it rewrites (a lead label line, the supports' whole list after its label)."""
    out = []
    p = n.place
    if form == "labelled" and p.issuer == "gov" and _d(n, "post") < P_POST:
        out.append(("post", LEVEL.get(p.kind, "市")))
    if form in ("labelled", "inline-label") and _d(n, "etc") < P_ETC:
        out.append(("etc",))
    if form == "labelled" and not any(s[0] == "zhuyao" for s in shapes67) and _d(n, "xiezuo") < P_XIEZUO:
        out.append(("xiezuo",))
    return tuple(out)


def item(n, blocks, m, form, shapes):
    """The item's blocks with this stream's list shapes printed on them."""
    if not shapes or not blocks or any(k == "html" for k, _ in blocks):
        return blocks
    if has_shape(shapes, "etc"):
        blocks = etc(n, blocks, m)
    if has_shape(shapes, "xiezuo"):
        blocks = xiezuo(n, blocks, m)
    if has_shape(shapes, "post"):
        blocks = post(n, blocks, has_shape(shapes, "post")[1])
    return blocks


LEAD_LABELS = ("牵头单位", "牵头部门", "牵头责任单位", "主要责任单位", "责任单位")
SUP_LABELS = ("配合单位", "协办单位", "配合部门", "责任单位")
SEPS = ("、", "，", ",", "/", "／", "；", "\u3000", " ")
_LABEL = re.compile(r"^([^：:｜]{2,16}?)([：:｜])(.*)$")
_LEADER = re.compile(r"领\s*导\s*[：:｜]")


def _label(t):
    """(the label without its letter-spacing, the raw label, the colon, the rest) of a label line, or None."""
    mm = _LABEL.match(t)
    if not mm:
        return None
    return re.sub(r"[\s\u3000]", "", mm.group(1)), mm.group(1), mm.group(2), mm.group(3)


def _spaced_like(raw, word):
    """A label word letter-spaced as the raw label it stands beside (session 61's `牵　头　单　位`)."""
    return "\u3000".join(word) if "\u3000" in raw else word


def post(n, blocks, level):
    """A 牵头领导 line naming the leader's post, no person, over the item's lead line (辽宁省人民政府's 2023 and 2024 分工
    方案: `牵头领导:省政府分管领导同志` / `牵头单位:省发展改革委` / `责任单位:…`): `牵头领导：市政府分管领导同志`, `…：区政府分管领导`,
    `…：分管副县长`, the lead line's colon and letter-spacing.  P_POST of the labelled lists of a government's notice,
    P_POST_ITEM of their items printing no leader line of their own (one at least).  Truth: **where the written conventions
    left it open**, unchanged: the line names a person by the post he holds (分管领导 / 牵头领导 lines name people, never
    units), and `市政府` inside the post is the government the leader serves, not a body the item assigns."""
    q = n.q68
    hit = q.random() < P_POST_ITEM or not getattr(n, "post68", False)
    if not hit or any(_LEADER.search(t) for k, t in blocks):
        return blocks
    at = None
    for i, (k, t) in enumerate(blocks):
        lab = _label(t) if i > 0 and k == "p" else None
        if lab and lab[0] in LEAD_LABELS:
            at = i
            break
    if at is None:
        return blocks
    _, raw, colon, _ = _label(blocks[at][1])
    text = q.choice(POSTS).format(l=level)
    n.post68 = True
    _mark(n, "post")
    return blocks[:at] + [("p", f"{_spaced_like(raw, '牵头领导')}{colon}{text}")] + blocks[at:]


def _names(m, k):
    return [p for p, _ in m[k]]


def _plain_names(names):
    return all(isinstance(p, str) and not any(c in p for c in "、，,/／；等 \u3000") for p in names)


def etc(n, blocks, m):
    """A support run closed by 等 before a comma and a catch-all (辽宁省人民政府 2023: `责任单位:省工业和信息化厅、省农业农村
    厅、省商务厅等,各市人民政府,省沈抚示范区管委会`): an item whose supports are named units and then one catch-all (`null`),
    three names or more printed as one list after their label's colon, prints them `A、B等，各县（市、区）人民政府`.  P_ETC of
    the labelled and inline-label lists, every item so printed.  Truth: tests/fixtures/README.md "Lists" (a list closed by
    等 and words that only say "and the other ones" lists the names before it; here 等 says nothing more): unchanged, every
    name a support in printed order, the catch-all `null`."""
    sup = m["support"]
    if len(sup) < 3 or sup[-1][1] is not None or any(c is None for _, c in sup[:-1]):
        return blocks
    names = _names(m, "support")
    if not _plain_names(names):
        return blocks
    new = "、".join(names[:-1]) + "等，" + names[-1]
    for sep in SEPS:
        run = sep.join(names)
        hits = [i for i, (k, t) in enumerate(blocks) if run in t]
        if len(hits) != 1 or blocks[hits[0]][1].count(run) != 1:
            continue
        i = hits[0]
        k, t = blocks[i]
        at = t.index(run)
        after = t[at + len(run):at + len(run) + 1]
        if after and after not in "；;）)］]。" or not re.search(r"[：:｜]$", t[:at]):
            return blocks  # the run is not the whole support list
        blocks = list(blocks)
        blocks[i] = (k, t[:at] + new + t[at + len(run):])
        _mark(n, "etc")
        return blocks
    return blocks


def xiezuo(n, blocks, m):
    """协作单位 between the lead and the supports (张家川回族自治县人民政府 2016, its letter over the 任务分解表: the lead
    units, the 协作 units and the 配合 units, the latter two bound to work with the lead): an item whose support line prints
    two names or more prints the first on a `协作单位：` line and the rest on a `配合单位：` line under it, the support line's
    colon, separator and letter-spacing.  P_XIEZUO of the labelled lists printing no session-67 role words, every item so
    printed; the letter, where it prints its text paragraph, gains a sentence naming both (own words).  Truth: **where the
    written conventions left it open** (no file names 协作单位 alone): 协作 units support, as 配合 units do (the letter binds
    both to the lead's work; session 45's 主要协作单位 reads so), in printed order, so every unit keeps its role."""
    names = _names(m, "support")
    if len(names) < 2 or not _plain_names(names):
        return blocks
    seen_lead = False
    for i, (k, t) in enumerate(blocks):
        lab = _label(t) if i > 0 and k == "p" else None
        if not lab:
            continue
        if lab[0] in LEAD_LABELS and not seen_lead:
            seen_lead = True
            continue
        if not seen_lead or lab[0] not in SUP_LABELS:
            continue
        _, raw, colon, rest = lab
        sep = next((s for s in SEPS if rest == s.join(names) or rest.startswith(s.join(names) + "等")), None)
        if sep is None:
            return blocks
        tail = rest[len(sep.join(names)):]
        blocks = list(blocks)
        blocks[i:i + 1] = [("p", f"{_spaced_like(raw, '协作单位')}{colon}{names[0]}"),
                           ("p", f"{_spaced_like(raw, '配合单位')}{colon}{sep.join(names[1:])}{tail}")]
        n.xiezuo68 = True
        _mark(n, "xiezuo")
        return blocks
    return blocks


# ---------------------------------------------------------------- the letter

def _text_at(head):
    for i, (k, t) in enumerate(head):
        if k == "indent" and "印发给你们" in t:
            return i
    return None


_DATE_AXES = ("digit-date", "b48:gazette", "b49:undated", "b50:digitdate", "b64:nori", "b67:mid")


def letter(n, head, meta, ext, wx):
    """This stream's shapes of the letter, printed once every earlier stream printed its own.  Returns whether any was
    drawn (meta mended where a shape changes what it says)."""
    if n.letterless:
        return False
    drawn = xiezuo_line(n, head)
    drawn = glued(n, head, meta, wx) or drawn
    drawn = spaced_title(n, head, meta, wx) or drawn
    drawn = field_date(n, head, meta, wx) or drawn
    return drawn


def xiezuo_line(n, head):
    """The letter's sentence on the 协作 and 配合 units, after its first sentence, where the list prints them."""
    if not getattr(n, "xiezuo68", False):
        return False
    at = _text_at(head)
    if at is None:
        return False
    k, t = head[at]
    cut = t.find("。")
    if cut < 0:
        return False
    head[at] = (k, t[:cut + 1] + n.q68.choice(XIEZUO_LINES) + t[cut + 1:])
    return True


def glued(n, head, meta, wx):
    """The doc number glued to the title, printed again under the title block (鞍山市立山区人民政府 2023 on its portal: the
    letterhead `鞍山市立山区人民政府文件`, the number, the title, then `鞍立政发〔2023〕2号立山区人民政府关于印发…的通知` over the
    recipients).  P_GLUE of the letters printing a letterhead and the number over a one-line title, never a WeChat copy.
    Truth unchanged: the same number and title the letter printed (tests/fixtures/README.md "A doc number printed before
    the title in one heading" reads such a line as both, and they are the letter's own)."""
    if _d(n, "glue") >= P_GLUE or wx or not meta.get("doc_number"):
        return False
    at = next((i for i, (k, t) in enumerate(head) if k == "center" and t.endswith("文件")), None)
    if at is None or at + 3 >= len(head) or head[at + 2] != ("title", meta["title"]) or head[at + 3][0] != "recip":
        return False
    dn = head[at + 1][1]
    head.insert(at + 3, ("center", dn + meta["title"]))
    _mark(n, "glue")
    return True


def spaced_title(n, head, meta, wx):
    """A title printed with spaces where its block broke (绛县人民政府办公室 2023's page `…办公室 关于印发…高质量发展 实施方案的
    通知`, 鞍山市立山区人民政府 2023's `…关于印发 《…任务分解 和责任分工方案》的通知`): one or two spaces in the title line, each
    between two Chinese characters where a two- or three-line block breaks (before 关于, 重点, 任务, 清单, 的通知 …, after
    关于印发; never inside a word).  P_SPACE of the letters printing the title on one
    line, never a WeChat copy; the page's heading prints it so too.  Truth: tests/fixtures/README.md `measures[].text`
    "(and the titles)": a space with a Chinese character on both sides is dropped, so the title as the letter means it."""
    if _d(n, "space") >= P_SPACE or wx:
        return False
    title = meta.get("title") or ""
    hits = [i for i, b in enumerate(head) if b == ("title", title)]
    if len(hits) != 1 or len(title) < 16:
        return False
    q = n.q68
    cands = _breaks(title)
    if not cands:
        return False
    half = len(title) // 2
    first = [c for c in cands if c <= half]
    second = [c for c in cands if c > half]
    if first and second and q.random() < 0.5:
        cuts = [q.choice(first), q.choice(second)]  # a three-line block
    else:
        cuts = [q.choice(cands)]  # a two-line block
    out, last = [], 0
    for c in cuts:
        out.append(title[last:c])
        last = c
    out.append(title[last:])
    spaced = " ".join(out)
    head[hits[0]] = ("title", spaced)
    n.title68 = spaced
    _mark(n, "space")
    return True


# where a title block breaks a line: before these words and after 关于印发, never inside a word (GB/T 9704 breaks a title
# keeping its words whole; the first version cut at a third of the length, inside 关于 or a place's name: bs242, bs775)
BREAK_BEFORE = ("关于", "重点", "工作", "任务", "项目", "实施方案", "分工", "清单", "责任", "的通知")


def _breaks(title):
    """Positions a title block may break at, each between two Chinese characters."""
    out = set()
    for w in BREAK_BEFORE:
        i = title.find(w, 1)
        while i > 0:
            out.add(i)
            i = title.find(w, i + 1)
    at = title.find("关于印发")
    if at >= 0:
        out.add(at + 4)
    return sorted(c for c in out if 0 < c < len(title) and _CJK.match(title[c - 1]) and _CJK.match(title[c]))


_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")


def field_date(n, head, meta, wx):
    """A signature date whose Word field lost its words (牟定县人民政府办公室 2017 on its portal: the office, `（此件公开发布）`,
    then `{ 2017 6 23`): the date printed `{ <year> <month> <day>` under the publication note where the letter prints one,
    else in its place.  P_FIELD of the letters dated by digits with 年, 月 and 日 under their signing office, no earlier
    stream's date shape, never a WeChat copy.  Truth: **where the written conventions left it open**, the date the digits
    say (year, month, day, parted by spaces, read one way only; unlike session 50's digits run together, which split two
    ways and give none): the field's code is lost, not its value."""
    if _d(n, "field") >= P_FIELD or wx or any(a.startswith(_DATE_AXES) for a in n.axes):
        return False
    sig = [i for i, b in enumerate(head) if b == ("right", n.place.office)]
    if len(sig) != 1 or sig[0] + 1 >= len(head) or meta.get("date") != n.sign_date.isoformat():
        return False
    s = sig[0] + 1
    k, t = head[s]
    mm = _DATE.match(t)
    if k != "right" or not mm:
        return False
    d = n.sign_date
    if (int(mm.group(1)), int(mm.group(2)), int(mm.group(3))) != (d.year, d.month, d.day):
        return False
    field = ("right", f"{{ {d.year} {d.month} {d.day}")
    del head[s]
    if s < len(head) and head[s][0] == "right" and "此件" in head[s][1]:
        head.insert(s + 1, field)
    else:
        head.insert(s, field)
    _mark(n, "field")
    return True
