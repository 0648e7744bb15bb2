"""Names of places and kinds nobody tuned the resolver for, round 6, written before the code (session 30, agencies13).

Like tests/test_untuned_names5.py: a printed name, the notice's place chain and date, and the body's official full
name; "unresolved" where no standard body fits and a guess would be a false merge. Counted over the earlier files
(test_untuned_names*.py, test_province_names.py, fixtures/agency_variants.csv), the least covered were: the party
committee's own bodies as government notices print them (县委办, 县委政法委, 县纪委监委, 县委巡察办, 县委社会工作部:
one file had 县委办 once), the two county-level places of a kind of their own (神农架林区, 六枝特区), 内蒙古's 苏木 and
banners printed by letters in their league's notices, the 州直 bodies of the prefectures of 四川, 云南, 青海 and
新疆 (巴州, 博州 and 克州, the one-character names those prefectures go by), the counties of 西藏, 宁夏, 青海, 海南
(under the province, printed short: 陵水县), 贵州, 黑龙江 and 吉林, and 新疆's 地区 and their counties.

Places and spellings come from notices of the pages corpus read for this file, noted on the lines: 巴音郭楞蒙古
自治州人民政府's 2022 工作规则 (各县市人民政府，州人民政府各部门、各直属机构，库尔勒经济技术开发区管委会),
鄂温克族自治旗人民政府办公室's 2022 分工 (各苏木乡镇人民政府，旗政府各部门；旗政府督查室), 东乌珠穆沁旗's 2022
政府工作报告 (东乌旗人民政府), 苏尼特左旗's 十四五 纲要, 渝中区人民政府办公室's 2023 分解 (区发改委, 区财政局,
区税务局, 区国资委, 区住建委, 区规资局, 各管委会), 阿里地区行政公署's 2021 工作规则 (行署各局、委、办、处), 神农架林区's
pages (林区党委, 林区政府), 阿拉尔市's 十四五 纲要 (师市). The official names are each place's published names of its
bodies in the notice's era; where a province names a body its own way (四川's 文化广播电视和旅游局 of its prefectures,
黑龙江's 营商环境建设监督局, 海南's 旅游和文化广电体育局 and 营商环境建设厅) that name is the expected one.

Conventions followed where the repository settled them (docs/agencies.md and the holdout's expected files): a
district under its city, a county alone, an autonomous county printed short under its full name, party organs
中共{committee}… ({j}委: 中共正蓝旗委宣传部), a 盟's and a 地区's government its 行政公署, a 兵团 division's 师市 bodies
unresolved, a government office's internal office unresolved (the holdout's 市政府督查室), a catch-all group not a body.
Two families are new here, each with its negatives: a collective word for the towns (乡镇, 苏木乡镇, 苏木镇) is no town
but a catch-all group (乡镇人民政府 is no 秭归县乡镇人民政府), and a province's level word is its own kind (自治区发改委 in a 青海 notice is
no 青海省 body, 省发改委 in a 宁夏 notice no 宁夏回族自治区 body: which region, which province?).

The first commit of this file held the tests alone, before any data or code change; the commit that made them pass
says how many passed before it."""
from __future__ import annotations

import pytest


