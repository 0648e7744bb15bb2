"""Print a ``Plan`` as a portal page, a text copy, a .docx or an .xlsx.

The shapes are those of published notices (docs/synth.md): a cover letter
(doc number, title, recipients, body, issuer, date), the table title, then
the measures as a table, as items with label lines, as items closing with a
bracket of labels or verbs, as items closing with a 由…牵头 sentence or opening
with a …牵头，…配合 clause; portal chrome around it; UTF-8 or GBK.
"""
from __future__ import annotations

import datetime
import html
import io
import random

from .compose import Plan, Unit, vocab
from .columns import lead_index, with_extra
from . import third as t3
from .wide import DEEP_GROUP_SIZE

CN_DIGITS = "一二三四五六七八九十"
#: A fixed timestamp for the office files' document properties, so the same
#: seed gives the same bytes.
OFFICE_TIME = datetime.datetime(2024, 1, 1)


def join_units(units: list[Unit], sep: str, medium: str) -> str:
    names = [u.printed for u in units]
    if len(names) > 1 and sep in ("及", "和"):
        return "、".join(names[:-1]) + sep + names[-1]
    if sep == "space":
        return " ".join(names)
    if sep == "<br>":
        return "<br>".join(html.escape(n) for n in names) if medium == "html" else "\n".join(names)
    return sep.join(names)


def item_number(i: int, style: str) -> str:
    if style in ("（1）", "(1)"):
        return f"{style[0]}{i}{style[-1]}"
    if style == "①":
        return chr(0x2460 + i - 1)
    return f"{i}{style[1:]}"


def section_label(no: int, style: str = "一、") -> str:
    return f"（{CN_DIGITS[no - 1]}）" if style == "（一）" else CN_DIGITS[no - 1] + "、"


def convention(plan: Plan, rng: random.Random) -> str:
    """The sentence saying the first unit leads, when the table needs it."""
    if plan.axes["unit columns"] != "one, first leads":
        return ""
    return rng.choice(vocab()["conventions"]["first_leads"])


def header_rows(plan: Plan) -> list[list[tuple[str, int, int]]]:
    """The table's header as rows of (text, rowspan, colspan)."""
    header, _ = table_rows(plan)
    if plan.axes["unit columns"] != "two-row header":
        return [[(h, 1, 1) for h in header]]
    li = lead_index(plan)
    top = [(h, 2, 1) for h in header[:li]] + [("责任单位", 1, 2)] + [(h, 2, 1) for h in header[li + 2:]]
    return [top, [(header[li], 1, 1), (header[li + 1], 1, 1)]]


def letter_lines(plan: Plan, rng: random.Random) -> list[str]:
    head = [plan.doc_number, plan.title]
    if rng.random() < 0.5:
        head.reverse()
    gov = plan.issuer.replace("办公厅", "").replace("办公室", "")
    quoted = plan.table_title.replace("《", "〈").replace("》", "〉")  # a title inside 《》
    rule = convention(plan, rng) if plan.axes["medium"] in ("html", "txt") else ""
    body = [f"《{quoted}》已经{gov}同意，现印发给你们，请认真组织实施。{rule}"]
    style = plan.axes.get("letter points", "none")
    if style not in ("none", "n/a"):
        body[0] = body[0].replace("请认真组织实施。", "请认真组织实施。现就有关事项通知如下：")
        body += [(CN_DIGITS[i] + "、" if style == "一、" else f"{i + 1}.") + point
                 for i, point in enumerate(vocab()["wide_letter"]["points"])]
    return head + ["，".join(plan.recipients) + "："] + body + [
        plan.issuer, plan.date_printed, plan.table_title]


def _units(plan: Plan, units: list[Unit]) -> str:
    if plan.axes.get("mixed separators") == "，before groups":
        return t3.join_mixed(units)
    return join_units(units, plan.axes["separator"], plan.axes["medium"])


