"""Session 55 axes (a seventeenth stream, `blindsynth-55:<seed>`): shapes real notices of session 54's batches (README
"Batch 60" … "Batch 62") print and tests/fixtures/README.md or docs/parsing.md writes a rule for, which no earlier axis
drew.  A seed drawing none of them prints the bytes it printed before (docs/blindsynth.md "Session 55 axes").

- a 工作要求 line naming the lead among a 责任单位 list, `由X牵头，并负责报进度。` (labelreq-kaifeng, batch 62)
- unit names a repost masked, `县**局`, `****分局` (maskedunits-county, batch 62)
- a 进度安排 schedule for the deadline, `进度安排：6月底前…；12月底前…。` (schedlabel-zhengzhou, batch 62)
- item numbers printed with the sentence stop for the dot, `1。` (sinalead-tianjin, batch 61)
- label brackets typed in ASCII, `[牵头单位:X;责任单位:Y]`, `(牵头单位:X,责任单位:Y)` (mixsquare-jiayu, batch 60's
  房县 page with a comma between the labels)
- a table laid out by unit, numbered tasks in one cell (unitrows-fangzi, batch 62)

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no;
what a drawn axis prints comes from the same stream after those numbers.
"""

import random

P_REQ = 0.3       # of labelled item lists whose items are the form's own
P_MASK = 0.08     # of notices on a page or in a sheet (in a text copy a `**` pair is Markdown bold, docs/parsing.md)
P_SCHED = 0.2     # of labelled item lists whose items are the form's own
P_STOP = 0.12     # of item lists whose items are the form's own, numbered 1..n in order, three or more
P_ASCII = 0.2     # of inline-label item lists whose items are the form's own (no copula, no other bracket shape)
P_BYUNIT = 0.15   # of html-table notices (not transposed, no project rows, no other stream's table axis)
# the axes forms.html_table notes for the table it drew (set aside when a table by unit is drawn)
TABLE_AXES = ("sections:", "sep:", "word-paste", "th", "two-level", "trailing-td", "seq", "extra:", "single", "dl")
AXES = ["req", "mask", "sched", "stop", "ascii", "byunit"]
# session 57's axes a table by unit sets aside with the form's table: its quarter columns, and the supports it drops
# (vertical bodies, streets and towns among them)
SET_ASIDE57 = ("b57:qtr", "b57:vert", "b57:street")

REQ_TAILS = ["，并负责报进度。", "，按季度报送工作进展。", "，抓好督促落实。", "，确保按时完成。"]
STEPS = ["完成调查摸底", "完成方案制定", "启动实施", "开工建设", "全部开工", "形成阶段性成果", "完成年度任务的50%",
         "完成验收", "全面完成"]  # in the order a plan's steps come


def draw(n, seed):
    """The seventeenth stream and each axis's draw (a number each, drawn whether or not the axis may apply)."""
    q = random.Random(f"blindsynth-55:{seed}")
    n.q55 = q
    n.d55 = {k: q.random() for k in AXES}


def _d(n, k):
    d = getattr(n, "d55", None)
    return 1.0 if d is None else d[k]


# ---------------------------------------------------------------- masked unit names

def _mask(q, p):
    k = q.choice([2, 3, 4, 4])
    if p[0] in "市县区" and len(p) >= 4 and q.random() < 0.5:
        return p[0] + "*" * k + p[-1]                      # 县**局
    return "*" * k + p[-q.choice([1, 2, 2, 3]):]         # ****分局, ****体育局


def mask(n, ext):
    """maskedunits-county (a tender site's repost of a county's 2025 食品安全 清单: `****分局`, `县**局`, `****体育局`).
    tests/fixtures/README.md "Masked names": a unit name printed with a run of `*` standing for words it hid stays where
    and as printed, in lead or support, and is "unresolved"; the measure is kept.  Drawn on 8 % of notices on a page or
    in a sheet, never a text copy (docs/parsing.md "A copy kept as Markdown" takes a text input's `**` pairs for bold,
    and no rule says which reading wins where both could apply): one or two of the notice's named units (a name of four
    characters or more, no bracket, list mark or space in it; never a catch-all) printed masked wherever they appear,
    each always the same way.  Truth: the masked name as printed, "unresolved"."""
    if ext == "txt" or _d(n, "mask") >= P_MASK:
        return
    seen = []
    for m in n.measures:
        for p, c in m["lead"] + m["support"]:
            if c and (p, c) not in seen and len(p) >= 4 and not any(x in p for x in "（()）〔〕、， 　*各有关相"):
                seen.append((p, c))
    if not seen:
        return
    q = n.q55
    picks = q.sample(seen, min(len(seen), q.choice([1, 1, 2])))
    new = {u: (_mask(q, u[0]), "unresolved") for u in picks}
    for m in n.measures:
        m["lead"] = [new.get(u, u) for u in m["lead"]]
        m["support"] = [new.get(u, u) for u in m["support"]]
    n.axes.append("b55:mask")


