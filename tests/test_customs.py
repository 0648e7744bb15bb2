"""Customs districts (直属海关) are central bodies named by their seat (agencies/national.toml [[seated]];
docs/agencies.md, "The State Council's bodies"): the General Administration of Customs' direct customs
districts are one body each, whatever notice names them, as 海关总署 is.  Their seats are not always places
the gazetteer knows as the body's city (黄埔 is a district of 广州, 拱北 a street of 珠海), and a notice of
one province names another province's customs (a joint project's 南京海关 in a 广州 notice).  Other customs
offices (萧山海关, 东莞海关) stay the template's, read after the place they sit in, and 海关 / 市海关 alone
name no district."""
import pytest

from namekit import assert_unresolved


@pytest.mark.parametrize("name,city,date", [
    ("黄埔海关", "广州市", "2007-06-01"),        # seated in a district of the city, not named after it
    ("拱北海关", "珠海市", "2021-03-01"),        # named after a street of 珠海
    ("拱北海关", "中山市", "2021-03-01"),        # the same body in another city of the province
    ("南京海关", "广州市", "2019-05-01"),        # another province's district
    ("满洲里海关", "呼伦贝尔市", "2020-01-01"),  # a county-level city's
    ("乌鲁木齐海关", "成都市", "2023-01-01"),
])
def test_a_direct_customs_district_is_itself_in_any_notice(resolver, name, city, date):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.canonical == name, resolver.explain(name, city=city, date=date)


def test_a_customs_district_is_one_agency_whichever_notice_names_it(resolver):
    ids = {resolver.resolve("黄埔海关", city=city, date="2022-06-01").agency_id
           for city in ("广州市", "东莞市", "深圳市", "柳州市")}
    assert len(ids) == 1 and None not in ids


@pytest.mark.parametrize("name,city,date", [
    ("海关", "广州市", "2022-06-01"),        # which district? (today's behaviour, kept)
    ("市海关", "广州市", "2022-06-01"),
    ("市海关", "南京市", "2022-06-01"),
    ("萧山海关", "合肥市", "2022-06-01"),    # another province's subordinate office, no district
])
def test_customs_named_by_no_district_stay_unresolved(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)
