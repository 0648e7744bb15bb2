"""Session 56 axes (an eighteenth stream, `blindsynth-s56:<seed>`): shapes real notices print, with a rule in
docs/forms.md or tests/fixtures/README.md for their truth, that none of the seventeen earlier streams drew
(docs/blindsynth.md "Session 56 axes").

- paginated text copies: a Word document saved as text keeps its page footers (`- 3 -`, `第3页 共8页`), now and then the
  running title at a page's top, and a table continued over a page break prints `续表` and its header again
- a page's table continued over a page break: two `<table>`s, `续表` between them, the header printed again
- deadlines spelled the way many tables print them: `2024.6`, `24年6月`, `6月中旬`, `每季度末`
- 主办单位 / 协办单位 columns (a 交办 table's role words), its deadline `办结时限`
- a 备注 column naming the row's supports (`配合单位：A、B`) beside ONE 责任单位 column
- an assessment table: a 分值 column (and 评分标准) beside 考核内容, 小计 rows under sections and a 合计 row at the end

Each axis's yes or no is one number drawn first, in this order, so a later axis moves no earlier one's yes or no; what
a drawn axis prints comes from the same stream after those numbers.  A seed drawing none of them prints the bytes it
printed before.
"""

import random

from . import batch55

P_PAGE = 0.35     # of text-tab / text-bar / text-bl tables of five rows or more; of item lists' text copies: P_PAGE_ITEMS
P_PAGE_ITEMS = 0.3
P_CONT = 0.2      # of html tables of five rows or more, sections as rows or none, no merged cell
P_DL = 0.25       # of notices printed as a table or as labelled / inline-label items
P_DL_ITEM = 0.6   # of such a notice's measures
P_ZHUBAN = 0.12   # of tables with two unit columns
P_REMARK = 0.15   # of tables with two unit columns and no extra column (html, text-tab, text-bar, xlsx, docx)
P_SCORE = 0.12    # of tables with a 序号 column and no other stream's columns (html, text-tab, text-bar, xlsx, docx)
P_SUBTOTAL = 0.4  # of assessment tables with sections printed as rows
AXES = ["page", "cont", "dl", "zhuban", "remark", "score"]

TABLE_KEYS = ("html-table", "text-tab", "text-bar", "text-bl", "text-sp", "text-pipe", "xlsx-table", "docx-table")
DL_KEYS = TABLE_KEYS + ("labelled", "inline-label")
ITEM_KEYS = ("labelled", "inline-label", "inline-verb", "prose", "inline-list")

NOTES = ["此项为新增任务", "续建任务", "省考核指标", "列入年度督查事项", "民生实事项目"]
STANDARDS = ["按时完成得满分，未完成不得分。", "完成年度目标得满分，每滞后一个月扣1分。", "未按要求完成的，酌情扣分。",
             "全面完成得满分，部分完成按比例得分。"]
SCORES = [2, 3, 4, 5, 5, 6, 8, 10]


def draw(n, seed, key):
    """The eighteenth stream and each axis's draw (a number each, drawn whether or not the axis may apply); the
    deadline spellings are drawn here, on the measures, before any form prints them."""
    q = random.Random(f"blindsynth-s56:{seed}")
    n.q56 = q
    n.d56 = {k: q.random() for k in AXES}
    n.seed56 = seed
    n.key56 = key
    deadlines(n, key)


def _d(n, k):
    d = getattr(n, "d56", None)
    return 1.0 if d is None else d[k]


# ---------------------------------------------------------------- deadlines spelled as many tables print them

def _spelling(q, year):
    mo = q.randint(3, 12)
    day = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}.get(mo, 31)
    return q.choice([f"{year}.{mo}", f"{year}.{mo:02d}", f"{year % 100}年{mo}月", f"{mo}月中旬", f"{year}年{mo}月中旬前",
                     f"{year}年{mo}月上旬", "每季度末", "每月底前", f"{year}.{mo}.{day}", f"{year}年{mo}月底"])


