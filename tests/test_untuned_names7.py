"""Names of places and kinds nobody tuned the resolver for, round 7, written before the code (session 31, agencies14).

Like tests/test_untuned_names6.py: a printed name, the notice's place chain and date, and the body's official full
name; "unresolved" where no standard body fits and a guess would be a false merge. Counted over the earlier files
(test_untuned_names*.py, test_province_names.py, fixtures/agency_variants.csv), the least covered provinces were 广东
(2 cases), 江苏 (8), 山西 (11), 河南 (12), 安徽, 浙江 and 黑龙江 (13 each), 北京 and 上海 (counted with none); the least
covered kinds the bodies of the vertical systems a district prints by its own name (a customs office), the merged
bodies of the 2019 district reforms, and the bodies that ended with the 2018 reform as a 2016 notice prints them.

Places and spellings come from notices of the pages corpus read for this file, noted on the lines: 苏州市吴江区人民
政府's 2024 分解落实方案 (★区发改委、统计局; 区财政局、税务局; 区商务局、吴江海关; 区应急管理局), 长兴县人民政府办公室's
2023 责任分解 (责任单位：县财政局 …), 绛县人民政府办公室's 2023 方案 (绛县经济开发区管委会，县直各有关单位), 嘉鱼县人民
政府办公室's 2024 分解方案 (县政府政务督查室), 无锡市人民政府办公室's 2018 实施方案 (锡政办发〔2018〕51号: 市环保局,
市水利局, 市文广新局、旅游局, 市委宣传部, 市文明办), 无锡市's 2021 news (市生态环境局; 江阴生态环境局局长), 无锡市滨湖
生态环境局's 2025 report, 苏州市吴中生态环境局's 2025 news, 新吴区人民政府's 2019 news (无锡海关、南京海关), 内蒙古's
2022 口岸 分工 (呼和浩特海关、满洲里海关), 揭阳市揭东区's 2019 三定 (区工业信息化和科技局, 加挂区商务局牌子), 北京市
朝阳区人民政府's 2018 工作规则 (各街道办事处、地区办事处（乡政府），区政府各委、办、局) and 2022 report (朝阳区发展和
改革委员会), a 2016 county 分解 (政府督查室、监察局要跟踪问效).

Four families are new here, each with its negatives:
- 江苏's 2019 reform made a county's or district's environment bureau the city bureau's office named with the
  place's short name before 生态环境局 (苏州市吴中生态环境局, 无锡市江阴生态环境局), not a 分局 as elsewhere;
- a customs office is named after the district it sits in too (吴江海关, 萧山海关), not only after a city or a
  county-level city, and a province's notice names its cities' offices (呼和浩特海关 in 内蒙古's);
- the government's 监察局 ended in the 2018 reform (merged into the 监察委员会): a 2016 notice's 县监察局 is that
  county's 监察局; from 2018 on the name stays unresolved (the body is gone; the 纪委监委 is another);
- 北京 and 上海 print a district's police branch with the district's short name before 公安分局 (朝阳公安分局).

The first commit of this file held the tests alone, before any data or code change; the commit that made them pass
says how many passed before it."""
from __future__ import annotations

import pytest

from namekit import assert_group, assert_one_agency, assert_reads, assert_unresolved


