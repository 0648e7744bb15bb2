"""Session 70 axes (a thirty-second stream, `blindsynth-s70:<seed>`): shapes real notices print, from pages of the
`pages` corpus, that none of the thirty-one earlier streams drew (docs/blindsynth.md "Session 70 axes").

- the leaders' posts opening an item's verb bracket (湖南省人民政府 2019, 湘政发〔2019〕1号, its 《政府工作报告》 分工
  意见 on the province's portal: `（分管副省长、协管副秘书长负责，省发展改革委牵头，…）`): people, never units
- a count after 等 closing a list of named supports (国务院 2018's 分工意见 as 生态环境部's news prints it:
  `生态环境部、国家发展改革委、科技部等14部门按照职责分工负责`): the names before 等, the count no unit
- a forum's copy of the letter (盐城市人民政府办公室 2019 on a local Discuz forum: `马上注册，结交更多好友…` /
  `您需要 登录 才可以下载或查看，没有账号？立即注册` / `x` over the title block): chrome, truth unchanged
- a portal's heading printing its column before 丨 (济宁市人民政府 2021 on 嘉祥县's portal: `政务服务丨济宁市人民政府
  关于…的实施意见`): the heading, not the title, which the letter prints
- a title whose `的通知` the site dropped (山西省人民政府办公厅 2017, 晋政办发〔2017〕55号, on a policy site:
  `山西省人民政府办公厅关于印发山西省贯彻落实《…》工作方案`, in the heading and the title line): the title as printed
- the doc number printed twice, one line under the other (北京市人民政府办公厅 2016, 京政办发〔2016〕26号, on the
  same policy site: the site's field and the letter's own line): the number once
- a space before the year inside the title (通山县人民政府 2022 on its xxgk page: `县人民政府关于分解落实 2022年县政府
  重点工作任务的通知`, in the title line and the box's 名称): the title without it

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random
import re

from .batch69 import _only_names
from .shapes import has_shape

P_POSTS = 0.8        # of inline-verb item lists of a government's own notice whose items print the form's own bracket
P_POSTS_ITEM = 0.6   # of their items whose bracket names its lead by 牵头 or 主办 (one at least)
P_DENGSHU = 0.6      # of item lists whose items print the form's own lines
P_DENGSHU_ITEM = 0.5  # of their items whose supports are two named units or more printed with 、 (one at least)
P_FORUM = 0.25       # of text copies of a letter printing no portal chrome
P_COLUMN = 0.1      # of pages and text copies printing the portal's heading over a letter's own title line
P_NOTONGZHI = 0.1    # of letters whose title is `…印发<plan>的通知`
P_TWICE = 0.12       # of letters printing their doc number on a line of its own
P_YEARSPACE = 0.1    # of letters whose title prints the year after a Chinese character
AXES = ["posts", "dengshu", "forum", "column", "notongzhi", "twice", "yearspace"]

# the posts a province's, a city's, a district's or a county-level city's bracket opens with (湖南 2019:
# 分管副省长、协管副秘书长负责); one wording a notice
POSTS = ["分管副{l}长、协管副秘书长负责", "分管副{l}长负责", "分管{l}领导负责"]
COUNT_TAILS = ["等{k}个部门", "等{k}部门", "等{k}个单位"]
COLUMNS = ["政务服务", "政策文件", "通知公告", "政府文件", "重点工作"]
FORUM = ["马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。", "您需要 登录 才可以下载或查看，没有账号？立即注册", "x"]

_CJK = re.compile(r"[\u4e00-\u9fff]")


def draw(n, seed, key):
    """The thirty-second stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-s70:{seed}")
    n.q70 = q
    n.d70 = {k: q.random() for k in AXES}
    n.key70 = key


