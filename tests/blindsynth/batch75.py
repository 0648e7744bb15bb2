"""Session 75 axes (a thirty-seventh stream, `blindsynth-s75:<seed>`): shapes real notices print, from pages of the
`pages` corpus, that none of the thirty-six earlier streams drew (docs/blindsynth.md "Session 75 axes").

- the title line wrapped in 《》, a 《》 inside it turned 〈〉 (北京市人民政府办公厅 2016 and 成都市人民政府 2014 on rules
  mirrors: `《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》` as the title line): the title without
  the outer marks, its 〈〉 as printed
- the signature date printed twice, one line under the other (运城市人民政府办公厅 2017 on a law database: `2017年4月13日`
  over `2017年4月13日` under the signature): the date once
- a 关键词 field in the information box, the place, 人民政府 and the title's words parted by spaces (德阳市人民政府 2016 on
  an association's policy page: `关键词 | 德阳市 人民政府 公共服务 推广 …`): no issuer, no title
- the （一） items printed with half-width brackets `(一)` (蔡甸区人民政府办公室 2023: `(一)地区生产总值增长7%以上` over
  `责任单位:区发展和改革局` under `一、…`): the items' numbers as they were
- a table's header cells printing a space where their line broke (崇川区 2023's 民生实事项目推进情况 table: `分管 领导`,
  `牵头 单位`): the columns as before

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random
import re

P_BOOKMARK = 0.12   # of letters printing their title once as one title line (no WeChat copy, no earlier title shape)
P_DATETWICE = 0.1   # of letters whose signature date stands on a line of its own under the signature
P_KEYWORDS = 0.3    # of pages printing the first stream's xxgk box as it was drawn (no later stream's box)
P_HALFYI = 0.5      # of session 74's （一） item lists
P_HDRSPACE = 0.25   # of html tables (not transposed)
P_HDR_CELL = 0.6    # of a drawn table's header cells of four to six Chinese characters (one at least)
AXES = ["bookmark", "datetwice", "keywords", "halfyi", "hdrspace"]
_YI = re.compile(r"^（([一二三四五六七八九十]+)）")
_DATE = re.compile(r"^[0-9０-９○〇一二三四五六七八九十]{4}年[0-9０-９○〇一二三四五六七八九十]{1,3}月[0-9０-９○〇一二三四五六七八九十]{1,3}日$")
_TR = re.compile(r"<tr[^>]*>.*?</tr>", re.S)
_HCELL = re.compile(r">([\u4e00-\u9fff]{4,6})<")
# the words a 关键词 field picks out of the plan's name, in the order the name prints them (德阳 2016's field lists the
# name's words one by one after the place and 人民政府)
KEYWORDS = ("政府工作报告", "民生实事", "重点工作", "重点任务", "重点项目", "目标任务", "任务", "责任", "分工", "分解", "方案",
            "清单", "计划")


def draw(n, seed, key):
    """The thirty-seventh stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-s75:{seed}")
    n.q75 = q
    n.d75 = {k: q.random() for k in AXES}
    n.key75 = key


