"""A copy that prints the notice's fields as the first paragraphs of its content (``发文单位:…`` / ``文 号:…`` /
``发布日期:…`` / ``执行日期:…``, under the title and over the recipients, in the same block as the letter) has them read
as its box: the issuer and date come from them, not from the title (``转发国务院关于…``: the forwarded notice's), and the
letter below is still the letter (layout/metabox._field_paragraph_runs; holdout topicpoints-guangdong-1999-9, batch 131).
A run needs three such paragraphs naming two of the fields (doc number, issuer, date): a news item's one 发布日期 line,
or a run of page-information labels, stays in the content."""
from extractor.engine.extract import extract

PAGE = """<html><body><div class="article">
<h3>转发国务院关于印发某某规划的通知</h3>
{fields}
<p>各市、县人民政府，省府直属有关单位：</p>
<p>现将《国务院关于印发某某规划的通知》转发给你们，请一并贯彻执行。</p>
<p>一、加强领导。各级政府要切实加强领导。</p>
</div></body></html>"""

FIELDS = """<p>发文单位:某省人民政府</p>
<p>文 号:某府[1999]9号</p>
<p>发布日期:1999-1-22</p>
<p>执行日期:1999-1-22</p>"""


def _notice(fields: str):
    return extract(PAGE.format(fields=fields).encode("utf-8"))


def test_field_paragraphs_give_the_issuer_and_date():
    notice = _notice(FIELDS)
    assert notice.issuer == "某省人民政府"
    assert notice.date == "1999-01-22"
    assert notice.doc_number == "某府[1999]9号"
    assert notice.recipients == ("各市、县人民政府", "省府直属有关单位")


def test_one_date_paragraph_is_no_box():
    # a news item's date line alone: no run, so it is left where it is (and no issuer is made of it)
    notice = _notice("<p>发布日期:1999-1-22</p>")
    assert notice.issuer != "某省人民政府"


def test_a_run_of_page_information_is_no_box():
    # 来源 / 浏览次数 are the portal's page information, no field of the notice: with one date the run names one field
    notice = _notice("<p>来源:某省政府网</p>\n<p>发布日期:1999-1-22</p>\n<p>浏览次数:120</p>")
    assert notice.issuer != "某省政府网"
