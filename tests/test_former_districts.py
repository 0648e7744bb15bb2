"""A city district merged away or abolished (北京's 崇文区 into the new 东城区, 2010) is named by its old name in
the notices of its city dated before the change: printed before a department it is that district of the city
(崇文区财政局 in a 2008 北京 notice -> 北京市崇文区财政局), printed alone its government; after the change, or in
another city's notice, it names no district (agencies/former_districts.csv, read by the gazetteer; docs/agencies.md
"A name's jurisdiction").  counties.csv lists today's places only.  A county made a district (撤县设区) is
former_counties.csv's, not this file's.  Names and dates are invented notices'; the cases keep away from the month
of a change wherever that month is not certain."""
import csv

import pytest

from extractor.agencies.gazetteer import (FORMER_COUNTIES_FILE, FORMER_DISTRICTS_FILE, county_parents,
                                          former_district_cities)
from extractor.agencies.registry import detect_city

from namekit import assert_reads, assert_unresolved


@pytest.mark.parametrize("name,city,date,canonical", [
    ("崇文区财政局", "北京市", "2008-05-12", "北京市崇文区财政局"),
    ("宣武区发改委", "北京市", "2009-03-02", "北京市宣武区发展和改革委员会"),
    ("崇文区教委", "北京市", "2006-09-01", "北京市崇文区教育委员会"),    # 北京's districts: a 教育委员会
    ("崇文区财政局", "北京市东城区", "2008-05-12", "北京市崇文区财政局"),  # a notice of today's district
    ("崇文区财政局", "北京市", "2010-06-30", "北京市崇文区财政局"),      # the last day before the merger
    ("崇文区委组织部", "北京市", "2008-05-12", "中共北京市崇文区委组织部"),
    ("卢湾区财政局", "上海市", "2010-06-01", "上海市卢湾区财政局"),
    ("闸北区教育局", "上海市", "2014-05-20", "上海市闸北区教育局"),
    ("南汇区发改委", "上海市", "2007-11-15", "上海市南汇区发展和改革委员会"),
    ("塘沽区财政局", "天津市", "2008-04-10", "天津市塘沽区财政局"),
    ("大港区财政局", "天津市", "2007-08-01", "天津市大港区财政局"),
    ("白下区财政局", "南京市", "2011-03-01", "南京市白下区财政局"),
    ("下关区发改局", "南京市", "2010-10-08", "南京市下关区发展和改革局"),
    ("平江区财政局", "苏州市", "2010-07-01", "苏州市平江区财政局"),
    ("崇安区财政局", "无锡市", "2013-06-01", "无锡市崇安区财政局"),
    ("江东区财政局", "宁波市", "2014-04-01", "宁波市江东区财政局"),
    ("下城区财政局", "杭州市", "2019-09-01", "杭州市下城区财政局"),
    ("江干区发改局", "杭州市", "2020-03-01", "杭州市江干区发展和改革局"),
    ("芳村区财政局", "广州市", "2003-09-01", "广州市芳村区财政局"),
    ("万盛区财政局", "重庆市", "2009-05-01", "重庆市万盛区财政局"),
    ("四方区财政局", "青岛市", "2010-05-01", "青岛市四方区财政局"),
    # printed alone: its government
    ("崇文区", "北京市", "2008-05-12", "北京市崇文区人民政府"),
    ("闸北区", "上海市", "2013-02-01", "上海市闸北区人民政府"),
    ("下城区", "杭州市", "2019-09-01", "杭州市下城区人民政府"),
    # its own notice's chain prints the district after its city: the level prefix is read there as ever
    ("区发改委", "北京市崇文区", "2008-05-12", "北京市崇文区发展和改革委员会"),
    ("区财政局", "上海市卢湾区", "2010-06-01", "上海市卢湾区财政局"),
    # a name another city's district of today bears too
    ("双桥区财政局", "重庆市", "2009-05-01", "重庆市双桥区财政局"),   # 承德 has a 双桥区 today
    ("双桥区财政局", "承德市", "2009-05-01", "承德市双桥区财政局"),
    ("东山区财政局", "广州市", "2003-09-01", "广州市东山区财政局"),   # 鹤岗 has a 东山区 today
    # session 41: 哈尔滨's 太平区 (into 道外区, approved 2004-02, the new 道外区 from 2004-05-30; 阜新 has a 太平区
    # today) and 淮安's 清河区 and 清浦区 (into the new 清江浦区: announced 2016-07, its government from 2016-10-08;
    # 铁岭 has a 清河区 today)
    ("太平区财政局", "哈尔滨市", "2003-06-01", "哈尔滨市太平区财政局"),
    ("太平区", "哈尔滨市", "2003-06-01", "哈尔滨市太平区人民政府"),
    ("太平区财政局", "阜新市", "2003-06-01", "阜新市太平区财政局"),
    ("太平区财政局", "阜新市", "2022-06-01", "阜新市太平区财政局"),
    ("清河区财政局", "淮安市", "2014-06-01", "淮安市清河区财政局"),
    ("清浦区财政局", "淮安市", "2014-06-01", "淮安市清浦区财政局"),
    ("区财政局", "淮安市清浦区", "2014-06-01", "淮安市清浦区财政局"),
    ("清河区财政局", "铁岭市", "2014-06-01", "铁岭市清河区财政局"),
])
def test_a_former_district_before_the_change_is_the_citys(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", [
    ("崇文区财政局", "北京市", "2012-05-01"),      # after the merger: no such district
    ("崇文区财政局", "北京市", "2010-07-15"),      # the month of the merger
    ("崇文区", "北京市", "2012-05-01"),
    ("崇文区财政局", "北京市", None),              # undated: which era cannot be told
    ("闸北区教育局", "上海市", "2017-03-01"),
    ("塘沽区财政局", "天津市", "2012-04-10"),
    ("下城区财政局", "杭州市", "2022-03-01"),
    ("崇文区财政局", "上海市", "2008-05-12"),      # another city's former district
    ("塘沽区财政局", "北京市", "2008-05-12"),
    ("鹭屿区财政局", "北京市", "2008-05-12"),      # an X区 no list holds, before any change
    ("秦淮区财政局", "北京市", "2008-05-12"),      # a real district of another city (南京's)
    ("双桥区财政局", "重庆市", "2016-05-01"),      # after 2011 双桥区 is 承德's only
    ("东山区财政局", "广州市", "2010-05-01"),      # after 2005 东山区 is 鹤岗's only
    ("太平区财政局", "哈尔滨市", "2006-06-01"),    # after 2004 太平区 is 阜新's only
    ("清河区财政局", "淮安市", "2018-06-01"),      # after 2016 清河区 is 铁岭's only
    ("清浦区财政局", "淮安市", "2018-06-01"),
    ("清浦区财政局", "铁岭市", "2014-06-01"),      # another city's former district
])
def test_no_district_where_there_was_none(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


def test_the_district_it_became_is_read_as_before(resolver):
    assert_reads(resolver, "东城区财政局", "北京市", "2012-05-01", "北京市东城区财政局")
    assert_reads(resolver, "姑苏区财政局", "苏州市", "2016-05-01", "苏州市姑苏区财政局")


def _rows(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def test_every_former_district_was_its_citys_and_is_none_of_it_today():
    counties = {row["name"] for row in _rows(FORMER_COUNTIES_FILE)}
    rows = _rows(FORMER_DISTRICTS_FILE)
    assert len(rows) >= 20
    for row in rows:
        assert row["name"].endswith("区") and row["name"] not in counties, row   # a county turned district is not here
        assert (row["city"], row["province"]) in county_parents(row["became"]), row
        assert (row["city"], row["province"]) not in county_parents(row["name"]), row
        assert len(row["changed"]) == 7 and row["changed"][4] == "-" and row["changed"] >= "2000-01", row


def test_former_district_cities_is_dated():
    assert former_district_cities("崇文区", "2010-06-30") == ("北京市",)
    assert former_district_cities("崇文区", "2010-07-01") == ()
    assert former_district_cities("崇文区", None) == ()
    assert former_district_cities("东城区", "2008-01-01") == ()     # a district of today is counties.csv's


# ---------------------------------------------------------------- a notice or a name printing the district without its city

@pytest.mark.parametrize("issuer,title,date,city", [
    ("崇文区人民政府办公室", "关于印发崇文区2008年为民办实事工作方案的通知", "2008-05-12", "北京市崇文区"),
    ("闸北区人民政府", "关于做好2013年防汛防台工作的通知", "2013-06-01", "上海市闸北区"),
    ("崇文区人民政府办公室", "关于印发崇文区2012年工作要点的通知", "2012-05-12", "崇文区"),   # after: no city
    ("双桥区人民政府办公室", "关于印发2009年工作要点的通知", "2009-05-01", "双桥区"),   # 承德's and 重庆's then
    ("双桥区人民政府办公室", "关于印发2016年工作要点的通知", "2016-05-01", "承德市双桥区"),   # 承德's alone today
])
def test_a_notice_of_a_former_district_printing_no_city_gets_it_by_its_date(issuer, title, date, city):
    assert detect_city(issuer, title, date=date) == city


@pytest.mark.parametrize("name,date,canonical", [
    ("崇文区财政局", "2008-05-12", "北京市崇文区财政局"),
    ("崇文区财政局", "2012-05-12", "崇文区财政局"),          # after: a name of no known city, as printed
    ("双桥区财政局", "2009-05-01", "双桥区财政局"),          # two cities had one then
    ("双桥区财政局", "2016-05-01", "承德市双桥区财政局"),
])
def test_a_former_district_in_a_notice_of_no_place_gets_its_city_by_the_date(resolver, name, date, canonical):
    assert resolver.resolve(name, city=None, date=date).canonical == canonical
