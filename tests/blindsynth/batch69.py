"""Session 69 axes (a thirty-first stream, `blindsynth-s69:<seed>`): shapes real notices print, from pages of the
`pages` corpus, that none of the thirty earlier streams drew (docs/blindsynth.md "Session 69 axes").

- 主办 / 协办 as the verbs of an item's closing bracket (黑龙江省人民政府 2013, its 《政府工作报告》 分工 意见:
  `（省财政厅主办，省国税局、地税局协办）`): 主办 names the lead, 协办 the supports
- two or three items run on in one paragraph, each closing with its bracket (the same 黑龙江 page:
  `（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。（…）`): each item its own measure
- a table's task cell carrying a space where the source's line broke inside a word (霍山经济开发区 2025, its 重点工作
  及责任清单: `…工作机 制`, `…全力服务重 大项目落地见效`): the text without it (tests/fixtures/README.md's space rule)
- `全年` alone as a deadline in a 完成时限 column or line (the same 霍山 list): the deadline as printed
- a title with no 关于, `<office>印发<plan>的通知` (天津市人民政府办公厅 2017, 津政办函〔2017〕103号, on a policy site
  that prints a `导读：` line over the letter): the title as printed, the 导读 line no title
- a province's recipients naming the autonomous prefectures and the central units in the province (甘肃省人民政府
  2022, 甘政发〔2022〕9号: `各市、自治州人民政府，…，省政府各部门，中央在甘各单位`): the recipients as printed, the 各
  group whole

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import html as _html
import random
import re
from .shapes import has_shape

P_ZHUBAN = 0.6       # of inline-verb item lists whose items print the form's own bracket
P_ZHUBAN_ITEM = 0.6  # of their items whose bracket is `L牵头，S配合` (one at least)
P_RUNON = 0.4        # of inline-verb and inline-label item lists whose items print the form's own bracket
P_RUNON_JOIN = 0.5   # of their items that may join the item before (one join at least)
P_CELLSPACE = 0.25   # of html tables
P_CELL_ITEM = 0.4    # of their task cells (one at least)
P_QUANNIAN = 0.15    # of notices whose deadline stands in a column or after a label, no earlier stream respelled
P_QUANNIAN_ITEM = 0.4
P_YINFA = 0.12       # of letters whose title is the office's short name and 关于印发…的通知
P_DAODU = 0.5        # of those on an HTML page: a 导读 line over the letter
P_ZHONGYANG = 0.6    # of a province government's letters
AXES = ["zhuban", "runon", "cellspace", "quannian", "yinfa", "zhongyang"]

# batch58.DL_KEYS and labelled: where a deadline stands in a column or after its label
DL_KEYS = ("html-table", "text-tab", "text-bar", "text-bl", "text-sp", "text-pipe", "xlsx-table", "docx-table",
           "text-box", "text-layout", "labelled")
# a province's short name as 中央在X各单位 prints it
PROV_ABBR = {"江苏省": "苏", "湖南省": "湘", "四川省": "川", "河南省": "豫", "山东省": "鲁", "福建省": "闽", "湖北省": "鄂"}
# the provinces holding autonomous prefectures (湘西; 阿坝, 甘孜, 凉山; 恩施)
PREFECTURE_PROVINCES = ("湖南省", "四川省", "湖北省")
DAODU = ["导读：做好{year}年重点工作任务分解落实，对于推动全{lvl}经济社会高质量发展具有重要意义。",
         "导读：为确保{year}年各项目标任务落到实处，现将任务分工予以明确。"]

_CJK = re.compile(r"[\u4e00-\u9fff]")


def draw(n, seed, key):
    """The thirty-first stream and each axis's draw (a number each, drawn whether or not the axis may apply); the
    deadline axis is applied here, on the measures, before any form prints them."""
    q = random.Random(f"blindsynth-s69:{seed}")
    n.q69 = q
    n.d69 = {k: q.random() for k in AXES}
    n.key69 = key
    quannian(n, key)


def _d(n, k):
    d = getattr(n, "d69", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b69:" + k not in n.axes:
        n.axes.append("b69:" + k)


# ---------------------------------------------------------------- deadlines

def quannian(n, key):
    """`全年` alone as the deadline (霍山经济开发区 2025's 重点工作及责任清单: a 完成时限 column printing `全年` in most rows).
    Drawn where the deadline stands in a column or after a label line (tables, labelled items), on P_QUANNIAN_ITEM of the
    notice's measures (one at least), never in a notice whose deadlines an earlier stream respelled (sessions 56, 58,
    59).  Truth: tests/fixtures/README.md (`measures[].deadline`: the wording as printed); null where the form prints
    none, as before."""
    if key not in DL_KEYS or _d(n, "quannian") >= P_QUANNIAN or not n.measures:
        return
    if any(a.startswith(("b56:dl", "b58:dlword", "b59:range")) for a in n.axes):
        return
    q = n.q69
    hits = [m for m in n.measures if q.random() < P_QUANNIAN_ITEM] or [q.choice(n.measures)]
    for m in hits:
        m["deadline"] = "全年"
    _mark(n, "quannian")


# ---------------------------------------------------------------- the list

def list_draws(n, form, plain):
    """The shapes this list's items may print: ("zhuban",) on inline-verb lists, ("runon",) on inline-verb and
    inline-label lists, both only where the items print the form's own bracket (plain)."""
    out = []
    if not plain:
        return ()
    if form == "inline-verb" and _d(n, "zhuban") < P_ZHUBAN:
        out.append(("zhuban",))
    if form in ("inline-verb", "inline-label") and _d(n, "runon") < P_RUNON \
            and not any(a in n.axes for a in ("b54:nomark", "b55:stop", "b58:bullet", "b58:articles")):
        out.append(("runon",))
    return tuple(out)


