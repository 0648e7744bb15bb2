"""Stand-alone assignment lines that name the items they cover (以上第1—3项牵头单位：…)."""
import pytest

from extractor.models import Cover
from extractor.parse.ranges import split_range

from test_outline import parsed   # a notice of these lines under a title and its recipients


def rows(result):
    return [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline)
            for m in result.measures]


def test_a_bracket_line_naming_a_range_of_numbers_covers_those_items():
    """Items print no units; each section closes with one bracket naming its items by number."""
    result = parsed(["一、老旧小区改造", "1.完成12个小区管网改造。", "2.加装电梯30部。",
                     "（以上第1至2项牵头单位：区住建局；配合单位：区财政局、各街道办事处；完成时限：2022年11月）",
                     "二、背街小巷整治", "3.整治背街小巷15条。", "4.新增停车泊位800个。", "5.补齐路灯照明设施。",
                     "（以上第3～5项牵头单位：区城管局；配合单位：区交通局；完成时限：2022年12月底前）"])
    assert rows(result) == [
        ("一、", 1, "完成12个小区管网改造。", ("区住建局",), ("区财政局、各街道办事处",), "2022年11月"),
        ("一、", 2, "加装电梯30部。", ("区住建局",), ("区财政局、各街道办事处",), "2022年11月"),
        ("二、", 3, "整治背街小巷15条。", ("区城管局",), ("区交通局",), "2022年12月底前"),
        ("二、", 4, "新增停车泊位800个。", ("区城管局",), ("区交通局",), "2022年12月底前"),
        ("二、", 5, "补齐路灯照明设施。", ("区城管局",), ("区交通局",), "2022年12月底前")]
    assert {m.form for m in result.measures} == {"labelled"}   # labels on a line of their own


def test_a_range_takes_the_nearest_items_of_its_numbers_when_each_section_numbers_from_one():
    result = parsed(["一、公园建设", "1.新建口袋公园6个。", "2.改造社区游园3处。", "（第1-2项牵头单位：区园林局）",
                     "二、绿道建设", "1.建成滨河绿道5公里。", "2.打通断头绿道2处。", "（第1-2项牵头单位：区水务局）"])
    assert [(r[0], r[1], r[3]) for r in rows(result)] == [
        ("一、", 1, ("区园林局",)), ("一、", 2, ("区园林局",)), ("二、", 1, ("区水务局",)), ("二、", 2, ("区水务局",))]


def test_labelled_lines_opened_by_a_count_cover_that_many_items_before_them():
    result = parsed(["一、公共服务", "（一）新建社区食堂4家。", "（二）改造农贸市场2个。", "（三）建设托育机构1所。",
                     "以上三项牵头单位：区商务局", "配合单位：区市场监管局", "完成时限：2022年9月底前"])
    assert [(r[1], r[3], r[4], r[5]) for r in rows(result)] == [
        (n, ("区商务局",), ("区市场监管局",), "2022年9月底前") for n in (1, 2, 3)]


def test_a_line_naming_the_items_as_a_whole_covers_its_section_since_the_last_such_line():
    """以上工作 names no number: the items of its level back to the section heading; an item
    that prints units of its own keeps them."""
    result = parsed(["一、海绵城市", "1.改造透水铺装2万平方米。", "2.新建雨水调蓄池1座。（区水务局负责）",
                     "3.清淤排水管网40公里。", "以上工作由区住建局牵头，区生态环境分局配合，2022年底前完成。",
                     "二、城市体检", "4.开展城市体检评估。", "上述任务牵头单位：区自然资源分局"])
    assert [(r[0], r[1], r[3], r[4]) for r in rows(result)] == [
        ("一、", 1, ("区住建局",), ("区生态环境分局",)), ("一、", 2, ("区水务局",), ()),
        ("一、", 3, ("区住建局",), ("区生态环境分局",)), ("二、", 4, ("区自然资源分局",), ())]
    assert [m.form for m in result.measures] == ["inline-verb", "inline-verb", "inline-verb", "labelled"]


def test_a_range_printed_before_the_bracket_and_an_items_own_deadline():
    """第N—M项 outside the bracket reads as inside it; an item's own deadline bracket wins."""
    result = parsed(["一、智慧城市", "1.建设城市运行管理平台。", "2.推进数字孪生试点。（2023年6月底前）",
                     "第1—2项（区大数据局牵头，区发改委配合，2022年12月底前完成）"])
    assert [(r[1], r[2], r[3], r[4], r[5]) for r in rows(result)] == [
        (1, "建设城市运行管理平台。", ("区大数据局",), ("区发改委",), "2022年12月底前完成"),
        (2, "推进数字孪生试点。", ("区大数据局",), ("区发改委",), "2023年6月底前")]


