"""A problem list numbered with circled numbers (①②…) under unnumbered topic lines, a place's name right under a topic
with its problems numbered （1）（2）: the （1） form ranks ABOVE a circled number, so the topic heading the items (ranked
just above the first item under it, ``outline.Outline._take_topic_lines``) ranks alike with the problems, and the walk
up from the labels to the item the problems are steps of passed the place and stopped at the topic: the problems
became measures and the sections were lost.  A topic line heads a section, never an item's steps
(``foldsteps._steps_before``; holdout zgcircled-ruijin-2024-1, generator seed 16762)."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw

STATION = ["①市汽车站", "（1）出站口有车辆揽客；", "（2）候车室座椅破损。", "责任单位：市交通运输局", "整改时限：10天"]
STREET = ["②背街小巷路面坑洼，雨后积水。", "责任单位：市住建局", "整改时限：30天"]
MARKET = ["③农贸市场", "（1）水产区污水外溢；", "（2）摊位跨门经营。", "责任单位：市市场监管局", "整改时限：立行立改"]
BANKS = ["④银行网点便民设施缺失。", "责任单位：市金融办", "整改时限：15天"]
HALL = ["⑤市政务服务中心", "（1）未设老年人绿色通道；", "（2）咨询台无人在岗。", "责任单位：市行政审批局", "整改时限：10天"]


def parsed(lines: list[str]):
    text = "\n".join(["某市创建文明城市实地测评问题整改清单"] + lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def test_a_place_right_under_a_topic_keeps_its_problems_and_the_topic_heads_it():
    result = parsed(["市容环境整治。", *STATION, *STREET, "公共秩序管理。", *MARKET, *BANKS, "窗口服务提升。", *HALL])
    assert [(m.measure_no, m.section.title if m.section else None) for m in result.measures] == [
        (1, "市容环境整治。"), (2, "市容环境整治。"), (3, "公共秩序管理。"), (4, "公共秩序管理。"), (5, "窗口服务提升。")]
    assert result.measures[0].text == "市汽车站（1）出站口有车辆揽客；（2）候车室座椅破损。"
    assert result.measures[2].text == "农贸市场（1）水产区污水外溢；（2）摊位跨门经营。"


def test_a_place_under_an_item_reads_as_before():
    result = parsed(["市容环境整治。", *STREET, *STATION, "公共秩序管理。", *BANKS, *MARKET])
    assert [m.text for m in result.measures] == [
        "背街小巷路面坑洼，雨后积水。", "市汽车站（1）出站口有车辆揽客；（2）候车室座椅破损。",
        "银行网点便民设施缺失。", "农贸市场（1）水产区污水外溢；（2）摊位跨门经营。"]
    assert len(result.measures) == 4