# ---------------------------------------------------------------- the party committee's bodies printed in government notices
PARTY_CASES = [
    ("县委办", "黔东南州黎平县", "2022-06-01", "中共黎平县委办公室"),
    ("县委办公室", "海南州共和县", "2022-06-01", "中共共和县委办公室"),
    ("县委组织部", "果洛州玛沁县", "2022-06-01", "中共玛沁县委组织部"),
    ("县委政法委", "中卫市海原县", "2022-06-01", "中共海原县委政法委员会"),
    ("县纪委监委", "中卫市海原县", "2022-06-01", "中共海原县纪律检查委员会"),
    ("县纪委", "毕节市威宁县", "2021-06-01", "中共威宁彝族回族苗族自治县纪律检查委员会"),
    ("县委统战部", "琼中县", "2022-06-01", "中共琼中黎族苗族自治县委统一战线工作部"),
    ("县委网信办", "白山市长白县", "2022-06-01", "中共长白朝鲜族自治县委网络安全和信息化委员会办公室"),
    ("县委编办", "海南州共和县", "2022-06-01", "中共共和县委机构编制委员会办公室"),
    ("县委巡察办", "伊犁州新源县", "2022-06-01", "中共新源县委巡察工作领导小组办公室"),
    ("县委农办", "黔东南州黎平县", "2022-06-01", "中共黎平县委农村工作领导小组办公室"),
    ("县委党校", "固原市西吉县", "2022-06-01", "中共西吉县委党校"),
    ("县委社会工作部", "固原市西吉县", "2024-06-01", "中共西吉县委社会工作部"),
    ("县委办", "重庆市彭水县", "2023-02-03", "中共彭水苗族土家族自治县委办公室"),
    ("区委办", "林芝市巴宜区", "2022-06-01", "中共林芝市巴宜区委办公室"),
    ("区委宣传部", "银川市兴庆区", "2022-06-01", "中共银川市兴庆区委宣传部"),
    ("区纪委监委", "西宁市城中区", "2022-06-01", "中共西宁市城中区纪律检查委员会"),
    ("区委政法委", "哈尔滨市道里区", "2022-06-01", "中共哈尔滨市道里区委政法委员会"),
    ("区委政法委", "重庆市渝中区", "2023-02-03", "中共重庆市渝中区委政法委员会"),
    ("区纪委监委", "天津市河西区", "2022-06-01", "中共天津市河西区纪律检查委员会"),
    ("区委宣传部", "那曲市色尼区", "2022-06-01", "中共那曲市色尼区委宣传部"),
    ("旗委宣传部", "锡林郭勒盟正蓝旗", "2022-06-01", "中共正蓝旗委宣传部"),
    ("旗纪委监委", "锡林郭勒盟正蓝旗", "2022-06-01", "中共正蓝旗纪律检查委员会"),
    ("盟委办", "兴安盟", "2022-06-01", "中共兴安盟委办公室"),
    ("州委办", "巴音郭楞蒙古自治州", "2022-03-09", "中共巴音郭楞蒙古自治州委办公室"),
    ("州纪委监委", "延边州", "2022-06-01", "中共延边朝鲜族自治州纪律检查委员会"),
    ("地委办", "阿里地区", "2021-12-22", "中共阿里地委办公室"),
    ("地区纪委监委", "阿克苏地区", "2023-04-20", "中共阿克苏地区纪律检查委员会"),
    ("市委办", "那曲市", "2022-06-01", "中共那曲市委办公室"),
    ("市纪委监委", "吴忠市", "2022-06-01", "中共吴忠市纪律检查委员会"),
    ("市委政法委", "三沙市", "2022-06-01", "中共三沙市委政法委员会"),
    ("自治区党委宣传部", "拉萨市", "2022-06-01", "中共西藏自治区委员会宣传部"),
]


# ---------------------------------------------------------------- places of a kind of their own: 林区, 特区, 内蒙古's 旗 and 苏木
KIND_CASES = [
    ("林区发改委", "神农架林区", "2022-06-01", "神农架林区发展和改革委员会"),
    ("林区财政局", "神农架林区", "2022-06-01", "神农架林区财政局"),
    ("林区委宣传部", "神农架林区", "2022-06-01", "中共神农架林区委宣传部"),
    ("林区政府", "神农架林区", "2022-06-01", "神农架林区人民政府"),
    ("林区政府办", "神农架林区", "2022-06-01", "神农架林区人民政府办公室"),
    ("省发展改革委", "神农架林区", "2022-06-01", "湖北省发展和改革委员会"),
    ("特区发改局", "六盘水市六枝特区", "2022-06-01", "六枝特区发展和改革局"),
    ("特区委宣传部", "六盘水市六枝特区", "2022-06-01", "中共六枝特区委宣传部"),
    ("特区政府", "六盘水市六枝特区", "2022-06-01", "六枝特区人民政府"),
    # 鄂温克族自治旗's 2022 分工, 东乌珠穆沁旗's and 苏尼特左旗's 2022 pages
    ("旗发改委", "鄂温克族自治旗", "2022-02-21", "鄂温克族自治旗发展和改革委员会"),
    ("旗财政局", "呼伦贝尔市鄂温克旗", "2022-02-21", "鄂温克族自治旗财政局"),
    ("伊敏苏木", "鄂温克族自治旗", "2022-02-21", "鄂温克族自治旗伊敏苏木人民政府"),
    ("巴彦托海镇人民政府", "鄂温克族自治旗", "2022-02-21", "鄂温克族自治旗巴彦托海镇人民政府"),
    ("旗发改委", "锡林郭勒盟东乌旗", "2022-02-11", "东乌珠穆沁旗发展和改革委员会"),
    ("东乌旗人民政府", "锡林郭勒盟", "2022-02-11", "东乌珠穆沁旗人民政府"),
    ("苏左旗人民政府", "锡林郭勒盟", "2022-06-15", "苏尼特左旗人民政府"),
    ("旗住建局", "锡林郭勒盟苏尼特左旗", "2022-06-15", "苏尼特左旗住房和城乡建设局"),
    ("盟发改委", "锡林郭勒盟", "2022-06-01", "锡林郭勒盟发展和改革委员会"),
    ("行署办", "锡林郭勒盟", "2022-06-01", "锡林郭勒盟行政公署办公室"),
    ("盟行署", "兴安盟", "2022-06-01", "兴安盟行政公署"),
    ("盟生态环境局", "阿拉善盟", "2022-06-01", "阿拉善盟生态环境局"),
    ("阿左旗人民政府", "阿拉善盟", "2022-06-01", "阿拉善左旗人民政府"),
    ("旗农牧局", "阿拉善盟阿拉善左旗", "2022-06-01", "阿拉善左旗农牧局"),
    ("旗农牧局", "通辽市科左中旗", "2022-06-01", "科尔沁左翼中旗农牧局"),
    ("市农牧局", "呼伦贝尔市", "2022-06-01", "呼伦贝尔市农牧局"),
    ("自治区农牧厅", "内蒙古自治区", "2022-06-01", "内蒙古自治区农牧厅"),
]


