"""Session 51 axes (a thirteenth stream, `blindsynth-51:<seed>`): shapes real notices of session 50's batches (README
"Batch 45" … "Batch 48") print and docs/forms.md or docs/parsing.md writes a rule for, which no earlier axis drew.  A
seed drawing none of them prints the bytes it printed before (docs/blindsynth.md "Session 51 axes").

Each axis's yes or no is drawn first, one number each, so whether one axis is drawn never moves another's; what a
drawn axis prints comes from the same stream after those numbers.

- an item cut inside its sentence by a page break, its rest and its labels on the next unnumbered line
  (docshare-xuzhou-2020, batch 48)
- `主要协作单位` / `主要牵头单位` label words on labelled items' lines (labelpage-lingbi-2021, batch 45)
- the doc number run into the start of the recipients line (docshare-xuzhou-2020, batch 48)
- a doc number that lost its closing bracket and 号, the year run into the number (lostmark-hunan-2023, batch 48)
- a pipe dump printing each cell on a line and a bare `|` line under each cell (cellpipe-chizhou-2023, batch 45)
"""

import random
import re

P_CUT = 0.3        # of inline-label item lists whose items are the form's own (no earlier item axis drawn)
P_COOP = 0.3       # of labelled item lists whose items are the form's own
P_DOCRECIP = 0.12  # of letters (no WeChat article) whose doc number stands alone right over the recipients line
P_LOSTCLOSE = 0.08  # of letters (no WeChat article) whose doc number, printed 〔…〕…号, stands on a line alone
P_CELLBAR = 0.5    # of text-pipe tables none of whose cells is empty

AXES = ["cut", "coop", "docrecip", "lostclose", "cellbar"]

CJK = re.compile(r"[\u4e00-\u9fff]")
CUT_MIN_CHARS = 12  # the cut line's text at least this long, so it never reads as a heading's short phrase


def draw(n, seed):
    """The thirteenth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-51:{seed}")
    n.q51 = q
    n.d51 = {k: q.random() for k in AXES}


def _d(n, k):
    d = getattr(n, "d51", None)
    return 1.0 if d is None else d[k]


# ---------------------------------------------------------------- items

def _cut_points(text):
    """Places inside the task's last clause where a page break may cut it: between two CJK characters, after the
    clause's second character, before its closing mark; the text before the cut at least CUT_MIN_CHARS long."""
    if not text or text[-1] not in "。；":
        return []
    start = max(text.rfind(c, 0, len(text) - 1) for c in "，；。、：") + 1
    return [p for p in range(max(start + 2, CUT_MIN_CHARS), len(text) - 2)
            if CJK.match(text[p - 1]) and CJK.match(text[p])]


def cut_target(n, form, plain):
    """docshare-xuzhou (徐州 2020 on a document-sharing site): the copy broke a page inside item 6's sentence,
    `6.…完成产业项目投资增长10%以` / `上。牵头单位：…；责任单位：…`.  Drawn on inline-label lists whose items are the
    form's own (no earlier item axis).  Returns the index of the measure to cut, or None."""
    if form != "inline-label" or not plain or _d(n, "cut") >= P_CUT:
        return None
    ok = [i for i, m in enumerate(n.measures) if not m.get("unnumbered") and _cut_points(m["text"])]
    if not ok:
        return None
    return n.q51.choice(ok)


def cut(n, item, m, lab):
    """docs/parsing.md (inline-label): an item with no labels of its own whose text stops inside a sentence takes the
    unnumbered line under it as its rest, joined with nothing between, and the labels closing that line as its own.
    The item's one line `lab + text + bracket` becomes two lines cut inside the text's last clause.  Truth unchanged
    (the text whole, the units and deadline the bracket's).  The copy is then never hard-wrapped nor run into one
    line (n.unwrapped51): a wrap would cut every long line so, which is another rule."""
    if len(item) != 1 or item[0][0] != "p" or not item[0][1].startswith(lab + m["text"]):
        return item
    line = item[0][1]
    p = n.q51.choice(_cut_points(m["text"]))
    k = len(lab) + p
    n.unwrapped51 = True
    n.axes.append("b51:cut")
    return [("p", line[:k]), ("p", line[k:])]


LEAD_WORDS = ("牵头单位", "牵头部门", "牵头责任单位", "责任单位")
SUP_WORDS = ("配合单位", "协办单位", "责任单位", "配合部门")
COOP_LEADS = ["牵头责任单位", "主要牵头单位", "牵头单位"]
COOP_SUPS = ["主要协作单位", "主要协作单位", "主要配合单位"]


def coop_draws(n, form, plain):
    if form != "labelled" or not plain or _d(n, "coop") >= P_COOP:
        return False
    n.coop51 = (n.q51.choice(COOP_LEADS), n.q51.choice(COOP_SUPS))
    n.axes.append("b51:coop")
    return True