# ---------------------------------------------------------------- 江苏's districts and counties: 苏州市吴江区's 2024 分解, 无锡's pages
JIANGSU_CASES = [
    ("区发改委", "苏州市吴江区", "2024-01-25", "苏州市吴江区发展和改革委员会"),
    ("统计局", "苏州市吴江区", "2024-01-25", "苏州市吴江区统计局"),
    ("区财政局", "苏州市吴江区", "2024-01-25", "苏州市吴江区财政局"),
    ("税务局", "苏州市吴江区", "2024-01-25", "国家税务总局苏州市吴江区税务局"),
    ("区工信局", "苏州市吴江区", "2024-01-25", "苏州市吴江区工业和信息化局"),
    ("区商务局", "苏州市吴江区", "2024-01-25", "苏州市吴江区商务局"),
    ("区科技局", "苏州市吴江区", "2024-01-25", "苏州市吴江区科学技术局"),
    ("人社局", "苏州市吴江区", "2024-01-25", "苏州市吴江区人力资源和社会保障局"),
    ("农业农村局", "苏州市吴江区", "2024-01-25", "苏州市吴江区农业农村局"),
    ("区应急管理局", "苏州市吴江区", "2024-01-25", "苏州市吴江区应急管理局"),
    ("黎里镇", "苏州市吴江区", "2024-01-25", "苏州市吴江区黎里镇人民政府"),
    ("盛泽镇人民政府", "苏州市吴江区", "2024-01-25", "苏州市吴江区盛泽镇人民政府"),
    # 无锡市人民政府办公室's 2018 方案: the bodies before the 2018-19 reform
    ("市环保局", "无锡市", "2018-04-27", "无锡市环境保护局"),
    ("市水利局", "无锡市", "2018-04-27", "无锡市水利局"),
    ("市文广新局", "无锡市", "2018-04-27", "无锡市文化广电新闻出版局"),
    ("旅游局", "无锡市", "2018-04-27", "无锡市旅游局"),
    ("市委宣传部", "无锡市", "2018-04-27", "中共无锡市委宣传部"),
    ("市文明办", "无锡市", "2018-04-27", "无锡市精神文明建设委员会办公室"),
    ("市发改委", "无锡市", "2018-04-27", "无锡市发展和改革委员会"),
    ("市生态环境局", "无锡市", "2021-12-24", "无锡市生态环境局"),
    ("市工业和信息化局", "无锡市", "2021-12-24", "无锡市工业和信息化局"),
    ("发改委", "无锡市新吴区", "2019-03-13", "无锡市新吴区发展和改革委员会"),
    ("科技局", "无锡市新吴区", "2019-03-13", "无锡市新吴区科学技术局"),
    ("商务局", "无锡市新吴区", "2019-03-13", "无锡市新吴区商务局"),
    ("县发改委", "徐州市沛县", "2022-06-01", "沛县发展和改革委员会"),
    ("市发改委", "苏州市昆山市", "2022-06-01", "昆山市发展和改革委员会"),
]

# ---------------------------------------------------------------- 江苏's environment offices after the 2019 reform
JIANGSU_ECOLOGY_CASES = [
    ("苏州市吴中生态环境局", "苏州市吴中区", "2025-02-25", "苏州市吴中生态环境局"),
    ("苏州市吴江生态环境局", "苏州市吴江区", "2024-01-25", "苏州市吴江生态环境局"),
    ("无锡市滨湖生态环境局", "无锡市滨湖区", "2025-12-25", "无锡市滨湖生态环境局"),
    ("滨湖生态环境局", "无锡市滨湖区", "2025-12-25", "无锡市滨湖生态环境局"),
    ("江阴生态环境局", "无锡市江阴市", "2021-12-24", "无锡市江阴生态环境局"),
    ("无锡市江阴生态环境局", "无锡市江阴市", "2021-12-24", "无锡市江阴生态环境局"),
    # left (strict xfail): a city's own notice does not read a district's body from the district's printed name, the
    # convention test_untuned_names.py settled (公安历城分局 in a 济南市 notice stays unresolved); not changed here
    pytest.param("无锡市江阴生态环境局", "无锡市", "2021-12-24", "无锡市江阴生态环境局", marks=pytest.mark.xfail(
        strict=True, reason="a city notice does not place its districts' bodies (BATCH9 negative 公安历城分局)")),
    pytest.param("吴中生态环境局", "苏州市", "2022-06-01", "苏州市吴中生态环境局", marks=pytest.mark.xfail(
        strict=True, reason="a city notice does not place its districts' bodies (BATCH9 negative 公安历城分局)")),
    ("南京市江宁生态环境局", "南京市江宁区", "2022-06-01", "南京市江宁生态环境局"),
    ("常州市武进生态环境局", "常州市武进区", "2022-06-01", "常州市武进生态环境局"),
]