def _d(n, k):
    d = getattr(n, "d75", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b75:" + k not in n.axes:
        n.axes.append("b75:" + k)


# ---------------------------------------------------------------- the list

def body(n, blocks):
    """This stream's shape of the list, drawn once every earlier stream printed it and drew on its measures."""
    if getattr(n, "d75", None) is None:
        return blocks
    return halfyi(n, blocks)


def halfyi(n, blocks):
    """The （一） items printed with half-width brackets, `(一)` (蔡甸区人民政府办公室 2023, 2023年区《政府工作报告》确定的
    主要目标任务责任分解方案, on the district's portal: `一、2023年全区经济社会发展的主要预期目标` over `(一)地区生产总值增长7%
    以上` and `责任单位:区发展和改革局`, `(二)…`).  P_HALFYI of the lists session 74 numbered `（一）` under `一、` headings:
    each item's `（N）` printed `(N)`.  Truth unchanged: `measure_no` the printed number (一 is 1), its section the heading
    over it (lawmirror-sichuan-2022-18's reading, as session 74's; the bracket's width is no part of the number)."""
    if _d(n, "halfyi") >= P_HALFYI or "b74:yiitem" not in n.axes:
        return blocks
    heads = [m["text"][:4] for m in n.measures]
    out, hit = list(blocks), False
    for i, (k, t) in enumerate(out):
        m = _YI.match(t) if k == "p" else None
        if m and any(t[m.end():].startswith(h) for h in heads):
            out[i] = (k, f"({m.group(1)})" + t[m.end():])
            hit = True
    if not hit:
        return blocks
    _mark(n, "halfyi")
    return out


def header_spaces(n, body):
    """A table's header cells printing a space where their line broke (崇川区 2023, 2023年区政府重点民生实事项目推进情况,
    on the district's portal: a table whose header prints `分管 领导`, `牵头 单位` beside `责任主体与协同单位`).  P_HDRSPACE of
    html tables (not transposed): in the first row of each table, P_HDR_CELL of the cells holding four to six Chinese
    characters (one at least) print one space after their first half (`牵头 单位`, `完成 时限`, `主要 任务`).  Truth
    unchanged: a header names its column (tests/fixtures/README.md reads the columns by their meaning; a space an
    extraction left between two Chinese characters is no word of it)."""
    if _d(n, "hdrspace") >= P_HDRSPACE:
        return body
    q = n.q75
    out, done = list(body), False
    for i, (k, t) in enumerate(out):
        if k != "html" or "<table" not in t:
            continue
        pieces, last, new = [], 0, []
        for tab in re.finditer(r"<table", t):
            row = _TR.search(t, tab.start())
            if not row:
                continue
            cells = list(_HCELL.finditer(row.group(0)))
            if not cells:
                continue
            picked = [c for c in cells if q.random() < P_HDR_CELL] or [q.choice(cells)]
            text = row.group(0)
            for c in sorted(picked, key=lambda c: -c.start()):
                w = c.group(1)
                h = len(w) // 2
                text = text[:c.start(1)] + w[:h] + " " + w[h:] + text[c.end(1):]
            new.append((row.start(), row.end(), text))
        for s, e, text in sorted(set(new)):
            if s < last:
                continue
            pieces.append(t[last:s])
            pieces.append(text)
            last = e
        if new:
            pieces.append(t[last:])
            out[i] = (k, "".join(pieces))
            done = True
    if not done:
        return body
    _mark(n, "hdrspace")
    return out


# ---------------------------------------------------------------- the letter

def letter(n, head, meta, wx):
    """This stream's shapes of the letter, printed once every earlier stream printed its own; True where the title's
    truth changed."""
    if getattr(n, "d75", None) is None or n.letterless or getattr(n, "mid67", False):
        return False
    changed = bookmark(n, head, meta, wx)
    datetwice(n, head)
    return changed


def bookmark(n, head, meta, wx):
    """The title line wrapped in 《》, a 《》 inside it turned 〈〉 (rules mirrors of 北京市人民政府办公厅's 2016 关于印发
    〈北京市2016年政务公开工作要点〉的通知 and 成都市人民政府's 2014 notice: the title line `《…关于印发〈…〉的通知》` under
    the site's heading, over the number).  P_BOOKMARK of letters (no WeChat copy) printing their title once as one title
    line, no earlier stream's shape of the title: the line printed `《<title>》`, its own 《》 as 〈〉.  Truth: `title`
    the words inside the outer marks, 〈〉 as printed (the holdout's practice: leaderdata-chengdu-2019-5,
    ruleleader-zhejiang-2019-7 and repostcut-huzhou-2019-9, rules mirrors printing the title so, read the title without
    the outer marks and keep the 〈〉; tests/fixtures/README.md `title`: as printed in its title line(s))."""
    if _d(n, "bookmark") >= P_BOOKMARK or wx or "title-2-lines" in n.axes:
        return False
    if getattr(n, "title68", None) or getattr(n, "title70", None):
        return False
    title = meta.get("title") or ""
    ts = [i for i, (k, _) in enumerate(head) if k == "title"]
    if not title or len(ts) != 1 or head[ts[0]][1] != title or sum(t.count(title) for _, t in head) != 1:
        return False
    inner = title.replace("《", "〈").replace("》", "〉")
    head[ts[0]] = ("title", f"《{inner}》")
    meta["title"] = inner
    _mark(n, "bookmark")
    return True


def datetwice(n, head):
    """The signature date printed twice, one line under the other (运城市人民政府办公厅 2017, 关于印发运城市突发事件应急体系
    建设“十三五”规划责任分解的通知, on a law database: the office's line over `2017年4月13日` twice).  P_DATETWICE of
    letters whose signature date stands alone on a right-aligned line right under a right-aligned line: the date's line
    printed again under itself.  Truth: `date` the date, once (it says the same both times)."""
    if _d(n, "datetwice") >= P_DATETWICE:
        return
    ds = [i for i, (k, t) in enumerate(head) if k == "right" and _DATE.match(t.strip())]
    if len(ds) != 1 or ds[0] == 0 or head[ds[0] - 1][0] != "right":
        return
    head.insert(ds[0] + 1, head[ds[0]])
    _mark(n, "datetwice")


# ---------------------------------------------------------------- the information box

def info_box(n, box):
    """A 关键词 field in the information box (德阳市人民政府 2016, 关于在公共服务领域推广政府和社会资本合作模式的实施意见, on an
    association's policy page: `关键词 | 德阳市 人民政府 公共服务 推广 资本 合作 模式 实施意见 | 公开形式 | 主动公开 | 信息来源 |
    德阳市公众信息网`).  P_KEYWORDS of pages printing the first stream's box as it was drawn (索引号, 发布机构, 成文日期,
    主题分类; no later stream's box): a last field `关键词` whose value is the place, `人民政府` and the words of the plan's
    name (政府工作报告, 重点工作, 任务, 分工, 方案 …) parted by spaces.  Truth unchanged: the issuer the signature's, the
    title the title line's (a field of search words names neither)."""
    if not box or _d(n, "keywords") >= P_KEYWORDS or [k for k, _ in box] != ["索引号", "发布机构", "成文日期", "主题分类"]:
        return box
    name = n.table_title
    got = []
    for w in KEYWORDS:
        at = name.find(w)
        if at >= 0 and not any(at < a + len(g) and a < at + len(w) for g, a in got):
            got.append((w, at))
    if len(got) < 2:
        return box
    words = [w for w, _ in sorted(got, key=lambda x: x[1])]
    _mark(n, "keywords")
    return box + [("关键词", " ".join([n.place.full, "人民政府"] + words))]
