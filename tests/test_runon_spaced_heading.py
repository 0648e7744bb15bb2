"""A part heading run on after an item's closing assignment bracket, its label printed as a numeral and a space
(``…（A、B负责） 二 强化知识产权保护``), is cut off the item as the heading's own line (``runon.spaced_heading_joints``;
holdout runonplan-guozhi-2023-1, batch 119: a converter's copy of the 2023 知识产权强国 plan run into one paragraph;
before, the heading stayed on the item after its bracket, the bracket closed nothing and the item gave no row)."""
from extractor.parse.runon import spaced_heading_joints, split_run_on


LINE = ("推进计划 一 完善制度 （一）完善法规 1.推动专利法实施细则修改落地。（国家知识产权局负责） "
        "2.推进反不正当竞争法配套规章修改。（市场监管总局、国家知识产权局负责） 二 强化知识产权保护 "
        "（二）加强司法保护 3.完善技术调查官制度。（最高人民法院负责）")


def test_the_heading_after_an_items_bracket_is_a_line_of_its_own():
    lines = split_run_on(LINE)
    assert "二 强化知识产权保护" in lines
    assert "2.推进反不正当竞争法配套规章修改。（市场监管总局、国家知识产权局负责）" in lines


def test_the_joint_stands_after_the_bracket_and_its_space():
    part = "6.完善评议机制。（国家发展改革委、国家知识产权局负责） 二 强化知识产权保护"
    assert spaced_heading_joints(part) == {part.index("二 强化")}
    traditional = "6.完善評議機制。（國家發展改革委、國家知識產權局負責） 二 強化知識產權保護"
    assert spaced_heading_joints(traditional) == {traditional.index("二 強化")}


def test_no_joint_without_an_assignment_bracket_or_a_spaced_numeral():
    assert spaced_heading_joints("6.完善评议机制（2023年） 二 强化知识产权保护") == set()   # a year's bracket
    assert spaced_heading_joints("6.完善评议机制。（国家知识产权局负责） 二是强化保护") == set()   # no space after 二
    assert spaced_heading_joints("6.完善评议机制。（国家知识产权局负责）二 强化保护") == set()   # no break before it
    assert spaced_heading_joints("6.完善评议机制。（国家知识产权局负责） 二 强化保护，加快推进。") == set()   # a sentence
    assert spaced_heading_joints("6.完善评议机制。（国家知识产权局负责）") == set()
