"""Attachments read alone: an .xlsx sheet or a .docx table (sheetlist-zhuozhou, trackchg-benxi,
textbox-hecheng: 附件, a title row / paragraph, 序号 | 任务 | 牵头单位 | 配合单位 | 完成时限, section rows
merged across).  No letter: title = table_title = the heading; doc number, issuer, date none.
Written with openpyxl / python-docx; the zip's times are fixed so a seed gives the same bytes."""

import io
import re
import zipfile

from . import batch50, batch56, cells, forms


def _fixed_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2020-01-01T00:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body)
    return out.getvalue()


def _rows(rng, n, plan):
    """(kind, cells, spans) rows: 'sec' a section row across, 'row' a measure's cells (None: a cell merged
    into the one above; spans: column -> rows the cell covers, cells.py)."""
    sep = rng.choice(["、", "、", "，", "\n"])  # \n: a cell's own line break (Alt+Enter / a paragraph)
    axes = cells.draw(n.yrng, n, plan) if getattr(n, "yrng", None) and not plan.get("no_cells50") \
        else {"merged": {}, "ditto": set()}
    out, last = [], None
    for i, m in enumerate(n.measures):
        if m["section_no"] and m["section_no"] != last:
            s = n.sections[m["section_no"] - 1]
            out.append(("sec", [s["label"] + s["title"]], {}))
            last = m["section_no"]
        cs, spans = cells.apply(plan, forms.row_cells(rng, plan, m, sep, n=n), i, axes)
        out.append(("row", cs, spans))
    if plan.get("score"):  # session 56: an assessment table's 合计 row
        out.append(("row", batch56.total_cells(plan, forms.header_cells(plan), "合计", n.measures), {}))
    return out, sep


def _table(rng, n, kind):
    """The header cells and rows of the attachment's one table (both media print the same)."""
    plan = forms.table_plan(rng, n, text_form=kind)
    plan["seq"] = True
    plan["no_cells50"] = batch50.table_axes(n, plan, None)  # session 50: empty 序号, labels run on (twelfth stream)
    plan["no_cells50"] = batch56.table_axes(n, plan, kind) or plan["no_cells50"]  # session 56 (eighteenth stream)
    forms.number_sections(n, rng.choice(["dun", "dun", "paren"]))
    cols = forms.header_cells(plan)
    rows, sep = _rows(rng, n, plan)
    n.axes += [f"sep:{sep!r}", "single" * plan["single"], "dl" * bool(plan["dl"])]
    if plan["single"]:
        cols[cols.index("责任单位")] = "责任单位（列第一位者为牵头单位）"
    return cols, rows


def xlsx(rng, n):
    import openpyxl
    cols, rows = _table(rng, n, "xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    r = 1
    if rng.random() < 0.5:
        ws.cell(r, 1, "附件")
        r += 1
    ws.cell(r, 1, n.table_title)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
    r += 1
    for c, h in enumerate(cols, 1):
        ws.cell(r, c, h)
    r += 1
    for kind, cs, spans in rows:
        if kind == "sec":
            ws.cell(r, 1, cs[0])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
        else:
            for c, v in enumerate(cs, 1):
                if v is not None and v != "":
                    ws.cell(r, c, int(v) if c == 1 and v.isdigit() and rng.random() < 0.5 else v)
            for c0, k in spans.items():  # a 序号 / unit cell merged down over two task rows
                ws.merge_cells(start_row=r, start_column=c0 + 1, end_row=r + k - 1, end_column=c0 + 1)
        r += 1
    wb.properties.creator = "blindsynth"
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip(buf.getvalue())


def docx(rng, n):
    import docx as pydocx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from . import projects
    project = getattr(n, "zrng", None) is not None and n.zrng.random() < projects.P_PROJECT
    if not project:
        cols, rows = _table(rng, n, "docx")
    d = pydocx.Document()
    if rng.random() < 0.5:
        d.add_paragraph("附件")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(n.table_title).bold = True
    if project:  # session 42: 序号 merged with 项目名称 over sub-rows (projects.py)
        projects.docx_table(rng, n, d)
        return _save_docx(d)
    t = d.add_table(rows=1 + len(rows), cols=len(cols))
    t.style = "Table Grid"
    for c, h in enumerate(cols):
        t.cell(0, c).text = h
    for i, (kind, cs, spans) in enumerate(rows, 1):
        if kind == "sec":
            merged = t.cell(i, 0).merge(t.cell(i, len(cols) - 1))
            merged.text = cs[0]
        else:
            for c, v in enumerate(cs):
                if v is not None:
                    t.cell(i, c).text = v  # a \n becomes a line break inside the cell
            for c0, k in spans.items():  # a vertical merge (w:vMerge) over two task rows
                t.cell(i, c0).merge(t.cell(i + k - 1, c0))
    return _save_docx(d)


def _save_docx(d):
    d.core_properties.author = "blindsynth"
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue())