# ---------------------------------------------------------------- customs offices named after a district, and a province's cities'
CUSTOMS_CASES = [
    ("吴江海关", "苏州市吴江区", "2024-01-25", "吴江海关"),
    ("萧山海关", "杭州市萧山区", "2022-06-01", "萧山海关"),
    ("北仑海关", "宁波市北仑区", "2022-06-01", "北仑海关"),
    ("黄岛海关", "青岛市黄岛区", "2022-06-01", "黄岛海关"),
    ("番禺海关", "广州市番禺区", "2022-06-01", "番禺海关"),
    ("顺德海关", "佛山市顺德区", "2022-06-01", "顺德海关"),
    ("无锡海关", "无锡市新吴区", "2019-03-13", "无锡海关"),
    ("南京海关", "无锡市新吴区", "2019-03-13", "南京海关"),
    ("张家港海关", "苏州市张家港市", "2022-06-01", "张家港海关"),
    ("呼和浩特海关", "内蒙古自治区", "2022-07-27", "呼和浩特海关"),
    ("南京海关", "江苏省", "2022-06-01", "南京海关"),
]

# ---------------------------------------------------------------- 浙江 and 山西 counties: 长兴县's 2023 分解, 绛县's 2023 方案
COUNTY_CASES = [
    ("县财政局", "湖州市长兴县", "2023-02-24", "长兴县财政局"),
    ("县发改局", "湖州市长兴县", "2023-02-24", "长兴县发展和改革局"),
    ("县经信局", "湖州市长兴县", "2023-02-24", "长兴县经济和信息化局"),
    ("县资规局", "湖州市长兴县", "2023-02-24", "长兴县自然资源和规划局"),
    ("湖州市生态环境局长兴分局", "湖州市长兴县", "2023-02-24", "湖州市生态环境局长兴分局"),
    ("县综合执法局", "湖州市长兴县", "2023-02-24", "长兴县综合行政执法局"),
    ("县建设局", "湖州市长兴县", "2023-02-24", "长兴县建设局"),
    ("县文广旅体局", "湖州市长兴县", "2023-02-24", "长兴县文化和广电旅游体育局"),
    ("县大数据局", "湖州市长兴县", "2023-02-24", "长兴县大数据管理局"),
    ("县市场监管局", "湖州市长兴县", "2023-02-24", "长兴县市场监督管理局"),
    ("县卫健局", "湖州市长兴县", "2023-02-24", "长兴县卫生健康局"),
    ("县政府办", "湖州市长兴县", "2023-02-24", "长兴县人民政府办公室"),
    ("长兴经济技术开发区管委会", "湖州市长兴县", "2023-02-24", "长兴经济技术开发区管理委员会"),
    ("县工信局", "运城市绛县", "2023-09-01", "绛县工业和信息化局"),
    ("县商务局", "运城市绛县", "2023-09-01", "绛县商务局"),
    ("县能源局", "运城市绛县", "2023-09-01", "绛县能源局"),
    ("县行政审批局", "运城市绛县", "2023-09-01", "绛县行政审批服务管理局"),
    ("县审批局", "运城市绛县", "2023-09-01", "绛县行政审批服务管理局"),
    ("县文旅局", "运城市绛县", "2023-09-01", "绛县文化和旅游局"),
    ("县规划和自然资源局", "运城市绛县", "2023-09-01", "绛县规划和自然资源局"),
    ("县市场局", "运城市绛县", "2023-09-01", "绛县市场监督管理局"),
    ("县乡村振兴局", "运城市绛县", "2023-09-01", "绛县乡村振兴局"),
    ("县农业农村局", "运城市绛县", "2023-09-01", "绛县农业农村局"),
    ("县发改局", "咸宁市嘉鱼县", "2024-02-22", "嘉鱼县发展和改革局"),
    ("县政府办公室", "咸宁市嘉鱼县", "2024-02-22", "嘉鱼县人民政府办公室"),
    ("嘉鱼县人民政府办公室", "咸宁市", "2024-02-22", "嘉鱼县人民政府办公室"),
    ("区商务局", "揭阳市揭东区", "2019-06-25", "揭阳市揭东区商务局"),
]