def _item_number(plan: Plan, m, k: int) -> str:
    """The number printed before a measure (``k``: its place in its section)."""
    a = plan.axes
    outline = a.get("outline", "n/a")
    if a.get("item numbers") in ("lost", "autonum"):
        return ""
    if a.get("item level") == "（一）":  # （一）（二） again under each 一、
        return f"（{CN_DIGITS[k - 1]}）"
    if outline == "deep":
        return f"（{(k - 1) % DEEP_GROUP_SIZE + 1}）"
    if outline in ("1.1", "1-1"):
        return f"{m.section}{outline[1]}{k} "
    return item_number(m.no, a["numbering"])


def _headings(plan: Plan, i: int, k: int, words: tuple[str, str, str]) -> list[tuple[str, str]]:
    """Heading lines over measure ``i`` (``k``: its place in its section): the
    section's, a deep outline's levels, a unit heading."""
    a, m = plan.axes, plan.measures[i]
    out = []
    if k == 1 and m.section is not None:
        head = section_label(m.section, a["sections"]) + plan.sections[m.section - 1]
        head += t3.section_suffix(plan, m.section)
        if a.get("lead placement") == "section units":
            lead, support = _units(plan, m.lead), _support(plan, m)
            if a["container"] == "labelled":
                out.append(("section", head))
                out.append(("label", f"{words[0]}：{lead}"))
                if support:
                    out.append(("label", f"{words[1]}：{support}"))
                return out
            if a["container"] == "inline-label":
                parts = [f"{words[0]}：{lead}"] + ([f"{words[1]}：{support}"] if support else [])
                head += f"（{'；'.join(parts)}）"
            else:
                head += (f"（{lead}{_lead_verb(a, m)}，{support}{_support_verb(a, '配合')}）" if support
                         else f"（{lead}负责）")
        out.append(("section", head))
        if a.get("outline") == "deep":
            out.append(("heading", "（一）" + plan.extra["sub"][m.section - 1]))
    group_opens = a.get("outline") == "deep" and (k - 1) % DEEP_GROUP_SIZE == 0
    if group_opens:
        g = (k - 1) // DEEP_GROUP_SIZE
        titles = plan.extra["group"]
        out.append(("heading", f"{g + 1}.{titles[(m.section + g) % len(titles)]}"))
    topic = t3.sub_heading(plan, i, k)
    if topic:
        out.append(("heading", topic))
    # a unit heading leads the items under the heading it stands under: a run that goes on past
    # a deep outline's next 1. heading prints its unit again under it
    if a.get("lead placement") == "unit heading" and (group_opens or any(run[0] == i for run in plan.extra["runs"])):
        out.append(("heading", _units(plan, m.lead)))
    return out


def _support(plan: Plan, m) -> str:
    support = _units(plan, m.support)
    if plan.axes["support"] == "units+等" and support:
        support += "等部门"
    return support


def _support_verb(axes: dict, drawn: str) -> str:
    """The verb after the support units: as drawn, or the support verb axis's."""
    verb = axes.get("support verb", "n/a")
    return drawn if verb in ("n/a", "as drawn") else verb


def _lead_verb(axes: dict, m) -> str:
    """牵头, or 分别牵头 after co-leads (the co-leads axis)."""
    return "分别牵头" if axes.get("co-leads") == "分别牵头" and len(m.lead) > 1 else "牵头"


