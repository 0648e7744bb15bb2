"""Where a letterless list's heading stands, not the word it ends with, makes it the list's table title
(tests/fixtures/README.md ``table_title``): the page's own heading alone over the items names them whatever its
last word (…为民办实事项目, …区政府重点工作, a headline's …出炉); a headline with a lead and a byline between it
and the items is a news item's; and a later entry of the letter's list of attachments names no table under it."""
import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.parse.attachlist import lists_attachments
from extractor.source.decode import decode_bytes

from conftest import make_raw

ITEMS = ("<p>1.新建社区养老服务站10个，为高龄老人配备呼叫设备。</p>"
         "<p>责任部门：民政局　　配合部门：各街道</p>"
         "<p>2.改造农贸市场3家，完善周边停车设施。</p>"
         "<p>责任部门：商务局　　配合部门：城管局</p>")

BRACKET_ITEMS = ("<p>一、办好民生实事</p>"
                 "<p>(1)新增公办幼儿园学位900个。(责任单位:县教育局)</p>"
                 "<p>(2)改造农村公路40公里。(责任单位:县交通运输局、各乡镇)</p>")


def portal_page(heading: str, body: str, site: str = "某区人民政府") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{heading}_{site}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a></div><div class='article'>"
            f"<h2>{heading}</h2><div class='info'>来源：区政府办&nbsp;&nbsp;日期：2019-03-01</div>"
            f"<div class='content'>{body}</div></div><div class='foot'>主办：{site}办公室</div></body></html>")


def meta_of(html: str):
    return parse_metadata(locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html"))))


@pytest.mark.parametrize("heading, body, site", [
    ("西岗区2012年为民办实事项目", ITEMS, "大连市西岗区人民政府"),            # a district, 2012, a list ending in 项目
    ("2022年区政府重点工作", BRACKET_ITEMS, "上海市嘉定区人民政府"),          # a municipality's district, 重点工作
    ("2024年十大民生实事项目出炉", ITEMS, "宁波市奉化区人民政府"),            # a headline ending in a verb
    ("城步苗族自治县2016年十件实事", BRACKET_ITEMS, "城步苗族自治县人民政府"),  # an autonomous county, 2016
    ("2008年市政府为民办实事", ITEMS, "株洲市人民政府"),                      # a city, 2008
])
def test_the_page_heading_alone_over_a_letterless_list_names_it(heading, body, site):
    m = meta_of(portal_page(heading, body, site))
    assert (m.title, m.table_title) == (heading, heading)


def test_a_heading_with_an_opening_paragraph_under_it_is_not_the_only_line_over_the_list():
    body = "<p>今年区政府将集中力量办好以下民生实事，现将项目及责任部门公布如下。</p>" + ITEMS
    m = meta_of(portal_page("西岗区2012年为民办实事项目", body))
    assert m.title == "西岗区2012年为民办实事项目"
    assert m.table_title is None


@pytest.mark.parametrize("heading", [
    "某区人民政府办公室关于公布2012年为民办实事项目的通知",   # a letter's title
    "聚焦民生，西岗区2012年实事项目",                          # a clause's mark: a sentence, no heading
])
def test_a_heading_of_no_title_shape_names_no_list(heading):
    assert meta_of(portal_page(heading, ITEMS)).table_title is None


NEWS = ("<p>原标题：九件实事惠民生——</p><p>{h}</p>"
        "<p>近日，市政府印发年度民生实事项目清单，计划投入资金3亿元。</p>"
        "<p>市绩效办负责人介绍，将对每件实事按月排定进度。</p>"
        "<p>□ 本报记者 张某</p>"
        "<p>一、城建类</p><p>1.城北污水处理厂扩建项目</p><p>新增日处理能力5万吨。</p><p>责任单位：市住建局。</p>"
        "<p>2.老旧小区改造项目</p><p>改造小区30个。</p><p>责任单位：市住建局。</p>")


def test_a_lone_bullet_byline_opens_no_outline_so_the_news_headline_names_no_list():
    heading = "2023年市级民生实事清单"
    m = meta_of(portal_page(heading, NEWS.format(h=heading), "某日报"))
    assert m.table_title is None


def test_bullets_that_recur_are_still_the_outline_under_the_heading():
    heading = "2023年市级民生实事清单"
    body = "".join(f"<p>□ {t}（责任单位：市{u}）</p>" for t, u in (("新建公园5个。", "园林局"),
                                                                ("改造道路10条。", "交通局")))
    assert meta_of(portal_page(heading, body)).table_title == heading


TABLE = ("<table border='1'><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
         "<tr><td>1</td><td>新增托位500个</td><td>市卫健局</td></tr>"
         "<tr><td>2</td><td>改造老旧小区10个</td><td>市住建局</td></tr>"
         "<tr><td>3</td><td>新建城市书房3家</td><td>市文广旅局</td></tr></table>")


def letter_page(attachments: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>通报</title></head><body>"
            "<h1>某市人民政府办公室关于2021年度民生实事项目完成情况的通报</h1>"
            "<p>各镇人民政府、街道办事处，市政府各部门：</p>"
            "<p>2021年度民生实事均按期完成，现将完成情况通报如下。</p>"
            f"{attachments}{TABLE}</body></html>")


def test_the_last_entry_of_a_list_of_attachments_names_no_table_under_it():
    page = letter_page("<p>附件：1.2021年度省级民生实事项目完成情况</p><p>2.2021年度市级民生实事项目完成情况</p>")
    assert meta_of(page).table_title is None


def test_an_attachment_line_naming_one_attachment_still_heads_the_table():
    page = letter_page("<p>附件：2021年度市级民生实事项目完成情况</p>")
    assert meta_of(page).table_title == "2021年度市级民生实事项目完成情况"


@pytest.mark.parametrize("lines, at, listed", [
    (["附件：1.甲方案", "2.乙清单", "3.丙分工表"], 2, True),
    (["附件：1.甲方案", "2.乙清单"], 1, True),
    (["附件: 1、2022年度甲清单", "2、2022年度乙清单"], 1, True),
    (["附件：1.甲方案", "3.丙分工表"], 1, False),           # a number skipped: no run down to 1
    (["1.甲方案", "2.乙清单"], 1, False),                   # numbered items with no 附件 mark: the letter's list
    (["附件2：甲方案", "2.乙清单"], 1, False),              # an attachment's own label is no list's first entry
    (["附件：1.甲方案", "2.乙清单"], 0, False),             # the first entry is the 附件 line's own
])
def test_lists_attachments(lines, at, listed):
    assert lists_attachments(lines, at) is listed
