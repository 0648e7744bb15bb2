"""A part cut out of a longer list (a repost of one part of a plan: its heading printed without its number over
items （二十四） （二十五） …) has that heading as its one section (parse/outlineheads.excerpt_heading; holdout
assocrepost-guowuyuan-2018-1, batch 55)."""
from extractor import extract

PART = ("某协会 首页 | 热门话题\n"
        "国务院印发分工意见，乡村振兴的三项工作由哪些部门牵头？\n"
        "近日，国务院印发关于落实重点工作部门分工的意见，对各项重点工作逐条明确了部门分工。\n"
        "{heading}\n"
        "（{a}）健全城乡融合发展体制机制。统筹编制乡村振兴规划。（国家发展改革委、农业农村部牵头，有关部门按职责分工负责）\n"
        "（{b}）推进农业供给侧结构性改革。稳定优化粮食生产。（农业农村部牵头，财政部等按职责分工负责）\n"
        "（{c}）全面深化农村改革。深化农村集体产权制度改革。（农业农村部、自然资源部牵头）\n")


def _read(heading="大力实施乡村振兴战略", numbers=("二十四", "二十五", "二十六")):
    return extract(PART.format(heading=heading, a=numbers[0], b=numbers[1], c=numbers[2]).encode("utf-8"))


def test_the_heading_over_a_part_numbered_on_from_a_later_item_is_its_section():
    notice = _read()
    assert [(s.no, s.label, s.title) for s in notice.sections] == [(1, None, "大力实施乡村振兴战略")]
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(24, 1), (25, 1), (26, 1)]


def test_a_list_from_its_first_item_or_a_title_or_a_sentence_over_it_heads_nothing():
    # numbered from 一: the line over item 1 is the list's title or preamble, as before
    assert _read(numbers=("一", "二", "三")).sections == ()
    # a line naming a division of tasks is a list's own title
    assert _read(heading="2018年重点工作任务分解").sections == ()
    # a sentence closing with a stop
    assert _read(heading="大力实施乡村振兴战略。").sections == ()


def test_a_sites_crumb_over_a_page_of_a_list_heads_nothing():
    """A page of a longer list (its items from 34 on) wrapped in a layout table keeps the site's crumb over its first
    item: a crumb prints marks between its links, no part's heading does."""
    assert _read(heading="首页 > 政务公开 > 通知公告").sections == ()


FIRST_PART = ("刚刚，某市人民政府印发通知，落实重点工作。\n"
              "关于落实《政府工作报告》重点工作的任务分工\n"
              "为做好今年政府工作，结合本市实际，{preamble}\n"
              "总体要求和主要预期目标\n"
              "1.统筹推进疫情防控和经济社会发展。（市政府各部门分别负责，年内持续推进）\n"
              "2.完成城镇新增就业目标任务。（市人社局负责，年内完成）\n"
              "3.力争居民消费价格涨幅在3.5%左右。（市发展改革委负责，年内完成）\n")


def test_a_phrase_under_a_preamble_leading_in_to_the_list_heads_its_first_part():
    """The phrase between a preamble closing ``提出如下任务分工：`` and item 1 heads the list's first part, the title
    standing over the preamble (holdout sinalead-tianjin-2020-1, batch 61: before, its items had no section)."""
    notice = extract(FIRST_PART.format(preamble="提出如下任务分工：").encode("utf-8"))
    assert [(s.no, s.label, s.title) for s in notice.sections] == [(1, None, "总体要求和主要预期目标")]
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 1), (3, 1)]


def test_a_phrase_under_a_preamble_saying_nothing_of_a_list_stays_the_preambles():
    notice = extract(FIRST_PART.format(preamble="切实抓好各项工作落实。").encode("utf-8"))
    assert notice.sections == ()