# ---------------------------------------------------------------- an autonomous prefecture's 州直 bodies
PREFECTURE_CASES = [
    # 巴音郭楞蒙古自治州人民政府's 2022 工作规则
    ("州发展改革委", "巴音郭楞蒙古自治州", "2022-03-09", "巴音郭楞蒙古自治州发展和改革委员会"),
    ("县发改委", "巴音郭楞蒙古自治州焉耆县", "2022-06-01", "焉耆回族自治县发展和改革委员会"),
    ("市发改委", "巴音郭楞蒙古自治州库尔勒市", "2022-06-01", "库尔勒市发展和改革委员会"),
    # the one-character names 新疆's prefectures go by in their own letters (巴州人民政府, 博州, 克州)
    ("州财政局", "巴州", "2022-06-01", "巴音郭楞蒙古自治州财政局"),
    ("州发改委", "巴州库尔勒市", "2022-06-01", "巴音郭楞蒙古自治州发展和改革委员会"),
    ("巴州发改委", "新疆维吾尔自治区", "2022-06-01", "巴音郭楞蒙古自治州发展和改革委员会"),
    ("州委政法委", "巴州", "2022-06-01", "中共巴音郭楞蒙古自治州委政法委员会"),
    ("州财政局", "博州", "2022-06-01", "博尔塔拉蒙古自治州财政局"),
    ("市财政局", "博州博乐市", "2022-06-01", "博乐市财政局"),
    ("州发改委", "克州", "2022-06-01", "克孜勒苏柯尔克孜自治州发展和改革委员会"),
    ("县财政局", "克州阿合奇县", "2022-06-01", "阿合奇县财政局"),
    # ... where a district or a city of the same characters stays itself
    ("巴州区财政局", "巴中市", "2022-06-01", "巴中市巴州区财政局"),
    ("区财政局", "巴中市巴州区", "2022-06-01", "巴中市巴州区财政局"),
    ("凉州区财政局", "武威市", "2022-06-01", "武威市凉州区财政局"),
    ("黄州区财政局", "黄冈市", "2022-06-01", "黄冈市黄州区财政局"),
    ("州住建局", "博尔塔拉蒙古自治州", "2022-06-01", "博尔塔拉蒙古自治州住房和城乡建设局"),
    ("州发改委", "昌吉州", "2022-06-01", "昌吉回族自治州发展和改革委员会"),
    ("州教育局", "克孜勒苏柯尔克孜自治州", "2022-06-01", "克孜勒苏柯尔克孜自治州教育局"),
    # 四川's prefectures: 凉山州's 2025 方案 (州级各部门), the province's merged culture bureau
    ("州民宗委", "凉山州", "2022-06-01", "凉山彝族自治州民族宗教事务委员会"),
    ("州财政局", "凉山州", "2025-06-01", "凉山彝族自治州财政局"),
    ("州发改委", "阿坝州", "2022-06-01", "阿坝藏族羌族自治州发展和改革委员会"),
    ("州文广旅局", "甘孜州", "2022-06-01", "甘孜藏族自治州文化广播电视和旅游局"),
    ("州文广旅局", "凉山州", "2022-06-01", "凉山彝族自治州文化广播电视和旅游局"),
    ("州发改委", "恩施州", "2022-06-01", "恩施土家族苗族自治州发展和改革委员会"),
    ("州发改委", "黔南州", "2022-06-01", "黔南布依族苗族自治州发展和改革委员会"),
    ("州发改委", "黔西南州", "2022-06-01", "黔西南布依族苗族自治州发展和改革委员会"),
    # 云南's and 青海's
    ("州发改委", "楚雄州", "2022-06-01", "楚雄彝族自治州发展和改革委员会"),
    ("州发改委", "红河州", "2022-06-01", "红河哈尼族彝族自治州发展和改革委员会"),
    ("州发改委", "文山州", "2022-06-01", "文山壮族苗族自治州发展和改革委员会"),
    ("州发改委", "西双版纳州", "2022-06-01", "西双版纳傣族自治州发展和改革委员会"),
    ("州发改委", "大理州", "2022-06-01", "大理白族自治州发展和改革委员会"),
    ("州发改委", "德宏州", "2022-06-01", "德宏傣族景颇族自治州发展和改革委员会"),
    ("州发改委", "怒江州", "2022-06-01", "怒江傈僳族自治州发展和改革委员会"),
    ("州发改委", "迪庆州", "2022-06-01", "迪庆藏族自治州发展和改革委员会"),
    ("州发改委", "玉树州", "2022-06-01", "玉树藏族自治州发展和改革委员会"),
    ("州发改委", "海西州", "2022-06-01", "海西蒙古族藏族自治州发展和改革委员会"),
    ("州发改委", "海北州", "2022-06-01", "海北藏族自治州发展和改革委员会"),
    ("州发改委", "临夏州", "2022-06-01", "临夏回族自治州发展和改革委员会"),
]


