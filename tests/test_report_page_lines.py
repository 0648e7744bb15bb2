"""Metadata of a report page with no letter, or a short report signed by an office (holdout batch 46).

Shapes of the batch's pages, written again in other words for other places: a portal's information line
whose display controls carry a colon (文字大小：… 背景色：), a news site's repost line printing the day and
one source label, a metadata box label naming two fields with a slash (备注/文号), a table's name centred
in 《》, and a short report signed by an office and dated by six digits that lost 年, 月 and 日.
"""
from __future__ import annotations

from extractor import extract

TABLE = ("<table border='1'><tr><td>序号</td><td>主要任务</td><td>牵头单位</td><td>落实情况</td></tr>"
         "<tr><td>1</td><td>城镇新增就业1万人</td><td>市人社局</td><td>已新增0.6万人。</td></tr>"
         "<tr><td>2</td><td>新建农村公路80公里</td><td>市交通运输局</td><td>已完成52公里。</td></tr></table>")


def _page(head: str, body: str = "") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>页面</title></head><body>" + head
            + "<div class='content'>" + body + TABLE + "</div></body></html>").encode("utf-8")


def test_a_display_control_with_a_colon_ends_the_source():
    page = _page("<h1>2024年主要任务上半年完成情况</h1><div>发布时间:2024-07-30 09:12信息来源:某某市人民政府办公室"
                 "文字大小:[大 中 小] 背景色:</div>")
    notice = extract(page, name="p.html")
    assert notice.issuer == "某某市人民政府办公室"
    assert notice.date == "2024-07-30"


def test_a_news_sites_line_of_the_day_and_a_source_issues_and_dates_the_report():
    page = _page("<h1>2023年度重点工作任务完成情况</h1><div class='crumb'>新闻中心 &gt; 文件政策</div>"
                 "<div class='meta'>2024-01-19 00:00 来源: 某某市人民政府</div>")
    notice = extract(page, name="p.html")
    assert notice.issuer == "某某市人民政府"
    assert notice.date == "2024-01-19"
    assert notice.table_title == "2023年度重点工作任务完成情况"


def test_a_box_label_naming_two_fields_gives_the_doc_number():
    page = _page("<ul><li>索 引 号:XM001-2023-7</li><li>备注/文号:某营商办〔2023〕9号</li><li>发布机构:某某市发展和改革委员会</li>"
                 "<li>成文日期:2023-05-10</li></ul>",
                 "<p>某某市营商环境工作小组办公室关于印发任务分解表的通知</p><p>各区人民政府,市直各单位:</p>"
                 "<p>现将任务分解表印发给你们,请认真贯彻落实。</p><p>某某市营商环境工作小组办公室</p><p>2023年5月10日</p>"
                 "<p>《某某市营商环境提升行动任务分解表》</p>")
    notice = extract(page, name="p.html")
    assert notice.doc_number == "某营商办〔2023〕9号"
    assert notice.table_title == "某某市营商环境提升行动任务分解表"


def test_six_digits_under_the_office_that_signs_date_the_report_and_the_office_issues_it():
    page = _page("<h1>2024年四季度重点工作完成情况</h1><div>浏览次数:信息来源: 某区人民政府发布时间:2025-02-08 12:00</div>",
                 "<p>根据区政府重点工作安排,现将四季度完成情况通报如下:</p><p>一、完成情况</p>"
                 "<p>全年重点工作已完成大部分,少数序时推进。</p><p>某区督查考核办公室</p><p>202528</p>"
                 "<p>附件</p><p>2024年四季度区政府重点工作完成情况汇总表</p>")
    notice = extract(page, name="p.html")
    assert notice.issuer == "某区督查考核办公室"
    assert notice.date == "2025-02-08"


REPORT = ("<html><head><meta charset='utf-8'><title>2022年目标任务完成情况</title></head><body><div class='content'>"
          "<p>2022年目标任务完成情况</p>"
          "<p>2022年,全市上下统筹发展和安全,推动经济企稳回升。</p>"
          "<p>为确保各项任务落实到位,市政府建立重点工作细化分解和跟踪督查制度,及时下发《某州市人民政府关于2022年重点工作任务及"
          "责任分解的通知》(宿政秘〔2022〕4号),明确了各项任务的牵头责任单位。一年来,各项任务基本完成。</p>"
          "<table border='1'><tr><td>序号</td><td>重点工作任务</td><td>完成情况</td><td>牵头责任单位</td></tr>"
          "<tr><td>1</td><td>新增规上工业企业100户。</td><td>新增108户。</td><td>市经济和信息化局</td></tr>"
          "<tr><td>2</td><td>固定资产投资增长8%。</td><td>增长8.3%。</td><td>市发展改革委</td></tr></table>"
          "</div></body></html>")


def test_a_preface_cut_after_a_bracketed_number_leaves_the_name_over_it_the_table_title():
    notice = extract(REPORT.replace("某州市", "宿州市").encode("utf-8"), name="r.html")
    assert notice.table_title == "2022年目标任务完成情况"


def test_a_preface_quoting_the_plan_by_its_governments_title_places_the_units():
    notice = extract(REPORT.replace("某州市", "宿州市").encode("utf-8"), name="r.html")
    names = {r.name: r.canonical for m in notice.measures for r in m.lead}
    assert names["市发展改革委"] == "宿州市发展和改革委员会"


def test_a_title_block_reposted_under_a_headline_keeps_its_issuer_line_and_titles_no_table():
    page = ("<html><head><meta charset='utf-8'><title>某某市政府重要通知!_某某新闻网</title></head><body>"
            "<div class='content'><h1>某某市政府重要通知!</h1>"
            "<p><strong>某某市人民政府</strong></p><p><strong>关于2025年重点工作及责任分解的通知</strong></p>"
            "<p><strong>一、市政府重点工作任务</strong></p>"
            "<table border='1'><tr><td>序号</td><td>目标与任务</td><td>牵头责任单位</td><td>责任单位</td></tr>"
            "<tr><td>(1)</td><td>地区生产总值增长6%以上。</td><td>市发展改革委</td><td>各县市区政府</td></tr>"
            "<tr><td>(2)</td><td>一般公共预算收入增长3%左右。</td><td>市财政局</td><td>各县市区政府</td></tr>"
            "</table></div></body></html>").encode("utf-8")
    notice = extract(page, name="n.html")
    assert notice.title == "某某市人民政府关于2025年重点工作及责任分解的通知"
    assert notice.table_title is None