def item_blocks(plan: Plan, rng: random.Random) -> list[tuple[str, str]]:
    """The measures as numbered items (every container but the table), as
    (kind, line): kind is section, heading, item or label."""
    a = plan.axes
    words = a["lead word"], a["support word"], a["deadline word"]
    placement = a.get("lead placement", "in item")
    out: list[tuple[str, str]] = []
    k = 0
    for i, m in enumerate(plan.measures):
        k = 1 if i == 0 or m.section != plan.measures[i - 1].section else k + 1
        out += _headings(plan, i, k, words)
        num = _item_number(plan, m, k)
        lead, support, dl = _units(plan, m.lead), _units(plan, m.support), m.deadline
        if a["support"] == "units+等":
            support += "等部门"
        if placement == "section units":
            if a["container"] == "labelled":
                out += [("item", num + m.text)] + ([("label", f"{words[2]}：{dl}")] if dl else [])
            elif a["container"] == "inline-label":
                out.append(("item", num + m.text + (f"（{words[2]}：{dl}）" if dl else "")))
            else:
                out.append(("item", num + m.text + (f"（{dl}）" if dl else "")))
        elif a["container"] in ("labelled", "inline-label"):
            if placement == "unit heading":
                parts = [f"{words[1]}：{support}"] if support else []
            else:
                parts = t3.label_parts(plan, i, words, lead, support)
            parts += [f"{words[2]}：{dl}"] if dl else []
            if a["container"] == "labelled":
                out += [("item", num + m.text)] + [("label", p) for p in parts]
            else:
                opening, closing = t3.brackets(plan)
                out.append(("item", f"{num}{m.text}" + (f"{opening}{'；'.join(parts)}{closing}" if parts else "")))
        elif a["container"] == "inline-verb":
            opener = "由" if rng.random() < 0.3 else ""
            if support:
                clause = f"{opener}{lead}{_lead_verb(a, m)}，{support}{_support_verb(a, rng.choice(vocab()['verbs']['support']))}"
            else:
                clause = f"{opener}{lead}{rng.choice(vocab()['verbs']['alone'])}"
            out.append(("item", f"{num}{m.text}（{clause}" + (f"，{dl}" if dl else "") + "）"))
        elif a["container"] == "sentence":
            if not support:
                clause = f"由{lead}负责"
            elif rng.random() < 0.5 or _lead_verb(a, m) != "牵头":  # (分别牵头 needs this form)
                clause = f"由{lead}{_lead_verb(a, m)}，{support}{_support_verb(a, '配合')}"
            else:
                clause = f"由{lead}会同{support}负责"
            if placement == "deadline line":
                out.append(("item", f"{num}{m.text}{clause}。"))
                if dl:
                    out.append(("label", f"{a['deadline word']}：{dl}"))
            else:
                out.append(("item", f"{num}{m.text}{clause}" + (f"，{dl}" if dl else "") + "。"))
        else:  # leading-clause
            if not support:
                opener = f"由{lead}负责" if rng.random() < 0.5 else f"{lead}负责"
            else:
                own = rng.random() < 0.3 and _lead_verb(a, m) == "牵头"
                opener = (f"由{lead}负责" if own else f"{lead}{_lead_verb(a, m)}") + (
                    f"，{support}{_support_verb(a, '配合')}")
            out.append(("item", f"{num}{opener}，{m.text}"))
    return out


def item_lines(plan: Plan, rng: random.Random) -> list[str]:
    return [line for _, line in item_blocks(plan, rng)]


def table_rows(plan: Plan) -> tuple[list[str], list[list[str]]]:
    """Header and body rows of the table (cells as printed, <br> kept)."""
    a = plan.axes
    task_h, lead_h, dl_h = a["task word"], a["lead word"], a["deadline word"]
    sup_h = t3.support_header(plan, a["support word"])
    has_dl = plan.axes["deadline"] != "none"
    one = a["unit columns"] == "one, first leads"
    header = ["序号", task_h, lead_h] + ([] if one else [sup_h]) + ([dl_h] if has_dl else [])
    rows = []
    marks = a.get("role marks") == "牵头：/配合："
    numbers = _table_numbers(plan)
    for m in plan.measures:
        if one and marks:
            units = ["牵头：" + _units(plan, m.lead) + ("<br>配合：" + _units(plan, m.support) if m.support else "")]
        elif one:
            units = [_units(plan, m.lead + m.support)]
        else:
            units = [_units(plan, m.lead), _units(plan, m.support)]
        row = [numbers[m.no - 1], m.text, *units]
        if has_dl:
            row.append(m.deadline or "")
        rows.append(row)
    return with_extra(plan, *t3.with_people(plan, header, rows))