def deadlines(n, key):
    """A deadline printed `2024.6`, `2024.06`, `24年6月`, `6月中旬`, `2024年6月中旬前`, `每季度末`, `每月底前`, `2024.6.30` or
    `2024年6月底` (no 前): spellings of tables and label lines the earlier streams' deadlines (`2024年6月底前`, `年底前`,
    `2024年第三季度` …) never print.  tests/fixtures/README.md (`measures[].text` / `deadline`: the wording as printed).
    Drawn where the deadline stands in a column or after a label (tables, labelled and inline-label items), on
    P_DL_ITEM of the notice's measures.  Truth: the deadline as printed (null where the form prints none, as before)."""
    if key not in DL_KEYS or _d(n, "dl") >= P_DL:
        return
    q = n.q56
    hit = False
    for m in n.measures:
        if q.random() < P_DL_ITEM:
            m["deadline"] = _spelling(q, n.year)
            hit = True
    if hit:
        n.axes.append("b56:dl")


# ---------------------------------------------------------------- the table's columns

def table_axes(n, plan, kind):
    """Drawn on a table's plan once its columns are known (forms.html_table, forms.text_table, office._table).  Returns
    True when the cells axes of cells.py (merged 序号 and unit cells, 同上) must be left off: they index the columns
    row_cells prints, which a 备注 or 分值 column moves.  kind: html, text-tab, text-bar, text-bl, text-sp, text-pipe,
    text-box, text-layout, xlsx, docx."""
    two_units = not plan["single"] and not plan.get("runon")
    own = not plan.get("prog") and not plan.get("goal") and not plan.get("emptyseq") and not plan.get("runon")
    cells_ok = kind in ("html", "text-tab", "text-bar", "xlsx", "docx")
    if kind == "html" and batch55._d(n, "byunit") < batch55.P_BYUNIT:
        # a table session 55 may lay out by unit keeps the cells axes it would draw (their merged or 同上 cells decide
        # whether it is laid out so), so it takes no column of this stream's
        cells_ok = False
    if cells_ok and own and plan["seq"] and not plan.get("dash") and _d(n, "score") < P_SCORE:
        return _score(n, plan)
    if cells_ok and own and two_units and not plan["extra"] and _d(n, "remark") < P_REMARK:
        return _remark(n, plan)
    if two_units and _d(n, "zhuban") < P_ZHUBAN:
        _zhuban(n, plan)
    return False


def _zhuban(n, plan):
    """A 交办 table's role words: `主办单位 | 协办单位`, the deadline `办结时限` / `办理时限`, the task column now and then
    `交办事项` / `办理事项` (never a goal or progress table's).  README (label words of batches 35-37 and 64: 主办单位 leads, 协办单位 supports, as 承办 / 协办 in
    docs/forms.md inline-verb).  Truth unchanged: the 主办 column's units lead, the 协办 column's support."""
    q = n.q56
    plan["lead"], plan["sup"] = "主办单位", "协办单位"
    if plan["dl"]:
        plan["dl"] = q.choice(["办结时限", "办结时限", "办理时限", "完成时限"])
    if q.random() < 0.3 and not plan.get("goal") and not plan.get("prog"):
        # (not beside a goal column: docs/forms.md reads a goal column beside 具体任务, and a progress table's task
        # column is its 年度目标; a first draw renamed those too, bs5746 and bs6394, a generator error)
        plan["task"] = q.choice(["交办事项", "办理事项"])
    n.axes.append("b56:zhuban")


def _remark(n, plan):
    """A 备注 column naming the supports.  docs/forms.md (a note column, 备注, is an extra column, but a cell of it holding
    a unit label, `配合单位：A、B`, at its start or after a note, names the row's units: a table whose one unit column is
    责任单位 and whose 备注 cells print `配合单位：…` gives each row that lead and that support; prose after the label's units
    stays note; a note cell without a label stays a note).  The header `序号 | <task> | 责任单位 | <deadline> | 备注`: each
    row's 责任单位 cell its leads (one or two; no first-listed rule is stated, so every unit there leads), its 备注 cell
    `配合单位：B、C`, a note before it (`续建任务；配合单位：…`) or after it (`配合单位：…。此项为新增任务`) now and then; a row with
    no support prints an empty 备注 or a note of no unit.  Truth unchanged: lead the 责任单位 cell, support the label's."""
    plan["remark"] = True
    n.axes.append("b56:remark")
    return True


