"""A subheading over the lead-in of a list of unnumbered items heads the list (``outlineheads.lead_in_heading``).

A news item restating how a plan's targets were met prints a lead paragraph, a subheading with no number, a
lead-in sentence closing with a colon, then one paragraph a target, each naming its unit in a sentence of its own
(holdout thiswork-guowuyuan, batch 111).  Before, the subheading was passed with the lead-in and the items had no
section.  Invented page, own words."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw

LEAD = "本市日前公布了去年重点指标的落实情况，多数指标如期完成。"
ITEMS = ["全市生产总值增长6%左右。这项工作由市发展改革委负责，去年实际增长6.2%。",
         "城镇新增就业3万人以上。这项工作由市人社局负责，去年新增3.4万人。",
         "空气优良天数比例达到85%。这项工作由市生态环境局负责，去年达到87%。"]


def parsed(lines: list[str]):
    text = "\n".join(lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def sections(result):
    return [(s.no, s.label, s.title) for s in result.sections], [m.section.no if m.section else None
                                                                   for m in result.measures]


def test_a_subheading_over_a_colon_lead_in_heads_the_unnumbered_items():
    result = parsed([LEAD, "主要指标完成良好", "去年是新一轮规划的起步之年，各项主要指标完成情况良好：", *ITEMS])
    assert sections(result) == ([(1, None, "主要指标完成良好")], [1, 1, 1])
    assert [m.lead_cells for m in result.measures] == [("市发展改革委",), ("市人社局",), ("市生态环境局",)]


def test_without_the_colon_lead_in_or_with_a_sentence_over_it_no_section():
    for lines in ([LEAD, "主要指标完成良好", "去年是新一轮规划的起步之年，各项主要指标完成情况良好。", *ITEMS],
                  [LEAD, "主要指标完成良好。", "去年是新一轮规划的起步之年，各项主要指标完成情况良好：", *ITEMS],
                  [LEAD, "去年是新一轮规划的起步之年，各项主要指标完成情况良好：", *ITEMS]):
        result = parsed(lines)
        assert len(result.measures) == 3
        assert sections(result) == ([], [None, None, None])


def test_a_list_title_over_the_lead_in_is_no_section():
    """A line naming a division of tasks (…任务分工) is the list's own title, not a part of it."""
    result = parsed([LEAD, "市重点指标任务分工", "现将各项指标的责任单位明确如下：", *ITEMS])
    assert sections(result)[0] == []
