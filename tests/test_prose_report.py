"""A prose sentence whose assignment runs on into a report of what was done (parse/proseassign.py ``_before_report``;
holdout thiswork-guowuyuan-2017-1, batch 111: a news item printing each of the 2016 《政府工作报告》's targets and then
``这项工作由X负责，去年…增长6.7%。``; before, the report clause made the sentence wording and the page gave no row).
The clauses from the first that opens with a report's words (``[decided] report_openers``: 已, 目前, 截至, 去年, 上年)
to the sentence's end are no role, deadline or text.  Written by hand."""
from extractor.parse.proseassign import split_prose


def _split(text):
    rest, found = split_prose(text)
    return rest, (found.lead if found else None), (found.support if found else None), (found.deadline if found else None)


def test_a_result_clause_after_the_responsible_unit_is_cut():
    assert _split("国内生产总值增长6.5%—7%。这项工作由国家发展改革委负责，去年国内生产总值增长6.7%。") == (
        "国内生产总值增长6.5%—7%。", ("国家发展改革委",), (), None)


def test_traditional_and_every_clause_after_the_report_go():
    assert _split("城鎮新增就業1000萬人以上。這項工作由人力資源社會保障部負責，去年全國城鎮新增就業1314萬人，為目標的131.4%。") == (
        "城鎮新增就業1000萬人以上。", ("人力資源社會保障部",), (), None)


def test_roles_and_a_deadline_before_the_report_stay():
    assert _split("建设10个口袋公园。此项工作由市住建局牵头，市城管局配合，年底前完成，目前已完成6个。") == (
        "建设10个口袋公园。", ("市住建局",), ("市城管局",), "年底前完成")


def test_a_report_opening_the_sentence_is_no_assignment():
    # the report's words must follow an assignment clause: a sentence of them alone is wording
    text = "推进老旧小区改造。去年由市住建局负责，完成改造20个。"
    assert split_prose(text)[1] is None


def test_other_wording_after_the_unit_still_makes_the_sentence_wording():
    # a clause naming another party's duty is no report: the sentence stays wording (docs/parsing.md)
    text = "修建乡村道路。该项目由县住建局负责组织实施，各乡镇要做好征地保障。"
    assert split_prose(text)[1] is None
