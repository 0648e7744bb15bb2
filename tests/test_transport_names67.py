"""A city that kept its 交通局 past the 2009-10 renaming (template.toml, `jtj`'s forms): 营口's bureau was still
营口市交通局 in its 2016 十三五 分工 (holdout provrepost-yingkou-2016-45) and is 营口市交通运输局 from 2018 (holdout
ocr-yingkou-2018-6).  Elsewhere a 交通局 printed after 2010 is the 交通运输局's abbreviation.  Written by hand."""
import pytest

from extractor.agencies.resolve import load_resolver


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


CASES = [
    ("市交通局", "营口市", "2016-12-26", "营口市交通局"),          # the name it still bore
    ("市交通局", "营口市", "2018-03-02", "营口市交通运输局"),      # renamed by then
    ("市交通运输局", "营口市", "2016-12-26", "营口市交通运输局"),  # a printed 交通运输局 stays as printed
    ("市交通局", "铁岭市", "2016-12-26", "铁岭市交通运输局"),      # another city: the abbreviation
    ("市交通局", "营口市", "2008-05-01", "营口市交通局"),          # before the renaming, as everywhere
]


@pytest.mark.parametrize("name,city,date,canonical", CASES)
def test_a_city_keeping_its_transport_bureau_name(resolver, name, city, date, canonical):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.canonical == canonical, resolver.explain(name, city=city, date=date)
