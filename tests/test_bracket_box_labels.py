"""A portal policy page listing its fields as ``[label] value`` items (``[发文机构] 北京市政务公开领导小组``,
``[成文日期] 2016-06-08``, ``[发文字号] 〔〕`` with an empty number), a province-level city's leading group as the
issuer, and bare plural level words before 政府 (县区政府) as a catch-all (holdout leadgroupbox-beijing-2016-1 and
numeralitems-unplaced-2011-2, batch 90: before, the list was no box, so the page, which prints no letter, had no
issuer or date; 县区政府 was unresolved)."""
from __future__ import annotations

import pytest

from extractor.agencies.registry import detect_city
from extractor.agencies.registry import default_patterns
from extractor.engine.extract import extract_raw

from conftest import make_raw

PAGE = """<html><head><title>某市工作分工_政策文件</title></head><body>
<div class="crumb">政务公开 &gt; 政策文件</div>
<ol>
<li>[主题分类] 综合政务</li>
<li>[发文机构] 北京市政务公开领导小组</li>
<li>[实施日期] </li>
<li>[成文日期] 2016-06-08</li>
<li>[发文字号] 〔〕</li>
<li>[发布日期] 2016-06-13</li>
</ol>
<p>北京市政务公开工作重点任务分工</p>
<p>一、推进决策公开</p>
<p>1.编制重大行政决策事项目录并向社会公布。</p>
<p>牵头单位：市政府办公厅</p>
<p>责任单位：各区政府</p>
<p>完成时限：2017年底</p>
</body></html>"""


def test_a_list_of_bracketed_labels_is_the_box():
    notice = extract_raw(make_raw(PAGE.encode("utf-8"), path="p.html"))
    assert (notice.issuer, notice.date, notice.doc_number) == ("北京市政务公开领导小组", "2016-06-08", None)
    # the box is out of the page: no field is read as an item or a unit
    assert [m.text for m in notice.measures] == ["编制重大行政决策事项目录并向社会公布。"]
    assert notice.measures[0].lead[0].canonical == "北京市人民政府办公厅"


def test_a_menu_of_bracketed_links_is_no_box():
    page = PAGE.replace("<li>[主题分类] 综合政务</li>", "<li>[首页]</li>").replace(
        "<li>[发文机构] 北京市政务公开领导小组</li>", "<li>[新闻]</li>").replace(
        "<li>[成文日期] 2016-06-08</li>", "<li>[专题]</li>").replace(
        "<li>[发文字号] 〔〕</li>", "<li>[互动]</li>").replace("<li>[发布日期] 2016-06-13</li>", "<li>[服务]</li>")
    notice = extract_raw(make_raw(page.encode("utf-8"), path="p.html"))
    assert notice.issuer is None and notice.date is None


@pytest.mark.parametrize("issuer,place", [
    ("北京市政务公开领导小组", "北京市"),               # a province-level city's leading group
    ("上海市创建全国文明城区工作领导小组办公室", "上海市"),
    ("南阳市创卫工作领导小组", "南阳市"),               # as before
    ("钦州港经济技术开发区管理委员会办公室", "钦州港经济技术开发区"),   # a zone signing stays the zone
    ("北京市人民政府办公厅", "北京市"),
    ("山东数字强省建设领导小组办公室", None),         # a campaign's name, no municipality: as before
])
def test_an_ad_hoc_office_places_the_notice(issuer, place):
    assert detect_city(issuer) == place


@pytest.mark.parametrize("name,group", [("县区政府", True), ("县市区政府", True), ("乡镇人民政府", True),
                                        ("区县政府", True), ("市区政府", False), ("县政府", False)])
def test_bare_plural_levels_before_the_government(name, group):
    assert default_patterns().is_group(name) is group


BOX_TABLE = """<html><head><meta charset="utf-8"><title>某区转发某市分工方案的通知</title></head><body>
<table class="box">
<tr><th>[ 索引号 ]</th><td>0001/2026-00003</td><th>[ 发文字号 ]</th><td>某府办发〔2026〕7号</td></tr>
<tr><th>[ 发布机构 ]</th><td>某区政府办公室</td><th>[ 成文日期 ]</th><td>2026-03-02</td></tr>
</table>
<h1>重庆市渝北区人民政府办公室关于转发某市就业重点任务分工方案的通知</h1>
<p>各镇街，区政府各部门：</p>
<p>现将某市就业重点任务分工方案转发给你们，请抓好落实。</p>
<p>重庆市渝北区人民政府办公室</p>
<p>2026年3月2日</p>
<p>1.组织机关事业单位集中发布招聘岗位。（牵头单位：市人力社保局，责任单位：市财政局）</p>
</body></html>"""


def test_a_box_table_printing_its_labels_in_square_brackets():
    """A 重庆 district portal's box prints each label in square brackets in a cell of its own (``[ 发文字号 ]``;
    holdout dutyrule-rongchang-2026-3, batch 96): before, the labels kept their brackets and no field was read."""
    notice = extract_raw(make_raw(BOX_TABLE.encode("utf-8"), path="p.html"))
    assert notice.doc_number == "某府办发〔2026〕7号"
    assert [m.text for m in notice.measures] == ["组织机关事业单位集中发布招聘岗位。"]