# ---------------------------------------------------------------- item lists: which axes an item list draws

def list_draws(n, form, plain, nomark, copula, shape):
    """(req, sched, stop, ascii) for an item list whose items are the form's own (plain: no other axis reshapes them)."""
    if not plain:
        return False, False, False, None
    req = form == "labelled" and _d(n, "req") < P_REQ
    sched = form == "labelled" and _d(n, "sched") < P_SCHED
    nos = [m["measure_no"] for m in n.measures]
    stop = form in ("labelled", "inline-label", "inline-verb", "prose", "inline-list") and not nomark \
        and len(nos) >= 3 and nos == list(range(1, len(nos) + 1)) and _d(n, "stop") < P_STOP
    asc = None
    if form == "inline-label" and not copula and not shape and _d(n, "ascii") < P_ASCII:
        asc = n.q55.choice(["square", "square", "comma"])
        n.axes.append("b55:ascii-" + asc)
    if req:
        n.axes.append("b55:req")
    if sched:
        n.axes.append("b55:sched")
    if stop:
        n.axes.append("b55:stop")
        n.no_oneline54 = True  # a copy run into one line opens no line with the number
    return req, sched, stop, asc


def stop_label(m):
    """sinalead-tianjin (天津 2020 任务分工 on 新浪天津: `1。深化…`).  docs/parsing.md "Lost item marks": a run of at least
    three lines opening with numbers 1, 2, 3 … each followed by `。` and more text gets the dot in the stop's place.
    Truth: numbers as printed, texts without them."""
    return f"{m['measure_no']}。"


# ---------------------------------------------------------------- 工作要求：由X牵头 under a 责任单位 list

def _dl_line(b):
    return b[0] == "p" and b[1].startswith(("完成时限", "完成时间", "时间节点"))


def reqlead(n, item, m):
    """labelreq-kaifeng (开封 2005 分解落实意见: `责任单位：市发改委 五县五区政府 开发区管委会` over
    `工作要求：由市发改委牵头，并负责报进度。`).  tests/fixtures/README.md (a list of responsible units whose item says in
    another line which of them leads): the unit so named leads, the others of the list support in printed order; the
    line is no text of the measure.  Drawn on every item of the list with one lead and one or more supports: the lead
    printed at a drawn place among them in one 责任单位 line (、 or a space between names, per notice), the 工作要求 line
    under it; the deadline line after as the form drew it.  Truth: units unchanged (supports in printed order)."""
    if len(m["lead"]) != 1 or not m["support"]:
        return item
    q = n.q55
    sep = getattr(n, "req55_sep", None) or q.choice(["、", "、", " "])
    n.req55_sep = sep
    units = [p for p, _ in m["support"]]
    units.insert(q.randrange(len(units) + 1), m["lead"][0][0])
    head = [b for b in item if not _dl_line(b) and not b[1].startswith(("牵头", "责任单位", "配合", "协办"))]
    dl = [b for b in item if _dl_line(b)]
    return head + [("p", "责任单位：" + sep.join(units)),
                   ("p", f"工作要求：由{m['lead'][0][0]}牵头{q.choice(REQ_TAILS)}")] + dl


# ---------------------------------------------------------------- a 进度安排 schedule for the deadline

def schedule(n, item, m):
    """schedlabel-zhengzhou (郑州 2012 十大实事: `進度安排：6月底前完成園舍改造；9月底前招生入園`).  tests/fixtures/README.md
    (`measures[].deadline` where an item prints a schedule of dated steps and no deadline of its own): the schedule as
    printed, its steps in order, a label line's closing 。 dropped.  Every item of the list prints a `进度安排：` line of two
    or three steps for its deadline line (months rising, the year before the first now and then).  Truth: the schedule
    without its closing 。."""
    q = n.q55
    k = q.choice([2, 2, 3])
    months = sorted(q.sample(range(3, 13), k))
    steps = [STEPS[i] for i in sorted(q.sample(range(len(STEPS)), k))]
    parts = [f"{mo}月底前{s}" for mo, s in zip(months, steps)]
    if q.random() < 0.3:
        parts[0] = f"{n.year}年" + parts[0]
    sched = "；".join(parts)
    m["deadline"] = sched
    return [b for b in item if not _dl_line(b)] + [("p", f"进度安排：{sched}。")]