@pytest.mark.parametrize("line, cover, rest", [
    ("以上第1—3项牵头单位：X局", Cover(1, 3, side="before"), "牵头单位：X局"),
    ("（1）-（3）项牵头单位：X局", Cover(1, 3), "牵头单位：X局"),
    ("第四至六项，由X局牵头", Cover(4, 6), "由X局牵头"),
    ("以上两条：X局负责", Cover(count=2, side="before"), "X局负责"),
    ("上述各项工作牵头单位：X局", Cover(side="before"), "牵头单位：X局"),
    ("以下第2项由X局牵头", Cover(2, 2, side="after"), "由X局牵头"),
])
def test_the_reference_that_opens_a_line(line, cover, rest):
    assert split_range(line) == (cover, rest)


@pytest.mark.parametrize("line", ["2019-2020年连续开展专项整治", "1.推进污水管网建设", "3项工作由X局牵头",
                                  "（2）完善长效管理机制", "牵头单位：X局"])
def test_no_reference_opens_a_line_of_wording_a_bare_range_or_a_label(line):
    assert split_range(line) == (None, line)


def test_a_line_opening_with_ishang_that_assigns_nothing_stays_wording():
    result = parsed(["一、基层治理", "1.完善网格化管理。（区委政法委牵头）", "以上措施要压实责任、确保实效。"])
    assert [(r[1], r[2], r[3]) for r in rows(result)] == [(1, "完善网格化管理。", ("区委政法委",))]


def test_a_range_bracket_run_onto_the_last_items_line_still_names_its_items():
    """A copy that lost its line breaks glues the range's bracket to the last item it covers:
    the numbers in it still say which items it is for."""
    result = parsed(["一、老旧小区改造", "1.完成12个小区管网改造。", "2.加装电梯30部。（以上1-2项牵头单位：区住建局）",
                     "3.改造燃气管道9公里。（区城管局负责）"])
    assert [(r[1], r[2], r[3]) for r in rows(result)] == [
        (1, "完成12个小区管网改造。", ("区住建局",)), (2, "加装电梯30部。", ("区住建局",)),
        (3, "改造燃气管道9公里。", ("区城管局",))]


def test_a_line_saying_below_covers_the_items_after_it():
    result = parsed(["一、便民服务", "下列第1-2项牵头单位：区民政局", "1.新建养老服务站5个。", "2.开设社区助餐点10个。",
                     "二、文体设施", "3.建设全民健身路径20条。（区文体旅局负责）"])
    assert [(r[1], r[3]) for r in rows(result)] == [(1, ("区民政局",)), (2, ("区民政局",)), (3, ("区文体旅局",))]


def test_the_counter_marks_hold_every_counter_in_both_scripts():
    from extractor.parse.labels import assign_vocab
    from extractor.text import simplified
    ranges = assign_vocab()["ranges"]
    assert {simplified(c) for c in ranges["counter_marks"]} == set(ranges["counters"]) <= set(ranges["counter_marks"])


def test_a_traditional_copy_reads_alike():
    assert split_range("以上第1至3項牽頭單位：X局") == (Cover(1, 3, side="before"), "牽頭單位：X局")
    assert split_range("（1）-（3）項，X局負責") == (Cover(1, 3), "X局負責")


@pytest.mark.parametrize("line", ["以上。", "（", "第", "以上第1—3项", "（以上第1—3项）", "上述"])
def test_a_reference_with_nothing_after_it_is_no_assignment(line):
    from extractor.parse.inline import read_range_line
    assert read_range_line(line) is None


def test_a_reference_after_the_labels_names_the_items_they_cover():
    """牵头单位：X　配合单位：Y（以上第2—3项）: the range closes the labels instead of opening them; it
    names the items as before and is no part of the last unit's name."""
    result = parsed(["一、农村人居环境", "1.完成农村改厕800户。", "牵头单位：区农业农村局", "2.新建污水处理站4座。",
                     "3.清理村内沟渠60公里。", "牵头单位：区生态环境分局　配合单位：各镇人民政府（以上第2—3项）",
                     "二、乡村产业", "4.培育家庭农场20家。", "5.建设冷链仓储设施3处。", "责任单位：区商务局（以上两项）"])
    assert [(r[1], r[3], r[4]) for r in rows(result)] == [
        (1, ("区农业农村局",), ()), (2, ("区生态环境分局",), ("各镇人民政府",)),
        (3, ("区生态环境分局",), ("各镇人民政府",)), (4, ("区商务局",), ()), (5, ("区商务局",), ())]


