"""Two central bodies a national list names beside the ministries (``agencies/national.toml``; batch 119, real70a,
written before the data: unresolved).

- 国家自然科学基金委员会: printed 自然科学基金会 in the 全民科学素质 office's list of member units (holdout
  rosterduty-kexie-undated-1), read so only in a national notice (a place's notice keeps its own reading), and by its
  short spellings with 委 in any notice;
- 中央军事委员会装备发展部: printed 中央军委装备发展部 in the 知识产权强国 plans (holdout barehead-guozhi-2025-1),
  read in any notice, not before the 2016 reform made it."""
import pytest

from namekit import assert_reads, assert_unresolved

NATION = "中华人民共和国"
FUND = "国家自然科学基金委员会"
ARMS = "中央军事委员会装备发展部"

READS = [
    ("自然科学基金会", NATION, "2010-05-01", FUND),
    ("国家自然科学基金委", "北京市", "2020-05-01", FUND),
    ("自然科学基金委", NATION, "2020-05-01", FUND),
    ("中央军委装备发展部", NATION, "2025-04-29", ARMS),
    ("中央軍委裝備發展部", NATION, "2025-04-29", ARMS),
    ("中央军委装备发展部", "内蒙古自治区", "2020-05-13", ARMS),
]

NONE = [
    ("自然科学基金会", None, "2010-05-01"),          # no place: whose foundation?
    ("中央军委装备发展部", NATION, "2012-03-01"),     # before the 2016 reform made it
]


@pytest.mark.parametrize("name,city,date,canonical", READS)
def test_the_central_bodies_read(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", NONE)
def test_no_body_where_none_fits(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)
