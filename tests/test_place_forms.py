"""The template's place-bound and era-bound names: one department type, the official name
the place (and the notice's date) gives it.  Every case is written by hand from what the
places' own bodies are called; none comes from a fixture."""
from __future__ import annotations

import pytest

from extractor.agencies.gazetteer import _places
from extractor.agencies.ids import template_id
from extractor.agencies.jurisdiction import MUNICIPALITIES
from extractor.agencies.departments import load_template
from extractor.models import ExtractorError

from namekit import assert_reads, assert_unresolved


@pytest.mark.parametrize("name,city,date,canonical", [
    # 教体局: 山东 and 四川 write 教育和体育局, elsewhere 教育体育局; a printed 和 is kept anywhere
    ("县教体局", "菏泽市郓城县", "2021-05-01", "郓城县教育和体育局"),
    ("市教育体育局", "绵阳市", "2021-05-01", "绵阳市教育和体育局"),
    ("县教体局", "信阳市息县", "2021-05-01", "息县教育体育局"),
    ("市教育和体育局", "许昌市", "2021-05-01", "许昌市教育和体育局"),
    # one abbreviation, the province's name for the body
    ("市大数据局", "安顺市", "2021-05-01", "安顺市大数据发展管理局"),
    ("市大数据局", "安阳市", "2021-05-01", "安阳市大数据管理局"),
    ("市大数据局", "湖州市", "2022-04-29", "湖州市大数据发展管理局"),     # 浙江's cities (gazettetwo-huzhou)
    ("市大数据发展管理局", "湖州市", "2021-03-22", "湖州市大数据发展管理局"),
    ("省大数据局", "浙江省", "2021-05-01", "浙江省大数据发展管理局"),
    ("市政数局", "长春市", "2021-05-01", "长春市政务服务和数字化建设管理局"),
    ("市政数局", "佛山市", "2021-05-01", "佛山市政务服务数据管理局"),
    ("市城管执法局", "广州市", "2021-05-01", "广州市城市管理和综合执法局"),
    ("市城管执法局", "广州市", "2016-05-01", "广州市城市管理综合执法局"),
    ("市城管执法局", "长沙市", "2021-05-01", "长沙市城市管理和综合执法局"),   # 湖南's 2019 name (generic before session 32)
    ("市城管执法局", "宜昌市", "2021-05-01", "宜昌市城市管理综合执法局"),
    ("省供销社", "广东省", "2021-05-01", "广东省供销合作联社"),
    ("省供销社", "江苏省", "2021-05-01", "江苏省供销合作总社"),
    ("市供销社", "绵阳市", "2021-05-01", "绵阳市供销合作社联合社"),
    # 江苏's cities name their union as the province does
    ("市供销社", "南京市", "2021-05-01", "南京市供销合作总社"),
    ("市供销社", "苏州市", "2012-05-01", "苏州市供销合作总社"),
    ("省扶贫移民局", "四川省", "2017-05-01", "四川省扶贫和移民工作局"),
    ("市委社治委", "成都市", "2020-06-01", "中共成都市委城乡社区发展治理委员会"),   # 四川's party body (runtable-chengdu)
    ("区委社治委", "成都市武侯区", "2020-06-01", "中共成都市武侯区委城乡社区发展治理委员会"),
    ("市电业局", "宁波市", "2014-07-22", "国网宁波供电公司"),   # the utility's older name (epaperrun-ningbo)
    ("市外侨办", "株洲市", "2007-05-01", "株洲市人民政府外事侨务办公室"),   # 外事 and 侨务 in one office (pagethree-zhuzhou)
    ("市外办", "株洲市", "2007-05-01", "株洲市人民政府外事办公室"),
    # the era of a name: 交通局 became 交通运输局 in 2009-10, except 重庆's 2018 交通局
    ("市交通局", "大连市", "2022-01-10", "大连市交通运输局"),
    ("市交通局", "大连市", "2006-01-10", "大连市交通局"),
    ("区交通局", "重庆市渝北区", "2022-01-10", "重庆市渝北区交通局"),
    # the municipalities' districts
    ("区经济信息委", "重庆市渝北区", "2022-01-10", "重庆市渝北区经济和信息化委员会"),
    ("区住房城乡建委", "重庆市渝北区", "2022-01-10", "重庆市渝北区住房和城乡建设委员会"),
    # 重庆's commission is named after the city alone, no 人民政府 (its portal's name); a district's is not known
    ("市国资委", "重庆市", "2026-01-10", "重庆市国有资产监督管理委员会"),
    ("市国资委", "重庆市荣昌区", "2026-01-10", "重庆市国有资产监督管理委员会"),
    ("市国资委", "成都市", "2026-01-10", "成都市人民政府国有资产监督管理委员会"),
    ("区国资委", "重庆市荣昌区", "2026-01-10", "重庆市荣昌区人民政府国有资产监督管理委员会"),
    ("区公安分局", "北京市海淀区", "2022-01-10", "北京市公安局海淀分局"),
    ("区公安分局", "重庆市渝中区", "2022-01-10", "重庆市公安局渝中区分局"),
    ("区公安分局", "深圳市福田区", "2022-01-10", "深圳市公安局福田分局"),
    ("区建委", "天津市西青区", "2015-06-01", "天津市西青区建设管理委员会"),
    ("区建委", "天津市西青区", "2021-06-01", "天津市西青区住房和建设委员会"),
    ("区市容园林委", "天津市西青区", "2015-06-01", "天津市西青区市容和园林管理委员会"),
    ("区规划自然资源分局", "北京市海淀区", "2021-06-01", "北京市规划和自然资源委员会海淀分局"),
    ("区住房城市建设委", "北京市海淀区", "2021-06-01", "北京市海淀区住房和城市建设委员会"),
    ("区委社会工委", "北京市海淀区", "2021-06-01", "中共北京市海淀区委社会工作委员会"),
    ("区房管局", "上海市徐汇区", "2021-06-01", "上海市徐汇区住房保障和房屋管理局"),
    ("区规划土地局", "上海市徐汇区", "2016-06-01", "上海市徐汇区规划和土地管理局"),
    ("区投资促进办", "上海市徐汇区", "2016-06-01", "上海市徐汇区投资促进办公室"),
    ("区建管委", "上海市徐汇区", "2022-06-01", "上海市徐汇区建设和管理委员会"),
    ("区城市管理委", "北京市海淀区", "2022-06-01", "北京市海淀区城市管理委员会"),
    ("旗能源局", "鄂尔多斯市伊金霍洛旗", "2022-06-01", "伊金霍洛旗能源局"),
    ("市水利和湖泊局", "荆州市", "2022-06-01", "荆州市水利和湖泊局"),
    # 编办: the government's before the 2018-19 reform, the party committee's after (北京's always)
    ("市编办", "宜昌市", "2015-06-01", "宜昌市机构编制委员会办公室"),
    ("市编办", "宜昌市", "2021-06-01", "中共宜昌市委机构编制委员会办公室"),
    ("市编办", "北京市", "2015-06-01", "中共北京市委机构编制委员会办公室"),
    # a merged bureau read as printed
    ("区农业农村水利局", "芜湖市弋江区", "2024-06-01", "芜湖市弋江区农业农村水利局"),
    # a government service centre was a department before the reform
    ("市政务服务中心", "宜昌市", "2016-05-01", "宜昌市政务服务中心"),
    # an approved development zone's committee
    ("东湖高新区管委会", "武汉市", "2021-06-01", "东湖高新区管理委员会"),      # as printed: no place added
    # a 地区's or 盟's government is its 行政公署
    ("行署办", "阿克苏地区", "2022-03-01", "阿克苏地区行政公署办公室"),
    ("地委组织部", "阿克苏地区", "2022-03-01", "中共阿克苏地委组织部"),       # its party committee is the 地委
    ("地委办", "阿克苏地区", "2022-03-01", "中共阿克苏地委办公室"),
    # an autonomous region's committee is printed 党委 and written in full; a province's office is a 厅
    ("自治区党委组织部", "广西壮族自治区", "2022-03-01", "中共广西壮族自治区委员会组织部"),
    ("自治区党委办公厅", "宁夏回族自治区", "2022-03-01", "中共宁夏回族自治区委员会办公厅"),
    ("州党委宣传部", "伊犁哈萨克自治州", "2022-03-01", "中共伊犁哈萨克自治州委宣传部"),
    ("省委办", "四川省", "2022-03-01", "中共四川省委办公厅"),
    ("市委办", "绵阳市", "2022-03-01", "中共绵阳市委办公室"),
    ("盟行署", "兴安盟", "2022-03-01", "兴安盟行政公署"),
    ("地区政务服务和大数据局", "阿克苏地区", "2022-03-01", "阿克苏地区政务服务和大数据管理局"),
    # 内蒙古: 民族事务委员会, 苏木
    ("旗民委", "通辽市奈曼旗", "2022-03-01", "奈曼旗民族事务委员会"),
    ("市民委", "绵阳市", "2022-03-01", "绵阳市民族宗教事务委员会"),
    ("伊敏苏木", "呼伦贝尔市鄂温克族自治旗", "2022-03-01", "鄂温克族自治旗伊敏苏木人民政府"),
    # bodies every level has
    ("旗委改革办", "通辽市奈曼旗", "2022-03-01", "中共奈曼旗委全面深化改革委员会办公室"),
    ("市委改革办", "绵阳市", "2016-03-01", "中共绵阳市委全面深化改革领导小组办公室"),
    ("县人武部", "菏泽市郓城县", "2022-03-01", "郓城县人民武装部"),
    ("市社科联", "绵阳市", "2022-03-01", "绵阳市社会科学界联合会"),
    ("市国动办", "绵阳市", "2024-03-01", "绵阳市国防动员办公室"),
    ("县委巡察办", "菏泽市郓城县", "2022-03-01", "中共郓城县委巡察工作领导小组办公室"),
    # the power utility: State Grid, or China Southern Power Grid's 供电局 in its provinces
    ("市供电局", "常德市", "2022-03-01", "国网常德供电公司"),
    ("市供电局", "韶关市", "2022-03-01", "广东电网有限责任公司韶关供电局"),
    # abbreviations every place prints
    ("区市监局", "鞍山市立山区", "2023-03-01", "鞍山市立山区市场监督管理局"),
    ("区市场局", "鞍山市立山区", "2023-03-01", "鞍山市立山区市场监督管理局"),
    ("县档案局", "菏泽市郓城县", "2023-03-01", "郓城县档案局"),
    ("县供电局", "定安县", "2022-03-01", "海南电网有限责任公司定安供电局"),
    # 海南's merged tourism and culture bureau
    ("县旅文局", "定安县", "2022-03-01", "定安县旅游和文化广电体育局"),
    # reform-era merged bureaus printed in full keep their printed name, 和 included
    ("市文化旅游广播电视局", "营口市", "2020-04-01", "营口市文化旅游广播电视局"),
    ("县文体广电和旅游局", "酒泉市金塔县", "2022-09-01", "金塔县文体广电和旅游局"),
    ("县文体广电旅游局", "酒泉市金塔县", "2022-09-01", "金塔县文体广电旅游局"),
    ("市文化旅游广电局", "固原市", "2021-05-01", "固原市文化旅游广电局"),
    # 辽宁's cities naming the bureau with 和 print it 文化旅游广电局 for short (沈阳's official name has 和)
    ("市文化旅游广电局", "沈阳市", "2026-01-15", "沈阳市文化旅游和广播电视局"),
    ("市文化旅游广电局", "本溪市", "2021-05-01", "本溪市文化旅游和广播电视局"),
    # 内蒙古's 2024 reform: the service body with the data work, 与 as printed
    ("市政务服务与数据管理局", "鄂尔多斯市", "2025-03-21", "鄂尔多斯市政务服务与数据管理局"),
    ("自治区政务服务与数据管理局", "内蒙古自治区", "2025-03-21", "内蒙古自治区政务服务与数据管理局"),
    # a county's office of the central bank printed colloquially as a 分行: the county had only its 支行
    ("人行德安分行", "九江市德安县", "2015-06-01", "中国人民银行德安县支行"),
    # the abbreviation printing every word of the merged body names it at a 湖南 city too (holdout spacedplan-chenzhou,
    # batch 51: 郴州 kept sport with culture and tourism)
    ("市文旅广体局", "郴州市", "2025-09-18", "郴州市文化旅游广电体育局"),
    # 成都's parks body after its 2019 reform (holdout dataunit-chengdu, batch 51)
    ("市公园城市局", "成都市", "2022-02-01", "成都市公园城市建设管理局"),
    ("县工业商务和信息化局", "普洱市景东彝族自治县", "2023-02-01", "景东彝族自治县工业商务和信息化局"),
    # a 天津 district's planning body is the city bureau's branch; its 金融局 the 金融工作局
    ("区规划资源分局", "天津市西青区", "2021-03-01", "天津市规划和自然资源局西青分局"),
    ("市规划资源局西青分局", "天津市西青区", "2021-03-01", "天津市规划和自然资源局西青分局"),
    ("区金融局", "天津市河西区", "2021-03-01", "天津市河西区金融工作局"),
])
def test_place_and_era_names(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", [
    ("区规划自然资源分局", "上海市徐汇区", "2021-06-01"),   # a 北京 branch, not a 上海 one
    ("区房管局", "成都市武侯区", "2021-06-01"),            # 房管局 elsewhere: which body?
    ("市扶贫移民局", "宜昌市", "2017-05-01"),              # 四川's name only
    ("市委社治委", "杭州市", "2020-06-01"),                # 四川's body only
    ("临港新区管委会", "定安县", "2021-06-01"),            # a 新区 is no approved development zone
    ("城东工业园管委会", "宜昌市", "2021-06-01"),
    ("江宁国家级经济技术开发区管委会", "南京市江宁区", "2021-06-01"),   # a kind after the place
    ("海淀区建管委", "北京市", "2022-06-01"),              # 上海's name only
    ("市行署办", "绵阳市", "2022-03-01"),                  # a city has no 行政公署
    ("地委组织部", "成都市武侯区", "2022-03-01"),          # no 地区 above a district
    ("国网定安供电公司", "定安县", "2022-03-01"),          # no State Grid company in 海南
    ("市旅文局", "绵阳市", "2022-03-01"),                  # 海南's name only
    ("市政务服务与数据管理局", "银川市", "2025-03-01"),      # 内蒙古's name only
])
def test_no_name_outside_its_place_or_era(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


@pytest.mark.parametrize("date", ["2020-05-01", None])
def test_a_service_centre_after_the_reform_is_no_department(resolver, date):
    # after the reform (or undated: it cannot be told) a 政务服务中心 is a service institution: the place + the
    # name as printed (tests/fixtures/README.md, session 35), an id of its own, not the department type's
    department = resolver.resolve("市政务服务中心", city="宜昌市", date="2016-05-01")
    ref = resolver.resolve("市政务服务中心", city="宜昌市", date=date)
    assert (ref.canonical, ref.match) == ("宜昌市政务服务中心", "derived")
    assert ref.agency_id != department.agency_id


def test_a_place_form_keeps_the_type_id(resolver):
    # the official name differs by place and era; the body (jurisdiction + type) does not
    old = resolver.resolve("区建委", city="天津市西青区", date="2015-06-01")
    new = resolver.resolve("区建委", city="天津市西青区", date="2021-06-01")
    assert old.agency_id == new.agency_id == template_id("天津市西青区", "zjj")
    assert (resolver.resolve("区公安分局", city="北京市海淀区").agency_id
            == template_id("北京市海淀区", "gafj"))
    pre = resolver.resolve("市编办", city="宜昌市", date="2015-06-01")
    post = resolver.resolve("市编办", city="宜昌市", date="2021-06-01")
    assert pre.agency_id == post.agency_id


def test_a_place_form_names_its_source(tmp_path):
    path = tmp_path / "template.toml"
    path.write_text('[[department]]\ncode = "x"\nkind = "government department"\n'
                    '[[department.form]]\nname = "某局"\nplaces = ["山东省"]\n', encoding="utf-8")
    with pytest.raises(ExtractorError, match="no source"):
        load_template(path)


def test_explain_names_the_source_of_a_place_name(resolver):
    # a reviewer sees why 政数局 of 长春 is not 广东's 政务服务数据管理局
    e = resolver.explain("市政数局", city="长春市", date="2021-05-01")
    assert e["department"] == "zwfw" and "吉林" in e["naming"]
    assert resolver.explain("市财政局", city="长春市")["naming"] is None


def test_place_forms_name_known_places():
    # a misspelt place would silently never match: every place is a province or a city
    city_province = _places()[0]
    known = set(city_province) | set(city_province.values()) | set(MUNICIPALITIES)
    places = {p for t in load_template().types.values() for f in t.forms for p in f.places}
    assert places and places <= known, places - known


# ---------------------------------------------------------------- session 23: short forms any place prints
# Written by hand before the data (each official name from the place's published list of its
# bodies after the 2018-19 reform; doubts said on the line).

@pytest.mark.parametrize("name,city,date,canonical", [
    # a province's department printed X厅 as its cities print X局 (省应急厅 = 应急管理厅)
    ("省应急厅", "四川省", "2022-06-01", "四川省应急管理厅"),
    ("省应急厅", "绵阳市", "2022-06-01", "四川省应急管理厅"),
    ("自治区应急厅", "广西壮族自治区", "2022-06-01", "广西壮族自治区应急管理厅"),
    ("省退役军人事务厅", "绵阳市", "2022-06-01", "四川省退役军人事务厅"),
    # 天津's districts: 住房和建设委员会, printed 住房建设委 too
    ("区住房建设委", "天津市宝坻区", "2024-03-01", "天津市宝坻区住房和建设委员会"),
    # 宁夏's cities and counties: 审批服务管理局 (银川市审批服务管理局, 永宁县审批服务管理局)
    ("市审批服务管理局", "石嘴山市", "2023-06-01", "石嘴山市审批服务管理局"),
    ("县审批服务管理局", "银川市永宁县", "2023-06-01", "永宁县审批服务管理局"),
    # an autonomous county or banner printed by its short name (its own notices do):
    # the full official name from the division table, the one autonomous place under the
    # city whose name opens with the short name
    ("巴里坤县人民政府", "哈密市", "2022-05-01", "巴里坤哈萨克自治县人民政府"),
    ("县财政局", "哈密市巴里坤县", "2022-05-01", "巴里坤哈萨克自治县财政局"),
    ("长阳县教育局", "宜昌市", "2022-05-01", "长阳土家族自治县教育局"),
    ("互助县人民政府", "海东市", "2022-05-01", "互助土族自治县人民政府"),
    ("旗财政局", "呼伦贝尔市鄂伦春旗", "2022-05-01", "鄂伦春自治旗财政局"),
    ("县财政局", "重庆市石柱县", "2022-05-01", "石柱土家族自治县财政局"),
    # bodies every province (and city) has that no form listed (2018-19 names)
    ("省广电局", "绵阳市", "2022-06-01", "四川省广播电视局"),
    ("省邮政管理局", "绵阳市", "2022-06-01", "四川省邮政管理局"),
    ("市邮政管理局", "宜昌市", "2022-06-01", "宜昌市邮政管理局"),
    ("市人大办", "宜昌市", "2022-06-01", "宜昌市人民代表大会常务委员会办公室"),
    ("县人大常委会办公室", "南充市仪陇县", "2022-06-01", "仪陇县人民代表大会常务委员会办公室"),
    ("市政协办", "宜昌市", "2022-06-01", "中国人民政治协商会议宜昌市委员会办公室"),
    # a county whose own name is in the table stays itself (宁县, 甘肃), though 宁蒗/宁洱 open with 宁
    ("县财政局", "庆阳市宁县", "2022-05-01", "宁县财政局"),
])
def test_short_forms_any_place_prints(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


def test_an_autonomous_county_short_or_full_is_one_agency(resolver):
    short = resolver.resolve("县财政局", city="哈密市巴里坤县", date="2022-05-01").agency_id
    assert short == resolver.resolve("县财政局", city="哈密市巴里坤哈萨克自治县", date="2022-05-01").agency_id


@pytest.mark.parametrize("name,city,date", [
    ("市审批服务管理局", "宜昌市", "2023-06-01"),          # 宁夏's name; elsewhere which body?
    ("区住房建设委", "成都市武侯区", "2024-03-01"),        # 天津's name only
    ("县邮政管理局", "南充市仪陇县", "2022-06-01"),        # no county-level postal bureau
    ("市广电局", "宜昌市", "2022-06-01"),                  # a city's is merged into 文旅: which name?
])
def test_short_forms_stay_in_their_place(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


# Once known gaps (strict xfails until session 24): a printed spelling with its own level (团省委)
# is looked up in the province above a chain that holds none; a party organ notices print without
# 委 (市网信办) has a `bare` form.
def test_the_province_youth_league_from_a_city_notice(resolver):
    assert resolver.resolve("团省委", city="绵阳市", date="2022-06-01").canonical == "共青团四川省委员会"


def test_the_cyberspace_office_printed_without_the_committee(resolver):
    assert (resolver.resolve("市网信办", city="宜昌市", date="2022-06-01").canonical
            == "中共宜昌市委网络安全和信息化委员会办公室")
