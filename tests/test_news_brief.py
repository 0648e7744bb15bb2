"""A newspaper's brief on a province's division of tasks, posted on a news site: the lead sentence names
the government by its level alone (省政府就…提出分工意见) and the headline names the province by its short
name.  The issuer is that government in that province; the headline stays the title (holdout
newsbrief-shaanxi; docs/parsing.md "A news item's lead")."""
import pytest

from extractor import extract
from extractor.agencies.placeclues import province_from_titles, unit_names
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw

ITEMS = ("<p>1、推进秦岭生态保护区划定，完成退耕还林任务。（省林业厅、省环保厅等负责）</p>"
         "<p>2、新建改建农村公路三千公里。（省交通运输厅牵头）</p>"
         "<p>3、完善城乡居民基本医疗保险制度。（省卫生计生委等负责）</p>")


def brief_page(headline: str, lead: str, items: str = ITEMS) -> str:
    return (f"<html><head><title>{headline} - 某某新闻网</title></head><body><div class='nav'>首页 | 新闻</div>"
            f"<h1>{headline}</h1><div class='time'>12.03.2016 08:15</div>"
            f"<div class='content'><p>{lead}</p>{items}<p>本报记者 王×</p></div>"
            "<div class='foot'>版权所有 某某新闻网</div></body></html>")


def meta_of(html: str):
    return parse_metadata(locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html"))))


LEAD = "记者昨日获悉，省政府就落实《政府工作报告》中的年度重点工作提出分工意见。本报梳理了其中一部分。"


def test_a_brief_naming_its_government_by_level_is_that_provinces_government():
    notice = extract(brief_page("甘肃《政府工作报告》重点工作分工明确", LEAD).encode("utf-8"), name="p.html")
    assert notice.city == "甘肃省"
    assert (notice.issuer, notice.title) == ("甘肃省人民政府", "甘肃《政府工作报告》重点工作分工明确")
    assert notice.doc_number is None and notice.recipients == ()
    names = {r.name: r.canonical for m in notice.measures for r in (*m.lead, *m.support)}
    assert names["省交通运输厅"] == "甘肃省交通运输厅"


def test_a_brief_naming_its_government_in_full_issues_it_at_once():
    lead = "日前，甘肃省人民政府印发重点工作分工方案。方案明确了各项任务的牵头部门。"
    m = meta_of(brief_page("重点工作分工明确", lead))
    assert (m.issuer, m.title) == ("甘肃省人民政府", "重点工作分工明确")


def test_a_level_alone_with_no_place_found_names_no_issuer():
    """Negative: the headline names no province, nothing else places the notice: no issuer is made up."""
    notice = extract(brief_page("《政府工作报告》重点工作分工明确", LEAD).encode("utf-8"), name="p.html")
    assert notice.city is None and notice.issuer is None


@pytest.mark.parametrize("lead", [
    "记者昨日获悉，省政府常务会议研究了重点工作。",            # no document issued
    "省政府就重点工作提出要求，各部门要抓好落实。",             # a demand, no kind of document
    "近日，省政府印发通知，要求贯彻落实分工意见。",             # what a notice asks, not the page's document
])
def test_a_lead_issuing_no_document_names_no_issuer(lead):
    notice = extract(brief_page("甘肃《政府工作报告》重点工作分工明确", lead).encode("utf-8"), name="p.html")
    assert notice.issuer is None


@pytest.mark.parametrize("cells,titles,expected", [
    (["省发改委", "省财政厅、省交通运输厅"], ["甘肃《政府工作报告》重点工作分工明确"], "甘肃省"),
    (["省发改委", "省财政厅"], ["吉林出台稳增长措施"], "吉林省"),           # 吉林: the units print 省, so the province
    # negative: a city's or county's units (市发改委): a title opening with a province's name is no clue to it
    (["市发改委", "市财政局"], ["甘肃《政府工作报告》重点工作分工明确"], None),
    # negative: the province's short name inside the title, not opening it; or a city of that name opening it
    (["省发改委", "省财政厅"], ["关于甘肃重点工作分工的说明"], None),
    (["省发改委", "省财政厅"], ["吉林市重点工作分工明确"], None),
])
def test_a_headline_opening_with_a_provinces_short_name_places_a_provinces_units(cells, titles, expected):
    assert province_from_titles(unit_names(cells), titles) == expected


ZJ_ITEMS = ("<p>1. 稳企业、防风险。实施《浙江省民营企业发展促进条例》，优化发展环境。</p><p>牵头单位：省发展改革委、省经信厅</p>"
            "<p>2. 杭州城西科创大走廊建设。推动创新要素集聚。</p><p>牵头单位：杭州市政府、省科技厅</p>")


@pytest.mark.parametrize("lead, issuer", [
    # the notice named by its subject and kind after 的, then what it publishes (holdout leaderlbl-zhejiang, batch 61)
    ("近日，省政府办公厅印发2020年政府工作报告重点工作责任分解的通知，公布省长、副省长牵头的重点工作的责任单位。",
     "浙江省人民政府办公厅"),
    # a notice said to ask for something else names no issuer, as before
    ("近日，省政府办公厅印发2020年政府工作报告重点工作责任分解的通知，要求各地抓好落实。", None),
])
def test_a_lead_naming_a_notice_by_its_subject_then_what_it_publishes(lead, issuer):
    notice = extract(brief_page("省政府印发2020年政府工作报告重点工作责任分解通知", lead, ZJ_ITEMS).encode("utf-8"),
                     name="p.html")
    assert notice.city == "浙江省"
    assert (notice.issuer, notice.title) == (issuer, "省政府印发2020年政府工作报告重点工作责任分解通知")
