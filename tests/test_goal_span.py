"""A target table whose goal header spans two columns: a numbered goal and, beside it, its
sub-targets (—— opened), the goal merged down over its sub-target rows; a goal with no sub-targets
spans both columns and is a task of its own.  The goal column is the section column (a goal beside
sub-target cells is a section, its label and title as printed), a goal spanning both columns is the
row's own task with no section and no number of its own (the goals' numbers are the level's), and
the rows are numbered by place (tests/fixtures/README.md; docs/forms.md "Two task columns").
Written for holdout batch 28's 分解书 shape, in other words: a city's invented plan."""
from __future__ import annotations

import pytest

from extractor.engine.extract import extract


def _page(goal_word: str = "发展指标", unit_words=("牵头部门", "配合部门"), first=True) -> bytes:
    head = (("<td>板块</td>" if first else "")
            + f"<td colspan='2'>{goal_word}</td><td>{unit_words[0]}</td><td>{unit_words[1]}</td>")
    lead = "<td rowspan='5'>&nbsp;</td>" if first else ""
    rows = [
        f"<tr>{lead}<td rowspan='2'><p>1.城乡居民收入稳步增长。</p><p>&nbsp;</p></td>"
        "<td><p>——农村居民人均可支配收入年均增长8%。</p></td><td>市农业农村局</td><td><p>市统计局</p></td></tr>",
        "<tr><td><p>——城镇居民收入增长与经济增长同步。</p><p>——工资指导线每年发布。</p></td>"
        "<td>市人社局</td><td><p>市统计局</p><p>市财政局</p></td></tr>",
        "<tr><td colspan='2'><p>2.公共文化服务体系更加健全。</p></td><td>市文广旅局</td><td><p>市财政局</p></td></tr>",
        "<tr><td colspan='2'><p>3.每万人拥有公共图书馆藏书量增加。</p></td><td>市文广旅局</td><td><p>市教育局</p></td></tr>",
        "<tr><td><p>1.全民健身设施覆盖城乡。</p></td><td><p>——每个街道建成一处健身中心。</p></td>"
        "<td>市体育局</td><td><p>市住建局</p></td></tr>",
    ]
    if not first:
        rows = [r.replace(lead, "") for r in rows]
    return ("<html><head><meta charset='utf-8'><title>某市发展目标责任分解表</title></head><body>"
            "<h1>某市发展目标责任分解表</h1><div class='content'><table>"
            f"<tr>{head}</tr>{''.join(rows)}</table></div></body></html>").encode("utf-8")


WANT = [
    (1, 1, "农村居民人均可支配收入年均增长8%。", ("市农业农村局",), ("市统计局",)),
    (2, 1, "城镇居民收入增长与经济增长同步。——工资指导线每年发布。", ("市人社局",), ("市统计局", "市财政局")),
    (3, None, "公共文化服务体系更加健全。", ("市文广旅局",), ("市财政局",)),
    (4, None, "每万人拥有公共图书馆藏书量增加。", ("市文广旅局",), ("市教育局",)),
    (5, 2, "每个街道建成一处健身中心。", ("市体育局",), ("市住建局",)),
]


def _rows(notice):
    return [(m.measure_no, m.section_no, m.text, tuple(r.name for r in m.lead), tuple(r.name for r in m.support))
            for m in notice.measures]


@pytest.mark.parametrize("first", [True, False])
@pytest.mark.parametrize("goal_word", ["发展指标", "主要目标", "重点任务"])
def test_a_goal_beside_its_sub_targets_is_a_section_and_a_goal_across_both_is_a_task(goal_word, first):
    notice = extract(_page(goal_word, first=first), name="goals.html")
    assert _rows(notice) == WANT
    # the goal numbers restart (1. again): the sections are numbered by place, their labels as printed
    assert [(s.no, s.label, s.title) for s in notice.sections] == [
        (1, "1.", "城乡居民收入稳步增长。"), (2, "1.", "全民健身设施覆盖城乡。")]


def _table_page(title: str, rows: list[str]) -> bytes:
    return ("<html><head><meta charset='utf-8'></head><body>"
            f"<h1>{title}</h1><div class='content'><table>{''.join(rows)}</table></div></body></html>").encode("utf-8")


def _heading_page() -> bytes:
    """The look-alike: a section column whose heading row spans the section and task columns and names
    no unit (二、 over the rows below it, their own section cells left blank)."""
    rows = [
        "<tr><td>类别</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>",
        "<tr><td rowspan='2'>一、稳定增长</td><td>新开工亿元以上项目二十个。</td><td>县发改局</td><td>县财政局</td></tr>",
        "<tr><td>规上工业增加值增长百分之七。</td><td>县工信局</td><td>县统计局</td></tr>",
        "<tr><td colspan='2'>二、改善民生</td><td></td><td></td></tr>",
        "<tr><td></td><td>新增城镇就业一千人。</td><td>县人社局</td><td>县财政局</td></tr>",
        "<tr><td></td><td>改造农村危房一百户。</td><td>县住建局</td><td>县民政局</td></tr>",
    ]
    return _table_page("某县重点工作分解表", rows)


def test_a_heading_across_the_section_and_task_columns_naming_no_unit_still_heads_a_section():
    notice = extract(_heading_page(), name="heads.html")
    assert [(s.no, s.label, s.title) for s in notice.sections] == [(1, "一、", "稳定增长"), (2, "二、", "改善民生")]
    assert [(m.section_no, m.text) for m in notice.measures] == [
        (1, "新开工亿元以上项目二十个。"), (1, "规上工业增加值增长百分之七。"),
        (2, "新增城镇就业一千人。"), (2, "改造农村危房一百户。")]


def _named_rows_page() -> bytes:
    """The look-alike: a task header over two columns whose first names each row apart (1. 2. 3., no
    merges): a label beside the measure, no level, though one name spans both columns."""
    rows = [
        "<tr><td colspan='2'>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>",
        "<tr><td>1.道路提质</td><td>完成国省干线提质改造十公里。</td><td>县交通局</td><td>县财政局</td></tr>",
        "<tr><td>2.管网改造</td><td>改造城区老旧供水管网五公里。</td><td>县住建局</td><td>县水务局</td></tr>",
        "<tr><td>3.垃圾分类</td><td>建成垃圾分类投放点二十处。</td><td>县城管局</td><td>县财政局</td></tr>",
        "<tr><td colspan='2'>4.全面推行河长制。</td><td>县水利局</td><td>县生态环境分局</td></tr>",
    ]
    return _table_page("某县民生工程分解表", rows)


def test_a_first_column_naming_each_row_apart_is_no_level_though_one_name_spans_both():
    notice = extract(_named_rows_page(), name="named.html")
    assert notice.sections == ()
    assert [m.section_no for m in notice.measures] == [None] * 4
    assert [m.text for m in notice.measures][:3] == [
        "完成国省干线提质改造十公里。", "改造城区老旧供水管网五公里。", "建成垃圾分类投放点二十处。"]
