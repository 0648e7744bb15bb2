"""A portal's footer label (主办单位：, a ``[boilerplate] stop_prefixes`` word) ends the content in any spelling the
label grammar reads as the same label: an ASCII colon, a space before the colon or for it, the word spaced out
(``itemlabels.footer_label_line``).  A copy printed with its labels so spelled prints its footer's so too: before, the
footer line was read as the last item's lead label and the site's body as one more lead (holdout placecut-yuanzhou's
seven respelled copies, six read since)."""
from __future__ import annotations

import pytest

from extractor.layout.itemlabels import footer_label_line
from extractor.layout.locate import clean_text_lines
from test_table import parse_text

ITEMS = ["一、重点任务", "1．完成畜禽规模养殖场粪污治理设施改造30家。", "牵头单位：区农业农村局",
         "配合单位：区市场监管局", "完成时限：2023年9月底前"]
SPELLINGS = ["主办单位：某区人民政府办公室", "主办单位:某区人民政府办公室", "主办单位 ：某区人民政府办公室",
             "主 办 单 位：某区人民政府办公室", "主办单位\u3000某区人民政府办公室", "主办单位\u3000：某区人民政府办公室",
             "主办单位: 某区人民政府办公室",
             # the unit noun in another of the grammar's spellings ([unit_nouns]), as a copy respelling its role labels
             # 牵头部门 / 配合部门 respells its footer's too (placecut-yuanzhou's label-bumen copy, xfail75)
             "主办部门：某区人民政府办公室", "主 办 部 门：某区人民政府办公室"]


@pytest.mark.parametrize("footer", SPELLINGS)
def test_the_footer_label_in_any_spelling_ends_the_content(footer):
    assert clean_text_lines(ITEMS + ["【打印】 【关闭】", footer]) == ITEMS


@pytest.mark.parametrize("footer", SPELLINGS)
def test_the_last_item_keeps_its_one_lead(footer):
    result = parse_text("\n".join(ITEMS + ["", footer]))
    assert [m.lead_cells for m in result.measures] == [("区农业农村局",)]


def test_other_label_lines_are_no_footer():
    for line in ("牵头单位：区农业农村局", "主要任务：完成改造", "主办：某区人民政府办公室", "主办单位区农业农村局"):
        assert not footer_label_line(line)


def test_a_respelled_lead_label_of_a_list_is_still_the_items():
    """The same list labelled 主办部门 / 协办部门: the label line is an item's, not the footer (the support label after it)."""
    lines = ["2021年县委、县政府为民办实事工作计划", "一、人居环境提升工程", "（1）实施老旧小区改造。改造城关北片区两个老旧小区的管网。",
             "主办部门：县城投公司", "协办部门：住建局、凤城镇。"]
    assert clean_text_lines(lines) == lines


def test_a_spaced_lead_label_of_a_list_is_still_the_items():
    """A 为民办实事 list whose 主办单位 labels are spaced out: the label line is an item's (itemlabels.item_label_line
    reads the spaced word too), not the footer."""
    lines = ["2021年县委、县政府为民办实事工作计划", "一、人居环境提升工程", "（1）实施老旧小区改造。改造城关北片区两个老旧小区的管网。",
             "主 办 单 位：县城投公司", "协 办 单 位：住建局、凤城镇。", "（2）建设口袋公园。", "主 办 单 位：住建局",
             "协 办 单 位：凤城镇。"]
    assert clean_text_lines(lines) == lines
