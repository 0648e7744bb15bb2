"""Names of places and kinds nobody tuned the resolver for, round 5, written before the code (session 29, agencies12).

Like tests/test_untuned_names4.py: a printed name, the notice's place chain and date, and the body's official full
name; "unresolved" where no standard body fits and a guess would be a false merge. The earlier files hold few of
the provinces and kinds this one is about: the places whose name opens with a word notices also use for "this" or
"all" (本溪市 and its 本溪满族自治县, 全椒县, 全州县, 全南县, the districts 市中区, 市南区, 市北区), the city
management and the merged culture bureaus whose names depend on the province (湖南's 城市管理和综合执法局 and
文化旅游广电体育局 of its districts, 河北's and 河南's 文化广电和旅游局), the 编办 of a province after the autumn
2018 reform, the State Council's bodies a provincial notice names (国家数据局), and the least covered provinces and
levels: 西藏 (a 地区's 行署, cities, districts), 新疆 (a 地区, an 自治州's 州直 bodies, a county-level city), 宁夏,
甘肃 and 青海's autonomous prefectures (海南州 beside 海南省), 海南's counties under the province, 贵州, 吉林,
黑龙江 (大兴安岭地区), 内蒙古's 盟 and 旗.

Places and spellings come from notices of the pages corpus read for this file, noted on the lines: 阿里地区行政公署's
2021 工作规则 (各县人民政府，行署各局、委、办、处), 兴安盟行政公署's 2019 公报 (各旗县市人民政府，盟直有关部门; 科右中旗)
and the league's 2021 纲要 (来源：盟发改委), 伊犁哈萨克自治州's 州直 十一五 分工 (自治州直属各县市人民政府，州人民政府
各部门), 凉山州's 2025 方案 (州级各部门), 延边州 政协's 2023 report (州文广旅局), 黔东南州发展和改革委员会's 2022
计划 report, 阿克苏地区's 2023 援疆 note (地区发改委), 第一师阿拉尔市's 十四五 纲要 (师市), 咸宁's 2020 分工
(咸宁高新区管委会), 湘西州 pages. The official names are each place's published names of its bodies in the notice's
era; where a province names a merged body its own way (湖南's 城市管理和综合执法局 since its 2019 reform, 河北's and
河南's 文化广电和旅游局, 吉林's 文化广播电视和旅游局, 海南's 旅游和文化广电体育局, 西藏's separate 文化局 and 旅游发展局)
that name is the expected one.

Conventions followed where the repository settled them (docs/agencies.md and the holdout's expected files): a
district under its city, a county alone, an autonomous county printed short under its full name, party organs
中共{committee}…, a 盟's and a 地区's government its 行政公署, a 兵团 division's 师市 bodies unresolved (no level
of the template).

The first commit of this file held the tests alone, before any data or code change; the commit that made them pass
says how many passed before it."""
from __future__ import annotations

import pytest

from extractor.agencies.registry import detect_city
from extractor.agencies.departments import type_lineage

from namekit import assert_reads, assert_unresolved


# ---------------------------------------------------------------- places opening with 本, 全 or 市 (本溪市, 全椒县, 市中区)
OPENER_PLACE_CASES = [
    ("市教育局", "本溪市", "2022-06-01", "本溪市教育局"),
    ("市民政局", "本溪市", "2022-06-01", "本溪市民政局"),
    ("市公安局", "本溪市", "2022-06-01", "本溪市公安局"),
    ("市营商局", "本溪市", "2022-06-01", "本溪市营商环境建设局"),
    ("市委宣传部", "本溪市", "2022-06-01", "中共本溪市委宣传部"),
    ("平山区人民政府", "本溪市", "2022-06-01", "本溪市平山区人民政府"),
    ("桓仁县人民政府", "本溪市", "2022-06-01", "桓仁满族自治县人民政府"),
    ("本溪县人民政府", "本溪市", "2022-06-01", "本溪满族自治县人民政府"),
    ("本溪满族自治县人民政府", "本溪市", "2023-06-01", "本溪满族自治县人民政府"),
    ("县财政局", "本溪市本溪满族自治县", "2022-06-01", "本溪满族自治县财政局"),
    ("县发改局", "本溪满族自治县", "2022-06-01", "本溪满族自治县发展和改革局"),
    ("区财政局", "本溪市平山区", "2022-06-01", "本溪市平山区财政局"),
    ("省发展改革委", "本溪市", "2022-06-01", "辽宁省发展和改革委员会"),
    ("县发改委", "滁州市全椒县", "2022-06-01", "全椒县发展和改革委员会"),
    ("县财政局", "全椒县", "2022-06-01", "全椒县财政局"),
    ("县市场监管局", "桂林市全州县", "2022-06-01", "全州县市场监督管理局"),
    ("县教育局", "赣州市全南县", "2022-06-01", "全南县教育局"),
    ("区财政局", "济南市市中区", "2022-06-01", "济南市市中区财政局"),
    ("区发改局", "青岛市市北区", "2022-06-01", "青岛市市北区发展和改革局"),
    ("区教育局", "乐山市市中区", "2022-06-01", "乐山市市中区教育局"),
    ("市中区人民政府", "枣庄市", "2022-06-01", "枣庄市市中区人民政府"),
    # a city whose name opens its county's (the brief's guess for 本溪): both stay themselves
    ("长沙县人民政府", "长沙市", "2022-06-01", "长沙县人民政府"),
    ("县发改局", "长沙市长沙县", "2022-06-01", "长沙县发展和改革局"),
    ("抚顺县人民政府", "抚顺市", "2022-06-01", "抚顺县人民政府"),
]