def remark_cell(n, m):
    q = n.q56
    if not m["support"]:
        return q.choice(NOTES) if q.random() < 0.3 else ""
    label = q.choice(["配合单位", "配合单位", "协办单位", "配合部门"]) + "：" + "、".join(p for p, _ in m["support"])
    r = q.random()
    if r < 0.2:
        return f"{q.choice(NOTES)}；{label}"
    if r < 0.4:
        return f"{label}。{q.choice(NOTES)}"
    return label


def _score(n, plan):
    """An assessment (考核) table.  docs/forms.md: 序号 | 考核内容 | 分值 | 评分标准 | 牵头单位 | 配合单位 with a 合计 row;
    考核内容 and 考核指标 are task words, 分值 and 评分标准 known words of no role (extra columns, never the task); a row whose
    number or task cell is 合计 / 小计 sums the table up and is not a measure.  The task column headed 考核内容 (or
    考核指标), a 分值 column after it (and a 评分标准 column 40 % of the time), a 合计 row closing the table (合计 in the
    序号 cell, or across 序号 and the task in an html table), and with sections printed as rows (html) or lines (text
    copies), 40 % of the time a 小计 row after each section's rows.  Truth unchanged: the 合计 and 小计 rows are no
    measures."""
    q = n.q56
    plan["score"] = {"std": q.random() < 0.4, "sub": q.random() < P_SUBTOTAL, "span": q.random() < 0.5}
    plan["task"] = q.choice(["考核内容", "考核内容", "考核指标"])
    for m in n.measures:
        m["score56"] = q.choice(SCORES)
        m["std56"] = q.choice(STANDARDS)
    n.axes.append("b56:score" + "+std" * plan["score"]["std"])
    return True


def score_cols(plan):
    return ["分值"] + (["评分标准"] if plan["score"]["std"] else [])


def score_cells(plan, m):
    return [str(m["score56"])] + ([m["std56"]] if plan["score"]["std"] else [])


def total_cells(plan, cols, label, ms):
    """The cells of a 合计 / 小计 row under cols: the label in the 序号 cell, the sum under 分值, the rest empty."""
    out = [""] * len(cols)
    out[1 if cols[0] == "类别" else 0] = label  # a text-tab copy's 类别 column stays empty
    out[cols.index("分值")] = str(sum(m["score56"] for m in ms))
    return out


def subtotals(n, plan, sec_rows):
    """Whether this table prints a 小计 row after each section (sec_rows: its sections are rows or lines)."""
    if plan.get("score") and plan["score"]["sub"] and sec_rows and n.sections:
        if "b56:subtotal" not in n.axes:
            n.axes.append("b56:subtotal")
        return True
    return False


def html_total(plan, cols, label, ms, width_before, tail, cell):
    """An html 合计 / 小计 row: width_before empty cells (a 类别 column) then the cells; half the tables span the label
    over 序号 and the task."""
    cs = total_cells(plan, cols, label, ms)
    row = "".join(cell("") for _ in range(width_before))
    if plan["score"]["span"]:
        row += cell(label, attrs=' colspan="2"') + "".join(cell(c) for c in cs[2:])
    else:
        row += "".join(cell(c) for c in cs)
    return "<tr>" + row + tail + "</tr>\n"


# ---------------------------------------------------------------- a page's table continued over a page break

def cont_draws(n, sec_mode, axes, rows):
    """Whether a page's table is printed as two tables (`cont`): five rows or more, sections as rows or none (a 类别
    column's merged cells or one table per section are no such cut), no merged cell, not a page whose table
    `--office` moves to an attachment."""
    if sec_mode not in ("row", None) or rows < 5 or axes["merged"]:
        return False
    from . import legacy
    if legacy.pair_kind(n.seed56):
        return False  # a page --office would split from its table keeps its bytes with or without --office (b52's bold)
    return _d(n, "cont") < P_CONT