def item(n, blocks, m, form, shapes):
    """The item's blocks with this stream's bracket shape printed on them."""
    if not shapes or not blocks or any(k == "html" for k, _ in blocks):
        return blocks
    if has_shape(shapes, "zhuban"):
        blocks = zhuban(n, blocks, m)
    return blocks


_VERB = re.compile(r"^(由)?(.+?)牵头，(.+?)(配合|参与|协同)(，[^，（）]*)?$")


def _only_names(s, names):
    """Whether s is exactly the names, parted by 、 (the last maybe by 及 or 和: session 59)."""
    rest = s
    for i, p in enumerate(names):
        if not rest.startswith(p):
            return False
        rest = rest[len(p):]
        if i < len(names) - 1:
            if not rest[:1] in ("、", "及", "和"):
                return False
            rest = rest[1:]
    return rest == ""


def zhuban(n, blocks, m):
    """主办 / 协办 as the bracket's verbs (黑龙江省人民政府 2013, 关于落实《政府工作报告》重点工作责任分工的意见: `（省财政厅
    主办，省国税局、地税局协办）`, `（省发改委主办，省工信委、…协办）`, a lone unit still `（省发改委负责）`): an item whose
    bracket is the first stream's `L牵头，S配合` (参与, 协同; 由 before L dropped) prints `（L主办，S协办）`, a deadline clause
    after it kept.  P_ZHUBAN of the inline-verb lists whose items print the form's own bracket, P_ZHUBAN_ITEM of their items
    so bracketed (one at least).  Truth: **where the written conventions left it open** (docs/forms.md names 主办单位 |
    协办单位 columns the lead and the support, "as 承办 / 协办 in an inline bracket", and 承办 names the responsible unit as
    负责 does; 主办 as a verb is written nowhere): 主办 names the lead and 协办 the supports, as the same words do as
    column heads and labels (session 56's 交办 table, session 46's 主办单位 lines) — unchanged."""
    q = n.q69
    if not m["support"] or not (q.random() < P_ZHUBAN_ITEM or not getattr(n, "zhuban69", False)):
        return blocks
    leads = [p for p, _ in m["lead"]]
    sups = [p for p, _ in m["support"]]
    for i, (k, t) in enumerate(blocks):
        if k != "p" or not t.endswith("）"):
            continue
        for j in [x.start() for x in re.finditer("（", t)]:
            body = t[j + 1:-1]
            mm = _VERB.match(body)
            if not mm or not _only_names(mm.group(2), leads) or not _only_names(mm.group(3), sups):
                continue
            new = f"（{mm.group(2)}主办，{mm.group(3)}协办{mm.group(5) or ''}）"
            blocks = list(blocks)
            blocks[i] = (k, t[:j] + new)
            n.zhuban69 = True
            _mark(n, "zhuban")
            return blocks
    return blocks


