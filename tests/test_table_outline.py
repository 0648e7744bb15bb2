"""A table in the document around it: the headings printed between a notice's tables (one
table per section) and the header bands over its columns (a schedule under 进度安排).

Written for holdout batch 9's shapes (a page whose .docx attachment prints each section's
heading over a table of its own; a sheet with quarter columns under 进度安排 beside 完成时限;
a sheet with twelve month columns under 完成时限（月份）, the due month ticked), in other
words and with other notices than the holdout's.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.engine.extract import extract, extract_file

# --- headings between tables: every container ----------------------------------------

HEADER = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")
#: two sections, each its own table, the numbers restarting at 1 in each
SECTIONS = (
    ("一、稳住工业增长", (("1", "新增规模以上工业企业12家。", "县工信局", "县统计局", "2024年12月底前"),
                         ("2", "技术改造投资增长8%。", "县工信局", "县财政局", "2024年11月底前"))),
    ("二、提升城市品质", (("1", "改造老旧小区6个。", "县住建局", "县财政局", "2024年10月底前"),
                         ("2", "新增停车泊位500个。", "县城管局", "县公安局", "2024年9月底前"))),
)
WANT = [(1, 1, "县工信局"), (2, 1, "县工信局"), (1, 2, "县住建局"), (2, 2, "县城管局")]


def _numbers(notice) -> list[tuple]:
    return [(m.measure_no, m.section_no, m.lead[0].name) for m in notice.measures]


def _titles(notice) -> list[str]:
    return [s.title for s in notice.sections]


def _docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("附件")
    doc.add_paragraph("某县2024年重点工作任务分工方案")
    for heading, rows in SECTIONS:
        doc.add_paragraph().add_run(heading).bold = True
        table = doc.add_table(rows=0, cols=len(HEADER))
        for row in (HEADER, *rows):
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    doc.save(path)
    return path


LETTER = ("<html><head><title>某县人民政府办公室关于印发某县2024年重点工作任务分工方案的通知</title></head><body>"
          "<h1>某县人民政府办公室关于印发某县2024年重点工作任务分工方案的通知</h1>"
          "<p>各乡镇人民政府，县直各单位：</p><p>现将《某县2024年重点工作任务分工方案》印发给你们，请认真抓好落实。</p>"
          "<p>附件：<a href='fj1.docx'>某县2024年重点工作任务分工方案</a></p>"
          "<p>某县人民政府办公室</p><p>2024年3月1日</p></body></html>")


def _page_with_attachment(folder: Path, page_tables: int = 0) -> Path:
    """A letter page (with ``page_tables`` layout tables of its own, each under a
    numbered line of the letter) and its .docx saved beside it as ``fetch`` saves them."""
    layout = "".join(f"<p>{'一二三'[i]}、工作要求</p><table><tr><td>版权所有</td><td>联系我们</td></tr></table>"
                     for i in range(page_tables))
    page = folder / "letter.html"
    page.write_text(LETTER.replace("<p>附件", layout + "<p>附件"), encoding="utf-8")
    _docx(folder / "letter.fj1.docx")
    page.with_name("letter.html.fetch.json").write_text(json.dumps(
        {"url": "http://example.gov.cn/a.html", "attachments": [
            {"url": "http://example.gov.cn/fj1.docx", "text": "附件", "path": "letter.fj1.docx"}]}), encoding="utf-8")
    (folder / "letter.fj1.docx.fetch.json").write_text(json.dumps(
        {"url": "http://example.gov.cn/fj1.docx", "role": "attachment", "parent_path": "letter.html"}),
        encoding="utf-8")
    return page


def test_a_docx_read_with_its_page_keeps_the_headings_between_its_tables(tmp_path):
    notice = extract_file(_page_with_attachment(tmp_path))
    assert _numbers(notice) == WANT
    assert _titles(notice) == ["稳住工业增长", "提升城市品质"]


def test_the_pages_own_tables_never_lend_their_headings_to_the_attachments(tmp_path):
    # the page's layout tables stand under numbered lines of the letter: table 0 and 1 of the
    # page are not table 0 and 1 of the attachment
    notice = extract_file(_page_with_attachment(tmp_path, page_tables=2))
    assert _numbers(notice) == WANT
    assert "工作要求" not in _titles(notice)


def _text_copy(row) -> str:
    lines = ["附件", "某县2024年重点工作任务分工方案", ""]
    for heading, rows in SECTIONS:
        lines += [heading, row(HEADER), *map(row, rows), ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("form,row", [
    ("text-tab", "\t".join),
    ("text-bar", lambda cells: "| " + " | ".join(cells) + " |"),
    ("text-sp", lambda cells: "    ".join(" ".join(c) if c in HEADER else c for c in cells)),
    ("text-pipe", lambda cells: "\n".join(f"{c} |" for c in cells)),   # one cell a line
    ("text-bl", "\n".join),                                            # one cell a line, no pipes
])
def test_a_text_copy_keeps_the_heading_over_its_first_table(form, row):
    notice = extract(_text_copy(row).encode("utf-8"), name="copy.txt")
    assert [m.form for m in notice.measures] == [form] * 4
    assert _numbers(notice) == WANT
    assert _titles(notice) == ["稳住工业增长", "提升城市品质"]


def _box(rows) -> list[str]:
    widths = [max(len(r[i]) for r in rows) + 1 for i in range(len(rows[0]))]
    rule = "├" + "┼".join("─" * w for w in widths) + "┤"
    out = ["┌" + "┬".join("─" * w for w in widths) + "┐"]
    for k, r in enumerate(rows):
        out.append("│" + "│".join(c + "\u3000" * (w - len(c)) for c, w in zip(r, widths)) + "│")
        out.append(rule if k < len(rows) - 1 else "└" + "┴".join("─" * w for w in widths) + "┘")
    return out


def test_a_box_drawn_copy_keeps_the_headings_between_its_tables():
    lines = ["某县2024年重点工作任务分工方案"]
    for heading, rows in SECTIONS:
        lines += [heading, *_box([HEADER, *rows])]
    notice = extract("\n".join(lines).encode("utf-8"), name="box.txt")
    assert [m.form for m in notice.measures] == ["text-box"] * 4
    assert _numbers(notice) == WANT
    assert _titles(notice) == ["稳住工业增长", "提升城市品质"]


def test_a_numbered_line_over_the_only_table_heads_nothing():
    # one table: the line over it may be the letter's last point, never the table's section
    text = "\n".join(["三、任务分工", "\t".join(HEADER), *("\t".join(r) for _h, rows in SECTIONS for r in rows)])
    notice = extract(text.encode("utf-8"), name="one.txt")
    assert len(notice.measures) == 4
    assert {m.section_no for m in notice.measures} == {None}


# --- header bands: schedule columns and the deadline column ---------------------------

def _sheet(path: Path, band: str, subs: list[str], body: list[list], deadline_column: bool) -> Path:
    """A sheet with a two-row header: 序号 | 工作任务 | 牵头单位 merged down, ``band``
    merged across ``subs``, and (``deadline_column``) 完成时限 merged down after it."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    top = ["序号", "工作任务", "牵头单位", band] + [None] * (len(subs) - 1) + (["完成时限"] if deadline_column else [])
    ws.append(top)
    ws.append([None, None, None, *subs] + ([None] if deadline_column else []))
    for col in (1, 2, 3) + ((len(top),) if deadline_column else ()):
        ws.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
    ws.merge_cells(start_row=1, start_column=4, end_row=1, end_column=3 + len(subs))
    for row in body:
        ws.append(row)
    wb.save(path)
    return path