# ---------------------------------------------------------------- the least covered provinces' counties, districts and cities
COUNTY_CASES = [
    # 西藏
    ("县发改委", "日喀则市定日县", "2022-06-01", "定日县发展和改革委员会"),
    ("区财政局", "山南市乃东区", "2022-06-01", "山南市乃东区财政局"),
    ("县农业农村局", "阿里地区噶尔县", "2022-06-01", "噶尔县农业农村局"),
    ("县政府", "昌都市江达县", "2022-06-01", "江达县人民政府"),
    ("区发改委", "拉萨市城关区", "2022-06-01", "拉萨市城关区发展和改革委员会"),
    ("市发改委", "日喀则市", "2022-06-01", "日喀则市发展和改革委员会"),
    ("县旅发局", "林芝市波密县", "2022-06-01", "波密县旅游发展局"),
    ("县乡村振兴局", "日喀则市拉孜县", "2022-06-01", "拉孜县乡村振兴局"),
    ("自治区农业农村厅", "西藏自治区", "2022-06-01", "西藏自治区农业农村厅"),
    # 新疆's 地区 and their counties
    ("地区行署", "阿克苏地区", "2023-04-20", "阿克苏地区行政公署"),
    ("地区行署办", "喀什地区", "2023-04-20", "喀什地区行政公署办公室"),
    ("地区发改委", "和田地区", "2023-04-20", "和田地区发展和改革委员会"),
    ("县发改委", "喀什地区莎车县", "2022-06-01", "莎车县发展和改革委员会"),
    ("市发改委", "塔城地区乌苏市", "2022-06-01", "乌苏市发展和改革委员会"),
    ("县文体广旅局", "阿克苏地区沙雅县", "2022-06-01", "沙雅县文化体育广播电视和旅游局"),
    # 宁夏
    ("县发改局", "固原市西吉县", "2022-06-01", "西吉县发展和改革局"),
    ("县住建局", "吴忠市同心县", "2022-06-01", "同心县住房和城乡建设局"),
    ("市发改局", "吴忠市青铜峡市", "2022-06-01", "青铜峡市发展和改革局"),
    ("区发改局", "石嘴山市大武口区", "2022-06-01", "石嘴山市大武口区发展和改革局"),
    ("自治区住建厅", "宁夏回族自治区", "2022-06-01", "宁夏回族自治区住房和城乡建设厅"),
    # 青海
    ("县发改局", "海东市互助县", "2022-06-01", "互助土族自治县发展和改革局"),
    ("区发改局", "海东市乐都区", "2022-06-01", "海东市乐都区发展和改革局"),
    ("县财政局", "海北州门源县", "2022-06-01", "门源回族自治县财政局"),
    ("县教育局", "玉树州称多县", "2022-06-01", "称多县教育局"),
    ("市发改委", "海西州格尔木市", "2022-06-01", "格尔木市发展和改革委员会"),
    # 海南: counties under the province, printed short too
    ("县发改委", "澄迈县", "2022-06-01", "澄迈县发展和改革委员会"),
    ("县旅文局", "陵水县", "2022-06-01", "陵水黎族自治县旅游和文化广电体育局"),
    ("县旅文局", "陵水黎族自治县", "2022-06-01", "陵水黎族自治县旅游和文化广电体育局"),
    ("县旅文局", "乐东县", "2022-06-01", "乐东黎族自治县旅游和文化广电体育局"),
    ("县资规局", "保亭县", "2022-06-01", "保亭黎族苗族自治县自然资源和规划局"),
    ("区发改委", "海口市美兰区", "2022-06-01", "海口市美兰区发展和改革委员会"),
    ("区发改委", "三亚市吉阳区", "2022-06-01", "三亚市吉阳区发展和改革委员会"),
    ("县综合执法局", "定安县", "2022-06-01", "定安县综合行政执法局"),
    ("省资规厅", "定安县", "2022-06-01", "海南省自然资源和规划厅"),
    ("省营商环境建设厅", "海南省", "2022-06-01", "海南省营商环境建设厅"),
    ("市营商局", "海口市", "2022-06-01", "海口市营商环境建设局"),
    # 贵州
    ("县发改局", "遵义市正安县", "2022-06-01", "正安县发展和改革局"),
    ("区发改局", "贵阳市观山湖区", "2022-06-01", "贵阳市观山湖区发展和改革局"),
    ("市发改局", "黔西南州兴义市", "2022-06-01", "兴义市发展和改革局"),
    ("县文体广电旅游局", "黔东南州雷山县", "2022-06-01", "雷山县文体广电旅游局"),
    ("县发改局", "安顺市关岭县", "2022-06-01", "关岭布依族苗族自治县发展和改革局"),
    ("县生态移民局", "黔南州三都县", "2022-06-01", "三都水族自治县生态移民局"),
    ("市大数据局", "贵阳市", "2022-06-01", "贵阳市大数据发展管理局"),
    # 黑龙江
    ("县发改局", "绥化市望奎县", "2022-06-01", "望奎县发展和改革局"),
    ("区发改局", "鸡西市鸡冠区", "2022-06-01", "鸡西市鸡冠区发展和改革局"),
    ("县财政局", "大兴安岭地区呼玛县", "2022-06-01", "呼玛县财政局"),
    ("区财政局", "大兴安岭地区加格达奇区", "2022-06-01", "大兴安岭地区加格达奇区财政局"),
    ("市营商局", "哈尔滨市", "2022-06-01", "哈尔滨市营商环境建设监督局"),
    ("省营商局", "黑龙江省", "2022-06-01", "黑龙江省营商环境建设监督局"),
    # 吉林
    ("县发改局", "吉林市永吉县", "2022-06-01", "永吉县发展和改革局"),
    ("市发改局", "四平市双辽市", "2022-06-01", "双辽市发展和改革局"),
    ("县发改局", "松原市前郭县", "2022-06-01", "前郭尔罗斯蒙古族自治县发展和改革局"),
    ("市政数局", "长春市", "2022-06-01", "长春市政务服务和数字化建设管理局"),
    ("省发改委", "白山市", "2022-06-01", "吉林省发展和改革委员会"),
]