def _table_numbers(plan: Plan) -> list[str]:
    """The 序号 cells: 1, 2, 3 running on, starting again in each section, or
    1.1 / 1-1 by section and place."""
    outline = plan.axes.get("outline")
    restart = plan.axes.get("table numbers") == "restart"
    if outline not in ("1.1", "1-1") and not restart:
        return [str(m.no) for m in plan.measures]
    out, k = [], 0
    for i, m in enumerate(plan.measures):
        k = 1 if i == 0 or m.section != plan.measures[i - 1].section else k + 1
        out.append(str(k) if restart else f"{m.section}{outline[1]}{k}")
    return out


def _section_runs(plan: Plan) -> list[tuple[int, int, int]]:
    """(section no, first row index, row count) per section."""
    runs: list[tuple[int, int, int]] = []
    for i, m in enumerate(plan.measures):
        if runs and runs[-1][0] == m.section:
            no, start, count = runs[-1]
            runs[-1] = (no, start, count + 1)
        else:
            runs.append((m.section, i, 1))
    return runs


def _lead_spanned(plan: Plan) -> set[int]:
    """Rows whose lead cell is the one above, spanning both (merges axis)."""
    ms = plan.measures
    return {i for i in range(1, len(ms)) if ms[i].lead is ms[i - 1].lead}


def _section_title(plan: Plan, no: int) -> str:
    return section_label(no) + plan.sections[no - 1] + t3.section_suffix(plan, no)


