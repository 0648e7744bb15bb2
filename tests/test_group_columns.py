"""Task columns split over several levels: group columns before the task column.

A 分解表 may print the task over three columns, 一、 level | （一） level | the measure, each group
cell merged down over its rows (or printed on each of them, or left empty under the first in a
text copy).  The measure's section is the innermost level that numbers its groups, as the outline
reader takes the heading right above an item; an outer level is kept beside the measure as an
extra column under its header word.  Written for holdout batch 17's three-level shape, in other
words, other places and in every container the table comes in.
"""
from __future__ import annotations

from itertools import groupby
from pathlib import Path

import pytest

from extractor.engine.extract import extract, extract_file

HEADER = ("序号", "工作板块", "攻坚方向", "工作任务", "牵头单位", "配合单位", "完成时限")
#: (number, outer level, inner level, task, lead, support, deadline); the inner labels restart
#: under each outer group
ROWS = (
    ("1", "一、推动产业升级", "（一）培育新兴产业", "引进新材料项目3个。", "县工信局", "县投促中心", "2022年12月底前"),
    ("2", "一、推动产业升级", "（一）培育新兴产业", "新增高新技术企业5家。", "县科技局", "县财政局", "2022年11月底前"),
    ("3", "一、推动产业升级", "（二）改造传统产业", "完成技改项目8个。", "县工信局", "县发改局", "2022年10月底前"),
    ("4", "二、改善农村面貌", "（一）整治人居环境", "新建农村公厕20座。", "县农业农村局", "各镇人民政府", "2022年9月底前"),
    ("5", "二、改善农村面貌", "（二）完善基础设施", "硬化村组道路30公里。", "县交通运输局", "县财政局", "2022年12月底前"),
    ("6", "二、改善农村面貌", "（二）完善基础设施", "改造农村电网线路15公里。", "县发改局", "县供电公司", "全年"),
)
SECTIONS = [(1, "（一）", "培育新兴产业"), (2, "（二）", "改造传统产业"), (3, "（一）", "整治人居环境"),
            (4, "（二）", "完善基础设施")]
WANT = [(1, 1, "引进新材料项目3个。"), (2, 1, "新增高新技术企业5家。"), (3, 2, "完成技改项目8个。"),
        (4, 3, "新建农村公厕20座。"), (5, 4, "硬化村组道路30公里。"), (6, 4, "改造农村电网线路15公里。")]
LETTER = "<p>某县人民政府办公室关于印发某县2022年重点工作任务分解表的通知</p><p>某县2022年重点工作任务分解表</p>"


def _runs(rows, col: int) -> list[int]:
    """The length of each run of equal values in column ``col`` (inside the runs of the
    columns before it that group rows: a merged cell never crosses its outer group)."""
    keys = [tuple(r[1:col + 1]) for r in rows]
    return [len(list(g)) for _, g in groupby(keys)]