_ITEM_NO = re.compile(r"^(\d+[.、．﹒]|（\d+）|\(\d+\)|[①-⑳]|[０-９]+．)")
_CLOSE = ("）", ")", "］", "]", "〕")


def run_on(n, blocks, spans, shapes):
    """Two or three items run on in one paragraph (黑龙江省人民政府 2013: `（一）地区生产总值增长11%左右。（省发改委负责）
    （二）公共财政收入增长13%左右。（省财政厅主办，…协办）` on one line, the short indicator items of a part printed
    together): an item printed as one paragraph closing with its bracket (or the bracket and a stop) joins the paragraph of the item right before it,
    in the same section, with nothing between (P_RUNON_JOIN of such items, one join at least; three items a paragraph at
    most).  spans: (block index, measure) of the items printed as one block.  Truth unchanged: each item is a measure of
    its own, its number, text and bracket as before (tests/fixtures/README.md `measure_no`: the printed number)."""
    if not has_shape(shapes, "runon") or len(spans) < 2:
        return blocks
    q = n.q69
    ok = {}
    for at, m in spans:
        k, t = blocks[at]
        ok[at] = k == "p" and t.endswith(_CLOSE + tuple(c + "。" for c in _CLOSE)) and bool(_ITEM_NO.match(t)) \
            and "\n" not in t
    joins = []
    for (a, ma), (b, mb) in zip(spans, spans[1:]):
        if b == a + 1 and ok[a] and ok[b] and ma["section_no"] == mb["section_no"]:
            joins.append(b)
    if not joins:
        return blocks
    picked = {b for b in joins if q.random() < P_RUNON_JOIN} or {q.choice(joins)}
    out, run = [], 0
    for i, blk in enumerate(blocks):
        if i in picked and out and run < 3:
            k, t = out[-1]
            out[-1] = (k, t + blk[1])
            run += 1
            continue
        out.append(blk)
        run = 1
    _mark(n, "runon")
    return out


# ---------------------------------------------------------------- a table's task cells

def cell_spaces(n, body):
    """A task cell carrying a space where the source's line broke inside a word (霍山经济开发区 2025's 重点工作及责任清单,
    copied from its PDF: `…优化“重点项目直通车”“无忧办”工作机 制，…`, `…全力服务重 大项目落地见效。`): one space (two
    in three cells) or two, each between two Chinese characters at least six characters from either end of the text.
    P_CELLSPACE of html tables, P_CELL_ITEM of their task cells (one at least), only where the task's text stands once
    in the table's markup.  Truth: tests/fixtures/README.md `measures[].text` (a space with a Chinese character on both
    sides is dropped, `工作机 制` -> `工作机制`): unchanged."""
    if _d(n, "cellspace") >= P_CELLSPACE:
        return body
    q = n.q69
    markup = [i for i, (k, _) in enumerate(body) if k == "html"]
    if not markup:
        return body
    body = list(body)
    cands = []
    for m in n.measures:
        esc = _html.escape(m["text"], quote=False)
        hits = [i for i in markup if esc in body[i][1]]
        if len(hits) == 1 and body[hits[0]][1].count(esc) == 1 and len(m["text"]) >= 14:
            cands.append((m, esc, hits[0]))
    if not cands:
        return body
    picked = [c for c in cands if q.random() < P_CELL_ITEM] or [q.choice(cands)]
    done = False
    for m, esc, i in picked:
        t = m["text"]
        cuts = [c for c in range(6, len(t) - 5) if _CJK.match(t[c - 1]) and _CJK.match(t[c])]
        if not cuts:
            continue
        k = 1 if q.random() < 0.67 or len(cuts) < 8 else 2
        at = sorted(q.sample(cuts, k))
        if k == 2 and at[1] - at[0] < 3:
            at = at[:1]
        spaced, last = [], 0
        for c in at:
            spaced.append(t[last:c])
            last = c
        spaced.append(t[last:])
        new = _html.escape(" ".join(spaced), quote=False)
        body[i] = (body[i][0], body[i][1].replace(esc, new, 1))
        done = True
    if done:
        _mark(n, "cellspace")
    return body


# ---------------------------------------------------------------- the letter

