"""Session 73 axes (a thirty-fifth stream, `blindsynth-s73:<seed>`): shapes real notices print, from pages of the
`pages` corpus, that none of the thirty-four earlier streams drew (docs/blindsynth.md "Session 73 axes").

- the supports' label printed `参与单位` (菏泽市人民政府办公室 2023, 菏政办字〔2023〕1号: `各参与单位要主动作为` in the
  letter, its items closing `（牵头单位：…；参与单位：…）`): the units it names support
- a leading body's member units as the lone responsible units (武汉 2022, 改善空气质量2022年工作方案 on a document
  site: `（责任单位：市重污染天气应急指挥部各成员单位）`): one unit, a catch-all, leading
- item numbers printed with a space before the dot, `1 .` (武汉 2022 on the same document site: `1 .做好重污染天气
  应对。`): the items' numbers as they were
- a letter's title naming the issuing office by its level alone, `市人民政府办公室关于印发…的通知` (嘉鱼县 2024,
  嘉政办发〔2024〕1号: `县人民政府办公室关于印发…`; 六盘水市 2022, 六盘水府办发〔2022〕10号): the title as printed
- a letter the party committee and the government issue themselves, their names one line over the 关于 line
  (中共鄄城县委 and 鄄城县人民政府 2023: `中共鄄城县委 鄄城县人民政府` / `关于印发《…》的通知`, signed on two lines, its
  recipients naming the party's bodies and 各人民团体): the title block joined, both bodies the issuer
- a Word copy printing a space before every opening bracket, 《 and “ (菏泽市人民政府办公室 2023 on a mirror:
  `菏政办字 〔2023〕1号`, `各县区人民政府 （管委会）`, `为贯彻落实 《…》`, `坚持 “一把手”`): numbers, recipients and units
  read without it

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random
import re

P_CANYU = 0.3       # of labelled, inline-label and html-table notices printing a support label 参与单位 can stand for
P_MEMBER = 0.6      # of a government's own item lists printing a lone `责任单位：X` label (see member)
P_MEMBER_ITEM = 0.4  # of those items (one at least)
P_SPACEDOT = 0.5    # of item lists numbered `1.` (three items or more)
P_LEVEL = 0.2       # of a government's own letters whose one-line title opens with the office's name
P_JOINTBODY = 0.4   # of a government's own letters printing the office as the title block's first line
P_WORDSPACE = 0.15  # of a government's own notices printing a letter
KINDS = ("city", "district", "cls")  # a city's, a district's or a county-level city's own government
AXES = ["canyu", "member", "spacedot", "level", "jointbody", "wordspace"]
CANYU_FORMS = ("labelled", "inline-label", "html-table")
TABLES = ("html-table", "text-tab", "text-bar", "text-bl", "text-pipe", "text-sp", "text-box", "text-layout",
          "xlsx-table", "docx-table")

MEMBERS = ["{w}重点工作推进领导小组各成员单位", "{w}优化营商环境工作领导小组各成员单位", "{w}项目建设指挥部各成员单位"]
_SUP_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(?:配合单位|协办单位|配合部门)(?=[：:｜])")
_SUP_HEAD = re.compile(r">(?:配合单位|协办单位|配合部门)<")
_DOT = re.compile(r"^(\d{1,2})\.(?=[^\d\s.])")
_LABEL = re.compile(r"^\s*[^\s：:｜（(，。]{2,8}[：:｜]")  # a label line: `配合单位：…`, `完成时限：…`
_OPENERS = re.compile(r"(?<=[^\s　（《“〔(])([（《“〔])")  # an opener run on to a character (not one at a line's start)


def draw(n, seed, key):
    """The thirty-fifth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-s73:{seed}")
    n.q73 = q
    n.d73 = {k: q.random() for k in AXES}
    n.key73 = key