def _html(rows=ROWS, header=HEADER, merged=True) -> str:
    spans = {col: iter(_runs(rows, col)) for col in (1, 2)}
    left = {1: 0, 2: 0}
    out = ["<table><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>"]
    for row in rows:
        cells = []
        for col, text in enumerate(row):
            if merged and col in left:
                if left[col] == 0:
                    left[col] = next(spans[col])
                    cells.append(f"<td rowspan='{left[col]}'>{text}</td>")
                left[col] -= 1
                continue
            cells.append(f"<td>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "".join(out) + "</table>"


def _page(table: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'></head><body><div class='content'>{LETTER}{table}"
            "</div></body></html>").encode("utf-8")


def _got(notice):
    return [(m.measure_no, m.section_no, m.text) for m in notice.measures]


def _sections(notice):
    return [(s.no, s.label, s.title) for s in notice.sections]


def test_three_level_html_table_takes_the_inner_level_as_the_section():
    notice = extract(_page(_html()), name="p.html")
    assert _got(notice) == WANT
    assert _sections(notice) == SECTIONS   # the restarting （一） numbered on as the notice's sections
    m = notice.measures[3]
    assert [a.name for a in m.lead] == ["县农业农村局"] and m.deadline == "2022年9月底前"
    # the outer level is kept beside the measure, under its header word, never in the text
    assert m.extra == {"工作板块": "二、改善农村面貌"}


def test_inner_labels_running_on_across_the_outer_groups():
    inner = iter(["（一）培育新兴产业", "（一）培育新兴产业", "（二）改造传统产业", "（三）整治人居环境",
                  "（四）完善基础设施", "（四）完善基础设施"])
    rows = tuple(r[:2] + (next(inner),) + r[3:] for r in ROWS)
    notice = extract(_page(_html(rows)), name="p.html")
    assert _got(notice) == WANT
    assert [(s.no, s.label) for s in notice.sections] == [(1, "（一）"), (2, "（二）"), (3, "（三）"), (4, "（四）")]


def test_group_names_printed_on_every_row_instead_of_merged():
    notice = extract(_page(_html(merged=False)), name="p.html")
    assert _got(notice) == WANT
    assert _sections(notice) == SECTIONS


def test_known_header_words_on_both_levels():
    """类别 (a section word) over 重点任务 (a task word) over 具体措施: the inner level that numbers
    its groups is the section, the outer kept aside, and the text is the measure column's alone."""
    header = ("序号", "类别", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限")
    notice = extract(_page(_html(header=header)), name="p.html")
    assert _got(notice) == WANT
    assert notice.measures[0].extra == {"类别": "一、推动产业升级"}


def _text_copy(rows, header) -> bytes:
    """``rows`` saved as a TAB text copy: each merged cell printed in its group's first row only."""
    lines = ["某县2022年重点工作任务分解表", "\t".join(header)]
    before: tuple = ("", "", "")
    for row in rows:
        shown = [row[0]] + [text if tuple(row[1:col + 1]) != before[:col] else ""
                            for col, text in ((1, row[1]), (2, row[2]))] + list(row[3:])
        before = row[1:3] + ("",)
        lines.append("\t".join(shown))
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_a_text_copy_leaves_the_cells_under_each_merge_empty():
    notice = extract(_text_copy(ROWS, HEADER), name="n.txt")
    assert _got(notice) == WANT
    assert _sections(notice) == SECTIONS


def _docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("某县2022年重点工作任务分解表")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for cell, word in zip(table.rows[0].cells, HEADER):
        cell.text = word
    for r, row in enumerate(ROWS, 1):
        for c in (0, 3, 4, 5, 6):
            table.cell(r, c).text = row[c]
    for col in (1, 2):
        r = 1
        for run in _runs(ROWS, col):
            top = table.cell(r, col)
            if run > 1:
                top = top.merge(table.cell(r + run - 1, col))
            top.text = ROWS[r - 1][col]
            r += run
    doc.save(path)
    return path


def _xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["某县2022年重点工作任务分解表"])
    ws.append(list(HEADER))
    for row in ROWS:
        ws.append([int(row[0]), *row[1:]])
    for col in (1, 2):
        r = 3
        for run in _runs(ROWS, col):
            if run > 1:
                ws.merge_cells(start_row=r, start_column=col + 1, end_row=r + run - 1, end_column=col + 1)
            r += run
    wb.save(path)
    return path


@pytest.mark.parametrize("build,name", [(_docx, "t.docx"), (_xlsx, "t.xlsx")])
def test_merged_group_columns_in_an_attachment(tmp_path, build, name):
    notice = extract_file(build(tmp_path / name))
    assert _got(notice) == WANT
    assert _sections(notice) == SECTIONS


def test_an_unnumbered_level_inside_a_numbered_one_stays_beside_the_measure():
    """重点任务 (一、 merged) over a merged column of targets with no number: the numbered level
    is the section, as before; the targets are an extra column."""
    header = ("序号", "重点任务", "主要目标", "具体措施", "牵头单位", "配合单位", "完成时限")
    rows = tuple(r[:2] + (r[2][3:],) + r[3:] for r in ROWS)   # the inner cells without their （一）
    notice = extract(_page(_html(rows, header)), name="p.html")
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 1), (3, 1), (4, 2), (5, 2), (6, 2)]
    assert [(s.label, s.title) for s in notice.sections] == [("一、", "推动产业升级"), ("二、", "改善农村面貌")]
    assert notice.measures[0].extra == {"主要目标": "培育新兴产业"}


