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


def test_a_dash_topic_after_an_item_s_label_lines_is_cut_off_the_label_s_value():
    """A labelled list run into one line prints the dash topic right after the last label's value
    (``…整改时限：立行立改——病媒生物防制``): the labels close the item as a sentence's end would (holdout
    zgdash-changde-2022-1's one-line copy, session 60: before, the topic ran into the deadline and every section was lost)."""
    items = ["1．甲路农贸市场占道经营。责任单位：某区人民政府整改时限：10天——病媒生物防制",
             "2．部分餐饮单位防鼠设施缺失。责任单位：市市场监管局整改时限：15天——公共场所控烟",
             "3．部分网吧未落实禁烟措施。责任单位：市公安局整改时限：10天"]
    assert dash_topic_joints("某市暗访发现问题交办清单——市容环境卫生", items) == {
        -1: {12}, 0: {items[0].index("——")}, 1: {items[1].index("——")}}
    assert items[0].index("——") == 32
    # a dash inside a label's value that heads no topic (a range of dates) cuts nothing
    assert dash_topic_joints("", ["1．推进甲工作。完成时限：2023年——2025年", "2．推进乙工作。完成时限：2023年——2025年"]) == {}
