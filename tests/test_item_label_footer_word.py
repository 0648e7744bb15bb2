"""A line opening with 主办单位： is a portal footer's label for the body that runs the site (``[boilerplate]
stop_prefixes``: it ends the content), unless it is an item's assignment (``itemlabels.item_label_line``): a support
label follows it on the line or opens the next line (a footer prints 承办 or 技术支持 beside its 主办, never 协办), or
the list goes on under it, a numbered item and the same label again.  Before, the first label line of a 为民办实事
list ended the content and the page gave no row (holdout zhubanline-lianjiang-2021-1, batch 82)."""
from __future__ import annotations

from extractor.layout.locate import clean_text_lines
from test_table import parse_text

HEAD = ["2021年县委、县政府为民办实事工作计划", "一、人居环境提升工程",
        "（1）实施老旧小区改造。改造城关北片区两个老旧小区的管网。"]


def test_a_lead_and_support_line_is_the_items_not_the_footer():
    lines = HEAD + ["主办单位：县城投公司，协办单位：住建局、凤城镇。", "（2）建设口袋公园。",
                    "主办单位：住建局，协办单位：凤城镇。", "主办单位：某县人民政府办公室　承办单位：某县信息中心"]
    assert clean_text_lines(lines) == lines[:-1]   # the footer (主办 / 承办) still ends the content


def test_a_lead_line_over_a_support_line_or_the_same_label_again_is_the_items():
    lines = HEAD + ["主办单位：县城投公司", "协办单位：住建局、凤城镇。", "（2）建设口袋公园。", "主办单位：住建局"]
    assert clean_text_lines(lines) == lines[:-1]   # the last 主办 line alone: nothing tells it from a footer
    lines = HEAD + ["主办单位：县城投公司", "（2）建设口袋公园。", "主办单位：住建局", "协办单位：凤城镇。"]
    assert clean_text_lines(lines) == lines


def test_a_footer_alone_after_the_text_still_ends_it():
    lines = HEAD + ["主办单位：县城投公司，协办单位：住建局。", "", "主办单位：某县人民政府办公室", "技术支持：某公司"]
    assert clean_text_lines(lines) == lines[:-3]


def test_the_list_gives_its_rows():
    parsed = parse_text("\n".join(HEAD + ["主办单位：县城投公司，协办单位：住建局、凤城镇。", "（2）建设口袋公园。",
                                          "主办单位：住建局、榕发公司，协办单位：凤城镇。"]))
    assert [(d.measure_no, d.lead_cells, d.support_cells) for d in parsed.measures] == [
        (1, ("县城投公司",), ("住建局、凤城镇",)), (2, ("住建局、榕发公司",), ("凤城镇",))]
