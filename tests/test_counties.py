"""counties.csv: a district's or county's parent city, read from the division codes.

Every expectation below was checked by hand against the published division codes
(江都区 is under 扬州市, 鼓楼区 exists in 南京, 徐州, 福州 and 开封 ...)."""
from __future__ import annotations

import csv
import tomllib

import pytest

from extractor.agencies.gazetteer import COUNTIES_FILE, PLACES_FILE, county_parents, parent_city, province_of
from extractor.agencies.placeclues import city_from_units
from extractor.agencies.registry import detect_city


def _rows() -> list[dict[str, str]]:
    with COUNTIES_FILE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def test_the_table_agrees_with_places_toml():
    with PLACES_FILE.open("rb") as fh:
        provinces = tomllib.load(fh)["provinces"]
    province_of_city = {c: p for p, cities in provinces.items() for c in cities}
    rows = _rows()
    assert 2800 < len(rows) < 3000          # about 2,850 county-level places
    for row in rows:
        if row["city"] and row["city"] != row["province"]:       # a municipality's district
            assert province_of_city[row["city"]] == row["province"], row
        assert row["level"] in ("区", "县", "县级市", "旗", "自治县", "自治旗", "林区", "特区"), row
    # the city-level places without counties
    assert set(province_of_city) - {r["city"] for r in rows} == {"东莞市", "中山市", "儋州市", "嘉峪关市"}


def test_known_rows():
    assert county_parents("江都区") == (("扬州市", "江苏省"),)
    assert county_parents("泾县") == (("宣城市", "安徽省"),)
    assert county_parents("仙桃市") == (("", "湖北省"),)        # directly under the province
    assert county_parents("朝阳区") == (("北京市", "北京市"), ("长春市", "吉林省"))
    assert county_parents("不存在县") == ()


@pytest.mark.parametrize("name,within,city", [
    ("江都区", (), "扬州市"),
    ("阿鲁科尔沁旗", (), "赤峰市"),
    ("鼓楼区", (), None),                      # 南京, 徐州, 福州, 开封: never a guess
    ("鼓楼区", ("福建省",), "福州市"),          # one of them in the province the notice names
    ("鼓楼区", ("江苏省",), None),              # 南京 and 徐州 are both in 江苏
    ("城区", (), None),
    ("仙桃市", (), None),                       # under the province: no city
    ("不存在区", (), None),
])
def test_parent_city(name, within, city):
    assert parent_city(name, within) == city


@pytest.mark.parametrize("issuer,doc_number,expected", [
    ("江都区人民政府办公室", None, "扬州市江都区"),           # a district that prints no city
    ("中共金乡县委办公室", None, "济宁市金乡县"),
    ("鼓楼区人民政府办公室", None, "鼓楼区"),                 # shared name: as printed
    ("鼓楼区人民政府", "南鼓政发〔2022〕1号", "南京市鼓楼区"),  # 南: only 南京 of the 南 cities has one
    ("义乌市人民政府办公室", None, "义乌市"),                 # a county-level city stands alone
    ("福州市鼓楼区人民政府", None, "福州市鼓楼区"),           # printed city wins
])
def test_notice_jurisdiction_from_the_table(issuer, doc_number, expected):
    assert detect_city(issuer, doc_number=doc_number) == expected


def test_a_shared_name_inside_the_province_a_title_prints():
    title = "关于印发鼓楼区贯彻落实福建省优化营商环境条例任务分工的通知"
    assert detect_city("鼓楼区人民政府办公室", title) == "福州市鼓楼区"
    title = "关于印发鼓楼区贯彻落实江苏省优化营商环境条例任务分工的通知"
    assert detect_city("鼓楼区人民政府办公室", title) == "鼓楼区"      # 南京 and 徐州


def test_a_title_chain_and_the_units_get_their_city_too():
    assert detect_city(None, "关于印发江都区2021年重点工作责任分工的通知") == "扬州市江都区"
    assert city_from_units(["江都区财政局、江都区教育局", "江都区科技局"]) == "扬州市江都区"


@pytest.mark.parametrize("name,issuer,canonical", [
    ("区财政局", "江都区人民政府办公室", "扬州市江都区财政局"),
    ("县财政局", "金乡县人民政府办公室", "金乡县财政局"),                     # a county stands alone
    ("县生态环境分局", "金乡县人民政府办公室", "济宁市生态环境局金乡县分局"),   # the city's branch
    ("旗生态环境分局", "阿鲁科尔沁旗人民政府办公室", "赤峰市生态环境局阿鲁科尔沁旗分局"),
    ("市生态环境局", "金乡县人民政府办公室", "济宁市生态环境局"),               # 市 in a county notice
    ("区公安分局", "江都区人民政府办公室", "扬州市公安局江都区分局"),
    ("市财政局", "义乌市人民政府办公室", "义乌市财政局"),
    ("省发展改革委", "义乌市人民政府办公室", "浙江省发展和改革委员会"),
    ("区财政局", "鼓楼区人民政府办公室", "鼓楼区财政局"),                     # ambiguous: as today
])
def test_names_in_a_notice_whose_city_comes_from_the_table(resolver, name, issuer, canonical):
    city = detect_city(issuer)
    assert resolver.resolve(name, city=city, date="2021-06-01").canonical == canonical


@pytest.mark.parametrize("name,city,canonical", [
    ("江都区财政局", None, "扬州市江都区财政局"),         # a printed district, no notice place
    ("鼓楼区财政局", None, "鼓楼区财政局"),              # shared: as printed
    ("鼓楼区财政局", "福建省", "福州市鼓楼区财政局"),     # the one in the notice's province
    ("南谯区政府", "滁州市", "滁州市南谯区人民政府"),     # the notice's city, as before
])
def test_printed_districts(resolver, name, city, canonical):
    assert resolver.resolve(name, city=city, date="2021-06-01").canonical == canonical


def test_the_province_of_a_county_level_city():
    assert province_of("义乌市") == "浙江省"
    assert province_of("绵阳市") == "四川省"


def test_a_county_under_its_province(resolver):
    # 澄迈县 is coded under 海南省 with no city: 省 is 海南, 市 is nobody
    city = detect_city("澄迈县人民政府办公室")
    assert city == "澄迈县"
    assert resolver.resolve("省发展改革委", city=city).canonical == "海南省发展和改革委员会"
    assert resolver.resolve("县财政局", city=city).canonical == "澄迈县财政局"
    assert resolver.resolve("市财政局", city=city).match == "unresolved"


def test_the_generator_reads_parents_from_the_codes():
    from extractor.agencies.make_counties import county_rows
    main = {"110000": "北京市", "110100": "市辖区", "110105": "朝阳区",
            "320000": "江苏省", "321000": "扬州市", "321012": "江都区",
            "420000": "湖北省", "429000": "省直辖县级行政区划", "429004": "仙桃市", "429021": "神农架林区",
            "540000": "西藏自治区", "540400": "林芝市", "540481": "米林市",
            "710000": "台湾省", "710101": "某区"}
    extra = {"540422": "米林县",        # renamed: the old name is not brought back
             "321099": "某某县"}        # missing from the main table: added
    assert county_rows(main, extra) == [
        ("110105", "朝阳区", "北京市", "北京市", "区"),           # a municipality's district
        ("321012", "江都区", "扬州市", "江苏省", "区"),
        ("321099", "某某县", "扬州市", "江苏省", "县"),
        ("429004", "仙桃市", "", "湖北省", "县级市"),           # directly under the province
        ("429021", "神农架林区", "", "湖北省", "林区"),
        ("540481", "米林市", "林芝市", "西藏自治区", "县级市"),
    ]
