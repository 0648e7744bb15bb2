"""Session 65 axes (a twenty-seventh stream, `blindsynth-s65:<seed>`): shapes of a notice's letter and page that real
notices print, with a rule in tests/fixtures/README.md or docs/forms.md for their truth, that none of the twenty-six
earlier streams drew (docs/blindsynth.md "Session 65 axes").

- a contact line in the letter: `联系人：…，联系电话：…，电子邮箱：…。` over the signature, or a bracket of it under the
  date (a 盘锦 2021 and a 鄂温克族自治旗 2022 government letter)
- `特此通知。` / `此通知` closing the letter's text on a line of its own (鄂温克族自治旗 2022)
- the letter's 关于 line broken over two title lines inside the plan's name, and the plan's own heading over the body
  broken so too (鄂温克族自治旗 2022's title block, 立山区 2023's heading `…2023年重点工作` / `任务分解和责任分工方案`)
- the plan's name printing 《政府工作报告》 inside it, 〈〉 where it stands inside another 《》 (盘锦 2021
  `《2021年市〈政府工作报告〉任务分解和责任分工方案》`, 北京 2016 `关于印发〈…〉的通知`)
- the first-listed rule said with 汇总单位 (`列第一位的责任单位为牵头单位或汇总单位`: 杭州 2020)
- an information box whose 成文日期 is empty and whose 发文字号 reads 无 where the letter prints none, its 发布机构 the
  government's short name with （办公室） (谯城区 2020)
- a news portal's frame: `所在位置: <site> > 热点专题` for the crumbs and `来源:   作者:   编辑:<name>` after the text
  (杭州网 2020)

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random
import re

from . import words

P_CONTACT = 0.10     # of signed and dated letters
P_TECI = 0.08        # of letters whose text paragraph is found
P_WRAP = 0.10        # of letters whose 关于 line is one title block
P_WRAP_HEAD = 0.5    # of those, the plan's heading over the body broken too
P_NESTED = 0.35      # of a government's notices with a letter whose plan is the 政府工作报告's tasks
P_HUIZONG = 0.5      # of letters stating the first-listed rule
P_BOX = 0.3          # of pages printing the xxgk information box over a signed, dated letter
P_EDITOR = 0.06      # of HTML pages (no WeChat article) and text copies printing the page's chrome
AXES = ["contact", "teci", "wrap", "nested", "huizong", "box", "editor"]

CONVENTION_SENTENCES = ["各项任务中列第一位的单位为牵头单位，其他为配合单位。",
                        "责任单位中排在第一位的为牵头单位，其他为配合单位。"]
HUIZONG = ["责任分工中，列第一位的责任单位为牵头单位或汇总单位。",
           "列第一位的责任单位为牵头单位或汇总单位，其他为配合单位。",
           "责任分工中列第一位的单位为牵头单位或汇总单位。"]
MAIL = ["dcs", "zfdc", "dbs", "zfb", "dck"]
EDITORS = ["徐可", "林晓", "顾南", "沈玥", "何言"]


def draw(n, seed):
    """The twenty-seventh stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-s65:{seed}")
    n.q65 = q
    n.d65 = {k: q.random() for k in AXES}


