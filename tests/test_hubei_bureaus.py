"""Session 62's agency kinds (batch 88's pages): 湖北's city districts name their city-management body a
城市管理执法局 (printed 城管执法局) beside their city's 城市管理执法委员会, and 湖北's prefectures and counties kept
water and fisheries in one 水利水产局 before the 2019 reform; read in places of different ranks, with the places and
levels that must stay apart (docs/agencies.md, "The template")."""
import pytest

from namekit import assert_reads


@pytest.mark.parametrize("name,city,date,canonical", [
    ("区城管执法局", "荆州市沙市区", "2023-03-01", "荆州市沙市区城市管理执法局"),
    ("区城管执法局", "武汉市江岸区", "2021-06-01", "武汉市江岸区城市管理执法局"),
    ("区城管执法局", "武汉市蔡甸区", "2019-06-01", "武汉市蔡甸区城市管理执法局"),
    ("州水利水产局", "恩施土家族苗族自治州", "2012-03-01", "恩施土家族苗族自治州水利水产局"),
    ("县水利水产局", "恩施土家族苗族自治州来凤县", "2015-06-01", "来凤县水利水产局"),
])
def test_a_hubei_form_is_read(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date,not_this", [
    # a 湖北 city's body is its 执法委员会, not a 执法局, and a county's keeps the common form (the form is districts')
    ("县城管执法局", "宜昌市秭归县", "2022-06-01", "秭归县城市管理执法局"),
    ("市城管执法局", "荆州市", "2023-03-01", "荆州市城市管理执法局"),
    # another province's district keeps the common form (城市管理综合执法局)
    ("区城管执法局", "南昌市东湖区", "2023-03-01", "南昌市东湖区城市管理执法局"),
    # the district form rests on sources of 2019 on (沙市区 2023, 蔡甸区 in the 2020s): a district's earlier notice
    # keeps the common form
    ("区城管执法局", "武汉市蔡甸区", "2016-06-01", "武汉市蔡甸区城市管理执法局"),
    ("区城管执法局", "宜昌市西陵区", "2012-06-01", "宜昌市西陵区城市管理执法局"),
    # another province's water bureau is no 水利水产局
    ("县水利水产局", "黄山市歙县", "2015-06-01", "歙县水利水产局"),
])
def test_the_hubei_forms_stay_in_hubei_and_at_their_levels(resolver, name, city, date, not_this):
    assert resolver.resolve(name, city=city, date=date).canonical != not_this
