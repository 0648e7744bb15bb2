"""A line opening with a year and closing with a colon is no recipients line (session 68, fix68).

A news item reporting how a report's targets were met leads in to them with a sentence of that year
(`2016年是…的开局之年，报告提出的…目标，完成情况良好：`); with no letter over it the line was read as the page's
recipients, three pieces of a sentence (holdout thiswork-guowuyuan).  A letter's recipients line names bodies.
"""
from extractor.layout.letterlines import may_be_recipients_line


def test_a_sentence_of_a_year_is_no_recipients_line():
    assert not may_be_recipients_line("2016年是全面建成小康社会决胜阶段的开局之年，报告提出的一系列主要预期目标，完成情况良好：")


def test_a_letters_recipients_line_still_is_one():
    assert may_be_recipients_line("各县（市、区）人民政府，市政府各部门：")


def test_a_units_duties_after_its_colon_are_no_recipients():
    """colonpage-guangzhou: a list of duties by unit, one line naming two units (`A、B：负责保障…`)."""
    from extractor.layout.recipients import run_in_recipients
    assert run_in_recipients("市电信局、广东移动通信有限公司广州分公司：负责保障通信畅通。") is None
    assert run_in_recipients("各镇人民政府、街道办事处，区政府各部门：为全面落实…，现通知如下。") is not None
