"""A date line labelled as the day the page was posted signs nothing (``dates.is_page_date_line``).

A portal prints the posting day under its heading on a line of its own (``日期:2024-05-29`` on a 重庆
district's site, ``发布日期：…``): it is no signature date, so a page carrying no letter stays letterless and
is dated only by a line naming a body as its source (docs/forms.md).  Before, such a line was read as the
signature's date and dated a page whose line names no source (holdout overdone-dazu, batch 36).  A date
labelled as the document's own (成文日期：…) still dates it.
"""
from extractor.layout.dates import find_date, is_page_date_line
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw

TABLE = ("<p>某区2023年度重点工作超额完成任务一览表</p>"
         "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>"
         "<tr><td>1</td><td>新建口袋公园六处</td><td>区城市管理局</td></tr>"
         "<tr><td>2</td><td>改造老旧管网十公里</td><td>区住房城乡建委</td></tr></table>")


def page_meta(info_lines: list[str]) -> object:
    info = "".join(f"<div class='info'>{x}</div>" for x in info_lines)
    html = ("<html><head><title>某区2023年度重点工作完成情况</title></head><body>"
            f"<div class='art'><h2>某区2023年度重点工作完成情况</h2>{info}<div class='con'>{TABLE}</div></div>"
            "</body></html>")
    return parse_metadata(locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html"))))


def test_a_posting_label_makes_a_page_date_line():
    assert is_page_date_line("日期:2024-05-29")
    assert is_page_date_line("发布日期：2024年5月29日")
    assert not is_page_date_line("成文日期：2024-05-20")
    assert not is_page_date_line("2024年5月20日")   # a signature prints its date bare


def test_the_signature_date_is_never_a_page_date_line():
    assert find_date(["某区人民政府办公室", "2024年5月20日", "日期:2024-05-29"]) == (1, "2024-05-20")
    assert find_date(["某区2023年度重点工作完成情况", "日期:2024-05-29"]) == (None, None)


def test_a_page_dated_only_by_a_date_line_naming_no_source_has_no_date():
    m = page_meta(["日期:2024-05-29"])
    assert m.date is None


def test_a_page_date_line_beside_a_source_line_dates_the_page():
    m = page_meta(["发布日期：2024-05-29", "来源：某区人民政府办公室"])
    assert m.date == "2024-05-29"


def test_a_posting_time_makes_a_page_date_line():
    """发布时间 labels the posting as 发布日期 does, a clock time after the date (boxonly-shengsi-2023-1)."""
    assert is_page_date_line("发布时间：2023-02-22 09:12")
    assert not is_page_date_line("完成时间：2023年6月底前")   # an item's deadline label


OUTLINE_PAGE = ("<html><head><title>2023年政府工作报告重点工作责任分解</title></head><body>"
                "<div class='art'><h1>2023年政府工作报告重点工作责任分解</h1>"
                "<p>发布时间：2023-02-22 09:12</p><p>访问次数：</p><p>字体大小：</p>"
                "<p>一、张某县长牵头重点工作</p><p>1.一般公共预算收入与经济增长基本同步。</p><p>责任单位：县财政局</p>"
                "<p>2.深化国资国企改革。</p><p>责任单位：县财政局、县国资中心</p>"
                "</div></body></html>")


def test_the_page_lines_under_a_letterless_heading_leave_it_the_lists_title():
    """boxonly-shengsi-2023-1: a county portal prints 发布时间 (a date line), an empty hit counter and its
    font-size control (字体大小：) a line each between the heading and the list: none is the recipients
    line, and the heading still names the list."""
    m = parse_metadata(locate_content(decode_bytes(make_raw(OUTLINE_PAGE.encode("utf-8"), path="p.html"))))
    assert m.recipients == ()
    assert m.table_title == "2023年政府工作报告重点工作责任分解"
