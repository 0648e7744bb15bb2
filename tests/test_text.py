"""The shared text helpers (``extractor.text``): one copy each, used by every stage."""
import re
import random
import pytest

import extractor
from conftest import make_raw
from extractor.brackets import bracket_balance, matching_bracket, outside_brackets, split_outside_brackets
from extractor.engine.extract import extract_raw
from extractor.hanzi import simplified, to_simplified
from extractor.text import (PINYIN_GLOSS_RE, _fold_chars, _fold_table, clean_name, close_bracket_gaps, close_cjk_gaps, compare_key,
                            display_width, fold, printed_class)
from extractor.numbering import MEASURE_RE, circled_to_int, printed_label, split_measure_label


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


def test_a_bracketed_word_without_a_vowel_is_no_pinyin_gloss():
    # holdout leadthenduty-xicheng (batch 109) in ASCII brackets: 合作(ppp) names the scheme, it is no reading
    assert PINYIN_GLOSS_RE.sub("", "政府和社会资本合作(ppp)综合信息平台") == "政府和社会资本合作(ppp)综合信息平台"
    assert PINYIN_GLOSS_RE.sub("", "局(ju)(ju)(ju)") == "局"
    assert PINYIN_GLOSS_RE.sub("", "嗯(ń)") == "嗯"


def test_a_pinyin_gloss_closed_by_a_space_inside_its_bracket_is_a_gloss():
    """A rules farm's converter closes some readings with a space (holdout residuefarm-wuhan, batch 85)."""
    assert PINYIN_GLOSS_RE.sub("", "國民經濟和社會(huì )發(fā)展") == "國民經濟和社會發展"
    assert PINYIN_GLOSS_RE.sub("", "社會(huì )(huì )消費品") == "社會消費品"
    # a space before the reading, or a word of two readings, is no gloss
    assert PINYIN_GLOSS_RE.sub("", "社會( huì)消費品") == "社會( huì)消費品"
    assert PINYIN_GLOSS_RE.sub("", "社會(hui ji)消費品") == "社會(hui ji)消費品"


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
    # the label keeps no white space inside it (numbering.printed_label)
    assert split_measure_label("12" + " " * 20 + "、完善体系") == (12, "12、", "完善体系")
    assert split_measure_label("推进产业创新发展，加快建立现代产业体系１．") == (None, None, "推进产业创新发展，加快建立现代产业体系１．")


def _measure_label_by_folding(text):
    """split_measure_label as it read a cell before MEASURE_PRINTED_RE: MEASURE_RE on the folded copy."""
    m = MEASURE_RE.match(fold(text))
    if not m:
        return None, None, text.strip()
    num = circled_to_int(m.group("n3")) if m.group("n3") else int(m.group("n1") or m.group("n2"))
    return num, printed_label(text[m.start("label"):m.end("label")]), text[m.end():].strip()


def test_measure_label_read_on_the_printed_text_as_on_the_folded_copy():
    # every character fold changes, digits and spaces of several kinds, and the label's marks
    alphabet = (sorted(_fold_chars()) + list("0123456789١٣٠") + [" ", "\t", "\n", "\u3000", "\xa0", "\u2003"]
                + list(".、．﹒﹑·(（﹙)）﹚①⑳⑴㈠一二推进a-—,，;；"))
    rng = random.Random(41)
    texts = ["", " ", "1", "1.", "1.5", "1.5亿", "１．推进", "1﹒推进", "（３）建立", "﹙3﹚", "12、", "12﹑完善",
             "① 推进", "⑳", "⑴推进", "1234.", "(12", "1 .2", "  2 .  推进", "\u3000（\u3000１\u3000）\u3000推进"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(30000)]
    heads = ["1", "１２", " (3", "（4", "12 ", "5﹒", "\u3000６"]   # more texts that open as a label does
    texts += [rng.choice(heads) + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
              for _ in range(30000)]
    for text in texts:
        assert split_measure_label(text) == _measure_label_by_folding(text), repr(text)


