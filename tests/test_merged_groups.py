"""Tables whose group cells are merged down over several task rows.

Two shapes, written for holdout batch 19's project and rectification (整改) tables in other
words, for another place, in every container such a table comes in (a page's ``rowspan``, Word's
vertical merge, Excel's merged range, a TAB copy leaving the cells under a merge empty):

- a 民生实事 table whose 序号 AND 项目名称 cells are merged together over the project's content
  rows, each row with its own leader and units.  The merged number numbers the PROJECT, not a
  row: the project is a section labelled by the number printed in its cell and titled by its
  name, and the rows are measures numbered by their place (docs/parsing.md, the fixtures'
  conventions) - never the merged number repeated, which the rerun diff cannot key on;
- an 整改 list whose problem column (a header word the vocabulary lacks) is merged down over the
  measures answering it, with a second merged text column (the target) before the per-row
  measure column: the leading merged column groups the rows (a section, no label printed), the
  target stays beside the measure.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.engine.extract import extract, extract_file
from test_project_tables import _got, _sections

LETTER = "某区2023年民生实事项目责任分解表"

# --- 1. the number and the name merged together over a project's rows ----------------------------

PROJECT_HEADER = ("序号", "项目名称", "主要内容", "区分管领导", "牵头单位", "配合单位")
#: (number, project, [(content, leader, lead, support)]): projects 1 and 3 hold several rows
PROJECTS = (
    ("1", "提升基层医疗服务能力", [
        ("新建社区卫生服务站4个，配备全科医生12名。", "陈某某", "区卫健局", "区财政局"),
        ("为辖区65岁以上老年人免费体检2万人次。", "陈某某", "区卫健局", "各街道办事处")]),
    ("2", "完善公共交通设施", [
        ("新开通公交线路3条，更新新能源公交车50辆。", "林某某", "区交通运输局", "区公安分局")]),
    ("3", "推进生活垃圾分类", [
        ("新建垃圾分类收集点120个。", "林某某", "区城管局", "各街道办事处"),
        ("建成餐厨垃圾处理中心1座，日处理能力100吨。", "黄某某", "区城管局", "区发改局"),
        ("开展垃圾分类进社区宣传活动80场。", "黄某某", "区委宣传部", "区城管局")]),
    ("4", "丰富群众文化生活", [
        ("举办广场文化活动100场，送戏下乡50场。", "陈某某", "区文旅局", "各乡镇人民政府")]),
)
PROJECT_WANT = [(1, 1, "新建社区卫生服务站4个，配备全科医生12名。"), (2, 1, "为辖区65岁以上老年人免费体检2万人次。"),
                (3, 2, "新开通公交线路3条，更新新能源公交车50辆。"), (4, 3, "新建垃圾分类收集点120个。"),
                (5, 3, "建成餐厨垃圾处理中心1座，日处理能力100吨。"), (6, 3, "开展垃圾分类进社区宣传活动80场。"),
                (7, 4, "举办广场文化活动100场，送戏下乡50场。")]
PROJECT_SECTIONS = [(1, "1", "提升基层医疗服务能力"), (2, "2", "完善公共交通设施"), (3, "3", "推进生活垃圾分类"),
                    (4, "4", "丰富群众文化生活")]


def _page(table: str, title: str = LETTER) -> bytes:
    return (f"<html><head><meta charset='utf-8'></head><body><div class='content'><p>{title}</p>{table}"
            "</div></body></html>").encode("utf-8")


def _project_html() -> str:
    out = ["<table><tr>" + "".join(f"<td>{h}</td>" for h in PROJECT_HEADER) + "</tr>"]
    for no, name, rows in PROJECTS:
        for k, row in enumerate(rows):
            merged = f"<td rowspan='{len(rows)}'>{no}</td><td rowspan='{len(rows)}'>{name}</td>" if k == 0 else ""
            out.append(f"<tr>{merged}" + "".join(f"<td>{t}</td>" for t in row) + "</tr>")
    return "".join(out) + "</table>"


def _project_lines() -> list[tuple[str, ...]]:
    """The rows as a copy prints them: the merged cells on the group's first row only."""
    return [((no, name) if k == 0 else ("", "")) + row for no, name, rows in PROJECTS for k, row in enumerate(rows)]


