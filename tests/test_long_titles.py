"""A letter's title wrapped over more lines than a title usually takes (layout/lettertitle.py,
``CLOSED_TITLE_MAX_EXTRA_LINES``): the block is the title when its last line closes it with 的 and
its kind of document; otherwise the usual limit stands (holdout mixsquare-jiayu, batch 60)."""
from __future__ import annotations

import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw

LETTER = ["某镇人民政府，县政府各部门：", "经县人民政府同意，现将有关事项分解给你们，请认真落实。", "2021年5月12日",
          "某某任务分解", "一、主要目标", "（一）地区生产总值增长8%。（牵头单位：县发改局；责任单位：各镇人民政府）"]


def _meta(head: list[str]):
    text = "\n".join([*head, *LETTER])
    return parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def test_a_title_wrapped_over_four_lines_is_read_whole_when_its_last_line_closes_it():
    head = ["某政办发〔2021〕5号", "县人民政府办公室关于", "对县《政府工作报告》确定的2021年", "重点工作及市《政府工作报告》涉及某县的",
            "重点事项进行责任分解的通知"]
    meta = _meta(head)
    assert meta.title == "".join(head[1:])
    assert meta.recipients == ("某镇人民政府", "县政府各部门")


@pytest.mark.parametrize("fourth", ["重点事项进行责任分解", "一、主要目标"], ids=["no-kind", "a-heading"])
def test_a_fourth_line_that_does_not_close_the_title_stays_out(fourth):
    """Without 的 and a kind of document closing it, a line past the usual three is none of the title's
    (the title then ends with its third line, as before)."""
    head = ["某政办发〔2021〕5号", "县人民政府办公室关于", "对县《政府工作报告》确定的2021年", "重点工作及市《政府工作报告》涉及某县的",
            fourth]
    assert _meta(head).title == "".join(head[1:4])