def test_one_numbered_group_column_under_a_word_the_vocabulary_lacks():
    """Two levels only (工作板块 | 工作任务): the merged 一、 column is the section whatever its header
    word says; before, a word the vocabulary lacks left it an extra column and no measure had one."""
    rows = tuple(r[:2] + r[3:] for r in ROWS)
    header = tuple(h for h in HEADER if h != "攻坚方向")
    spans = iter(_runs(rows, 1))
    body, left = [], 0
    for row in rows:
        first = ""
        if left == 0:
            left = next(spans)
            first = f"<td rowspan='{left}'>{row[1]}</td>"
        left -= 1
        body.append(f"<tr><td>{row[0]}</td>{first}" + "".join(f"<td>{t}</td>" for t in row[2:]) + "</tr>")
    table = "<table><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>" + "".join(body) + "</table>"
    notice = extract(_page(table), name="p.html")
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 1), (3, 1), (4, 2), (5, 2), (6, 2)]
    assert _sections(notice) == [(1, "一、", "推动产业升级"), (2, "二、", "改善农村面貌")]
    assert notice.measures[0].extra == {}


# --- an inner level numbered with Arabic digits (一、 outside, 1. or 1.1 inside): a 分解表's usual print ---

ARABIC_HEADER = ("序号", "工作领域", "重点事项", "具体举措", "牵头单位", "配合单位", "完成时限")
#: the inner labels restart under each outer group, as a typist numbers a second level
ARABIC_ROWS = tuple(tuple(line.split("|")) for line in """\
1|一、建设平安校园|1.加强校园安保|配齐专职保安120名。|市教育局|市公安局|2023年3月底前
2|一、建设平安校园|1.加强校园安保|校门口设置硬质隔离设施。|市公安局|市城管局|2023年5月底前
3|一、建设平安校园|2.排查安全隐患|开展校舍安全大排查。|市住建局|市教育局|2023年6月底前
4|二、守护学生健康|1.改善就餐条件|新建学校食堂6个。|市教育局|市发展改革委|2023年8月底前
5|二、守护学生健康|2.加强近视防控|更新教室照明设备。|市教育局|市财政局|2023年9月底前
6|二、守护学生健康|2.加强近视防控|每学期开展视力筛查。|市卫生健康委||每学期""".splitlines())
ARABIC_WANT = [(1, 1, "配齐专职保安120名。"), (2, 1, "校门口设置硬质隔离设施。"), (3, 2, "开展校舍安全大排查。"),
               (4, 3, "新建学校食堂6个。"), (5, 4, "更新教室照明设备。"), (6, 4, "每学期开展视力筛查。")]


def _section_and_place(rows):
    """The inner labels numbered by their outer group and place (1.1, 1.2, 2.1 …)."""
    outer = {"一": "1", "二": "2"}
    return tuple(r[:2] + (f"{outer[r[1][0]]}.{r[2][0]}{r[2][2:]}",) + r[3:] for r in rows)


@pytest.mark.parametrize("rows,labels", [
    (ARABIC_ROWS, ["1.", "2.", "1.", "2."]), (_section_and_place(ARABIC_ROWS), ["1.1", "1.2", "2.1", "2.2"])])
