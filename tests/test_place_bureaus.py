"""Bureaus a place names in its own way, read only where the template lists the name (docs/agencies.md, "Merged
bureaus named as printed"): 云南's prefectures' investment bureau before the 2018-19 reform, 招商合作局 (楚雄州's
2016 稳增长 意见, holdout fuzebr-chuxiong), and a city district's one bureau for farming, forestry and water,
农林水务局 or 农林水利局 (岳阳楼区's 2017 民生实事 progress table, holdout subitems-yueyanglou, printed bare).  A
bureau no type lists stays unresolved (市政局, 外贸局), and so does one printed by a cut of its name (文体新局)."""
import pytest

from namekit import assert_reads, assert_unresolved

CASES = [
    ("州招商合作局", "楚雄彝族自治州", "2016-02-01", "楚雄彝族自治州招商合作局"),
    ("农林水务局", "岳阳市岳阳楼区", "2017-09-01", "岳阳市岳阳楼区农林水务局"),
    ("区农林水利局", "平顶山市湛河区", "2018-01-10", "平顶山市湛河区农林水利局"),
]
NEGATIVES = [
    ("市招商合作局", "绵阳市", "2016-05-01"),           # 四川: no such body
    ("县农林水务局", "衡阳市衡山县", "2017-05-01"),     # a county's: not known
    ("市政局", "南通市崇川区", "2023-06-01"),           # no type names it (holdout lostgroup-chongchuan)
    ("外贸局", "金华市", "2008-03-14"),                 # 永康's 2008 list (holdout labelline-yongkang)
    ("区文体新局", "岳阳市岳阳楼区", "2017-09-01"),     # 文体新 cuts the official name short
]


@pytest.mark.parametrize("name,city,date,canonical", CASES)
def test_a_bureau_the_template_lists_for_its_place(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", NEGATIVES)
def test_a_bureau_no_type_lists_there_stays_unresolved(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)