def _d(n, k):
    d = getattr(n, "d65", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b65:" + k not in n.axes:
        n.axes.append("b65:" + k)


# ---------------------------------------------------------------- 《政府工作报告》 inside the plan's name

REPORT = "政府工作报告"


def nested_name(n):
    """The plan's name printing the report it breaks down as a book title: `株洲市2024年《政府工作报告》重点工作任务分工`
    (盘锦 2021: `2021年市〈政府工作报告〉任务分解和责任分工方案`).  Drawn on P_NESTED of a government's notices with a
    letter whose name is the report's tasks, before anything prints the name.  Truth: tests/fixtures/README.md `title`
    and `table_title` (the wording as printed): the marks are the name's, kept in the title and the table title; where
    the name stands inside 《》 its own marks print 〈〉 (`nest_marks`)."""
    if _d(n, "nested") >= P_NESTED or n.letterless or n.place.issuer != "gov":
        return False
    t = n.table_title
    k = t.find(REPORT)
    if k < 0 or "《" in t:
        return False
    n.table_title = t[:k] + "《" + REPORT + "》" + t[k + len(REPORT):]
    _mark(n, "nested")
    return True


def nest_marks(text):
    """《》 inside 《》 printed 〈〉, as a book title inside a book title is (`《2021年市〈政府工作报告〉…方案》`)."""
    if text.count("《") < 2:
        return text
    out, depth = [], 0
    for c in text:
        if c == "《":
            depth += 1
            out.append("〈" if depth > 1 else c)
        elif c == "》":
            out.append("〉" if depth > 1 else c)
            depth = max(depth - 1, 0)
        else:
            out.append(c)
    return "".join(out)


def nest_blocks(n, blocks):
    """Every printed block's nested 《》 as 〈〉 (a notice drawing `nested` only); html blocks are left as built."""
    if "b65:nested" not in n.axes:
        return blocks
    return [(k, t if k == "html" else nest_marks(t)) for k, t in blocks]


# ---------------------------------------------------------------- the letter

def _issuer_at(head, meta):
    """Index of the signing office's line, followed by its date line, or None."""
    iss = meta.get("issuer")
    if not iss:
        return None
    for i in range(len(head) - 1):
        if head[i] == ("right", iss) and head[i + 1][0] == "right":
            return i
    return None


def _text_at(head):
    """Index of the letter's text paragraph (`《…》已经…同意，现印发给你们…`), or None."""
    for i, (k, t) in enumerate(head):
        if k == "indent" and "印发给你们" in t:
            return i
    return None


def letter(n, head, meta, wx):
    """This stream's shapes of the letter, printed on the letter's blocks (head) once the earlier streams printed theirs;
    meta (the letter's truth) is mended where a shape changes what it says.  Returns whether any was drawn."""
    if n.letterless:
        return False
    if "b65:nested" in n.axes and "《" + REPORT + "》" not in n.table_title:
        n.axes.remove("b65:nested")  # a later stream named the plan afresh (session 57's 整改清单): nothing printed
    drawn = False
    if "b65:nested" in n.axes:
        drawn = _nested_title(n, head, meta) or drawn
    drawn = _huizong(n, head) or drawn
    drawn = _teci(n, head) or drawn
    drawn = _contact(n, head, meta) or drawn
    drawn = _wrap(n, head, meta) or drawn
    if "b65:nested" in n.axes:
        head[:] = nest_blocks(n, head)
        drawn = True
    return drawn


def _nested_title(n, head, meta):
    """Half the time the title names the plan in 《》 as 盘锦's does: `关于印发《株洲市2024年〈政府工作报告〉…》的通知`.
    Truth: the title as printed (tests/fixtures/README.md `title`), marks and all."""
    q = n.q65
    t = meta.get("title") or ""
    plain = "关于印发" + n.table_title + "的通知"
    if not t.endswith(plain) or q.random() >= 0.5:
        return False
    new = t[:-len(plain)] + nest_marks("关于印发《" + n.table_title + "》的通知")
    for i, (k, s) in enumerate(head):
        if k == "title" and s.endswith(plain):
            head[i] = (k, s[:-len(plain)] + new[len(t) - len(plain):])
            meta["title"] = new
            return True
    return False


def _huizong(n, head):
    """The first-listed rule said as 杭州's 2020 letter says it: `责任分工中，列第一位的责任单位为牵头单位或汇总单位。`.
    P_HUIZONG of the letters stating the rule.  Truth: docs/forms.md "Conventions stated in the letter" (the first-listed
    unit leads, the others support): unchanged; a 汇总单位 is the unit that gathers the item's report, the lead's duty."""
    if _d(n, "huizong") >= P_HUIZONG or not n.letter_convention:
        return False
    at = _text_at(head)
    if at is None:
        return False
    k, t = head[at]
    for s in CONVENTION_SENTENCES:
        if s in t:
            head[at] = (k, t.replace(s, n.q65.choice(HUIZONG)))
            _mark(n, "huizong")
            return True
    return False


def _teci(n, head):
    """`特此通知。` (70 %) or `此通知` closing the letter's text on a line of its own, after its points and before its 附件
    line or signature (鄂温克族自治旗 2022).  Truth unchanged: no field of the notice."""
    if _d(n, "teci") >= P_TECI:
        return False
    at = _text_at(head)
    if at is None:
        return False
    j = at + 1
    while j < len(head) and head[j][0] in ("indent", "p") and not head[j][1].startswith("附件"):
        j += 1
    head.insert(j, ("indent", "特此通知。" if n.q65.random() < 0.7 else "此通知"))
    _mark(n, "teci")
    return True


def _phone(q):
    if q.random() < 0.5:
        return f"0{q.randint(310, 999)}-{q.randint(3, 8)}{q.randint(1000000, 9999999)}"
    return f"{q.randint(3, 8)}{q.randint(100000, 999999)}"


def _contact(n, head, meta):
    """A contact line: over the signature `联系人：张伟，联系电话：0731-28812345，电子邮箱：zzdcs@163.com。` (60 %, 盘锦 2021),
    or a bracket under the date, `（联系人：张伟、李明，联系电话：8812822）` (鄂温克族自治旗 2022), before 此件公开发布.
    P_CONTACT of the letters whose signing office's line stands over its date line.  Truth unchanged: a contact is a
    person, no issuer, recipient or date; the signature and its date stay the letter's."""
    if _d(n, "contact") >= P_CONTACT:
        return False
    at = _issuer_at(head, meta)
    if at is None:
        return False
    q = n.q65
    people = q.sample(words.PEOPLE, 2)
    mail = f"{q.choice(MAIL)}{q.randint(10, 99)}@163.com"
    if q.random() < 0.6:
        line = ("indent", f"联系人：{people[0]}，联系电话：{_phone(q)}，电子邮箱：{mail}。")
        head.insert(at, line)
    else:
        who = "、".join(people) if q.random() < 0.5 else people[0]
        extra = f"，电子邮箱：{mail}" if q.random() < 0.5 else ""
        head.insert(at + 2, ("p", f"（联系人：{who}，联系电话：{_phone(q)}{extra}）"))
    _mark(n, "contact")
    return True


def _cut(q, s, lo):
    """A point to break s at inside its plan's name: after the year's 年 and two to six characters more, leaving at least
    lo characters on the second line; None where there is none."""
    y = re.search(r"\d{4}年", s)
    if not y:
        return None
    k = y.end() + q.randint(2, 6)
    if k >= len(s) - lo:
        return None
    if s[k - 1] in "《〈" or s[k] in "》〉":
        k += 1  # never a mark alone at a line's end or start
    return k


def _wrap(n, head, meta):
    """The title's 关于 line broken over two title lines inside the plan's name (`关于印发株洲市2024年优化` / `营商环境重点任务
    分工的通知`, 鄂温克族自治旗 2022's block), and half the time the plan's heading over the body so too (`株洲市2024年重点` /
    `工作任务分工`, 立山区 2023).  P_WRAP of the letters whose 关于 line is one title block.  Truth: tests/fixtures/README.md
    `title` (the title as printed in its title lines, joined): unchanged; and the plan's heading joined the same way
    (a name the page breaks over two centred lines is one name; README `table_title` names the line over the table, and
    a break the layout made is no end of it): unchanged."""
    if _d(n, "wrap") >= P_WRAP:
        return False
    q = n.q65
    at = next((i for i, (k, t) in enumerate(head) if k == "title" and "关于" in t), None)
    if at is None:
        return False
    t = head[at][1]
    k = _cut(q, t, 6)
    if k is None:
        return False
    head[at:at + 1] = [("title", t[:k]), ("title", t[k:])]
    _mark(n, "wrap")
    if q.random() < P_WRAP_HEAD and head and head[-1] == ("center", meta.get("table_title")):
        name = head[-1][1]
        c = _cut(q, name, 4)
        if c is not None:
            head[-1:] = [("center", name[:c]), ("center", name[c:])]
            _mark(n, "wraphead")
    return True


# ---------------------------------------------------------------- the page

def info_box(n, box, post):
    """An xxgk box printed as 谯城区's 2020 page prints it: 索引号, 信息分类 规范性文件, 发布机构 the government's short name
    with （办公室）, 主题分类, 成文日期 EMPTY, 发布日期 the posting day, 发文字号 the letter's number or 无, 有效性, 标题 the
    letter's title.  P_BOX of the pages printing the box over a signed, dated letter (no digit date, undated or gazette
    letter, no damaged number).  Truth unchanged: the letter's number (无 is none: null), its signature's office and day
    (an empty 成文日期 dates nothing, and the box's short 发布机构 names the body the signature names in full: the
    document's own words before the page's, docs/forms.md)."""
    meta = getattr(n, "meta62", None)
    if not box or _d(n, "box") >= P_BOX or n.letterless or not meta or getattr(n, "wx49", False):
        return box
    sig = getattr(n, "sign_date", None)
    if sig is None or meta.get("date") != sig.isoformat() or meta.get("issuer") != n.place.office:
        return box
    if any(a.startswith(("digit-date", "b49:undated", "b48:gazette", "b51:", "b44:", "b64:nori")) for a in n.axes):
        return box
    num = meta.get("doc_number")
    if num is not None and not num.endswith("号"):
        return box
    q = n.q65
    _mark(n, "box")
    gov = n.place.name + "政府（办公室）"
    return [box[0], ("信息分类", "规范性文件"), ("发布机构", gov), ("主题分类", "综合政务 / 通知"), ("成文日期", ""),
            ("发布日期", post), ("发文字号", num or "无"), ("有效性", q.choice(["有效", "失效"])),
            ("标题", meta.get("title") or "")]


def editor_frame(n, top):
    """A news portal's frame (杭州网 2020): the crumbs `所在位置: <site> > 热点专题` (ASCII colon) under a `返 回` link.
    P_EDITOR of the pages (no WeChat article) and text copies printing the chrome; the line after the text is
    `editor_line`.  Truth unchanged: chrome."""
    if _d(n, "editor") >= P_EDITOR or getattr(n, "wx49", False):
        return top
    _mark(n, "editor")
    return [top[0], top[1], f"返 回　所在位置: {n.place.site}网 > 热点专题"]


def editor_line(n):
    """`来源:   作者:   编辑:徐可` closing the page's text (杭州网 2020), where the frame was drawn."""
    if "b65:editor" not in n.axes:
        return None
    return f"来源:   作者:   编辑:{n.q65.choice(EDITORS)}"
