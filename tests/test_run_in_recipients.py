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


def test_recipients_run_on_after_the_notices_bracketed_doc_number():
    """A copy that lost its line breaks runs the title, a law database's attribute list, the title again, the notice's
    doc number in brackets and the recipients into one paragraph (holdout cramped-tonghua, session 58: before, no
    recipients); a bare district before another district's government shares it."""
    head = ["某市人民政府关于印发某市2015年创建卫生城市实施方案的通知【发文字号】某市政明电[2015]7号【发布日期】2015.08.10"
            "某市人民政府关于印发某市2015年创建卫生城市实施方案的通知（某市政明电【2015】7号）"
            "东区、西区人民政府，某某高新区管委会，市政府有关部门、有关直属单位：现将方案印发给你们，请认真组织实施。"]
    at = recipients_index(head)
    assert at == 0
    assert read_recipients(head, at) == ("东区、西区人民政府", "某某高新区管委会", "市政府有关部门", "有关直属单位")


@pytest.mark.parametrize("text,expected", [
    ("东昌区、二道江区人民政府", ("东昌区、二道江区人民政府",)),     # two districts' governments: one recipient
    ("某某新区、某某高新区管委会", ("某某新区", "某某高新区管委会")),   # a zone by its name: a body of its own
    ("某某开发区、某某区人民政府", ("某某开发区", "某某区人民政府")),   # a zone before a district's government
    ("东昌区、市政府各部门", ("东昌区", "市政府各部门")),               # not a government after it
])
def test_a_bare_district_shares_only_a_district_government(text, expected):
    from extractor.layout.recipients import split_recipients
    assert split_recipients(text) == expected


def test_a_doc_number_after_an_attribute_label_yields_to_the_notices_own_printing():
    """The law database's 【发文字号】 writes its own brackets; the notice prints the number again after its title, as
    the notice prints it (holdout cramped-tonghua: before, 通市政明电[2015]7号)."""
    from extractor.layout.docnumber import find_doc_number
    from extractor.text import vocab
    line = ("关于印发某方案的通知【法规类别】卫生综合规定【发文字号】某市政明电[2015]7号【发布部门】某市政府"
            "关于印发某方案的通知（某市政明电【2015】7号）各区人民政府：")
    assert find_doc_number([line], {}, vocab()["metadata"]) == "某市政明电【2015】7号"
    # printed once, after the label: that one
    assert find_doc_number(["【发文字号】某市政明电[2015]7号【发布部门】某市政府"], {}, vocab()["metadata"]) == "某市政明电[2015]7号"
    # another number after the label's: a different document, the first stands
    assert find_doc_number(["【发文字号】某市政明电[2015]7号（某市政明电【2015】8号）"], {}, vocab()["metadata"]) == "某市政明电[2015]7号"


def test_a_piece_opening_with_its_own_ge_is_a_recipient_of_its_own():
    # holdout banfarea-etuokeqianqi-2019-1 (batch 128): 各镇、各嘎查村 are two groups, each 各 its own; a bare level
    # before a place and its body still shares it
    from extractor.layout.recipients import split_recipients as split
    assert split("各镇、各嘎查村、广大农牧民") == ("各镇", "各嘎查村", "广大农牧民")
    assert split("县、市、区人民政府") == ("县、市、区人民政府",)
    assert split("有关州、市人民政府") == ("有关州、市人民政府",)
