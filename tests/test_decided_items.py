"""Items a meeting decided, reported on one paragraph each (parse/decided.py): tests/fixtures/README.md
"Decided items reported on, one paragraph each", batch 98 (holdout decidedreport-xunyang-2018-4)."""
from extractor import extract
from extractor.parse.decided import after_topic, cut_report
from extractor.parse.inline import split_assignment, split_leading


def _rows(notice):
    return [(m.measure_no, m.section_no, m.text, [u.name for u in m.lead], [u.name for u in m.support], m.deadline)
            for m in notice.measures]


# an Assignment holds each role's unit lists as printed (split into names later, by the agencies stage)


def test_a_report_sentence_after_a_decided_item_is_no_text():
    text, found = split_assignment("由县发改局、财政局负责，修订项目前期经费办法。已印发《某某办法》，各单位已申报。")
    assert text == "修订项目前期经费办法。" and found.lead == ("县发改局、财政局",)


def test_a_day_and_what_was_done_opens_the_report():
    assert cut_report("抓紧核实名册，按程序兑付到户。5月18日，补助资金已拨付到各镇。") == "抓紧核实名册，按程序兑付到户。"
    assert cut_report("核实名册。截至5月25日，已完成6个。") == "核实名册。"


def test_a_second_sentence_of_the_task_stays():
    # lanzhou's items go on after their opening clauses with more of the task: no report word opens it
    text = "抓紧完善项目前期手续。同时加快在建管网工程进度，确保供暖季前投入使用。"
    assert cut_report(text) == text
    # a report word in the first sentence is the decided item's own wording
    assert cut_report("已建成项目要加强管护。") == "已建成项目要加强管护。"


def test_a_topic_then_an_opening_clause():
    text, found = after_topic("关于农村危房补助兑付问题，由县财政局、住建局负责，抓紧核实名册。已兑付完毕。",
                              split_leading)
    assert text == "关于农村危房补助兑付问题，抓紧核实名册。" and found.lead == ("县财政局、住建局",)
    text, found = after_topic("《某县停车场管理办法》，由县住建局负责，修改完善后提请县政府审定。待再次审议。",
                              split_leading)
    assert text == "《某县停车场管理办法》，修改完善后提请县政府审定。" and found.lead == ("县住建局",)


def test_units_as_the_subject_of_yao_after_a_topic_lead_and_the_sentence_stays():
    text, found = after_topic("关于城区公交站点调整问题，县交通运输局、住建局要统筹做好站点迁移。已完成8处。",
                              split_leading)
    assert text == "关于城区公交站点调整问题，县交通运输局、住建局要统筹做好站点迁移。"
    assert found.lead == ("县交通运输局、住建局",) and found.support == ()


def test_no_topic_or_no_units_gives_nothing():
    for text in ("关于加强管理的问题，各单位要高度重视。", "加快推进某某工程建设。", "《某某办法》的宣传解读工作要抓紧。"):
        assert after_topic(text, split_leading) == (text, None)


def test_a_report_on_decided_items_end_to_end():
    page = ("2018年5月4日，县政府第4次常务会议，议定事项3件。现将有关情况通报如下：\n"
            "一、已落实事项（1件）\n"
            "1.由县发改局、财政局负责，制定前期工作经费使用办法。已印发实施。\n"
            "二、正在落实事项（2件）\n"
            "1.由县发改局牵头，县统计局配合，拟定营商环境考核办法。已形成初稿。\n"
            "2、关于县城供水管网改造问题，由县水利局负责，抓紧完成改造方案编制。目前方案已编制完成。\n")
    notice = extract(page.encode("utf-8"), name="p.txt")
    assert _rows(notice) == [
        (1, 1, "制定前期工作经费使用办法。", ["县发改局", "财政局"], [], None),
        (1, 2, "拟定营商环境考核办法。", ["县发改局"], ["县统计局"], None),
        (2, 2, "关于县城供水管网改造问题，抓紧完成改造方案编制。", ["县水利局"], [], None)]
