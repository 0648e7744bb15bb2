"""Session 74 axes (a thirty-sixth stream, `blindsynth-s74:<seed>`): shapes real notices print, from pages of the
`pages` corpus, that none of the thirty-five earlier streams drew (docs/blindsynth.md "Session 74 axes").

- items numbered `（一）` under `一、` headings, restarting under each heading, each closing with its own assignment
  (四川省发展和改革委员会 2022, a 实施方案 on a law database: `（一）加强市场体系建设。…〔责任单位：…〕` under
  `一、深化现代流通市场化改革`): the items' numbers as they were
- the title line closed by a space and the doc number, no number line of its own (常州市人民政府 2023 on its
  information portal's download page: `关于印发…的通知 常政发〔2023〕1号`): the title and the number read apart
- the letter's own points opened `一要…`, `二要…`, `三要…` (常州市人民政府 2023: `一要凝聚共识抓落实。…`): no measures
- an aggregator's summary line over the letter (lr5.cn's 2024 copy of 成都市发展和改革委员会's notice: the title, a space
  and the recipients line's opening cut with `…`): the title and recipients the letter's own
- the information box as a list, each label over its value (镇巴县人民政府 2024: `• 发文机构:` / `县政府网站`,
  `• 发文日期:` / `2024年04月06日 16:40`, empty 主题分类, 来源, 有效性, 内容概述): the signature's issuer and date

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import html as _html
import random
import re

from . import words

P_YIITEM = 0.7     # of item lists (no table) whose 一、 sections restart their items' numbers (see yiitem)
P_TITLENUM = 0.2   # of letters printing the number on a line of its own beside a one-line title
P_YIYAO = 0.5      # of letters printing their own points 一、二、(三、)
P_SNIPPET = 0.08   # of letters printing a title line and one recipients line (no document site's preview)
P_BBOX = 0.35      # of pages printing the first stream's xxgk box over a signed, dated letter
P_TONGZHI = 0.15   # of letters whose title, ending 的通知, is printed once as its title lines joined
AXES = ["yiitem", "titlenum", "yiyao", "snippet", "bbox", "tongzhi"]
TABLES = ("html-table", "text-tab", "text-bar", "text-bl", "text-pipe", "text-sp", "text-box", "text-layout",
          "xlsx-table", "docx-table")
ITEM_STYLES = ("dot", "dun", "fdot", "paren", "hparen", "circ", "fw")  # not `1. ` (its space would stay after （一）)
_DUN = re.compile(r"^[一二三四五六七八九十]+、$")
# an item's number in each style ITEM_STYLES names (words.item_label), at a line's start
_ITEM_NO = {"dot": r"\d{1,2}\.(?!\d)", "dun": r"\d{1,2}、", "fdot": r"\d{1,2}．", "paren": r"（\d{1,2}）",
            "hparen": r"\(\d{1,2}\)", "circ": r"[①-⑳]", "fw": r"[０-９]{1,2}．"}


def draw(n, seed, key):
    """The thirty-sixth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-s74:{seed}")
    n.q74 = q
    n.d74 = {k: q.random() for k in AXES}
    n.key74 = key


