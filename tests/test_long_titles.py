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


@pytest.mark.parametrize("under", ["株政办发〔202276", "发文机关:某市某区人民政府办公室", "发布日期：2022年01月16日"],
                         ids=["damaged-number", "issuer-field", "date-field"])
def test_a_title_with_no_kind_ends_at_the_line_under_it_that_is_a_number_or_a_field(under):
    """A title the copy printed with no 的通知 (…责任分工表) does not run into the line under it when that line is a
    doc number a copy damaged (its 〕 and 号 lost) or a metadata field of a law site (发文机关:…): blind70's cause 3,
    holdout lostnumber-ewenke-2022-9, lawsite-dawa-2021-3.  Before, the title took the line."""
    title = "某市人民政府办公室关于印发某市2022年稳经济促发展重点工作任务责任分工表"
    assert _meta([title, under]).title == title


def test_a_title_with_no_kind_still_joins_its_wrapped_rest():
    """The rule is the line under it: a title's own wrapped words still join (…重点工作 / 任务责任分工表的通知)."""
    head = ["某市人民政府办公室关于印发某市2022年稳经济促发展重点工作", "任务责任分工表的通知", "某政办发〔2022〕7号"]
    assert _meta(head).title == head[0] + head[1]