#: (issuer, title, the notice's place chain)
OPENER_PLACE_NOTICES = [
    (None, "本溪市2023年优化营商环境重点任务分工表", "本溪市"),
    ("本溪市人民政府办公室", "关于印发2023年重点工作分工方案的通知", "本溪市"),
    ("本溪满族自治县人民政府办公室", None, "本溪市本溪满族自治县"),
    ("全椒县人民政府办公室", None, "滁州市全椒县"),
    (None, "全州县2022年政府工作报告重点任务分工", "桂林市全州县"),
    ("济南市市中区人民政府办公室", None, "济南市市中区"),
    ("长沙县人民政府办公室", None, "长沙市长沙县"),
    (None, "全市2022年重点任务分工表", None),            # 全市, 本县: no place
    (None, "本县2022年重点工作责任分工", None),
]


# ---------------------------------------------------------------- bodies a province names its own way
PROVINCE_FORM_CASES = [
    # 湖南's 2019 reform: 城市管理和综合执法局 in its cities, counties and districts
    ("市城管局", "长沙市", "2022-06-01", "长沙市城市管理和综合执法局"),
    ("区城管局", "张家界市武陵源区", "2023-05-01", "张家界市武陵源区城市管理和综合执法局"),
    ("县城管局", "常德市桃源县", "2022-06-01", "桃源县城市管理和综合执法局"),
    ("市城管局", "岳阳市", "2021-06-01", "岳阳市城市管理和综合执法局"),
    ("县城市管理和综合执法局", "岳阳市华容县", "2022-06-01", "华容县城市管理和综合执法局"),
    ("区城管局", "株洲市天元区", "2022-06-01", "株洲市天元区城市管理和综合执法局"),
    # 湖南's districts merged sport into culture and tourism as its counties did
    ("区文旅广体局", "株洲市天元区", "2022-06-01", "株洲市天元区文化旅游广电体育局"),
    ("区文化旅游广电体育局", "衡阳市雁峰区", "2022-06-01", "衡阳市雁峰区文化旅游广电体育局"),
    ("区文旅广体局", "长沙市岳麓区", "2021-06-01", "长沙市岳麓区文化旅游广电体育局"),
    # 河北's and 河南's merged culture, broadcasting and tourism bureaus are named with 和
    ("县文广旅局", "保定市涞水县", "2022-06-01", "涞水县文化广电和旅游局"),
    ("市文广旅局", "石家庄市", "2022-06-01", "石家庄市文化广电和旅游局"),
    ("市文广旅局", "邯郸市", "2021-06-01", "邯郸市文化广电和旅游局"),
    ("县文广旅局", "信阳市商城县", "2023-06-01", "商城县文化广电和旅游局"),
    ("市文广旅局", "洛阳市", "2022-06-01", "洛阳市文化广电和旅游局"),
    ("区文广旅局", "郑州市金水区", "2022-06-01", "郑州市金水区文化广电和旅游局"),
    # ... where 浙江's keep none (the template's default)
    ("市文广旅局", "绍兴市诸暨市", "2022-06-01", "诸暨市文化广电旅游局"),
    ("县文广旅局", "台州市天台县", "2022-06-01", "天台县文化广电旅游局"),
    # 辽宁's cities print their merged bureau in full
    ("市文化旅游和广播电视局", "抚顺市", "2022-06-01", "抚顺市文化旅游和广播电视局"),
    ("市文化旅游和广播电视局", "本溪市", "2022-06-01", "本溪市文化旅游和广播电视局"),
    # 吉林's: 延边州 政协's 2023 report prints 州文广旅局
    ("州文广旅局", "延边州", "2023-09-25", "延边朝鲜族自治州文化广播电视和旅游局"),
    ("市文旅局", "通化市集安市", "2022-06-01", "集安市文化广播电视和旅游局"),
    # 编办: a province's became the party committee's in the autumn 2018 reform
    ("自治区编办", "广西壮族自治区", "2019-06-01", "中共广西壮族自治区委员会机构编制委员会办公室"),
    ("自治区编办", "宁夏回族自治区", "2018-12-20", "中共宁夏回族自治区委员会机构编制委员会办公室"),
    ("省编办", "河北省", "2018-12-01", "中共河北省委机构编制委员会办公室"),
    ("省编办", "河北省", "2017-06-01", "河北省机构编制委员会办公室"),
]