def html_table(plan: Plan, rng: random.Random) -> str:
    header, rows = table_rows(plan)
    esc = html.escape
    mode = plan.axes["sections"]
    li = lead_index(plan)
    cell = "th" if rng.random() < 0.5 else "td"
    opening = '<table border="1" cellspacing="0" cellpadding="0" width="100%">'
    lines = [opening]
    hrows = header_rows(plan)
    if mode == "rowspan-column":
        hrows[0].insert(0, (vocab()["headers"]["section"][0], len(hrows), 1))
    head = ["<tr>" + "".join(
            f"<{cell}" + (f' rowspan="{r}"' if r > 1 else "") + (f' colspan="{c}"' if c > 1 else "")
            + f">{esc(h)}</{cell}>" for h, r, c in hrow) + "</tr>" for hrow in hrows]
    lines += head
    cut = plan.extra.get("cut")
    starts = {start: (no, count) for no, start, count in _section_runs(plan)}
    spanned = _lead_spanned(plan)
    for i, row in enumerate(rows):
        if i == cut:  # a page break split the table (续表: the header again)
            lines += ["</table>", "<p>续表</p>" if plan.axes["table split"] == "续表" else "<p>&nbsp;</p>",
                      opening] + (head if plan.axes["table split"] == "续表" else [])
        cells = [f"<td>{esc(c) if '<br>' not in c else c}</td>" for c in row]
        if i + 1 in spanned:
            cells[li] = cells[li].replace("<td>", '<td rowspan="2">', 1)
        if i in spanned:
            del cells[li]
        if mode == "span-row" and i in starts:
            lines.append(f'<tr><td colspan="{len(header)}">{esc(_section_title(plan, starts[i][0]))}</td></tr>')
        lead = ""
        if mode == "rowspan-column" and i in starts:
            no, count = starts[i]
            lead = f'<td rowspan="{count}">{esc(_section_title(plan, no))}</td>'
        lines.append("<tr>" + lead + "".join(cells) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def text_table(plan: Plan) -> list[str]:
    """A word processor's copy: one row a line, cells split by TAB; or a PDF's
    copy in pdftotext's layout (the text layout axis)."""
    header, rows = table_rows(plan)
    mode = plan.axes["sections"]
    starts = {start: no for no, start, _ in _section_runs(plan)}
    grid, _ = _header_grid(plan)
    body: list[list[str] | str] = []
    for i, row in enumerate(rows):
        if i == plan.extra.get("cut"):  # a page's number, or 续表 and the header again
            body += ["续表", *grid] if plan.axes["table split"] == "续表" else [f"— {page_number(plan)} —"]
        if mode == "span-row" and i in starts:
            body.append(_section_title(plan, starts[i]))
        if mode == "rowspan-column":
            row = [_section_title(plan, starts[i]) if i in starts else ""] + row
        body.append(row)
    if plan.axes.get("text layout") == "pdf layout":
        from .mirrors import layout_kinds, layout_table
        return layout_table(plan, grid, body, layout_kinds(plan.axes))
    return ["\t".join(row) for row in grid] + [r if isinstance(r, str) else "\t".join(r) for r in body]


def page_number(plan: Plan) -> int:
    """The page number a split table's first part ends on."""
    return 2 + plan.seed % 2


def infobox(plan: Plan, rng: random.Random) -> list[tuple[str, str]]:
    """A portal's metadata box over the notice (索引号, 发布机构, 文号, 发布日期)."""
    return [("索引号", f"{rng.randint(10**8, 10**9 - 1)}/{plan.year}-{rng.randint(1, 99999):05d}"),
            ("发布机构", plan.issuer), ("文号", plan.doc_number),
            ("发布日期", f"{plan.date} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}")]


def chrome(plan: Plan, rng: random.Random) -> tuple[list[str], list[str]]:
    """(lines above the notice, lines below) for the chrome axis."""
    kind = plan.axes["chrome"]
    c = vocab()["chrome"]
    site = plan.issuer.replace("办公厅", "").replace("办公室", "")
    pick = {k: rng.choice(c[k]).format(site=site) for k in ("print", "share", "breadcrumb", "footer")}
    above = [pick[k] for k in ("breadcrumb", "print") if kind in (k, "all")]
    below = [pick[k] for k in ("share", "footer") if kind in (k, "all")]
    return above, below


def render_text(plan: Plan, rng: random.Random) -> str:
    above, below = chrome(plan, rng)
    if plan.axes["chrome"] in ("infobox", "all"):
        above += [f"{k}：{v}" for k, v in infobox(plan, rng)]
    if plan.axes.get("mirror") == "law database":
        from .mirrors import law_database
        above, below = law_database(plan, rng)
    body = letter_lines(plan, rng)
    table = plan.axes["container"] == "table"
    spacing = plan.axes["spacing"]
    if spacing == "indent":  # paragraphs are indented; a table's rows are not
        body = ["\u3000\u3000" + line for line in body]
    if t3.preamble(plan):
        body.append(("\u3000\u3000" if spacing == "indent" else "") + t3.preamble(plan))
    rows = text_table(plan) if table else item_lines(plan, rng)
    if spacing == "indent" and not table:
        rows = ["\u3000\u3000" + line for line in rows]
    body += rows
    lines = above + body + below
    if spacing == "one-line":
        return "".join(lines) + "\n"
    if spacing == "blank-lines":
        return "\n\n".join(lines) + "\n"
    if spacing == "crlf":
        return "\r\n".join(lines) + "\r\n"
    return "\n".join(lines) + "\n"


def render_html(plan: Plan, rng: random.Random) -> str:
    above, below = chrome(plan, rng)
    esc = html.escape
    charset = "gb2312" if plan.axes["encoding"] == "gbk" else "utf-8"
    indent = "\u3000\u3000" if plan.axes["spacing"] == "indent" else ""
    letter = letter_lines(plan, rng)
    if plan.axes.get("mirror") == "wechat":
        from .mirrors import wechat_page
        body = [html_table(plan, rng)] if plan.axes["container"] == "table" else [
            f'<section style="margin:0 8px;line-height:1.75"><span>{esc(line)}</span></section>'
            for line in item_lines(plan, rng)]
        if t3.preamble(plan):
            body.insert(0, f'<section style="margin:0 8px;line-height:1.75"><span>{esc(t3.preamble(plan))}</span></section>')
        return wechat_page(plan, rng, letter, body)
    parts = [
        "<!DOCTYPE html>", "<html>", "<head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        f"<title>{esc(plan.title)}</title>", "</head>", "<body>",
        '<div class="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>']
    parts += [f'<div class="bar">{esc(line)}</div>' for line in above]
    if plan.axes["chrome"] in ("infobox", "all"):
        cells = [f"<td>{esc(k)}</td><td>{esc(v)}</td>" for k, v in infobox(plan, rng)]
        parts.append('<table class="xxgk"><tr>' + "".join(cells[:2]) + "</tr><tr>"
                     + "".join(cells[2:]) + "</tr></table>")
    parts.append('<div class="article">')
    parts.append(f'<p align="center"><b>{esc(letter[0])}</b></p>')
    parts.append(f'<p align="center">{esc(letter[1])}</p>')
    parts.append(f"<p>{esc(letter[2])}</p>")
    parts += [f"<p>{indent}{esc(line)}</p>" for line in letter[3:-3]]
    parts += [f'<p align="right">{esc(line)}</p>' for line in letter[-3:-1]]
    parts.append(f'<p align="center"><b>{esc(letter[-1])}</b></p>')
    if t3.preamble(plan):
        parts.append(f"<p>{indent}{esc(t3.preamble(plan))}</p>")
    if plan.axes["container"] == "table":
        parts.append(html_table(plan, rng))
    else:
        parts += [f"<p>{indent}{esc(line)}</p>" for line in item_lines(plan, rng)]
    parts.append("</div>")
    parts += [f'<div class="foot">{esc(line)}</div>' for line in below]
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _header_grid(plan: Plan) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """The header rows as plain cells (a spanned cell's others empty) and
    their merges, with the section column first when there is one."""
    hrows = header_rows(plan)
    if plan.axes["sections"] == "rowspan-column":
        hrows[0].insert(0, (vocab()["headers"]["section"][0], len(hrows), 1))
    width = sum(c for _, _, c in hrows[0])
    grid = [[""] * width for _ in hrows]
    merges = []
    taken: set[tuple[int, int]] = set()
    for r, hrow in enumerate(hrows):
        col = 0
        for text, rs, cs in hrow:
            while (r, col) in taken:
                col += 1
            grid[r][col] = text
            if rs > 1 or cs > 1:
                merges.append((r, col, r + rs - 1, col + cs - 1))
            taken |= {(r + i, col + j) for i in range(rs) for j in range(cs)}
            col += cs
    return grid, merges


def _grid(plan: Plan) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """The office table as a grid of plain cells (<br> as a line break) and
    its merges (row, col, last row, last col), for .docx and .xlsx alike."""
    header, rows = table_rows(plan)
    mode = plan.axes["sections"]
    width = len(header) + (mode == "rowspan-column")
    grid, merges = _header_grid(plan)
    starts = {start: (no, count) for no, start, count in _section_runs(plan)}
    spanned = _lead_spanned(plan)
    li = lead_index(plan)
    lead_col = li + (mode == "rowspan-column")
    plan.extra["grid_rows"] = []
    for i, row in enumerate(rows):
        plan.extra["grid_rows"].append(len(grid))
        row = [c.replace("<br>", "\n") for c in row]
        if i in spanned:
            row[li] = ""
            merges.append((len(grid) - 1, lead_col, len(grid), lead_col))
        if mode == "span-row" and i in starts:
            merges.append((len(grid), 0, len(grid), width - 1))
            grid.append([_section_title(plan, starts[i][0])] + [""] * (width - 1))
        if mode == "rowspan-column":
            if i in starts:
                no, count = starts[i]
                merges.append((len(grid), 0, len(grid) + count - 1, 0))
                row = [_section_title(plan, no)] + row
            else:
                row = [""] + row
        grid.append(row)
    return grid, merges


def render_docx(plan: Plan, rng: random.Random) -> bytes:
    import docx

    doc = docx.Document()
    doc.core_properties.created = doc.core_properties.modified = OFFICE_TIME
    doc.add_paragraph("附件")
    doc.add_paragraph(plan.table_title)
    if t3.preamble(plan):
        doc.add_paragraph(t3.preamble(plan))
    grid, merges = _grid(plan)
    word_list = plan.axes.get("docx numbers") == "Word list"
    numbered = int(plan.axes["sections"] == "rowspan-column") if word_list else None
    cut = plan.extra.get("cut")
    if cut is None:
        _docx_table(doc, grid, merges, numbered)
    else:  # a page break split the table (续表: the header again)
        at = plan.extra["grid_rows"][cut]
        _docx_table(doc, grid[:at], [m for m in merges if m[2] < at], numbered)
        again = len(header_rows(plan)) if plan.axes["table split"] == "续表" else 0
        doc.add_paragraph("续表" if again else "")
        shift = at - again
        _docx_table(doc, grid[:again] + grid[at:],
                    [m for m in merges if m[2] < again] + [(r0 - shift, c0, r1 - shift, c1)
                                                           for r0, c0, r1, c1 in merges if r0 >= at], numbered)
    rule = convention(plan, rng)
    if rule:
        doc.add_paragraph("注：" + rule)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _docx_table(doc, grid: list[list[str]], merges, numbered: int | None = None) -> None:
    """A Word table; a 序号 cell in column ``numbered`` holds Word's list
    number (List Number style) instead of typed digits."""
    table = doc.add_table(rows=len(grid), cols=len(grid[0]))
    table.style = "Table Grid"
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if c == numbered and text.isdigit():
                table.cell(r, c).paragraphs[0].style = "List Number"
            elif text:
                table.cell(r, c).text = text
    for r0, c0, r1, c1 in merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
        table.cell(r0, c0).text = grid[r0][c0]


def render_docx_items(plan: Plan, rng: random.Random) -> bytes:
    """An attachment of items whose numbers are Word's (List Number style:
    the numbers are in the paragraph's numbering, not in its text)."""
    import docx

    doc = docx.Document()
    doc.core_properties.created = doc.core_properties.modified = OFFICE_TIME
    doc.add_paragraph(plan.table_title)
    if t3.preamble(plan):
        doc.add_paragraph(t3.preamble(plan))
    for kind, line in item_blocks(plan, rng):
        doc.add_paragraph(line, style="List Number" if kind == "item" else None)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def render_xlsx(plan: Plan, rng: random.Random) -> bytes:
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = OFFICE_TIME
    ws = wb.active
    ws.title = "Sheet1"
    grid, merges = _grid(plan)
    width = len(grid[0])
    ws.cell(1, 1, plan.table_title)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for r, row in enumerate(grid, start=2):
        for c, text in enumerate(row, start=1):
            if text:
                cell = ws.cell(r, c, text)
                if "\n" in text:
                    cell.alignment = Alignment(wrap_text=True)
    for r0, c0, r1, c1 in merges:
        ws.merge_cells(start_row=r0 + 2, start_column=c0 + 1, end_row=r1 + 2, end_column=c1 + 1)
    rule = convention(plan, rng)
    if rule:
        row = len(grid) + 2
        ws.cell(row, 1, "注：" + rule)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render(plan: Plan) -> tuple[bytes, str]:
    """(the file's bytes, its suffix)."""
    rng = random.Random(plan.seed * 7919 + 1)  # apart from compose's draws
    medium = plan.axes["medium"]
    if medium == "docx":
        table = plan.axes["container"] == "table"
        return (render_docx if table else render_docx_items)(plan, rng), ".docx"
    if medium == "xlsx":
        return render_xlsx(plan, rng), ".xlsx"
    text = render_html(plan, rng) if medium == "html" else render_text(plan, rng)
    if plan.axes.get("mirror") == "traditional":
        from .mirrors import traditional
        text = traditional(text)
    codec = "gb18030" if plan.axes["encoding"] == "gbk" else "utf-8"
    return text.encode(codec), "." + medium
