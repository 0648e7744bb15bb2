"""Names of places and kinds nobody tuned the resolver for, round 9, written before the code (session 33, agencies16).

Like tests/test_untuned_names8.py: a printed name, the notice's place chain and date, and the body's official full
name; "unresolved" where no standard body fits and a guess would be a false merge. Counted over the earlier files
(test_untuned_names*.py, test_province_names.py, fixtures/agency_variants.csv), the least covered provinces were 山西
(27 cases), 吉林 (31), 福建 (34), 宁夏 (35), 黑龙江 (38) and 河北 (39); no case had a development zone as the notice's
own place, and every zone printed by its kind short (X高新区, X经开区) was left unresolved (its official name unprinted).

Places and spellings come from notices of the pages corpus read for this file, noted on the lines: 佛山市人民政府办公室's
2007 opinion on the 佛山高新技术产业开发区 (佛府办〔2007〕406号: 市高新区管委会, 市经贸局、科技局), 潜江's 2024 三定 of its
zone (潜江高新技术产业开发区管理委员会, 简称"潜江高新区管委会"), 中共惠州市委's 2010 decision on the 惠州仲恺高新技术
产业开发区 (仲恺高新区管委会), 合肥市编办's 2015 note on its zones (合肥经济开发区、合肥高新技术开发区), 天津市人民政府
办公厅's 2017 开发区 plan (国家级经济技术开发区、国家高新技术产业开发区; 市级经济开发区), 宣州经济开发区's 2017 page
(管委会内设办公室、财政局、经济发展局、社会事务局、建设局), 霍山's 2025 开发区 清单 (规划建设局), 增城经济技术开发区's
园区发展局 page, 商务部's 2021 letter to the 边境经济合作区 committees (各边境经济合作区、跨境经济合作区管委会).

One family is new here, with its negatives: **development zones known by name**. China's national (and some
provincial) development zones are a closed list each with one official name, which a notice prints short: 高新区 for
高新技术产业开发区, 经开区 or 开发区 for 经济技术开发区 (or a provincial 经济开发区), 边合区 for 边境经济合作区; with or
without its city's name (佛山高新区, 市高新区, 高新区 in 佛山's own notice); and sometimes with a province's or 国家's
name no reader could guess (保定国家高新技术产业开发区, 湖南醴陵经济开发区). A data list of the zones known by name gives
the official name; a zone printed by its kind and missing from the list stays unresolved as before. 边合区 is expanded
everywhere: every 边境经济合作区 is named by its place and the kind. A zone's own notice (its chain's place is the zone)
names its bureaus after the zone's official name when they are printed with 区 or the zone's short name (区财政局,
高新区经发局 -> 宜昌高新技术产业开发区经济发展局); printed bare they were left unresolved then, and are the zone's
since session 34's agency conventions (tests/fixtures/README.md).

The first commit of this file held the tests alone, before any data or code change; the commit that made them pass
says how many passed before it."""
from __future__ import annotations

import pytest

from namekit import assert_reads, assert_unresolved


