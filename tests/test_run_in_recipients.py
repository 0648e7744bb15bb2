"""A recipients line whose colon runs on into the letter's first sentence with no break (a document site's text of a
district's 2011 notice: ``各镇人民政府、街道办事处，区政府各部门、各直属单位：为全面落实…``) still names the recipients
(holdout docsite-zhenhai, batch 57: before, the notice had none)."""
import pytest

from extractor.layout.recipients import read_recipients, recipients_index, run_in_recipients


def test_the_recipients_before_the_colon_are_read():
    head = ["镇政办发〔2011〕15号", "关于印发区政府工作报告任务分解的通知",
            "各镇人民政府、街道办事处，区政府各部门、各直属单位：为全面落实年度任务，现将任务分解印发给你们。",
            "二〇一一年三月七日"]
    at = recipients_index(head)
    assert at == 2
    assert read_recipients(head, at) == ("各镇人民政府", "街道办事处", "区政府各部门", "各直属单位")


@pytest.mark.parametrize("line", [
    "为进一步做好工作，现通知如下：一是加强领导。",   # a sentence's lead-in
    "各乡镇人民政府：现将方案印发给你们。",          # one recipient only: too little to tell
    "牵头单位：市发改委、市财政局",                  # a label line
    "附件：工作方案",
    "(2)市民政局、市科学技术局：推进城乡污水管网建设。",   # an item of the list, its units before the colon
    "一、市发改委、市财政局：负责项目审批。",               # a section opening with its units
])
def test_a_line_that_names_no_recipients_before_its_colon_is_none(line):
    assert run_in_recipients(line) is None


def test_a_numbered_unit_led_item_under_the_title_is_no_recipients_line():
    """blindsynth 12321 (the coordinator's kept-back seeds, session 53): a list of unit-led items right under a title in
    《》; the second item named two units before its colon and was read as the letter's recipients, which took the
    title and the notice's place with it."""
    head = ["《某市2024年优化营商环境重点任务清单》",
            "(1)市科学技术局：负责建设示范村。",
            "(2)市民政局、市科学技术局：推进城乡污水管网建设。",
            "(3)市财政局：指导水库除险加固。"]
    assert recipients_index(head) is None
