"""A table in the document around it: the headings printed between a notice's tables (one
table per section), in every container.

Written for holdout batch 9's shape (a page whose .docx attachment prints each section's
heading over a table of its own), in other words and with other notices than the holdout's.
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
