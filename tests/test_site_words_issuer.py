"""A mirror's brand in the issuer's place: a betting site serving a district portal's page put its own words
wherever the page printed its owner's name (the signature, the ``<title>`` after the title, the openness box's
发布机构, there before the office word: ``金宝博-金宝博官网 办公室``).  The box's field then names no body and is no
issuer (``issuer.is_site_words``), and a title printing its issuer by its level alone (区政府关于…) names none while
the notice's place is unknown (``issuerplace.prints_level_alone``; holdout spambox-gulou-2025-2, batch 59)."""
import pytest

from extractor.agencies.issuerplace import prints_level_alone
from extractor.engine.extract import extract_raw
from extractor.layout.issuer import is_site_words
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.text import vocab
from extractor.source.decode import decode_bytes

from conftest import make_raw


def page(site: str, box: str, signature: str, place_unit: str = "区发改委") -> bytes:
    return f"""<html><head><meta charset="utf-8">
<title>区政府关于印发2025年区政府重点工作分解方案的通知_{site}</title></head><body>
<div class="xxgk"><table>
<tr><td>发布机构:</td><td>{box}</td><td>生成日期:</td><td>2025-01-27</td></tr>
<tr><td>文 号:</td><td>某政〔2025〕2号</td><td>主题分类:</td><td>综合政务</td></tr>
</table></div>
<div class="content">
<h2>区政府关于印发2025年区政府重点工作分解方案的通知</h2>
<p>各街道办事处，区政府各部门：</p>
<p>现将《2025年区政府重点工作分解方案》印发给你们，请认真组织实施。</p>
<p>{signature}</p>
<p>2025年1月27日</p>
<p>2025年区政府重点工作分解方案</p>
<p>1.地区生产总值增长5%以上。（{place_unit}主办）</p>
<p>2.社会消费品零售总额增长5%以上。（区商务局主办，相关街道协办）</p>
</div></body></html>""".encode("utf-8")


def meta_of(data: bytes):
    return parse_metadata(locate_content(decode_bytes(make_raw(data, path="p.html"))))


@pytest.mark.parametrize("value,pieces", [
    ("金宝博-金宝博官网 办公室", ("金宝博官网",)),
    ("某某彩票网办公室", ("某某彩票网",)),
])
def test_a_brand_before_an_office_word_is_the_sites_words(value, pieces):
    assert is_site_words(value, pieces, vocab()["metadata"])


@pytest.mark.parametrize("value,pieces", [
    ("甲市人民政府办公室", ("甲市人民政府",)),      # the site's owner: its office is a body
    ("宁波市人民政府办公厅", ("宁波",)),              # a short piece: a place's name, no brand
    ("金宝博-金宝博官网 办公室", ()),                 # no <title> piece to compare
    ("金宝博官网研究中心分部", ("金宝博官网",)),       # more than an issuer's ending after the brand
])
def test_a_body_or_no_brand_is_no_sites_words(value, pieces):
    assert not is_site_words(value, pieces, vocab()["metadata"])


def test_the_box_holding_the_brand_gives_no_issuer():
    meta = meta_of(page("金宝博-金宝博官网", "金宝博-金宝博官网 办公室", "金宝博-金宝博官网"))
    assert meta.issuer != "金宝博-金宝博官网 办公室"


def test_a_real_box_still_issues():
    meta = meta_of(page("甲市乙区人民政府", "甲市乙区人民政府办公室", "甲市乙区人民政府办公室"))
    assert meta.issuer == "甲市乙区人民政府办公室"


@pytest.mark.parametrize("name,alone", [("区政府", True), ("市人民政府办公室", True), ("县政府", True),
                                        ("常州市钟楼区人民政府", False), ("市中区人民政府", False),
                                        ("市委办公室", False), (None, False)])
def test_a_body_by_its_level_alone(name, alone):
    assert prints_level_alone(name) is alone


def test_a_level_alone_names_no_issuer_where_no_place_is_known(resolver):
    notice = extract_raw(make_raw(page("金宝博-金宝博官网", "金宝博-金宝博官网 办公室", "金宝博-金宝博官网"),
                                  path="p.html"), resolver)
    assert notice.issuer is None
    assert len(notice.measures) == 2
