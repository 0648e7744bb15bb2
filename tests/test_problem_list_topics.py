"""Problem lists whose items stand under unnumbered topic lines (``改善城市容貌。`` / ``1.县汽车站`` / ``（1）…；`` /
``（2）…。`` / ``责任单位：X``, or ``——市容环境卫生`` over the same): a topic right over a place's name over its
problems stands over a measure (``foldsteps.heads_place_problems``), so the topics head their items as topic lines
between measures do (holdout zgtopics-ningyuan-2023-1 and zgdash-changde-2022-1; generator session 57 cause 4,
seeds 1957, 2766, 3974: before, a topic over a place counted for nothing, and with too few left every section was
lost or the first one was)."""
from extractor.layout.locate import locate_content
from extractor.parse.assign import Assignment
from extractor.parse.foldsteps import heads_place_problems
from extractor.parse.forms import parse_body
from extractor.parse.items import Item
from extractor.source.decode import decode_bytes

from conftest import make_raw

PLACE = ["1.县汽车站", "（1）站前广场有占道经营摊点；", "（2）候车厅垃圾桶满溢。", "责任单位：县交通运输局", "整改时限：10天"]
SENTENCE = ["2.部分人行道砖破损，盲道被占用。", "责任单位：县住建局", "整改时限：立行立改"]
MARKET = ["3.城南农贸市场", "（1）生鲜区地面积水；", "（2）公平秤标识不清。", "责任单位：县市场监管局", "整改时限：15天"]
LAST = ["4.县政务服务中心", "（1）办事指南未及时更新；", "（2）无障碍卫生间堆放杂物。", "责任单位：县政务服务中心", "整改时限：30天"]


def parsed(lines: list[str]):
    text = "\n".join(["某县创建文明县城实地测评问题整改清单"] + lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def sections(result):
    return [(m.measure_no, m.section.title if m.section else None) for m in result.measures]


def test_topic_lines_closing_with_a_stop_over_places_head_their_items():
    result = parsed(["改善城市容貌。", *PLACE, *SENTENCE, "规范市场秩序。", *MARKET, "提升窗口服务。", *LAST])
    assert sections(result) == [(1, "改善城市容貌。"), (2, "改善城市容貌。"), (3, "规范市场秩序。"), (4, "提升窗口服务。")]
    assert result.measures[0].text == "县汽车站（1）站前广场有占道经营摊点；（2）候车厅垃圾桶满溢。"


def test_dash_topics_over_places_head_their_items_and_stay_out_of_the_text():
    result = parsed(["——市容环境卫生", *PLACE, *SENTENCE, "——农贸市场管理", *MARKET, "——窗口服务", *LAST])
    assert sections(result) == [(1, "市容环境卫生"), (2, "市容环境卫生"), (3, "农贸市场管理"), (4, "窗口服务")]
    assert result.measures[1].text == "部分人行道砖破损，盲道被占用。"


def test_heads_place_problems_asks_for_a_place_its_steps_and_their_labels():
    def item(kind, rank, no, text):
        return Item(kind, rank, no, f"{no}.", text)

    labels = Assignment(lead=("县交通运输局",), form="labelled")
    place = [item("num", 6, 1, "县汽车站"), item("pnum", 8, 1, "站前广场有占道经营摊点；"),
             item("pnum", 8, 2, "候车厅垃圾桶满溢。")]
    assert heads_place_problems([*place, labels], 0)
    task = [item("num", 6, 1, "完善应急预案体系"), *place[1:]]
    assert not heads_place_problems([*task, labels], 0)      # a task's phrase names no place
    assert not heads_place_problems([*place, item("num", 6, 2, "县人民医院"), labels], 0)   # no labels close it
    assert not heads_place_problems([place[0], labels], 0)   # no steps: opens_measure's own case
