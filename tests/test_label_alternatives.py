"""A role word printed with its unit noun's alternative in brackets (``责任科室（单位）：``) and a 创建 list's ``创建目标``
text label (holdout targetlabel-unplaced, batch 125)."""
from pathlib import Path

from extractor.parse.labels import find_labels


def test_a_unit_nouns_alternative_in_brackets_is_the_same_label():
    found = find_labels("责任科室（单位）：县总医院、县妇幼保健院")
    assert [(role, value) for role, _, value in found][:1] == [("responsible", "县总医院、县妇幼保健院")]


def test_a_bracket_after_a_role_word_that_names_no_unit_noun_makes_no_label():
    assert find_labels("牵头单位（市甲局）负责做好") == []
    assert find_labels("责任单位（县甲局）：县乙局") == []


def test_a_campaign_lists_targets_are_the_items_text(tmp_path, resolver):
    from extractor.engine.pipeline import extract_file
    page = tmp_path / "t.txt"
    page.write_text("某县某某创建实施方案\n一、工作任务\n1.开展市容环境整治\n（2）创建目标：对医院公厕进行整治提升\n"
                    "责任科室（单位）：县总医院、县妇幼保健院\n（3）创建目标：对公共场所的不文明行为进行整治。\n"
                    "责任科室（单位）：县总医院\n", encoding="utf-8")
    rows = [(m.text, [u.name for u in m.lead]) for m in extract_file(Path(page), resolver).measures]
    assert rows == [("对医院公厕进行整治提升", ["县总医院", "县妇幼保健院"]), ("对公共场所的不文明行为进行整治。", ["县总医院"])]