# ---------------------------------------------------------------- a zone's committee printed short in its city's notice
ZONE_CASES = [
    # 佛山市人民政府办公室's 2007 opinion: 市高新区管委会, the zone named 佛山高新技术产业开发区
    ("市高新区管委会", "佛山市", "2007-12-12", "佛山高新技术产业开发区管理委员会"),
    ("高新区管委会", "佛山市", "2007-12-12", "佛山高新技术产业开发区管理委员会"),
    ("佛山高新区管委会", "佛山市", "2007-12-12", "佛山高新技术产业开发区管理委员会"),
    ("佛山高新技术产业开发区管理委员会", "广东省", "2007-12-12", "佛山高新技术产业开发区管理委员会"),
    # 潜江's 2024 三定 (a county-level city under the province): 潜江高新区管委会
    ("潜江高新区管委会", "潜江市", "2024-01-22", "潜江高新技术产业开发区管理委员会"),
    ("高新区管委会", "潜江市", "2024-01-22", "潜江高新技术产业开发区管理委员会"),
    # 惠州's 2010 decision: 仲恺高新区, whose official name carries the city's
    ("仲恺高新区管委会", "惠州市", "2010-02-11", "惠州仲恺高新技术产业开发区管理委员会"),
    ("惠州仲恺高新区管委会", "广东省", "2010-02-11", "惠州仲恺高新技术产业开发区管理委员会"),
    # 合肥's zones: two in one city, each its own
    ("合肥高新区管委会", "合肥市", "2015-09-29", "合肥高新技术产业开发区管理委员会"),
    ("合肥经开区管委会", "合肥市", "2015-09-29", "合肥经济技术开发区管理委员会"),
    ("经开区管委会", "合肥市", "2015-09-29", "合肥经济技术开发区管理委员会"),
    ("合肥经济技术开发区管委会", "安徽省", "2022-01-26", "合肥经济技术开发区管理委员会"),
    # 河南, 湖北, 吉林, 山西, 福建, 宁夏, 黑龙江, 河北: national zones printed short in their city's or province's notices
    ("郑州高新区管委会", "郑州市", "2021-06-01", "郑州高新技术产业开发区管理委员会"),
    ("郑州经开区管委会", "郑州市", "2021-06-01", "郑州经济技术开发区管理委员会"),
    ("洛阳高新区管委会", "洛阳市", "2021-06-01", "洛阳高新技术产业开发区管理委员会"),
    ("郑州高新区管委会", "河南省", "2023-03-01", "郑州高新技术产业开发区管理委员会"),
    ("宜昌高新区管委会", "宜昌市", "2022-06-01", "宜昌高新技术产业开发区管理委员会"),
    ("高新区管委会", "宜昌市", "2022-06-01", "宜昌高新技术产业开发区管理委员会"),
    ("襄阳高新区管委会", "襄阳市", "2022-06-01", "襄阳高新技术产业开发区管理委员会"),
    ("长春高新区管委会", "长春市", "2022-06-01", "长春高新技术产业开发区管理委员会"),
    ("长春经开区管委会", "长春市", "2022-06-01", "长春经济技术开发区管理委员会"),
    ("吉林高新区管委会", "吉林市", "2022-06-01", "吉林高新技术产业开发区管理委员会"),
    ("太原高新区管委会", "太原市", "2016-06-01", "太原高新技术产业开发区管理委员会"),
    ("太原经开区管委会", "太原市", "2016-06-01", "太原经济技术开发区管理委员会"),
    ("长治高新区管委会", "长治市", "2016-06-01", "长治高新技术产业开发区管理委员会"),
    ("大同经开区管委会", "大同市", "2016-06-01", "大同经济技术开发区管理委员会"),
    ("福州高新区管委会", "福州市", "2021-06-01", "福州高新技术产业开发区管理委员会"),
    ("泉州高新区管委会", "泉州市", "2021-06-01", "泉州高新技术产业开发区管理委员会"),
    ("漳州高新区管委会", "漳州市", "2021-06-01", "漳州高新技术产业开发区管理委员会"),
    ("福州经开区管委会", "福州市", "2021-06-01", "福州经济技术开发区管理委员会"),
    ("火炬高新区管委会", "厦门市", "2021-06-01", "厦门火炬高技术产业开发区管理委员会"),
    ("银川经开区管委会", "银川市", "2021-06-01", "银川经济技术开发区管理委员会"),
    ("石嘴山高新区管委会", "石嘴山市", "2021-06-01", "石嘴山高新技术产业开发区管理委员会"),
    ("哈尔滨高新区管委会", "哈尔滨市", "2021-06-01", "哈尔滨高新技术产业开发区管理委员会"),
    ("大庆高新区管委会", "大庆市", "2021-06-01", "大庆高新技术产业开发区管理委员会"),
    ("齐齐哈尔高新区管委会", "齐齐哈尔市", "2021-06-01", "齐齐哈尔高新技术产业开发区管理委员会"),
    ("石家庄高新区管委会", "石家庄市", "2021-06-01", "石家庄高新技术产业开发区管理委员会"),
    ("唐山高新区管委会", "唐山市", "2021-06-01", "唐山高新技术产业开发区管理委员会"),
    ("承德高新区管委会", "承德市", "2021-06-01", "承德高新技术产业开发区管理委员会"),
    ("邯郸经开区管委会", "邯郸市", "2021-06-01", "邯郸经济技术开发区管理委员会"),
    ("廊坊开发区管委会", "廊坊市", "2021-06-01", "廊坊经济技术开发区管理委员会"),
    ("秦皇岛经开区管委会", "秦皇岛市", "2021-06-01", "秦皇岛经济技术开发区管理委员会"),
    # official names that carry 国家 or a province's name: only the list can know them
    ("保定高新区管委会", "保定市", "2021-06-01", "保定国家高新技术产业开发区管理委员会"),
    ("高新区管委会", "保定市", "2021-06-01", "保定国家高新技术产业开发区管理委员会"),
    ("大龙开发区管委会", "铜仁市", "2022-06-01", "贵州大龙经济开发区管理委员会"),
    ("大龙经开区管委会", "贵州省", "2022-06-01", "贵州大龙经济开发区管理委员会"),
    ("浏阳经开区管委会", "长沙市浏阳市", "2022-06-01", "浏阳经济技术开发区管理委员会"),
    # a zone printed alone as a unit (责任单位：…、大龙开发区) is its committee
    ("大龙开发区", "铜仁市", "2022-06-01", "贵州大龙经济开发区管理委员会"),
    ("宜昌高新区", "宜昌市", "2022-06-01", "宜昌高新技术产业开发区管理委员会"),
    ("苏州工业园区管委会", "苏州市", "2022-06-01", "苏州工业园区管理委员会"),
]