# ---------------------------------------------------------------- 重庆's and 天津's districts: 渝中区's 2023 分解
MUNICIPALITY_CASES = [
    ("区发改委", "重庆市渝中区", "2023-02-03", "重庆市渝中区发展和改革委员会"),
    ("区住建委", "重庆市渝中区", "2023-02-03", "重庆市渝中区住房和城乡建设委员会"),
    ("区商务委", "重庆市渝中区", "2023-02-03", "重庆市渝中区商务委员会"),
    ("区税务局", "重庆市渝中区", "2023-02-03", "国家税务总局重庆市渝中区税务局"),
    ("县规资局", "重庆市城口县", "2023-02-03", "城口县规划和自然资源局"),
    ("区文旅委", "重庆市渝中区", "2023-02-03", "重庆市渝中区文化和旅游发展委员会"),
    ("县民宗委", "重庆市石柱县", "2023-02-03", "石柱土家族自治县民族宗教事务委员会"),
    ("县发展改革委", "重庆市秀山县", "2023-02-03", "秀山土家族苗族自治县发展和改革委员会"),
    ("区建委", "天津市红桥区", "2022-06-01", "天津市红桥区住房和建设委员会"),
    ("区规划资源局", "天津市东丽区", "2022-06-01", "天津市东丽区规划和自然资源局"),
    ("区退役军人局", "天津市津南区", "2022-06-01", "天津市津南区退役军人事务局"),
]


