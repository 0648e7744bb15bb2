"""The assignment grammar: one set of rules for clauses anywhere in an item, any bracket, any cell."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.assign import parse_labels, parse_verbs
from extractor.parse.conventions import FIRST_LEADS, detect_convention, tidy_cell
from extractor.parse.forms import parse_body
from extractor.parse.inline import split_assignment
from extractor.parse.unitlists import join_conjunctions, strip_notes, tidy_units
from extractor.source.decode import decode_bytes

from conftest import make_raw


def located(text: str):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))


@pytest.mark.parametrize("text,lead,support,deadline", [
    # a clause with no verb takes the role of the next clause that has one
    ("区发改局牵头，区财政局、区住建局等部门，各街道办事处配合", ("区发改局",), ("区财政局、区住建局", "各街道办事处"), None),
    # …and supports the lead when no verb follows
    ("区发改局牵头，区财政局、区住建局", ("区发改局",), ("区财政局、区住建局",), None),
    # the deadline inside the bracket
    ("区国土分局牵头，区规划分局配合，6月底完成", ("区国土分局",), ("区规划分局",), "6月底完成"),
    # a note stating a rule is not a unit
    ("区发改局、区财政局负责，除标注外，列第一位为牵头单位，下同", ("区发改局、区财政局",), (), None),
    # a catch-all with its verb
    ("区市场监管局牵头，镇街（园区）按职责分工负责", ("区市场监管局",), ("镇街（园区）",), None),
    # a synonym-spun mirror
    ("区人社局卖力，区财政局配合", ("区人社局",), ("区财政局",), None),
    # 主办 / 协办: the verbs of the 主办单位 / 协办单位 labels
    ("县文旅局主办，县教育局、团县委协办", ("县文旅局",), ("县教育局、团县委",), None),
    ("市商务局、市科技局分别主办，2024年底前完成", ("市商务局、市科技局",), (), "2024年底前完成"),
    # a modal before the verb is no part of the unit (before: 各地要, 各县区应, 市发改委主要)
    ("各地要负责", ("各地",), (), None),
    ("市民政局牵头，各地要研究提出意见", ("市民政局",), ("各地",), None),
    ("市水利局牵头，各县区应积极配合", ("市水利局",), ("各县区",), None),
    ("市发改委主要负责", ("市发改委",), (), None),
    ("各地必须负责落实", ("各地",), (), None),
    # 主责 with its verb leads as 牵头 does; a clause by duties after it supports (holdout mainresp-yunnan, batch 133)
    ("各州（市）、县（市、区）人民政府主责落实，省发展改革委、省自然资源厅等部门按照职责分工负责",
     ("各州（市）、县（市、区）人民政府",), ("省发展改革委、省自然资源厅",), None),
    ("市发改委主责落实，市财政局配合", ("市发改委",), ("市财政局",), None),
])
def test_verb_wording(text, lead, support, deadline):
    found = parse_verbs(text)
    assert (found.lead, found.support, found.deadline) == (lead, support, deadline)


@pytest.mark.parametrize("text", ["压实属地主责", "各县区落实主责", "各县区主责"])
def test_zhu_ze_alone_is_no_verb(text):
    # 主责 alone ends nouns (属地主责): only 主责落实 / 主责实施 / 主责推进 name a lead
    assert parse_verbs(text) is None


def test_verbless_names_alone_are_not_verb_wording():
    assert parse_verbs("区财政局、区住建局") is None
    assert parse_verbs("以下简称“某某”") is None


@pytest.mark.parametrize("text,rest,lead,support", [
    ("优化审批服务。〔责任单位：区政务服务局〕", "优化审批服务。", ("区政务服务局",), ()),
    ("落实减税降费。[牵头单位：区税务局；责任单位：区财政局]", "落实减税降费。", ("区税务局",), ("区财政局",)),
    ("推进改革。【区发改局牵头，区财政局配合】", "推进改革。", ("区发改局",), ("区财政局",)),
    ("由区商务局负责，区发改局牵头，相关部门配合，做好消费促进工作。", "做好消费促进工作。",
     ("区发改局",), ("区商务局", "相关部门")),
    ("区发改局牵头，做好项目谋划储备。", "做好项目谋划储备。", ("区发改局",), ()),
])
def test_assignment_anywhere_in_the_item(text, rest, lead, support):
    got_rest, found = split_assignment(text)
    assert (got_rest, found.lead, found.support) == (rest, lead, support)


@pytest.mark.parametrize("text", [
    "各责任单位要明确专人负责，确保各项任务按时完成。",   # a sentence, not a unit list
    "引用东府〔2014〕75号文件精神。",                      # a bracket that is no assignment
])
def test_wording_that_only_looks_like_an_assignment(text):
    assert split_assignment(text)[1] is None


@pytest.mark.parametrize("units,joined", [
    ("市级各有关部门及各县市区政府", "市级各有关部门、各县市区政府"),
    ("财政局和审计局", "财政局、审计局"),
    ("市发展和改革局", "市发展和改革局"),
    ("市住房和城乡建设局、市财政局以及各镇街", "市住房和城乡建设局、市财政局、各镇街"),
    # a mass body's short name ends like a unit: the 及 after it joins two units
    ("县妇联及相关部门", "县妇联、相关部门"),
    ("市科协和市教育局", "市科协、市教育局"),
    ("区残联、区工商联与各街道", "区残联、区工商联、各街道"),
    # a street office by its name, 办事处 left out (blindsynth session 59): before, the two names were one
    ("区教育局、汉屯路街道和唐宫路街道", "区教育局、汉屯路街道、唐宫路街道"),
    ("市应急局，来龙门街道及阳三石街道办事处", "市应急局，来龙门街道、阳三石街道办事处"),
    ("海滨街道及区直有关部门", "海滨街道、区直有关部门"),
    ("城中街道（含社区）及各街道", "城中街道（含社区）、各街道"),
    # no name of its own before 街道: a body's name holding the word
    ("区街道和社区工作办公室", "区街道和社区工作办公室"),
])
def test_lists_joined_by_conjunctions(units, joined):
    assert join_conjunctions(units) == joined


def _joined_a_character_at_a_time(units: str) -> str:
    """``join_conjunctions`` as it walked every character (it now searches for the next name end or
    conjunction word: between them the walk did nothing)."""
    from extractor.parse.unitlists import _CONJUNCTION_WORDS, CONJUNCTIONS, ends_like_unit
    if not any(c in units for c in CONJUNCTIONS):
        return units
    name_start, i = 0, 0
    while i < len(units):
        if units[i] in "、，,；; ":
            name_start = i + 1
        word = next((w for w in _CONJUNCTION_WORDS if units.startswith(w, i)), None)
        if word and len(units) - i - len(word) >= 2 and ends_like_unit(units[name_start:i]):
            units = units[:i] + "、" + units[i + len(word):]
            name_start = i + 1
        i += 1
    return units


@pytest.mark.parametrize("units", [
    "市级各有关部门及各县市区政府", "财政局和审计局", "市发展和改革局", "市住房和城乡建设局、市财政局以及各镇街",
    "县妇联及相关部门", "区残联、区工商联与各街道", "市财政局以及", "市财政局及局", "和", "及市财政局",
    "市教育局，市科协和市财政局；区公安局与区司法局", "市教育局 市科协和 市财政局", "发展和改革以及财政局和审计局",
    "市财政局以及及审计局", "市财政局、以及审计局", "市发展和改革局、市财政局",
    # a name's end right after a conjunction, or two in a row: each is read where the walk read it
    "和、各镇街与市财政局", "及 各镇街及发展", "，，各镇街及各镇街", ";;各镇街以及发展",
])
def test_conjunctions_are_read_where_a_walk_of_every_character_read_them(units):
    assert join_conjunctions(units) == _joined_a_character_at_a_time(units)


def test_an_adverb_before_you_is_no_part_of_the_units():
    # 此项工作分别由A、B负责 on a line of its own under its item reads as a reference and its clauses (a notice that
    # lost its breaks, the one-line repair): before, the first lead was 分别由A
    assert tidy_units("分别由区行政审批局、区市场监督管理局") == "区行政审批局、区市场监督管理局"
    assert tidy_units("分別由區商務局") == "區商務局"
    assert tidy_units("分别推进局") == "分别推进局"   # no 由: nothing dropped


def test_notes_are_kept_out_of_units_everywhere():
    assert strip_notes("财政局、发改局（列第一位者为牵头或汇总单位，下同）") == "财政局、发改局"
    assert strip_notes("市发展改革委（牵头）、市统计局") == "市发展改革委（牵头）、市统计局"
    assert tidy_units("财政局、经信局（除标注外，列第一位为牵头单位，下同）。") == "财政局、经信局"
    assert tidy_cell("市财政局及市审计局（排名第一的为牵头单位）") == "市财政局、市审计局"


@pytest.mark.parametrize("letter", ["责任分解中，列第一位为牵头单位。", "列第一位者为牵头或汇总单位。",
                                    "列第一位的责任单位为牵头单位。"])
def test_the_cover_letter_rule_in_other_words(letter):
    assert detect_convention(located(f"某市通知\n{letter}\n1.某某工作。\n责任单位：甲局、乙局")) == FIRST_LEADS


def test_a_rule_note_in_a_labelled_line_splits_the_list():
    text = "\n".join(["某市通知", "一、重点工作", "1.制定出台政策体系。",
                      "责任单位：财政局、发改局、经信局（除标注外，列第一位为牵头单位，下同）", "2.落实减负政策。",
                      "责任单位：发改局和财政局"])
    from extractor.parse.conventions import apply_conventions
    loc = located(text)
    parsed = apply_conventions(loc, parse_body(loc))
    assert [(m.lead_cells, m.support_cells) for m in parsed.measures] == [
        (("财政局",), ("发改局", "经信局")), (("发改局",), ("财政局",))]


def test_a_bare_list_may_end_with_a_group_of_places():
    from extractor.parse.assign import parse_unit_list
    assert parse_unit_list("区卫计局，各乡镇（街道）").lead == ("区卫计局，各乡镇（街道）",)
    assert parse_unit_list("含县（市、区）") is None


def test_a_bare_list_may_end_with_a_group_of_places_parted_by_dunhao():
    """letterrule-xianning-2016-1: ``（市发改委、市统计局，各县、市、区人民政府）`` closes a target; the 、 run a
    leading 各 distributes over is one group as the unit splitter keeps it (``placegroups.join_place_groups``),
    so the bracket is a unit list.  Before, 市 alone was no unit and the item was lost."""
    from extractor.parse.assign import parse_unit_list
    assert parse_unit_list("市发改委、市统计局，各县、市、区人民政府").lead == ("市发改委、市统计局，各县、市、区人民政府",)
    assert parse_unit_list("县、市、区") is None   # place words with no 各 and no body: no unit


def test_a_bare_list_may_name_a_town_or_a_street_among_its_bodies():
    """barestreet-deqing-2023-1: ``（应急局、财政局、清源街道）`` closes an item; a town or a street office named bare
    among bodies is a unit as in a label's value.  Before session 57 the bracket was no list and its item was lost.
    Places alone (where a project lies) stay no list."""
    from extractor.parse.assign import parse_unit_list
    assert parse_unit_list("应急局、财政局、清源街道").lead == ("应急局、财政局、清源街道",)
    assert parse_unit_list("县水利局、县住建局，新市镇、乾元镇").lead == ("县水利局、县住建局，新市镇、乾元镇",)
    assert parse_unit_list("新市镇、乾元镇") is None
    assert parse_unit_list("县住建局、新建5个社区") is None   # wording with a digit


def test_label_words_spaced_out_are_labels():
    found = parse_labels("牵 头 单 位：市发改局；配\u3000合\u3000单\u3000位：市财政局；分 管 领 导：张某；完 成 时 限：2021年底",
                         "labelled")
    assert found.lead == ("市发改局",) and found.support == ("市财政局",) and found.deadline == "2021年底"
    assert found.extra == {"分管领导": "张某"}


def test_a_space_may_stand_for_the_colon_of_a_label_that_opens_a_line_or_clause():
    from extractor.parse.labels import starts_with_label
    found = parse_labels("牵头单位\u3000市发改局；配合单位  市财政局、市统计局", "labelled")
    assert found.lead == ("市发改局",) and found.support == ("市财政局、市统计局",)
    assert starts_with_label("责任单位 市卫生健康委") and starts_with_label("牽頭單位\u3000市發改局")
    # a label word inside a sentence, or followed by another label word, is no label
    assert not starts_with_label("各牵头单位 要加强统筹") and not starts_with_label("牵头单位 配合单位")


@pytest.mark.parametrize("text,lead,support", [
    # a bare 镇街 / 乡镇 names every town (and street office): a catch-all group as 各镇街 is (holdout
    # paralead-dongguan, batch 51: before, the clause was no unit list and both its groups were lost)
    ("牵头单位：市发改局、市委政研室；各相关部门、镇街（园区）按职责分工负责",
     ("市发改局、市委政研室",), ("各相关部门、镇街（园区）",)),
    ("牵头单位：市商务局；市交通运输局、乡镇按职责分工负责", ("市商务局",), ("市交通运输局、乡镇",)),
])
def test_a_bare_towns_group_is_a_unit_of_a_verb_clause_after_the_leads(text, lead, support):
    found = parse_labels(text, "inline-label")
    assert (found.lead, found.support) == (lead, support)


def test_a_clause_naming_towns_in_its_wording_stays_a_note():
    """Only the words alone name the group: a clause whose piece merely ends in 乡镇 is wording."""
    found = parse_labels("牵头单位：市商务局；推进乡镇按职责分工负责", "inline-label")
    assert found.support == () and found.extra == {"备注": "推进乡镇按职责分工负责"}


@pytest.mark.parametrize("word", ["场所", "住所", "厕所"])
def test_a_common_noun_ending_in_suo_is_no_unit(word):
    """所 ends a unit (派出所, 司法所, 研究所), but not a place word (工业企业（场所）: a heading's aside):
    such a bracket names no unit, so it closes no task."""
    from extractor.parse.inline import parse_bracket
    assert parse_bracket(word) is None
    assert parse_bracket("县司法所") is not None


@pytest.mark.parametrize("inner,lead", [
    # a group's second head noun after 和 completes the group; a place group nests in 〔〕 as in （）
    ("责任单位：省发展改革委，省直其他有关部门和单位，各市〔州〕、县〔市、区、特区〕人民政府",
     ("省发展改革委，省直其他有关部门和单位，各市〔州〕、县〔市、区、特区〕人民政府",)),
    # two units joined by 和 stay two
    ("责任单位：市发改委和市财政局", ("市发改委、市财政局",)),
])
def test_a_group_noun_after_a_conjunction_and_tortoise_brackets(inner, lead):
    from extractor.parse.inline import parse_bracket
    assert parse_bracket(inner).lead == lead


def test_a_tortoise_bracketed_place_group_is_one_name():
    from extractor.agencies.units import split_units
    assert split_units("省发展改革委，省直其他有关部门和单位，各市〔州〕、县〔市、区、特区〕人民政府") == (
        "省发展改革委", "省直其他有关部门和单位", "各市〔州〕、县〔市、区、特区〕人民政府")