# ---------------------------------------------------------------- 边合区: every 边境经济合作区 is its place and the kind
BORDER_ZONE_CASES = [
    ("绥芬河边合区管委会", "牡丹江市绥芬河市", "2021-06-01", "绥芬河边境经济合作区管理委员会"),
    ("黑河边合区管委会", "黑河市", "2021-06-01", "黑河边境经济合作区管理委员会"),
    ("二连浩特边合区管委会", "锡林郭勒盟二连浩特市", "2021-06-01", "二连浩特边境经济合作区管理委员会"),
    ("满洲里边境经济合作区管委会", "呼伦贝尔市满洲里市", "2021-06-01", "满洲里边境经济合作区管理委员会"),
    ("丹东边合区管委会", "丹东市", "2021-06-01", "丹东边境经济合作区管理委员会"),
    ("瑞丽边合区管委会", "德宏州瑞丽市", "2021-06-01", "瑞丽边境经济合作区管理委员会"),
    ("东兴边合区管委会", "防城港市东兴市", "2021-06-01", "东兴边境经济合作区管理委员会"),
    ("和龙边合区管委会", "延边州和龙市", "2021-06-01", "和龙边境经济合作区管理委员会"),
]

ZONE_NEGATIVES = [
    ("高新区管委会", "宜昌市秭归县", "2022-06-01"),      # the city's zone is printed bare in the city's own notice only
    ("高新区管委会", "孝感市孝南区", "2021-06-01"),       # likewise: which zone is a district's 高新区?
    ("高新区管委会", "郑州市金水区", "2021-06-01"),       # a district's notice: 郑州's zone is printed bare in 郑州's own
    ("经开区管委会", "宜昌市", "2022-06-01"),             # the list holds no 经开区 of 宜昌
    ("高新区管委会", "河北省", "2021-06-01"),             # which city's zone?
    ("边合区管委会", "黑河市", "2021-06-01"),             # the kind alone: the place is not printed
    ("高新区党工委", "宜昌市", "2022-06-01"),             # the zone's party working committee is another body, not read
    ("开发区管委会", "保定市", "2021-06-01"),             # the list holds no 经济技术开发区 of 保定
]

