"""A letterless plan's heading over several paragraphs of its own opening (layout/tabletitle.py
``OUTLINE_PREAMBLE_MAX_LINES``; docs/parsing.md "A text-form attachment with no letter"; holdout tradsqbr-zhuhai-2016-1,
batch 127: a 水污染防治 plan's text copy printing its purpose, requirements and three targets between its heading and
its first part, whose heading was lost when only two such paragraphs were passed)."""
from extractor.layout.tabletitle import OUTLINE_PREAMBLE_MAX_LINES, heading_over_outline

PREAMBLE = [
    "为全面落实水污染防治行动计划，改善全市水环境质量，制定本实施方案。",
    "总体要求：紧扣国家和省的总体部署，把改善水环境质量作为工作核心，系统推进水污染防治。",
    "工作目标：到2020年，全市饮用水水源水质全部达到或优于Ⅲ类。",
    "到2030年，全市水环境质量整体好转。",
    "到2050年，全市主要河流水质达到Ⅲ类。",
]
ITEMS = ["一、全面控制污染物排放", "（一）狠抓工业污染防治。"]


def test_a_plans_heading_over_its_purpose_requirements_and_targets():
    head = ["某市水污染防治行动计划实施方案", *PREAMBLE, *ITEMS]
    assert heading_over_outline(head) == "某市水污染防治行动计划实施方案"


def test_more_opening_paragraphs_than_the_limit_pass_no_heading():
    extra = [f"到20{k}0年，全市水环境质量持续改善。" for k in range(4, 4 + OUTLINE_PREAMBLE_MAX_LINES)]
    head = ["某市水污染防治行动计划实施方案", *PREAMBLE, *extra, *ITEMS]
    assert heading_over_outline(head) is None   # a long run of sentences is a letter's or a report's text, no preamble


def test_a_letters_title_over_the_paragraphs_is_still_no_plans_heading():
    head = ["某市人民政府关于印发某市水污染防治行动计划实施方案的通知", *PREAMBLE, *ITEMS]
    assert heading_over_outline(head) is None
