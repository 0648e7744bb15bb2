"""A news page reporting another body's text (``江西省发布…整改方案``) under an information line naming the site it
came from (``来源:环保部``): the line is the report's, so its source issues nothing and its date dates nothing
(docs/parsing.md "The page's information line"; holdout citypage-jiangxi, batch 95)."""
from extractor.layout.newslead import headline_issuer, reposts_report

from test_metadata import meta_of


def page(headline: str, source: str) -> str:
    return f"""<html><head><title>{headline}_某某环保网</title></head><body>
<h1>{headline}</h1>
<div class="newsinfo">时间:2017-05-03 15:50 &nbsp;&nbsp; 来源:{source}</div>
<div class="content">
<p>(二)某某市。</p>
<p>整改目标:2018年底前完成居民搬迁。</p>
<p>整改措施:</p>
<p>1、制定搬迁方案。</p>
<p>责任单位:某某市政府。</p>
<p>(三)另一市。</p>
<p>整改目标:2018年底前完成整治。</p>
<p>整改措施:</p>
<p>1、完成整治。</p>
<p>责任单位:另一市政府。</p>
</div></body></html>"""


def test_a_headline_reporting_another_bodys_text_leaves_the_info_line_out():
    assert headline_issuer("江西省发布中央环境保护督察组督察反馈意见整改方案") == "江西省"
    assert headline_issuer("关于印发某方案的通知") is None
    assert reposts_report("江西省发布整改方案", "环保部")
    assert not reposts_report("江西省发布整改方案", "江西省人民政府")
    meta = meta_of(page("江西省发布中央环境保护督察组督察反馈意见整改方案(附整改措施清单)", "环保部"), path="p.html")
    assert (meta.issuer, meta.date) == (None, None)


def test_a_source_that_is_the_reported_body_still_issues_and_dates():
    meta = meta_of(page("江西省发布中央环境保护督察组督察反馈意见整改方案(附整改措施清单)", "江西省人民政府"),
                   path="p.html")
    assert (meta.issuer, meta.date) == ("江西省人民政府", "2017-05-03")