# ---------------------------------------------------------------- a zone's own notice: its bureaus under the zone's official name
ZONE_NOTICE_CASES = [
    ("区财政局", "宜昌高新区", "2022-06-01", "宜昌高新技术产业开发区财政局"),
    ("高新区财政局", "宜昌高新区", "2022-06-01", "宜昌高新技术产业开发区财政局"),
    ("高新区经发局", "宜昌高新区", "2022-06-01", "宜昌高新技术产业开发区经济发展局"),
    ("区经济发展局", "宜昌高新区", "2022-06-01", "宜昌高新技术产业开发区经济发展局"),
    ("高新区税务局", "宜昌高新区", "2022-06-01", "国家税务总局宜昌高新技术产业开发区税务局"),
    ("区社会事务局", "宜昌高新区", "2022-06-01", "宜昌高新技术产业开发区社会事务局"),
    ("高新区管委会", "宜昌高新区", "2022-06-01", "宜昌高新技术产业开发区管理委员会"),
    ("区规划建设局", "长春高新区", "2022-06-01", "长春高新技术产业开发区规划建设局"),
    ("高新区招商合作局", "长春高新区", "2022-06-01", "长春高新技术产业开发区招商合作局"),
    ("区科产局", "长春高新区", "2022-06-01", "长春高新技术产业开发区科技创新和产业发展局"),
    ("经开区财政金融局", "郑州经开区", "2021-06-01", "郑州经济技术开发区财政金融局"),
    ("区党政办", "郑州经开区", "2021-06-01", "郑州经济技术开发区党政办公室"),
    ("经开区投资促进局", "郑州经开区", "2021-06-01", "郑州经济技术开发区投资促进局"),
    ("区建设局", "太原高新区", "2016-06-01", "太原高新技术产业开发区建设局"),
    ("开发区社会事务局", "廊坊开发区", "2021-06-01", "廊坊经济技术开发区社会事务局"),
    ("区财政局", "保定高新区", "2021-06-01", "保定国家高新技术产业开发区财政局"),
    ("区财政局", "宜昌高新技术产业开发区", "2022-06-01", "宜昌高新技术产业开发区财政局"),
    ("区经发局", "福州高新区", "2021-06-01", "福州高新技术产业开发区经济发展局"),
    # printed bare in the zone's notice: the zone's (tests/fixtures/README.md, agency conventions, session 34)
    ("经济发展局", "宜昌高新区", "2022-06-01", "宜昌高新技术产业开发区经济发展局"),
]

ZONE_NOTICE_NEGATIVES = [
    ("高新区国土分局", "宜昌高新区", "2022-06-01"),        # a city bureau's branch in the zone, named in each city's way
    ("高新区投资公司", "宜昌高新区", "2022-06-01"),        # a company
    ("区经发局", "宜昌市", "2022-06-01"),                 # a city's notice: 区 names no zone
    ("区经发局", "宜昌市西陵区", "2022-06-01"),           # a district's notice: no 经发局 is a district's standard body
]

