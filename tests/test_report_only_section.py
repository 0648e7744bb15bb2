"""A section whose items name only the body reporting their figure keeps its place in the sections' numbering
(``outlineheads.sections_by_head``'s ``report_heads``, tests/fixtures/README.md ``sections[].no``).

A plan in two parts, each numbering its sections ``（一）`` again, whose second part's first section holds only
indicators closed by ``（数据提供单位：…）`` (no measure: README "A body that only checks or reports"): the printed
numbers restart, so the listed sections are numbered by their place in the notice, the unlisted section's place
counted, as its items keep theirs among the items.  Before, the unlisted section was not counted: the listed
sections' printed numbers (一)(二)(三) looked unique and the sections after it were numbered one place too low
(blindsynth bs23714).  Invented page, own words."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.outlineheads import sections_by_head
from extractor.parse.items import Item
from extractor.source.decode import decode_bytes

from conftest import make_raw

HEAD = ["某区2024年重点工作任务分工表", "一、完善公共服务"]
FIRST = ["（一）办好社区养老（1项）", "1. 新建社区养老服务站3个。（牵头单位：区民政局；配合单位：区财政局）"]
PART2 = ["二、稳定经济增长"]
REPORT = ["（一）主要经济指标（2项）", "2. 地区生产总值增长5%左右。（数据提供单位：区统计局）",
          "3. 固定资产投资增长6%。（数据提供单位：区统计局）"]
AFTER = ["（二）扩大有效投资（1项）", "4. 开工建设重点项目10个。（牵头单位：区发改局）",
         "（三）优化营商环境（1项）", "5. 企业开办时间压减至1个工作日。（牵头单位：区市场监管局）"]


def parsed(lines: list[str]):
    text = "\n".join(lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def sections(result):
    return [(s.no, s.label) for s in result.sections], [m.section.no if m.section else None for m in result.measures]


def test_a_section_of_report_only_items_keeps_its_place_where_numbers_restart():
    result = parsed([*HEAD, *FIRST, *PART2, *REPORT, *AFTER])
    assert [m.measure_no for m in result.measures] == [1, 4, 5]
    assert sections(result) == ([(1, "（一）"), (3, "（二）"), (4, "（三）")], [1, 3, 4])


def test_with_every_section_holding_a_measure_the_numbers_are_the_places_as_before():
    measured = [REPORT[0], "2. 地区生产总值增长5%左右。（牵头单位：区发改局；数据提供单位：区统计局）", REPORT[2]]
    result = parsed([*HEAD, *FIRST, *PART2, *measured, *AFTER])
    assert sections(result) == ([(1, "（一）"), (2, "（一）"), (3, "（二）"), (4, "（三）")], [1, 2, 3, 4])


def test_numbers_that_never_restart_stay_as_printed():
    """One list of sections, its second holding only report-only items: numbers as printed (1, 3), no place."""
    lines = [HEAD[0], *FIRST, REPORT[0].replace("（一）", "（二）"), *REPORT[1:], *AFTER[2:]]
    result = parsed(lines)
    assert sections(result) == ([(1, "（一）"), (3, "（三）")], [1, 3])


def test_sections_by_head_lists_no_report_heading_but_counts_it():
    heads = [Item(kind="pcn", rank=1, no=no, label=f"（{cn}）", text=t)
             for no, cn, t in ((1, "一", "甲"), (1, "一", "乙"), (2, "二", "丙"))]
    got = sections_by_head(heads, [heads[1]])
    assert [(s.no, s.title) for s in got.values()] == [(1, "甲"), (3, "丙")]
    assert [(s.no, s.title) for s in sections_by_head([heads[0], heads[2]]).values()] == [(1, "甲"), (2, "丙")]