# ---------------------------------------------------------------- 北京's and 上海's districts
CAPITAL_CASES = [
    ("区委宣传部", "北京市朝阳区", "2018-10-18", "中共北京市朝阳区委宣传部"),
    ("区政府办", "北京市朝阳区", "2018-10-18", "北京市朝阳区人民政府办公室"),
    ("区发展改革委", "北京市朝阳区", "2022-12-22", "北京市朝阳区发展和改革委员会"),
    ("区城管委", "北京市朝阳区", "2022-06-01", "北京市朝阳区城市管理委员会"),
    ("区园林绿化局", "北京市朝阳区", "2022-06-01", "北京市朝阳区园林绿化局"),
    ("区科信局", "北京市朝阳区", "2022-06-01", "北京市朝阳区科学技术和信息化局"),
    ("区国资委", "北京市朝阳区", "2022-06-01", "北京市朝阳区人民政府国有资产监督管理委员会"),
    ("区政务服务局", "北京市朝阳区", "2022-06-01", "北京市朝阳区政务服务管理局"),
    ("区住房城乡建设委", "北京市朝阳区", "2022-06-01", "北京市朝阳区住房和城乡建设委员会"),
    ("区教委", "北京市朝阳区", "2022-06-01", "北京市朝阳区教育委员会"),
    ("区卫生健康委", "北京市朝阳区", "2022-06-01", "北京市朝阳区卫生健康委员会"),
    ("麦子店街道办事处", "北京市朝阳区", "2018-10-18", "北京市朝阳区麦子店街道办事处"),
    ("市规划自然资源委朝阳分局", "北京市朝阳区", "2022-06-01", "北京市规划和自然资源委员会朝阳分局"),
    ("区公安分局", "北京市朝阳区", "2022-06-01", "北京市公安局朝阳分局"),
    ("公安朝阳分局", "北京市朝阳区", "2022-06-01", "北京市公安局朝阳分局"),
    ("朝阳公安分局", "北京市朝阳区", "2022-06-01", "北京市公安局朝阳分局"),
    ("海淀公安分局", "北京市海淀区", "2022-06-01", "北京市公安局海淀分局"),
    ("静安公安分局", "上海市静安区", "2022-06-01", "上海市公安局静安分局"),
    ("区公安分局", "上海市静安区", "2022-06-01", "上海市公安局静安分局"),
    ("区经委", "上海市闵行区", "2022-06-01", "上海市闵行区经济委员会"),
    ("区建管委", "上海市闵行区", "2022-06-01", "上海市闵行区建设和管理委员会"),
    ("区规划资源局", "上海市闵行区", "2022-06-01", "上海市闵行区规划和自然资源局"),
    ("区绿化市容局", "上海市闵行区", "2022-06-01", "上海市闵行区绿化和市容管理局"),
    ("区房管局", "上海市闵行区", "2022-06-01", "上海市闵行区住房保障和房屋管理局"),
    ("区投促办", "上海市闵行区", "2022-06-01", "上海市闵行区投资促进办公室"),
    ("区城管执法局", "上海市闵行区", "2022-06-01", "上海市闵行区城市管理行政执法局"),
    ("区农业农村委", "上海市闵行区", "2022-06-01", "上海市闵行区农业农村委员会"),
    ("闵行区税务局", "上海市闵行区", "2022-06-01", "国家税务总局上海市闵行区税务局"),
]

