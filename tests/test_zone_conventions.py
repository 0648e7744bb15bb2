"""The development-zone conventions of tests/fixtures/README.md ("agencies"), as the resolver reads them.

A zone's committee takes an official name only from the page or from zones.toml's list: a name of its own before a
catalogue kind is written as printed with 管委会 in full, and the notice's place the page does not print is not put
before it; a zone named by a place and a kind that is not printed in full stays unresolved wherever that place is,
in the notice's chain or not; and in a notice a zone issues, its own bureaus printed bare are the zone's, as a
department printed bare is the issuing government's in any notice.
"""
from __future__ import annotations

import pytest

#: (printed name, the notice's place, date, the canonical name it must read as)
READINGS = [
    # a name of its own and a catalogue kind: as printed, only 管委会 written out; no 惠州市 / 武汉市 added
    ("大亚湾开发区管委会", "惠州市", "2021-06-01", "大亚湾开发区管理委员会"),
    ("东湖高新区管委会", "武汉市", "2021-06-01", "东湖高新区管理委员会"),
    # the notice's own place printed before it is part of the printed name and stays
    ("惠州大亚湾开发区管委会", "惠州市", "2021-06-01", "惠州大亚湾开发区管理委员会"),
    # an industry zone printed with its place is read as printed, as any name of its own
    ("泰州医药高新区管委会", "泰州市", "2019-06-01", "泰州医药高新区管理委员会"),
    # the zone's own bureaus printed bare in the zone's notice (zones.toml [[office]])
    ("经济发展局", "宜昌高新区", "2022-06-01", "宜昌高新技术产业开发区经济发展局"),
    ("规划建设局", "钦州港经济技术开发区", "2022-06-01", "钦州港经济技术开发区规划建设局"),
    ("口岸管理办公室", "钦州港经济技术开发区", "2022-06-01", "钦州港经济技术开发区口岸管理办公室"),
    ("财政金融局", "绵阳高新区", "2022-06-01", "绵阳高新技术产业开发区财政金融局"),
    ("经发局", "长沙经济技术开发区", "2022-06-01", "长沙经济技术开发区经济发展局"),
    # national zones whose official names are known: listed, so their kind alone reads in their city's own notice
    ("高新区管委会", "南阳市", "2020-06-01", "南阳高新技术产业开发区管理委员会"),
    ("南阳高新区管委会", "河南省", "2020-06-01", "南阳高新技术产业开发区管理委员会"),
    ("开发区管委会", "烟台市", "2020-06-01", "烟台经济技术开发区管理委员会"),
    ("烟台经开区", "山东省", "2020-06-01", "烟台经济技术开发区管理委员会"),
    # a committee printed 管委 (the 会 left off, as a city's gazette lists its zones among a task's units) reads as 管委会
    # does (zones.toml [committee] words); a department whose short name ends in 管委 stays the department
    ("佛山高新区管委", "佛山市", "2021-06-01", "佛山高新技术产业开发区管理委员会"),
    ("高新区管委", "合肥市", "2021-06-01", "合肥高新技术产业开发区管理委员会"),
    ("池州经济技术开发区管委", "池州市", "2021-06-01", "池州经济技术开发区管理委员会"),
    ("区建管委", "上海市徐汇区", "2022-06-01", "上海市徐汇区建设和管理委员会"),
    ("区城管委", "北京市朝阳区", "2022-06-01", "北京市朝阳区城市管理委员会"),
    # a national high-tech zone listed in session 36: its kind alone in its city's notice
    ("高新区管委会", "青岛市", "2019-06-01", "青岛高新技术产业开发区管理委员会"),
]

#: (printed name, the notice's place, date): no standard body, or its official name is not printed
UNRESOLVED = [
    # a county-level city under the notice's prefecture, and a kind not in full
    ("霍尔果斯经济开发区管委会", "伊犁哈萨克自治州", "2025-06-01"),
    ("奎屯高新区管委会", "伊犁哈萨克自治州", "2025-06-01"),
    # the same in a province's notice, the city two levels down
    ("霍尔果斯经济开发区管委会", "新疆维吾尔自治区", "2025-06-01"),
    # a zone's bureau outside a zone's notice, and a city bureau's branch in the zone
    ("经济发展局", "宜昌市", "2022-06-01"),
    ("规划建设局", "宜昌市西陵区", "2022-06-01"),
    ("自然资源分局", "绵阳高新区", "2022-06-01"),
    # printed 管委: a zone of no known official name stays unresolved as with 管委会
    ("奎屯高新区管委", "伊犁哈萨克自治州", "2025-06-01"),
    ("县工业园区管委", "某县", "2021-06-01"),
    # an industry and a kind, without the place its official name carries (泰州医药高新技术产业开发区)
    ("医药高新区管委会", "泰州市", "2019-06-01"),
    ("化工经济开发区管委会", "泰州市", "2019-06-01"),
]


@pytest.mark.parametrize("name,city,date,canonical", READINGS)
def test_a_zone_and_its_bureaus_read_as_the_convention_says(resolver, name, city, date, canonical):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.canonical == canonical, resolver.explain(name, city=city)


@pytest.mark.parametrize("name,city,date", UNRESOLVED)
def test_a_zone_whose_name_is_not_printed_stays_unresolved(resolver, name, city, date):
    assert resolver.resolve(name, city=city, date=date).match == "unresolved", resolver.explain(name, city=city)


def test_one_zone_printed_with_and_without_its_city_is_one_body(resolver):
    ids = {resolver.resolve(n, city="惠州市", date="2021-06-01").agency_id
           for n in ("大亚湾开发区管委会", "惠州大亚湾开发区管委会")}
    assert len(ids) == 1
