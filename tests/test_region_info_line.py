"""A tender aggregator's repost of a county's task list: the heading, then the site's line about the page
(``发布时间 :2025-07-16 地区：**** 查看原文``: the posting time and the region it files the page under), then the table.

Written for holdout maskedunits-county (batch 62), in other words: 地区 is a label of the portal's information line
(``[boilerplate] info_labels``), so the line is the site's and is dropped, and the heading right over the table is
its title too, as on any page whose heading stands alone over its table.  Before, the line stopped the look up for
the table's title.  A 地区 label alone in a line names nothing of the portal's (two labels make its line).
"""
from __future__ import annotations

from extractor import extract
from extractor.layout.infoline import is_info_line

HEADING = "2024年**县安全生产重点工作任务清单"
TABLE = ("<table border='1'><tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>"
         "<tr><td>1</td><td>开展危险化学品企业专项检查。</td><td>县应急管理局</td><td>2024年10月底前</td></tr>"
         "<tr><td>2</td><td>整治城镇燃气管道老化隐患。</td><td>县住房城乡建设局</td><td>2024年12月底前</td></tr></table>")


def _page(info: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{HEADING}-某某招标网</title></head><body>"
            f"<div class='detail'><h1>{HEADING}</h1><p>{info}</p>{TABLE}</div></body></html>").encode("utf-8")


def test_the_sites_region_line_is_passed_and_the_heading_names_the_table():
    notice = extract(_page("发布时间 :2024-05-20 &nbsp; 地区：**** &nbsp; 查看原文"), name="p.html")
    assert notice.title == HEADING and notice.table_title == HEADING
    assert notice.date is None and len(notice.measures) == 2


def test_a_region_label_alone_is_no_portal_line():
    assert is_info_line("发布时间 :2024-05-20 地区：**** 查看原文")
    assert not is_info_line("地区：城关镇、东关镇")
