"""Session 53 axes (a fifteenth stream, `blindsynth-53:<seed>`): shapes real notices of session 52's batches (README
"Batch 53" … "Batch 56") print and docs/forms.md, docs/parsing.md or docs/agencies.md writes a rule for, which no earlier
axis drew.  A seed drawing none of them prints the bytes it printed before (docs/blindsynth.md "Session 53 axes").

- section labels in formal numerals, `壹、` / `（贰）` (daxiemirror-guizhou, batch 55)
- 牵头督导 / 牵头督办 / 牵头协调 for 牵头 in a verb clause (verbrule-chaozhou, batch 55)
- 属地乡镇 / 属地街道 closing a measure's supports (runlabel-nanchangxian, batch 53)
- place groups nested in tortoise-shell brackets, `各县〔市、区〕人民政府` (daxiemirror-guizhou, verbrule-chaozhou)
- a Word copy whose runs were parted by spaces: `市财政 局`, `区 发改局` in label lines, `一 、` over them
  (spacedunits-xinmi, batch 54)

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no;
what a drawn axis prints comes from the same stream after those numbers.
"""

import random

P_FORMAL = 0.12   # of item lists whose sections print plain 一、 / （一） headings
P_DUDAO = 0.25    # of inline-verb and prose item lists whose items are the form's own
P_SHUDI = 0.3     # of a district's or county-level city's own government notices
P_TORTOISE = 0.3  # of notices printing a catch-all with a bracket in it
P_SPACED = 0.25   # of labelled item lists whose items are the form's own
AXES = ["formal", "dudao", "shudi", "tortoise", "spaced"]

FORMAL = dict(zip("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾"))
DUDAO_VERBS = ["牵头督导", "牵头督导", "牵头督办", "牵头协调"]
SHUDI = {"cls": ["属地乡镇"], "district": ["属地街道"]}
LEVEL_CHARS = "省市区县"


