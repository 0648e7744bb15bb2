"""Splitting lead/support cells into unit names as printed."""
from __future__ import annotations

import pytest

from extractor.agencies.resolve import load_resolver

from conftest import child_env


def split_units(cells):
    """Cells -> unit names as the pipeline splits them (the shipped registry, no aliases)."""
    return load_resolver().split(cells)


@pytest.mark.parametrize("cells,expected", [
    # separators: spaces (incl. U+3000 and nbsp), 、，；
    (["市发改局 市经信局 市科技局"], ["市发改局", "市经信局", "市科技局"]),
    (["市发改局\u3000市经信局\u00a0市科技局"], ["市发改局", "市经信局", "市科技局"]),
    (["市发改局、市经信局，市科技局；市财政局"], ["市发改局", "市经信局", "市科技局", "市财政局"]),
    (["市发改局,市经信局;市科技局"], ["市发改局", "市经信局", "市科技局"]),
    # one fragment per <br>/line
    (["市发改局", "市经信局"], ["市发改局", "市经信局"]),
    (["市发改局\n市经信局"], ["市发改局", "市经信局"]),
])
def test_separators(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("cells,expected", [
    (["市经信局(市中小企业局) 市商务局"], ["市经信局(市中小企业局)", "市商务局"]),
    (["市委政研室(市跨境办)"], ["市委政研室(市跨境办)"]),
    (["市委宣传部（文化名城创建办）、市科技局"], ["市委宣传部（文化名城创建办）", "市科技局"]),
    (["各镇人民政府（街道办事处）"], ["各镇人民政府（街道办事处）"]),
    (["县(市、区)"], ["县(市、区)"]),
    (["各县(市、区)政府、市发改局"], ["各县(市、区)政府", "市发改局"]),
    # a space before the bracket: the bracket still belongs to the name before it
    (["市经信局 (市中小企业局)"], ["市经信局(市中小企业局)"]),
    # a name broken over two paragraphs at its bracket (holdout nohead-zhonglou): one name
    (["经开区", "高新园", "(邹区镇)", "各街道"], ["经开区", "高新园(邹区镇)", "各街道"]),
    (["应急管理局", "（安委办）"], ["应急管理局（安委办）"]),
    (["　(邹区镇)", "各街道"], ["(邹区镇)", "各街道"]),
])
def test_brackets_stay_with_their_name(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("cells,expected", [
    (["市发改局市经信局市科技局"], ["市发改局", "市经信局", "市科技局"]),
    (["东莞市发展和改革局东莞市科学技术局"], ["东莞市发展和改革局", "东莞市科学技术局"]),
    (["市经信局(市中小企业局)市商务局"], ["市经信局(市中小企业局)", "市商务局"]),
    (["人民银行东莞市中心支行东莞银监分局"], ["人民银行东莞市中心支行", "东莞银监分局"]),
    # leftovers nobody listed, between listed names and on their own
    (["市发改局市平安办市科技局"], ["市发改局", "市平安办", "市科技局"]),
    (["市平安办市综治办"], ["市平安办", "市综治办"]),
    # a listed name followed by words that open no new name is one unit
    (["市科技局高新技术处"], ["市科技局高新技术处"]),
    # a full name containing another city-prefixed name is not cut
    (["国家税务总局东莞市税务局"], ["国家税务总局东莞市税务局"]),
    (["国家统计局东莞调查队"], ["国家统计局东莞调查队"]),
])
def test_run_together_names(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("cells,expected", [
    # a body's section (a 股, the lowest unit: nothing under it) run into the next name nobody listed
    (["法规审批股群艺馆"], ["法规审批股", "群艺馆"]),
    (["农村能源股水保站"], ["农村能源股", "水保站"]),
    (["计划财务股档案室"], ["计划财务股", "档案室"]),
    (["人秘股法规审批股群艺馆"], ["人秘股", "法规审批股", "群艺馆"]),
    # a section's bracket printing its second sign stays with it; after the bracket a name nobody listed is cut
    # as after the 股 (holdout gushibar-taishan-2021-2, batch 130)
    (["广电旅游和公共服务股（行政审批服务股）"], ["广电旅游和公共服务股（行政审批服务股）"]),
    (["广电旅游和公共服务股（行政审批服务股）群艺馆"], ["广电旅游和公共服务股（行政审批服务股）", "群艺馆"]),
    (["人秘股法规审批股（政务服务股）群艺馆"], ["人秘股", "法规审批股（政务服务股）", "群艺馆"]),
])
def test_run_together_after_a_section(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("cells,expected", [
    # two names the department template reads, the second opening with a city's name (no level word) or
    # with no place at all: no registry lists them, and jieba's boundary (a unit's end, then a level word)
    # is not there (holdout runtogether-luoyang-2023-18, runtogether-ruyang-2022-9)
    (["洛阳市农业农村局洛阳市应急管理局"], ["洛阳市农业农村局", "洛阳市应急管理局"]),
    (["洛阳市发展和改革委员会洛阳市财政局"], ["洛阳市发展和改革委员会", "洛阳市财政局"]),
    (["交通运输局人社局"], ["交通运输局", "人社局"]),
    (["市发改局交通运输局人社局"], ["市发改局", "交通运输局", "人社局"]),
    (["交通運輸局人社局"], ["交通運輸局", "人社局"]),
])
def test_run_together_template_names(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("cells", [
    ["人民银行洛阳市中心支行"],      # a national body, then its city's branch: one body
    ["人行宜昌市中心支行"],
    ["市公安局交警支队"],            # a bureau's own detachment
    ["市政府办公室"],
    ["市教育局基础教育科"],          # a bureau's own section: no name of the template
])
def test_run_together_template_look_alikes(cells):
    assert split_units(cells) == cells


@pytest.mark.parametrize("cells", [
    ["华城控股有限公司"],          # 控股: a word, no section's head
    ["新建投资股份有限公司"],       # 股份
    ["人事股档案"],                # what follows names no unit
    ["市财政局预算股"],            # the section of the listed body before it
    ["规划编制股"],                # one section alone
])
def test_run_together_after_a_section_look_alikes(cells):
    assert split_units(cells) == cells


@pytest.mark.parametrize("cells,expected", [
    # a level's committee by its level word, then the same level's government run on into an office: one
    # office both share (holdout spaceflat-jianli-2018-1's 县委县政府督查室; before, 县委 | 县政府督查室)
    (["县委县政府督查室"], ["县委县政府督查室"]),
    (["市委市人民政府信访局"], ["市委市人民政府信访局"]),
    # another level's government after the committee, or a bureau after it, is a name of its own
    (["县委市政府督查室"], ["县委", "市政府督查室"]),
    (["县委宣传部县公安局"], ["县委宣传部", "县公安局"]),
])
def test_run_together_joint_office(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("cells,expected", [
    (["市科技局等"], ["市科技局"]),
    (["市发改局、市科技局等部门"], ["市发改局", "市科技局"]),
    (["市发改局 市科技局等单位"], ["市发改局", "市科技局"]),
    (["市科技局等有关单位"], ["市科技局"]),
])
def test_trailing_deng_is_dropped(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("cells,expected", [
    # a group after 等 that names WHICH units (a level's, a body's, the places') is a unit of its own
    (["区园林局、区水务局等区级有关部门，各街道办事处"], ["区园林局", "区水务局", "区级有关部门", "各街道办事处"]),
    (["县林业局等县直有关单位"], ["县林业局", "县直有关单位"]),
    (["区商务局等各镇（街道）"], ["区商务局", "各镇（街道）"]),
    (["市档案局等市防汛指挥部成员单位"], ["市档案局", "市防汛指挥部成员单位"]),
    # ... words that only say "and the other (relevant) ones" are no unit, however qualified
    (["区园林局、区水务局等相关部门"], ["区园林局", "区水务局"]),
    (["区园林局等其他有关单位，各街道办事处"], ["区园林局", "各街道办事处"]),
    # ... nor a 各 before them, or two of them joined (batch 94, holdout smalldot-jiangsu)
    (["省政务办等各有关部门和单位，各设区市人民政府"], ["省政务办", "各设区市人民政府"]),
    (["省政务办、省市场监管局等各部门"], ["省政务办", "省市场监管局"]),
    (["區園林局等各有關部門及單位"], ["區園林局"]),
    # 等 inside a name is no list's 等
    (["县中等职业学校、县教育局"], ["县中等职业学校", "县教育局"]),
    (["区高等教育研究会"], ["区高等教育研究会"]),
])
def test_a_group_after_deng_is_its_own_unit(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("cells,expected", [
    # a count between 等 and the group word says how many, not which: no unit (holdout dengcount-guowuyuan-2018-1,
    # blind70's cause 1: before, the last name kept it, 市退役军人事务局等6部门)
    (["生态环境部、国家发展改革委、科技部等14部门"], ["生态环境部", "国家发展改革委", "科技部"]),
    (["市统计局、市退役军人事务局等6个部门"], ["市统计局", "市退役军人事务局"]),
    (["水利部、生态环境部等六个部门"], ["水利部", "生态环境部"]),
    (["市财政局等５个单位"], ["市财政局"]),
    (["區審計局、區衛生健康局等6個部門"], ["區審計局", "區衛生健康局"]),
    (["市科技局等十余家单位"], ["市科技局"]),
    # ... but a count with no group word after it is no tail, and a count before place words is a unit (README)
    (["市发改委等"], ["市发改委"]),
    (["人口计生委等相关部门，13个街道、镇"], ["人口计生委", "13个街道、镇"]),
])
def test_a_count_after_deng_names_no_unit(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("cells,expected", [
    # the 等 tail in traditional characters is dropped as the simplified one is (one list of its words)
    (["區園林局、區水務局等相關部門"], ["區園林局", "區水務局"]),
    (["縣林業局等有關單位，各鄉鎮人民政府"], ["縣林業局", "各鄉鎮人民政府"]),
    (["縣林業局等部門"], ["縣林業局"]),
    (["區園林局等其他有關單位"], ["區園林局"]),
    # ... and a group that says which ones stays a unit in either script
    (["縣林業局等縣直有關單位"], ["縣林業局", "縣直有關單位"]),
])
def test_a_deng_tail_reads_the_same_in_traditional_characters(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("cells,expected", [
    (["各镇街(园区)"], ["各镇街(园区)"]),
    (["各相关部门"], ["各相关部门"]),
    (["市直各有关单位"], ["市直各有关单位"]),
    (["各地、各部门"], ["各地", "各部门"]),
    (["各相关部门、镇街(园区)"], ["各相关部门", "镇街(园区)"]),
    (["全区经济运行各专班"], ["全区经济运行各专班"]),
    (["市农业局 水乡各镇"], ["市农业局", "水乡各镇"]),          # gbk-dongguan-2016-31 fixture
    (["市发改局 各相关部门"], ["市发改局", "各相关部门"]),
])
def test_groups_stay_as_printed(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("cells", [[], [""], ["&nbsp;"], ["—"], ["无"], ["/"], ["  "], ["", "\u3000"], [None]])
def test_empty_cells_give_no_names(cells):
    assert split_units(cells) == []


@pytest.mark.parametrize("cells,expected", [
    (["经管站", "2"], ["经管站"]),                 # a footnote digit under the name (holdout progdept-huaiyuan)
    (["农业执法大队", "\u00a0"], ["农业执法大队"]),
    (["市发改局、3"], ["市发改局"]),
    (["12345热线办"], ["12345热线办"]),           # digits inside a name stay
    (["市财政局（1）"], ["市财政局（1）"]),
])
def test_a_token_of_digits_alone_is_no_unit(cells, expected):
    assert split_units(cells) == expected


def test_lexicon_holds_city_and_prefix_variants():
    lexicon = load_resolver().lexicon
    for name in ("市发改局", "东莞市发改局", "东莞市科学技术局", "市科学技术局", "松山湖管委会", "市发改委"):
        assert lexicon.knows(name), name
    assert not lexicon.knows("市发")


def test_user_alias_names_join_the_splitting_lexicon(tmp_path):
    cells = ["市发改局综治中心"]
    # nobody lists 综治中心: a leftover that opens no new name stays with the one before it
    assert split_units(cells) == ["市发改局综治中心"]
    path = tmp_path / "aliases.csv"
    path.write_text("综治中心,dg-szfb\n", encoding="utf-8")
    assert load_resolver(path).split(cells) == ["市发改局", "综治中心"]


def test_jieba_cache_goes_to_the_configured_writable_dir(tmp_path):
    import subprocess
    import sys
    code = ("from extractor.agencies.resolve import load_resolver;"
            "print(load_resolver().split(['市平安办市综治办']))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=child_env(tmp_path),
                         check=True)
    assert out.stdout.strip() == "['市平安办', '市综治办']"
    assert (tmp_path / "jieba.cache").is_file()


@pytest.mark.parametrize("cells,expected", [
    # 各 distributes over the 、 run of bare place words up to the group's head noun
    (["市科技局、各辖市、区政府"], ["市科技局", "各辖市、区政府"]),
    (["区卫健局，各街道、镇"], ["区卫健局", "各街道、镇"]),
    (["各乡镇、街道"], ["各乡镇、街道"]),
    (["市发展改革委、各市、特区、区人民政府"], ["市发展改革委", "各市、特区、区人民政府"]),
    (["各轄市、區政府"], ["各轄市、區政府"]),
    # an autonomous county and a zone's kind are place words as 县 and 区 are
    (["市民宗委、各县、自治县、区(市)人民政府"], ["市民宗委", "各县、自治县、区(市)人民政府"]),
    (["各管理区、开发区"], ["各管理区、开发区"]),
    # a piece with a name of its own, or a group that already has its head, ends the run
    (["各县区政府、市直各部门"], ["各县区政府", "市直各部门"]),
    (["各镇人民政府、街道办事处"], ["各镇人民政府", "街道办事处"]),
    (["各苏木镇、旗财政局"], ["各苏木镇", "旗财政局"]),
    # a kind of county-level place (县级市, 市辖区 …: [place_groups] kind_words) with a body's name is the group's
    # last piece: no place prints it for its own bodies, so 各 distributes over it (广东's 各区、县级市X局)
    (["市文广旅局、各区、县级市农业农村局"], ["市文广旅局", "各区、县级市农业农村局"]),
    (["各县、市辖区卫生健康局，市医保局"], ["各县、市辖区卫生健康局", "市医保局"]),
    (["各区、县级市商务局、市税务局"], ["各区、县级市商务局", "市税务局"]),
    # an autonomous county's own notices print 自治县 as their prefix: after towns it is the county's own body
    (["各乡镇、自治县发改局"], ["各乡镇", "自治县发改局"]),
    # after county-level pieces it is a kind of county like the others
    (["各县、自治县民族宗教局"], ["各县、自治县民族宗教局"]),
    # a prefecture prints 州 before its own bodies (州发展改革委): after the cities (a province's 各市) it is a kind
    # of place of their rank, 各 distributing over it; after counties it is the prefecture's own body
    (["省交通运输厅、各市、州发展改革委"], ["省交通运输厅", "各市、州发展改革委"]),
    (["各市、州發展改革委"], ["各市、州發展改革委"]),
    (["各县、州发改委"], ["各县", "州发改委"]),
    # no 各, no group: two bodies
    (["市发改局、县级市发改局"], ["市发改局", "县级市发改局"]),
    # an administrative office governs a 盟 / 地区, of the cities' rank: 各 goes on over them
    (["省民政厅、各地区行政公署、市人民政府"], ["省民政厅", "各地区行政公署、市人民政府"]),
    (["各盟行政公署、市、旗县人民政府，盟直各部门"], ["各盟行政公署、市、旗县人民政府", "盟直各部门"]),
    (["各地区行政公署、拉萨市人民政府"], ["各地区行政公署", "拉萨市人民政府"]),
    (["各部门、各直属机构"], ["各部门", "各直属机构"]),
    # only 、 joins a run: a comma lists
    (["各街道，镇"], ["各街道", "镇"]),
    # 相关 and 有关 distribute as 各 does ([place_groups] distributors: the relevant city and county governments,
    # a 黑龙江 province's 2014 measures, holdout wikimeasures-heilongjiang), in either script
    (["省发改委、交通运输厅、相关市、县政府"], ["省发改委", "交通运输厅", "相关市、县政府"]),
    (["省水利廳、發改委、相關市、縣政府"], ["省水利廳", "發改委", "相關市、縣政府"]),
    (["有关区、县人民政府，市财政局"], ["有关区、县人民政府", "市财政局"]),
    # a 相关 piece with a name of its own opens no group
    (["相关部门、县政府"], ["相关部门", "县政府"]),
])
def test_a_place_group_run_is_one_group(cells, expected):
    assert split_units(cells) == expected


@pytest.mark.parametrize("name,is_group", [
    ("各镇街(园区)", True), ("各县（市、区）人民政府", True), ("水乡各镇", True), ("有关部门", True),
    ("市府直属各单位", True), ("其他相关单位", True), ("相关村", True), ("有关社区", True), ("区疫情防控指挥部成员单位", True),
    ("市发改局", False), ("各", True), ("松山湖管委会", False), ("市场监管局", False),
    # the development parks (开发园区, 开发区（园区）), none named, like 功能区; one zone keeps its name
    ("开发园区管委会", True), ("开发区（园区）管委会", True), ("功能区管委会", True),
    ("开发区管委会", False), ("县工业园区管委会", False), ("高新区管委会", False),
    # a 各 group over kinds of county-level place, closed by a body: each place's body, none named
    ("各区、县级市农业农村局", True), ("各县、市辖区卫生健康局", True),
    # the units a body has under it, none named (the body printing the table is the one they belong to)
    ("委属事业单位", True), ("局属各单位", True), ("厅属有关部门", True),
    ("局属第一中学", False), ("金属材料研究所", False), ("委属单位管理科", False),
    # the towns along a road or a river, none named (as 沿线各镇); a town named so is a town
    ("沿线乡镇人民政府", True), ("沿线各镇", True), ("沿途镇街", True), ("沿江镇人民政府", False),
    # the county or district governments where each project lies (属地 opens the group as 各 does)
    ("属地区政府", True), ("属地县市区人民政府", True), ("属地区级政府", True), ("属地街道", True),
    ("属地区发改局", False), ("属地区", False),
])
def test_group_vocabulary(name, is_group):
    from extractor.agencies.registry import default_patterns
    assert default_patterns().is_group(name) is is_group


@pytest.mark.parametrize("name", [
    "区疫情防控指挥部成员单位", "成员单位", "部成员单位", "委员会成员单位\n", "会\n成员单位", "指挥部\n部成员单位",
    "成员单位外", "成员单位成员单位", "A成员单位", "AB成员单位", "市发改局成员单位 ",
])
def test_members_group_pattern_reads_as_before(name):
    """The 成员单位 group pattern asks for its two characters by a look-behind (a search
    of ``.{2,}成员单位$`` was quadratic in the name's length): the same names are groups."""
    import re

    from extractor.agencies.registry import default_patterns

    (members,) = [p for p in default_patterns().group_patterns if "成员单位" in p.pattern]
    assert bool(members.search(name)) is bool(re.search(r".{2,}成员单位$", name))


def _scan_split(text, separators, openers, closers):
    """The balanced scan, character by character (what the fast paths must equal)."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in openers:
            depth += 1
        elif ch in closers:
            depth = max(0, depth - 1)
        if depth == 0 and ch in separators:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    return parts + ["".join(cur)]


def test_bracket_free_fast_paths_equal_the_balanced_scan():
    """split_outside_brackets, split_cell and _bare skip the character scan when
    a text holds no bracket; on random texts they must give what the scan gives."""
    import random

    from extractor.agencies.units import _bare, split_cell
    from extractor.brackets import CLOSERS, OPENERS, split_outside_brackets
    from extractor.agencies.registry import default_patterns

    patterns = default_patterns()
    openers, closers = "".join(patterns.brackets), "".join(patterns.brackets.values())
    alphabet = "市局委办 、，,；;/\u3000\t" + openers + closers
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        want = [p.strip() for p in _scan_split(text, "、，；/ ", OPENERS, CLOSERS) if p.strip()]
        assert split_outside_brackets(text, "、，；/ ") == want, text
        if not any(o in text for o in openers):
            scanned = [t for t in _scan_split(text, patterns.separators, openers, closers) if t.strip()]
            assert split_cell(text, patterns) == scanned, text
        bare = "".join(ch for ch in text if ch not in openers + closers) if not any(
            o in text for o in openers) else None
        if bare is not None:
            assert _bare(text, patterns) == bare, text


def test_an_angle_bracket_note_keeps_its_name_whole(resolver):
    """各区人民政府〈含开发区、风景区〉 (U+3008/3009): the 、 inside the note cuts nothing."""
    assert resolver.split(["市税务局，各区人民政府〈含开发区、风景区〉"]) == ["市税务局", "各区人民政府〈含开发区、风景区〉"]
    from extractor.parse.unitlists import is_unit_list
    assert is_unit_list("各区人民政府〈含开发区、风景区〉")
    assert is_unit_list("各区人民政府（含开发区、风景区）")


def test_an_ascii_angle_bracket_note_keeps_its_name_whole(resolver):
    """各区县政府<南太湖新区、长合区管委会>: a page typing < > for the angle brackets (holdout halfyear-huzhou)."""
    assert resolver.split(["市财政局、市级其他有关单位、各区县政府<南太湖新区、长合区管委会>"]) == [
        "市财政局", "市级其他有关单位", "各区县政府<南太湖新区、长合区管委会>"]
    assert resolver.split(["市财政局、各区县政府＜含南太湖新区＞"])[-1] in ("各区县政府＜含南太湖新区＞", "各区县政府<含南太湖新区>")