ROUND6_CASES = PARTY_CASES + KIND_CASES + PREFECTURE_CASES + COUNTY_CASES + MUNICIPALITY_CASES


# ---------------------------------------------------------------- nothing to name
ROUND6_NEGATIVES = [
    # a province's level word is its kind: which region, which province?
    ("自治区发展改革委", "青海省", "2022-06-01"),
    ("自治区发改委", "海南州", "2022-06-01"),
    ("省发改委", "宁夏回族自治区", "2022-06-01"),
    ("省委宣传部", "西藏自治区", "2022-06-01"),
    ("省发展改革委", "拉萨市", "2022-06-01"),
    ("自治区财政厅", "长沙市", "2022-06-01"),
    # one-character prefectures: only those that go by one
    ("州财政局", "巴中市", "2022-06-01"),
    ("州财政局", "德州市", "2022-06-01"),
    ("巴州区财政局", "巴音郭楞蒙古自治州", "2022-06-01"),   # 巴中市's district, no district of the prefecture
    # a 兵团 division, a government office's internal office, a bare town office
    ("师发改委", "第一师阿拉尔市", "2022-06-01"),
    ("兵团发改委", "新疆维吾尔自治区", "2022-06-01"),
    ("旗政府督查室", "鄂温克族自治旗", "2022-02-21"),
    ("镇党政办", "固原市西吉县", "2022-06-01"),
    ("县委宣传部", "那曲市色尼区", "2022-06-01"),   # a district prints 区委
    ("县财政局", "山南市乃东区", "2022-06-01"),
]

#: catch-all groups the notices read for this file print: no one body
ROUND6_GROUPS = [
    ("州直各部门", "巴音郭楞蒙古自治州", "2022-03-09"),
    ("州人民政府各部门", "巴音郭楞蒙古自治州", "2022-03-09"),
    ("盟直有关部门", "兴安盟", "2019-04-10"),
    ("州级各部门", "凉山州", "2025-06-01"),
    ("各苏木乡镇人民政府", "鄂温克族自治旗", "2022-02-21"),
    ("各管委会", "重庆市渝中区", "2023-02-03"),
    ("镇街道", "重庆市渝中区", "2023-02-03"),
    # a collective word for the towns is no town but all of them (鄂温克族自治旗's 各苏木乡镇人民政府, printed without
    # 各 in a cell), as the holdout reads a bare 街道办事处 (wxverb-gaoping): first written here as unresolved
    ("苏木乡镇人民政府", "鄂温克族自治旗", "2022-02-21"),
    ("苏木乡镇", "鄂温克族自治旗", "2022-02-21"),
    ("苏木镇", "锡林郭勒盟正蓝旗", "2022-06-01"),
    ("乡镇人民政府", "宜昌市秭归县", "2022-06-01"),
    ("乡镇政府", "固原市西吉县", "2022-06-01"),
    ("街道办事处", "宜昌市夷陵区", "2022-06-01"),
]


@pytest.mark.parametrize("name,city,date,canonical", ROUND6_CASES)
def test_an_untuned_place_prints_its_own_bodies_round6(resolver, name, city, date, canonical):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.canonical == canonical, resolver.explain(name, city=city, date=date)


@pytest.mark.parametrize("name,city,date", ROUND6_NEGATIVES)
def test_no_untuned_body_where_the_place_has_none_round6(resolver, name, city, date):
    assert resolver.resolve(name, city=city, date=date).match == "unresolved", resolver.explain(name, city=city, date=date)


@pytest.mark.parametrize("name,city,date", ROUND6_GROUPS)
def test_a_catch_all_group_is_no_body_round6(resolver, name, city, date):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.match == "group" and ref.canonical is None