def _d(n, k):
    d = getattr(n, "d74", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b74:" + k not in n.axes:
        n.axes.append("b74:" + k)


# ---------------------------------------------------------------- the list

def body(n, blocks):
    """This stream's shape of the list, drawn once every earlier stream printed it and drew on its measures."""
    if getattr(n, "d74", None) is None:
        return blocks
    return yiitem(n, blocks)


def yiitem(n, blocks):
    """Items numbered `（一）` under `一、` headings (四川省发展和改革委员会 2022, 四川省“十四五”现代流通体系建设实施方案 on a
    law database: `一、深化现代流通市场化改革` over `（一）加强市场体系建设。…〔责任单位：省发展改革委、…〕`, `（二）…`,
    the numbers restarting at `（一）` under `二、`; 嘉鱼县 2021 prints its like).  P_YIITEM of item lists (no table) whose
    sections are headed `一、` with a title (not nested), whose items each close with their own assignment (no count
    sentence, group line, part sentence or topic over them), restart their numbers under each heading and are
    numbered `1.` `1、` `1．` `（1）` `(1)` `①` or `１．`, ten at most a section: every item's number printed `（一）`,
    `（二）` … in place of its own.  Truth unchanged: `measure_no` the printed number (一 is 1), its section the heading
    over it.  tests/fixtures/README.md speaks of no `（一）` item under a `一、` heading; the holdout does:
    lawmirror-sichuan-2022-18 (the same office's 2022 law-database copy, `（一）`… restarting under each `一、`, every item
    closing with its 〔责任单位：…〕) reads each as measure N of its heading's section."""
    if _d(n, "yiitem") >= P_YIITEM or n.key74 in TABLES or n.key74 == "headlead" or not n.sections:
        return blocks
    styles = [a[len("items:"):] for a in n.axes if a.startswith("items:")]
    if len(styles) != 1 or styles[0] not in ITEM_STYLES or "sections:dun" not in n.axes:
        return blocks
    if any(a.startswith(("b73:spacedot", "b53:formal", "b60:steps")) for a in n.axes):  # steps (1) under (一) read two ways
        return blocks
    # the page's items each close with their own assignment: no count sentence, group line, part sentence or topic over them
    if any(a.startswith(("b45:count", "b45:topic", "group-line:", "b47:chengban", "b46:opinion")) for a in n.axes):
        return blocks
    if not all(_DUN.match(s.get("label") or "") and s.get("title") for s in n.sections):
        return blocks
    for s in n.sections:
        nos = [m["measure_no"] for m in n.measures if m["section_no"] == s["no"]]
        if not nos or nos != list(range(1, len(nos) + 1)) or len(nos) > len(words.SECTION_NUMS):
            return blocks
    if any(not m["section_no"] for m in n.measures):
        return blocks
    heads = {s["no"]: s["label"] + s["title"] for s in n.sections}
    out = list(blocks)
    at, sec, done = 0, None, []
    for m in n.measures:
        label = words.item_label(styles[0], m["measure_no"])
        i = at
        while i < len(out):
            k, t = out[i]
            if k == "head" and t.startswith(heads.get(m["section_no"], "\0")):
                sec = m["section_no"]
            if k == "p" and t.startswith(label + m["text"][:4]) and sec == m["section_no"]:
                break
            i += 1
        if i >= len(out):
            return blocks
        done.append((i, label, m["measure_no"]))
        at = i + 1
    for i, label, no in done:
        k, t = out[i]
        out[i] = (k, f"（{words.SECTION_NUMS[no - 1]}）" + t[len(label):])
    # a line numbered as the items are that is no measure (session 63's report-only item, `4．粮食总产量…` under its
    # 数据提供部门) would keep its number among the （一） items, which no page prints: such a list is left as it was
    style = styles[0]
    changed = {i for i, _, _ in done}
    if any(k == "p" and re.match(_ITEM_NO[style], t) for j, (k, t) in enumerate(out) if j not in changed):
        return blocks
    _mark(n, "yiitem")
    return out


# ---------------------------------------------------------------- the letter

def letter(n, head, meta, wx):
    """This stream's shapes of the letter, printed once every earlier stream printed its own."""
    if getattr(n, "d74", None) is None or n.letterless or getattr(n, "mid67", False):
        return False
    titlenum(n, head, meta, wx)
    tongzhi(n, head, meta)
    yiyao(n, head)
    snippet(n, head, meta)
    return False


def titlenum(n, head, meta, wx):
    """The title line closed by a space and the doc number, the number printed on no line of its own (常州市人民政府
    2023, 关于印发2023年《政府工作报告》重点任务分解落实方案的通知, on the city's information portal's download page:
    `关于印发…的通知 常政发〔2023〕1号` over the recipients).  P_TITLENUM of letters (no WeChat copy) printing the number
    on a line of its own right over or under a title printed once on one line: the number's line printed after the
    title, one space between, and taken away where it stood.  Truth unchanged: the title the title line's words before
    the number, the number as before (tests/fixtures/README.md speaks of a number printed before the title in one
    heading, not after; the same reason holds: the number is no word of the title, GB/T 9704 prints it apart)."""
    if _d(n, "titlenum") >= P_TITLENUM or wx or "title-2-lines" in n.axes:
        return
    num = meta.get("doc_number") or ""
    title = meta.get("title") or ""
    if not num or not title:
        return
    ts = [i for i, b in enumerate(head) if b == ("title", title)]
    if len(ts) != 1 or sum(1 for k, _ in head if k == "title") != 1:
        return
    t = ts[0]
    ns = [i for i, (k, x) in enumerate(head) if k == "center" and x.replace(" ", "") == num]
    if len(ns) != 1 or abs(ns[0] - t) != 1:
        return
    if sum(x.count(num) for _, x in head) != 1 or sum(x.count(title) for _, x in head) != 1:
        return
    line = head[ns[0]][1].strip()
    head[t] = ("title", title + " " + line)
    del head[ns[0]]
    _mark(n, "titlenum")


def tongzhi(n, head, meta):
    """The title block's last line the kind word alone, letter-spaced, `通 知` (黄石市下陆区人民政府办公室 2020, 关于印发
    2020年区政府重点工作责任分解的通知, on the district's portal: `区人民政府办公室` / `关于印发2020年区政府重点工作责任
    分解的` / `通 知` over the recipients).  P_TONGZHI of letters whose title, ending `的通知`, is printed once as its
    title lines (one, or the office's over the 关于 line; not a 关于 line already broken): the last line printed without its 通知, and `通 知` a title
    line of its own under it.  Truth unchanged: `title` the title lines joined, the space between two Chinese characters
    dropped (tests/fixtures/README.md `measures[].text` / `deadline` (and the titles): the spaces an extraction left in
    Chinese prose go)."""
    title = meta.get("title") or ""
    if _d(n, "tongzhi") >= P_TONGZHI or not title.endswith("的通知"):
        return
    ts = [i for i, (k, _) in enumerate(head) if k == "title"]
    if not ts or ts != list(range(ts[0], ts[-1] + 1)) or "".join(head[i][1] for i in ts) != title:
        return
    last = head[ts[-1]][1]
    if not last.startswith("关于") or len(last) < 8 or sum(t.count(title) for k, t in head if k != "title") \
            or sum(t.count(last) for _, t in head) != 1:
        return
    head[ts[-1]:ts[-1] + 1] = [("title", last[:-2]), ("title", "通 知")]
    _mark(n, "tongzhi")


POINT_HEADS = [("一、提高思想认识。", "一要提高思想认识。"), ("二、压实工作责任。", "二要压实工作责任。"),
               ("三、加强督促检查。", "三要加强督促检查。")]


def yiyao(n, head):
    """The letter's own points opened `一要…`, `二要…`, `三要…` (常州市人民政府 2023: `一要凝聚共识抓落实。…`, `二要压实责任
    抓落实。…`, `三要争分夺秒抓落实。…` after `有关要求如下：`).  P_YIYAO of letters printing their own points (the first
    stream's `一、提高思想认识。…`): each point printed `一要提高思想认识。…`, its paragraph as before.  Truth unchanged:
    the letter's points are no measures (they name no unit as a lead or support: docs/forms.md, the letter's text)."""
    if _d(n, "yiyao") >= P_YIYAO:
        return
    hit = False
    for i, (k, t) in enumerate(head):
        for old, new in POINT_HEADS:
            if k == "indent" and t.startswith(old):
                head[i] = (k, new + t[len(old):])
                hit = True
    if hit:
        _mark(n, "yiyao")


def snippet(n, head, meta):
    """An aggregator's summary line over the letter (lr5.cn's 2024 copy of 成都市发展和改革委员会's joint notice: under the
    heading, the title, a space and the recipients line's first characters cut with `…`, `…的通知 各区(市)县政府(管委会…`,
    then the heading again and the letter).  P_SNIPPET of letters printing a title line and one recipients line: the
    line `<title> <the recipients line's first 8-16 characters>…` printed before the letter's first line.  Truth
    unchanged: the title the title lines', the recipients the recipients line's (a summary is the site's, no line of
    the notice: tests/fixtures/README.md reads the title from the notice's title lines, the page's own heading only
    where the content prints none)."""
    if _d(n, "snippet") >= P_SNIPPET:
        return
    title = meta.get("title") or ""
    recs = [t for k, t in head if k == "recip"]
    if not title or len(recs) != 1 or not any(k == "title" for k, _ in head) or len(recs[0]) < 12:
        return
    cut = n.q74.randint(8, min(16, len(recs[0]) - 3))
    head.insert(0, ("p", title + " " + recs[0][:cut] + "…"))
    _mark(n, "snippet")


# ---------------------------------------------------------------- the information box as a list

def info_box(n, box, post):
    """The information box as a list, each label over its value (镇巴县人民政府 2024 on its portal: `• 索引号:` over the
    number, `• 主题分类:` over nothing, `• 来源:`, `• 发文机构:` over `县政府网站`, `• 发文字号:` over the number,
    `• 发文日期:` over `2024年04月06日 16:40` (the posting time), `• 有效性:`, `• 发布日期:` over `2024年04月06日 16:34`,
    `• 内容概述:`).  P_BBOX of a government's pages printing the first stream's box (no box of sessions 65-67) over a
    letter its office signs and dates: the box printed so, 发文机构 the level's `市政府网站` (`区`, `县` as the place's level word), 发文字号
    the letter's number or empty, 发文日期 and 发布日期 the posting day with a clock time.  Truth unchanged: the issuer and
    date the signature's (docs/forms.md: the document's own words before the page's; a site is no issuer), the number
    the letter's."""
    if not box or _d(n, "bbox") >= P_BBOX or n.letterless or getattr(n, "box66", None) or getattr(n, "box67", False):
        return box
    if n.place.issuer != "gov":
        return box  # (a department's or a zone's page is its own portal's, not the government's site)
    meta = getattr(n, "meta62", None)
    sig = getattr(n, "sign_date", None)
    if not meta or sig is None or meta.get("date") != sig.isoformat() or meta.get("issuer") != n.place.office:
        return box
    if any(a.startswith(("b65:box", "digit-date", "b49:undated", "b48:gazette", "b44:")) for a in n.axes):
        return box
    q = n.q74
    y, mo, d = post.split("-")
    h, mi = q.randint(8, 17), q.randint(10, 59)
    day = f"{y}年{mo}月{d}日"
    n.bbox74 = True
    _mark(n, "bbox")
    return [box[0], ("主题分类", ""), ("来源", ""), ("发文机构", n.place.word + "政府网站"),
            ("发文字号", meta.get("doc_number") or ""), ("发文日期", f"{day} {h:02d}:{mi:02d}"), ("有效性", ""),
            ("发布日期", f"{day} {h:02d}:{mi - q.randint(1, 9):02d}"), ("内容概述", "")]


def box_rows(n, box, html):
    """The box's fields as 镇巴县's page prints them (a list, each label over its value), or None."""
    if not getattr(n, "bbox74", False) or not box:
        return None
    if html:
        e = lambda s: _html.escape(s, quote=False)  # noqa: E731
        return '<ul class="xxgk">' + "".join(f"<li><span>{e(k)}:</span><p>{e(v)}</p></li>" for k, v in box) + "</ul>"
    lines = []
    for k, v in box:
        lines.append(f"• {k}:")
        if v:
            lines.append("  " + v)
    return lines
