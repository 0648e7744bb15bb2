"""The shared text helpers (``extractor.text``): one copy each, used by every stage."""
import random

from extractor.text import (PINYIN_GLOSS_RE, _fold_table, bracket_balance, clean_name, display_width, fold,
                            matching_bracket, outside_brackets, simplified, split_measure_label,
                            split_outside_brackets, to_simplified)


def test_split_keeps_bracketed_separators_inside():
    assert split_outside_brackets("镇街(园区)、县（市、区）政府，A局", "、，") == ["镇街(园区)", "县（市、区）政府", "A局"]


def test_split_without_strip_keeps_the_spaces_of_each_part():
    assert split_outside_brackets("A局 、B局(1、2)", "、", strip=False) == ["A局 ", "B局(1、2)"]


def test_a_stray_closer_does_not_open_the_text_up():
    # the ） before A closes nothing: the 、 after （B） is at depth 0 and splits
    assert split_outside_brackets("）A局（B）、C局", "、") == ["）A局（B）", "C局"]


def test_a_bracket_left_open_can_be_ignored():
    assert split_outside_brackets("A局（B局、C局", "、") == ["A局（B局、C局"]
    assert split_outside_brackets("A局（B局、C局", "、", ignore_unclosed=True) == ["A局（B局", "C局"]


def test_outside_brackets_drops_nested_parts():
    assert outside_brackets("市经信局(市中小企业局(办))") == "市经信局"
    assert outside_brackets("市经信局") == "市经信局"


def test_matching_bracket_both_ways():
    text = "推进工作（市财政局（国资办）牵头）。"
    opener, closer = text.index("（"), text.rindex("）")
    assert matching_bracket(text, opener) == closer
    assert matching_bracket(text, closer) == opener
    assert matching_bracket("（未闭合", 0) is None


def test_bracket_balance_counts_open_brackets():
    assert bracket_balance("（市财政局牵头，市发改委配") == 1
    assert bracket_balance("合）") == -1


def test_pinyin_gloss_only_after_a_chinese_character():
    assert PINYIN_GLOSS_RE.sub("", "東府辦〔2016〕12號(hào)") == "東府辦〔2016〕12號"
    assert PINYIN_GLOSS_RE.sub("", "第1(a)项") == "第1(a)项"


def test_clean_name_is_nfkc_without_white_space():
    assert clean_name("市 发改局（ＡＢ）\u3000") == "市发改局(AB)"
    assert clean_name(None) == ""


def test_simplified_keeps_the_length_to_simplified_converts():
    assert simplified("牽頭單位") == "牵头单位"
    assert to_simplified("牽頭單位") == "牵头单位"
    assert simplified("abc") == "abc"


def test_display_width_counts_wide_characters_twice():
    assert display_width("序号 ab") == 2 + 2 + 1 + 2
    assert display_width("（１）") == 6


def test_measure_label_found_past_a_long_run_of_spaces():
    # _fold_head folds only a cell's head unless the head is spaces and a label;
    # a label after more spaces than the head holds is still found, in full-width digits too
    assert split_measure_label(" " * 30 + "１２．推进工作") == (12, "１２．", "推进工作")
    assert split_measure_label("\u3000" * 20 + "（３）　　　　　　　　　　　　　　建立机制") == (3, "（３）", "建立机制")
    assert split_measure_label("12" + " " * 20 + "、完善体系") == (12, "12" + " " * 20 + "、", "完善体系")
    assert split_measure_label("推进产业创新发展，加快建立现代产业体系１．") == (None, None, "推进产业创新发展，加快建立现代产业体系１．")


def test_fold_folds_one_character_for_one():
    assert fold("１２．（三）\u3000推进﹒工作，ａ") == "12.(三) 推进.工作,a"
    assert fold("推进工作") == "推进工作"


def test_fold_is_the_translation_table_applied_at_once():
    # fold replaces each foldable character found, one after the other: that is the
    # table applied at once only because no folded character is itself folded
    table = _fold_table()
    assert not {ord(ch) for ch in table.values()} & table.keys()
    rng = random.Random(7)
    alphabet = [chr(cp) for cp in table] + list("推进工作12. (（、，") + ["\u3000", "\xa0"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert fold(text) == text.translate(table)