def _d(n, k):
    d = getattr(n, "d70", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b70:" + k not in n.axes:
        n.axes.append("b70:" + k)


def _level(n):
    return {"province": "省", "district": "区"}.get(n.place.kind, "市")


# ---------------------------------------------------------------- the list

def list_draws(n, form, plain):
    """The shapes this list's items may print: ("posts", wording) on a government's inline-verb lists, ("dengshu",)
    on any item list, both only where the items print the form's own lines (plain)."""
    if not plain:
        return ()
    out = []
    if form == "inline-verb" and n.place.issuer == "gov" and _d(n, "posts") < P_POSTS:
        out.append(("posts", n.q70.choice(POSTS).format(l=_level(n))))
    if _d(n, "dengshu") < P_DENGSHU:
        out.append(("dengshu",))
    return tuple(out)


def item(n, blocks, m, form, shapes):
    """The item's blocks with this stream's shapes printed on them (after every earlier stream's)."""
    if not shapes or not blocks or any(k == "html" for k, _ in blocks):
        return blocks
    s = has_shape(shapes, "posts")
    if s:
        blocks = posts(n, blocks, m, s[1])
    if has_shape(shapes, "dengshu"):
        blocks = dengshu(n, blocks, m)
    return blocks


_LEAD = re.compile(r"^(由)?(.+?)(分别牵头|牵头|主办)(，|$)")


def posts(n, blocks, m, words):
    """The leaders' posts opening the item's verb bracket (湖南省人民政府 2019, 湘政发〔2019〕1号: `（分管副省长、协管副
    秘书长负责，省发展改革委牵头，省工业和信息化厅、…按职责分工负责）`): a bracket naming its lead by 牵头 (or session
    69's 主办) prints the posts and 负责 first, a 由 before the lead dropped.  P_POSTS of a government's inline-verb lists
    whose items print the form's own bracket, P_POSTS_ITEM of their items so bracketed (one at least).  Truth: holdout
    leaderbracket-hunan-2016-1 and -2019-1 ("every bracket opens with the LEADERS' POSTS (分管副省长、协管副秘书长负责:
    people, never units), then the units"; forms.md: leader words name people): lead, supports and deadline unchanged."""
    q = n.q70
    if not (q.random() < P_POSTS_ITEM or not getattr(n, "posts70", False)):
        return blocks
    leads = [p for p, _ in m["lead"]]
    for i, (k, t) in enumerate(blocks):
        end = len(t) - (1 if t.endswith("）。") else 0)
        if k != "p" or not t[:end].endswith("）"):
            continue
        for j in [x.start() for x in re.finditer("（", t[:end])]:
            body = t[j + 1:end - 1]
            mm = _LEAD.match(body)
            if not mm or not _only_names(mm.group(2), leads):
                continue
            blocks = list(blocks)
            blocks[i] = (k, t[:j + 1] + words + "，" + body[len(mm.group(1) or ""):] + t[end - 1:])
            n.posts70 = True
            _mark(n, "posts")
            return blocks
    return blocks


_FOLLOW = ("按职责分工负责", "配合", "参与", "协同", "协办", "负责", "；", ";", "）", ")", "\n")
_PRECEDE = ("，", "：", ":", "｜", "会同")


def dengshu(n, blocks, m):
    """A count after 等 closing a list of named supports (国务院 2018, 关于落实《政府工作报告》重点工作部门分工的意见, as
    生态环境部's news prints its items: `生态环境部、国家发展改革委、科技部等14部门按照职责分工负责`): where the item
    prints its supports, two named units or more, parted by 、 and standing alone (after a label's colon, a comma or
    会同; before a role verb, a label's end or the bracket's), the list closes with `等<k>个部门` (`等<k>部门`,
    `等<k>个单位`), k more than the names printed.  P_DENGSHU of item lists whose items print the form's own lines,
    P_DENGSHU_ITEM of their items so printed (one at least).  Truth: **where the written conventions left it open**
    (tests/fixtures/README.md "Lists": a list closed by 等 and words that only say "and the other ones" lists the names
    before it; a group after 等 that says WHICH ones is a unit of its own): the count says how many, not which, so it
    names no body: the supports are the names before 等, in printed order, as before."""
    q = n.q70
    sups = m["support"]
    if len(sups) < 2 or any(c is None for _, c in sups):
        return blocks
    if not (q.random() < P_DENGSHU_ITEM or not getattr(n, "dengshu70", False)):
        return blocks
    s = "、".join(p for p, _ in sups)
    for i, (k, t) in enumerate(blocks):
        if k != "p" or t.count(s) != 1:
            continue
        at = t.index(s)
        before, after = t[:at], t[at + len(s):]
        if not before.endswith(_PRECEDE) or not (after == "" or after.startswith(_FOLLOW)):
            continue
        tail = q.choice(COUNT_TAILS).format(k=len(sups) + q.randint(2, 12))
        blocks = list(blocks)
        blocks[i] = (k, before + s + tail + after)
        n.dengshu70 = True
        _mark(n, "dengshu")
        return blocks
    return blocks


# ---------------------------------------------------------------- the page

def heading(n, text):
    """The portal's heading printing its column before 丨 (济宁市人民政府 2021, 济政字〔2021〕30号, on 嘉祥县's portal:
    `政务服务丨济宁市人民政府关于持续深化…的实施意见`).  P_COLUMN of the pages and text copies whose chrome prints a
    heading over a letter that prints its own title line.  Truth: tests/fixtures/README.md `title` (a page whose
    content prints its own title line is titled by it; the heading only where the content prints none): unchanged."""
    col = getattr(n, "col70", None)
    if not col:
        return text
    _mark(n, "column")
    return col + "丨" + text


def forum(n, text, excluded):
    """A forum's copy of the letter (盐城市人民政府办公室 2019, 关于分解落实2019年市政府工作报告主要目标任务的通知, on a
    local Discuz forum): the thread's page opens with the forum's lines for a visitor not logged in, `马上注册，结交更多
    好友，享用更多功能，让你轻松玩转社区。` / `您需要 登录 才可以下载或查看，没有账号？立即注册` / `x` (a close button's
    letter), half the time under a `|` left by the layout, then the letter.  P_FORUM of the text copies of a letter that
    print no portal chrome (not one line, no stacked noise, no box-drawn or pdftotext copy, no law site's or document
    site's copy).  Truth: unchanged (docs/forms.md: a site's chrome is no word of the notice)."""
    if excluded or n.letterless or _d(n, "forum") >= P_FORUM:
        return text
    nl = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(nl)
    blank = len(lines) > 2 and lines[1].strip() == "" and lines[3:4] == [""]
    trail = " " if lines and lines[0].endswith(" ") else ""
    head = (["|"] if n.q70.random() < 0.5 else []) + FORUM
    out = []
    for ln in head:
        out.append(ln + trail)
        if blank:
            out.append("")
    _mark(n, "forum")
    return nl.join(out) + nl + text


# ---------------------------------------------------------------- the letter

def letter(n, head, meta, ext, wx):
    """This stream's shapes of the letter, printed once every earlier stream printed its own.  Returns whether any was
    drawn (meta mended where a shape changes what it says; n.title70 the title as the page's heading prints it)."""
    if n.letterless or getattr(n, "mid67", False):
        return False
    drawn = notongzhi(n, head, meta)
    drawn = twice(n, head, meta) or drawn
    drawn = yearspace(n, head, meta) or drawn
    if _d(n, "column") < P_COLUMN and any(k == "title" for k, _ in head) and not wx:
        n.col70 = n.q70.choice(COLUMNS)  # printed by heading() where the chrome prints a heading
    return drawn


def _title_blocks(n, head, title):
    """The head's title lines: [i] for one line printing the title, [i, i+1] for the issuer's line over the rest."""
    short = n.place.office_short
    one = [i for i, b in enumerate(head) if b == ("title", title)]
    if len(one) == 1:
        return one
    if title.startswith(short):
        two = [i for i in range(len(head) - 1)
               if head[i] == ("title", short) and head[i + 1] == ("title", title[len(short):])]
        if len(two) == 1:
            return [two[0], two[0] + 1]
    return None


def notongzhi(n, head, meta):
    """A title whose 的通知 the site dropped (山西省人民政府办公厅 2017, 晋政办发〔2017〕55号, on a policy site: the heading
    and the title line `山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案`, the
    plan's name printed again over the plan): a title `…关于印发<plan>的通知` prints `…关于印发<plan>`, on one line or
    under the issuer's line, and wherever the letter prints it again (session 68's glued number).  P_NOTONGZHI of such
    letters, not where a later shape of the title was drawn (sessions 68's spaces, 69's 印发 with no 关于).  Truth:
    tests/fixtures/README.md `title` ("as printed in its title line(s), joined"): the title as printed, with no 的通知;
    the plan's heading over the table still names the table."""
    if _d(n, "notongzhi") >= P_NOTONGZHI:
        return False
    title = meta.get("title") or ""
    if not title.endswith("的通知") or "关于印发" not in title or any(a in n.axes for a in ("b68:space", "b69:yinfa")):
        return False
    at = _title_blocks(n, head, title)
    if not at:
        return False
    new = title[:-3]
    k, t = head[at[-1]]
    head[at[-1]] = (k, t[:-3])
    for i, (k, t) in enumerate(head):
        if title in t:
            head[i] = (k, t.replace(title, new))  # the title printed again says the same
    meta["title"] = new
    _mark(n, "notongzhi")
    return True


def twice(n, head, meta):
    """The doc number printed twice, one line under the other (北京市人民政府办公厅 2016, 京政办发〔2016〕26号, on a policy
    site: the site's number field and the letter's own line, both centred under the title).  P_TWICE of letters
    printing the number alone on a line.  Truth: tests/fixtures/README.md `doc_number` (the number as printed, once)."""
    num = meta.get("doc_number")
    if _d(n, "twice") >= P_TWICE or not num:
        return False
    at = [i for i, (k, t) in enumerate(head) if k == "center" and t.replace(" ", "") == num]
    if len(at) != 1:
        return False
    head.insert(at[0] + 1, head[at[0]])
    _mark(n, "twice")
    return True


def yearspace(n, head, meta):
    """A space before the year inside the title (通山县人民政府 2022 on its xxgk page: `县人民政府关于分解落实 2022年县政府
    重点工作任务的通知`, in the title line and the box's 名称): the title line (and the page's heading, n.title70) prints
    one space between the Chinese character before the plan's year and the year.  P_YEARSPACE of letters whose title
    prints the year after a Chinese character, not spaced by session 68.  Truth: tests/fixtures/README.md
    `measures[].text` "(and the titles)": a space with a Chinese character on one side is dropped: the title without
    it."""
    if _d(n, "yearspace") >= P_YEARSPACE or "b68:space" in n.axes:
        return False
    title = meta.get("title") or ""
    y = str(n.year) + "年"
    at = title.find(y)
    if at < 1 or not _CJK.match(title[at - 1]):
        return False
    blocks = _title_blocks(n, head, title)
    if not blocks:
        return False
    spaced = title[:at] + " " + title[at:]
    if len(blocks) == 1:
        head[blocks[0]] = ("title", spaced)
    else:
        k, t = head[blocks[1]]
        j = t.find(y)
        if j < 1:
            return False
        head[blocks[1]] = (k, t[:j] + " " + t[j:])
    n.title70 = spaced
    _mark(n, "yearspace")
    return True