def test_a_reference_after_a_verb_clause_in_its_own_bracket():
    result = parsed(["一、文化惠民", "1.送戏下乡120场。", "2.建设农家书屋15个。", "由区文旅局牵头，区财政局配合（以上两项）"])
    assert [(r[1], r[3], r[4]) for r in rows(result)] == [(1, ("区文旅局",), ("区财政局",)), (2, ("区文旅局",), ("区财政局",))]


def test_a_bare_bracket_line_after_a_block_covers_the_block_not_only_its_last_item():
    """No reference at all: a （责任单位：…） line of its own under items that name no unit is the
    block's (real notices print it so: group-pingdingshan-2019-14, threelevel-yuncheng-2017-31), back
    to the item that has its own assignment or the heading."""
    result = parsed(["一、便民交通", "1.优化公交线路6条。", "2.新增公共自行车站点40个。", "3.改造港湾式停靠站12处。",
                     "（责任单位：区交通运输局、区城管局）", "4.建设智慧停车平台。（区大数据中心负责）",
                     "5.开通定制公交线路3条。", "（牵头单位：区公交公司）"])
    assert [(r[1], r[3]) for r in rows(result)] == [
        (1, ("区交通运输局、区城管局",)), (2, ("区交通运输局、区城管局",)), (3, ("区交通运输局、区城管局",)),
        (4, ("区大数据中心",)), (5, ("区公交公司",))]


def test_a_count_with_a_noun_and_no_side_word_covers_the_items_it_closes():
    """A target plan names each run's unit in a sentence of its own under the run (郑州's 2007
    目标管理工作方案, batch 33): `4项目标的责任单位均为X` - a count, a noun naming the items, 均为 for the colon."""
    result = parsed(["一、发展目标", "1.地区生产总值增长8%；", "2.一般预算收入增长10%；",
                     "2项目标的责任单位均为市发展改革委。", "3.进出口总额增长12%；", "1项目标的责任单位为市商务局。"])
    assert [(r[1], r[2], r[3]) for r in rows(result)] == [
        (1, "地区生产总值增长8%；", ("市发展改革委",)), (2, "一般预算收入增长10%；", ("市发展改革委",)),
        (3, "进出口总额增长12%；", ("市商务局",))]


def test_the_items_a_count_sentence_closes_may_be_indicators():
    """`2项指标的责任单位均为X` / `该项指标责任单位为X`: 指标 names the items as 目标 does ([ranges] nouns)."""
    result = parsed(["一、经济指标", "1.地区生产总值增长6%；", "2.固定资产投资增长8%；",
                     "2项指标的责任单位均为区发改局、区统计局。", "3.城镇登记失业率控制在4%以内；",
                     "该项指标责任单位为区人社局。", "4.森林覆盖率达到40%；", "該指標牽頭單位為區林業局，配合單位為區財政局。"])
    assert [(r[1], r[3]) for r in rows(result)] == [
        (1, ("区发改局、区统计局",)), (2, ("区发改局、区统计局",)), (3, ("区人社局",)), (4, ("區林業局",))]


def test_a_line_naming_the_one_item_above_it_covers_that_item():
    """`该目标责任单位为X` / `该项目标…` under one item: 该, 此 or 本 and a noun name the item right above."""
    result = parsed(["一、社会事业", "1.城镇登记失业率控制在4%以内；", "该目标责任单位为市人社局。",
                     "2.新农合参合率达到90%；", "該項目標責任單位為市衛生局、市財政局。"])
    assert [(r[1], r[3]) for r in rows(result)] == [(1, ("市人社局",)), (2, ("市衛生局、市財政局",))]


@pytest.mark.parametrize("line", [
    "该方案由市发展改革委负责解释。",            # 方案: no noun naming an item
    "本办法自印发之日起施行。",
    "4项改革任务已经完成。",                    # a count and a noun, but the rest assigns nothing
])
def test_no_reference_or_no_assignment(line):
    cover, rest = split_range(line)
    assert cover is None or "负责" not in rest and "责任单位" not in rest


def test_a_count_with_no_side_word_names_items_only_before_a_label():
    assert split_range("3项由市发展改革委负责。")[0] is None   # 以上, or a noun and a label, must say it
    assert split_range("3项目标由市发展改革委负责。")[0] is None
    assert split_range("4项目标的责任单位均为X局") == (Cover(count=4, side="before"), "责任单位均为X局")
    assert split_range("2項目標責任單位均為X局") == (Cover(count=2, side="before"), "責任單位均為X局")
