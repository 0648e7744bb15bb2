"""Session 54 axes (a sixteenth stream, `blindsynth-54:<seed>`): shapes real notices of session 53's batches (README
"Batch 57" … "Batch 59") print and docs/parsing.md, docs/forms.md or docs/agencies.md writes a rule for, which no earlier
axis drew.  A seed drawing none of them prints the bytes it printed before (docs/blindsynth.md "Session 54 axes").

- item numbers printed with no mark, `1推进…` (nodotnum-jiangsu, batch 57)
- a closing sentence naming the units before a copula, `A为牵头单位，B、C为配合单位。` (mainresp-shanghai, batch 57)
- a closing bracket of another shape, `〔A牵头，B配合〕` (tortoisebracket-mianzhu's 〔X牵头，…分工负责〕, batch 59)
- a letter's title naming its plan by the issuer's level alone, `关于印发区政府2023年…的通知` (docsite-zhenhai, batch 57)
- the recipients line run on into the letter's first sentence, `各街道办事处，区政府各部门：《…》已经…` (docsite-zhenhai)

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no;
what a drawn axis prints comes from the same stream after those numbers.
"""

import random

P_NOMARK = 0.12   # of item lists whose items are the form's own, numbered 1..n in order, three or more
P_COPULA = 0.3    # of inline-label item lists whose items are the form's own
P_SHAPE = 0.15    # of inline-verb and inline-label item lists whose items are the form's own (not copula)
P_LEVEL = 0.15    # of a city's, district's or county-level city's own government letters, signed
P_RUNRECIP = 0.1  # of government letters whose recipients line stands right over the letter's sentence
AXES = ["nomark", "copula", "shape", "level", "runrecip"]

SHAPES = [("〔", "〕"), ("〔", "〕"), ("［", "］")]
CLOSERS = {"）": "（", ")": "(", "〕": "〔", "］": "［", "】": "【"}


def draw(n, seed):
    """The sixteenth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-54:{seed}")
    n.q54 = q
    n.d54 = {k: q.random() for k in AXES}


def _d(n, k):
    d = getattr(n, "d54", None)
    return 1.0 if d is None else d[k]


# ---------------------------------------------------------------- item numbers with no mark

def nomark_draws(n, form, plain):
    """nodotnum-jiangsu (江苏 2006 重点任务分解, a province portal's copy: `1大力发展…`, `2加快…`, every item's mark lost).
    docs/parsing.md "Lost item marks": where at least three lines open with numbers 1, 2, 3 … in order, run into the
    item's first character, the text layer puts a dot back after each.  Drawn on item lists whose items are the form's
    own and whose numbers run 1..n over the notice (never restarting), n at least 3: every item's label is its number
    alone (a task text opens with no digit and no quantity word).  Truth: numbers as printed, texts without them.
    A copy run into one line is not drawn with it (no line opens with the number there)."""
    if form not in ("labelled", "inline-label", "inline-verb", "prose", "inline-list") or not plain:
        return False
    nos = [m["measure_no"] for m in n.measures]
    if len(nos) < 3 or nos != list(range(1, len(nos) + 1)) or _d(n, "nomark") >= P_NOMARK:
        return False
    n.axes.append("b54:nomark")
    n.no_oneline54 = True
    return True


def nomark_label(m):
    return str(m["measure_no"])


# ---------------------------------------------------------------- a closing copula sentence

def copula_draws(n, form, plain):
    return form == "inline-label" and plain and not n.letter_convention and _d(n, "copula") < P_COPULA


def copula(n, m, lab):
    """mainresp-shanghai (上海 2004 市政府重点工作: `…。市政府法制办、市审改办、浦东新区政府为主要责任单位。`).
    docs/parsing.md "A closing sentence that assigns": a closing sentence naming the units first and their role after
    a copula, every clause so (`A为牵头单位，B为配合单位。`), reads as the labels it says (form inline-label), its text
    the paragraph without it.  Printed for every item of the list in place of its bracket: a lead alone `A为牵头单位。`
    / `A为责任单位。`, two leads `A、B为主要责任单位。` (`主要责任单位` leads as a word of its own, docs/parsing.md
    "Labels"), with supports `A为牵头单位，B、C为配合单位。` (or 是 for 为, `[labels] copulas`).  No deadline: a clause of
    a date is no unit list.  Truth: the item's units as drawn, no deadline."""
    q = n.q54
    cop = "为" if q.random() < 0.85 else "是"
    L = "、".join(p for p, _ in m["lead"])
    if m["support"]:
        S = "、".join(p for p, _ in m["support"])
        sent = f"{L}{cop}牵头单位，{S}{cop}配合单位。"
    elif len(m["lead"]) > 1:
        sent = f"{L}{cop}主要责任单位。"
    else:
        sent = f"{L}{cop}{q.choice(['牵头单位', '责任单位', '主要责任单位'])}。"
    m["deadline"] = None
    if "b54:copula" not in n.axes:
        n.axes.append("b54:copula")
    return [("p", lab + m["text"] + sent)]


