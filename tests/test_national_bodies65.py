"""Two central bodies a 2013 national plan names beside the ministries, read as the bodies of its day
(``agencies/national.toml``; holdout goalsteps-guoban, batch 104, real65e, written before the data: both unresolved).

- 中央综治办: the office of the Party centre's 中央社会治安综合治理委员会, which the 2018 reform folded into the 中央政法委;
  printed in any notice so (no local body is: a place's is 市综治办, 区委政法委 …), it is the central office (ended by the 2018 reform;
  a later notice printing the name still names it, as national.toml reads every ended body).
- 妇儿工委办公室: the office of the State Council's 妇女儿童工作委员会, printed bare only by a national notice (the
  State Council's short form, as 扶贫办 is); a city's 市妇儿工委办公室 is the city's own, and a notice of no place names
  nothing by the bare form.  Traditional copies (中央綜治辦, 婦兒工委辦公室) read as the simplified ones."""
import pytest

from namekit import assert_reads, assert_unresolved

NATION = "中华人民共和国"

READS = [
    ("中央综治办", NATION, "2013-03-02", "中央社会治安综合治理委员会办公室"),
    ("中央綜治辦", NATION, "2013-03-02", "中央社会治安综合治理委员会办公室"),
    ("中央综治办", "四川省", "2012-05-01", "中央社会治安综合治理委员会办公室"),
    # a later notice printing the old name still names that office (national.toml: valid_to records the reform)
    ("中央综治办", NATION, "2019-06-01", "中央社会治安综合治理委员会办公室"),
    ("妇儿工委办公室", NATION, "2013-03-02", "国务院妇女儿童工作委员会办公室"),
    ("婦兒工委辦公室", NATION, "2013-03-02", "国务院妇女儿童工作委员会办公室"),
    ("国务院妇儿工委办公室", "四川省", "2013-03-02", "国务院妇女儿童工作委员会办公室"),
]

NONE = [
    ("妇儿工委办公室", None, "2013-03-02"),   # no place: whose committee?
]


@pytest.mark.parametrize("name,city,date,canonical", READS)
def test_the_central_office_of_its_day(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", NONE)
def test_no_central_office_where_none_fits(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


def test_a_citys_own_committee_office_is_not_the_state_councils(resolver):
    ref = resolver.resolve("市妇儿工委办公室", city="宜昌市", date="2013-03-02")
    assert ref.canonical != "国务院妇女儿童工作委员会办公室"
