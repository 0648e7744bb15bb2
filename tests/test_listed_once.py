"""A catch-all a unit label's value names once with 不再列出 supports every later item (``unitlists.listed_once_units``,
``unitvalue._read_unit_value``; tests/fixtures/README.md "A catch-all a bracket names once for every item"; holdout
dutyrule-rongchang-2026-3, batch 96).  Invented notices, own words."""
from __future__ import annotations

import pytest

from extractor.engine.extract import extract_raw
from extractor.parse.unitvalue import read_unit_value
from extractor.parse.unitlists import every_item_rule, listed_once_units

from conftest import make_raw

GROUP = "各区县人民政府就业工作领导小组成员单位"

ONCE = f"""<html><head><meta charset="utf-8"><title>某区转发某市就业重点任务分工方案的通知</title></head><body>
<table class="box">
<tr><th>[ 索引号 ]</th><td>0001/2026-00003</td><th>[ 发文字号 ]</th><td>某府办发〔2026〕7号</td></tr>
<tr><th>[ 发布机构 ]</th><td>某区政府办公室</td><th>[ 成文日期 ]</th><td>2026-03-02</td></tr>
</table>
<h1>重庆市渝北区人民政府办公室关于转发某市就业重点任务分工方案的通知</h1>
<p>各镇街，区政府各部门：</p>
<p>现将某市就业重点任务分工方案转发给你们，请抓好落实。</p>
<p>重庆市渝北区人民政府办公室</p>
<p>2026年3月2日</p>
<p>（一）开展公共岗位招聘行动。</p>
<p>1.组织机关事业单位集中发布招聘岗位。（牵头单位：市人力社保局，责任单位：市财政局，{GROUP}按职责分工负责落实，不再列出）</p>
<p>2.开展就业困难人员岗位援助。（牵头单位：市人力社保局，责任单位：市民政局）</p>
<p>3.举办线上线下招聘会。（牵头单位：市人力社保局，责任单位：市总工会、{GROUP}）</p>
</body></html>"""


def _notice(page: str):
    return extract_raw(make_raw(page.encode("utf-8"), path="n.html"))


def _support(notice):
    return [[u.name for u in m.support] for m in notice.measures]


def test_a_catch_all_named_once_supports_every_later_item():
    """Before: the group supported item 1 alone, its 不再列出 a note naming nothing.  Item 3 names it already and
    takes it once."""
    assert _support(_notice(ONCE)) == [["市财政局", GROUP], ["市民政局", GROUP], ["市总工会", GROUP]]


def test_a_bracket_closing_a_list_with_xiatong_gives_later_items_nothing():
    """下同 closes a rule of reading (列第一位为牵头单位，下同), never a list printed once for every item."""
    page = ONCE.replace("按职责分工负责落实，不再列出", "按职责分工负责落实，下同")
    assert _support(_notice(page))[1] == ["市民政局"]


@pytest.mark.parametrize("clause,after,units", [
    (f"{GROUP}按职责分工负责落实", "不再列出", GROUP),
    ("各县（市、区）人民政府负责落实", "以下不再逐项列出", "各县（市、区）人民政府"),
    (f"{GROUP}按职责分工负责落实", "下同", None),              # a rule of reading's closing word
    ("请各单位认真落实", "不再列出", None),                    # no unit list before the verb
    (f"{GROUP}按职责分工负责落实", "不再列出具体任务", None),    # says more than that they are not listed
])
def test_listed_once_units(clause, after, units):
    assert listed_once_units(clause, after) == units


def test_the_value_keeps_the_clause_with_its_note():
    parts = read_unit_value(f"市财政局，{GROUP}按职责分工负责落实，不再列出")
    assert parts.notes == (f"{GROUP}按职责分工负责落实，不再列出",)
    assert every_item_rule(parts.notes[0]) == GROUP
