"""Stage 5: a table's note column (备注, 说明) that names units behind a label.

Some tables have one unit column (责任单位) and print the supporting units in the note column
at the right edge, behind a label (``配合单位：A、B``); the note column's other cells hold notes
(列入年度考核) or nothing.  A note cell holding a unit label is read by the grammar that reads
labelled cells (docs/parsing.md, "A note column naming units"); what stands before the label
stays a note, and a cell without a label is a note whole.  Every table medium reads it so:
every reader ends in ``table.parse_grid``.
"""
import io

import pytest

from extractor.engine.extract import extract_file

from test_table import parse_html
from test_textgrid import parse_text

#: (序号, task, 责任单位, 完成时间, 备注) of a 内蒙古 league city's list, in its own words
ROWS = [
    ("1", "建成苏木乡镇污水处理设施8座", "市住建局", "2023年9月", "配合单位：市生态环境局、各旗县区人民政府"),
    ("2", "完成冬季清洁取暖改造1.2万户", "市能源局", "2023年10月", "自治区考核指标"),
    ("3", "新建5G基站600个", "市工信局", "2023年12月", ""),
    ("4", "开展农畜产品质量安全抽检", "市农牧局", "全年", "列入年度考核。协办单位：市市场监管局"),
]
HEADER = ("序号", "工作任务", "责任单位", "完成时间", "备注")

#: (no, text, lead, support, deadline, what stays in extra)
EXPECTED = [
    (1, "建成苏木乡镇污水处理设施8座", ("市住建局",), ("市生态环境局、各旗县区人民政府",), "2023年9月", {}),
    (2, "完成冬季清洁取暖改造1.2万户", ("市能源局",), (), "2023年10月", {"备注": "自治区考核指标"}),
    (3, "新建5G基站600个", ("市工信局",), (), "2023年12月", {}),
    (4, "开展农畜产品质量安全抽检", ("市农牧局",), ("市市场监管局",), "全年", {"备注": "列入年度考核"}),
]


def rows(parsed):
    return [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline, m.extra) for m in parsed.measures]


def html_table(header=HEADER, body=ROWS):
    cells = lambda row: "".join(f"<td>{c}</td>" for c in row)   # noqa: E731
    return "<table>" + "".join(f"<tr>{cells(r)}</tr>" for r in (header, *body)) + "</table>"


def test_a_note_cell_naming_support_behind_a_label_gives_the_row_its_support():
    p = parse_html(html_table())
    assert rows(p) == EXPECTED
    # 责任单位, the only unit column, still leads as a bare 责任单位 list (a letter's convention may split it)
    assert all(m.from_responsible for m in p.measures)


def test_a_note_column_headed_shuo_ming_and_labels_naming_lead_and_deadline():
    # 说明 is a note column too; a lead label there beside a bare 责任单位 column makes that column
    # support (责任单位 beside a lead supports, as in a labelled cell); a deadline label fills a
    # row whose column gives none, and loses to one that does
    p = parse_html(html_table(("序号", "工作任务", "责任单位", "完成时限", "说 明"), [
        ("1", "修订城市供水专项规划", "市水务局", "", "牵头单位：市自然资源局；完成时限：2024年6月底前"),
        ("2", "改造城区燃气老旧管网30公里", "市城管局", "2024年10月", "完成时限：2024年8月；配合单位：市住建局")]))
    assert [(m.lead_cells, m.support_cells, m.deadline, m.from_responsible, m.extra) for m in p.measures] == [
        (("市自然资源局",), ("市水务局",), "2024年6月底前", False, {}),
        (("市城管局",), ("市住建局",), "2024年10月", True, {})]


def test_a_label_in_another_extra_column_or_a_note_without_units_is_left_alone():
    # only a note column is read for labels: a column of contacts keeps its text; a note
    # cell whose label names no unit (a deadline alone) stays a note
    p = parse_html(html_table(("序号", "工作任务", "牵头单位", "联系人", "备注"), [
        ("1", "推进政务服务一网通办", "市政务服务局", "配合单位：王某", "完成时限：年底前")]))
    assert rows(p) == [(1, "推进政务服务一网通办", ("市政务服务局",), (), None,
                        {"联系人": "配合单位：王某", "备注": "完成时限：年底前"})]


