"""Full-width angle brackets (＜＞, U+FF1C/U+FF1E) around a group's places are brackets as the ASCII ones a page
types for them are (brackets.OPENERS): 各县＜市、区＞人民政府 stays one name when its list is cut at its 、 or its ，
(holdout commarule-yunfu: 云浮's 2019 plan printed its county group so; before, the group was cut into 各县＜市 and
区＞人民政府)."""
from extractor.brackets import ANY_CLOSERS, ANY_OPENERS, matching_bracket, split_outside_brackets
from extractor.parse.inline import parse_bracket


def test_fullwidth_angle_brackets_are_brackets():
    assert "＜" in ANY_OPENERS and "＞" in ANY_CLOSERS
    text = "各县＜市、区＞人民政府"
    assert matching_bracket(text, text.index("＜")) == text.index("＞")


def test_a_list_is_not_cut_inside_them():
    assert split_outside_brackets("市委农办、各县＜市、区＞人民政府", "、") == ["市委农办", "各县＜市、区＞人民政府"]


def test_a_comma_parted_bare_list_keeps_the_group_whole():
    found = parse_bracket("市教育局，市委农办，各县＜市、区＞人民政府")
    assert found is not None and found.form == "inline-list"
    names = [n for cell in (*found.lead, *found.support) for n in split_outside_brackets(cell, "，、")]
    assert names == ["市教育局", "市委农办", "各县＜市、区＞人民政府"]