# ---------------------------------------------------------------- the least covered provinces and levels
WEST_CASES = [
    # 西藏: cities, districts, a 地区 and its 行署, the region's own bodies
    ("市发展改革委", "林芝市", "2023-05-01", "林芝市发展和改革委员会"),
    ("区发改委", "林芝市巴宜区", "2023-05-01", "林芝市巴宜区发展和改革委员会"),
    ("市农业农村局", "那曲市", "2022-06-01", "那曲市农业农村局"),
    ("区财政局", "昌都市卡若区", "2022-06-01", "昌都市卡若区财政局"),
    ("市文化局", "拉萨市", "2022-06-01", "拉萨市文化局"),
    ("市旅发局", "拉萨市", "2022-06-01", "拉萨市旅游发展局"),
    ("地区发改委", "阿里地区", "2021-12-22", "阿里地区发展和改革委员会"),
    ("行署办公室", "阿里地区", "2021-12-22", "阿里地区行政公署办公室"),
    ("地委宣传部", "阿里地区", "2021-12-22", "中共阿里地委宣传部"),
    ("自治区文化厅", "西藏自治区", "2022-06-01", "西藏自治区文化厅"),
    ("自治区旅发厅", "西藏自治区", "2022-06-01", "西藏自治区旅游发展厅"),
    ("自治区党委宣传部", "西藏自治区", "2022-06-01", "中共西藏自治区委员会宣传部"),
    ("自治区发展改革委", "西藏自治区", "2022-06-01", "西藏自治区发展和改革委员会"),
    # 新疆: a 地区, a prefecture's 州直 bodies, county-level cities
    ("地区发改委", "阿克苏地区", "2023-04-20", "阿克苏地区发展和改革委员会"),
    ("地区文体广旅局", "阿克苏地区", "2023-04-20", "阿克苏地区文化体育广播电视和旅游局"),
    ("市发改委", "阿克苏地区库车市", "2023-04-20", "库车市发展和改革委员会"),
    ("州发改委", "伊犁州", "2022-06-01", "伊犁哈萨克自治州发展和改革委员会"),
    ("州财政局", "伊犁哈萨克自治州", "2022-06-01", "伊犁哈萨克自治州财政局"),
    ("县住建局", "伊犁州新源县", "2022-06-01", "新源县住房和城乡建设局"),
    ("市财政局", "昌吉州阜康市", "2022-06-01", "阜康市财政局"),
    ("自治区发展改革委", "新疆维吾尔自治区", "2022-06-01", "新疆维吾尔自治区发展和改革委员会"),
    # 宁夏
    ("市发改委", "吴忠市", "2022-06-01", "吴忠市发展和改革委员会"),
    ("区发改局", "固原市原州区", "2022-06-01", "固原市原州区发展和改革局"),
    ("区住建局", "银川市兴庆区", "2022-06-01", "银川市兴庆区住房和城乡建设局"),
    ("县财政局", "中卫市海原县", "2022-06-01", "海原县财政局"),
    ("市文化旅游广电局", "吴忠市", "2022-06-01", "吴忠市文化旅游广电局"),
    # 甘肃
    ("州住建局", "甘南州", "2022-06-01", "甘南藏族自治州住房和城乡建设局"),
    ("市住建局", "临夏州临夏市", "2022-06-01", "临夏市住房和城乡建设局"),
    ("区发改局", "张掖市甘州区", "2022-06-01", "张掖市甘州区发展和改革局"),
    ("县发改局", "临夏州东乡县", "2022-06-01", "东乡族自治县发展和改革局"),
    ("县委宣传部", "临夏州东乡县", "2022-06-01", "中共东乡族自治县委宣传部"),
    # 青海: 海南州 is 海南藏族自治州, never 海南省
    ("州财政局", "海南州", "2022-06-01", "海南藏族自治州财政局"),
    ("州发改委", "海南州", "2022-06-01", "海南藏族自治州发展和改革委员会"),
    ("州委宣传部", "海南州", "2022-06-01", "中共海南藏族自治州委宣传部"),
    ("县民政局", "海南州共和县", "2022-06-01", "共和县民政局"),
    ("省发展改革委", "海南州共和县", "2022-06-01", "青海省发展和改革委员会"),
    ("市财政局", "黄南州同仁市", "2022-06-01", "同仁市财政局"),
    ("区财政局", "西宁市城中区", "2022-06-01", "西宁市城中区财政局"),
    ("县教育局", "果洛州玛沁县", "2022-06-01", "玛沁县教育局"),
    # 海南: cities and counties under the province
    ("市综合执法局", "三沙市", "2022-06-01", "三沙市综合行政执法局"),
    ("市发改委", "五指山市", "2022-06-01", "五指山市发展和改革委员会"),
    ("省发展改革委", "五指山市", "2022-06-01", "海南省发展和改革委员会"),
    ("县财政局", "琼中县", "2022-06-01", "琼中黎族苗族自治县财政局"),
    ("县教育局", "琼中黎族苗族自治县", "2022-06-01", "琼中黎族苗族自治县教育局"),
    ("市旅文局", "儋州市", "2022-06-01", "儋州市旅游和文化广电体育局"),
]