# ---------------------------------------------------------------- label brackets typed in ASCII

def ascii_labels(n, m, lab, how):
    """mixsquare-jiayu (嘉鱼 2021 责任分解, label brackets printed square) and 房县 2023 (batch 60: `（牵头单位：A，责任单位：B，C）`
    with a comma between the labels), as a copy typed in ASCII: `[牵头单位:A;责任单位:B、C]`, `(牵头单位:A,责任单位:B、C)`.
    docs/parsing.md "Brackets of any shape" (`[]` among them) and the labels with an ASCII colon; 责任单位 after 牵头单位
    supports.  Printed for every item of the list in place of its bracket; the deadline a 完成时限 label where the form
    drew one.  Truth: units and deadline as drawn."""
    q = n.q55
    o, c, sep = ("[", "]", q.choice([";", "；"])) if how == "square" else ("(", ")", ",")
    parts = ["牵头单位:" + "、".join(p for p, _ in m["lead"])]
    if m["support"]:
        parts.append(q.choice(["责任单位", "配合单位"]) + ":" + "、".join(p for p, _ in m["support"]))
    if m["deadline"]:
        parts.append("完成时限:" + m["deadline"])
    return [("p", lab + m["text"] + o + sep.join(parts) + c)]


# ---------------------------------------------------------------- a table laid out by unit

def byunit(n, body):
    """unitrows-fangzi (坊子区 2016 督查 通报: a table whose first column is the 承办单位, its task cell `1.…。2.…。3.…。`).
    tests/fixtures/README.md (a table cell holding several numbered tasks in a table laid out BY UNIT, no 序号 or task
    column of the row's own, numbers restarting in each row): one measure per number, each with its row's units, the
    number as printed.  The form's table is drawn and set aside (the first stream draws as before); the measures in
    order go by runs of one to four into rows, each row's unit the first lead of its first measure not yet a row's
    (one unit a row, no supports, no deadline column, no sections).  Truth: numbers restarting per row, the row's
    unit leading each, no deadline, no section.  Not drawn on a table another stream's axis shaped (merged or 同上
    cells, an earlier stream's `bNN:` axis), whose pins would lose what they pin; the set-aside table's own axes
    (TABLE_AXES) leave the note."""
    if _d(n, "byunit") >= P_BYUNIT or len(n.measures) < 2 or \
            any(a.startswith("b") and a[1:3].isdigit() and not a.startswith(("b56:",) + SET_ASIDE57) or "merged" in a or "ditto" in a
                for a in n.axes):
        return body
    q = n.q55
    ms = [m for m in n.measures if m["lead"]]
    if len(ms) != len(n.measures):
        return body
    rows, used, i = [], set(), 0
    while i < len(ms):
        k = q.choice([1, 2, 2, 3, 3, 4])
        run = ms[i:i + k]
        i += k
        cands = [u for x in run for u in x["lead"] if u[1] and u[0] not in used]
        if not cands:
            rows[-1][1].extend(run) if rows else rows.append((run[0]["lead"][0], run))
            continue
        used.add(cands[0][0])
        rows.append((cands[0], run))
    style = q.choice(["dot", "dot", "dun"])
    joiner = q.choice(["", "", "<br>"])
    head = q.choice([("承办单位", "工作任务"), ("责任单位", "重点工作任务"), ("承办单位", "目标任务")])
    tail = q.random() < 0.4
    out = '<table border="1" cellspacing="0" cellpadding="0">\n<tbody>\n<tr>' + \
        "".join(f"<td><strong>{h}</strong></td>" for h in head + (("备注",) if tail else ())) + "</tr>\n"
    for unit, run in rows:
        cell = []
        for j, m in enumerate(run):
            m["measure_no"] = j + 1
            m["section_no"] = None
            m["lead"], m["support"], m["deadline"] = [unit], [], None
            cell.append(f"{j + 1}{'.' if style == 'dot' else '、'}{m['text']}")
        out += f"<tr><td>{unit[0]}</td><td>{joiner.join(cell)}</td>" + ("<td></td>" if tail else "") + "</tr>\n"
    out += "</tbody></table>"
    n.sections = []
    n.restart = True
    # a later stream's axes on the set-aside table (session 56: its role words, deadlines, a page break) go with it
    n.axes[:] = [a for a in n.axes if not a.startswith(TABLE_AXES + ("b56:",) + SET_ASIDE57)] + ["b55:byunit"]
    return [("html", out)]
