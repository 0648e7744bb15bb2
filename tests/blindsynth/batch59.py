"""Session 59 axes (a twenty-first stream, `blindsynth-s59:<seed>`): shapes real notices print, with a rule in
tests/fixtures/README.md, docs/forms.md or a holdout fixture's reading for their truth, that none of the twenty earlier
streams drew (docs/blindsynth.md "Session 59 axes").

- unit lists whose last name is joined by 及 or 和 (`A、B及C`, `A和B`: holdout joined-zhongshan, firstnote-haishu)
- co-leads by 分别负责 (`（A、B分别负责，C配合）`, `由A、B分别负责。`, `此项工作分别由A、B负责。`)
- a catch-all closing the supports with its own duty verb (`（A牵头，B配合，各镇（街道）按职责分工负责）`)
- deadlines printed as a span of months (`2023年3月-6月`, `2023年3月至6月`, `2023年3-6月`, `2023年10月-2024年3月`)
- an item's closing bracket printed on the line under its text (`1.…。` / `（牵头单位：…；配合单位：…）`)

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random

P_CONJ = 0.2        # of all notices
P_CONJ_ITEM = 0.5   # of their lists of two names or more
P_FENBIE = 0.6      # of inline-verb and prose item lists drawing no other stream's item shape
P_FENBIE_ITEM = 0.5
P_CATCH = 0.6       # of inline-verb and prose item lists drawing no other stream's item shape
P_CATCH_ITEM = 0.5
P_RANGE = 0.2       # of notices drawing no other stream's deadline spelling
P_RANGE_ITEM = 0.4
P_NEXTLINE = 0.6    # of inline-label and inline-verb item lists drawing no other stream's item shape
P_NEXTLINE_ITEM = 0.5
AXES = ["conj", "fenbie", "catch", "range", "nextline"]

CONJ_WORDS = ["及"] * 7 + ["和"] * 3   # joined-zhongshan prints both; 与 has no written reading and is left out
DUTY_VERBS = ["按职责分工负责", "按职责分工负责", "按职责分工落实", "按照职责分工负责"]


class Conj(tuple):
    """A (printed, canonical) unit printed after a joining word (及, 和) in place of the list's separator; equal to the
    plain pair, so the truth reads it as any unit."""
    word = "及"


def draw(n, seed, key):
    """The twenty-first stream and each axis's draw (a number each, drawn whether or not the axis may apply); the list
    and deadline axes are applied here, on the measures, before any form prints them."""
    q = random.Random(f"blindsynth-s59:{seed}")
    n.q59 = q
    n.d59 = {k: q.random() for k in AXES}
    n.key59 = key
    ranges(n, key)
    joined(n)


def _d(n, k):
    d = getattr(n, "d59", None)
    return 1.0 if d is None else d[k]


def joined_list(units, sep, s):
    """`sep.join` of the names, the last one after its joining word when it is marked (Conj) and the list is parted by
    、 or ， (a cell parted by spaces or line breaks prints no 及)."""
    if len(units) >= 2 and isinstance(units[-1], Conj) and sep in ("、", "，"):
        return sep.join(p for p, _ in units[:-1]) + units[-1].word + units[-1][0]
    return s


# ---------------------------------------------------------------- lists joined by 及 / 和

def joined(n):
    """A list's last name joined by 及 or 和 (`市发改委、市财政局及市商务局`, `区教育局和区卫健局`), as pages print them
    (holdout joined-zhongshan: `A牵头，B及C配合`, `A和B负责`, each name a unit of its own; firstnote-haishu:
    `区发改局和区商务局分别牵头`).  Truth unchanged: the names as printed, split, in order (tests/fixtures/README.md
    `measures[].lead` / `support`).  A catch-all group closing a list takes 及 only (`…、市商务局及各县（市、区）人民政府`,
    the fixtures README's `各区、县（市）政府及开发区管委会` reading: two units).  Drawn on P_CONJ of notices, on P_CONJ_ITEM of
    their lead and support lists of two names or more; printed wherever a form prints the list parted by 、 or ，."""
    if _d(n, "conj") >= P_CONJ or not n.measures:
        return
    q = n.q59
    hit = False
    for m in n.measures:
        for role in ("lead", "support"):
            us = m[role]
            if len(us) < 2 or q.random() >= P_CONJ_ITEM:
                continue
            last = Conj(us[-1])
            last.word = "及" if last[1] is None else q.choice(CONJ_WORDS)
            us[-1] = last
            hit = True
    if hit:
        n.axes.append("b59:conj")


# ---------------------------------------------------------------- deadlines printed as a span of months

def _range(q, year):
    a = q.randint(1, 9)
    b = q.randint(a + 1, 12)
    c = q.randint(1, 6)
    return q.choice([f"{year}年{a}月-{b}月", f"{year}年{a}月-{b}月", f"{year}年{a}月至{b}月", f"{year}年{a}月至{b}月",
                     f"{year}年{a}-{b}月", f"{year}年{a}月～{b}月", f"{year}年{a}月—{year}年{b}月",
                     f"{year}年{a}月至{year}年{b}月", f"{year}年10月-{year + 1}年{c}月", f"{year}年{a}月—{b}月底"])


def ranges(n, key):
    """A deadline printed as a span of months (`2023年3月-6月`, `2023年3月至6月`, `2023年3-6月`, `2023年3月～6月`, a span
    over the year's end `2023年10月-2024年3月`), as real 完成时限 columns and brackets print them; the first stream prints
    only `2022年3月—5月`.  Truth: the wording as printed (tests/fixtures/README.md `measures[].deadline`); null where the
    form prints none, as before.  Drawn on P_RANGE of the notices no earlier stream respelled the deadlines of, on
    P_RANGE_ITEM of their measures (one at least)."""
    if _d(n, "range") >= P_RANGE or not n.measures or any(a in n.axes for a in ("b56:dl", "b58:dlword")):
        return
    q = n.q59
    hits = [m for m in n.measures if q.random() < P_RANGE_ITEM] or [q.choice(n.measures)]
    for m in hits:
        m["deadline"] = _range(q, n.year)
    n.axes.append("b59:range")


# ---------------------------------------------------------------- verb brackets: 分别负责, a catch-all's own verb

def verb_draws(n, form, plain):
    """Which of this stream's verb shapes an inline-verb or prose item list prints: ("fenbie", "catch") or fewer."""
    if form not in ("inline-verb", "prose") or not plain:
        return ()
    return tuple(k for k, p in (("fenbie", P_FENBIE), ("catch", P_CATCH)) if _d(n, k) < p)


def verb_item(n, item, m, lab, form, shapes):
    """The item with its assignment printed by this stream's verbs, the first stream's item drawn and set aside (its
    deadline clause kept: m["deadline"] as it left it).

    - 分别负责 (P_FENBIE_ITEM of the items; an item of one lead takes its first named support as a second lead):
      `（A、B分别负责[，C配合]）`, `（由A、B分别负责[，C配合]）`; prose `由A、B分别负责[，C配合]。`,
      `此项工作分别由A、B负责。`.  Truth: A and B lead (docs/forms.md prose: `由X负责` names the responsible unit, who
      leads; inline-list: `A、B分别牵头` co-leads), C supports.
    - a catch-all closing the supports printed with a duty verb of its own (P_CATCH_ITEM of the items; one is added where
      the item has none): `（A牵头，B配合，各镇（街道）按职责分工负责）`, `由A负责，各县（市、区）人民政府按职责分工落实。`.
      Truth: the catch-all supports, `null` in `agencies` (docs/forms.md inline-verb: "A clause by duties (`B、C等部门按职责
      分工负责`) after one that names the lead or the responsible unit supports"; holdout joined-zhongshan).
    """
    q = n.q59
    fen = "fenbie" in shapes and q.random() < P_FENBIE_ITEM
    cat = "catch" in shapes and q.random() < P_CATCH_ITEM
    if fen and len(m["lead"]) < 2:
        named = [u for u in m["support"] if u[1] is not None]
        if not named:
            fen = False
        else:
            m["support"].remove(named[0])
            m["lead"].append(named[0])
    if cat and (not m["support"] or m["support"][-1][1] is not None):
        m["support"].append(n.place.catchall(q))
    if not (fen or cat):
        return item
    from .forms import unit_list
    L = unit_list(q, m["lead"], sep="、")
    sup = m["support"]
    catch = sup[-1] if cat else None
    rest = sup[:-1] if cat else sup
    parts = []
    if fen:
        lead = q.choice([f"{L}分别负责", f"由{L}分别负责"] if form == "inline-verb" else
                        [f"由{L}分别负责", f"此项工作分别由{L}负责"])
    elif form == "inline-verb":
        lead = q.choice([f"{L}牵头", f"由{L}牵头", f"由{L}负责"])
    else:
        # a prose sentence opens with 由, after words naming the item or not (docs/forms.md prose); a bare `X牵头，…。`
        # sentence is no prose the docs write (generator error of the first draw: bs961, bs529, bs4192)
        lead = q.choice([f"由{L}牵头", f"由{L}负责", f"此项工作由{L}牵头"])
    parts.append(lead)
    if rest:
        parts.append(f"{unit_list(q, rest, sep='、')}配合")
    if catch:
        parts.append(f"{catch[0]}{q.choice(DUTY_VERBS)}")
    if m["deadline"]:
        parts.append(m["deadline"])
    body = "，".join(parts)
    for k, on in (("b59:fenbie", fen), ("b59:catch", cat)):
        if on and k not in n.axes:
            n.axes.append(k)
    if form == "prose":
        return [("p", lab + m["text"] + body + "。")]
    return [("p", lab + m["text"] + "（" + body + "）")]


# ---------------------------------------------------------------- the closing bracket on the next line

def nextline_draws(n, form, plain):
    return form in ("inline-label", "inline-verb") and plain and _d(n, "nextline") < P_NEXTLINE


def _closing_bracket(s):
    """Where the bracket closing s opens (balanced from the end), or None."""
    pairs = {"）": "（", ")": "("}
    if not s or s[-1] not in pairs:
        return None
    depth = 0
    for i in range(len(s) - 1, -1, -1):
        ch = s[i]
        if ch in pairs:
            depth += 1
        elif ch in pairs.values():
            depth -= 1
            if depth == 0:
                return i
    return None


def next_line(n, item, lab):
    """An item's closing bracket printed on the line under its text (`1.加快…。` / `（牵头单位：A；配合单位：B）`), as a
    Word copy breaks a long paragraph before its bracket; P_NEXTLINE_ITEM of the items of a list that draws it.  Truth
    unchanged: the bracket under one item is that item's (docs/forms.md: a line that is only `（责任单位：…）` covers the
    items above it, here the one).  A one-line copy joins the lines back with nothing between: the item as before."""
    if len(item) != 1 or item[0][0] != "p" or n.q59.random() >= P_NEXTLINE_ITEM:
        return item
    s = item[0][1]
    i = _closing_bracket(s)
    if i is None or i <= len(lab) + 4:
        return item
    if "b59:nextline" not in n.axes:
        n.axes.append("b59:nextline")
    return [("p", s[:i]), ("p", s[i:])]