NORTH_SOUTH_CASES = [
    # 贵州
    ("州发展改革委", "黔东南州", "2022-01-05", "黔东南苗族侗族自治州发展和改革委员会"),
    ("州文体广电旅游局", "黔东南州", "2022-01-05", "黔东南苗族侗族自治州文体广电旅游局"),
    ("县委宣传部", "黔东南州黎平县", "2022-06-01", "中共黎平县委宣传部"),
    ("区发改局", "铜仁市碧江区", "2022-06-01", "铜仁市碧江区发展和改革局"),
    ("市财政局", "遵义市赤水市", "2022-06-01", "赤水市财政局"),
    ("县教育局", "毕节市威宁县", "2022-06-01", "威宁彝族回族苗族自治县教育局"),
    ("省发展改革委", "黔东南州黎平县", "2022-06-01", "贵州省发展和改革委员会"),
    # 吉林
    ("州委宣传部", "延边州", "2023-09-25", "中共延边朝鲜族自治州委宣传部"),
    ("州发改委", "延边州", "2022-06-01", "延边朝鲜族自治州发展和改革委员会"),
    ("市商务局", "延边州珲春市", "2022-06-01", "珲春市商务局"),
    ("区财政局", "白城市洮北区", "2022-06-01", "白城市洮北区财政局"),
    ("县发改局", "白山市长白县", "2022-06-01", "长白朝鲜族自治县发展和改革局"),
    # 黑龙江
    ("地区发改委", "大兴安岭地区", "2022-06-01", "大兴安岭地区发展和改革委员会"),
    ("行署办", "大兴安岭地区", "2022-06-01", "大兴安岭地区行政公署办公室"),
    ("地委组织部", "大兴安岭地区", "2022-06-01", "中共大兴安岭地委组织部"),
    ("区财政局", "伊春市伊美区", "2022-06-01", "伊春市伊美区财政局"),
    ("区发改局", "黑河市爱辉区", "2022-06-01", "黑河市爱辉区发展和改革局"),
    ("市商务局", "牡丹江市绥芬河市", "2022-06-01", "绥芬河市商务局"),
    ("县发改局", "大庆市杜尔伯特县", "2022-06-01", "杜尔伯特蒙古族自治县发展和改革局"),
    # 内蒙古: a 盟, its banners printed by letters, a city of the league
    ("盟发改委", "兴安盟", "2021-05-06", "兴安盟发展和改革委员会"),
    ("行署办", "兴安盟", "2019-04-10", "兴安盟行政公署办公室"),
    ("盟委宣传部", "兴安盟", "2019-04-10", "中共兴安盟委宣传部"),
    ("盟财政局", "兴安盟", "2019-04-10", "兴安盟财政局"),
    ("科右中旗人民政府", "兴安盟", "2019-04-10", "科尔沁右翼中旗人民政府"),
    ("旗财政局", "兴安盟科右中旗", "2019-04-10", "科尔沁右翼中旗财政局"),
    ("市财政局", "兴安盟乌兰浩特市", "2022-06-01", "乌兰浩特市财政局"),
    ("旗发改委", "巴彦淖尔市乌拉特前旗", "2022-06-01", "乌拉特前旗发展和改革委员会"),
    ("自治区发展改革委", "内蒙古自治区", "2022-06-01", "内蒙古自治区发展和改革委员会"),
]