def draw(n, seed):
    """The fifteenth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-53:{seed}")
    n.q53 = q
    n.d53 = {k: q.random() for k in AXES}


def _d(n, k):
    d = getattr(n, "d53", None)
    return 1.0 if d is None else d[k]


# ---------------------------------------------------------------- formal numerals in the section labels

def formal_labels(n, plain_heads):
    """daxiemirror-guizhou (贵州 2022, a mirror's converter writing 一 as 壹 everywhere: `（壹）`, `（二）`, `（壹）`).
    docs/parsing.md "Formal numerals": 壹 贰 叁 … open a section as 一 二 三 do; tests/fixtures/README.md: `label` is
    the number as printed with its mark.  Drawn on lists whose headings print `一、` / `（一）` + title (plain_heads).
    Half the time every numeral is formal (壹、 贰、 叁、), half only 一 (the mirror's converter).  Truth: labels as
    printed, numbers and titles unchanged."""
    if not plain_heads or not n.sections or _d(n, "formal") >= P_FORMAL:
        return False
    every = n.q53.random() < 0.5
    for s in n.sections:
        lab = s["label"] or ""
        if every:
            s["label"] = "".join(FORMAL.get(ch, ch) for ch in lab)
        else:
            s["label"] = lab.replace("一", "壹")
    n.axes.append("b53:formal" + ("" if every else "-one"))
    return True


# ---------------------------------------------------------------- 牵头督导

def dudao_draws(n, form, plain):
    return form in ("inline-verb", "prose") and plain and _d(n, "dudao") < P_DUDAO


def dudao(n, item, m):
    """verbrule-chaozhou (潮州 2019 蓝天保卫战, reposted): `（市生态环境局牵头督导，市交通运输局配合）`.  docs/parsing.md
    "A label's value" / role verbs: 牵头 may take an object of supervising (牵头督导, 牵头督办, 牵头协调 lead as 牵头落实
    does).  Drawn on 70 % of the items whose closing clause prints `L牵头，` (a lead then supports; not 分别牵头).
    Truth unchanged."""
    if len(item) != 1 or item[0][0] != "p" or n.q53.random() >= 0.7:
        return item
    t = item[0][1]
    lead = "、".join(p for p, _ in m["lead"])
    k = t.rfind(lead + "牵头，")
    if not lead or k < 0 or "分别牵头" in t:
        return item
    j = k + len(lead) + len("牵头")
    if "b53:dudao" not in n.axes:
        n.axes.append("b53:dudao")
    return [("p", t[:k + len(lead)] + n.q53.choice(DUDAO_VERBS) + t[j:])]


# ---------------------------------------------------------------- 属地乡镇 among the supports

def shudi(n):
    """runlabel-nanchangxian (南昌县 2024 民生实事: `责任单位：县教体局、属地乡镇`).  docs/agencies.md: a name after 属地
    (属地乡镇, 属地街道: the towns where each project lies) is the towns or streets together, a catch-all group
    (tests/fixtures/README.md: `null`).  Drawn on a district's (属地街道) or a county-level city's (属地乡镇)
    own government notice: 40 % of its measures with no catch-all of their own close their supports with it (one at
    least).  Truth: the group supports, null in the agencies map."""
    p = n.place
    if p.issuer != "gov" or p.kind not in SHUDI or _d(n, "shudi") >= P_SHUDI:
        return
    word = n.q53.choice(SHUDI[p.kind])
    k = 0
    for m in n.measures:
        sup = m["support"]
        if sup and sup[-1][1] is None:
            continue
        if n.q53.random() < 0.4 or (k == 0 and m is n.measures[-1]):
            sup.append((word, None))
            k += 1
    if k:
        n.axes.append("b53:shudi")


# ---------------------------------------------------------------- place groups in 〔〕

def tortoise(n):
    """daxiemirror-guizhou (`各市〔州〕、縣〔市、區、特區〕人民政府`) and verbrule-chaozhou (〔〕 groups): a page nesting
    brackets in round ones prints a place group's bracket as 〔〕.  docs/parsing.md "Lists": a place group printed with
    tortoise-shell brackets is one name, as with （）; tests/fixtures/README.md: a catch-all group is `null`.  Drawn on
    notices whose units hold a catch-all with a round bracket (`各县（市、区）人民政府`, `各镇（街道）`): every such
    catch-all printed with 〔〕.  Truth: the name as printed, null."""
    if _d(n, "tortoise") >= P_TORTOISE:
        return
    hit = False
    for m in n.measures:
        for key in ("lead", "support"):
            out = []
            for p, c in m[key]:
                if c is None and _bracketed(p):
                    p = _tortoise(p)
                    hit = True
                out.append((p, c))
            m[key] = out
    if hit:
        # the page prints every place group so, the ones drawn later too (a rule note naming the first catch-all,
        # realnoise.rule_note_item: its group and the bracket's must be the same name)
        n.place.catchalls = [_tortoise(p) if _bracketed(p) else p for p in n.place.catchalls]
        n.axes.append("b53:tortoise")


def _bracketed(p):
    return "（" in p and "）" in p and not p.startswith("（")


def _tortoise(p):
    return p.replace("（", "〔").replace("）", "〕")


# ---------------------------------------------------------------- a Word copy's runs parted by spaces

def spaced_draws(n, form, plain):
    return form == "labelled" and plain and _d(n, "spaced") < P_SPACED


def _break(n, name):
    """One gap docs/forms.md closes: after a lone level character opening the name (`市 财政局`: the space after a lone
    ideograph opening a token), or before the name's last character (`资源规划 局`: no unit is one character)."""
    if len(name) < 4 or any(ch in name for ch in "（）()〔〕、， "):
        return name
    if name[0] in LEVEL_CHARS and n.q53.random() < 0.4:
        return name[0] + " " + name[1:]
    return name[:-1] + " " + name[-1]


def spaced_item(n, item, m):
    """spacedunits-xinmi (新密 2021 on a mirror: a Word copy whose runs were parted by spaces, `市 财政局`, `资源规划 局`,
    `一 、`).  docs/forms.md: a gap breaking one unit name closes before a piece of one character and after a lone
    ideograph opening a token, while a gap between whole names stays a separator.  In each label line listing names
    parted by 、 or ，, 60 % of the names (not catch-alls, no bracket) are broken once.  Truth unchanged."""
    out = []
    names = {p for p, c in m["lead"] + m["support"] if c is not None}
    printed = {p for p, _ in m["lead"] + m["support"]}
    for kind, t in item:
        i = min((t.find(c) for c in "：:｜" if 0 < t.find(c) <= 7), default=-1)
        if kind == "p" and i > 0 and ("单位" in t[:i] or "部门" in t[:i]):
            head, val = t[:i + 1], t[i + 1:]
            sep = "、" if "、" in val else "，"
            pieces = val.split(sep)
            if all(pc in printed for pc in pieces):
                pieces = [_break(n, pc) if pc in names and n.q53.random() < 0.6 else pc for pc in pieces]
                t = head + sep.join(pieces)
        out.append((kind, t))
    return out


def spaced_label(label):
    """A Word copy parts the numeral from its mark, `一 、` (a bracketed label is left as printed).  docs/forms.md
    "Numbering and metadata": the label is kept without that white space, `一、`."""
    if label and label.endswith("、"):
        return label[:-1] + " 、"
    return label
