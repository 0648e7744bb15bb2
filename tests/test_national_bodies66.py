"""国家中医药局, the State Council's own short form of 国家中医药管理局 in its 分工 lists (``agencies/national.toml`` short;
holdout corprepost-zhongyiyao, batch 107: the 2017 中医药发展战略规划纲要 实施分工方案, written before the data: unresolved)."""
import pytest

from namekit import assert_reads

NATION = "中华人民共和国"


@pytest.mark.parametrize("printed,place,date,canonical", [
    ("国家中医药局", NATION, "2017-02-10", "国家中医药管理局"),
    ("國家中醫藥局", NATION, "2017-02-10", "国家中医药管理局"),
    ("国家中医药管理局", NATION, "2017-02-10", "国家中医药管理局"),
])
def test_the_short_form_reads_as_the_administration(resolver, printed, place, date, canonical):
    assert_reads(resolver, printed, place, date, canonical)
