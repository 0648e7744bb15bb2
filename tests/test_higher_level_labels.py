"""A higher level's lead label among an item's own labels (tests/fixtures/README.md "A higher level's lead beside the
notice's own units"; parse/levellabels.py ``higher_labels``, ``level_label_start``): a labelled item's line
``市牵头单位：市卫健委`` among its label lines, and ``省牵头单位：…`` as one label of an item's bracket.  The level word
before the role word is the label's (the value before it does not take it: ``2024年底前；省``), the line is one of the
item's label lines (the deadline line after it is the item's), and where its level stands above every level the
item's own unit labels print its value is kept in ``extra``, no unit.  Before, the labelled item lost its deadline
and the bracket's department was one more lead (holdouts provline-lucheng-2023-1, provbracket-shaoxing-2022-1)."""
from __future__ import annotations

import pytest

from extractor.parse.assign import parse_labels
from extractor.layout.locate import clean_text_lines
from extractor.parse.labelled import parse_labelled
from extractor.parse.labels import find_labels, starts_with_label
from extractor.parse.levellabels import higher_level_parts, reading_notice_level
from test_labelled import located


@pytest.mark.parametrize("text, lead, support, deadline, extra", [
    ("牵头部门：市退役军人事务局；完成时限：2024年底前；省牵头单位：省民政厅",
     ("市退役军人事务局",), (), "2024年底前", {"省牵头单位": "省民政厅"}),
    ("年底前，牵头单位：市司法局，协办单位：市住建局、市直各有关单位，省牵头部门：省应急厅",
     ("市司法局",), ("市住建局、市直各有关单位",), "年底前", {"省牵头部门": "省应急厅"}),
    ("牵头单位：区人社局、区发改局；市级牵头部门：市卫健委；完成时间：长期坚持",
     ("区人社局、区发改局",), (), "长期坚持", {"市级牵头部门": "市卫健委"}),
    # the notice's own units printed with its place's name: 株洲市 is a city
    ("牵头部门：株洲市司法局，省牵头部门：省公安厅", ("株洲市司法局",), (), None, {"省牵头部门": "省公安厅"}),
    # traditional characters
    ("牽頭部門：區財政局，完成時限：2025年底前，市牽頭單位：市交通運輸局",
     ("區財政局",), (), "2025年底前", {"市牽頭單位": "市交通運輸局"}),
])
def test_a_higher_levels_label_goes_to_extra(text, lead, support, deadline, extra):
    found = parse_labels(text, "labelled")
    assert (found.lead, found.support, found.deadline, found.extra) == (lead, support, deadline, extra)


def test_a_one_label_bracket_naming_roles_by_verbs():
    found = parse_labels("责任单位：市医疗保障局牵头，市住房和城乡建设局、市人力资源和社会保障局配合；"
                         "省牵头单位：省工业和信息化厅", "inline-label")
    assert (found.lead, found.support, found.extra) == (
        ("市医疗保障局",), ("市住房和城乡建设局、市人力资源和社会保障局",), {"省牵头单位": "省工业和信息化厅"})


@pytest.mark.parametrize("text, lead", [
    # the province's own list: the label's level is the units' own -> read as its role
    ("牵头单位：省财政厅；省牵头单位：省发展改革委；完成时限：6月底前", ("省财政厅", "省发展改革委")),
    # the own units print no level
    ("牵头单位：高新区管委会；省牵头单位：省科技厅", ("高新区管委会", "省科技厅")),
])
def test_a_label_of_the_units_own_level_or_none_stays_a_role(text, lead):
    found = parse_labels(text, "labelled")
    assert found.lead == lead and not found.extra


def test_the_level_word_is_the_labels_not_the_value_before_it():
    assert find_labels("完成时限：2024年底前；省牵头单位：省民政厅") == [
        ("deadline", "完成时限", "2024年底前"), ("lead", "省牵头单位", "省民政厅")]
    # a level word inside a word (全市) is no label's: 牵头单位 alone is the label
    assert find_labels("全市牵头单位：市发改局")[0][1] == "牵头单位"


