"""A news item's lead naming the SITE that published the notice and quoting its title whole, its issuer printed
by the province's level alone before its 关于 (今天，某自治区人民政府网站刊发了《自治区人民政府办公厅关于…的通知》): the
quoted title is the notice's, as printed, and its issuer the province's body the resolver names once the notice is
placed (layout/newslead.py ``_site_lead``, ``lead_site_owner``; agencies/issuerplace.py ``prints_province_alone``;
engine/extract.py ``_placed_issuer``).  Holdout qmarkbullet-ningxia: before, the news headline was the title and
there was no issuer."""
from __future__ import annotations

from extractor.agencies.issuerplace import prints_province_alone
from extractor.engine.extract import extract_raw
from extractor.layout.newslead import lead_site_owner, read_lead

from conftest import make_raw

_TITLE = "省人民政府办公厅关于印发2019年城市群建设工作要点的通知"


def test_a_site_lead_quoting_a_whole_title_titles_the_notice():
    lead = read_lead([f"日前，湖北省人民政府网站刊发了《{_TITLE}》，对今年的工作作出安排。"])
    assert lead is not None and lead.title == _TITLE and lead.issuer is None


def test_a_traditional_site_lead_keeps_the_title_as_printed():
    title = "自治區人民政府辦公廳關于印發2019年城市群建設工作要點的通知"
    line = f"今天，寧夏回族自治區人民政府網站刊發了《{title}》。"
    assert read_lead([line]).title == title
    assert lead_site_owner([line]) == "寧夏回族自治區人民政府"


def test_a_site_lead_quoting_a_plan_alone_names_no_title():
    # the site's owner places such a plan, but the lead names no issuer nor a title printing one
    assert read_lead(["近日，成都市人民政府网站发布了《成都市2019年重点工作实施方案》。"]) is None


def test_a_title_of_another_document_the_site_carried_is_not_the_notice():
    # a site lead's verb must be right before the book title: 刊发 far from it names no notice
    assert read_lead(["湖北省人民政府网站今年刊发的文章中，《省人民政府关于某事的通知》最多。"]) is None


def test_a_province_level_word_alone_before_a_body():
    assert prints_province_alone("自治區人民政府辦公廳")
    assert prints_province_alone("省政府办公厅")
    assert not prints_province_alone("市人民政府办公室")
    assert not prints_province_alone("省发展改革委")
    assert not prints_province_alone("湖北省人民政府办公厅")


def test_the_quoted_titles_issuer_is_the_province_the_notice_lies_in():
    text = "\n".join([
        "城市群今年要干这些事",
        f"今天，宁夏回族自治区人民政府网站刊发了《自治区人民政府办公厅关于印发2019年城市群建设工作要点的通知》。",
        "一、基础设施",
        "（一）建成快速通道两条。（自治区交通运输厅牵头，银川市、吴忠市人民政府配合）",
        "（二）推行公交一卡通。（自治区住房城乡建设厅牵头，石嘴山市人民政府配合）"])
    n = extract_raw(make_raw(text.encode("utf-8"), path="n.txt"))
    assert n.title == "自治区人民政府办公厅关于印发2019年城市群建设工作要点的通知"
    assert n.issuer == "宁夏回族自治区人民政府办公厅"
