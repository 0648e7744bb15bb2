"""The assignment grammar: one set of rules for clauses anywhere in an item, any bracket, any cell."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.assign import join_conjunctions, parse_labels, parse_verbs, strip_notes, tidy_units
from extractor.parse.conventions import FIRST_LEADS, detect_convention, tidy_cell
from extractor.parse.forms import parse_body
from extractor.parse.inline import split_assignment
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
])
def test_verb_wording(text, lead, support, deadline):
    found = parse_verbs(text)
    assert (found.lead, found.support, found.deadline) == (lead, support, deadline)


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
])
def test_lists_joined_by_conjunctions(units, joined):
    assert join_conjunctions(units) == joined


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


def test_label_words_spaced_out_are_labels():
    found = parse_labels("牵 头 单 位：市发改局；配\u3000合\u3000单\u3000位：市财政局；分 管 领 导：张某；完 成 时 限：2021年底",
                         "labelled")
    assert found.lead == ("市发改局",) and found.support == ("市财政局",) and found.deadline == "2021年底"
    assert found.extra == {"分管领导": "张某"}


def test_a_space_may_stand_for_the_colon_of_a_label_that_opens_a_line_or_clause():
    from extractor.parse.assign import starts_with_label
    found = parse_labels("牵头单位\u3000市发改局；配合单位  市财政局、市统计局", "labelled")
    assert found.lead == ("市发改局",) and found.support == ("市财政局、市统计局",)
    assert starts_with_label("责任单位 市卫生健康委") and starts_with_label("牽頭單位\u3000市發改局")
    # a label word inside a sentence, or followed by another label word, is no label
    assert not starts_with_label("各牵头单位 要加强统筹") and not starts_with_label("牵头单位 配合单位")


def _flat_label_res():
    """label_re and _spaced_label_re with the label words as a flat list, longest first
    (label_re's twice: w1 in 【】, w2 before a colon), as they were written before the
    prefix tree and the one copy, which must match alike."""
    import re

    from extractor.parse.assign import _LABEL_GAP, label_roles

    words = sorted((w for ws in label_roles().values() for w in ws), key=len, reverse=True)
    alt = "|".join(_LABEL_GAP.join(map(re.escape, w)) for w in words)
    return (re.compile(rf"【\s*(?P<w1>{alt})\s*】\s*[：:]?|(?P<w2>{alt})\s*[：:]"),
            re.compile(rf"(?:^|(?<=[；;。]))[ \t\u3000\xa0]*(?P<w2>{alt})[ \t\u3000\xa0]+(?=[^\s：:；;，,。])(?!{alt})"))


def test_label_re_matches_as_the_flat_list_of_words():
    import random

    from extractor.parse.assign import _spaced_label_re, label_re, label_roles

    (flat, flat_spaced), tree, spaced = _flat_label_res(), label_re(), _spaced_label_re()
    words = [w for ws in label_roles().values() for w in ws]
    rng = random.Random(20261201)
    gaps = ["", "", " ", "\u3000", "\xa0", "\t", " \u3000"]
    texts = ["牵头单位：市发改局", "【配合单位】市财政局", "牵头 ：区政府", "牵头 单位：", "责 任 单 位：",
             "【 牵头 】", "主要责任部门 ：", "分管市领导：张三", "牵头部门、配合部门：", "时限：2024年"]
    for _ in range(3000):
        text = ""
        for _ in range(rng.randint(1, 3)):
            w = rng.choice(words)
            w = "".join(c + rng.choice(gaps) for c in w[:-1]) + w[-1]   # spaced out, or not
            w = w[:rng.randint(1, len(w))] if rng.random() < 0.3 else w   # a word cut short
            text += (rng.choice(["", "【", "【 ", "；", "各", "x"]) + w
                     + rng.choice(["：", ":", " ：", "】", "】：", "　市发改局", " 单位 区财政局", "单位：", ""]))
        texts.append(text)
    found = 0
    for text in texts:
        old = [(m.span(), m.span("w1" if m.group("w1") is not None else "w2"), m.group("w1") is not None)
               for m in flat.finditer(text)]
        new = [(m.span(), m.span("w"), m.group("open") is not None) for m in tree.finditer(text)]
        assert new == old, text
        found += len(new)
        old = [(m.span(), m.span("w2")) for m in flat_spaced.finditer(text)]
        assert [(m.span(), m.span("w")) for m in spaced.finditer(text)] == old, text
        for at in range(len(text)):   # and anchored at every position (label_re().match(copy, at))
            for a, b in ((flat.match(text, at), tree.match(text, at)),
                         (flat_spaced.match(text, at), spaced.match(text, at))):
                assert (a is None) == (b is None) and (a is None or a.span() == b.span()), (text, at)
    assert found > 1000   # the texts do hold labels


def test_label_search_without_gap_characters_matches_as_label_re():
    """``label_search`` takes the pattern without gaps only for a text holding none of the gap's
    characters, where it must find what ``label_re`` finds: every fixture's lines with those
    characters taken out, and random runs of label words, marks and text."""
    import random
    from pathlib import Path

    from extractor.parse.assign import label_re, label_roles, label_search, match_copy

    gap_chars = dict.fromkeys(map(ord, " \t\u3000\xa0"))
    texts = []
    for path in sorted(Path(__file__).parent.joinpath("fixtures").rglob("*")):
        if path.suffix in (".txt", ".html", ".htm"):
            raw = path.read_bytes().decode("utf-8", "ignore")
            texts.extend(line.translate(gap_chars) for line in raw.splitlines())
    words = [w for ws in label_roles().values() for w in ws]
    rng = random.Random(20261201)
    for _ in range(3000):
        text = ""
        for _ in range(rng.randint(1, 3)):
            w = rng.choice(words)
            w = w[:rng.randint(1, len(w))] if rng.random() < 0.3 else w   # a word cut short
            text += (rng.choice(["", "【", "；", "各", "x", "\n"]) + w
                     + rng.choice(["：", ":", "】", "】：", "｜", "单位：", "市发改局", "\n：", ""]))
        texts.append(text)
    full, unspaced = label_re(), label_re("")
    found = 0
    for text in texts:
        for copy in (text, match_copy(text)):
            assert not any(c in copy for c in " \t\u3000\xa0")
            expected = [(m.span(), m.groupdict()) for m in full.finditer(copy)]
            assert [(m.span(), m.groupdict()) for m in unspaced.finditer(copy)] == expected, copy
            a, b = full.search(copy), label_search(copy)
            assert (a is None) == (b is None) and (a is None or (a.span(), a.groupdict()) == (b.span(), b.groupdict()))
            found += len(expected)
    assert found > 1000   # the texts do hold labels
    # a text with a gap character is searched with label_re itself
    assert label_search("牵 头 单 位：市发改局").group("w") == "牵 头 单 位"
    assert label_re("").search("牵 头 单 位：市发改局") is None
