"""Session 61 axes (a twenty-third stream, `blindsynth-s61:<seed>`): shapes real notices print, with a rule in
tests/fixtures/README.md, docs/forms.md or a holdout fixture's reading for their truth, that none of the twenty-two
earlier streams drew (docs/blindsynth.md "Session 61 axes").

- a count before a run of place words as one catch-all (`13个街道、镇`, `全市8个县（市、区）`: tests/fixtures/README.md
  "A count before a run of place words"; holdout partfour-xuhui)
- a table laid out by unit whose 序号 is merged with the unit's cell over its task rows (tests/fixtures/README.md
  `measures[].measure_no`, "In a table laid out BY UNIT the unit's cell merged together with the 序号 is that name
  cell"; holdout boxunits-zhengzhou)
- an indicator's kind opening its item's label bracket (`（预期性指标，牵头单位：…）`: tests/fixtures/README.md "An
  indicator's kind in its assignment bracket", docs/forms.md inline-label; holdout kindbracket-jingmen)
- a leader named before the units in an item's label bracket (`（牵头领导：周敏，责任单位：…）`: holdout
  leaderunit-fenghua; docs/forms.md: leader labels name people, never units)
- a heading's item count printed on the line under it (`一、扩大有效投资` / `（4项）`: holdout glossprojects-mianyang)
- label words printed letter-spaced in label lines (`牵 头 单 位：…`: holdout spacedlabel-taizhou's `责 任 人:`)

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import html as _html
import random
import re

from . import batch59, words

P_COUNT = 0.25        # of a city's, district's or county-level city's own government notices
P_COUNT_ITEM = 0.3    # of their measures (one at least)
P_UNITMERGE = 0.3     # of a government's html tables that no other stream shaped, four measures or more
P_KIND = 0.25         # of inline-label item lists
P_KIND_ITEM = 0.6
P_LEADER = 0.2        # of inline-label item lists drawing no kind
P_LEADER_ITEM = 0.7
P_NEXTCOUNT = 0.3     # of item lists whose headings are plain numbered lines
P_SPACED = 0.5        # of labelled item lists whose items print the form's own label lines
AXES = ["count", "unitmerge", "kind", "leader", "nextcount", "spaced"]


def draw(n, seed, key):
    """The twenty-third stream and each axis's draw (a number each, drawn whether or not the axis may apply); the count
    groups are applied here, on the measures, before any form prints them."""
    q = random.Random(f"blindsynth-s61:{seed}")
    n.q61 = q
    n.d61 = {k: q.random() for k in AXES}
    counts(n)


def _d(n, k):
    d = getattr(n, "d61", None)
    return 1.0 if d is None else d[k]


def _mark(n, k):
    if "b61:" + k not in n.axes:
        n.axes.append("b61:" + k)


# ---------------------------------------------------------------- a count before a run of place words

def _count_name(n, q):
    p = n.place
    k = q.randint(5, 16)
    if p.kind == "district":
        return q.choice([f"{k}个街道、镇", f"{k}个街道", f"全区{k}个街道、镇", f"{k}个镇、街道"])
    if p.kind == "city":
        return q.choice([f"{k}个县（市、区）", f"全市{k}个县（市、区）", f"{k}个县、市、区"])
    return q.choice([f"{k}个镇、街道", f"全市{k}个镇、街道", f"{k}个乡镇"])


def counts(n):
    """A count of the places a run names before it, as one catch-all closing the supports (`…，13个街道、镇`,
    `全市8个县（市、区）`), as holdout partfour-xuhui's support cells print `13个街道、镇`.  Truth:
    tests/fixtures/README.md "A count before a run of place words" (it distributes over the run as a leading 各 does:
    ONE unit as printed, a catch-all, `null` in `agencies`).  Drawn on P_COUNT of a city's, a district's or a
    county-level city's own government notices, on P_COUNT_ITEM of their measures whose supports close with a catch-all
    (one at least): that catch-all replaced by it (never added: a list closing with a named unit prints an `等…` tail
    now and then, a first-stream draw this would move); one name a notice.  Measures whose lists are joined by 及 / 和
    (session 59) are left alone."""
    p = n.place
    if _d(n, "count") >= P_COUNT or p.issuer != "gov" or p.kind not in ("city", "district", "cls") or not n.measures:
        return
    q = n.q61
    name = _count_name(n, q)
    cands = [m for m in n.measures if m["support"] and m["support"][-1][1] is None
             and not any(isinstance(u, batch59.Conj) for u in m["lead"] + m["support"])]
    if not cands:
        return
    picked = [m for m in cands if q.random() < P_COUNT_ITEM] or [q.choice(cands)]
    for m in picked:
        m["support"] = list(m["support"][:-1]) + [(name, None)]
    n.count61 = True  # marked once the body is printed (mark_count): an earlier stream reads the marks drawn so far


def mark_count(n):
    """The count groups' mark in the notice's axes, added after the form printed the body, so that no earlier stream's
    test of the marks drawn so far (a table by unit, a project table …) sees it."""
    if getattr(n, "count61", False):
        _mark(n, "count")


# ---------------------------------------------------------------- a table by unit, 序号 merged with the unit

def unitmerge_draws(n, key, table_axes):
    """Whether a government's html table is printed laid out by unit with its 序号 merged with the unit's cell: drawn after
    the form's table, which is set aside, never where another stream's axis shaped that table or the letter states a
    first-listed rule."""
    shaped = any(re.match(r"b\d\d:", a) or a.startswith(("ditto", "merged", "single")) for a in table_axes)
    return key == "html-table" and n.place.issuer == "gov" and _d(n, "unitmerge") < P_UNITMERGE \
        and len(n.measures) >= 4 and all(m["lead"] for m in n.measures) and not shaped and not n.letter_convention


POSTS = ["局长", "主任", "副局长", "副主任", "科长"]


def unitmerge_table(n):
    """A table laid out BY UNIT (boxunits-zhengzhou's 序号 | 责任单位 | 任务目标 | 完成时间 | 责任人, as a page's table):
    each unit's 序号 and unit cells merged (rowspan) over its two to four task rows, the task cells numbering the unit's
    tasks afresh (`1.…`, `2.…`; 30 % of tables print no number in them), a deadline cell per row (70 %), a people column
    merged with the unit (35 %: a post, no unit).  The measures in order go by runs of two to four into the units' groups,
    each group's unit the first lead of its first measure not yet a group's.  Truth: tests/fixtures/README.md
    `measures[].measure_no` ("In a table laid out BY UNIT the unit's cell merged together with the 序号 is that name cell:
    the unit's rows are a section titled by the unit (and led by it); where the task cells number the unit's tasks again
    under every unit each row keeps its printed number"; unnumbered task cells: the rows numbered by their place in the
    notice, 1..n): sections the groups (no and label the 序号 as printed, title the unit as printed), the unit leading
    each row, no supports, the deadline as printed (none without the column).  None when the measures give no two groups."""
    q = n.q61
    ms = n.measures
    groups, used, i = [], set(), 0
    while i < len(ms):
        k = q.choice([2, 2, 3, 3, 4])
        run = ms[i:i + k]
        i += k
        cands = [u for x in run for u in x["lead"] if u[1] and u[0] not in used]
        if len(run) < 2 or not cands:
            if not groups:
                return None
            groups[-1][1].extend(run)
            continue
        used.add(cands[0][0])
        groups.append((cands[0], run))
    if len(groups) < 2:
        return None
    numbered = q.random() < 0.7
    dot = q.choice([".", ".", "、", "．"])
    dl = q.random() < 0.7 and any(m["deadline"] for m in ms)
    people = q.random() < 0.35
    unit_h = q.choice(["责任单位", "责任单位", "承办单位"])
    task_h = q.choice(["任务目标", "工作任务", "具体任务"])
    cols = ["序号", unit_h, task_h] + ([q.choice(["完成时间", "完成时限"])] if dl else []) + (["责任人"] if people else [])
    tag = q.choice(["th", "td"])
    esc = lambda s: _html.escape(s, quote=False)  # noqa: E731
    out = '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n'
    out += "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cols) + "</tr>\n"
    n.sections = []
    no = 0
    for g, (unit, run) in enumerate(groups, 1):
        n.sections.append({"no": g, "label": str(g), "title": unit[0]})
        span = f' rowspan="{len(run)}"' if len(run) > 1 else ""
        for j, m in enumerate(run):
            no += 1
            m["measure_no"] = j + 1 if numbered else no
            m["section_no"] = g
            m["lead"], m["support"] = [unit], []
            if not dl:
                m["deadline"] = None
            cells = ""
            if j == 0:
                cells += f"<td{span}>{g}</td><td{span}>{esc(unit[0])}</td>"
            cells += f"<td>{(str(j + 1) + dot) if numbered else ''}{esc(m['text'])}</td>"
            if dl:
                cells += f"<td>{esc(m['deadline'] or '')}</td>"
            if people and j == 0:
                cells += f"<td{span}>{q.choice(POSTS)}</td>"
            out += "<tr>" + cells + "</tr>\n"
    out += "</tbody></table>"
    n.restart = numbered
    n.axes.append("b61:unitmerge" + ("" if numbered else ":place"))
    return [("html", out)]


# ---------------------------------------------------------------- which shapes an item list prints

def list_draws(n, form, plain, headings_ok):
    """The shapes of this stream an item list prints: a subset of ("kind", "leader", "nextcount", "spaced").  plain: the
    list's items print the form's own assignment (no earlier stream's item shape); headings_ok: the list's headings are
    plain numbered lines (no nested parts, dash or topic lines, lead headings, chapters or spaced labels)."""
    out = []
    if form == "inline-label" and _d(n, "kind") < P_KIND:
        out.append("kind")
    elif form == "inline-label" and _d(n, "leader") < P_LEADER:
        out.append("leader")
    if headings_ok and n.sections and _d(n, "nextcount") < P_NEXTCOUNT:
        out.append("nextcount")
    if form == "labelled" and plain and _d(n, "spaced") < P_SPACED:
        out.append("spaced")
        n.spacer61 = n.q61.choice([" ", " ", "　"])
    return tuple(out)


def item(n, blocks, m, lab, shapes):
    """The item as this stream prints it (blocks: the item as the form and the earlier streams printed it)."""
    if "kind" in shapes:
        blocks = _kind(n, blocks, m, lab)
    if "leader" in shapes:
        blocks = _leader(n, blocks, m, lab)
    if "spaced" in shapes:
        blocks = _spaced(n, blocks, m, lab)
    return blocks


_LABEL_OPEN = ("牵头单位：", "牵头部门：", "责任单位：")


def _own_bracket(blocks, m, lab):
    """The rest after the item's text when the item is one paragraph closing with the form's own label bracket opening
    with a unit label (not a deadline, not ASCII colons), else None."""
    if len(blocks) != 1 or blocks[0][0] != "p":
        return None
    head = lab + m["text"]
    s = blocks[0][1]
    if not s.startswith(head) or not m["text"].endswith("。"):
        return None
    rest = s[len(head):]
    if rest[:1] not in ("（", "(") or rest[-1:] not in ("）", ")") or not rest[1:].startswith(_LABEL_OPEN):
        return None
    return rest


# ---------------------------------------------------------------- an indicator's kind opening the bracket

# (sentence, kind): own words, the register of a plan's main indicators
INDICATORS = [
    ("地区生产总值增长{a}%左右。", "预期性"), ("一般公共预算收入增长{b}%。", "预期性"),
    ("城镇调查失业率控制在5.5%以内。", "预期性"), ("城镇新增就业{n}万人以上。", "预期性"),
    ("城乡居民人均可支配收入增长{b}%以上。", "预期性"), ("规模以上工业增加值增长{a}%。", "预期性"),
    ("固定资产投资增长{a}%以上。", "预期性"), ("社会消费品零售总额增长{b}%左右。", "预期性"),
    ("研究与试验发展经费投入强度达到2.{d}%。", "预期性"), ("每千人口拥有3岁以下婴幼儿托位数达到{t}个。", "预期性"),
    ("单位地区生产总值能耗下降{c}%。", "约束性"), ("空气质量优良天数比率达到{p}%以上。", "约束性"),
    ("森林覆盖率稳定在{f}%以上。", "约束性"), ("粮食播种面积稳定在{g}万亩以上。", "约束性"),
    ("地表水达到或好于Ⅲ类水体比例达到{p}%。", "约束性"),
]


def _indicator(q):
    s, kind = q.choice(INDICATORS)
    return s.format(a=q.randint(5, 8), b=q.randint(5, 9), n=q.randint(2, 9), d=q.randint(1, 9),
                    t=q.randint(3, 5), c=q.randint(2, 4), p=q.randint(80, 95), f=q.randint(30, 65),
                    g=q.randint(100, 900)), kind


def _kind(n, blocks, m, lab):
    """An indicator item whose label bracket opens with the indicator's kind (`地区生产总值增长6%左右。（预期性指标，牵头单位：
    市发改委；配合单位：市统计局）`, `（约束性，牵头单位：…）`), as holdout kindbracket-jingmen's indicator items; P_KIND_ITEM of
    the items of a list that draws it whose bracket is the form's own and opens with a unit label.  The item's text is
    drawn anew as an indicator's target in figures.  Truth: tests/fixtures/README.md "An indicator's kind in its
    assignment bracket" (the kind is no unit, no deadline and no word of the text, which is the indicator's sentence as
    printed before the bracket; the labels give the units as ever): text the sentence, units and deadline unchanged."""
    q = n.q61
    rest = _own_bracket(blocks, m, lab)
    if rest is None or q.random() >= P_KIND_ITEM:
        return blocks
    text, kind = _indicator(q)
    word = kind + ("指标" if q.random() < 0.7 else "")
    m["text"] = text
    _mark(n, "kind")
    return [("p", lab + text + rest[0] + word + "，" + rest[1:])]


# ---------------------------------------------------------------- a leader before the units in the bracket

def _leader(n, blocks, m, lab):
    """A leader (a person, one or two) named before the units in the item's label bracket (`（牵头领导：周敏，责任单位：
    区卫生健康局）`, `（责任领导：王建华、李明；牵头单位：…）`), as holdout leaderunit-fenghua's brackets; P_LEADER_ITEM of the
    items of a list that draws it whose bracket is the form's own and opens with a unit label.  Truth: the fixture's
    reading and docs/forms.md labelled row (leader labels name people and go to `extra`, never to units): text, units and
    deadline unchanged."""
    q = n.q61
    rest = _own_bracket(blocks, m, lab)
    if rest is None or q.random() >= P_LEADER_ITEM:
        return blocks
    if not hasattr(n, "leader61"):
        n.leader61 = (q.choice(["牵头领导", "牵头领导", "责任领导", f"牵头{n.place.word}领导"]), q.choice(["，", "；"]))
    word, sep = n.leader61
    who = "、".join(q.sample(words.PEOPLE, q.choice([1, 1, 2])))
    _mark(n, "leader")
    return [("p", lab + m["text"] + rest[0] + f"{word}：{who}{sep}" + rest[1:])]


# ---------------------------------------------------------------- letter-spaced label words

SPACED_LABELS = ("牵头责任单位", "牵头单位", "牵头部门", "配合单位", "协办单位", "责任单位", "配合部门", "完成时限", "完成时间",
                 "时间节点", "分管领导")
_SPACED_RE = re.compile("^(" + "|".join(SPACED_LABELS) + ")([：:｜])")


def _spaced(n, blocks, m, lab):
    """Every label line under a labelled item printing its label word letter-spaced (`牵 头 单 位：市发改委`, `完　成　时　限：
    …`: one spacing a notice, an ordinary or an ideographic space), as holdout spacedlabel-taizhou's `责 任 人:` lines and
    a Word template's spaced labels print them.  Truth unchanged (the label word is no text and names the same role)."""
    if not blocks or blocks[0][0] != "p" or not blocks[0][1].startswith(lab):
        return blocks
    out = [blocks[0]]
    hit = False
    for kind, s in blocks[1:]:
        g = _SPACED_RE.match(s) if kind == "p" else None
        if g:
            s = n.spacer61.join(g.group(1)) + s[len(g.group(1)):]
            hit = True
        out.append((kind, s))
    if hit:
        _mark(n, "spaced")
    return out


# ---------------------------------------------------------------- a heading's count on the next line

def next_counts(n, blocks, shapes):
    """Each numbered heading over items printing its item count on the line under it (`一、扩大有效投资` / `（4项）`, `（3件）`,
    `（共5项）`), as holdout glossprojects-mianyang's part headings print `（4件）`; every heading of a list that draws it,
    where each section's heading is one plain line (label and title) whose title prints no bracket yet.  Truth: the
    fixture's reading (tests/fixtures/README.md `sections`: a count in brackets after the heading's name stays in the
    title): the title with the count after it, joined with nothing between."""
    if "nextcount" not in shapes or not n.sections:
        return blocks
    heads = {}
    for s in n.sections:
        if "（" in s["title"] or "(" in s["title"] or not s["label"]:
            return blocks
        b = ("head", s["label"] + s["title"])
        if blocks.count(b) != 1:
            return blocks
        heads[b] = s
    q = n.q61
    fmt = q.choice(["（{k}项）", "（{k}项）", "（{k}件）", "（共{k}项）"])
    out = []
    for b in blocks:
        out.append(b)
        s = heads.get(b)
        if s is not None:
            k = sum(1 for m in n.measures if m["section_no"] == s["no"])
            c = fmt.format(k=k)
            s["title"] += c
            out.append(("p", c))
    _mark(n, "nextcount")
    return out
