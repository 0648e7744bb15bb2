"""Build office attachments (.docx, .xlsx) of a gold notice, for the tests and
for ``tests/fixtures/attachments/make_fixtures.py``.

The table is rebuilt from a fixture's ``expected.json`` (the hand-checked
measures), not from the page, in the shape attachments are published in:
a 附件 line and the table's title over it, one header row marked to repeat on
every printed page, the section cell merged down its group (``vMerge`` in
Word, a merged range in Excel), the measure cell as ``N、text`` and the units
one per line inside their cell (a line break, not a space).
"""
from __future__ import annotations

import json
from itertools import groupby
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
HEADER = ("目标任务", "工作措施", "牵头单位", "协办单位")


def load_gold(name: str = "seed-dongguan-2014-75") -> dict:
    """A fixture's expected.json."""
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


def table_groups(gold: dict) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(section cell text, [(measure cell, lead lines, support lines)]) in order."""
    titles = {s["no"]: f'{s["label"]}{s["title"]}' for s in gold["sections"]}
    groups = []
    for no, measures in groupby(gold["measures"], key=lambda m: m["section_no"]):
        rows = [(f'{m["measure_no"]}、{m["text"]}', "\n".join(m["lead"]), "\n".join(m["support"]))
                for m in measures]
        groups.append((titles[no], rows))
    return groups


# --- Word -----------------------------------------------------------------------

def build_docx(gold: dict, path: Path, split_after: int | None = None) -> Path:
    """The notice's table as a .docx.  ``split_after``: end the table after
    that many body rows and go on in a second table after a page break, with
    the header repeated and the split group's section cell left empty (how a
    table cut by hand across pages looks)."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    doc = Document()
    doc.add_paragraph("附件")
    doc.add_paragraph(gold["table_title"])
    rows = [(section, row) for section, group in table_groups(gold) for row in group]
    parts = [rows] if split_after is None else [rows[:split_after], rows[split_after:]]
    for i, part in enumerate(parts):
        if i:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _docx_table(doc, part, continued=i > 0 and part[0][0] == parts[i - 1][-1][0])
    doc.save(path)
    return path


def _docx_table(doc, rows: list[tuple[str, tuple[str, str, str]]], continued: bool) -> None:
    from docx.oxml import OxmlElement

    table = doc.add_table(rows=1 + len(rows), cols=len(HEADER))
    table.style = "Table Grid"
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))   # repeat on every page
    for cell, word in zip(header.cells, HEADER):
        cell.text = word
    r = 1
    for section, group in groupby(rows, key=lambda x: x[0]):
        group = [row for _, row in group]
        top = table.cell(r, 0)
        if len(group) > 1:
            top = top.merge(table.cell(r + len(group) - 1, 0))
        top.text = "" if continued and r == 1 else section
        for measure, lead, support in group:
            cells = table.rows[r].cells
            cells[1].text = measure
            _lines(cells[2], lead)
            _lines(cells[3], support)
            r += 1


def _lines(cell, text: str) -> None:
    """One run per line, a ``<w:br/>`` between them."""
    para = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n") if text else []):
        run = para.add_run(line)
        if i < len(text.split("\n")) - 1:
            run.add_break()


# --- Excel ----------------------------------------------------------------------

def build_xlsx(gold: dict, path: Path) -> Path:
    """The notice's table as an .xlsx: a title row merged across, the header,
    section cells merged down their group, units on lines inside a cell."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "分工表"
    ws.append([gold["table_title"]])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(list(HEADER))
    ws.print_title_rows = "2:2"
    wrap = Alignment(wrap_text=True, vertical="center")
    r = 3
    for section, group in table_groups(gold):
        first = r
        for i, (measure, lead, support) in enumerate(group):
            ws.append([section if i == 0 else None, measure, lead or None, support or None])
            for c in range(1, len(HEADER) + 1):
                ws.cell(r, c).alignment = wrap
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    wb.save(path)
    return path
