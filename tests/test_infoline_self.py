"""A letterless page whose information line names the site itself as the source (来源：本网, 来源：本站):
on a site a body runs, the page is that body's own posting, so the line dates it; on a site no body
runs (a document-sharing or repost site) the same words date only the repost."""
import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw

#: a goals table posted alone by a committee on its own site
TABLE = ("<table><tr><td>序号</td><td>目标</td><td>牵头单位</td><td>配合单位</td></tr>"
         "<tr><td>1</td><td>老年人健康管理率达到七成</td><td>县卫健局</td><td>县民政局</td></tr>"
         "<tr><td>2</td><td>每个社区建成一处助餐点</td><td>县民政局</td><td>县财政局</td></tr></table>")


def page_meta(info: str, site_title: str = "", foot: str = "", top: str = "") -> object:
    title = "某县老龄事业发展目标分解表" + (f"_{site_title}" if site_title else "")
    html = (f"<html><head><title>{title}</title></head><body>{top}"
            "<div class='art'><h1>某县老龄事业发展目标分解表</h1>"
            f"<div class='art-info'>{info}</div><div class='art-con'>{TABLE}</div></div>"
            f"<div class='footer'><p>{foot}</p></div></body></html>")
    return parse_metadata(locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html"))))


@pytest.mark.parametrize("info", ["<span>来源：本网</span><span>时间：2019-04-03</span>",
                                  "来源：本站　发布时间：2019-04-03 10:20　浏览次数：41",
                                  "发布日期：2019-04-03　来源：本站原创　作者：办公室"])
def test_the_sites_own_posting_on_a_bodys_site_is_dated_by_its_line(info):
    m = page_meta(info, foot="主办：某县老龄工作委员会办公室　技术支持：某某网络公司")
    assert (m.issuer, m.date) == (None, "2019-04-03")    # the date only: 本网 names no issuer


def test_a_body_named_by_the_title_as_the_sites_owner_counts_as_the_footer_does():
    m = page_meta("来源：本网　时间：2019-04-03", site_title="某县老龄工作委员会")
    assert m.date == "2019-04-03"


@pytest.mark.parametrize("foot", ["", "主办：某某范文网　版权所有", "主办单位：本站"])
def test_the_same_line_on_a_site_no_body_runs_dates_nothing(foot):
    # a document-sharing site's own words: the date is the repost's
    m = page_meta("来源：本站　发布时间：2019-04-03 10:20", foot=foot)
    assert (m.issuer, m.date) == (None, None)


def test_a_news_site_as_source_on_a_bodys_site_still_dates_nothing():
    # only the words for "this site" stand for the site's owner; another site's name does not
    m = page_meta("来源：某某新闻网　发布时间：2019-04-03", foot="主办：某县老龄工作委员会办公室")
    assert m.date is None


#: a site's location crumb, its first step the site's own name linking to its home page
CRUMB = "<div class='location'>您所在的位置：<a href=\"/\">某县老龄网</a> &gt; <a href=\"/tzgg/\">通知公告</a></div>"


@pytest.mark.parametrize("foot", ["主办：某县老龄工作委员会办公室", "某县老龄工作委员会办公室主办　某ICP备05000000号"])
def test_the_sites_own_name_as_source_on_a_bodys_site_is_dated_by_its_line(foot):
    """来源：某县老龄网 where the page links its home page by that name: the site names itself, as 本网 does; a footer
    printing its owner label after the body's name (…办公室主办) names the body running it as 主办：… does."""
    m = page_meta("2019年04月03日 10:20:11　　来源：某县老龄网　　字体：大 中 小", foot=foot, top=CRUMB)
    assert (m.issuer, m.date) == (None, "2019-04-03")


def test_another_sites_name_as_source_still_dates_nothing_under_a_home_link():
    m = page_meta("2019年04月03日 10:20:11　　来源：某某新闻网　　字体：大 中 小", foot="主办：某县老龄工作委员会办公室",
                  top=CRUMB)
    assert m.date is None


def test_an_owner_label_after_the_name_closes_the_footers_run_only():
    from extractor.layout.siteowner import footer_owner
    assert footer_owner("<div class='foot'>某县老龄工作委员会办公室主办　某县大数据中心承办</div>") == "某县老龄工作委员会办公室"
    assert footer_owner("<p>某县人民政府主办</p>") == "某县人民政府"
    # an item's assignment in the text names no site's owner: inside a bracket, or a clause going on after it
    assert footer_owner("<p>（县发改委主办，县财政局协办）</p>") is None
    assert footer_owner("<p>县发改委主办，县财政局协办。</p>") is None
