"""Session 67 axes (a twenty-ninth stream, `blindsynth-s67:<seed>`): shapes real notices print, from pages of the
`pages` corpus, that none of the twenty-eight earlier streams drew (docs/blindsynth.md "Session 67 axes").

- an item's label bracket printed square exactly where its units hold a round bracket (嘉鱼县 2021: `[牵头单位:县发改局(粮食局);
  责任单位:…]` beside `(牵头单位:县财政局;责任单位:…)` in one list): truth unchanged
- the role words 主要责任单位 / 其他责任单位 (or 协同配合单位) for lead and support, the letter saying what each does (华容县 2021,
  谯城区 2020): 主要 leads, 其他 / 协同配合 support
- two catch-alls joined by 及 before 按职责分工负责 (咸阳市 2022 `…牵头，市级各有关部门及各县市区政府按职责分工负责`): two supports,
  each a catch-all (null)
- a law site's text copy printing the notice's HTML source as text (山西省 2018 on a labour-law site: `发文机关:` / `发布日期:` /
  `时效性 :` / `文号 :` fields, then `<p>…</p><p style="text-align: right;"> …</p>` as printed): truth unchanged
- a document site's preview opening in the letter's last sentence (石景山区 2019 on a model-text site: the plan's name, `栏目:…发布:
  …浏览:…下载…次收藏`, `认真贯彻执行。`, the signature, a page footer `— — — 2 —`, the plan): the title the page's heading (the plan's
  name), no doc number, no recipients
- a county portal's chrome (泾县 2023): `• 无障碍` / `• 长辈版`, `您现在所在的位置: 网站首页> …`, the box two fields a line with ASCII
  colons and a `名称:` field holding the title, `发布时间:… 来源:…(办公室) 浏览次数: 字体:[ ]`: truth unchanged

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random
import re

from . import batch59, batch66
from .shapes import has_shape

P_SQUARE = 0.5    # of inline-label item lists
P_ZHUYAO = 0.25   # of labelled and inline-label item lists of a government's notice
P_JIJI = 0.35     # of inline-verb item lists of a city's, district's or county-level city's own government notice
P_JIJI_ITEM = 0.4  # of their items printing the form's own `A牵头，B配合` bracket (one at least)
P_RAW = 0.2       # of text copies of a letter over an item list, no chrome, no wrap, not one line
P_MID = 0.06      # of text copies of a government's signed letter
P_JX = 0.08       # of pages and text copies printing the chrome over a signed, dated letter
AXES = ["square", "zhuyao", "jiji", "raw", "mid", "jx"]

LEAD_WORDS = ("牵头责任单位", "牵头单位", "牵头部门")
SUP_WORDS = ("配合单位", "协办单位", "配合部门", "责任单位")
# the two sentences the letter prints on the roles (华容县 2021's letter names them; reworded)
ZHUYAO_LINES = ["各主要责任单位要牵头抓好落实，其他责任单位要密切配合、主动跟进。",
                "主要责任单位负责统筹推进，其他责任单位按职责抓好配合落实。"]
XIETONG_LINES = ["主要责任单位要牵头抓总，协同配合单位要服从大局、积极支持。"]
SITE_COLUMNS = ["策划方案", "工作计划", "实施方案"]
CRUMB_TAIL = "年度重点工作任务分解、执行及落实情况"


def draw(n, seed, key):
    """The twenty-ninth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-s67:{seed}")
    n.q67 = q
    n.d67 = {k: q.random() for k in AXES}
    n.key67 = key


