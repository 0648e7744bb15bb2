"""A unit clause ends with a verb PHRASE: any run of modifiers ([verbs] verb_modifiers: 分工, 协同,
积极 …) then the role verb.  The whole phrase is cut off the units, so no modifier stays on the last
name (市林业局分工 is no unit), in brackets, prose, label values and table cells alike."""
import pytest

from extractor.parse.assign import clause_roles, parse_labels, parse_verbs
from extractor.parse.conventions import cell_verbs
from extractor.parse.inline import split_assignment


@pytest.mark.parametrize("text,lead,support,responsible", [
    # a modifier alone before 负责, after a lead clause: the units support
    ("市农业农村局牵头，市水利局、市林业局分工负责", ("市农业农村局",), ("市水利局、市林业局",), False),
    # no lead clause: the units are the responsible ones, all of them whole
    ("区教育局、区卫生健康局分工负责", ("区教育局、区卫生健康局",), (), True),
    ("县住建局、县城管局协同负责", ("县住建局、县城管局",), (), True),
    # two modifiers in a row, and modifiers before the other verbs
    ("县商务局牵头，县市场监管局协同配合", ("县商务局",), ("县市场监管局",), False),
    ("县商务局牵头，县民政局、县残联积极配合", ("县商务局",), ("县民政局、县残联",), False),
    ("区发改局、区财政局共同分工负责", ("区发改局、区财政局",), (), True),
])
def test_the_whole_verb_phrase_leaves_the_units(text, lead, support, responsible):
    found = parse_verbs(text)
    assert (found.lead, found.support, found.from_responsible) == (lead, support, responsible)


def test_a_modifier_not_before_a_verb_stays_in_the_name():
    # 分工会 is a name (a trade union branch), not 分工 before a verb
    assert clause_roles("县教育分工会负责") == [("responsible", "县教育分工会")]


def test_the_rule_holds_in_a_closing_bracket():
    rest, found = split_assignment("开展联合执法检查。（市场监管局牵头，市公安局、卫生健康委分工负责）")
    assert (rest, found.lead, found.support) == ("开展联合执法检查。", ("市场监管局",), ("市公安局、卫生健康委",))


def test_the_rule_holds_after_a_together_verb():
    found = parse_verbs("由县发改局会同县财政局、县统计局分工负责")
    assert (found.lead, found.support) == (("县发改局",), ("县财政局、县统计局",))


def test_the_rule_holds_in_a_table_cell():
    found = cell_verbs(("区文旅局牵头，区教育局、区体育局分工负责",))
    assert (found.lead, found.support) == (("区文旅局",), ("区教育局、区体育局",))


def test_the_rule_holds_in_a_label_value():
    found = parse_labels("牵头单位：县水利局；配合单位：县农业农村局，各乡镇积极配合", "labelled")
    assert (found.lead, found.support) == (("县水利局",), ("县农业农村局", "各乡镇"))


@pytest.mark.parametrize("text,lead", [
    # 牵头 with a verb of supervising after it still leads (a city's 蓝天保卫战 方案: …牵头督导，…配合)
    ("市生态环境局、发展和改革局牵头督导，市公安局、水务局配合", ("市生态环境局、发展和改革局",)),
    ("县应急管理局牵头督办，县交通运输局配合", ("县应急管理局",)),
    ("区发改局牵头协调，区财政局配合", ("区发改局",)),
])
def test_a_lead_verb_with_a_supervising_object_leads(text, lead):
    assert parse_verbs(text).lead == lead


@pytest.mark.parametrize("text,support", [
    # the units a 负责 clause names after a lead support in printed order, after the 参与 units before them
    ("市生态环境局牵头，市发展和改革局、工业和信息化局参与，各县、区人民政府负责落实",
     ("市发展和改革局、工业和信息化局", "各县、区人民政府")),
    ("A局牵头，B局负责，C局参与", ("B局", "C局")),
    ("C局负责，A局牵头，B局配合", ("C局", "B局")),
    ("A局牵头，各相关部门按职责分工负责", ("各相关部门",)),
])
def test_support_keeps_the_printed_order_of_its_clauses(text, support):
    assert parse_verbs(text).support == support