def test_fold_keeps_digits_and_spaces_what_they_are():
    # what printed_class relies on: \d and \s match a character as they match its folded one
    for ch, to in _fold_chars().items():
        assert bool(re.match(r"\d", ch)) == bool(re.match(r"\d", to)), repr(ch)
        assert bool(re.match(r"\s", ch)) == bool(re.match(r"\s", to)), repr(ch)


def test_printed_class_holds_what_folds_into_the_characters():
    assert set(re.fullmatch(r"\[(.*)\]", printed_class("(")).group(1).replace("\\", "")) == {"(", "（", "﹙"}
    assert re.match(printed_class("、．"), "．") is None   # ． folds to ., which is not asked for
    assert re.match(printed_class("、．"), "﹑")


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


# --- output prose: the spaces an extraction leaves (close_cjk_gaps) ----------------

def test_a_gap_beside_an_ideograph_is_dropped_whatever_stands_across_it():
    assert close_cjk_gaps("完善联审联 办机制") == "完善联审联办机制"            # a PDF line break in a cell
    assert close_cjk_gaps("新增 3 个口袋公园，覆盖率 95% 以上") == "新增3个口袋公园，覆盖率95%以上"
    assert close_cjk_gaps("2022 年 9 月底前") == "2022年9月底前"
    assert close_cjk_gaps("建成 4G 与 5G 双网") == "建成4G与5G双网"
    assert close_cjk_gaps("改造\u3000管网，新建\u00a0泵站\t 两座") == "改造管网，新建泵站两座"
    assert close_cjk_gaps("ＰＭ２．５ 浓度 下降") == "ＰＭ２．５浓度下降"


def test_a_gap_between_ascii_words_or_beside_punctuation_stays():
    assert close_cjk_gaps("升级到 Windows 10 系统") == "升级到Windows 10系统"
    assert close_cjk_gaps("PPP 模式; BOT 模式") == "PPP模式; BOT模式"
    assert close_cjk_gaps("完成。 推进") == "完成。 推进"
    assert close_cjk_gaps("no gap here") == "no gap here"


def _table_page(cell: str, deadline: str) -> bytes:
    return ("<html><body><p>关于印发某县 2021 年重点工作 任务分工的通知</p><table>"
            "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
            f"<tr><td>1</td><td>{cell}</td><td>县住建局</td><td>县财政局</td><td>{deadline}</td></tr>"
            "<tr><td>2</td><td>建设智慧停车 平台</td><td>县公安局</td><td></td><td>长期</td></tr>"
            "</table></body></html>").encode("utf-8")


def test_measure_text_and_deadline_lose_the_extraction_spaces():
    notice = extractor.extract(_table_page("推进老旧管网改 造，新建 停车位 1200 个", "2021 年 6 月底前"),
                               name="t.html")
    assert [(m.text, m.deadline) for m in notice.measures] == [
        ("推进老旧管网改造，新建停车位1200个", "2021年6月底前"), ("建设智慧停车平台", "长期")]


def test_label_lines_of_a_pangu_copy_lose_them_and_units_keep_their_names():
    text = ("某县人民政府办公室关于印发 2022 年民生项目分工的通知\n"
            "1．新增 3 个口袋公园，绿地率达到 40% 以上。\n"
            "牵头单位：县住建局\n配合单位：县财政局、县自然资源局\n完成时限：2022 年 9 月底前\n"
            "2．建成 5G 基站 80 个。\n牵头单位：县工信局\n完成时限：2022 年 12 月\n").encode("utf-8")
    notice = extractor.extract(text, name="t.txt")
    assert [(m.text, m.deadline) for m in notice.measures] == [
        ("新增3个口袋公园，绿地率达到40%以上。", "2022年9月底前"), ("建成5G基站80个。", "2022年12月")]
    assert [a.name for a in notice.measures[0].support] == ["县财政局", "县自然资源局"]


