"""A portal's info list under its heading, the posting time printed first with no label (澄海区's portal, holdout
leadcomma-chenghai, batch 133: ``<li>2020-09-25 16:10</li><li>来源: 本网</li><li>发布机构: 澄海区应急管理局</li>``): the list is
the page's box, its first item the posting date, so a letterless page is issued by its 发布机构 and dated by that time,
and the plan's name as the page's heading stands over the plan again (its table title).  A list of dates alone, or a
date over a menu of links, is no box."""
from extractor import extract
from extractor.layout.locate import locate_content
from extractor.source.decode import decode_bytes

from conftest import make_raw

PLAN = ("<p>为提升全区防灾能力，结合实际，制定本方案。</p><p>一、重点任务</p>"
        "<p>1.开展风险排查。建立风险数据库。（牵头单位：区应急局，配合单位：各镇街道）</p>"
        "<p>2.开展隐患整治。完成重点隐患整治。（牵头单位：区水利局，配合单位：各镇街道）</p>")


def page(info: str) -> bytes:
    return ("<html><head><title>某区防灾能力建设行动方案-某区人民政府门户网站</title></head><body>"
            "<div class='article'><h1>某区防灾能力建设行动方案</h1>" + info
            + "<div class='content'>" + PLAN + "</div></div></body></html>").encode("utf-8")


def test_a_posting_time_over_labelled_items_is_the_boxs_date():
    notice = extract(page("<ul class='info'><li>2020-09-25 16:10</li><li>来源: 本网</li><li>发布机构: 某区应急管理局</li>"
                          "<li>【字体:大 中 小】</li></ul>"), name="p.html")
    assert (notice.issuer, notice.date) == ("某区应急管理局", "2020-09-25")
    assert notice.table_title == notice.title == "某区防灾能力建设行动方案"
    assert [m.measure_no for m in notice.measures] == [1, 2]


def test_a_list_of_dates_alone_is_no_box():
    located = locate_content(decode_bytes(make_raw(page("<ul><li>2020-09-25</li><li>2020-09-26</li><li>2020-09-27</li>"
                                                        "</ul>"), path="p.html")))
    assert located.meta == {}


def test_a_date_over_a_menu_of_links_is_no_box():
    located = locate_content(decode_bytes(make_raw(page("<ul><li>2020-09-25</li><li>首页</li><li>政务公开</li>"
                                                        "<li>互动交流</li></ul>"), path="p.html")))
    assert located.meta == {}