def _tab_copy(header, rows, title: str = LETTER) -> bytes:
    return ("\n".join([title, "\t".join(header), *("\t".join(r) for r in rows)]) + "\n").encode("utf-8")


def _docx(path: Path, header, rows, merged: tuple[int, ...]) -> Path:
    """A .docx of ``rows`` (as ``_project_lines`` prints them) whose columns ``merged`` are
    merged down from each group's first row over the empty cells under it."""
    from docx import Document

    doc = Document()
    doc.add_paragraph(LETTER)
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    for cell, word in zip(table.rows[0].cells, header):
        cell.text = word
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row):
            if c not in merged:
                table.cell(r, c).text = text
    for c in merged:
        starts = [r for r, row in enumerate(rows, 1) if row[c]] + [len(rows) + 1]
        for top, nxt in zip(starts, starts[1:]):
            cell = table.cell(top, c)
            if nxt - top > 1:
                cell = cell.merge(table.cell(nxt - 1, c))
            cell.text = rows[top - 1][c]
    doc.save(path)
    return path


def _xlsx(path: Path, header, rows, merged: tuple[int, ...]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([LETTER])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(list(header))
    for row in rows:
        ws.append([int(t) if t.isdecimal() else (t or None) for t in row])
    for c in merged:
        starts = [r for r, row in enumerate(rows, 3) if row[c]] + [len(rows) + 3]
        for top, nxt in zip(starts, starts[1:]):
            if nxt - top > 1:
                ws.merge_cells(start_row=top, start_column=c + 1, end_row=nxt - 1, end_column=c + 1)
    wb.save(path)
    return path


def _in(container: str, tmp_path: Path, html: str, header, lines, merged: tuple[int, ...]):
    """The notice of one table in ``container``: a page, a TAB copy, a .docx or a .xlsx."""
    if container == "html":
        return extract(_page(html), name="p.html")
    if container == "tab":
        return extract(_tab_copy(header, lines), name="n.txt")
    build = _docx if container == "docx" else _xlsx
    return extract_file(build(tmp_path / f"t.{container}", header, lines, merged))


@pytest.fixture(params=["html", "docx", "xlsx", "tab"])
def projects(request, tmp_path):
    return _in(request.param, tmp_path, _project_html(), PROJECT_HEADER, _project_lines(), (0, 1))


def test_a_merged_number_numbers_the_project_and_the_rows_by_place(projects):
    assert _got(projects) == PROJECT_WANT
    assert _sections(projects) == PROJECT_SECTIONS
    nos = [m.measure_no for m in projects.measures]
    assert len(set(nos)) == len(nos)   # the rerun diff keys on them


def test_each_row_of_a_project_keeps_its_own_leader_and_units(projects):
    m = projects.measures[5]
    assert [a.name for a in m.lead] == ["区委宣传部"] and [a.name for a in m.support] == ["区城管局"]
    assert m.extra == {"区分管领导": "黄某某"} and m.deadline is None


def test_a_number_printed_on_each_row_beside_a_merged_name_stays_the_rows():
    """序号 numbering each row (1-7) while only 项目名称 is merged: the printed numbers are the
    rows' own, as before."""
    out = ["<table><tr>" + "".join(f"<td>{h}</td>" for h in PROJECT_HEADER) + "</tr>"]
    place = 0
    for _no, name, rows in PROJECTS:
        for k, row in enumerate(rows):
            place += 1
            merged = f"<td rowspan='{len(rows)}'>{name}</td>" if k == 0 else ""
            out.append(f"<tr><td>{place}</td>{merged}" + "".join(f"<td>{t}</td>" for t in row) + "</tr>")
    notice = extract(_page("".join(out) + "</table>"), name="p.html")
    assert _got(notice) == PROJECT_WANT
    assert [(s.no, s.title) for s in notice.sections] == [(no, title) for no, _label, title in PROJECT_SECTIONS]


# --- 2. a problem column and a target column merged over the measures answering them ----------------

RECTIFY_HEADER = ("序号", "存在问题", "整改目标", "整改措施", "责任领导", "牵头单位", "责任单位", "整改时限")
#: (problem, target, [(number, measure, leader, lead, support, deadline)])
PROBLEMS = (
    ("部分河段存在非法采砂现象，日常巡查不到位。", "非法采砂行为全部查处，建立常态巡查机制。", [
        ("1", "组织水利、公安联合执法，对非法采砂点逐一取缔。", "副县长 王××", "县水利局", "县公安局", "2023年5月31日"),
        ("2", "落实河长巡河制度，每月巡查不少于2次。", "副县长 王××", "县水利局", "各乡镇人民政府", "长期坚持")]),
    ("城区部分餐饮单位油烟直排。", "餐饮油烟全部达标排放。", [
        ("3", "督促餐饮单位安装油烟净化设施。", "副县长 赵××", "县城管局", "县市场监管局", "立行立改")]),
    ("农村生活垃圾清运不及时。", "建立村收集、镇转运、县处理体系。", [
        ("4", "为各行政村配齐垃圾收集箱和保洁员。", "副县长 赵××", "县住建局", "各乡镇人民政府", "2023年8月31日"),
        ("5", "新建乡镇垃圾中转站3座。", "副县长 赵××", "县住建局", "县发改局", "2023年12月31日")]),
)
RECTIFY_WANT = [(1, 1, "组织水利、公安联合执法，对非法采砂点逐一取缔。"), (2, 1, "落实河长巡河制度，每月巡查不少于2次。"),
                (3, 2, "督促餐饮单位安装油烟净化设施。"), (4, 3, "为各行政村配齐垃圾收集箱和保洁员。"),
                (5, 3, "新建乡镇垃圾中转站3座。")]
RECTIFY_SECTIONS = [(k, None, problem) for k, (problem, _target, _rows) in enumerate(PROBLEMS, 1)]


def _rectify_lines() -> list[tuple[str, ...]]:
    return [(row[0],) + ((problem, target) if k == 0 else ("", "")) + row[1:]
            for problem, target, rows in PROBLEMS for k, row in enumerate(rows)]


def _rectify_html(header=RECTIFY_HEADER, merged: bool = True) -> str:
    out = ["<table><tr>" + "".join(f"<td>{h}</td>" for h in header) + "</tr>"]
    for problem, target, rows in PROBLEMS:
        for k, row in enumerate(rows):
            if not merged:
                group = f"<td>{problem}{k or ''}</td><td>{target}</td>"
            else:
                group = f"<td rowspan='{len(rows)}'>{problem}</td><td rowspan='{len(rows)}'>{target}</td>" if k == 0 else ""
            out.append(f"<tr><td>{row[0]}</td>{group}" + "".join(f"<td>{t}</td>" for t in row[1:]) + "</tr>")
    return "".join(out) + "</table>"


@pytest.fixture(params=["html", "docx", "xlsx", "tab"])
def rectified(request, tmp_path):
    return _in(request.param, tmp_path, _rectify_html(), RECTIFY_HEADER, _rectify_lines(), (1, 2))


def test_the_merged_problem_column_groups_the_measures_answering_it(rectified):
    assert _got(rectified) == RECTIFY_WANT
    assert _sections(rectified) == RECTIFY_SECTIONS


def test_the_target_beside_the_problem_stays_beside_the_measure(rectified):
    first, m = rectified.measures[:2]   # a text copy prints the merged target on the group's first row only
    assert first.extra == {"整改目标": PROBLEMS[0][1], "责任领导": "副县长 王××"}   # the problem is the section
    assert m.extra["责任领导"] == "副县长 王××"
    assert [a.name for a in m.lead] == ["县水利局"] and [a.name for a in m.support] == ["各乡镇人民政府"]
    assert m.deadline == "长期坚持"


@pytest.mark.parametrize("word", ["反馈问题", "巡察发现问题", "问题表现"])
def test_other_words_over_the_problem_column(word):
    header = (RECTIFY_HEADER[0], word) + RECTIFY_HEADER[2:]
    notice = extract(_page(_rectify_html(header)), name="p.html")
    assert _got(notice) == RECTIFY_WANT
    assert [s.title for s in notice.sections] == [p for p, _t, _r in PROBLEMS]


def test_a_problem_printed_on_each_row_apart_groups_nothing():
    """Every row its own problem, nothing merged (a list of one measure a problem): no sections,
    the problem stays beside the measure, as before."""
    notice = extract(_page(_rectify_html(merged=False)), name="p.html")
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(k, None) for k in range(1, 6)]
    assert notice.sections == () and notice.measures[0].extra["存在问题"] == PROBLEMS[0][0]


