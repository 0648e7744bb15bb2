"""Session 60 axes (a twenty-second stream, `blindsynth-s60:<seed>`): shapes real notices print, with a rule in
tests/fixtures/README.md, docs/forms.md or a holdout fixture's reading for their truth, that none of the twenty-one
earlier streams drew (docs/blindsynth.md "Session 60 axes").

- an item's steps `（1）…；（2）…。` on lines of their own under its title line, the units after them for the whole item
  (label lines, or one bracket on a line of its own: holdout stepbracket-jinzhou)
- an item's closing bracket printed before its final full stop (`…良性互动（责任单位：A，B）。`: holdout prestop-rizhao)
- 参加 as the supports' verb in a verb bracket (`（A、B牵头，C、D，各县市区政府参加）`: holdout canjia-jining)
- place groups printed with full-width angle brackets (`各县＜市、区＞人民政府`: holdout commarule-yunfu)
- the first-place rule stated inside a bare list's first bracket (`（A，B，C，排名第一的为牵头单位，下同）`,
  `（A、B、C。排名第一的为牵头单位，下同）`: holdout commarule-yunfu, stoprule-zhuzhou; docs/forms.md "Conventions")

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random
import re

from . import batch59, words

P_STEPS = 0.5        # of labelled / inline-label / inline-verb item lists (numbers 1. 1、 1． with a mark)
P_STEPS_ITEM = 0.35
P_PRESTOP = 0.4      # of inline-label / inline-verb / inline-list item lists
P_PRESTOP_ITEM = 0.8
P_CANJIA = 0.6       # of inline-verb item lists
P_CANJIA_ITEM = 0.6
P_ANGLE = 0.2        # of notices whose units hold a place group in round brackets
P_RULE = 0.8         # of inline-list item lists whose letter states no rule, drawing no other stream's item shape
AXES = ["steps", "prestop", "canjia", "angle", "rule"]

# item titles printed over steps (own words, the register of a plan's task headings; no full stop)
STEP_TITLES = [
    "加快城市更新步伐", "提升基层医疗服务能力", "优化政务服务流程", "强化重点企业要素保障", "推动农业产业化经营",
    "完善城乡供水保障体系", "加快交通基础设施建设", "深化义务教育综合改革", "健全社会救助体系", "推进生态修复治理",
    "培育壮大市场主体", "加强公共文化服务",
]
STEP_MARKS = ["paren"] * 3 + ["hparen", "circ"]
RULES = ["，排名第一的为牵头单位，下同", "。排名第一的为牵头单位，下同", "，列第一位的为牵头单位，下同",
         "，排在首位的为牵头单位，下同", "。列第一位的单位为牵头单位，下同"]


def draw(n, seed, key):
    """The twenty-second stream and each axis's draw (a number each, drawn whether or not the axis may apply); the
    place-group axis is applied here, on the measures, before any form prints them."""
    q = random.Random(f"blindsynth-s60:{seed}")
    n.q60 = q
    n.d60 = {k: q.random() for k in AXES}
    angles(n)


def _d(n, k):
    d = getattr(n, "d60", None)
    return 1.0 if d is None else d[k]


# ---------------------------------------------------------------- place groups in ＜＞

def _bracketed(p):
    return "（" in p and "）" in p and not p.startswith("（")


def _angle(p):
    return p.replace("（", "＜").replace("）", "＞")


def angles(n):
    """A place group printed with full-width angle brackets (`各县＜市、区＞人民政府`, `各镇＜街道＞`), as commarule-yunfu's
    page prints its county group.  Truth: the name as printed, one catch-all, `null` in `agencies` (the fixture's
    reading; tests/fixtures/README.md: a catch-all group is `null`).  Drawn on P_ANGLE of the notices whose units hold a
    place group in round brackets (none printed with 〔〕 by session 53's stream): every such group printed so, the
    ones drawn later too."""
    if _d(n, "angle") >= P_ANGLE or not n.measures:
        return
    hit = False
    for m in n.measures:
        for role in ("lead", "support"):
            out = []
            for u in m[role]:
                p, c = u
                if c is None and _bracketed(p):
                    v = (_angle(p), None)
                    if isinstance(u, batch59.Conj):
                        v = batch59.Conj(v)
                        v.word = u.word
                    u = v
                    hit = True
                out.append(u)
            m[role] = out
    if hit:
        n.place.catchalls = [_angle(p) if _bracketed(p) else p for p in n.place.catchalls]
        n.axes.append("b60:angle")


# ---------------------------------------------------------------- which shapes an item list prints

def list_draws(n, form, plain, style, nested, other):
    """The shapes of this stream an item list prints: a subset of ("steps", "prestop", "canjia", "rule").  plain: the
    list's items print the form's own assignment (no earlier stream's item shape: the rule's list only); nested: the
    outline's three-level parts; other: an earlier stream reshaped the items' numbers or the items themselves (numbers
    with no mark or a stop for the dot, bullets, a problem list).  Steps, the stop after the bracket and 参加 are drawn on
    any list of their forms and printed on the items whose printed line is still the form's own (item.py's checks)."""
    out = []
    if form in ("labelled", "inline-label", "inline-verb") and style not in ("paren", "hparen", "circ") \
            and not other and not nested and _d(n, "steps") < P_STEPS:
        out.append("steps")
    if form in ("inline-label", "inline-verb", "inline-list") and _d(n, "prestop") < P_PRESTOP:
        out.append("prestop")
    if form == "inline-verb" and _d(n, "canjia") < P_CANJIA:
        out.append("canjia")
    if form == "inline-list" and plain and not n.convention and _d(n, "rule") < P_RULE:
        out.append("rule")
    return tuple(out)


def item(n, blocks, m, lab, form, shapes, first, last=False):
    """The item as this stream prints it (blocks: the form's item as drawn; first: the list's first item; last: the
    list's last numbered item)."""
    done = False
    if "rule" in shapes:
        blocks = _rule_item(n, m, lab, first)
    if "canjia" in shapes:
        blocks = _canjia_item(n, blocks, m, lab)
    if "steps" in shapes:
        blocks, done = _steps(n, blocks, m, lab, form, last)
        if not done:
            n.plain60 = True  # an item of the level printed with its own units, not over steps
    if "prestop" in shapes and not done:
        blocks = _prestop(n, blocks, m, lab)
    return blocks


def _mark(n, k):
    if "b60:" + k not in n.axes:
        n.axes.append("b60:" + k)


# ---------------------------------------------------------------- an item's steps under its title line

def _step_label(style, i):
    return {"paren": f"（{i}）", "hparen": f"({i})", "circ": words.CIRCLED[i - 1]}[style]


def _steps(n, blocks, m, lab, form, last=False):
    """An item printed as a title line with no full stop over its steps, each on a line of its own (`1.加快城市更新步伐`
    / `（1）新建…；` / `（2）完成…。`), its units after them: the form's label lines, or its bracket on a line of its own
    (inline-label, inline-verb).  P_STEPS_ITEM of the items of a list that draws it.  Truth: holdout stepbracket-jinzhou
    (tests/fixtures/README.md: an item's sub-items (1)(2) stay in its text, "joined to it with nothing between (as any
    item's steps are: stepbracket-jinzhou)"): one measure, its text the title line and its steps joined with nothing
    between, numbers as printed; a line that is only a bracket of labels is the item's above it; units and deadline
    unchanged.

    Never every item of the list: the list's last numbered item is printed plain when every item before it came out
    stepped (or it is the only one).  tests/fixtures/README.md ("An item over steps that share one assignment"): a title
    over steps is one measure only where its numbering level holds measures elsewhere in the notice, an item of its
    kind with units of its own; where no item of the level does, the level is the list's headings and the steps are
    the measures (threelevel-yuncheng).  That is a three-level outline, another shape than this axis's, and a list
    whose part sentences' targets stand beside the items (session 47) would mix the two levels, which no convention
    reads; so the draw keeps one item plain (seeds 5169 and 5784 of 1-8000 printed every item stepped)."""
    q = n.q60
    if q.random() >= P_STEPS_ITEM or not blocks or blocks[0][0] != "p":
        return blocks, False
    head = lab + m["text"]
    s = blocks[0][1]
    if not s.startswith(head):
        return blocks, False
    rest = s[len(head):]
    if form == "labelled":
        if rest:
            return blocks, False
        tail = list(blocks[1:])
    else:
        if len(blocks) != 1 or not rest.startswith(("（", "(")):
            return blocks, False
        tail = [("p", rest)]
    if last and not getattr(n, "plain60", False):
        return blocks, False
    mark = q.choice(STEP_MARKS)
    k = q.choice([2, 2, 3])
    title = q.choice(STEP_TITLES)
    steps = []
    for i in range(k):
        t = words.task_text(q)
        if i < k - 1 and q.random() < 0.6:
            t = t[:-1] + "；"
        steps.append(_step_label(mark, i + 1) + t)
    m["text"] = title + "".join(steps)
    _mark(n, "steps")
    return [("p", lab + title)] + [("p", t) for t in steps] + tail, True


# ---------------------------------------------------------------- the bracket before the item's full stop

def _prestop(n, blocks, m, lab):
    """The item's closing bracket printed before its final full stop (`…良性互动（责任单位：A，B）。`), as holdout
    prestop-rizhao's items print it; P_PRESTOP_ITEM of the items of a list that draws it.  Truth: the fixture's reading
    ("each measure's text its wording with the full stop after the bracket"): text, units and deadline unchanged."""
    q = n.q60
    if q.random() >= P_PRESTOP_ITEM or len(blocks) != 1 or blocks[0][0] != "p":
        return blocks
    head = lab + m["text"]
    s = blocks[0][1]
    if not (s.startswith(head) and head.endswith("。") and s[len(head):].startswith(("（", "("))
            and s.endswith(("）", ")"))):
        return blocks
    _mark(n, "prestop")
    return [("p", head[:-1] + s[len(head):] + "。")]


# ---------------------------------------------------------------- 参加

_VERB_BRACKET = re.compile(r"（(由)?([^，（）]+?)(分别)?牵头，(.+?)(配合|参与|协同|按职责分工负责)(，[^，]+)?）$")


def _canjia_item(n, blocks, m, lab):
    """The supports' verb printed as 参加 (`（A、B牵头，C、D参加）`, `（由A牵头，B，各县（市、区）人民政府参加）`: a place group
    after a comma among them), as holdout canjia-jining's brackets; P_CANJIA_ITEM of the items of a list that draws it
    whose bracket is the first stream's `A牵头，B配合[，<deadline>]` (no earlier stream's clause in it): its verb
    replaced, the rest as printed.  Truth: the fixture's reading (the 参加 units support, the place group after the comma
    too; A and B lead); nothing else changes."""
    q = n.q60
    if not m["support"] or q.random() >= P_CANJIA_ITEM or len(blocks) != 1 or blocks[0][0] != "p":
        return blocks
    head = lab + m["text"]
    s = blocks[0][1]
    if not s.startswith(head):
        return blocks
    g = _VERB_BRACKET.fullmatch(s[len(head):])
    if not g or (g.group(6) or "") != ("，" + m["deadline"] if m["deadline"] else ""):
        return blocks
    S = g.group(4)
    if "，" in S:
        return blocks
    last = m["support"][-1]
    if len(m["support"]) > 1 and last[1] is None and not isinstance(last, batch59.Conj) \
            and S.endswith("、" + last[0]) and q.random() < 0.6:
        S = S[:-len(last[0]) - 1] + "，" + last[0]
    body = f"{g.group(1) or ''}{g.group(2)}{g.group(3) or ''}牵头，{S}参加{g.group(6) or ''}"
    _mark(n, "canjia")
    return [("p", head + "（" + body + "）")]


# ---------------------------------------------------------------- the first-place rule in the first bracket

def _rule_item(n, m, lab, first):
    """A bare list whose first bracket states the first-place rule after its units (`（A，B，C，排名第一的为牵头单位，下同）`,
    `（A、B、C。排名第一的为牵头单位，下同）`), the units parted by 、 or by full-width commas throughout, as holdout
    commarule-yunfu and stoprule-zhuzhou print them; every item of an inline-list list that draws it, the form's item
    drawn and set aside.  Truth: docs/forms.md "Conventions stated in the letter" (the rule read wherever it stands, a
    bracket included; 排名第一 / 列第一位 / 排在首位, 的, perhaps a noun, 为, 牵头): in every bracket the first unit leads and
    the rest support, a place group included; the rule's words are no unit; no deadline."""
    q = n.q60
    if first or not hasattr(n, "sep60"):
        n.sep60 = q.choice(["、", "，"])
    allu = m["lead"] + m["support"]
    m["lead"], m["support"] = allu[:1], allu[1:]
    from .forms import unit_list
    s = unit_list(q, allu, sep=n.sep60)
    if first:
        s += q.choice(RULES)
    _mark(n, "rule")
    return [("p", lab + m["text"] + "（" + s + "）")]
