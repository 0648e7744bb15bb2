"""Stage 5: numbered headings, each a phrase over ONE unnumbered paragraph closing with its own assignment.

A province's or a prefecture's 意见 prints each point as a heading (``一、推进重大项目建设``) and one
paragraph under it that ends with a verb bracket (``…。（A、B牵头；C、D配合）``).  Where every item of a
section numbering kind (一、, （一）) is such a heading, each heading is a section holding one item printed
with no number: the paragraph, numbered by its place (``outlineheads.headed_paragraphs``; holdout
provbr-yunnan and fuzebr-chuxiong, batch 36: before, the heading ran into the paragraph as one item's text
and no section was read).  Items numbered in digits over such a paragraph stay items whose title line runs
into their text (holdout leaderfirst-lanzhou), and a heading printing a sentence of its own is an item.
"""
from test_table import parse_html


def rows(parsed):
    return [(m.measure_no, m.section.no if m.section else None, m.text, m.lead_cells, m.support_cells)
            for m in parsed.measures]


def _page(paragraphs: list[str]) -> str:
    return "<h1>某省人民政府关于稳增长的意见</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)


OPINION = _page([
    "各市、县人民政府，省直各部门：",
    "为促进经济平稳发展，现提出以下意见：",
    "一、推进重大项目建设",
    "健全领导挂钩联系重点项目制度，协调解决用地、环评等问题。（省发展改革委牵头；省自然资源厅、生态环境厅配合）",
    "二、扩大消费需求",
    "开展消费品下乡活动，社会消费品零售总额增长10%以上。（省商务厅负责）",
    "三、稳定工业增长",
    "对新增规模以上工业企业给予奖励。（省工业和信息化厅、财政厅负责）",
])


def test_headings_over_one_paragraph_each_are_sections_of_one_item():
    p = parse_html(OPINION)
    assert rows(p) == [
        (1, 1, "健全领导挂钩联系重点项目制度，协调解决用地、环评等问题。", ("省发展改革委",), ("省自然资源厅、生态环境厅",)),
        (2, 2, "开展消费品下乡活动，社会消费品零售总额增长10%以上。", ("省商务厅",), ()),
        (3, 3, "对新增规模以上工业企业给予奖励。", ("省工业和信息化厅、财政厅",), ())]
    assert [(s.no, s.label, s.title) for s in p.sections] == [
        (1, "一、", "推进重大项目建设"), (2, "二、", "扩大消费需求"), (3, "三、", "稳定工业增长")]


def test_items_numbered_in_digits_keep_their_title_line_in_the_text():
    """``1、某某事宜`` over its paragraph: the digits number measures, the title line is the item's text."""
    p = parse_html(_page([
        "1、城市供热管网改造事宜",
        "抓紧完善项目前期手续，争取节能改造补助资金。（市住建局牵头，市财政局配合）",
        "2、新材料产业基地建设事宜",
        "摸清新材料产业的基础，做好申报准备工作。（市工信局牵头，市科技局配合）"]))
    assert [(m.measure_no, m.section, m.text) for m in p.measures] == [
        (1, None, "城市供热管网改造事宜抓紧完善项目前期手续，争取节能改造补助资金。"),
        (2, None, "新材料产业基地建设事宜摸清新材料产业的基础，做好申报准备工作。")]


def test_a_heading_printing_a_sentence_is_an_item_whose_paragraph_runs_on():
    """（一）加强组织领导。 closes a sentence of its own: no heading phrase, so one item with its paragraph."""
    p = parse_html(_page([
        "（一）加强组织领导。",
        "各地要建立工作专班，按月调度推进。（省政府办公厅负责）",
        "（二）强化督查考核。",
        "将落实情况纳入年度考核。（省政府督查室负责）"]))
    assert [(m.measure_no, m.section, m.text) for m in p.measures] == [
        (1, None, "加强组织领导。各地要建立工作专班，按月调度推进。"), (2, None, "强化督查考核。将落实情况纳入年度考核。")]


LETTER_POINTS = [
    "各县（市、区）人民政府，市直各有关单位：",
    "《某市2025年重点任务清单》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "一、提高思想认识。各地各部门要充分认识做好重点工作的重要意义。",
    "二、压实工作责任。各牵头单位要切实履行牵头职责，确保任务按时完成。",
    "三、加强督促检查。市政府督查室将定期跟踪督办，并通报督查结果。",
]
HEADED_LIST = [
    "一、优化营商环境（1项）",
    "新增城镇就业4500人，城镇调查失业率控制在5%以内。（市人社局牵头，市财政局配合）",
    "二、加强生态环境保护（1项）",
    "建成污水处理厂2座。（市生态环境局、市住建局负责）",
]


def test_a_letter_numbering_its_own_points_before_its_signature_date_keeps_the_headed_list():
    """The letter's points 一、二、三、 stand in the part before its signature date (``Item.letter_part``):
    they are no headings over a paragraph, but the list's 一、二、 after the date each are (blindsynth seed 2298, batch 35's opinion points:
    before, the letter's points made every heading an item run into its paragraph, and no section was read)."""
    p = parse_html(_page([*LETTER_POINTS, "某市人民政府办公室", "2025年1月6日", "附件", "某市2025年重点任务清单",
                          *HEADED_LIST]))
    assert rows(p) == [
        (1, 1, "新增城镇就业4500人，城镇调查失业率控制在5%以内。", ("市人社局",), ("市财政局",)),
        (2, 2, "建成污水处理厂2座。", ("市生态环境局、市住建局",), ())]
    assert [(s.no, s.label, s.title) for s in p.sections] == [
        (1, "一、", "优化营商环境（1项）"), (2, "二、", "加强生态环境保护（1项）")]


def test_points_of_the_same_kind_in_the_lists_own_part_still_make_the_headings_items():
    """With no signature date, mark or title between them, the letter's points stand in the list's part: the
    headings are not every item of their kind there, so each runs into its paragraph as before."""
    p = parse_html(_page([*LETTER_POINTS, *[h.replace("一、", "四、").replace("二、", "五、") for h in HEADED_LIST]]))
    assert p.sections == ()
    assert [m.text for m in p.measures][-2:] == [
        "优化营商环境（1项）新增城镇就业4500人，城镇调查失业率控制在5%以内。", "加强生态环境保护（1项）建成污水处理厂2座。"]
