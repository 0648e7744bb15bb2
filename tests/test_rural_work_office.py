"""A party committee's rural work office: before the 2018-19 reform a city's or county's 委农办 was an office
of its own, the 农村工作办公室 (苏州市委农村工作办公室 signs a 2014 苏州 page; 兰州's 2019 reform merged its 市委
农村工作办公室 into the new 农业农村局); from the reform on it is the office of the committee's rural work leading
group, set in the 农业农村局 (中共嵊州市委农村工作领导小组办公室, 2022).  The era of the notice picks the name."""
import pytest

from namekit import assert_reads

CASES = [
    ("市委农办", "无锡市", "2016-04-01", "中共无锡市委农村工作办公室"),
    ("县委农办", "衡阳市衡山县", "2017-09-01", "中共衡山县委农村工作办公室"),
    ("市委农办", "无锡市", "2021-04-01", "中共无锡市委农村工作领导小组办公室"),
    ("县委农办", "黔东南州黎平县", "2022-06-01", "中共黎平县委农村工作领导小组办公室"),
]


@pytest.mark.parametrize("name,city,date,canonical", CASES)
def test_the_rural_work_office_is_named_by_the_notices_era(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


def test_an_undated_notice_reads_the_office_by_its_name_of_today(resolver):
    assert resolver.resolve("市委农办", city="无锡市").canonical == "中共无锡市委农村工作领导小组办公室"