def _deadlines(path: Path) -> list:
    return [m.deadline for m in extract_file(path).measures]


def test_a_schedule_band_beside_the_deadline_column_is_no_deadline(tmp_path):
    body = [[1, "建成智慧停车平台。", "县城管局", "完成招标", "", "上线试运行", "2024年9月底前"],
            [2, "建设农贸市场3个。", "县商务局", "", "开工2个", "", "全年"]]
    path = _sheet(tmp_path / "s.xlsx", "进度安排", ["第一季度", "第二季度", "第三季度"], body, deadline_column=True)
    notice = extract_file(path)
    assert [m.deadline for m in notice.measures] == ["2024年9月底前", "全年"]
    # the stages are kept as columns of their own, never read as units
    assert notice.measures[0].extra == {"第一季度": "完成招标", "第三季度": "上线试运行"}
    assert [a.name for a in notice.measures[0].lead] == ["县城管局"]


def test_ticked_month_columns_are_the_deadline(tmp_path):
    months = [f"{n}月" for n in range(1, 13)]
    ticks = [[1, "完成河道清淤8公里。", "县水利局"] + ["√" if n == 5 else None for n in range(1, 13)],
             [2, "开展安全生产大检查。", "县应急局"] + ["✓" if n % 3 == 0 else None for n in range(1, 13)],
             [3, "编制国土空间规划。", "县自然资源局"] + [None] * 12]
    path = _sheet(tmp_path / "m.xlsx", "时间节点（月份）", months, ticks, deadline_column=False)
    assert _deadlines(path) == ["5月", "3月、6月、9月、12月", None]


def test_milestones_under_a_band_with_no_deadline_column_are_read_with_their_stage(tmp_path):
    body = [[1, "建设城东污水处理厂。", "县住建局", "开工", "主体完工", "投入运行"]]
    path = _sheet(tmp_path / "q.xlsx", "进度安排", ["2024年", "2025年", "2026年"], body, deadline_column=False)
    assert _deadlines(path) == ["2024年：开工；2025年：主体完工；2026年：投入运行"]


def test_a_deadline_word_under_the_band_is_the_deadline_column(tmp_path):
    body = [[1, "完成城区供水管网改造。", "县水务局", "2024年3月", "2024年11月底前"]]
    path = _sheet(tmp_path / "t.xlsx", "时间安排", ["开始时间", "完成时间"], body, deadline_column=False)
    notice = extract_file(path)
    assert [m.deadline for m in notice.measures] == ["2024年11月底前"]
    assert notice.measures[0].extra == {"开始时间": "2024年3月"}


def test_a_tab_copy_of_a_ticked_sheet_reads_the_same(tmp_path):
    header = "序号\t工作任务\t牵头单位\t完成时限（月份）" + "\t" * 11
    sub = "\t\t\t" + "\t".join(f"{n}月" for n in range(1, 13))
    rows = ["1\t完成河道清淤8公里。\t县水利局" + "\t" * 5 + "√" + "\t" * 7,
            "2\t开展安全生产大检查。\t县应急局\t\t\t√\t\t\t√\t\t\t√\t\t\t√"]
    notice = extract("\n".join(["某县重点任务清单", header, sub, *rows]).encode("utf-8"), name="tick.txt")
    assert [(m.form, m.deadline) for m in notice.measures] == [("text-tab", "5月"), ("text-tab", "3月、6月、9月、12月")]