def test_compare_key_drops_white_space_before_it_converts_so_a_spaced_word_converts_whole():
    # what header words, recipients and unit lists are compared in
    assert compare_key("序 號") == compare_key("序号") == "序号"
    assert compare_key("牽頭\u3000單位") == "牵头单位"
    # OpenCC converts some characters by the phrase they stand in: 乾隆 stays, 乾 alone is 干;
    # converted with its space, the spaced copy would read 干隆
    assert compare_key("乾 隆") == compare_key("乾隆") == "乾隆"


@pytest.mark.parametrize("text, expected", [
    ("各县区政府 （管委会）、市直各部门", "各县区政府（管委会）、市直各部门"),
    ("市发改委\u3000【牵头】", "市发改委【牵头】"),
    # a typist's curly brackets are an assignment's bracket too (brackets.ANY_OPENERS)
    ("各镇 ｛街道｝", "各镇｛街道｝"),
    ("市财政局\t{配合}", "市财政局{配合}"),
    ("市财政局 市审计局", "市财政局 市审计局"),   # a space between two names is no bracket's
])
def test_close_bracket_gaps_drops_the_space_before_any_opening_bracket(text, expected):
    assert close_bracket_gaps(text) == expected


@pytest.mark.parametrize("text", ["", "市财政局", "（牵头单位：市财政局", "A局（B局）", "A局【B局", "A（B（C）", "）A局（", "[A", "A(B"])
def test_an_unclosed_opener_is_looked_for_only_in_a_text_holding_one(text):
    """``unclosed_opener`` asks a search whether the text holds an opener before its scan (a
    generator over every character asked it before): the same answers."""
    from extractor.brackets import ANY_CLOSERS, ANY_OPENERS, unclosed_opener

    for openers, closers in ((ANY_OPENERS, ANY_CLOSERS), ("（(", "）)")):
        stack = []
        for i, ch in enumerate(text):
            if ch in openers:
                stack.append(i)
            elif ch in closers and stack:
                stack.pop()
        assert unclosed_opener(text, openers, closers) == (stack[0] if stack else None)


#: patterns built from a set of words: (module, function) printing the pattern
SET_BUILT_PATTERNS = (("extractor.text", "info_label_re"), ("extractor.parse.textcolumns", "_header_words_re"))


def _patterns(seed: str) -> str:
    import os
    import subprocess
    import sys
    env = {**os.environ, "PYTHONHASHSEED": seed}
    script = "; ".join(f"from {module} import {name}; print({name}().pattern)" for module, name in SET_BUILT_PATTERNS)
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120,
                         check=True)
    return res.stdout


def test_patterns_built_from_a_set_are_the_same_under_any_hash_seed():
    """``info_label_re`` and the text grids' header words are built from sets of words: their
    alternation is ordered longest first and then by the words themselves, never by the set's
    order, which the hash seed decides (and the cached programs, ``recache``, are kept by text)."""
    first, second = _patterns("1"), _patterns("2")
    assert first.count("\n") == len(SET_BUILT_PATTERNS) and first == second


def test_an_alternation_orders_words_of_one_length_by_the_words():
    from extractor.text import alternation
    words = ["浏览", "时间", "来源", "发布时间"]
    assert alternation(words) == alternation(words[::-1]) == alternation(set(words))
    assert alternation(words).startswith("发布时间|")


def test_the_title_and_table_title_lose_an_extractions_spaces_as_a_measures_text_does():
    """A PDF copy's heading keeps pdftotext's space before a character of another font (`2019 年…`):
    the title is prose, normalized as measures' texts and section titles are (docs/forms.md "Output text")."""
    page = ("<html><head><title>2019 年食品安全重点工作安排</title></head><body><h1>2019 年食品安全重点工作安排</h1>"
            "<p>做好 2019 年食品安全工作，现就重点工作安排如下：</p>"
            "<p>1. 实施风险评估专项行动。 完善标准管理制度。 （卫生健康委负责） 加强粮油标准制修订。 （粮食和储备局负责）</p>"
            "<p>2. 实施校园食品安全守护行动。 开展专项整治。 （市场监管总局牵头，教育部、公安部配合）</p></body></html>")
    notice = extract_raw(make_raw(page.encode("utf-8")))
    assert notice.title == "2019年食品安全重点工作安排"
