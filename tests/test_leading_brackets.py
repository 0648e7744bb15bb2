"""An item's closing bracket a copy moved to the head of the next paragraph (``inline.return_leading_brackets``).

A document site's copy whose line breaks were lost prints each item as a paragraph and its bracket
``（责任单位：X）`` opening the next one, run into the next item's number or a heading (holdout
cramped-tonghua, batch 58): the bracket goes back to the item over it.  Invented notice, own words."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.inline import return_leading_brackets
from extractor.source.decode import decode_bytes

from conftest import make_raw

TEXT = """青岚市2036年创建卫生城市实施方案
二、主要任务（一）完善城市设施。
1.改造城区棚户区20万平方米。
（责任单位：市住建局）2.新建城区公共厕所30座。
（责任单位：市城管局、各区政府）（二）强化环境整治。
3.拆除燃煤小锅炉60台。
（责任单位：市环保局，各区政府）三、保障措施（一）加强组织领导。各部门要把创卫工作摆上日程。
"""


def test_the_bracket_goes_back_to_the_item_over_it():
    body = parse_body(locate_content(decode_bytes(make_raw(TEXT.encode("utf-8"), path="n.txt"))))
    assert [(m.measure_no, m.text, m.lead_cells) for m in body.measures] == [
        (1, "改造城区棚户区20万平方米。", ("市住建局",)),
        (2, "新建城区公共厕所30座。", ("市城管局、各区政府",)),
        (3, "拆除燃煤小锅炉60台。", ("市环保局，各区政府",)),
    ]


@pytest.mark.parametrize("lines", [
    # the item over it closes with a bracket of its own
    ["1.改造棚户区。（责任单位：市住建局）", "（责任单位：市城管局）2.新建公厕。"],
    # the line over it is no item
    ["为做好创卫工作，制定本方案。", "（责任单位：市城管局）2.新建公厕。"],
    # the rest opens with no number: a bracket of the line's own sentence
    ["1.改造棚户区。", "（市住建局）此项工作年底前完成。"],
    # the bracket names no unit
    ["1.改造棚户区。", "（2036年）2.新建公厕。"],
    # a bracket on a line of its own covers the items over it (a group's closing units)
    ["（1）改造棚户区。", "（2）新建公厕。", "（责任单位：市住建局、市城管局）", "（二）强化环境整治。"],
])
def test_a_bracket_that_is_no_lost_closer_stays(lines):
    assert return_leading_brackets(lines) == lines


def test_a_lenticular_bracket_goes_back_too():
    assert return_leading_brackets(["1.改造棚户区。", "【责任单位：市住建局】2.新建公厕。"]) == [
        "1.改造棚户区。【责任单位：市住建局】", "2.新建公厕。"]
