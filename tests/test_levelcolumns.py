"""A header naming a split index's levels as its columns (一级指标 | 二级指标 | … | 五级指标 | 责任科室): the deepest
level is the task column, the levels over it group the rows (tableheader.levels_as_task, docs/forms.md)."""
import pytest

from extractor.layout.tasktable import names_task_columns
from extractor.numbering import level_name
from extractor.parse.tableheader import levels_as_task

from test_table import parse_html

from lxml import html as lxml_html


LEVELS = """<table><tr><td>一级指标</td><td colspan=2>二级指标</td><td colspan=2>三级指标</td><td>四级指标</td>
  <td>责任科室、单位</td></tr>
  <tr><td rowspan=3>主动公开</td><td rowspan=3>重点领域信息</td><td rowspan=3>23</td><td rowspan=2>养老服务</td>
  <td rowspan=2>2</td><td>是否及时公开养老补贴政策（0.25</td><td>甲科</td></tr>
  <tr><td>是否按月公开补贴发放名单（0.5</td><td>甲科</td></tr>
  <tr><td>医疗卫生</td><td>3</td><td>是否公开基层政务公开标准目录（0.5</td><td>办公室</td></tr></table>"""


def test_the_deepest_level_holds_the_tasks_and_the_innermost_group_is_the_section():
    p = parse_html(LEVELS)
    assert [(s.no, s.title) for s in p.sections] == [(1, "养老服务"), (2, "医疗卫生")]
    assert [(m.section.no, m.measure_no, m.text, m.lead_cells) for m in p.measures] == [
        (1, 1, "是否及时公开养老补贴政策（0.25", ("甲科",)), (1, 2, "是否按月公开补贴发放名单（0.5", ("甲科",)),
        (2, 3, "是否公开基层政务公开标准目录（0.5", ("办公室",))]
    # the score column under a level's spanning name is kept beside the measure, never a unit or the task
    assert "23" in p.measures[0].extra.values() and "2" in p.measures[0].extra.values()


def test_a_mirror_in_traditional_characters_reads_alike():
    p = parse_html(LEVELS.replace("级指标", "級指標"))
    assert [m.text for m in p.measures] == [m.text for m in parse_html(LEVELS).measures]


def test_the_page_s_table_is_a_task_table():
    table = lxml_html.fromstring(LEVELS)
    assert names_task_columns(table)


@pytest.mark.parametrize("texts,roles,want", [
    # a task column named: the levels are left to the body (columns.settle_roles: 一级任务 | 二级任务 | 具体措施)
    (["一级任务", "二级任务", "具体措施", "牵头单位"], [None, None, "measure", "lead"], [None, None, "measure", "lead"]),
    # levels not counting up from 一级, or of two nouns: no split index
    (["二级指标", "三级指标", "责任单位"], [None, None, "responsible"], [None, None, "responsible"]),
    (["一级指标", "二级任务", "责任单位"], [None, None, "responsible"], [None, None, "responsible"]),
    # one level alone is one group column
    (["一级指标", "责任单位"], [None, "responsible"], [None, "responsible"]),
    (["一级指标", "二级指标", "三级指标", "责任单位"], [None, None, None, "responsible"],
     ["section", "section", "measure", "responsible"]),
])
def test_levels_as_task(texts, roles, want):
    assert levels_as_task(texts, roles) == want


@pytest.mark.parametrize("text,want", [
    ("二级指标", (2, "指标")), ("五級指標", (5, "指标")), ("十一级任务", (11, "任务")),
    ("指标", None), ("一级", None), ("省级牵头单位", None), ("第一级指标说明文字", None),
])
def test_level_name(text, want):
    assert level_name(text) == want