# ---------------------------------------------------------------- the least covered provinces: their city and county bodies, 2016 and 2021
PROVINCE_CASES = [
    # 山西 (大同市, 晋中市榆次区, 运城市): before and after the 2018-19 reform
    ("市国土资源局", "大同市", "2016-05-01", "大同市国土资源局"),
    # 山西's cities named the bureau 规划和自然资源局 in 2019 (大同's site zrzy.dt.gov.cn is 大同市规划和自然资源局, as
    # 太原's, 长治's and 运城's are theirs); a notice prints 自然资源局 for it (session 35, agencies18: round 11)
    ("市自然资源局", "大同市", "2021-05-01", "大同市规划和自然资源局"),
    ("市环保局", "大同市", "2016-05-01", "大同市环境保护局"),
    ("市生态环境局", "大同市", "2021-05-01", "大同市生态环境局"),
    ("市食药监局", "大同市", "2016-05-01", "大同市食品药品监督管理局"),
    ("市市场监管局", "大同市", "2021-05-01", "大同市市场监督管理局"),
    ("区农业局", "晋中市榆次区", "2016-05-01", "晋中市榆次区农业局"),
    ("区农业农村局", "晋中市榆次区", "2021-05-01", "晋中市榆次区农业农村局"),
    ("区卫计局", "晋中市榆次区", "2016-05-01", "晋中市榆次区卫生和计划生育局"),
    ("区卫健局", "晋中市榆次区", "2021-05-01", "晋中市榆次区卫生健康局"),
    ("市安监局", "运城市", "2016-05-01", "运城市安全生产监督管理局"),
    ("市应急局", "运城市", "2021-05-01", "运城市应急管理局"),
    ("团市委", "运城市", "2021-05-01", "共青团运城市委员会"),
    ("市侨联", "运城市", "2021-05-01", "运城市归国华侨联合会"),
    ("军分区", "运城市", "2021-05-01", "运城军分区"),
    # 吉林 (四平市, 延边州, 长春市九台区)
    ("市中院", "四平市", "2021-05-01", "四平市中级人民法院"),
    ("市检察院", "四平市", "2021-05-01", "四平市人民检察院"),
    ("市红十字会", "四平市", "2021-05-01", "四平市红十字会"),
    ("市公积金中心", "四平市", "2021-05-01", "四平市住房公积金管理中心"),
    ("州妇联", "延边州", "2021-05-01", "延边朝鲜族自治州妇女联合会"),
    ("州残联", "延边州", "2021-05-01", "延边朝鲜族自治州残疾人联合会"),
    ("区人武部", "长春市九台区", "2021-05-01", "长春市九台区人民武装部"),
    ("区融媒体中心", "长春市九台区", "2021-05-01", "长春市九台区融媒体中心"),
    # 福建 (漳州市, 泉州市晋江市, 南平市建瓯市)
    ("市疾控中心", "漳州市", "2021-05-01", "漳州市疾病预防控制中心"),
    ("市医保局", "漳州市", "2021-05-01", "漳州市医疗保障局"),
    ("市科协", "漳州市", "2021-05-01", "漳州市科学技术协会"),
    ("市工商联", "泉州市晋江市", "2021-05-01", "晋江市工商业联合会"),
    ("市消防救援大队", "泉州市晋江市", "2021-05-01", "晋江市消防救援大队"),
    ("市税务局", "南平市建瓯市", "2021-05-01", "国家税务总局建瓯市税务局"),
    ("市人武部", "南平市建瓯市", "2021-05-01", "建瓯市人民武装部"),
    # 宁夏 (吴忠市, 石嘴山市大武口区)
    ("市气象局", "吴忠市", "2021-05-01", "吴忠市气象局"),
    ("市烟草专卖局", "吴忠市", "2021-05-01", "吴忠市烟草专卖局"),
    ("区总工会", "石嘴山市大武口区", "2021-05-01", "石嘴山市大武口区总工会"),
    ("区档案馆", "石嘴山市大武口区", "2021-05-01", "石嘴山市大武口区档案馆"),
    # 黑龙江 (齐齐哈尔市, 绥化市)
    ("市农委", "齐齐哈尔市", "2016-05-01", "齐齐哈尔市农业委员会"),
    ("市卫计委", "绥化市", "2016-05-01", "绥化市卫生和计划生育委员会"),
    ("市卫健委", "绥化市", "2021-05-01", "绥化市卫生健康委员会"),
    # 河北 (保定市, 邯郸市)
    ("市邮政分公司", "保定市", "2021-05-01", "中国邮政集团有限公司保定市分公司"),
    ("市电信公司", "保定市", "2021-05-01", "中国电信股份有限公司保定分公司"),
    ("市消防救援支队", "邯郸市", "2021-05-01", "邯郸市消防救援支队"),
    ("市委网信办", "邯郸市", "2021-05-01", "中共邯郸市委网络安全和信息化委员会办公室"),
]

PROVINCE_NEGATIVES = [
    ("市人武部", "大同市", "2021-05-01"),      # a city has its 军分区; 人武部 is a county's or district's
    ("县人武部", "大同市", "2021-05-01"),      # which county?
    ("区自然资源局", "大同市", "2021-05-01"),   # which district?
]