def coop(n, item, m):
    """labelpage-lingbi (灵璧县卫健委 2021): `牵头责任单位：县卫健委、县民政局` / `主要协作单位：各乡镇人民政府、…`
    under each item.  docs/parsing.md "Labels" (`[role_qualifiers]`): a lead or support word with 主要 before it keeps
    its role (`主要协作单位` supports as `协作单位` does, `主要牵头单位` leads), and `主要责任单位` leads as a word of
    its own.  The labelled item's lead line takes the notice's lead word (a lone `责任单位` over no support: `主要责任单位`),
    its support line the notice's support word.  Truth unchanged."""
    lead_w, sup_w = n.coop51
    out, seen_lead = [], False
    for kind, text in item:
        if kind == "p" and not seen_lead:
            w = next((w for w in LEAD_WORDS if text.startswith(w) and text[len(w):len(w) + 1] in ("：", ":", "｜")), None)
            if w and m["lead"]:
                seen_lead = True
                new = "主要责任单位" if w == "责任单位" else lead_w
                out.append((kind, new + text[len(w):]))
                continue
        elif kind == "p" and seen_lead and m["support"]:
            w = next((w for w in SUP_WORDS if text.startswith(w) and text[len(w):len(w) + 1] in ("：", ":", "｜")), None)
            if w:
                out.append((kind, sup_w + text[len(w):]))
                continue
        out.append((kind, text))
    return out


# ---------------------------------------------------------------- the letter's doc number

DOC_RE = re.compile(r"^(.+?)〔(\d{4})〕(\d{1,3})号$")


def letter_axes(n, head, meta, wx):
    """Drawn once the letter's head is final (after the session 44-49 letter axes).  Returns True when head changed.

    - docrecip (docshare-xuzhou: a law database's export on a document site, `徐政发〔2020〕3号各县（市）区人民政府，…：`):
      the doc number standing alone right over the recipients line is run into that line's start.  docs/forms.md
      (the recipients): the number is read from the line as ever, and the recipients without it.  Truth unchanged.
    - lostclose (lostmark-hunan: `湘政发〔20231` for 〔2023〕1号): a doc number printed 〔year〕k号 alone on its line
      loses 〕 and 号.  docs/forms.md: such a line, the whole line a body's prefix, an opening bracket and digits
      opening with a year of 19xx or 20xx and one to four more, is the doc number as printed.  Truth: the doc number
      as printed.
    Both are printed in copies never hard-wrapped nor run into one line (n.unwrapped51): the generator prints a letter's
    recipients and title lines unwrapped, which a fixed-width wrap could not leave wider than its width (bs710: the
    number made the recipients line so), and a number's line run into the next is no line alone (bs1775)."""
    if wx or n.letterless or not meta.get("doc_number"):
        return False
    dn = meta["doc_number"]
    i = next((j for j, b in enumerate(head) if b == ("center", dn)), None)
    if i is None:
        return False
    if _d(n, "docrecip") < P_DOCRECIP and i + 1 < len(head) and head[i + 1][0] == "recip":
        head[i:i + 2] = [("recip", dn + head[i + 1][1])]
        n.axes.append("b51:docrecip")
        n.unwrapped51 = True  # printed unwrapped: a fixed-width wrap would cut the longer line too
        return True
    mo = DOC_RE.match(dn)
    if _d(n, "lostclose") < P_LOSTCLOSE and mo:
        printed = f"{mo.group(1)}〔{mo.group(2)}{mo.group(3)}"
        head[i] = ("center", printed)
        meta["doc_number"] = printed
        n.axes.append("b51:lostclose")
        n.unwrapped51 = True  # a line of its own: never run into one line, nor under a title printed wider than a wrap
        return True
    return False


# ---------------------------------------------------------------- a pipe dump one cell a line

def cellbar(n, blocks):
    """cellpipe-chizhou (池州市信访局's 政务公开 list): a dump printing each cell on a line and a line holding only `|`
    under each cell, no line opening a row.  docs/forms.md (text-pipe): a bare `|` between two such cells closes the
    one above, so the first cell over the first `|` is the table's, no line over it, and these lines are no Markdown
    rule.  The text-pipe table's lines (`|` opening each row, `cell |` a cell) are printed so; only where no cell is
    empty (an empty cell would print an empty line).  Truth unchanged."""
    if _d(n, "cellbar") >= P_CELLBAR:
        return blocks
    cells = [t for k, t in blocks if t != "|"]
    if any(not t.endswith(" |") or not t[:-2].strip() for t in cells):
        return blocks
    out = []
    for t in cells:
        out += [("p", t[:-2]), ("p", "|")]
    n.axes.append("b51:cellbar")
    return out
