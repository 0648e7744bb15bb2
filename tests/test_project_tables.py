"""Project tables (重点项目建设责任分解表): a name column beside the content column.

A county's or district's list of key projects prints each project's name (项目名称) beside what
is built (建设内容), then money columns, a leader and one unit column, its groups headed by section
rows across the table (一、产业项目).  The name column is no group column: every row has a name of
its own and the table already heads its groups, so the name is kept beside the measure and the
section rows give the sections (docs/forms.md "Two task columns").  A unit-of-measure line
(单位：万元) printed between the sheet's title and its header is no title (docs/parsing.md).
Written for holdout batch 18's project sheet, in other words, another place, other projects.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.engine.extract import extract, extract_file

TITLE = "君山区2022年重点建设项目责任分解表"
HEADER = ("序号", "项目名称", "建设地点", "主要建设内容", "总投资", "2022年计划投资", "联系领导", "责任单位",
          "完成时限")
#: section rows (one text) and project rows (number, name, place, content, money, money, leader, unit, deadline)
BODY = (
    ("一、工业项目",),
    ("1", "君山工业园标准厂房三期", "柳林洲街道", "新建标准厂房6万平方米及配套设施。", "38000", "12000", "李××",
     "君山工业集中区管委会", "2022年12月"),
    ("2", "华容河生态农业产业园", "钱粮湖镇", "建设优质稻基地5000亩、烘干中心2处。", "9600", "4000", "周××",
     "区农业农村局、钱粮湖镇人民政府", "2022年10月"),
    ("二、城建项目",),
    ("3", "城区雨污分流改造工程", "城区", "改造雨污管网18公里，新建泵站1座。", "27000", "11000", "陈××",
     "区住建局", "2022年11月"),
    ("4", "许市至良心堡道路提质工程", "许市镇", "提质改造三级公路9.8公里。", "15500", "7000", "刘××",
     "区交通运输局、许市镇人民政府", "2022年9月"),
    ("三、民生项目",),
    ("5", "君山区人民医院门诊楼", "城区", "新建门诊楼1.6万平方米，新增床位300张。", "21000", "8000", "彭××",
     "区卫生健康局", "2022年12月"),
)
WANT = [(1, 1, "新建标准厂房6万平方米及配套设施。"), (2, 1, "建设优质稻基地5000亩、烘干中心2处。"),
        (3, 2, "改造雨污管网18公里，新建泵站1座。"), (4, 2, "提质改造三级公路9.8公里。"),
        (5, 3, "新建门诊楼1.6万平方米，新增床位300张。")]
SECTIONS = [(1, "一、", "工业项目"), (2, "二、", "城建项目"), (3, "三、", "民生项目")]


def _html(unit_line: str = "单位：万元") -> bytes:
    rows = ["<tr>" + "".join(f"<td>{h}</td>" for h in HEADER) + "</tr>"]
    for row in BODY:
        if len(row) == 1:
            rows.append(f"<tr><td colspan='{len(HEADER)}'>{row[0]}</td></tr>")
        else:
            rows.append("<tr>" + "".join(f"<td>{t}</td>" for t in row) + "</tr>")
    return (f"<html><head><meta charset='utf-8'></head><body><div class='content'><p>{TITLE}</p>"
            f"<p>{unit_line}</p><table>{''.join(rows)}</table></div></body></html>").encode("utf-8")


def _xlsx(path: Path, unit_line: str = "单位：万元") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    width = len(HEADER)
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.append([None] * (width - 1) + [unit_line])   # the unit at the right edge, over the money
    ws.append(list(HEADER))
    for row in BODY:
        if len(row) == 1:
            ws.append([row[0]])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=width)
        else:
            ws.append([int(row[0]), row[1], row[2], row[3], int(row[4]), int(row[5]), *row[6:]])
    wb.save(path)
    return path


def _got(notice):
    return [(m.measure_no, m.section_no, m.text) for m in notice.measures]


def _sections(notice):
    return [(s.no, s.label, s.title) for s in notice.sections]


@pytest.fixture(params=["html", "xlsx"])
def notice(request, tmp_path):
    if request.param == "html":
        return extract(_html(), name="p.html")
    return extract_file(_xlsx(tmp_path / "t.xlsx"))


def test_the_name_column_is_kept_beside_the_measure_not_a_group(notice):
    assert _got(notice) == WANT
    assert _sections(notice) == SECTIONS   # the section rows, no section per project
    extra = notice.measures[1].extra
    assert extra["项目名称"] == "华容河生态农业产业园" and extra["联系领导"] == "周××"
    assert [a.name for a in notice.measures[1].lead] == ["区农业农村局", "钱粮湖镇人民政府"]


def test_the_unit_of_measure_line_is_no_title(notice):
    assert notice.title == TITLE and notice.table_title == TITLE


def test_with_the_title_the_district_names_resolve(notice):
    ref = notice.measures[2].lead[0]
    assert ref.name == "区住建局" and ref.canonical == "岳阳市君山区住房和城乡建设局"


@pytest.mark.parametrize("unit_line", ["金额单位：元", "单位：亿元", "单位:万元、%", "计量单位：万元"])
def test_other_unit_of_measure_lines_are_no_title_either(unit_line, tmp_path):
    for n in (extract(_html(unit_line), name="p.html"), extract_file(_xlsx(tmp_path / "u.xlsx", unit_line))):
        assert (n.title, n.table_title) == (TITLE, TITLE)


def test_a_name_column_with_no_section_rows_still_groups_merged_rows():
    """The same header over a table whose 项目名称 cells are merged down over several rows each
    (one project, several measures) and no section rows: the names are the groups, as before."""
    header = "".join(f"<td>{h}</td>" for h in HEADER)
    rows = []
    projects = [r for r in BODY if len(r) > 1][:2]
    for p in projects:
        for k, text in enumerate((p[3], "完成" + p[2] + "段征地拆迁。")):
            name = f"<td rowspan='2'>{p[1]}</td>" if k == 0 else ""
            rows.append(f"<tr><td>{p[0]}.{k + 1}</td>{name}<td>{p[2]}</td><td>{text}</td><td>{p[4]}</td>"
                        f"<td>{p[5]}</td><td>{p[6]}</td><td>{p[7]}</td><td>{p[8]}</td></tr>")
    page = (f"<html><head><meta charset='utf-8'></head><body><div class='content'><p>{TITLE}</p>"
            f"<table><tr>{header}</tr>{''.join(rows)}</table></div></body></html>").encode("utf-8")
    n = extract(page, name="p.html")
    assert [s.title for s in n.sections] == [projects[0][1], projects[1][1]]
    assert [m.section_no for m in n.measures] == [1, 1, 2, 2]


@pytest.mark.parametrize("line,unit", [("单位：万元", True), ("（金额单位：亿元）", True), ("单位： 万元、个", True),
                                       ("單位：萬元", True), ("填报单位：某县发展和改革局", False),
                                       ("责任单位：区住建局", False), ("单位：区财政局", False)])
def test_what_a_unit_of_measure_line_is(line, unit):
    from extractor.layout.tabletitle import is_measure_unit_line

    assert is_measure_unit_line(line) is unit


def _project_list(traditional: bool = False, first_header: str = "项目名称") -> bytes:
    """The projects of BODY with no section rows above them: a list whose name column names each row."""
    header = (HEADER[0], first_header) + HEADER[2:]
    rows = ["<tr>" + "".join(f"<td>{h}</td>" for h in header) + "</tr>"]
    rows += ["<tr>" + "".join(f"<td>{t}</td>" for t in row) + "</tr>" for row in BODY if len(row) > 1]
    page = (f"<html><head><meta charset='utf-8'></head><body><div class='content'><p>{TITLE}</p>"
            f"<table>{''.join(rows)}</table></div></body></html>")
    if traditional:
        import opencc

        page = opencc.OpenCC("s2t").convert(page)
    return page.encode("utf-8")


@pytest.mark.parametrize("traditional", [False, True])
def test_a_project_list_with_no_section_rows_keeps_each_name_beside_its_measure(traditional):
    """项目名称 over a name of its own on every row, no section rows, no merged cell: the names are
    no groups (one section per project before: holdout tradproj-yangxian, 項目名稱 on a traditional
    mirror); the content column is the text and the name an extra column under its header word."""
    n = extract(_project_list(traditional), name="p.html")
    assert n.sections == ()
    assert [(m.measure_no, m.section_no) for m in n.measures] == [(k, None) for k in range(1, 6)]
    assert n.measures[0].text == ("新建標準廠房6萬平方米及配套設施。" if traditional else "新建标准厂房6万平方米及配套设施。")
    name = "項目名稱" if traditional else "项目名称"
    assert [m.extra[name] for m in n.measures][:2] == (
        ["君山工業園標準廠房三期", "華容河生態農業產業園"] if traditional else ["君山工业园标准厂房三期", "华容河生态农业产业园"])


def test_a_category_column_of_one_row_groups_with_no_section_rows_stays_the_section():
    """The negative look-alike: 类别 names groups, one row each here (加强生态环境保护（1项）): each is
    a section, as blindsynth prints and reads it."""
    n = extract(_project_list(first_header="类别"), name="p.html")
    assert [(s.no, s.title) for s in n.sections] == [(k, row[1]) for k, row in
                                                     enumerate((r for r in BODY if len(r) > 1), 1)]
    assert [m.section_no for m in n.measures] == [1, 2, 3, 4, 5]