# ---------------------------------------------------------------- a closing bracket of another shape

def shape_draws(n, form, plain, copula_on):
    if form not in ("inline-verb", "inline-label") or not plain or copula_on or _d(n, "shape") >= P_SHAPE:
        return None
    o, c = n.q54.choice(SHAPES)
    n.axes.append("b54:shape" + ("" if o == "〔" else "-square"))
    return o, c


def shape(item, oc):
    """tortoisebracket-mianzhu (绵竹 2025 安全生产工作要点: `〔市应急局牵头，各镇（街道）、市安委会有关成员单位分工负责〕`).
    docs/parsing.md "Brackets of any shape": an item's closing assignment is found in `〔〕` `［］` … as in `（）`, by a
    balanced scan from the paragraph's end, so a bracket inside (`各镇（街道）`, `各县〔市、区〕`) stays inside.  Every
    item's closing bracket of the list printed so.  Truth unchanged."""
    if len(item) != 1 or item[0][0] != "p":
        return item
    t = item[0][1]
    if not t or t[-1] not in CLOSERS:
        return item
    depth, i = 0, len(t) - 1
    while i >= 0:
        ch = t[i]
        if ch in CLOSERS:
            depth += 1
        elif ch in CLOSERS.values():
            depth -= 1
            if depth == 0:
                break
        i -= 1
    if i < 0:
        return item
    o, c = oc
    return [("p", t[:i] + o + t[i + 1:-1] + c)]


# ---------------------------------------------------------------- a title naming the plan by the issuer's level

def level_title(n, head, meta):
    """docsite-zhenhai (镇海区 2011 任务分解: `关于印发区政府二〇一一年…的通知`, the district naming itself 区政府).
    docs/agencies.md (the place a title names: a title's opener words, 关于印发, never open a place, so the title names
    no 印发区) and docs/forms.md (an issuer printed by its level alone takes the notice's place): drawn on a city's,
    district's or county-level city's own government letter whose signature is printed; the letter's title prints the
    plan's name with the government's level alone (`区政府2023年…`, `市政府…`) for the place's name; the letter's
    《》, 附件 line and the attachment's heading keep the name.  Truth: the title as printed, the rest unchanged.
    Returns True when head changed."""
    p = n.place
    if p.issuer != "gov" or p.kind not in ("city", "district", "cls") or n.letterless or _d(n, "level") >= P_LEVEL:
        return False
    if meta.get("issuer") != p.office or not any(b == ("right", p.office) for b in head):
        return False
    t = n.table_title
    if not t.startswith(p.name) or not meta.get("title") or ("关于印发" + t) not in meta["title"]:
        return False
    new = p.gov + t[len(p.name):]
    old_k, new_k = "关于印发" + t, "关于印发" + new
    hit = False
    for i, b in enumerate(head):
        if b[0] == "title" and isinstance(b[1], str) and old_k in b[1]:
            head[i] = (b[0], b[1].replace(old_k, new_k)) + tuple(b[2:])
            hit = True
    if not hit:
        return False
    meta["title"] = meta["title"].replace(old_k, new_k)
    n.axes.append("b54:level")
    return True


# ---------------------------------------------------------------- the recipients run into the letter's sentence

def run_recipients(n, head, wx):
    """docsite-zhenhai (镇海区 2011 on a document site: `各镇人民政府、街道办事处，区政府各部门、各直属单位：为全面落实…`).
    docs/parsing.md (the recipients): a recipients line whose colon runs on into the letter's first sentence with no
    break is one all the same when the words before the colon name at least two recipients, each ending like a unit or
    naming a group of places.  Drawn on a government's own letter (every recipients line the generator prints names two
    or more so) whose doc number was not run into that line (b51:docrecip); printed in a copy with no hard wrap (a wrap
    would cut the longer line, n.unwrapped51).  Truth unchanged.  Returns True when head changed."""
    if wx or n.letterless or n.place.issuer != "gov" or _d(n, "runrecip") >= P_RUNRECIP or "b51:docrecip" in n.axes:
        return False
    i = next((j for j, b in enumerate(head) if b[0] == "recip"), None)
    if i is None or i + 1 >= len(head) or head[i + 1][0] != "indent" or not head[i][1].endswith("："):
        return False
    head[i:i + 2] = [("recip", head[i][1] + head[i + 1][1])]
    n.axes.append("b54:runrecip")
    n.unwrapped51 = True
    return True
