"""A one-line copy whose list prints dash topics between its items (``…（…）——深化重点领域改革4．…``) and over its first
item after the list's title (``…任务清单——扩大有效投资1．…``): each topic is cut off the item or the title before it,
a line of its own as the copy with its breaks prints it (dashruns.dash_topic_joints; blindsynth seed 12597, session 54)."""
from extractor.engine.extract import extract
from extractor.parse.dashruns import dash_topic_joints
from extractor.parse.runon import split_run_on

LETTER = ("某政办〔2020〕91号关于印发某某市2020年民生实事项目任务清单的通知各县（市、区）人民政府，市政府各部门："
          "《某某市2020年民生实事项目任务清单》已经市政府同意，现印发给你们，请认真贯彻落实。某某市人民政府办公室2020年4月13日"
          "附件某某市2020年民生实事项目任务清单")
ITEMS = ("——扩大有效投资1．开展大气污染防治攻坚，PM2.5平均浓度下降6%。（牵头单位：市发展和改革委员会；配合单位：市财政局）"
         "2．推进城乡污水管网建设，新建管网47公里。（牵头单位：市水利局）——深化重点领域改革"
         "3．扩大对外贸易，全年进出口总额增长6%。（牵头单位：市商务局；配合单位：市司法局）——加强生态环境保护"
         "4．完成交通干线提升改造40公里，打通断头路40条。（牵头单位：市交通运输局）")


def test_dash_topics_run_on_are_lines_of_their_own():
    lines = split_run_on(LETTER + ITEMS)
    at = lines.index("附件某某市2020年民生实事项目任务清单")
    assert lines[at + 1:] == [
        "——扩大有效投资", lines[at + 2], lines[at + 3], "——深化重点领域改革", lines[at + 5], "——加强生态环境保护", lines[at + 7]]
    assert [line[:2] for line in lines[at + 2:] if not line.startswith("——")] == ["1．", "2．", "3．", "4．"]
    notice = extract((LETTER + ITEMS).encode("utf-8"))
    assert notice.table_title == "某某市2020年民生实事项目任务清单"
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 1), (3, 2), (4, 3)]
    assert [s.title for s in notice.sections] == ["扩大有效投资", "深化重点领域改革", "加强生态环境保护"]


def test_one_dash_phrase_alone_cuts_nothing():
    """One item closing with a dash phrase is not the list's topics: fewer than the outline's ``MIN_TOPIC_LINES``;
    nor is a title's subtitle after a dash where no item's part closes with a topic."""
    items = ["1．推进甲工作。（牵头单位：市水利局）——深化重点领域改革", "2．推进乙工作。（牵头单位：市商务局）"]
    assert dash_topic_joints("某市2020年重点任务清单", items) == {}
    assert dash_topic_joints("某市2020年重点任务清单——扩大有效投资", items[1:]) == {}
    assert dash_topic_joints("某市2020年重点任务清单——扩大有效投资", items) == {-1: {13}, 0: {19}}
    assert dash_topic_joints("某市2020年重点任务清单", [items[0], items[0]]) == {0: {19}, 1: {19}}
    assert dash_topic_joints("", ["1．推进甲工作——深化重点领域改革", "2．推进乙工作——深化重点领域改革"]) == {}   # no item's close
