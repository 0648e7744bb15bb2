"""A higher level's lead printed in a unit cell beside the notice's own units (``levellabels.higher_level_parts``;
tests/fixtures/README.md "A higher level's lead beside the notice's own units"): ``省牵头单位：省农业农村厅`` under a
city's 市 bureaus is no unit of the measure, kept in ``extra``; where the cell's own units print no level, or one at or
above the label's (a province's own 省牵头单位), the label is read as any label.  A 序号 cell's mark after its number
(``1*``) is no part of it (``tablerow.cell_number``).  Before, the line was one more lead, label and all, and the
marked rows had no number (holdout provlead-hangzhou-2021-1, batch 82)."""
from __future__ import annotations

import pytest

from extractor.parse.levellabels import higher_level_parts
from extractor.parse.tablerow import cell_number
from test_table import parse_html


def test_a_provinces_lead_under_a_citys_units_goes_to_extra():
    assert higher_level_parts(("市农业农村局、市商务局", "省牵头单位：省农业农村厅"), ()) == (
        ("市农业农村局、市商务局",), (), {"省牵头单位": "省农业农村厅"})
    assert higher_level_parts(("县发改局",), ("省级牵头部门: 省发展改革委", "市牵头单位：市发改委")) == (
        ("县发改局",), (), {"省级牵头部门": "省发展改革委", "市牵头单位": "市发改委"})


@pytest.mark.parametrize("lead", [
    ("省发展改革委、省财政厅", "省牵头单位：省发展改革委"),   # the province's own list: the same level
    ("杭州城西科创产业集聚区管委会", "省牵头单位：省科技厅"),   # no level the cell's units print
    ("市发改委", "牵头单位：市财政局"),                         # no level word before the label
    ("市发改委、市财政局",),                                     # no label at all
])
def test_a_label_of_the_cells_own_level_or_none_stays(lead):
    assert higher_level_parts(lead, ()) == (lead, (), {})


@pytest.mark.parametrize("text, number", [("1*", 1), ("5＊", 5), ("12★", 12), ("3", 3), ("（4）", 4)])
def test_a_mark_after_a_rows_number_is_no_part_of_it(text, number):
    assert cell_number(text) == number


def test_a_task_table_with_the_provinces_lead_in_its_unit_cells():
    parsed = parse_html("<table><tr><td>序号</td><td>重点工作任务</td><td>责任单位</td></tr>"
                        "<tr><td>1*</td><td>推进科创走廊建设。</td><td><p>市科技局、市发改委</p></td></tr>"
                        "<tr><td>2</td><td>用好专项债券。</td><td><p>市财政局</p><p>省牵头单位：省财政厅</p></td></tr>"
                        "</table>")
    assert [(d.measure_no, d.lead_cells, d.extra.get("省牵头单位")) for d in parsed.measures] == [
        (1, ("市科技局、市发改委",), None), (2, ("市财政局",), "省财政厅")]
