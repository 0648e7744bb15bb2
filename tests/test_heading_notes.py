"""A numbered heading printing its items' count and its leaders after its name (``一、X（1项）（牵头领导：…）``):
both brackets are notes, so the heading is a topic over the one unnumbered item under it
(headlines.without_heading_note; blindsynth seed 11509)."""
import pytest

from extractor import extract
from extractor.parse.headlines import is_topic_line, without_heading_note


@pytest.mark.parametrize("heading", ["加强生态环境保护（1项）（牵头领导：赵磊）", "加强生态环境保护（牵头领导：赵磊）（1项）",
                                     "加强生态环境保护（1项）", "加强生态环境保护（牵头领导：赵磊、李明）"])
def test_a_count_and_the_leaders_both_go(heading):
    assert without_heading_note(heading) == "加强生态环境保护"
    assert is_topic_line(heading)


def test_a_bracket_naming_units_stays():
    assert without_heading_note("加强生态环境保护（1项）（区财政局）") == "加强生态环境保护（1项）（区财政局）"


PAGE = ("某区人民政府办公室关于印发某区2019年重点任务分解表的通知\n"
        "各街道办事处，区政府各部门：\n"
        "现将《某区2019年重点任务分解表》印发给你们，请认真贯彻落实。\n"
        "某区人民政府办公室\n"
        "2019年3月17日\n"
        "某区2019年重点任务分解表\n"
        "一、加强生态环境保护（1项）（牵头领导：赵磊）\n"
        "推进河道整治，新建污水管网20公里。（区水利局负责）\n"
        "二、扩大有效投资（1项）（牵头领导：王建华）\n"
        "推进重点项目建设，完成投资10亿元。（区发展改革局牵头，区财政局配合）\n")


def test_sections_of_one_unnumbered_item_under_counted_and_led_headings():
    notice = extract(PAGE.encode("utf-8"))
    assert [(s.label, s.title) for s in notice.sections] == [
        ("一、", "加强生态环境保护（1项）（牵头领导：赵磊）"), ("二、", "扩大有效投资（1项）（牵头领导：王建华）")]
    assert [(m.section_no, m.text) for m in notice.measures] == [
        (1, "推进河道整治，新建污水管网20公里。"), (2, "推进重点项目建设，完成投资10亿元。")]
    assert [a.name for a in notice.measures[1].lead] == ["区发展改革局"]
