"""湖南's cities, counties and districts merged commerce and grain in one bureau, 商务粮食局 (a 株洲 2015
意见 prints 市商务粮食局 among its units, a 2020 岳阳 report 岳阳市商务粮食局's head): printed after a level
it is that place's bureau; elsewhere no standard body is named so, and the name stays unresolved."""
import pytest

from namekit import assert_reads, assert_unresolved

CASES = [
    ("县商务粮食局", "衡阳市衡山县", "2016-05-01", "衡山县商务粮食局"),
    ("市商务粮食局", "株洲市", "2015-03-01", "株洲市商务粮食局"),
    ("區商務糧食局", "常德市武陵区", "2018-06-01", "常德市武陵区商务粮食局"),
]
NEGATIVES = [
    ("县商务粮食局", "南阳市西峡县", "2016-05-01"),      # 河南: no such body
    ("区商务粮食局", "无锡市滨湖区", "2018-06-01"),      # 江苏
]


@pytest.mark.parametrize("name,city,date,canonical", CASES)
def test_hunans_merged_commerce_and_grain_bureau(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", NEGATIVES)
def test_no_merged_bureau_outside_hunan(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


def test_the_plain_commerce_bureau_stays_itself_in_hunan(resolver):
    assert resolver.resolve("县商务局", city="衡阳市衡山县", date="2016-05-01").canonical == "衡山县商务局"