# ---------------------------------------------------------------- the State Council's bodies named in a province's or a city's notice
NATIONAL_CASES = [
    ("国家数据局", "湖南省", "2024-06-01", "国家数据局"),
    ("国家发展改革委", "湖南省", "2023-06-01", "国家发展和改革委员会"),
    ("国家发改委", "长沙市", "2023-06-01", "国家发展和改革委员会"),
    ("国家能源局", "甘肃省", "2022-06-01", "国家能源局"),
    ("国家林草局", "青海省", "2022-06-01", "国家林业和草原局"),
    ("国家乡村振兴局", "贵州省", "2022-06-01", "国家乡村振兴局"),
]




def test_a_state_council_body_is_one_agency_in_every_notice(resolver):
    refs = [resolver.resolve(n, city=c, date="2023-06-01") for n, c in
            [("国家发改委", "湖南省"), ("国家发展和改革委员会", "宜昌市秭归县"), ("国家发展改革委", None)]]
    assert {r.agency_id for r in refs} == {refs[0].agency_id} and refs[0].canonical == "国家发展和改革委员会"
    local = resolver.resolve("国家税务总局宜昌市税务局", city="宜昌市", date="2023-06-01")
    assert local.canonical == "国家税务总局宜昌市税务局" and local.agency_id != refs[0].agency_id
    renamed = resolver.resolve("国家林草局", city="青海省", date="2022-06-01").agency_id
    before = resolver.resolve("国家林业局", city="青海省", date="2017-06-01").agency_id
    assert type_lineage(renamed)["successor_of"] == (before,) and before != renamed


# ---------------------------------------------------------------- nothing to name
ROUND5_NEGATIVES = [
    ("师市发改委", "阿拉尔市", "2022-06-01"),             # a 兵团 division's bodies: no level of the template
    ("全县财政局", "滁州市全椒县", "2022-06-01"),           # 全县 is no place
    ("地委组织部", "伊犁哈萨克自治州", "2022-06-01"),        # a 自治州 has no 地委
    ("行署办", "海南州", "2022-06-01"),                      # a 自治州 has a people's government, no 行署
    ("区文旅广体局", "广州市天河区", "2022-06-01"),          # 湖南's name alone
    ("国家数据局", "宜昌市", "2021-06-01"),                  # created in 2023
]


ROUND16_CASES = OPENER_PLACE_CASES + PROVINCE_FORM_CASES + WEST_CASES + NORTH_SOUTH_CASES + NATIONAL_CASES