def test_prose_after_the_units_of_a_note_label_stays_a_note():
    # a label's value ends where the unit names do: a sentence or a clause after them that reads
    # as no unit list (an instruction, a remark on the row) is note, not a unit; prose before the
    # label is note as before
    p = parse_html(html_table(("序号", "重点工作", "责任单位", "完成时限", "备注"), [
        ("1", "建设城市智慧停车平台", "市城管局", "2024年6月", "协办单位：市公安局、市大数据局。此项为新增任务"),
        ("2", "推进农贸市场提档升级", "市商务局", "2024年9月", "配合单位：各区人民政府，需每月报送进度"),
        ("3", "实施背街小巷改造", "市住建局", "2024年11月", "配合单位：市城管局等；资金由市级统筹"),
        ("4", "开展燃气安全专项整治", "市应急局", "全年", "上年结转任务。配合单位：市市场监管局，市消防救援支队")]))
    assert rows(p) == [
        (1, "建设城市智慧停车平台", ("市城管局",), ("市公安局、市大数据局",), "2024年6月", {"备注": "此项为新增任务"}),
        (2, "推进农贸市场提档升级", ("市商务局",), ("各区人民政府",), "2024年9月", {"备注": "需每月报送进度"}),
        (3, "实施背街小巷改造", ("市住建局",), ("市城管局",), "2024年11月", {"备注": "资金由市级统筹"}),
        # units apart by a comma are one list
        (4, "开展燃气安全专项整治", ("市应急局",), ("市市场监管局，市消防救援支队",), "全年", {"备注": "上年结转任务"})]


def test_a_unit_the_note_labels_lead_is_not_also_support_from_the_unit_column():
    # 牵头单位：X in the note makes a bare 责任单位 column support; the column's X is the lead the
    # note names, not a second role for it (lead wins); the rest of the column supports.  Wording
    # that names the rest (其余为配合单位) is note; a note naming a lead by a verb and no label
    # is a note whole, the column unchanged
    p = parse_html(html_table(("序号", "重点工作", "责任单位", "完成时限", "备注"), [
        ("1", "新建公办幼儿园5所", "市教育局、市财政局、市自然资源局", "2024年9月", "牵头单位：市教育局"),
        ("2", "改造老旧供热管网40公里", "市住建局、市热力公司", "2024年10月", "牵头单位：市热力公司；其余为配合单位"),
        ("3", "整治农村黑臭水体", "市生态环境局、市水务局", "年底", "市水务局牵头；其余为配合")]))
    assert [(m.lead_cells, m.support_cells, m.from_responsible, m.extra) for m in p.measures] == [
        (("市教育局",), ("市财政局", "市自然资源局"), False, {}),
        (("市热力公司",), ("市住建局",), False, {"备注": "其余为配合单位"}),
        (("市生态环境局、市水务局",), (), True, {"备注": "市水务局牵头；其余为配合"})]


def test_a_text_copy_of_the_table_reads_the_note_column_too():
    p = parse_text(["\t".join(HEADER)] + ["\t".join(r) for r in ROWS])
    assert rows(p) == EXPECTED
    assert {m.form for m in p.measures} == {"text-tab"}


def _sheet_rows():
    return [list(HEADER)] + [[int(r[0]), *r[1:4], r[4] or None] for r in ROWS]


def test_a_spreadsheet_reads_the_note_column(tmp_path, resolver):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某市2023年重点工作任务分解表"])
    for row in _sheet_rows():
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    path = tmp_path / "tasks.xlsx"
    path.write_bytes(data.getvalue())
    _check_notice(extract_file(path, resolver), "xlsx-table")


def test_a_word_table_reads_the_note_column(tmp_path, resolver):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("某市2023年重点工作任务分解表")
    table = doc.add_table(rows=0, cols=len(HEADER))
    for row in _sheet_rows():
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = "" if value is None else str(value)
    path = tmp_path / "tasks.docx"
    doc.save(path)
    _check_notice(extract_file(path, resolver), "docx-table")


def _check_notice(notice, form):
    assert [(m.measure_no, [a.name for a in m.lead], [a.name for a in m.support], m.deadline)
            for m in notice.measures] == [
        (1, ["市住建局"], ["市生态环境局", "各旗县区人民政府"], "2023年9月"),
        (2, ["市能源局"], [], "2023年10月"),
        (3, ["市工信局"], [], "2023年12月"),
        (4, ["市农牧局"], ["市市场监管局"], "全年")]
    assert {m.form for m in notice.measures} == {form}


def _pipe_lines():
    lines = ["|"] + [f"{h} |" for h in HEADER]
    for row in ROWS:
        lines += ["|"] + [f"{c} |" for c in row]
    return lines + ["|"]


@pytest.mark.parametrize("lines,form", [
    (_pipe_lines(), "text-pipe"),
    (["|".join(HEADER), "|".join("---" for _ in HEADER)] + ["|".join(r) for r in ROWS], "text-bar")])
def test_a_cell_a_line_dump_and_a_bar_dump_read_the_note_column(lines, form):
    p = parse_text(lines)
    assert rows(p) == EXPECTED
    assert {m.form for m in p.measures} == {form}
