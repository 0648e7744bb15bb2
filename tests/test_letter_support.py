"""A cover letter's default support units (tests/fixtures/README.md, "A letter's default support units"):
``除特别注明的外，X都是配合单位`` gives X to every item as support, after the item's own, unless the item names X
or any of it itself (``conventions.letter_support_units``, ``give_letter_units``; ``assign.toml [conventions]
default_support``; holdout defaultsupport-jinhua-2018-23, written before the code)."""
import pytest

from extractor.layout.locate import locate_content
from extractor.models import DraftMeasure
from extractor.parse.conventions import (_default_support_every_re, _default_support_re, apply_conventions,
                                         give_letter_units)
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parse_text(text: str):
    located = locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))
    return apply_conventions(located, parse_body(located))


DEFAULT = ("各县（市、区）政府", "某开发区", "某新区管委会")


def _draft(lead=(), support=()):
    return DraftMeasure(section=None, measure_no=1, text="某工作", lead_cells=lead, support_cells=support)


@pytest.mark.parametrize("sentence,units", [
    ("除特别注明的外，各县（市、区）政府和某开发区管委会都是配合单位。", "各县（市、区）政府和某开发区管委会"),
    ("除另有注明外，各县（市、区）人民政府均为各项工作的配合单位。", "各县（市、区）人民政府"),
    ("除标注的以外，各乡镇为配合单位", "各乡镇"),
    ("除已标注的外，各县（区）人民政府均为配合单位。", "各县（区）人民政府"),     # 已 before the mark word
    ("除已经注明的以外，各镇（街道）都是配合单位。", "各镇（街道）"),
])
def test_the_letters_sentence_names_its_units(sentence, units):
    found = _default_support_re().search(sentence)
    assert found is not None and found.group("units") == units


@pytest.mark.parametrize("sentence", [
    "各配合单位要各司其职，加强协作配合。",           # no exception: no rule
    "除特别注明的外，列第一位的为牵头单位。",          # another rule
    "各县（市、区）政府都是配合单位。",                 # no "unless noted": not this rule
])
def test_other_sentences_state_no_default(sentence):
    assert _default_support_re().search(sentence) is None


def test_an_item_naming_none_of_them_takes_them_after_its_own():
    out = give_letter_units((_draft(("市发改委",), ("市财政局",)), _draft(("市经信委",))), DEFAULT)
    assert [d.support_cells for d in out] == [("市财政局", *DEFAULT), DEFAULT]


@pytest.mark.parametrize("lead,support", [
    (("各县（市、区）政府",), ("市民政局",)),   # the counties lead it
    (("市商务局",), ("市发改委", "各县（市、区）政府")),   # it names the counties among its own
    (("市民政局",), ("市卫计委", "某开发区管委会")),   # one zone, by its committee
])
def test_an_item_naming_them_or_any_of_them_keeps_its_own(lead, support):
    (out,) = give_letter_units((_draft(lead, support),), DEFAULT)
    assert (out.lead_cells, out.support_cells) == (lead, support)


def test_a_labelled_notice_reads_the_letter():
    parsed = parse_text(
        "某市人民政府办公室关于印发重点工作责任分解的通知\n"
        "各县（市、区）人民政府，市直各单位：\n"
        "现将重点工作责任分解印发给你们。除特别注明的外，各县（市、区）政府和某开发区管委会都是配合单位。\n"
        "某市人民政府办公室\n2018年4月18日\n"
        "一、甲市长牵头的重点工作\n"
        "1.推进政务服务数字化，全年新增网上办理事项200项。\n牵头单位：市经信委\n"
        "2.完成农村危旧房改造1000户。\n牵头单位：各县（市、区）政府\n配合单位：市民政局\n")
    assert [(m.lead_cells, m.support_cells) for m in parsed.measures] == [
        (("市经信委",), ("各县（市、区）政府", "某开发区管委会")),
        (("各县（市、区）政府",), ("市民政局",)),
    ]


def test_every_exception_word_is_searched_in_both_scripts():
    """``[conventions] default_support_marks`` (the cheap test before the pattern) holds each exception word the
    pattern reads, so a sentence printing it is searched, and each word's simplified form, so a mirror's
    traditional spelling is searched as the simplified one."""
    from extractor.hanzi import simplified
    from extractor.parse.labels import assign_vocab
    marks = assign_vocab()["conventions"]["default_support_marks"]
    for mark in marks:
        assert simplified(mark) in marks
        sentence = f"除特别{simplified(mark)}的外，各乡镇为配合单位。"
        assert _default_support_re().search(sentence) is not None, mark


@pytest.mark.parametrize("sentence,units", [
    ("请抓好落实。各县（区）人民政府为各项工作的配合单位，不再逐项列出。", "各县（区）人民政府"),
    ("各镇（街道）均为各项任务配合单位。", "各镇（街道）"),
])
def test_the_rule_with_no_exception_names_its_units(sentence, units):
    found = _default_support_every_re().search(sentence)
    assert found is not None and found.group("units") == units


@pytest.mark.parametrize("sentence", [
    "各县（区）人民政府都是配合单位。",                    # names no item: not the rule
    "市财政局为该项工作的配合单位。",                      # one item's support
    "各配合单位要做好各项工作的衔接。",
])
def test_other_sentences_state_no_rule_for_every_item(sentence):
    assert _default_support_every_re().search(sentence) is None


def test_a_bracket_label_notice_reads_the_rule_with_no_exception():
    parsed = parse_text(
        "某市人民政府办公室关于印发重点工作任务分工的通知\n"
        "各县（区）人民政府，市政府各部门：\n"
        "现将任务分工印发给你们。各县（区）人民政府为各项工作的配合单位，不再逐项列出。\n"
        "某市人民政府办公室\n2022年2月25日\n"
        "一、稳住经济\n"
        "1.实施技术改造项目300个。（牵头单位：市经信局；配合单位：市财政局）\n"
        "2.建成城市书房15家。（牵头单位：市文化广电旅游局；配合单位：各县（区）人民政府）\n")
    assert [(m.lead_cells, m.support_cells) for m in parsed.measures] == [
        (("市经信局",), ("市财政局", "各县（区）人民政府")),
        (("市文化广电旅游局",), ("各县（区）人民政府",)),
    ]


def test_a_mirrors_traditional_mark_word_is_searched():
    """A converter prints 标注 as 標註 (注 -> 註): the cheap test before the pattern knows that spelling too."""
    parsed = parse_text(
        "某市人民政府辦公室關於印發民生實事項目責任分工方案的通知\n"
        "各縣（市、區）人民政府，市政府直屬各單位：\n"
        "現印發給你們，請認真貫徹落實。除已標註的外，各縣（市、區）人民政府均為配合單位。\n"
        "某市人民政府辦公室\n2021年3月12日\n"
        "一、教育\n"
        "1.新建公辦幼兒園12所。\n牽頭單位：市教育局\n")
    assert [m.support_cells for m in parsed.measures] == [("各縣（市、區）人民政府",)]