@pytest.mark.parametrize("name,city,date,canonical", ROUND16_CASES)
def test_an_untuned_place_prints_its_own_bodies_round16(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", ROUND5_NEGATIVES)
def test_no_untuned_body_where_the_place_has_none_round16(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


@pytest.mark.parametrize("issuer,title,city", OPENER_PLACE_NOTICES)
def test_a_place_opening_with_a_pronoun_word_is_read(issuer, title, city):
    assert detect_city(issuer, title) == city


def test_the_round16_cases_are_many_and_distinct():
    keys = [tuple(getattr(c, "values", c))[:3] for c in ROUND16_CASES] + ROUND5_NEGATIVES
    assert len(keys) == len(set(keys)) and len(keys) >= 120


# ---------------------------------------------------------------- round 17: the open holdout misses of batches 15-16, same family, other places
# Written before the code of the round (a commit of these tests alone first), in my own words from the misses
# HOLDOUT15.md and `extractor.evaluate` name: 上海's district bodies of 2008-2014 under their names of those years
# (a 建设和交通委员会, printed 建交委; a 规划管理局, printed 规划局, before planning and land merged), and an
# overseas-Chinese farm (华侨农场), a township-level unit the division codes list beside towns, named under its
# county-level city or county as a town is; bare, or in a prefecture's notice, which farm is unknown.
ROUND17_CASES = [
    ("区建交委", "上海市闵行区", "2010-06-01", "上海市闵行区建设和交通委员会"),
    ("建交委", "上海市嘉定区", "2011-03-01", "上海市嘉定区建设和交通委员会"),
    ("区规划局", "上海市嘉定区", "2008-06-01", "上海市嘉定区规划管理局"),
    ("彬村山华侨农场", "琼海市", "2022-06-01", "琼海市彬村山华侨农场"),
    ("彬村山华侨农场", "琼海市", "2018-06-01", "琼海市彬村山华侨农场"),
    # probing 贵州's and 甘肃's prefectures further: the commission printed with 民族宗教 in full and 委
    ("州民族宗教委", "黔东南州", "2022-06-01", "黔东南苗族侗族自治州民族宗教事务委员会"),
    ("州民族宗教委", "甘南州", "2021-06-01", "甘南藏族自治州民族宗教事务委员会"),
]

ROUND17_NEGATIVES = [
    ("区建交委", "北京市朝阳区", "2010-06-01"),     # 上海's districts' name alone
    ("华侨农场", "琼海市", "2022-06-01"),           # which farm?
    ("彬村山华侨农场", "海口市", "2022-06-01"),      # a prefecture's notice: a farm belongs to a county-level place
]


# ---------------------------------------------------------------- round 18: holdout batch 17's agency misses, same family, other places
# Written before the code of the round (a commit of these tests alone first), in my own words from HOLDOUT17.md:
# a province's own name for a merged bureau at county level (四川's 文化广播电视和旅游局, 浙江's 文化和广电旅游体育局,
# 河南's 文化广电和旅游局), 广西's 城市管理监督局 printed in full, and a city's own 地震局 (a city government's
# bureau, unlike the province's, which is the earthquake administration's; a county's stays unresolved, round 1),
# and 安徽's 2015-16 旅游委员会 (the coordinator's note of 21:45).
ROUND18_CASES = [
    ("县文广旅局", "焦作市温县", "2021-06-01", "温县文化广电和旅游局"),
    ("县文广旅局", "南充市仪陇县", "2022-06-01", "仪陇县文化广播电视和旅游局"),
    ("市文广旅局", "遂宁市射洪市", "2022-06-01", "射洪市文化广播电视和旅游局"),
    ("县文广旅体局", "杭州市淳安县", "2022-06-01", "淳安县文化和广电旅游体育局"),
    ("区文广旅体局", "宁波市鄞州区", "2021-06-01", "宁波市鄞州区文化和广电旅游体育局"),
    ("县城市管理监督局", "玉林市容县", "2022-06-01", "容县城市管理监督局"),
    ("市城市管理监督局", "贵港市桂平市", "2022-06-01", "桂平市城市管理监督局"),
    ("市地震局", "唐山市", "2016-06-01", "唐山市地震局"),
    ("市地震局", "大连市", "2017-06-01", "大连市地震局"),
    # 安徽's 2015-16 tourism commissions are 旅游委员会 (黄山市, 黟县), printed 旅游委; 北京's is a 旅游发展委员会
    ("市旅游委", "黄山市", "2016-06-01", "黄山市旅游委员会"),
    ("县旅游委", "黄山市黟县", "2017-06-01", "黟县旅游委员会"),
    ("市旅游委", "北京市", "2016-06-01", "北京市旅游发展委员会"),
]

ROUND18_NEGATIVES = [
    ("市城市管理监督局", "宜昌市", "2022-06-01"),    # 广西's name alone
    ("区城市管理监督局", "北京市朝阳区", "2022-06-01"),
]


@pytest.mark.parametrize("name,city,date,canonical", ROUND17_CASES + ROUND18_CASES)
def test_a_place_names_a_body_its_way_rounds17_18(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", ROUND17_NEGATIVES + ROUND18_NEGATIVES)
def test_no_such_body_elsewhere_rounds17_18(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)