def cont_split(n, out, row_ends, header_html):
    """The table `out` cut after one of its rows (row_ends: the offsets in `out` where a measure's row ends, not the
    last), closed there, and a second table opened with the header printed again; `续表` between them 60 % of the time.
    Such a page is a Word document's two tables (the author's own 续表).  Truth unchanged: the second table's rows go
    on the first's numbers and sections.  Returns the blocks."""
    q = n.q56
    cuts = [e for e in row_ends[1:-1]]
    at = q.choice(cuts)
    first = out[:at] + "</tbody></table>"
    second = '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n' + \
        header_html + out[at:]
    mid = [("p", "续表")] if q.random() < 0.6 else []
    n.axes.append("b56:cont" + "+xubiao" * bool(mid))
    return [("html", first)] + mid + [("html", second)]


# ---------------------------------------------------------------- paginated text copies

def _page_no(q, style, k, total):
    return {"dash": f"- {k} -", "emdash": f"— {k} —", "fw": f"－{k}－", "tight": f"-{k}-",
            "of": f"第{k}页 共{total}页", "of2": f"第{k}页，共{total}页"}[style]


def page_table(n, blocks, header, row_starts, form):
    """A text table (text-tab, text-bar, text-bl) saved from a Word document: after every three to six rows a page
    break prints the page's footer (`- 3 -`, `— 3 —`, `第3页 共5页` …), half the time between blank lines; the next page
    opens with the running title (the table's title, 30 %), `续表` (40 %) and the header again (80 %; always in text-bl,
    whose header lines docs/forms.md reads again as no cells).  docs/forms.md (text-bl: a 续表 line and the header printed
    again between two rows are no cells; text-sp: page footers, 续表 and the header printed again do not end the table).
    Truth unchanged.  row_starts: the block indexes where a row (or a section's line before it) starts."""
    if form not in ("text-tab", "text-bar", "text-bl") or len(row_starts) < 5 or _d(n, "page") >= P_PAGE:
        return blocks
    q = n.q56
    style = q.choice(["dash", "dash", "emdash", "fw", "tight", "of", "of2"])
    blank = q.random() < 0.5
    run_title = q.random() < 0.3
    xubiao = q.random() < 0.4
    again = form == "text-bl" or q.random() < 0.8
    cuts, i = [], q.randint(2, 4)
    while i < len(row_starts):
        cuts.append(row_starts[i])
        i += q.randint(3, 6)
    page0 = q.randint(1, 3)
    total = page0 + len(cuts) + q.randint(0, 1)
    out, last = [], 0
    for k, at in enumerate(cuts):
        out += blocks[last:at]
        foot = [("p", _page_no(q, style, page0 + k, total))]
        if blank:
            foot = [("p", "")] + foot + [("p", "")]
        out += foot
        if run_title:
            out.append(("p", n.table_title))
        if xubiao:
            out.append(("p", "续表"))
        if again:
            out += header
        last = at
    out += blocks[last:]
    n.axes.append(f"b56:page-{style}" + "+title" * run_title + "+xubiao" * xubiao + "+header" * again)
    return out


def page_items(n, blocks, start, key, ext, oneline, noisy):
    """An item list's text copy saved from a Word document: a page footer line (`- 2 -`, `第2页 共4页` …) after every 14-24
    lines from the list's start (the letter is one page), half the time between blank lines, the running title under it
    30 % of the time.  A footer may fall between an item and its label lines, as a page break does.  Never a one-line
    copy, never stacked noise.  Truth unchanged."""
    if key not in ITEM_KEYS or ext != "txt" or oneline or noisy or _d(n, "page") >= P_PAGE_ITEMS:
        return blocks
    q = n.q56
    style = q.choice(["dash", "dash", "emdash", "fw", "tight", "of", "of2"])
    blank = q.random() < 0.5
    run_title = q.random() < 0.3
    size = q.randint(14, 24)
    cuts = list(range(start + q.randint(4, size), len(blocks) - 1, size))
    if not cuts:
        return blocks
    page0 = 2
    total = page0 + len(cuts)
    out, last = [], 0
    for k, at in enumerate(cuts):
        out += blocks[last:at]
        foot = [("p", _page_no(q, style, page0 + k, total))]
        if blank:
            foot = [("p", "")] + foot + [("p", "")]
        out += foot
        if run_title:
            out.append(("p", n.table_title))
        last = at
    out += blocks[last:]
    n.axes.append(f"b56:page-items-{style}" + "+title" * run_title)
    return out