def _d(n, k):
    d = getattr(n, "d73", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b73:" + k not in n.axes:
        n.axes.append("b73:" + k)


# ---------------------------------------------------------------- the list

def body(n, blocks):
    """This stream's shapes of the list, drawn once every earlier stream printed it and drew on its measures."""
    if getattr(n, "d73", None) is None:
        return blocks
    blocks = member(n, blocks)
    blocks = canyu(n, blocks)
    blocks = spacedot(n, blocks)
    return wordspace_body(n, blocks)


def canyu(n, blocks):
    """The supports' label printed `参与单位` (菏泽市人民政府办公室 2023, 菏政办字〔2023〕1号, on a mirror of the office's
    site: the letter asks `各参与单位要主动作为`, its items close `（牵头单位：…；参与单位：…）`).  P_CANYU of labelled,
    inline-label and html-table notices printing a support label `配合单位`, `协办单位` or `配合部门` (before its colon, or
    as a header cell): every such label printed `参与单位`.  Truth unchanged: the units it names support, in printed
    order (tests/fixtures/README.md's role words: the 协办 (配合, 参与) list supports; holdout wordspace-heze-2023-6, the
    same office's 2023 list, reads 参与单位 so)."""
    if _d(n, "canyu") >= P_CANYU or n.key73 not in CANYU_FORMS:
        return blocks
    out, hit = [], False
    for k, t in blocks:
        if k == "html":
            new = _SUP_HEAD.sub(">参与单位<", t)
        elif k == "p" and n.key73 != "html-table":
            new = _SUP_LABEL.sub("参与单位", t)
        else:
            new = t
        hit = hit or new != t
        out.append((k, new))
    if not hit:
        return blocks
    _mark(n, "canyu")
    return out


def member(n, blocks):
    """A leading body's member units as the lone responsible units (武汉 2022, 改善空气质量2022年工作方案 on a document
    site: `（责任单位：市重污染天气应急指挥部各成员单位）` after an item).  P_MEMBER of a government's own item lists (a
    city's, a district's or a county-level city's) printing a lone `责任单位：X` label, X one named unit with no support
    printed once so; P_MEMBER_ITEM of those items (one at least) print `市重点工作推进领导小组各成员单位`,
    `市优化营商环境工作领导小组各成员单位` or `市项目建设指挥部各成员单位` (the place's level word; one name a notice)
    for X.  Truth: one unit, leading, a catch-all (tests/fixtures/README.md: a catch-all printed with 各 is one unit as
    printed, `null` in `agencies`; a lone 责任单位 list leads: holdout piecegap-wuhan-2022-1, the same plan, reads
    `市重污染天气应急指挥部各成员单位` as the item's one lead, `null`)."""
    p = n.place
    if _d(n, "member") >= P_MEMBER or p.issuer != "gov" or p.kind not in KINDS or n.key73 in TABLES:
        return blocks
    cands = []
    for m in n.measures:
        if len(m["lead"]) != 1 or m["support"] or m["lead"][0][1] is None:
            continue
        name = m["lead"][0][0]
        pat = re.compile(r"责任单位[：:｜]" + re.escape(name) + r"(?=$|[）)；;，,。\s])")
        hits = [i for i, (k, t) in enumerate(blocks) if k == "p" and pat.search(t)]
        named = [m2 for m2 in n.measures if any(u == name for u, _ in m2["lead"] + m2["support"])]
        # one item names it: a line a group of items shares (session 41's group lines) is no one item's
        if len(hits) == 1 and len(pat.findall(blocks[hits[0]][1])) == 1 and len(named) == 1 \
                and sum(t.count(name) for k, t in blocks) == 1:
            cands.append((m, hits[0], pat))
    if not cands:
        return blocks
    q = n.q73
    picked = [c for c in cands if q.random() < P_MEMBER_ITEM] or [q.choice(cands)]
    unit = q.choice(MEMBERS).format(w=p.word)
    blocks = list(blocks)
    for m, i, pat in picked:
        k, t = blocks[i]
        blocks[i] = (k, pat.sub(lambda mo: mo.group(0)[:5] + unit, t, count=1))
        m["lead"] = [(unit, None)]
    _mark(n, "member")
    return blocks


def spacedot(n, blocks):
    """Item numbers printed with a space before the dot, `1 .` (武汉 2022 on a document site's preview of the Word file:
    `1 .做好重污染天气应对。…`, `2 .提升重点行业企业环保绩效水平。…`, Word's list numbers copied with their space).
    P_SPACEDOT of item lists whose items open `1.` (three or more): every item's `N.` printed `N .`.  Truth unchanged:
    the items' numbers as they were (`measure_no` the printed number, docs/forms.md's item numbering; the space is the
    copy's, no word of the number or the text)."""
    if _d(n, "spacedot") >= P_SPACEDOT or n.key73 in TABLES or "items:dot" not in n.axes:
        return blocks
    at = [i for i, (k, t) in enumerate(blocks) if k == "p" and _DOT.match(t)]
    if len(at) < 3 or len(at) > len(n.measures):
        return blocks
    blocks = list(blocks)
    for i in at:
        k, t = blocks[i]
        blocks[i] = (k, _DOT.sub(r"\1 .", t, count=1))
    _mark(n, "spacedot")
    return blocks


# ---------------------------------------------------------------- the letter

def letter(n, head, meta, wx):
    """This stream's shapes of the letter, printed once every earlier stream printed its own (a Word copy's spaces last,
    over what the others printed).  Returns whether the title changed (meta mended)."""
    if getattr(n, "d73", None) is None:
        return False
    changed = _title_shapes(n, head, meta, wx)
    wordspace(n, head, meta)
    return changed


def _title_shapes(n, head, meta, wx):
    if n.letterless or getattr(n, "mid67", False) or wx:
        return False
    p = n.place
    if p.issuer != "gov" or p.kind not in KINDS or p.office != p.full + "人民政府办公室":
        return False
    if getattr(n, "title68", None) or getattr(n, "title70", None) or any(a.startswith("b72:joint") for a in n.axes):
        return False
    return jointbody(n, head, meta) or level(n, head, meta)


def level(n, head, meta):
    """A letter's title naming the issuing office by its level alone (嘉鱼县人民政府办公室 2024, 嘉政办发〔2024〕1号:
    `县人民政府办公室关于印发 2024年县《政府工作报告》确定的…的通知`, its box's 名称 the same; 六盘水市人民政府办公室 2022,
    六盘水府办发〔2022〕10号: `市人民政府办公室关于印发六盘水市…的通知`).  P_LEVEL of a government's own letters whose
    title, printed once on one line, opens with the office's name: `市人民政府办公室关于…` (`区` for a district).  Truth:
    `title` as printed (tests/fixtures/README.md: the title line's words); `issuer` unchanged, the signature's office in
    full (the title's level word names no place)."""
    if _d(n, "level") >= P_LEVEL or "title-2-lines" in n.axes:
        return False
    p = n.place
    title = meta.get("title") or ""
    if not title.startswith(p.office_short + "关于"):
        return False
    at = [i for i, b in enumerate(head) if b == ("title", title)]
    seen = [i for i, (_, t) in enumerate(head) if title in t]
    if len(at) != 1 or seen != at:
        return False
    new = p.word + "人民政府办公室" + title[len(p.office_short):]
    head[at[0]] = ("title", new)
    meta["title"] = new
    _mark(n, "level")
    return True


def jointbody(n, head, meta):
    """A letter the party committee and the government issue themselves, their names one line over the 关于 line
    (中共鄄城县委 and 鄄城县人民政府 2023, on the county's portal: `中共鄄城县委 鄄城县人民政府` over `关于印发《…》的通知`,
    `现将《…》印发给你们，请结合实际认真贯彻落实。`, signed `中共鄄城县委` over `鄄城县人民政府`, its recipients naming
    the party's bodies, `县委和县政府各部门（单位）` and `各人民团体`).  P_JOINTBODY of a government's own letters whose
    title block prints the office as its first line (`苏州市人民政府办公室` over `关于印发…`), signed once by the office:
    the first line printed `中共苏州市委 苏州市人民政府` (one space or none), the signature `中共苏州市委` over
    `苏州市人民政府` (a district's in full: `中共苏州市姑苏区委`, `苏州市姑苏区人民政府`), the letter's sentence
    `现将《…》印发给你们，请结合实际认真贯彻落实。` where the first stream printed `《…》已经市政府同意，现印发给你们…`, and
    the recipients closed by `市委各部门` and `各人民团体`, a letterhead `中共苏州市委文件` (the lead body's) where the first
    stream printed the office's.  Truth: `title` the title block joined, its space dropped
    (tests/fixtures/README.md `title`: an issuer printed as the title block's first line directly over the 关于 line is
    part of the title); `issuer` both bodies as their signature lines print them, in printed order, joined by 、
    (tests/fixtures/README.md, "`issuer` of a letter two bodies issue together"; holdout jointissue-datongxian-2019-12);
    `recipients` as printed, in order; the doc number the one the first stream drew (read as printed)."""
    if _d(n, "jointbody") >= P_JOINTBODY or "title-2-lines" not in n.axes:
        return False
    p = n.place
    title = meta.get("title") or ""
    rest = title[len(p.office_short):]
    if not title.startswith(p.office_short + "关于"):
        return False
    at = [i for i in range(len(head) - 1) if head[i] == ("title", p.office_short) and head[i + 1] == ("title", rest)]
    sig = [i for i, b in enumerate(head) if b == ("right", p.office)]
    titles = [i for i, (k, _) in enumerate(head) if k == "title"]
    if len(at) != 1 or len(sig) != 1 or len(titles) != 2:
        return False
    q = n.q73
    party_short, gov_short = "中共" + p.name + "委", p.name + "人民政府"
    party, gov = "中共" + p.full + "委", p.full + "人民政府"
    head[at[0]] = ("title", party_short + q.choice([" ", ""]) + gov_short)
    head[sig[0]:sig[0] + 1] = [("right", party), ("right", gov)]
    for i, b in enumerate(head):
        if b == ("center", p.office_short + "文件"):
            head[i] = ("center", party_short + "文件")  # the lead body's letterhead (GB/T 9704: it may print alone)
    meta["title"] = party_short + gov_short + rest
    meta["issuer"] = party + "、" + gov
    old = f"《{n.table_title}》已经{p.gov}同意，现印发给你们，请认真贯彻落实。"
    for i, (k, t) in enumerate(head):
        if k == "indent" and t.startswith(old):
            head[i] = (k, f"现将《{n.table_title}》印发给你们，请结合实际认真贯彻落实。" + t[len(old):])
            break
    rec = meta.get("recipients") or []
    lines = [i for i, (k, _) in enumerate(head) if k == "recip"]
    if rec and len(lines) == 1 and head[lines[0]][1].endswith(rec[-1] + "："):
        more = [p.word + "委各部门", "各人民团体"]
        head[lines[0]] = ("recip", head[lines[0]][1][:-1] + "，" + "，".join(more) + "：")
        meta["recipients"] = list(rec) + more
    _mark(n, "jointbody")
    return True


# ---------------------------------------------------------------- a Word copy's space before an opener

def _wordspace_ok(n):
    p = n.place
    return _d(n, "wordspace") < P_WORDSPACE and p.issuer == "gov" and not n.letterless \
        and not getattr(n, "mid67", False)


def _spaced(t, keep):
    """`t` with a space before every opening bracket, 《 and “ run on to a character, but inside the spans `keep` names
    (an opener closing a kept span's run, `…以上。（牵头单位：…`, is spaced)."""
    spans = [(t.find(k), t.find(k) + len(k)) for k in keep if k and k in t]
    return _OPENERS.sub(lambda mo: mo.group(1) if any(a <= mo.start() < b for a, b in spans) else " " + mo.group(1), t)


def wordspace_body(n, blocks):
    """The list's half of `wordspace` (below): item lists only (no table), every opener in an item's line outside its
    task's words (a unit's bracket, `各县 （市、区）人民政府`, the item's assignment bracket `… （牵头单位：…）`)."""
    if not _wordspace_ok(n) or n.key73 in TABLES:
        return blocks
    texts = sorted({m["text"] for m in n.measures}, key=len, reverse=True)
    keep = texts + [s["title"] for s in n.sections if s.get("title")] + [m["deadline"] for m in n.measures
                                                                        if m.get("deadline")]
    out = []
    for k, t in blocks:
        # an item's line (its task's words printed in it) or a label line; a heading or a paragraph is left alone
        if k == "p" and (any(x in t for x in texts) or _LABEL.match(t)):
            t = _spaced(t, [x for x in keep if x in t])
        out.append((k, t))
    if out != blocks:
        n.ws73 = True
    return out


def wordspace(n, head, meta):
    """A Word copy printing a space before every opening bracket, 《 and “ run on to a character (菏泽市人民政府办公室
    2023, 菏政办字〔2023〕1号, on a mirror of the office's site: `菏政办字 〔2023〕1号`, `各县区人民政府 （管委会），…`,
    `为深入贯彻落实 《…》`, `坚持 “一把手”负总责`).  P_WORDSPACE of a government's own notices printing a letter: the doc
    number's line, the recipients line and the letter's paragraphs (not its 附件 line), and in an item list (no table)
    every item's line outside its task's words.  The title lines, the plan's heading, the 附件 line naming it and the
    task's own words are left as printed.  Truth
    unchanged: the doc number without the space (tests/fixtures/README.md `doc_number`: a space beside the number's
    brackets goes), the recipients and the units as named without it (holdout wordspace-heze-2023-6, the same office's
    2023 page: `各县区政府（管委会）` and the recipients written without the Word space), the task's text and deadline as
    they were (the bracket after the text is no word of it)."""
    if not _wordspace_ok(n):
        return False
    num = meta.get("doc_number") or ""
    hit = bool(getattr(n, "ws73", False))
    for i, (k, t) in enumerate(head):
        # (an 附件 line names the table as its heading does: left as printed, as the heading is)
        if k == "recip" or (k == "indent" and not t.startswith("附件")) \
                or (k == "center" and num and "〔" in t and t.replace(" ", "") == num):
            new = _spaced(t, [])
            if new != t:
                head[i] = (k, new)
                hit = True
    if hit:
        _mark(n, "wordspace")
    return hit