# ---------------------------------------------------------------- 2016 notices: the 监察局 and the bodies the 2018 reform renamed
ERA_CASES = [
    ("监察局", "天水市张家川回族自治县", "2016-02-15", "张家川回族自治县监察局"),
    ("县监察局", "天水市张家川县", "2016-02-15", "张家川回族自治县监察局"),
    ("市监察局", "天水市", "2016-02-15", "天水市监察局"),
    ("市监察局", "无锡市", "2017-06-01", "无锡市监察局"),
    ("区监察局", "苏州市吴江区", "2016-06-01", "苏州市吴江区监察局"),
    ("县监察局", "郑州市中牟县", "2016-03-01", "中牟县监察局"),
    ("省监察厅", "河南省", "2016-03-01", "河南省监察厅"),
    ("县国土局", "天水市张家川回族自治县", "2016-02-15", "张家川回族自治县国土资源局"),
    ("县环保局", "天水市张家川回族自治县", "2016-02-15", "张家川回族自治县环境保护局"),
    ("县卫计局", "天水市张家川回族自治县", "2016-02-15", "张家川回族自治县卫生和计划生育局"),
    ("县农委", "郑州市中牟县", "2016-03-01", "中牟县农业委员会"),
    ("县工信委", "郑州市中牟县", "2016-03-01", "中牟县工业和信息化委员会"),
    ("县食药监局", "郑州市中牟县", "2016-03-01", "中牟县食品药品监督管理局"),
    ("县质监局", "郑州市中牟县", "2016-03-01", "中牟县质量技术监督局"),
    ("县地税局", "郑州市中牟县", "2016-03-01", "中牟县地方税务局"),
    ("县税务局", "郑州市中牟县", "2021-03-01", "国家税务总局中牟县税务局"),
    ("县卫健委", "郑州市中牟县", "2021-03-01", "中牟县卫生健康委员会"),
]


#: added with the code (not counted in the before-code figure): the same 江苏 offices printed with a level prefix or
#: bare, as the 吴江 notice prints ★生态环境局, and a one-character county keeping its level word
JIANGSU_ECOLOGY_BARE_CASES = [
    ("生态环境局", "苏州市吴江区", "2024-01-25", "苏州市吴江生态环境局"),
    ("区生态环境局", "苏州市吴中区", "2022-06-01", "苏州市吴中生态环境局"),
    ("市生态环境局", "无锡市江阴市", "2021-12-24", "无锡市江阴生态环境局"),
    ("县生态环境局", "徐州市沛县", "2022-06-01", "徐州市沛县生态环境局"),
    ("区环保局", "苏州市吴中区", "2017-06-01", "苏州市吴中区环境保护局"),
    ("县生态环境局", "湖州市长兴县", "2023-02-24", "长兴县生态环境局"),
]


ROUND7_CASES = (JIANGSU_CASES + JIANGSU_ECOLOGY_CASES + CUSTOMS_CASES + COUNTY_CASES + CAPITAL_CASES + ERA_CASES
                + JIANGSU_ECOLOGY_BARE_CASES)


# ---------------------------------------------------------------- nothing to name
ROUND7_NEGATIVES = [
    # 江苏's environment offices: only in 江苏, and only the place the notice's chain or the name gives
    ("湖州市长兴生态环境局", "湖州市长兴县", "2023-02-24"),
    ("滨湖生态环境局", "苏州市吴江区", "2024-01-25"),
    ("吴江生态环境局", "湖州市长兴县", "2023-02-24"),
    # a customs office is printed with its place's name: a level word alone names none
    ("区海关", "苏州市吴江区", "2024-01-25"),
    ("县海关", "湖州市长兴县", "2023-02-24"),
    # the 监察局 is gone from 2018 on: the 纪委监委 is another body
    ("县监察局", "郑州市中牟县", "2021-03-01"),
    ("市监察局", "无锡市", "2022-06-01"),
    ("监察局", "苏州市吴江区", "2024-01-25"),
    # 朝阳 is a city of 辽宁 too: its police bureau has no 朝阳分局
    ("朝阳公安分局", "朝阳市", "2022-06-01"),
    ("朝阳公安分局", "北京市海淀区", "2022-06-01"),
    # a government office's internal office, a local body of no standard kind
    ("县政府政务督查室", "咸宁市嘉鱼县", "2024-02-22"),
    ("县政府督查室", "天水市张家川回族自治县", "2016-02-15"),
    ("市太湖办", "无锡市", "2018-04-27"),
    ("综保区管理局", "无锡市新吴区", "2019-03-13"),
]