# --- 3. two project lists in one notice, each numbering its projects from 1 ------------------------

#: (the list's title, [(number, project, [(content, leader, lead, support)])]): the second list
#: numbers its projects from 1 again
TWO_LISTS = (
    ("2024年重点项目责任分解表", (
        ("1", "建设产业园区", [("建成标准厂房5万平方米。", "陈某某", "区工信局", "区财政局"),
                              ("引进入园企业10家。", "陈某某", "区商务局", "区工信局")]),
        ("2", "改造老旧街区", [("改造背街小巷12条。", "林某某", "区住建局", "各街道办事处")]))),
    ("2024年民生实事责任分解表", (
        ("1", "办好托育服务", [("新增普惠托位300个。", "黄某某", "区卫健局", "区教育局"),
                              ("新建社区托育点6个。", "黄某某", "区卫健局", "各街道办事处")]),
        ("2", "提升养老服务", [("建成社区食堂8个。", "黄某某", "区民政局", "各街道办事处"),
                              ("新增养老床位200张。", "黄某某", "区民政局", "区发改局")]))),
)
#: each list's rows numbered by their place in it, as a table of its own restarts its numbers
TWO_LISTS_WANT = [(1, 1, "建成标准厂房5万平方米。"), (2, 1, "引进入园企业10家。"), (3, 2, "改造背街小巷12条。"),
                  (1, 3, "新增普惠托位300个。"), (2, 3, "新建社区托育点6个。"), (3, 4, "建成社区食堂8个。"),
                  (4, 4, "新增养老床位200张。")]
