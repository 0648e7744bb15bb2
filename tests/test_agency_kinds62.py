"""Session 62's agency family: the national railway's companies of November 2017 on, named by their seats as the bureaus
before them were (national.toml ``tljt_``; tests/fixtures/README.md "Vertical bodies and state companies"), and the two
companies before them, read in notices of places of different ranks and eras."""
import pytest

from extractor.agencies.national import national_by_code


@pytest.mark.parametrize("name,city,date,canonical", [
    # a province, a city of another seat's province region, a county, an autonomous region, a league, a prefecture
    ("中国铁路郑州局集团有限公司", "河南省", "2020-05-01", "中国铁路郑州局集团有限公司"),
    ("郑州局集团公司", "洛阳市", "2019-03-01", "中国铁路郑州局集团有限公司"),
    ("国铁上海局", "黄山市歙县", "2022-05-01", "中国铁路上海局集团有限公司"),
    ("中國鐵路上海局集團有限公司", "黄山市歙县", "2022-05-01", "中国铁路上海局集团有限公司"),
    ("中国铁路南宁局集团公司", "广西壮族自治区", "2018-06-01", "中国铁路南宁局集团有限公司"),
    ("中国铁路呼和浩特局集团有限公司", "锡林郭勒盟", "2021-05-01", "中国铁路呼和浩特局集团有限公司"),
    ("成都局集团公司", "凉山彝族自治州", "2020-05-01", "中国铁路成都局集团有限公司"),
    ("广州局集团公司", "韶关市", "2019-05-01", "中国铁路广州局集团有限公司"),
    ("青藏集团公司", "西宁市", "2020-05-01", "中国铁路青藏集团有限公司"),
    # the companies before 2017, and a bureau's name printed after it (still the bureau)
    ("广铁集团", "广东省", "2012-05-01", "广州铁路（集团）公司"),
    ("广州铁路(集团)公司", "广州市", "2010-05-01", "广州铁路（集团）公司"),
    ("青藏铁路公司", "青海省", "2012-05-01", "青藏铁路公司"),
    ("郑州铁路局", "洛阳市", "2022-05-01", "郑州铁路局"),
])
def test_a_railway_company_is_read_by_its_seat(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


@pytest.mark.parametrize("name,city,date", [
    ("中国铁路郑州局集团有限公司", "河南省", "2016-05-01"),     # dated before the company existed
    ("郑州局集团公司", "洛阳市", "2017-06-01"),
    ("南铁局", "南宁市", "2020-05-01"),                          # a clip two seats share
])
def test_a_company_before_it_existed_or_a_shared_clip_names_none(resolver, name, city, date):
    assert resolver.resolve(name, city=city, date=date).canonical is None


def test_each_company_replaces_its_seats_bureau():
    bodies = national_by_code()
    assert bodies["tljt_郑州"].successor_of == ("tlj_郑州",)
    assert bodies["tljt_广州"].successor_of == ()                 # 广州 had no bureau
    assert bodies["tljt_qingzang"].successor_of == ("tlgs_qingzang",)
    assert bodies["tljt_郑州"].kind == "state company"


def test_one_seats_company_and_bureau_are_two_ids(resolver):
    bureau = resolver.resolve("郑州铁路局", city="河南省", date="2016-01-01")
    company = resolver.resolve("郑州局集团公司", city="河南省", date="2020-01-01")
    assert bureau.agency_id != company.agency_id


# The league's committee of an autonomous region and prefecture, printed as their own bodies are (团区委 as 区党委, 区发改委
# in the region's notice; 共青团恩施州委 by the prefecture's short name), and the league's committee written out after a
# level word no party committee of a made-up place (团县委员会 is no 中共团县委员会).
@pytest.mark.parametrize("name,city,date,canonical", [
    ("团区委", "广西壮族自治区", "2019-01-01", "共青团广西壮族自治区委员会"),
    ("自治区团委", "内蒙古自治区", "2014-06-01", "共青团内蒙古自治区委员会"),
    ("团自治区委", "宁夏回族自治区", "2021-03-01", "共青团宁夏回族自治区委员会"),
    ("共青团自治区委员会", "新疆维吾尔自治区", "2023-01-01", "共青团新疆维吾尔自治区委员会"),
    ("自治区团委", "呼和浩特市", "2018-05-01", "共青团内蒙古自治区委员会"),          # a city of the region
    ("共青团广西区委", "南宁市", "2016-05-01", "共青团广西壮族自治区委员会"),
    ("共青团恩施州委", "恩施土家族苗族自治州恩施市", "2012-05-01", "共青团恩施土家族苗族自治州委员会"),
    ("共青团凉山州委员会", "凉山彝族自治州", "2020-05-01", "共青团凉山彝族自治州委员会"),
    ("团区委", "南宁市青秀区", "2019-01-01", "共青团南宁市青秀区委员会"),               # a district's, as before
    ("区团委", "广西壮族自治区", "2019-01-01", "共青团广西壮族自治区委员会"),
    # the level word before 团委 (州团委, 市团委: the league's committee printed as 团委 of the level)
    ("州团委", "博尔塔拉蒙古自治州", "2017-05-01", "共青团博尔塔拉蒙古自治州委员会"),
    ("市团委", "郑州市", "2010-05-01", "共青团郑州市委员会"),
    ("旗团委", "锡林郭勒盟正蓝旗", "2023-05-01", "共青团正蓝旗委员会"),
    ("省团委", "河南省", "2016-05-01", "共青团河南省委员会"),
    ("团省委", "郑州市", "2019-01-01", "共青团河南省委员会"),
    ("中共歙县委员会", "黄山市歙县", "2019-01-01", "中共歙县委员会"),
    ("郑州市委员会", "郑州市", "2019-01-01", "中共郑州市委员会"),
])
def test_a_league_committee_of_an_autonomous_place(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


@pytest.mark.parametrize("name,city", [
    ("团区委", "南宁市"),                 # 区 in a city's notice: which district's is not said
    ("区委", "广西壮族自治区"),           # the region's party committee is 区党委, never 区委
    ("团县委员会", "黄山市歙县"),         # no party committee of a place 团县 (before: 中共团县委员会)
    ("共青团市委员会", "郑州市"),
    ("团省委员会", "河南省"),
    ("妇联自治区委员会", "广西壮族自治区"),
])
def test_no_committee_of_a_made_up_place(resolver, name, city):
    assert resolver.resolve(name, city=city, date="2019-01-01").canonical is None


# A county-level city's notice names nothing above it (its issuer places it alone: 凯里市, not 黔东南…州凯里市), yet the
# bodies of the prefecture over it, a 州's, a 盟's or a 地区's, are printed with that place's word as over a county
# (州发改委, 盟委, 行署): they are that prefecture's, found by the gazetteer's one parent of the city.
@pytest.mark.parametrize("name,city,date,canonical", [
    ("州财政局", "凯里市", "2021-03-12", "黔东南苗族侗族自治州财政局"),
    ("州发改委", "恩施市", "2012-05-01", "恩施土家族苗族自治州发展和改革委员会"),
    ("州委组织部", "西昌市", "2018-05-01", "中共凉山彝族自治州委组织部"),
    ("团州委", "凯里市", "2021-03-12", "共青团黔东南苗族侗族自治州委员会"),
    ("盟发改委", "乌兰浩特市", "2016-05-01", "兴安盟发展和改革委员会"),
    ("盟委", "乌兰浩特市", "2016-05-01", "中共兴安盟委员会"),
    ("地区财政局", "阿克苏市", "2020-05-01", "阿克苏地区财政局"),
    ("地委组织部", "阿克苏市", "2020-05-01", "中共阿克苏地委组织部"),
    ("行署", "喀什市", "2020-05-01", "喀什地区行政公署"),
    ("行署办", "漠河市", "2020-05-01", "大兴安岭地区行政公署办公室"),
    ("行署", "锡林郭勒盟二连浩特市", "2024-03-25", "锡林郭勒盟行政公署"),       # the chain printed in full
    ("市发改委", "凯里市", "2021-03-12", "凯里市发展和改革委员会"),                  # 市 stays the city's own
    ("行署办", "喀什地区叶城县", "2020-05-01", "喀什地区行政公署办公室"),           # a county's, as before
])
def test_a_prefecture_over_a_county_level_city(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


@pytest.mark.parametrize("name,city", [
    ("州发改委", "义乌市"),      # an ordinary city above: no 州
    ("州委", "义乌市"),
    ("行署", "恩施市"),          # a 州 has a people's government, no 行署
    ("县发改局", "凯里市"),      # 县 in a city's notice names no county
])
def test_no_prefecture_where_none_is_over_the_city(resolver, name, city):
    assert resolver.resolve(name, city=city, date="2020-01-01").canonical is None


# The party committee's education work committee, a province's and many a city's, county's and district's: an organ
# of its own beside the education bureau it shares offices with (template.toml jygw).
@pytest.mark.parametrize("name,city,date,canonical", [
    ("省委教育工委", "河南省", "2016-05-01", "中共河南省委教育工作委员会"),
    ("省委教工委", "河南省", "2022-05-01", "中共河南省委教育工作委员会"),
    ("自治区党委教育工委", "广西壮族自治区", "2020-05-01", "中共广西壮族自治区委员会教育工作委员会"),
    ("市委教育工委", "郑州市", "2012-05-01", "中共郑州市委教育工作委员会"),
    ("区委教育工委", "北京市海淀区", "2019-05-01", "中共北京市海淀区委教育工作委员会"),
    ("县委教育工委", "黄山市歙县", "2021-05-01", "中共歙县委教育工作委员会"),
    ("州委教育工委", "恩施土家族苗族自治州", "2018-05-01", "中共恩施土家族苗族自治州委教育工作委员会"),
])
def test_the_education_work_committee_is_the_committees(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


def test_the_education_work_committee_is_no_education_bureau(resolver):
    committee = resolver.resolve("市委教育工委", city="郑州市", date="2020-01-01")
    bureau = resolver.resolve("市教育局", city="郑州市", date="2020-01-01")
    assert committee.agency_id != bureau.agency_id
    assert resolver.resolve("市教育工委", city="郑州市", date="2020-01-01").canonical is None   # no 委: not read
