"""In a hard-wrapped copy a line indented as a paragraph is (two ideographic spaces) under a line that filled the
wrap width with its full stop opens a paragraph of its own: a wrap sets its rests flush (hardwraps._opens_paragraph)."""
from extractor.parse.hardwraps import join_hard_wraps
from extractor.parse.wrapwidth import find_wrap

WIDTH = 30

#: unit-colon items wrapped at 30 under topic lines set as indented paragraphs; item 2 fills the width with its stop
LINES = [
    "某某区2023年民生实事项目任务分解表",
    "\u3000\u3000提升城市功能品质。",
    "1.区住建局：负责改造老旧小区12个，惠及居民2400户；指",
    "导新建口袋公园6处。",
    "2.区民政局：负责新建社区养老服务中心4个，新增床位20张。",
    "\u3000\u3000保障和改善民生。",
    "3.区教育局：负责新建改扩建中小学和幼儿园6所，新增学位50",
    "00个；统筹推进集团化办学。",
    "4.区人社局：负责开发公益性岗位300个，兜底安置就业困难人",
    "员；组织线上招聘会12场。",
]


def test_an_indented_paragraph_under_a_full_sentence_is_no_rest():
    assert len(LINES[4]) == WIDTH and LINES[4].endswith("。") and find_wrap(LINES).width == WIDTH
    assert join_hard_wraps(LINES) == [
        LINES[0], LINES[1], LINES[2] + LINES[3], LINES[4], LINES[5], LINES[6] + LINES[7], LINES[8] + LINES[9]]


def test_a_flush_line_under_a_full_sentence_still_goes_on():
    """The wrap fell right after a full stop inside a paragraph: its rest is set flush and is joined."""
    lines = [*LINES[:5], "区民政局统筹推进。", *LINES[6:]]
    assert join_hard_wraps(lines)[3] == LINES[4] + "区民政局统筹推进。"
