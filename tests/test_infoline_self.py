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


def page_meta(info: str, site_title: str = "", foot: str = "") -> object:
    title = "某县老龄事业发展目标分解表" + (f"_{site_title}" if site_title else "")
    html = (f"<html><head><title>{title}</title></head><body>"
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