def letter(n, head, meta, ext, wx):
    """This stream's shapes of the letter, printed once every earlier stream printed its own.  Returns whether any was
    drawn (meta mended where a shape changes what it says)."""
    if n.letterless:
        return False
    drawn = yinfa(n, head, meta, ext, wx)
    drawn = zhongyang(n, head, meta) or drawn
    return drawn


def yinfa(n, head, meta, ext, wx):
    """A title with no 关于 (天津市人民政府办公厅 2017, 津政办函〔2017〕103号: `天津市人民政府办公厅印发关于促进我市开发区改革
    和创新发展实施方案的通知`, the older form of a forwarding title, as 国务院办公厅印发…的通知): a title printed
    `<the office's short name>关于印发<plan>的通知` prints `<the office's short name>印发<plan>的通知`, on one line or as
    the issuer's line over the rest; on an HTML page half the time under a policy site's `导读：` line opening the letter
    (the same page's copy on a policy site; own words).  P_YINFA of such letters, not where a later shape of the title was
    drawn (session 68's spaces).  Truth: tests/fixtures/README.md `title` ("as printed in its title line(s), joined"): the
    title as printed; the 导读 line is the site's summary, no title, number or date."""
    if _d(n, "yinfa") >= P_YINFA:
        return False
    title = meta.get("title") or ""
    short = n.place.office_short
    pre = short + "关于印发"
    if not title.startswith(pre) or not title.endswith("的通知") or "b68:space" in n.axes:
        return False
    plan = title[len(pre):]
    new = short + "印发" + plan
    one = [i for i, b in enumerate(head) if b == ("title", title)]
    two = [i for i in range(len(head) - 1) if head[i] == ("title", short) and head[i + 1] == ("title", "关于印发" + plan)]
    if len(one) == 1:
        head[one[0]] = ("title", new)
    elif len(two) == 1:
        head[two[0] + 1] = ("title", "印发" + plan)
    else:
        return False
    for i, (k, t) in enumerate(head):
        if title in t:
            head[i] = (k, t.replace(title, new))  # the title printed again (session 68's glued number) says the same
    meta["title"] = new
    _mark(n, "yinfa")
    if ext == "html" and not wx and n.q69.random() < P_DAODU:
        lvl = {"province": "省", "district": "区", "county": "县"}.get(n.place.kind, "市")
        head.insert(0, ("p", n.q69.choice(DAODU).format(year=n.year, lvl=lvl)))
        _mark(n, "daodu")
    return True


def zhongyang(n, head, meta):
    """A province's recipients naming its autonomous prefectures and the central units in the province (甘肃省人民政府
    2022, 甘政发〔2022〕9号: `各市、自治州人民政府，兰州新区管委会，省政府各部门，中央在甘各单位：`): a province government's
    recipients line closes with `中央在湘各单位` (`中央驻湘各单位` a third of the time) before its colon, and in a province
    holding autonomous prefectures (湖南, 四川, 湖北) opens half the time with `各市、自治州人民政府` for its cities' group.
    P_ZHONGYANG of a province government's letters whose recipients line stands as the province draw printed it.  Truth:
    tests/fixtures/README.md `recipients` (as printed, in order; ，always separates; the place-word pieces of a 各 group
    sharing one head, `各县、自治县、区(市)人民政府`, are one recipient): `各市、自治州人民政府` one recipient, the central
    units one more."""
    p = n.place
    if _d(n, "zhongyang") >= P_ZHONGYANG or p.kind != "province" or p.issuer != "gov":
        return False
    recs = meta.get("recipients") or []
    line = next((ln for ln, r in p.recipients if r == recs), None)
    at = [i for i, b in enumerate(head) if b == ("recip", line)]
    abbr = PROV_ABBR.get(p.name)
    if line is None or len(at) != 1 or not recs or not abbr or not line.endswith("："):
        return False
    q = n.q69
    recs = list(recs)
    if p.name in PREFECTURE_PROVINCES and recs[0].startswith("各市") and line.startswith(recs[0]) \
            and q.random() < 0.5:
        line = "各市、自治州人民政府" + line[len(recs[0]):]
        recs[0] = "各市、自治州人民政府"
    central = f"中央{'驻' if q.random() < 0.33 else '在'}{abbr}各单位"
    recs.append(central)
    head[at[0]] = ("recip", line[:-1] + "，" + central + "：")
    meta["recipients"] = recs
    _mark(n, "zhongyang")
    return True
