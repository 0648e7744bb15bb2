"""The State Council's leading group's office for the reform of administrative approval, which a national notice names
beside the ministries (``agencies/national.toml``; holdout glosscut-guoban-2016-19, batch 117, real69b, written before
the data: unresolved).

- 国务院审改办: the office of the 国务院行政审批制度改革工作领导小组 (2001-2018), printed so in any notice (no local body
  is: a place's is 省审改办, 市审改办), read by its full name and its traditional spelling too (國務院審改辦, a
  glossing mirror's copy of the 2016 政务公开要点);
- 审改办 printed bare names it only in a national notice; a province's or city's own 审改办 is its own and stays
  unresolved (no standard body: a leading group's office), and a notice of no place names nothing by it;
- not before 2001-10, when the group was set up."""
import pytest

from namekit import assert_reads, assert_unresolved

NATION = "中华人民共和国"
OFFICE = "国务院行政审批制度改革工作领导小组办公室"

READS = [
    ("国务院审改办", NATION, "2016-04-02", OFFICE),
    ("國務院審改辦", NATION, "2016-04-02", OFFICE),
    ("国务院审改办", "四川省", "2015-05-01", OFFICE),
    ("国务院行政审批制度改革工作领导小组办公室", "北京市", "2012-03-01", OFFICE),
    ("审改办", NATION, "2016-04-02", OFFICE),
]

NONE = [
    ("审改办", None, "2016-04-02"),        # no place: whose office?
    ("国务院审改办", NATION, "1999-06-01"),  # before the group was set up
]


@pytest.mark.parametrize("name,city,date,canonical", READS)
def test_the_state_councils_approval_reform_office(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", NONE)
def test_no_office_where_none_fits(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


def test_a_provinces_own_office_is_not_the_state_councils(resolver):
    ref = resolver.resolve("省审改办", city="四川省", date="2015-05-01")
    assert ref.canonical != OFFICE
