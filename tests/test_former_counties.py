"""A county made a district (撤县设区: 沾化县 -> 滨州市沾化区 in 2014) is named by its old name in the notices
dated before the change: printed alone it is the county's government then, and nothing after it
(agencies/former_counties.csv, read by the gazetteer; docs/agencies.md "Places printed alone")."""
import csv

import pytest

from extractor.agencies.gazetteer import FORMER_COUNTIES_FILE, county_parents, former_county

from namekit import assert_reads, assert_unresolved


@pytest.mark.parametrize("name,city,date,canonical", [
    ("陕县", "三门峡市", "2010-05-01", "陕县人民政府"),
    ("郧县", "十堰市", "2012-11-20", "郧县人民政府"),
    ("南郑县", "汉中市", "2016-03-01", "南郑县人民政府"),
    ("南郑县", "汉中市", "2017-06-30", "南郑县人民政府"),      # the month before the approval
    ("沾化县", "滨州市", "2006-04-01", "沾化县人民政府"),
])
def test_a_county_before_it_became_a_district_is_its_government(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", [
    ("陕县", "三门峡市", "2019-01-01"),       # after the change: no such county to invent
    ("南郑县", "汉中市", "2017-07-05"),       # the month of the approval
    ("郧县", "十堰市", None),                 # undated: which era cannot be told
    ("青岚县", "三门峡市", "2010-05-01"),     # a name no list holds
])
def test_no_county_government_where_there_was_none(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


def test_the_district_it_became_is_read_as_before(resolver):
    assert resolver.resolve("陕州区", city="三门峡市", date="2019-01-01").canonical == "三门峡市陕州区人民政府"


def test_former_county_is_dated():
    assert former_county("沾化县", "2014-08-31") == ("滨州市", "山东省")
    assert former_county("沾化县", "2014-09-01") is None
    assert former_county("沾化县", None) is None
    assert former_county("惠民县", "2006-01-01") is None     # a county of today is counties.csv's


def test_every_former_county_became_a_district_of_today_and_is_none_itself():
    with FORMER_COUNTIES_FILE.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    assert len(rows) >= 20
    for row in rows:
        assert (row["city"], row["province"]) in county_parents(row["became"]), row
        assert not county_parents(row["name"]), row
        assert len(row["changed"]) == 7 and row["changed"][4] == "-", row
