"""Session 71 axes (a thirty-third stream, `blindsynth-s71:<seed>`): shapes real notices print, from pages of the
`pages` corpus, that none of the thirty-two earlier streams drew (docs/blindsynth.md "Session 71 axes").

- a support label printed `责任（配合）单位` (盘锦市大洼区人民政府办公室 2021, its letter naming `各责任(配合)单位` beside
  `各牵头单位`): the supports, as 配合单位 names them
- a recipient naming two kinds of body by brackets, `各镇（街道）人民政府（办事处）` (the same 大洼区 letter's recipients line):
  one recipient, as printed
- a letter sentence saying successors take over the listed leaders' and officers' duties (银川市兴庆区人民政府办公室 2018):
  a requirement, no unit, no title, no date
- a law site's one-line copy whose paragraphs are parted by one space (伊犁哈萨克自治州人民政府 2006, its 十一五 纲要 分工
  on a law site): the whole notice on one line, a space where each line broke
- a traditional mirror leaving 于, 后, 台, 余 and 范 simplified (盘锦市人民政府办公室 2021 on an exam site: `關于印發`,
  `審核把關后`): printed strings as printed, canonical names simplified
- a traditional mirror converting words as Taiwan's usage has them (咸阳市 2022's 放管服 要点 on a wiki mirror:
  `最佳化`, `網際網路`, `程式`): printed strings as printed

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random
import re

from .shapes import has_shape

P_PEIHE = 0.4        # of labelled and inline-label item lists whose items print the form's own label lines, and of
# html tables whose lead column is headed 牵头… over a support column headed 配合单位, 配合部门 or 协办单位
P_BRACKETREC = 0.3   # of a district's or a county-level city's own government letters
P_SUCCESSOR = 0.15   # of letters printing their signature
P_SPACEJOIN = 0.5    # of one-line copies (no item printed over several lines)
P_HALFTRAD = 0.3     # of traditional copies printing no pinyin residue
P_TWVOCAB = 0.3      # of traditional copies printing no pinyin residue
AXES = ["peihe", "bracketrec", "successor", "spacejoin", "halftrad", "twvocab"]

# the one-to-many characters a plain converter left simplified (盘锦 2021: 關于, 審核把關后)
HALF = {"於": "于", "後": "后", "臺": "台", "餘": "余", "範": "范"}
# the words a Taiwan-usage converter replaced (咸阳 2022's mirror: 最佳化, 網際網路, 程式); none is in a unit's name
TW = [("優化", "最佳化"), ("互聯網", "網際網路"), ("程序", "程式"), ("視頻", "視訊"), ("軟件", "軟體")]
SUCCESSOR = ["附件所列责任领导、责任人工作岗位如有变动，由接任其岗位的同志继续负责，不再另行发文调整。",
             "任务分解表中的责任领导和责任人发生变动的，由相应岗位的继任人员接续负责，一般不再另行行文。"]
_PEIHE = re.compile(r"(配合单位|配合部门|协办单位)(?=[：:｜])")
_LEADWORD = re.compile(r"牵头(单位|部门|责任单位)")


def draw(n, seed, key):
    """The thirty-third stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-s71:{seed}")
    n.q71 = q
    n.d71 = {k: q.random() for k in AXES}
    n.key71 = key
    bracket_recipients(n)