#: catch-all groups the notices read for this file print: no one body
ROUND7_GROUPS = [
    ("县政府各部门", "咸宁市嘉鱼县", "2024-02-22"),
    ("市政府各委办局", "无锡市", "2018-04-27"),
    ("各地区办事处", "北京市朝阳区", "2018-10-18"),
    ("县直各有关单位", "运城市绛县", "2023-09-01"),
    ("各镇人民政府", "咸宁市嘉鱼县", "2024-02-22"),
    ("各乡镇人民政府", "湖州市长兴县", "2023-02-24"),
]


# ---------------------------------------------------------------- holdout batch 19's agency misses, same family, other places
# Written before the code of this part (a commit of these tests alone first), in my own words from HOLDOUT19.md:
# 河北's 2019 county and district reforms named the city-management body 城市管理综合行政执法局 (printed 城管局, as
# the other provinces' 城市管理局 is); 青海's counties merged farming, herding and science as 农牧和科技局, printed in
# full. Elsewhere, and before the reform, the names stay what they were.
BATCH19_CASES = [
    ("县城管局", "石家庄市正定县", "2022-06-01", "正定县城市管理综合行政执法局"),
    ("区城管局", "唐山市路北区", "2021-06-01", "唐山市路北区城市管理综合行政执法局"),
    ("市城管局", "唐山市迁安市", "2023-06-01", "迁安市城市管理综合行政执法局"),
    ("县城管执法局", "保定市涞水县", "2022-06-01", "涞水县城市管理综合行政执法局"),
    ("县城市管理综合行政执法局", "邯郸市磁县", "2023-06-01", "磁县城市管理综合行政执法局"),
    ("县城管局", "石家庄市正定县", "2017-06-01", "正定县城市管理局"),
    ("县城管局", "宜昌市秭归县", "2022-06-01", "秭归县城市管理局"),
    ("县农牧和科技局", "海北州祁连县", "2022-06-01", "祁连县农牧和科技局"),
    ("县农牧和科技局", "海南州贵德县", "2021-06-01", "贵德县农牧和科技局"),
    ("县农牧局", "海北州门源县", "2022-06-01", "门源回族自治县农牧局"),
    # session 63: 内蒙古's banners name the merged body too (a 2023 通辽 notice addressed to 库伦旗农牧和科技局), 旗 the
    # banner's level word as 县 is a county's (tests/fixtures/README.md, a banner's 农牧和科技局)
    ("旗农牧和科技局", "通辽市库伦旗", "2023-06-01", "库伦旗农牧和科技局"),
    ("库伦旗农牧和科技局", "通辽市库伦旗", "2023-06-01", "库伦旗农牧和科技局"),
]

BATCH19_NEGATIVES = [
    ("县农牧和科技局", "酒泉市肃北县", "2022-06-01"),     # 青海's merged name alone
    ("县城市管理综合行政执法局", "宜昌市秭归县", "2022-06-01"),   # 河北's name alone
]