def test_a_level_label_glued_to_the_unit_before_it_opens_at_its_level_word():
    """Run into one line, a higher level's label follows the unit the label before it named with no mark between
    (``配合单位：区财政局、区发改局市牵头单位：市教育局``): a unit's name never ends 局市, so the level word is the label's
    (holdout provline-lucheng's one-line copy, xfail74); a place ending the value (龙港市) is no level word of a label."""
    assert find_labels("配合单位：区财政局、区发改局市牵头单位：市教育局") == [
        ("support", "配合单位", "区财政局、区发改局"), ("lead", "市牵头单位", "市教育局")]
    assert find_labels("配合单位：各街道办事处市级牵头部门：市民政局")[1][1] == "市级牵头部门"
    assert find_labels("配合单位：龙港市牵头单位：市教育局")[0][2] == "龙港市"
    lines = clean_text_lines(["某区2023年民生实事项目任务分解一、教育和养老1．新建学校3所。牵头单位：区教育局配合单位："
                              "区财政局、区发改局市牵头单位：市教育局完成时限：2023年8月底前2．新建养老中心4家。"
                              "牵头单位：区民政局配合单位：区卫健局市级牵头部门：市民政局完成时限：2023年12月底前"])
    assert "配合单位：区财政局、区发改局" in lines and "市牵头单位：市教育局" in lines
    assert "配合单位：区卫健局" in lines and "市级牵头部门：市民政局" in lines


@pytest.mark.parametrize("line, opens", [
    ("市牵头单位：市卫健委", True), ("省级牵头部门：省发展改革委", True), ("省 牵 头 单 位：省财政厅", True),
    ("市场监管局负责", False), ("市发改局：牵头", False),
])
def test_a_higher_levels_line_is_a_label_line(line, opens):
    assert starts_with_label(line) is opens


def test_a_labelled_item_keeps_its_deadline_after_the_line():
    parsed = parse_labelled(located("涧西区2020年重点任务分工方案\n\n1.推进老旧小区改造。\n分管领导：刘洋\n"
                                    "牵头单位：区应急局\n协办单位：区财政局\n市牵头单位：市生态环境局\n完成时间：每季度末\n"
                                    "2.完善养老服务体系。\n牵头单位｜区人社局\n市级牵头部门：市卫健委\n完成时间｜长期坚持\n"))
    assert [(m.lead_cells, m.support_cells, m.deadline) for m in parsed.measures] == [
        (("区应急局",), ("区财政局",), "每季度末"), (("区人社局",), (), "长期坚持")]
    assert parsed.measures[0].extra.get("市牵头单位") == "市生态环境局"


# The notice's own units named bare (教育局, 财政局: a county's bureaus): the notice's own level, the one its issuer's
# name prints, stands for theirs (levellabels.reading_notice_level, set while extract_raw parses the notice).  Before,
# units printing no level told nothing and the label's department was one more lead (the generator's bs205, bs5013 …;
# holdout levelbare-jinyun-2024-6).
@pytest.mark.parametrize("issuer, text, lead, extra", [
    ("缙云县人民政府办公室", "牵头单位：教育局；配合单位：财政局；市牵头单位：市教育局；完成时限：9月底前",
     ("教育局",), {"市牵头单位": "市教育局"}),
    ("宜昌市伍家岗区人民政府办公室", "牵头单位：人社局；市级牵头部门：市卫健委", ("人社局",), {"市级牵头部门": "市卫健委"}),
    ("洛阳市人民政府办公室", "牵头单位：工信局；省牵头单位：省财政厅", ("工信局",), {"省牵头单位": "省财政厅"}),
    # the label's level is the notice's own (a city's 市牵头单位): read as its role
    ("洛阳市人民政府办公室", "牵头单位：工信局；市牵头单位：市财政局", ("工信局", "市财政局"), {}),
    # an issuer printing no level or place tells nothing
    ("中共中央办公厅", "牵头单位：工信局；省牵头单位：省财政厅", ("工信局", "省财政厅"), {}),
    (None, "牵头单位：工信局；省牵头单位：省财政厅", ("工信局", "省财政厅"), {}),
    # units printing a level are read by it, whatever the issuer (区… beside the city's label, in a city's notice)
    ("洛阳市人民政府办公室", "牵头单位：区工信局；市牵头单位：市财政局", ("区工信局",), {"市牵头单位": "市财政局"}),
])
def test_units_printing_no_level_take_the_notices_own(issuer, text, lead, extra):
    with reading_notice_level(issuer):
        found = parse_labels(text, "inline-label")
    assert (found.lead, found.extra) == (lead, extra)


def test_the_notices_level_is_read_only_inside_the_block():
    text = "牵头单位：教育局；市牵头单位：市教育局"
    with reading_notice_level("缙云县人民政府办公室"):
        assert parse_labels(text, "inline-label").lead == ("教育局",)
    assert parse_labels(text, "inline-label").lead == ("教育局", "市教育局")


def test_a_table_cell_of_bare_units_takes_the_notices_level_too():
    with reading_notice_level("缙云县人民政府办公室"):
        assert higher_level_parts(("教育局",), ("财政局", "市牵头单位：市教育局")) == (
            ("教育局",), ("财政局",), {"市牵头单位": "市教育局"})
    assert higher_level_parts(("教育局",), ("财政局", "市牵头单位：市教育局")) == (
        ("教育局",), ("财政局", "市牵头单位：市教育局"), {})