# ---------------------------------------------------------------- holdout batch 21's non-zone names, in my own words
# 贵州's cities, like 山西's, keep a city government's 通信发展管理办公室 (towers, ducts, base-station sites); 上海's
# 大数据中心 is a body of the city's own (under its general office), printed in traditional characters by a mirror.
BATCH21_CASES = [
    ("市通信发展管理办公室", "遵义市", "2024-03-01", "遵义市通信发展管理办公室"),
    ("市大数据中心", "上海市", "2025-01-01", "上海市大数据中心"),
    ("市大數據中心", "上海市", "2025-01-01", "上海市大数据中心"),
]

# session 35: a centre or office printed with a level word is the place's, named as printed (tests/fixtures/README.md);
# outside 山西 and 上海 it is no template type, so the negatives of batch 21 are named as printed too
BATCH21_CASES += [
    ("市通信发展管理办公室", "宜昌市", "2022-06-01", "宜昌市通信发展管理办公室"),
    ("市大数据中心", "宜昌市", "2022-06-01", "宜昌市大数据中心"),
]


# ---------------------------------------------------------------- second part: holdout batch 22's agency misses, same families, other spellings
# Written before the code of this part (a commit of these tests alone first), in my own words from HOLDOUT22.md: more
# national and provincial zones printed short in their cities' notices (阜阳's and 丽水's 经济技术开发区, printed 经开区 or
# 开发区; 金华's; 达州's 高新技术产业开发区; 台州's provincial 经济开发区 and its 台州湾循环经济产业集聚区, printed
# 台州湾产业集聚区; 金华's 金义都市新区 and 金华山旅游经济区); 丽水 (a registry city) names its bureaus in its own way since
# the 2019 reform (自然资源和规划局 printed 自然资源局, 住房和城乡建设局 printed 建设局 as the city's 2018 notices printed
# its old 建设局, 文化和广电旅游体育局 printed 文广旅体局); 两市 (both cities, in a joint notice) is no place.
SECOND_CASES = [
    ("阜阳经开区管委会", "阜阳市", "2019-06-01", "阜阳经济技术开发区管理委员会"),
    ("经开区管委会", "阜阳市", "2019-06-01", "阜阳经济技术开发区管理委员会"),
    ("阜阳经济技术开发区管委会", "安徽省", "2022-01-26", "阜阳经济技术开发区管理委员会"),
    ("丽水开发区管委会", "丽水市", "2023-07-11", "丽水经济技术开发区管理委员会"),
    ("丽水经开区管委会", "丽水市莲都区", "2022-06-01", "丽水经济技术开发区管理委员会"),
    ("金华开发区", "金华市", "2017-06-01", "金华经济技术开发区管理委员会"),
    ("金华经开区管委会", "浙江省", "2021-06-01", "金华经济技术开发区管理委员会"),
    ("金义都市新区管委会", "金华市", "2017-06-01", "金义都市新区管理委员会"),
    ("金义都市新区", "金华市义乌市", "2017-06-01", "金义都市新区管理委员会"),
    ("金华山旅游经济区管委会", "金华市", "2017-06-01", "金华山旅游经济区管理委员会"),
    ("达州高新区", "达州市", "2021-06-01", "达州高新技术产业开发区管理委员会"),
    ("高新区管委会", "达州市", "2021-06-01", "达州高新技术产业开发区管理委员会"),
    ("台州湾产业集聚区管委会", "台州市", "2018-06-01", "台州湾循环经济产业集聚区管理委员会"),
    ("台州湾循环经济产业集聚区管委会", "浙江省", "2018-06-01", "台州湾循环经济产业集聚区管理委员会"),
    ("台州经济开发区管委会", "台州市", "2018-06-01", "台州经济开发区管理委员会"),
    ("台州经开区管委会", "台州市", "2018-06-01", "台州经济开发区管理委员会"),
    # 丽水's own names since the 2019 reform (registry/lishui.toml)
    ("市自然资源局", "丽水市", "2023-07-11", "丽水市自然资源和规划局"),
    ("市建设局", "丽水市", "2023-07-11", "丽水市住房和城乡建设局"),
    ("市住建局", "丽水市", "2021-06-01", "丽水市住房和城乡建设局"),
    ("市文广旅体局", "丽水市", "2023-07-11", "丽水市文化和广电旅游体育局"),
    ("市建设局", "丽水市", "2018-03-02", "丽水市建设局"),          # before the reform the city's 2018 notices' 建设局
    # a county that opens with 两 is still a place
    ("两当县财政局", "陇南市", "2022-06-01", "两当县财政局"),
]