# ---------------------------------------------------------------- a province's notice names its county-level cities' customs
# Written before the code of this part (a commit of these tests alone first): 内蒙古's 2022 口岸 分工 is addressed to
# 呼和浩特海关、满洲里海关; 满洲里 is a county-level city, as are the other border and port cities whose customs offices
# bear their names (珲春, 瑞丽, 绥芬河, 霍尔果斯, 义乌, 张家港). A province's own notice names them as it names its
# cities' (呼和浩特海关): the name is the place's. In another province's notice they stay unresolved.
# Left as strict xfails: letting a province's notice reach its county-level cities reaches every spelling that carries
# its place, 国网义乌供电公司 too, a family whose holdout expected files disagree (the brief: do not change it).
_LEFT = pytest.mark.xfail(strict=True, reason="a province notice does not reach its county-level cities: it would "
                                              "change 国网X供电公司, whose holdout expected files disagree")
# 满洲里海关 is a direct customs district, one central body whatever notice names it (national.toml [[seated]],
# session 36's decision): no longer left, and no longer a negative in 吉林's notice.
PROVINCE_CUSTOMS_CASES = [("满洲里海关", "内蒙古自治区", "2022-07-27", "满洲里海关"),
                          ("满洲里海关", "吉林省", "2022-06-01", "满洲里海关")] + [
    pytest.param(*case, marks=_LEFT) for case in [
    ("二连浩特海关", "内蒙古自治区", "2022-07-27", "二连浩特海关"),
    ("珲春海关", "吉林省", "2022-06-01", "珲春海关"),
    ("瑞丽海关", "云南省", "2022-06-01", "瑞丽海关"),
    ("绥芬河海关", "黑龙江省", "2022-06-01", "绥芬河海关"),
    ("霍尔果斯海关", "新疆维吾尔自治区", "2022-06-01", "霍尔果斯海关"),
    ("义乌海关", "浙江省", "2022-06-01", "义乌海关"),
    ("张家港海关", "江苏省", "2022-06-01", "张家港海关"),
]]

PROVINCE_CUSTOMS_NEGATIVES = [
    ("绥芬河海关", "吉林省", "2022-06-01"),      # another province's city
    ("义乌海关", "江苏省", "2022-06-01"),
]


@pytest.mark.parametrize("name,city,date,canonical", ROUND7_CASES + BATCH19_CASES + PROVINCE_CUSTOMS_CASES)
def test_an_untuned_place_prints_its_own_bodies_round7(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", ROUND7_NEGATIVES + BATCH19_NEGATIVES + PROVINCE_CUSTOMS_NEGATIVES)
def test_no_untuned_body_where_the_place_has_none_round7(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


@pytest.mark.parametrize("name,city,date", ROUND7_GROUPS)
def test_a_catch_all_group_is_no_body_round7(resolver, name, city, date):
    assert_group(resolver, name, city, date)


#: the spellings of one body in one notice's place: one agency id
ONE_AGENCY = [
    ("无锡市江阴市", "2021-12-24", ("无锡市江阴生态环境局", "江阴生态环境局", "市生态环境局")),
    ("北京市朝阳区", "2022-06-01", ("区公安分局", "公安朝阳分局", "朝阳公安分局", "北京市公安局朝阳分局")),
    ("石家庄市正定县", "2022-06-01", ("县城管局", "县城管执法局", "县城市管理综合行政执法局")),
]


@pytest.mark.parametrize("city,date,names", ONE_AGENCY)
def test_one_body_is_one_agency_however_printed_round7(resolver, city, date, names):
    assert_one_agency(resolver, city, date, names)


def test_the_round7_cases_are_many_and_distinct():
    cases = ROUND7_CASES + BATCH19_CASES + PROVINCE_CUSTOMS_CASES
    negatives = ROUND7_NEGATIVES + BATCH19_NEGATIVES + PROVINCE_CUSTOMS_NEGATIVES
    keys = [tuple(getattr(c, "values", c))[:3] for c in cases] + negatives + ROUND7_GROUPS
    assert len(keys) == len(set(keys)) and len(ROUND7_CASES) + len(ROUND7_NEGATIVES) + len(ROUND7_GROUPS) >= 120
