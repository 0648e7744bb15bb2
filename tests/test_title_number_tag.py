"""A title line closed by the notice's doc number in brackets (…的通知【某府办〔2023〕4号】), and a
portal's link line to the policy's explainer under it (点击查看政策解读…): neither is part of the title.

Written for holdout batch 27's district decision list, in other words and for other places
(docs/parsing.md, "A title line closed by its doc number").
"""
from __future__ import annotations

import pytest

from test_metadata import meta_of

TITLE = "青溪区人民政府办公室关于印发青溪区2023年度重大行政决策事项目录的通知"
LETTER = ("{head}\n各镇人民政府、街道办事处，区府直属各单位：\n现将目录印发给你们，请认真组织实施。\n"
          "青溪区人民政府办公室\n2023年3月9日\n")


@pytest.mark.parametrize("number", ["【青府办〔2023〕4号】", "（青府办〔2023〕4号）", "[青府办〔2023〕4号]",
                                    " 【青府办〔2023〕4号】"])
def test_a_doc_number_in_brackets_closing_the_title_line_is_no_part_of_it(number):
    m = meta_of(LETTER.format(head=TITLE + number))
    assert m.title == TITLE
    assert m.doc_number == "青府办〔2023〕4号"


@pytest.mark.parametrize("number,printed", [("（青府办[2023]4号）", "青府办[2023]4号"), ("(青府办［2023］4号)", "青府办［2023］4号")])
def test_a_number_whose_year_prints_in_square_brackets_inside_round_ones_is_no_part_of_it(number, printed):
    # a mirror's copy prints 〔〕 as [] inside the round bracket (…的通知（国土资发[2017]83号）: holdout
    # splitdash-guotuziyuanbu-2017-83): each bracket pair excludes only its own marks
    m = meta_of(LETTER.format(head=TITLE + number))
    assert m.title == TITLE
    assert m.doc_number == printed


def test_a_closing_bracket_holding_no_number_stays_in_the_title():
    assert meta_of(LETTER.format(head=TITLE + "（第[2]批）")).title == TITLE + "（第[2]批）"


def test_a_link_line_to_the_policy_explainer_under_the_title_is_no_part_of_it():
    head = TITLE + "【青府办〔2023〕4号】\n点击查看政策解读说明：青溪区2023年度重大行政决策事项目录政策解读"
    m = meta_of(LETTER.format(head=head))
    assert m.title == TITLE
    # a title that lost its kind of document stops at the link line too, the number aside
    cut = "青溪区人民政府办公室关于印发青溪区2023年度重大行政决策事项目录的"
    assert meta_of(LETTER.format(head=cut + "\n点击查看政策解读：某解读")).title == cut


@pytest.mark.parametrize("title", [
    # a number quoted inside the title (the document it forwards), the title's own kind after it
    "关于转发市政府办公室《某事实施方案》（某政办〔2022〕8号）的通知",
    # a bracket closing the title that holds no doc number
    "青溪区人民政府关于公布2023年度重大行政决策事项目录的通知（第二批）",
])
def test_brackets_that_are_no_closing_doc_number_stay(title):
    assert meta_of(LETTER.format(head=title)).title == title
