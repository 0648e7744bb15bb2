"""A page that carries no letter at all: its issuer and date come from the portal's information
line (来源 / 发布机构, 发布时间 / 发布日期 / 成文日期), and its <title> loses the site's name."""
import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw

#: a department's work plan posted alone: heading, info line, paragraphs with bracket labels
PLAN_BODY = """<p>为做好全市农村生活污水治理工作，制定本方案。</p>
<p>一、工作目标</p><p>到年底，行政村生活污水治理率达到百分之四十。</p>
<p>二、重点任务</p>
<p>（一）排查治理现状。逐村建立台账。（牵头单位：市生态环境局；责任单位：各县区人民政府；完成时限：2021年6月底）</p>
<p>（二）建设处理设施。（牵头单位：市住建局；责任单位：市财政局；完成时限：2021年12月底）</p>"""

#: a county news item about a meeting that hands out tasks in one paragraph
NEWS_BODY = """<p>9月7日，某县召开河道清障工作推进会。</p>
<p>会议要求，由县水务局牵头，县交通局、各乡镇配合，在10月底前完成主河道清障；由县林草局牵头，
县财政局配合，在11月底前完成岸线绿化。</p>"""


def read_info_line(text: str):
    from extractor.layout.infoline import read_info_line as read
    return read(text)


def page_meta(html: str):
    return parse_metadata(locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html"))))


def plan_page(info: str, title: str = "某市农村生活污水治理工作方案 - 某市人民政府", body: str = PLAN_BODY) -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='nav'>首页 > 部门文件</div>"
            f"<div class='article'><h2 class='title'>某市农村生活污水治理工作方案</h2>"
            f"<div class='info'>{info}</div><div class='zw'>{body}</div></div>"
            "<div class='foot'>主办：某市人民政府办公室</div></body></html>")


def test_a_plan_posted_without_a_letter_is_issued_and_dated_by_its_info_line():
    m = page_meta(plan_page("来源：某市生态环境局&nbsp;&nbsp;发布时间：2021-03-15 09:12&nbsp;&nbsp;浏览次数：<span>7</span>"))
    assert (m.issuer, m.date) == ("某市生态环境局", "2021-03-15")
    assert m.title == "某市农村生活污水治理工作方案"     # the site's name after the dash is no part of it
    assert m.doc_number is None and m.recipients == ()


def test_a_news_report_with_no_letter_is_issued_and_dated_by_its_info_line():
    html = ("<html><head><title>某县召开河道清障工作推进会-某县人民政府</title></head><body>"
            "<div class='art'><h1>某县召开河道清障工作推进会</h1>"
            "<div class='art-info'>发布时间:2020-09-08 16:40&nbsp;&nbsp;来源:某县人民政府办公室"
            "&nbsp;&nbsp;作者:张三&nbsp;&nbsp;浏览次数:<span>12</span></div>"
            f"<div class='art-con'>{NEWS_BODY}</div></div></body></html>")
    m = page_meta(html)
    assert (m.title, m.issuer, m.date) == ("某县召开河道清障工作推进会", "某县人民政府办公室", "2020-09-08")


def test_a_text_copy_keeps_its_info_line_too():
    text = ("某市农村生活污水治理工作方案\n发布日期：2021年3月15日　　信息来源：某市生态环境局\n"
            "一、工作目标\n到年底，治理率达到百分之四十。\n二、重点任务\n"
            "（一）排查治理现状。（牵头单位：市生态环境局；责任单位：市财政局）\n")
    m = parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert (m.issuer, m.date) == ("某市生态环境局", "2021-03-15")


def test_a_written_date_in_the_info_line_is_taken_over_its_posting_time():
    m = page_meta(plan_page("发布时间：2021-03-15 09:12　成文日期：2021-03-10　发布机构：某市生态环境局"))
    assert (m.issuer, m.date) == ("某市生态环境局", "2021-03-10")
    info = read_info_line("<div>发布时间：2021-03-15 09:12　成文日期：2021-03-10　发布机构：某市生态环境局</div>")
    assert info is not None and (info.date, info.date_label) == ("2021-03-10", "成文日期")


@pytest.mark.parametrize("info", ["来源：新华网　发布时间：2021-03-15", "作者：某某　发布时间：2021-03-15 14:43:15"])
def test_a_line_naming_no_body_neither_issues_nor_dates_the_page(info):
    # a repost site's line (作者, another site's name) dates the repost, not the document; 来源：本站 stands
    # for the site's owner (this page's footer names a body): test_infoline_self.py
    m = page_meta(plan_page(info))
    assert (m.issuer, m.date) == (None, None)


def test_a_signed_letter_keeps_its_signature_over_the_info_line():
    letter = ("<p>各县区人民政府，市直各单位：</p><p>现将方案印发给你们，请认真执行。</p>"
              "<p>某市人民政府办公室</p><p>2021年3月9日</p>" + PLAN_BODY)
    m = page_meta(plan_page("来源：某市生态环境局　发布时间：2021-03-15", body=letter))
    assert (m.issuer, m.date) == ("某市人民政府办公室", "2021-03-09")