SECOND_NEGATIVES = [
    ("两市市委宣传部", "济南市", "2023-06-01"),       # both cities' propaganda departments: no one body
    ("两市民政局", "临沂市", "2023-06-01"),
    ("两县财政局", "金华市", "2023-06-01"),
    ("高新区管委会", "台州市", "2018-06-01"),          # the list holds no 高新区 of 台州
]


# ---------------------------------------------------------------- third part: a province's demonstration zone known by name
# 河南's 开封城乡一体化示范区 (a provincial zone joining 开封's new district and its development zone) has one committee,
# printed with the city's name or, in 开封's own notices, without it; the same words in another city's notice (三门峡's
# 城乡一体化示范区, test_untuned_names8) name no listed zone.
THIRD_CASES = [
    ("开封城乡一体化示范区管委会", "开封市", "2020-11-17", "开封城乡一体化示范区管理委员会"),
    ("开封城乡一体化示范区管委会", "河南省", "2021-06-01", "开封城乡一体化示范区管理委员会"),
    ("城乡一体化示范区管委会", "开封市", "2020-11-17", "开封城乡一体化示范区管理委员会"),
]

THIRD_NEGATIVES = [
    ("城乡一体化示范区管委会", "郑州市", "2020-11-17"),
]


def test_lishui_prints_one_bureau_two_ways_round9(resolver):
    a = resolver.resolve("市建设局", city="丽水市", date="2023-07-11")
    b = resolver.resolve("市住建局", city="丽水市", date="2023-07-11")
    assert a.agency_id == b.agency_id and a.match != "unresolved"


def test_two_zones_of_one_city_are_two_agencies_round9(resolver):
    a = resolver.resolve("合肥高新区管委会", city="合肥市", date="2022-06-01")
    b = resolver.resolve("合肥经开区管委会", city="合肥市", date="2022-06-01")
    assert a.agency_id and b.agency_id and a.agency_id != b.agency_id


def test_a_listed_zone_has_one_id_in_every_notice_round9(resolver):
    ids = {resolver.resolve(name, city=city, date="2022-06-01").agency_id
           for name, city in (("宜昌高新区管委会", "宜昌市"), ("高新区管委会", "宜昌市"),
                              ("宜昌高新技术产业开发区管理委员会", "湖北省"), ("宜昌高新区管委会", "宜昌市夷陵区"))}
    assert len(ids) == 1 and None not in ids


def test_a_zone_is_not_its_bureau_round9(resolver):
    a = resolver.resolve("高新区管委会", city="宜昌高新区", date="2022-06-01")
    b = resolver.resolve("高新区经发局", city="宜昌高新区", date="2022-06-01")
    assert a.agency_id != b.agency_id and b.match != "unresolved"


@pytest.mark.parametrize("name,city,date,canonical",
                         ZONE_CASES + BORDER_ZONE_CASES + ZONE_NOTICE_CASES + PROVINCE_CASES + BATCH21_CASES
                         + SECOND_CASES + THIRD_CASES)
def test_an_untuned_place_prints_its_own_bodies_round9(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", ZONE_NEGATIVES + ZONE_NOTICE_NEGATIVES + PROVINCE_NEGATIVES
                         + SECOND_NEGATIVES + THIRD_NEGATIVES)
def test_no_untuned_body_where_the_place_has_none_round9(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)
