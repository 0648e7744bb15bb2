"""A 地区's or 盟's 行政公署 issues notices and keeps a legal-affairs office; a city may name its legal-affairs
office a bureau (holdout canyubracket-hetian-2009-6 and huitongpage-zhuhai-2005-3, batch 91: a title naming the
行政公署 names the issuer; 行署法制办 is the 行政公署's 法制办公室; 市法制局 the city's 法制局 as printed)."""
from extractor.engine.extract import extract
from namekit import assert_reads


def _page(title, body):
    return (f"<html><head><meta charset='utf-8'><title>{title}_第6页_法规文本</title></head>"
            f"<body><div class='lawtext'>{body}</div></body></html>").encode("utf-8")


def test_a_title_naming_a_prefecture_office_names_the_issuer():
    notice = extract(_page("和田地区行政公署关于印发和田地区2009—2010年推进依法行政工作实施方案的通知",
                           "<p>32、主动报告工作。每年报告一次推进情况。(行署法制办牵头，有关部门参与)</p>"))
    assert notice.issuer == "和田地区行政公署"


def test_a_prefecture_office_legal_affairs_office(resolver):
    assert_reads(resolver, "行署法制办", "和田地区", "2009-06-01", "和田地区行政公署法制办公室")
    assert_reads(resolver, "行署办公室", "和田地区", "2009-06-01", "和田地区行政公署办公室")


def test_a_city_legal_affairs_bureau_is_named_as_printed(resolver):
    assert_reads(resolver, "市法制局", "珠海市", "2005-06-01", "珠海市法制局")
    assert_reads(resolver, "法制局", "珠海市", "2005-06-01", "珠海市法制局")
    assert_reads(resolver, "市法制办", "珠海市", "2005-06-01", "珠海市人民政府法制办公室")
