"""Text after an item's closing bracket (tests/fixtures/README.md "Text after an item's closing bracket";
extractor/parse/brackettail.py): a deadline, a note of reading or a mark printed after the bracket no longer hides it."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.brackettail import split_tailed
from extractor.parse.forms import parse_body
from extractor.parse.inline import parse_bracket, split_assignment
from extractor.source.decode import decode_bytes

from conftest import make_raw

TASK = "加快建设松山湖科学城，推动重大科技设施落地。"
VERBS = "（市发展改革局牵头，市科技局配合）"


@pytest.mark.parametrize("tail,text,deadline", [
    ("2019年底前", TASK, "2019年底前"),
    ("2019年底前。", TASK, "2019年底前"),
    ("2019年12月底前完成。", TASK, "2019年12月底前完成"),
    ("长期坚持", TASK, "长期坚持"),
    ("持续推进", TASK, "持续推进"),
    ("完成时限：2019年底", TASK, "2019年底"),
    ("（2019年9月底前）", TASK, "2019年9月底前"),
    ("（完成时限：2019年底）", TASK, "2019年底"),
    ("（长期坚持）", TASK, "长期坚持"),
    ("下同", TASK, None),
    ("★", TASK + "★", None),
], ids=["bare", "bare-stop", "verb-stop", "ongoing", "ongoing-2", "labelled", "bracket", "bracket-labelled",
        "bracket-ongoing", "note", "mark"])
def test_the_tail_after_a_verb_bracket(tail, text, deadline):
    rest, found = split_assignment(TASK + VERBS + tail)
    assert (rest, found.lead, found.support, found.deadline) == (text, ("市发展改革局",), ("市科技局",), deadline)


def test_a_label_bracket_and_a_bare_list_after_the_stop_take_their_tail_too():
    rest, found = split_assignment(TASK + "（牵头单位：市发展改革局；配合单位：市科技局）2019年底前")
    assert (rest, found.lead, found.support, found.deadline) == (TASK, ("市发展改革局",), ("市科技局",), "2019年底前")
    rest, found = split_assignment(TASK + "（市发展改革局、市科技局）长期坚持")
    assert (rest, found.form, found.deadline) == (TASK, "inline-list", "长期坚持")


def test_a_stop_printed_only_after_the_tail_closes_the_text():
    rest, found = split_assignment("加快建设松山湖科学城（市发展改革局牵头）2019年底前完成。")
    assert (rest, found.lead, found.deadline) == ("加快建设松山湖科学城。", ("市发展改革局",), "2019年底前完成")


def test_the_brackets_own_deadline_comes_first():
    _rest, found = split_assignment(TASK + "（市发展改革局牵头，2019年6月底前启动）2019年底前完成")
    assert found.deadline == "2019年6月底前启动，2019年底前完成"


@pytest.mark.parametrize("text", [
    "建设文化设施（含市图书馆）2019年底前完成。",          # a bare list inside the sentence: wording
    "建设文化设施（含市图书馆、市博物馆）2019年底前完成。",
    TASK + VERBS + "各镇街要抓好落实。",                      # a sentence after the bracket
    TASK + VERBS + "每月报送进展情况",                        # a rhythm of reports, no deadline
    TASK + VERBS + "2019年底前完成，确保投入使用",             # two clauses: a sentence
    TASK + VERBS + "2．实施技术改造。",                        # the next item run on
    TASK + "（2019年底前）",                                   # a deadline bracket with no unit bracket before it
    "（市发展改革局牵头）2019年底前",                          # a bracket with no text before it
])
def test_what_the_rule_leaves_alone(text):
    assert split_tailed(text, parse_bracket) is None


def test_a_closing_bracket_with_nothing_after_it_reads_as_before():
    rest, found = split_assignment(TASK + VERBS)
    assert (rest, found.lead, found.deadline) == (TASK, ("市发展改革局",), None)


def parsed(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


LETTER = ["东莞市人民政府办公室关于印发2019年重点工作任务分工的通知", "各镇人民政府（街道办事处），市府直属各单位：",
          "现将《2019年重点工作任务分工》印发给你们，请认真贯彻落实。", "东莞市人民政府办公室", "2019年3月1日",
          "2019年重点工作任务分工", "一、推进产业升级"]
ITEMS = ["1．" + TASK + VERBS + "2019年底前",
         "2．实施工业企业技术改造。（市工业和信息化局牵头，市财政局配合）（2019年9月底前）",
         "3．优化营商环境。（市政务服务数据管理局牵头）长期坚持",
         "4．完善公交线网。（市交通运输局牵头）"]
ROWS = [(1, TASK, ("市发展改革局",), ("市科技局",), "2019年底前"),
        (2, "实施工业企业技术改造。", ("市工业和信息化局",), ("市财政局",), "2019年9月底前"),
        (3, "优化营商环境。", ("市政务服务数据管理局",), (), "长期坚持"),
        (4, "完善公交线网。", ("市交通运输局",), (), None)]


@pytest.mark.parametrize("joint", ["\n", ""], ids=["lines", "one-line"])
def test_a_notice_of_such_items(joint):
    """Each item keeps its own units: before, items 1 and 3 were dropped ("name no unit") and item 2, its deadline
    bracket read as a unit-less part, took item 4's units."""
    notice = parsed("\n".join(LETTER) + "\n" + joint.join(ITEMS))
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in notice.measures] == ROWS