def test_a_one_character_prefecture_is_one_agency_with_its_full_name(resolver):
    short = resolver.resolve("州财政局", city="巴州", date="2022-06-01")
    full = resolver.resolve("州财政局", city="巴音郭楞蒙古自治州", date="2022-06-01")
    printed = resolver.resolve("巴州财政局", city="新疆维吾尔自治区", date="2022-06-01")
    district = resolver.resolve("区财政局", city="巴中市巴州区", date="2022-06-01")
    assert short.agency_id == full.agency_id == printed.agency_id != district.agency_id


def test_the_round6_cases_are_many_and_distinct():
    keys = [c[:3] for c in ROUND6_CASES] + ROUND6_NEGATIVES + ROUND6_GROUPS
    assert len(keys) == len(set(keys)) and len(ROUND6_CASES) + len(ROUND6_NEGATIVES) + len(ROUND6_GROUPS) >= 120


# ---------------------------------------------------------------- round 7: holdout batch 18's agency misses, same family, other places
# Written before the code of the round (a commit of these tests alone first), in my own words from HOLDOUT18.md:
# 四川's districts name their merged culture bureau as its counties and prefectures do (文化广播电视和旅游局, printed
# 区文广旅局), and 山西's cities have a government office for telecom infrastructure, the 通信发展管理办公室 (printed
# in full), which the province's 通信管理局 (the ministry's regulator) is not.
ROUND7_CASES = [
    ("区文广旅局", "宜宾市叙州区", "2022-06-01", "宜宾市叙州区文化广播电视和旅游局"),
    ("区文广旅局", "泸州市江阳区", "2021-06-01", "泸州市江阳区文化广播电视和旅游局"),
    ("区文广旅局", "南充市顺庆区", "2023-06-01", "南充市顺庆区文化广播电视和旅游局"),
    ("市通信发展管理办公室", "太原市", "2022-06-01", "太原市通信发展管理办公室"),
    ("市通信发展管理办公室", "晋中市", "2023-06-01", "晋中市通信发展管理办公室"),
    ("通信发展管理办公室", "长治市", "2023-06-01", "长治市通信发展管理办公室"),
    ("省通信管理局", "晋中市", "2023-06-01", "山西省通信管理局"),
]

ROUND7_NEGATIVES = [
    ("市通信发展管理办公室", "宜昌市", "2022-06-01"),        # 山西's body alone
    ("市通信发展管理办公室", "石家庄市", "2022-06-01"),
]


@pytest.mark.parametrize("name,city,date,canonical", ROUND7_CASES)
def test_a_place_names_a_body_its_way_round7(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical, resolver.explain(name, city=city, date=date)


@pytest.mark.parametrize("name,city,date", ROUND7_NEGATIVES)
def test_no_such_body_elsewhere_round7(resolver, name, city, date):
    assert resolver.resolve(name, city=city, date=date).match == "unresolved"


# ---------------------------------------------------------------- round 8: an older holdout miss of the same family (湖南's 金融事务服务中心)
# Written before the code (a commit of these tests alone first): 湖南's county reforms of 2019 turned a county's
# 金融工作办公室 into a public institution under its government, the 金融事务服务中心 (the holdout's pairdocx-liling
# prints 醴陵市's); counties and county-level cities print it in full. Elsewhere the name is no standard body.
ROUND8_CASES = [
    ("县金融事务服务中心", "株洲市攸县", "2022-06-01", "攸县金融事务服务中心"),
    ("市金融事务服务中心", "长沙市宁乡市", "2023-06-01", "宁乡市金融事务服务中心"),
    ("县金融事务服务中心", "衡阳市衡东县", "2021-06-01", "衡东县金融事务服务中心"),
]

ROUND8_NEGATIVES = [
    ("县金融事务服务中心", "宜昌市秭归县", "2022-06-01"),     # 湖南's name alone
    ("市金融事务服务中心", "长沙市", "2022-06-01"),           # a county's body, not a city's
]


@pytest.mark.parametrize("name,city,date,canonical", ROUND8_CASES)
def test_a_place_names_a_body_its_way_round8(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical, resolver.explain(name, city=city, date=date)


@pytest.mark.parametrize("name,city,date", ROUND8_NEGATIVES)
def test_no_such_body_elsewhere_round8(resolver, name, city, date):
    assert resolver.resolve(name, city=city, date=date).match == "unresolved"