def _d(n, k):
    d = getattr(n, "d67", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b67:" + k not in n.axes:
        n.axes.append("b67:" + k)


# ---------------------------------------------------------------- the list

def list_draws(n, form, plain):
    """The shapes this list's items may print: ("square",) on inline-label lists, ("zhuyao", word) on labelled and
    inline-label lists of a government's notice, ("jiji", dept, lower) on inline-verb lists of a city's, district's or
    county-level city's own government notice.  plain: whether the items print the form's own bracket or lines."""
    out = []
    p = n.place
    if form == "inline-label" and _d(n, "square") < P_SQUARE:
        out.append(("square",))
    if form in ("labelled", "inline-label") and p.issuer == "gov" and _d(n, "zhuyao") < P_ZHUYAO:
        other = "其他责任单位" if n.q67.random() < 0.7 else "协同配合单位"
        n.xietong67 = other == "协同配合单位"
        out.append(("zhuyao", other))
    if form == "inline-verb" and plain and p.issuer == "gov" and p.kind in ("city", "district", "cls") \
            and _d(n, "jiji") < P_JIJI:
        dept = {"city": "市级各有关部门", "district": "区直有关部门", "cls": "市直各有关部门"}[p.kind]
        lower = next((c for c in p.catchalls if c.startswith("各")), None)
        if lower:
            out.append(("jiji", dept, lower))
    return tuple(out)


def _outer(text):
    """Index of the opener matching the text's final closer （…） or (…), or -1."""
    if not text or text[-1] not in "）)":
        return -1
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        c = text[i]
        if c in "）)":
            depth += 1
        elif c in "（(":
            depth -= 1
            if depth == 0:
                return i
    return -1


def item(n, blocks, m, form, shapes):
    """The item's blocks with this stream's list shapes printed on them."""
    if not shapes or not blocks:
        return blocks
    if has_shape(shapes, "jiji"):
        blocks = jiji(n, blocks, m, has_shape(shapes, "jiji"))
    if has_shape(shapes, "zhuyao"):
        blocks = zhuyao(n, blocks, has_shape(shapes, "zhuyao")[1])
    if has_shape(shapes, "square"):
        blocks = square(n, blocks)
    return blocks


def square(n, blocks):
    """An inline-label item's closing label bracket printed square where its units hold a round bracket (嘉鱼县 2021: its
    list prints `[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]` for an item whose lead prints a second sign, and
    `(牵头单位:县财政局;…)` for the next): `（…）` -> `［…］`, `(…)` -> `[…]`, the round brackets inside left as printed; the
    other items keep theirs.  P_SQUARE of the inline-label lists.  Truth: docs/parsing.md "Brackets of any shape" (session
    54's 〔〕 / ［］ and session 55's ASCII `[…]` read as the round ones): unchanged."""
    out = list(blocks)
    for i, (k, t) in enumerate(out):
        if k == "html":
            continue
        at = _outer(t)
        if at < 0:
            continue
        inner = t[at + 1:-1]
        if not re.match(r"^[^（(]{0,12}[：:]", inner) and not re.search(r"[；;，,][^（(]{2,8}[：:]", inner):
            continue  # no label bracket
        if "（" not in inner and "(" not in inner:
            continue
        o, c = ("［", "］") if t[at] == "（" else ("[", "]")
        out[i] = (k, t[:at] + o + inner + c)
        _mark(n, "square")
    return out


_LEAD_RE = re.compile(r"(^|[（(［\[；;，,\s])(" + "|".join(LEAD_WORDS) + r")(?=[：:｜])")
_SUP_RE = re.compile(r"(^|[（(［\[；;，,\s])(" + "|".join(SUP_WORDS) + r")(?=[：:｜])")


def zhuyao(n, blocks, other):
    """The role words 主要责任单位 (lead) and 其他责任单位 (谯城区 2020: 协同配合单位) for support, in an item's label lines or label
    bracket (华容县 2021's letter: the main responsible unit leads, the others carry out their share of support): where an
    item's lead label (牵头单位, 牵头部门, 牵头责任单位) stands before a colon, it is printed 主要责任单位, and a support label
    after it (配合单位, 协办单位, 配合部门, or 责任单位 beside the lead label) the drawn word; a lone 责任单位 (its units leading,
    no lead label) is left.  P_ZHUYAO of the labelled and inline-label lists of a government's notice; the letter says what
    each does (`letter`).  Truth: **where the written conventions left it open**, 主要责任单位 leads (a word of its own,
    docs/parsing.md "Labels", session 54) and 其他责任单位 / 协同配合单位 support: the list names two kinds of responsible
    unit, the main one and the others, and the letter printed over it gives the main one the lead and the others the
    support; read so, every unit keeps the role the first stream drew."""
    out = list(blocks)
    seen_lead = False
    for i, (k, t) in enumerate(out):
        if k == "html":
            continue
        mm = _LEAD_RE.search(t)
        if mm:
            seen_lead = True
            at = mm.start(2)
            t2 = t[:at] + "主要责任单位" + _SUP_RE.sub(lambda x: x.group(1) + other, t[mm.end(2):])
        elif seen_lead:
            t2 = _SUP_RE.sub(lambda x: x.group(1) + other, t)
        else:
            t2 = t
        if t2 != t:
            out[i] = (k, t2)
            _mark(n, "zhuyao")
    return out


def jiji(n, blocks, m, shape):
    """Two catch-alls joined by 及 closing an inline-verb item's bracket before 按职责分工负责 (咸阳市 2022's 放管服 要点:
    `（市政府办公室、…办公室牵头，市级各有关部门及各县市区政府按职责分工负责）`): the departments' catch-all of the place and its
    lower governments' (`市级各有关部门及各县（市、区）人民政府`, `区直有关部门及各街道办事处`, `市直各有关部门及各镇（街道）`), in place of
    the item's supports, the lead clause as printed.  P_JIJI of the inline-verb lists of a city's, district's or county-level
    city's own government notice, P_JIJI_ITEM of their items whose bracket is the first stream's `A牵头，B<verb>` (one at
    least; its supports' verb the first stream's, 配合, 参与, 协同 or 按职责分工负责, never another stream's 参加 or 各负其责).
    Truth: docs/forms.md inline-verb (a clause by duties after one naming the lead supports) and
    tests/fixtures/README.md "Lists" (及 parts two units, a 各 group or a 直有关 group is a catch-all, `null` in `agencies`):
    the item's supports the two catch-alls in printed order, its deadline none (the bracket prints none)."""
    q = n.q67
    hit = q.random() < P_JIJI_ITEM or not getattr(n, "jiji67", False)
    if not hit or len(blocks) != 1 or blocks[0][0] == "html":
        return blocks
    k, t = blocks[0]
    at = _outer(t)
    if at < 0 or t[at] != "（":
        return blocks
    inner = t[at + 1:-1]
    mm = re.match(r"^(由)?([^，（(：:]+?)牵头，[^，（(：:]+?(配合|参与|协同|按职责分工负责)(，[^，]*)?$", inner)
    if not mm or any(isinstance(u, batch59.Conj) for u in m["lead"]) or not m["lead"]:
        return blocks
    lead_text = mm.group(2)
    if lead_text.endswith("分别"):
        return blocks
    _, dept, lower = shape
    body = f"{mm.group(1) or ''}{lead_text}牵头，{dept}及{lower}按职责分工负责"
    blocks = [(k, t[:at] + "（" + body + "）")]
    m["support"] = [(dept, None), (lower, None)]
    m["deadline"] = None
    n.jiji67 = True
    _mark(n, "jiji")
    return blocks


# ---------------------------------------------------------------- the letter

def _text_at(head):
    for i, (k, t) in enumerate(head):
        if k == "indent" and "印发给你们" in t:
            return i
    return None


def letter(n, head, meta, key, ext, wx):
    """This stream's shapes of the letter, printed once every earlier stream printed its own.  Returns whether any was
    drawn (meta mended where a shape changes what it says)."""
    if n.letterless:
        return False
    drawn = zhuyao_line(n, head)
    drawn = mid_letter(n, head, meta, ext, wx) or drawn
    return drawn


def zhuyao_line(n, head):
    """The letter's sentence on the two kinds of responsible unit, after its first sentence, where the list prints them."""
    if "b67:zhuyao" not in n.axes:
        return False
    at = _text_at(head)
    if at is None:
        return False
    k, t = head[at]
    cut = t.find("。")
    if cut < 0:
        return False
    lines = XIETONG_LINES if getattr(n, "xietong67", False) else ZHUYAO_LINES
    head[at] = (k, t[:cut + 1] + n.q67.choice(lines) + t[cut + 1:])
    return True


_RULE_AXES = ("first", "rule", "default", "copula", "huizong", "b60:", "b66:lone")
_LETTER_AXES = ("digit-date", "b49:undated", "b48:gazette", "b51:docrecip", "b51:lostclose", "b54:runrecip", "b64:nori",
                "b65:wrap", "b66:annex")


def mid_letter(n, head, meta, ext, wx):
    """A document site's preview opening in the letter's last sentence (石景山区 2019 on a model-text site: the page's
    heading, the plan's name; `栏目:策划方案发布:2019-04-17浏览:3013下载230次收藏`; the preview from `认真贯彻执行。` on, the two
    offices' signatures and the date, a page footer `— — — 2 —`, then the plan): the letter's title block, doc number,
    recipients and every sentence but the last clause of its last paragraph before the signature cut off; the page's
    heading the plan's name and the site's line over the preview.  P_MID of the text copies of a government's signed,
    dated letter (no digit, undated or gazette letter, no damaged number, no title over two lines, no numbered list of
    attachments, no first-listed rule or default units stated in it, which the cut would take away), never a WeChat copy; the copy prints no portal chrome (the site's line is its chrome).  Truth:
    tests/fixtures/README.md `title` (a page whose content prints no title line of its own is titled by the page's
    heading): the plan's name; doc number none and recipients none (none printed); issuer and date the signature's; the
    table title the plan's heading over the list, unchanged."""
    if _d(n, "mid") >= P_MID or ext != "txt" or wx or n.place.issuer != "gov":
        return False
    if any(a.startswith(_LETTER_AXES) for a in n.axes):
        return False
    if n.letter_convention or getattr(n, "convention", False) or any(r in a for a in n.axes for r in _RULE_AXES):
        return False  # a rule the letter states would be cut with it (bs23111's first version: every unit leading)
    sig = [i for i, b in enumerate(head) if b == ("right", n.place.office)]
    if len(sig) != 1 or meta.get("issuer") != n.place.office or not getattr(n, "sign_date", None) \
            or meta.get("date") != n.sign_date.isoformat():
        return False
    s = sig[0]
    paras = [i for i in range(s) if head[i][0] == "indent" and not head[i][1].startswith(("附件", "联系人", "特此", "此通知"))]
    tt = n.table_title
    if not paras or head[-1] != ("center", tt) or not any(k == "recip" for k, _ in head[:s]):
        return False
    k = paras[-1]
    text = head[k][1].rstrip("。")
    cut = max(text.rfind("，"), text.rfind("。"))
    tail = text[cut + 1:] + "。"
    if len(tail) < 4:
        return False
    q = n.q67
    post = n.sign_date.isoformat()
    views = q.randint(200, 5000)
    site = f"栏目:{q.choice(SITE_COLUMNS)}发布:{post}浏览:{views}下载{q.randint(10, views // 10)}次收藏"
    rest = head[k + 1:]
    at = max(i for i, (kk, _) in enumerate(rest) if kk == "right")
    rest.insert(at + 1, ("p", "— — — 2 —"))  # the page's footer closes the letter's page
    head[:] = [("title", tt), ("p", site), ("indent", tail)] + rest
    meta["title"] = tt
    meta["doc_number"] = None
    meta["recipients"] = []
    n.mid67 = True
    _mark(n, "mid")
    return True


# ---------------------------------------------------------------- a law site's copy of the HTML source

def raw_html(n, title, blocks, meta):
    """A law site's text copy printing the notice's HTML source as text (山西省人民政府 2018 on a labour-law site: the title,
    `发文机关:山西省人民政府` / `发布日期:2018年03月27` / `生效日期:…` / `时效性 :现行有效` / `文号 :晋政发〔2018〕13号`, then the
    notice's paragraphs as their markup, `<p>各市、县人民政府，…</p><p> 现将…</p><p style="text-align: right;"> 山西省人民政府</p>`
    run on one line to the plan's heading, then each paragraph a line with `<p><br/></p>` between some).  The letter's title
    block and doc number line are the site's fields, not the content's.  P_RAW of the text copies of a signed letter over an
    item list that print no chrome, no hard wrap and not one line (no gazette's number line, undated or digit-dated letter:
    their date stands over the recipients, in the block the site's fields replace; nor session 50's signature digits that
    split two ways, whose day the site's 发布日期 field would print, bs23081's first version).  Truth: **where the written conventions left it open**,
    unchanged: the tags are a site's failure to render the page, no words of the notice (a tag's name is no Chinese word
    and no reader of the page takes `<p style="text-align: right;">` for text), so every field is the words between them
    as the page means them; the doc number is the one the site's 文号 field and the letter agree on, the title the site's
    heading, the letter's own."""
    if _d(n, "raw") >= P_RAW or any(k == "html" for k, _ in blocks):
        return None
    if ("right", n.place.office) not in blocks or any(a.startswith(("b48:gazette", "b49:undated", "digit-date",
                                                                    "b50:digitdate")) for a in n.axes):
        return None  # a letter dated by a line over its recipients would lose its date with the title block (bs23030)
    q = n.q67
    date = n.sign_date
    day = f"{date.year}年{date.month:02d}月{date.day:02d}"
    lines = [title, f"发文机关:{meta['issuer']}", f"发布日期:{day}", f"生效日期:{day}", "时效性 :现行有效",
             f"文号 :{meta['doc_number'] or ''}"]
    run, after = [], []
    started = False
    tt = n.table_title
    for k, t in blocks:
        if not started:
            if k == "recip":
                started = True
            else:
                continue
        if k in ("title", "center") and t == tt or after:
            if k in ("title", "center"):
                tag = f'<p style="text-align: center;"><strong>{t}</strong></p>'
            elif k == "head":
                tag = f"<p><strong> {t}</strong></p>"
            elif k == "right":
                tag = f'<p style="text-align: right;"> {t}</p>'
            else:
                tag = f"<p> {t}</p>"
            after.append(tag)
            if q.random() < 0.4:
                after.append("<p><br/></p>")
            continue
        if k == "right":
            run.append(f'<p style="text-align: right;"> {t}</p>')
        elif k == "recip":
            run.append(f"<p>{t}</p>")
        else:
            run.append(f"<p> {t}</p>")
    if not started or not after:
        return None
    _mark(n, "raw")
    return "\n".join(lines + ["".join(run) + "<p><br/></p>"] + after) + "\n"


# ---------------------------------------------------------------- the portal's chrome

def chrome(n, top, info, box, post, title):
    """泾县's 2023 portal (its xxgk page of 年度重点工作任务分解): `• 无障碍` / `• 长辈版` over `您现在所在的位置: 网站首页> 政府信息公开
    首页 > <the office>> 年度重点工作任务分解、执行及落实情况`, the box two fields a line with ASCII colons, `索引号: … 组配分类: …` /
    `发布机构: <place>人民政府(办公室) 主题分类: 综合政务 / 其他 / 通知` / `名称: <the letter's title> 文号: <its number>` / `发布日期:
    <day> hh:mm`, and the information line `发布时间:<day> hh:mm 来源:<place>人民政府(办公室) 浏览次数: 字体:[ ]`.  P_JX of the pages
    and text copies printing the chrome over a government's signed, dated letter (session 65's and 66's boxes and heading
    not drawn).  Truth unchanged: the letter's own number, office and day (the document's words before the page's,
    docs/forms.md); the box's 名称 is the title the letter prints, its 发布机构 the place's government with its office in
    half-width brackets, no signer."""
    if _d(n, "jx") >= P_JX or n.place.issuer != "gov" or getattr(n, "box66", None) or getattr(n, "views66", None) \
            or "b65:box" in n.axes or "b65:editor" in n.axes or getattr(n, "mid67", False):
        return top, info, box
    meta = batch66._signed(n)
    if meta is None:
        return top, info, box
    q = n.q67
    hm = f"{q.randint(8, 17):02d}:{q.randint(0, 59):02d}"
    body = f"{n.place.name}人民政府(办公室)"
    top = ["• 无障碍", "• 长辈版",
           f"您现在所在的位置: 网站首页> 政府信息公开首页 > {n.place.office_short}> {CRUMB_TAIL}"]
    idx = f"11{q.randint(10 ** 15, 10 ** 16 - 1)}H/{n.year}{n.sign_date.month:02d}-{q.randint(10, 999):05d}"
    box = [("索引号", idx), ("组配分类", CRUMB_TAIL), ("发布机构", body), ("主题分类", "综合政务 / 其他 / 通知"),
           ("名称", title), ("文号", meta.get("doc_number") or "无"), ("发布日期", f"{post} {hm}")]
    info = f"发布时间:{post} {hm} 来源:{body} 浏览次数: 字体:[ ]"
    n.box67 = True
    _mark(n, "jx")
    return top, info, box


def box_rows(n, box, html):
    """The box's rows as 泾县's page prints them (two fields a line, `label: value`), or None."""
    if not getattr(n, "box67", False) or not box:
        return None
    rows = [" ".join(f"{k}: {v}" for k, v in box[i:i + 2]) for i in range(0, len(box), 2)]
    if html:
        import html as _html
        return '<div class="xxgk">' + "".join(f"<p>{_html.escape(r, quote=False)}</p>" for r in rows) + "</div>"
    return rows
