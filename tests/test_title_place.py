"""A notice with no issuer, doc number or signature is placed by the place its title opens with,
read as far as the gazetteer carries it: a city and, right after it, one of that city's own
districts or counties (宁波市鄞州区…政策 -> 宁波市鄞州区), so its 区 units resolve in the district.
Never past a place the gazetteer does not put under the city, never over a list of places,
and never over an issuer's place (a province's notice 关于支持…区… stays the province's)."""
import pytest

import extractor
from extractor.agencies.registry import detect_city


@pytest.mark.parametrize("issuer,title,city", [
    (None, "宁波市鄞州区科技创新扶持政策：关于加快建设创新型城区的若干意见", "宁波市鄞州区"),
    (None, "关于印发温州市瓯海区工业企业奖励办法的通知", "温州市瓯海区"),
    (None, "丽水市莲都区工业企业奖励办法", "丽水市莲都区"),        # a city the registry holds, same reading
    (None, "常山县关于加快工业发展的若干政策", "衢州市常山县"),        # a county opening the title (as before)
    # a city printed bare (its 州 read as a level word) is the one listed city of that name
    (None, "泰州关于印发聚焦企业关切优化营商环境行动方案的通知", "泰州市"),
    (None, "德州关于印发营商环境提升行动方案的通知", "德州市"),
    # a plan's own title may open with its year before the place (郑州's 2007 目标管理工作方案, batch 33)
    (None, "2007年郑州市人民政府目标管理工作方案", "郑州市"),
    (None, "2007年鄭州市人民政府目標管理工作方案", "郑州市"),
    (None, "2024年度宁波市鄞州区科技创新扶持政策", "宁波市鄞州区"),
    # negatives
    (None, "宁波市鼓楼区工业企业奖励办法", "宁波市"),                 # no 鼓楼区 under 宁波市: the city only
    (None, "宁波市海曙区、鄞州区工业企业奖励办法", "宁波市"),         # two districts: which one?
    (None, "丽水市缙云县、青田县产业协作方案", "丽水市"),
    ("浙江省人民政府办公厅", "关于支持衢州市柯城区高质量发展建设共同富裕示范区的若干意见", "浙江省"),
    ("宁波市人民政府", "宁波市鄞州区科技创新扶持政策", "宁波市"),    # the issuer's place first
    (None, "2007年关于加快工业发展的若干政策", None),                  # a year, then no place
])
def test_a_title_places_a_letterless_notice_in_its_district(issuer, title, city):
    assert detect_city(issuer, title) == city


def test_district_units_of_a_letterless_repost_resolve_in_the_titled_district():
    html = ("<html><body><h1>宁波市鄞州区科技创新扶持政策：关于加快建设创新型城区的若干意见</h1>"
            "<div class='content'><p>为加快建设创新型城区，制定如下意见。</p>"
            "<p>一、支持企业研发</p>"
            "<p>1.对新认定的高新技术企业给予一次性奖励20万元。</p><p>牵头单位：区科技局</p>"
            "<p>2.对企业研发投入按增量的10%给予补助。</p><p>牵头单位：区科技局、区财政局</p>"
            "<p>3.支持企业建设数字化车间。</p><p>牵头单位：区经信局</p>"
            "</div></body></html>")
    notice = extractor.extract(html.encode(), name="repost.html")
    assert notice.city == "宁波市鄞州区"
    names = {a.name: a.canonical for m in notice.measures for a in (*m.lead, *m.support)}
    assert names == {"区科技局": "宁波市鄞州区科学技术局", "区财政局": "宁波市鄞州区财政局",
                     "区经信局": "宁波市鄞州区经济和信息化局"}


def test_a_bare_city_names_its_listed_city_and_its_units_resolve_there(resolver):
    from extractor.agencies.gazetteer import listed_city_name
    assert listed_city_name("泰州") == "泰州市"
    assert listed_city_name("海西州") == "海西州"      # no listed 海西州市: an autonomous prefecture's short name
    assert listed_city_name("雷州") == "雷州"          # a county-level city: not a city the list holds
    assert resolver.resolve("市财政局", city="泰州", date="2019-07-01").canonical == "泰州市财政局"
    assert resolver.resolve("市供电公司", city="泰州", date="2019-07-01").canonical == "国网泰州供电公司"