TWO_LISTS_SECTIONS = [(1, "1", "建设产业园区"), (2, "2", "改造老旧街区"), (3, "1", "办好托育服务"),
                      (4, "2", "提升养老服务")]
TWO_LISTS_LETTER = "某区人民政府办公室关于印发两张责任分解表的通知"


def _project_rows_html(projects) -> str:
    out = []
    for no, name, rows in projects:
        for k, row in enumerate(rows):
            merged = f"<td rowspan='{len(rows)}'>{no}</td><td rowspan='{len(rows)}'>{name}</td>" if k == 0 else ""
            out.append(f"<tr>{merged}" + "".join(f"<td>{t}</td>" for t in row) + "</tr>")
    return "".join(out)


def _two_lists(container: str):
    header = "<tr>" + "".join(f"<td>{h}</td>" for h in PROJECT_HEADER) + "</tr>"
    if container == "two-tables":
        html = "".join(f"<p>{title}</p><table>{header}{_project_rows_html(projects)}</table>"
                       for title, projects in TWO_LISTS)
        return extract(_page(html, TWO_LISTS_LETTER), name="p.html")
    if container == "one-table":   # the second list under its header printed again in the same table
        html = "<table>" + "".join(header + _project_rows_html(projects) for _t, projects in TWO_LISTS) + "</table>"
        return extract(_page(html, TWO_LISTS_LETTER), name="p.html")
    lines = [TWO_LISTS_LETTER]
    for title, projects in TWO_LISTS:
        lines += [title, "\t".join(PROJECT_HEADER)]
        lines += ["\t".join(((no, name) if k == 0 else ("", "")) + row)
                  for no, name, rows in projects for k, row in enumerate(rows)]
    return extract(("\n".join(lines) + "\n").encode("utf-8"), name="n.txt")