def test_an_inner_level_numbered_in_digits_is_the_section(rows, labels):
    notice = extract(_page(_html(rows, ARABIC_HEADER)), name="p.html")
    assert _got(notice) == ARABIC_WANT
    assert _sections(notice) == [(k + 1, label, title) for k, (label, title) in enumerate(
        zip(labels, ["加强校园安保", "排查安全隐患", "改善就餐条件", "加强近视防控"]))]
    assert notice.measures[3].extra == {"工作领域": "二、守护学生健康"}


def test_an_inner_level_numbered_in_digits_in_a_text_copy_and_printed_on_every_row():
    lines = ["某市2023年平安校园建设任务分解表", "\t".join(ARABIC_HEADER)]
    before: tuple = ("", "")
    for row in ARABIC_ROWS:   # a TAB copy leaves the cells under each merge empty
        shown = [row[0]] + [text if tuple(row[1:col + 1]) != before[:col] else ""
                            for col, text in ((1, row[1]), (2, row[2]))] + list(row[3:])
        before = row[1:3]
        lines.append("\t".join(shown))
    for notice in (extract(("\n".join(lines) + "\n").encode("utf-8"), name="n.txt"),
                   extract(_page(_html(ARABIC_ROWS, ARABIC_HEADER, merged=False)), name="p.html")):
        assert _got(notice) == ARABIC_WANT
        assert [s.title for s in notice.sections] == ["加强校园安保", "排查安全隐患", "改善就餐条件", "加强近视防控"]


def test_a_column_naming_each_row_in_digits_is_no_level():
    # 重点事项 numbering every row apart (1. 2. 3. …, no two rows sharing a group) names rows, it
    # groups none: the 一、 column stays the section and the numbered names stay beside the measure
    rows = tuple(r[:2] + (f"{k}.{r[2][2:]}{k}",) + r[3:] for k, r in enumerate(ARABIC_ROWS, 1))
    notice = extract(_page(_html(rows, ARABIC_HEADER, merged=False)), name="p.html")
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 1), (3, 1), (4, 2), (5, 2), (6, 2)]
    assert [(s.label, s.title) for s in notice.sections] == [("一、", "建设平安校园"), ("二、", "守护学生健康")]


#: ROWS with no label on either level (推动产业升级 over 培育新兴产业): neither level numbers its groups
UNNUMBERED = tuple(r[:1] + (r[1][2:], r[2][3:]) + r[3:] for r in ROWS)


@pytest.mark.parametrize("header", [
    ("序号", "类别", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"),
    # an assessment list: a section word (考核项目) and a task word (考核指标) over merged groups,
    # the task word again over each row's own cell (考核内容)
    ("序号", "考核项目", "考核指标", "考核内容", "牵头单位", "配合单位", "完成时限"),
])
@pytest.mark.parametrize("merged", [True, False])
def test_two_unnumbered_levels_take_the_inner_one_as_the_section(header, merged):
    """Two merged group columns printing no number, the second under a task word: the row's own
    cell is the measure's text, the inner level its section (numbered by place, no label), the
    outer one kept beside it.  Before, the merged task-word column was the text, repeated on every
    row, and the outer level the section (holdout scoredept-shengsi)."""
    notice = extract(_page(_html(UNNUMBERED, header, merged)), name="p.html")
    assert _got(notice) == WANT
    assert _sections(notice) == [(no, None, title) for no, _label, title in SECTIONS]
    assert notice.measures[3].extra == {header[1]: "改善农村面貌"}


def test_two_unnumbered_levels_in_a_text_copy():
    """The same table saved as text: each merged cell printed in its group's first row only."""
    header = ("序号", "考核项目", "考核指标", "考核内容", "牵头单位", "配合单位", "完成时限")
    notice = extract(_text_copy(UNNUMBERED, header), name="n.txt")
    assert _got(notice) == WANT
    assert _sections(notice) == [(no, None, title) for no, _label, title in SECTIONS]