def _d(n, k):
    d = getattr(n, "d71", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b71:" + k not in n.axes:
        n.axes.append("b71:" + k)


# ---------------------------------------------------------------- the list

def list_draws(n, form, plain):
    """The shapes this list's items may print: ("peihe",) on labelled and inline-label lists whose items print the
    form's own lines (plain)."""
    if plain and form in ("labelled", "inline-label") and _d(n, "peihe") < P_PEIHE:
        return (("peihe",),)
    return ()


def item(n, blocks, m, form, shapes):
    """The item's blocks with this stream's shapes printed on them (after every earlier stream's)."""
    if not shapes or not blocks or any(k == "html" for k, _ in blocks):
        return blocks
    if has_shape(shapes, "peihe"):
        blocks = peihe(n, blocks, m)
    return blocks


def peihe(n, blocks, m):
    """A support label printed `责任（配合）单位` (盘锦市大洼区人民政府办公室 2021, 关于印发《<政府工作报告>任务分解表》的
    通知: the letter asks `各牵头单位` to break the tasks down and `各责任(配合)单位` to cooperate, the words of the table's
    columns).  Every `配合单位` (`配合部门`, `协办单位`) label before its colon (or ｜) of an item that also prints a 牵头
    label (牵头单位, 牵头部门, 牵头责任单位) and names supports.  Truth: **where the written conventions left it open** (tests/fixtures/README.md and
    docs/forms.md name 配合单位 a support label and 责任单位 alone a lead's; a label printing both words, the second in
    brackets, is written nowhere): the bracket says which kind of 责任单位 the label means, the supporting one, and the
    item names its lead apart by a 牵头 label: the units are the supports, as before."""
    if not m["support"]:
        return blocks
    text = "\n".join(t for _, t in blocks)
    if not _LEADWORD.search(text) or not _PEIHE.search(text):
        return blocks
    _mark(n, "peihe")
    return [(k, _PEIHE.sub("责任（配合）单位", t)) for k, t in blocks]


def table_head(n, plan, two_level):
    """The same label as an html table's column head (大洼区 2021's 任务分解表 heads its columns 牵头单位 and
    责任(配合)单位): a support column headed 配合单位, 配合部门 or 协办单位 beside a lead column headed 牵头…, in a table
    of two unit columns under one header row (no 责任单位 column alone, no two-level header).  P_PEIHE of such tables.
    Truth: as `peihe`'s: the column's units are the supports."""
    if _d(n, "peihe") >= P_PEIHE or two_level or plan.get("single"):
        return False
    if not str(plan.get("lead", "")).startswith("牵头") or plan.get("sup") not in ("配合单位", "配合部门", "协办单位"):
        return False
    plan["sup"] = "责任（配合）单位"
    _mark(n, "peihe")
    return True


# ---------------------------------------------------------------- the letter

def bracket_recipients(n):
    """A recipient naming two kinds of body by brackets (盘锦市大洼区人民政府办公室 2021: `各镇(街道)人民政府(办事处)，临港经济
    开发区管委会，区政府各部门、直属机构：`): the recipients line of a district's or a county-level city's own government
    opens with `各镇（街道）人民政府（办事处）` for its streets' (or its towns' and streets') group.  P_BRACKETREC of those
    places' notices.  Truth: tests/fixtures/README.md `recipients` (as printed, in order; its own example
    `各镇人民政府(街道办事处)` is one recipient): one recipient, as printed."""
    p = n.place
    if _d(n, "bracketrec") >= P_BRACKETREC or p.issuer != "gov" or p.kind not in ("district", "cls"):
        return
    group = "各镇（街道）人民政府（办事处）"
    out = []
    for line, rec in p.recipients:
        if rec[:1] == ["各街道办事处"]:
            out.append((group + line[len("各街道办事处"):], [group] + rec[1:]))
        elif rec[:2] == ["各镇人民政府", "街道办事处"]:
            out.append((group + line[len("各镇人民政府、街道办事处"):], [group] + rec[2:]))
        else:
            out.append((line, rec))
    if out != p.recipients:
        p.recipients = out
        n.bracketrec71 = True


def letter(n, head, meta):
    """This stream's shapes of the letter, printed once every earlier stream printed its own.  Returns whether any was
    drawn."""
    if n.letterless:
        return False
    if getattr(n, "bracketrec71", False) and any(k == "recip" and "各镇（街道）人民政府（办事处）" in t for k, t in head):
        _mark(n, "bracketrec")
    return successor(n, head)


def successor(n, head):
    """A letter sentence saying successors take over (银川市兴庆区人民政府办公室 2018, 关于做好2018年政府工作报告主要目标任务和
    为民办实事的通知: over its 附件 list, a paragraph saying that where a listed 责任领导 or 责任人 changes, whoever takes the
    post takes the task, with no new document): a paragraph of its own right before the letter's 附件 line (or its
    `特此通知。`, session 65's, or its signature where it prints neither).  P_SUCCESSOR of letters printing the office's signature.  Truth: unchanged (a
    requirement of the letter, no unit, no title, no date; the 附件 it names is no title either)."""
    if _d(n, "successor") >= P_SUCCESSOR or getattr(n, "mid67", False):
        return False
    at = [i for i, (k, t) in enumerate(head)
          if k in ("indent", "p") and (t.startswith("附件") or t.strip().rstrip("。") in ("特此通知", "此通知"))]
    sig = [i for i, (k, t) in enumerate(head) if k == "right" and t == n.place.office]
    if len(sig) != 1:
        return False
    i = at[0] if at and at[0] < sig[0] else sig[0]
    head.insert(i, ("indent", n.q71.choice(SUCCESSOR)))
    _mark(n, "successor")
    return True


# ---------------------------------------------------------------- the copy

def join_lines(n, lines):
    """A law site's one-line copy whose paragraphs are parted by one space (伊犁哈萨克自治州人民政府 2006, its letter on the
    十一五 纲要's division of work on a law site: `…通知如下: 一、分工原则 (一)明确区分…`): where the first stream runs the
    notice into one line, P_SPACEJOIN of them print one space where each line broke.  Not when an item prints over
    several lines (session 60's steps), nor in a hard-wrapped copy (a space where a fixed width cut a word is no
    paragraph's end).  Truth: unchanged (the space parts paragraphs; no text of a measure runs over
    two of them but its closing bracket, which is no part of its text)."""
    if _d(n, "spacejoin") >= P_SPACEJOIN or any(a.startswith(("b60:", "wrap:")) for a in n.axes):
        return "".join(lines)
    _mark(n, "spacejoin")
    return " ".join(ln for ln in lines if ln)


def _half(s):
    for a, b in HALF.items():
        s = s.replace(a, b)
    return s


def _tw(s):
    for a, b in TW:
        s = s.replace(a, b)
    return s


def mirror(n, text, glossed):
    """A traditional copy's converter, as two mirrors print it: 盘锦市人民政府办公室 2021 on an exam site (`關于印發`,
    `審核把關后`, `聯系人`: the one-to-many characters 于, 后, 台, 余, 范 left simplified), P_HALFTRAD of the
    traditional copies printing no pinyin residue; 咸阳市 2022's 放管服 要点 on a wiki mirror (`最佳化`, `網際網路`,
    `程式`: words replaced as Taiwan's usage has them), P_TWVOCAB of them.  Truth: printed strings as printed (the same
    conversion, `mirror_truth`), canonical names simplified (tests/fixtures/README.md; docs/forms.md "Mirror copies")."""
    if glossed:
        return text
    if _d(n, "halftrad") < P_HALFTRAD:
        n.half71 = True
        text = _half(text)
        _mark(n, "halftrad")
    if _d(n, "twvocab") < P_TWVOCAB:
        n.tw71 = True
        text = _tw(text)
        _mark(n, "twvocab")
    return text


def mirror_truth(n, exp):
    """The truth's printed strings converted as `mirror` converted the page (after trad.convert_truth)."""
    fs = [f for f, on in ((_half, getattr(n, "half71", False)), (_tw, getattr(n, "tw71", False))) if on]
    if not fs:
        return exp

    def conv(s):
        if not isinstance(s, str):
            return s
        for f in fs:
            s = f(s)
        return s
    for k in ("doc_number", "title", "issuer", "table_title"):
        exp[k] = conv(exp[k])
    exp["recipients"] = [conv(r) for r in exp["recipients"]]
    for s in exp["sections"]:
        s["label"], s["title"] = conv(s["label"]), conv(s["title"])
    for m in exp["measures"]:
        for k in ("text", "deadline"):
            m[k] = conv(m[k])
        m["lead"] = [conv(u) for u in m["lead"]]
        m["support"] = [conv(u) for u in m["support"]]
    exp["agencies"] = {conv(k): v for k, v in exp["agencies"].items()}
    return exp