@pytest.mark.parametrize("container", ["two-tables", "one-table", "tab"])
def test_two_lists_each_numbering_its_projects_from_one_number_their_rows_each_from_one(container):
    """The rows are numbered by place within their list: where the projects' printed numbers
    start again at 1 another list starts, as a second table of its own does; before, a copy that
    printed both in one grid (a TAB copy, or one table with the header again) went on 4, 5, ..."""
    notice = _two_lists(container)
    assert _got(notice) == TWO_LISTS_WANT
    assert _sections(notice) == TWO_LISTS_SECTIONS


def test_a_list_continued_under_its_header_printed_again_goes_on_numbering():
    """A header printed again over projects that go on numbering (3 after 2: a table continued on
    the next page) continues the list and its rows' places."""
    header = "<tr>" + "".join(f"<td>{h}</td>" for h in PROJECT_HEADER) + "</tr>"
    html = f"<table>{header}{_project_rows_html(PROJECTS[:2])}{header}{_project_rows_html(PROJECTS[2:])}</table>"
    notice = extract(_page(html), name="p.html")
    assert _got(notice) == PROJECT_WANT
    assert _sections(notice) == PROJECT_SECTIONS


def test_a_project_printed_again_under_its_header_printed_again_goes_on_numbering():
    """A page break inside project 3: the header printed again, then 3 and its name printed again
    over the project's remaining rows (no merge across the break).  The same number and name
    continue that project (3 after 3), and its rows' places go on; only a number AND name of
    another group at or below the last one's start another list."""
    header = "<tr>" + "".join(f"<td>{h}</td>" for h in PROJECT_HEADER) + "</tr>"
    no, name, rows = PROJECTS[2]
    cut = ((no, name, rows[:1]),), ((no, name, rows[1:]),)
    html = (f"<table>{header}{_project_rows_html(PROJECTS[:2] + cut[0])}{header}"
            f"{_project_rows_html(cut[1] + PROJECTS[3:])}</table>")
    notice = extract(_page(html), name="p.html")
    assert _got(notice) == PROJECT_WANT
    assert _sections(notice) == PROJECT_SECTIONS


# --- 4. a number merged over two tasks inside a 类别 group that numbers its rows itself -----------

CATEGORY_HEADER = ("类别", "序号", "重点任务", "牵头单位", "配合单位")
#: (category, [(number or "" under a number merged from the row above, task, lead, support)])
CATEGORIES = (
    ("一、稳定粮食生产", [("1", "落实耕地地力保护补贴。", "县农业农村局", "县财政局"),
                         ("", "完成高标准农田建设1.2万亩。", "县农业农村局", "县水利局"),
                         ("2", "开展粮食收储能力提升行动。", "县发改局", "县粮食中心")]),
    ("二、改善农村人居环境", [("3", "完成农村户厕改造800户。", "县农业农村局", "县卫健局"),
                            ("4", "新建农村公路30公里。", "县交通运输局", "各乡镇人民政府")]),
)
#: the merged number is each of its rows' number as printed; the categories' 一、二、 number the groups
CATEGORY_WANT = [(1, 1, "落实耕地地力保护补贴。"), (1, 1, "完成高标准农田建设1.2万亩。"),
                 (2, 1, "开展粮食收储能力提升行动。"), (3, 2, "完成农村户厕改造800户。"), (4, 2, "新建农村公路30公里。")]
CATEGORY_SECTIONS = [(1, "一、", "稳定粮食生产"), (2, "二、", "改善农村人居环境")]


def _category_html(categories=CATEGORIES) -> str:
    out = ["<table><tr>" + "".join(f"<td>{h}</td>" for h in CATEGORY_HEADER) + "</tr>"]
    for category, rows in categories:
        for k, (no, *cells) in enumerate(rows):
            group = f"<td rowspan='{len(rows)}'>{category}</td>" if k == 0 else ""
            span = 1 + next((j for j, r in enumerate(rows[k + 1:]) if r[0]), len(rows) - k - 1)
            number = "" if not no else f"<td rowspan='{span}'>{no}</td>"
            out.append(f"<tr>{group}{number}" + "".join(f"<td>{t}</td>" for t in cells) + "</tr>")
    return "".join(out) + "</table>"


def _category_lines(categories=CATEGORIES) -> list[tuple[str, ...]]:
    return [(category if k == 0 else "",) + row for category, rows in categories for k, row in enumerate(rows)]