def test_a_numbered_letter_without_a_signature_takes_nothing_from_the_info_line():
    # a doc number makes it a letter: its date and issuer are the letter's to say, not the portal's
    letter = "<p>某环发〔2021〕3号</p><p>各县区生态环境分局：</p><p>现将方案印发给你们。</p>" + PLAN_BODY
    m = page_meta(plan_page("来源：某市生态环境局　发布时间：2021-03-15", body=letter))
    assert m.doc_number == "某环发〔2021〕3号"
    assert m.date is None


def test_labels_far_apart_are_no_info_line():
    # a 来源 in a sidebar and a date label far down the page are not one line about the page
    far = "<div>来源：某市生态环境局</div>" + "<p>" + "正文内容" * 200 + "</p><div>发布时间：2021-03-15</div>"
    assert read_info_line(far) is None


def test_a_list_of_items_each_with_its_date_is_no_info_line():
    # a sidebar of other news over the text: one label per item, repeated, is a list, not a line
    sidebar = "".join(f"<li><a>某条新闻{i}</a><span>发布时间：2021-0{i}-01</span></li>" for i in range(1, 5))
    assert read_info_line(f"<ul>{sidebar}</ul><div>正文</div>") is None
    line = "<div>来源：某市生态环境局　发布时间：2021-03-15</div>"
    assert read_info_line(f"<ul>{sidebar}</ul>{'<p>正文</p>' * 80}{line}").source == "某市生态环境局"


@pytest.mark.parametrize("title,expected", [
    ("某市农村生活污水治理工作方案 - 某市人民政府", "某市农村生活污水治理工作方案"),
    ("某市农村生活污水治理工作方案－某市生态环境局", "某市农村生活污水治理工作方案"),
    # a dash inside the title, with no body's name after it, stays
    ("某市污水治理三年行动方案（2021-2023年）", "某市污水治理三年行动方案（2021-2023年）"),
])
def test_a_title_tag_loses_the_name_of_the_body_whose_site_it_is(title, expected):
    html = (f"<html><head><title>{title}</title></head><body><div class='zw'>{PLAN_BODY}</div></body></html>")
    assert page_meta(html).title == expected


def test_a_control_line_over_the_heading_leaves_the_info_line_under_it():
    """A portal printing its hit counter over the heading (浏览量：… 【字体】, the count a script fills in) and again in
    the information line under it: the first counter is the control line's, no second label of the information line
    (灵璧's 决策部署落实情况 page, holdout labelpage-lingbi: before, the run of labels printed 浏览量 twice and was read
    as no information line, so the letterless page had no issuer and no date); 发表时间 is a posting time's label."""
    page = ("<html><body><div class='tool'>浏览量：<span id='hits'></span>  【字体：<a>大</a> <a>中</a> <a>小</a>】</div>"
            "<h1>某县卫健委2021年重点工作任务分解</h1>"
            "<div class='info'>文章来源：某县卫生健康委员会 浏览量： 发表时间：2021-05-07 10:49 责任编辑：某某</div>"
            f"<div class='zw'>{PLAN_BODY}</div></body></html>")
    info = read_info_line(page)
    assert (info.source, info.date) == ("某县卫生健康委员会", "2021-05-07")
    m = page_meta(page)
    assert (m.issuer, m.date) == ("某县卫生健康委员会", "2021-05-07")


def test_a_label_printed_twice_after_the_first_is_still_no_info_line():
    """Only a leading label printed again is dropped: two items each with its source and date stay a list."""
    assert read_info_line("来源：某市财政局 发布时间：2021-01-02 来源：某市商务局 发布时间：2021-01-05") is None


@pytest.mark.parametrize("control", ["字体:[大] [中] [小]", "字号:[大] [中] [小]", "字体：[大] [中] [小]"])
def test_a_font_control_line_with_either_colon_titles_no_table(control):
    """A portal's font-size control on its own line under the heading, its colon full-width or ASCII (`字体:[大] [中]
    [小]`: 蓬江's portal, holdout paracells-pengjiang-2021-1, batch 130: before session 73 the ASCII one was the
    table's title), is chrome (parse/vocab.toml drop_prefixes): the heading titles the page and its table."""
    page = (f"<html><body><h1>某区民政局2021年政务公开工作要点分工方案</h1><p>{control}</p>"
            "<table border='1'><tr><td>工作任务</td><td>具体要求</td><td>责任股室</td></tr>"
            "<tr><td>一、做好规划公开。</td><td>1.做好各项规划的主动公开。</td><td>办公室</td></tr>"
            "<tr><td>二、做好财政公开。</td><td>2.推动单位预算公开。</td><td>财务股</td></tr></table></body></html>")
    m = page_meta(page)
    assert m.table_title == "某区民政局2021年政务公开工作要点分工方案"
