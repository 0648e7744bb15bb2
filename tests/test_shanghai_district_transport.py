"""上海's districts name their transport body as the city names its own, a 交通委员会 (上海市嘉定区交通委员会,
printed 区交通委), never the 交通运输委员会 a generic short form reads elsewhere (template.toml, the 交通委员会
form of 上海's districts).  Holdout asciilabel-jiading-2022-1 (batch 80): before, 区交通委 in 嘉定's list was
read as 上海市嘉定区交通运输委员会, a body 上海 has at no level."""
from namekit import assert_reads


def test_a_shanghai_districts_transport_committee(resolver):
    assert_reads(resolver, "区交通委", "上海市嘉定区", "2022-03-01", "上海市嘉定区交通委员会")
    assert_reads(resolver, "区交通委", "上海市金山区", "2019-06-01", "上海市金山区交通委员会")


def test_the_city_keeps_its_own(resolver):
    assert_reads(resolver, "市交通委", "上海市", "2022-03-01", "上海市交通委员会")