@pytest.mark.parametrize("container", ["html", "docx", "xlsx"])
def test_a_number_merged_over_two_tasks_inside_a_category_stays_each_rows(container, tmp_path):
    """The 类别 cells name the groups (一、二、) and the 序号 numbers the rows under them, one
    number merged over two tasks: that number stays both rows' as printed and the later rows keep
    theirs (fixtures/README "measure_no"); before, a number merged inside a merged group was read
    as numbering the group, and every row from it on was numbered by place."""
    notice = _in(container, tmp_path, _category_html(), CATEGORY_HEADER, _category_lines(), (0, 1))
    assert _got(notice) == CATEGORY_WANT
    assert _sections(notice) == CATEGORY_SECTIONS


def test_a_tab_copy_of_the_category_table_numbers_its_rows_as_the_copy_without_categories():
    """A TAB copy prints the merged number once and leaves the cell under it empty: its rows
    are numbered as the same copy without the 类别 column numbers them, not by place."""
    with_categories = extract(_tab_copy(CATEGORY_HEADER, _category_lines()), name="n.txt")
    without = extract(_tab_copy(CATEGORY_HEADER[1:], [r[1:] for r in _category_lines()]), name="n.txt")
    assert [m.measure_no for m in with_categories.measures] == [m.measure_no for m in without.measures]
    assert _sections(with_categories) == CATEGORY_SECTIONS


def test_a_number_merged_together_with_its_category_over_its_rows_still_numbers_the_group():
    """The look-alike the rule keeps: every category's number merged over exactly its rows (the
    number opens no row inside a group) numbers the groups, its rows by place."""
    categories = (("稳定粮食生产", [("1", "落实耕地地力保护补贴。", "县农业农村局", "县财政局"),
                                   ("", "完成高标准农田建设1.2万亩。", "县农业农村局", "县水利局")]),
                  ("改善农村人居环境", [("2", "完成农村户厕改造800户。", "县农业农村局", "县卫健局"),
                                       ("", "新建农村公路30公里。", "县交通运输局", "各乡镇人民政府")]))
    notice = extract(_page(_category_html(categories)), name="p.html")
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 1), (3, 2), (4, 2)]
    assert _sections(notice) == [(1, "1", "稳定粮食生产"), (2, "2", "改善农村人居环境")]


def test_rows_printing_their_own_number_under_a_merged_number_keep_it():
    """Where the merged 序号 numbers the group, a row whose task cell opens with a number of its own keeps
    that number, as printed, restarting or not (a city's measures （1）（2） under each group, holdout
    provtask-xian; a goal's items (1)…(n) running on, mergedgoal-zhonglou): only a row printing none is
    numbered by its place in the list (the fourth row: 4).  The number leaves the text."""
    projects = (("1", "提升基层医疗服务能力", [("（1）新建社区卫生服务站4个。", "陈某某", "区卫健局", "区财政局"),
                                             ("（2）免费体检2万人次。", "陈某某", "区卫健局", "各街道办事处")]),
                ("2", "完善公共交通设施", [("（1）新开通公交线路3条。", "林某某", "区交通运输局", "区公安分局"),
                                         ("更新新能源公交车50辆。", "林某某", "区交通运输局", "区财政局")]))
    out = ["<table><tr>" + "".join(f"<td>{h}</td>" for h in PROJECT_HEADER) + "</tr>"]
    for no, name, rows in projects:
        for k, row in enumerate(rows):
            merged = f"<td rowspan='{len(rows)}'>{no}</td><td rowspan='{len(rows)}'>{name}</td>" if k == 0 else ""
            out.append(f"<tr>{merged}" + "".join(f"<td>{t}</td>" for t in row) + "</tr>")
    notice = extract(_page("".join(out) + "</table>"), name="p.html")
    assert [(m.measure_no, m.section_no, m.text) for m in notice.measures] == [
        (1, 1, "新建社区卫生服务站4个。"), (2, 1, "免费体检2万人次。"), (1, 2, "新开通公交线路3条。"),
        (4, 2, "更新新能源公交车50辆。")]
