"""``agencies.noticeplace.notice_place``: the notice's place from the first source that names one, in the
order docs/agencies.md gives (the letter, the unit names printed in full, the clues, the site)."""
from extractor.agencies.noticeplace import notice_place
from extractor.models import DraftMeasure, Metadata

#: two unit names printing their place in full: enough for the units to name it (MIN_UNITS_NAMING_PLACE)
YUZHOU_UNITS = (DraftMeasure(section=None, measure_no=1, text="推进项目建设。", lead_cells=("禹州市发改委",),
                             support_cells=("禹州市财政局",)),)


def _no_titles():
    raise AssertionError("the later titles are asked only when the clues are")


def test_the_letter_places_the_notice_before_its_units():
    meta = Metadata(issuer="仪陇县人民政府办公室", title="关于印发重点工作分工方案的通知")
    assert notice_place(meta, YUZHOU_UNITS, _no_titles, lambda: "烟台市人民政府") == "南充市仪陇县"


def test_a_letter_naming_no_place_leaves_it_to_the_units_printed_in_full():
    meta = Metadata(title="关于印发重点工作分工方案的通知")
    assert notice_place(meta, YUZHOU_UNITS, _no_titles, lambda: "烟台市人民政府") == "禹州市"


def test_the_site_places_only_a_page_naming_no_issuer():
    assert notice_place(Metadata(title="上半年重点工作推进情况"), (), lambda: (), lambda: "烟台市人民政府") == "烟台市"
    assert notice_place(Metadata(issuer="办公室", title="上半年重点工作推进情况"), (), lambda: (),
                        lambda: "烟台市人民政府") is None


def test_the_site_is_asked_only_when_nothing_before_it_places_the_notice():
    """The site's owner is read from the page (its ``<title>``, its footer) only when asked
    (``siteowner.located_site_owner``): a notice the letter or its units place never asks it."""
    asked = []

    def site():
        asked.append(True)
        return "烟台市人民政府"

    assert notice_place(Metadata(issuer="仪陇县人民政府"), YUZHOU_UNITS, _no_titles, site) == "南充市仪陇县"
    assert notice_place(Metadata(title="上半年重点工作推进情况"), YUZHOU_UNITS, _no_titles, site) == "禹州市"
    assert asked == []
    assert notice_place(Metadata(title="上半年重点工作推进情况"), (), lambda: (), site) == "烟台市"
    assert asked == [True]


def test_a_page_heading_labelling_the_document_with_its_place_places_a_page_naming_no_issuer():
    """A repost site's heading prints its own label before the document's title (宁波市鄞州区…奖励政策：关于…),
    which the title reader leaves out (``titlelines.without_label``): the label still names the place, read as a
    title's opening chain is, before the site's owner; only for a page that names no issuer."""
    meta = Metadata(title="关于深入实施创新强区战略的若干政策意见")
    heading = "宁波市鄞州区高新技术企业奖励政策：关于深入实施创新强区战略的若干政策意见"
    assert notice_place(meta, (), lambda: (), lambda: "烟台市人民政府", heading=heading) == "宁波市鄞州区"
    # a heading naming no place leaves it to the site; an issuer printed: neither is asked
    assert notice_place(meta, (), lambda: (), lambda: "烟台市人民政府", heading="政策汇编：" + meta.title) == "烟台市"
    assert notice_place(Metadata(issuer="办公室", title=meta.title), (), lambda: (), lambda: "烟台市人民政府",
                        heading=heading) is None


def _measure(lead: str, support: str = "") -> DraftMeasure:
    return DraftMeasure(section=None, measure_no=1, text="推进节能降耗。", lead_cells=(lead,),
                        support_cells=(support,) if support else ())


def test_a_national_list_printed_without_its_letter_is_the_nations():
    """Two central bodies no local body shares (工业和信息化部, 市场监管总局: its 市 opens no level here) and no
    local level word: the nation's chain, so a bare 发展改革委 is the central body (holdout spacelabel-guojia)."""
    units = (_measure("发展改革委、工业和信息化部"), _measure("市场监管总局", "教育部、公安部"))
    assert notice_place(Metadata(title="某项工作部门分工"), units, lambda: (), lambda: None) == "中华人民共和国"


def test_a_local_notice_naming_ministries_beside_its_own_bodies_is_not_the_nations():
    """A province's or a county's own bodies print their level (省发改委, 县财政局); one central body is not a list."""
    by_level = (_measure("工业和信息化部、交通运输部", "省发改委"),)
    assert notice_place(Metadata(title="某项工作部门分工"), by_level, lambda: (), lambda: None) != "中华人民共和国"
    one = (_measure("工业和信息化部", "发展改革委、统计局"),)
    assert notice_place(Metadata(title="某项工作部门分工"), one, lambda: (), lambda: None) != "中华人民共和国"
    signed = (_measure("发展改革委、工业和信息化部"), _measure("市场监管总局"))
    assert notice_place(Metadata(issuer="办公室", title="某项工作部门分工"), signed, lambda: (),
                        lambda: None) != "中华人民共和国"


def test_a_district_name_several_cities_give_is_placed_by_the_site():
    """市中区 is a district of 济南, 枣庄, 内江 and 乐山: a page whose title prints it alone is placed under the city
    its own site names it with (济南市市中区's 2025 progress table, batch 49); before, its units resolved to
    市中区… with no city."""
    meta = Metadata(title="市中区2025年《政府工作报告》主要工作任务推进情况")
    assert notice_place(meta, (), lambda: (), lambda: "济南市市中区人民政府") == "济南市市中区"
    assert notice_place(meta, (), lambda: (), lambda: "枣庄市市中区人民政府") == "枣庄市市中区"
    # a site naming another place, or none, leaves the name as it was
    assert notice_place(meta, (), lambda: (), lambda: "烟台市人民政府") == "市中区"
    assert notice_place(meta, (), lambda: (), lambda: None) == "市中区"


def test_a_district_one_city_gives_never_asks_the_site():
    def site():
        raise AssertionError("a place the title names whole is not checked against the site")

    assert notice_place(Metadata(title="钟楼区2024年重点工作"), (), lambda: (), site) == "常州市钟楼区"


def test_an_issuer_printed_by_its_kind_alone_leaves_the_page_to_its_site():
    """A county portal's box names its 发布机构 by a department's kind alone (水利局, no place; holdout
    keyvalue-chengan): that issuer places nothing, so the page is placed as one naming no issuer is, by the site's
    owner.  A body that is no department of the template (办公室: whose office?) still keeps the site from being asked."""
    site = lambda: "成安县人民政府办公室"   # noqa: E731
    assert notice_place(Metadata(issuer="水利局", title="关于整改任务销号的公示"), (), lambda: (), site) == "邯郸市成安县"
    assert notice_place(Metadata(issuer="水 利 局", title="关于整改任务销号的公示"), (), lambda: (), site) == "邯郸市成安县"
    assert notice_place(Metadata(issuer="办公室", title="关于整改任务销号的公示"), (), lambda: (), site) is None
    # an issuer printing its place is the letter's place, the site never asked
    assert notice_place(Metadata(issuer="仪陇县水利局"), (), _no_titles, site) == "南充市仪陇县"
