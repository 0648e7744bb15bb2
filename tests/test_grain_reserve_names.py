"""The 2018 reform's provincial 粮食和物资储备局 printed 粮食物资局 (the 和 and 储备 dropped: 浙江's 2023 责任分解 prints
省粮食物资局, holdout leaderpage-zhejiang; 宁夏's bureau is named so on a search page's title): any province's, by its
level word, read as the bureau the template names; a city's is no form the template gives (most cities merged grain
into the 发改委), and the pre-reform 粮食局 stays the bureau of its years."""
import pytest

from namekit import assert_reads, assert_unresolved


@pytest.mark.parametrize("name, city, date, canonical", [
    ("省粮食物资局", "浙江省", "2023-05-01", "浙江省粮食和物资储备局"),
    ("自治区粮食物资局", "宁夏回族自治区", "2024-03-01", "宁夏回族自治区粮食和物资储备局"),
    ("省粮食物资局", "四川省", "2019-06-01", "四川省粮食和物资储备局"),
    ("粮食物资局", "广西壮族自治区", "2021-05-01", "广西壮族自治区粮食和物资储备局"),
    ("省粮食局", "浙江省", "2016-05-01", "浙江省粮食局"),          # before the reform: the 粮食局 of its years
])
def test_a_provinces_grain_and_reserves_bureau_printed_short(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name, city, date", [
    ("市粮食物资局", "杭州市", "2021-05-01"),
    ("县粮食物资局", "杭州市淳安县", "2022-05-01"),
])
def test_no_citys_grain_and_reserves_bureau_by_that_print(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)
