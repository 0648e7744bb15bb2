"""A document site's preview printed in page pieces, each piece a page run into one line, wrapped at a fixed width
(parse/hardwraps.py ``_wrapped_run_on``, session 75): the pieces together hold the notice's share of the text, so each
piece's wrapped lines go on whatever they open with, a wrap falling right before the plan's own ``（三）`` too (holdout
pptpreview-jiaxing's copy wrapped at 38).  Before, that line stood apart and the pieces were not joined.  The text here
is written by hand."""
from extractor.parse.hardwraps import join_hard_wraps

WIDTH = 38
SITE = ["某某办公 首页 | 文档分类 | 上传文档 | 登录 | 注册", "某市促进民营经济发展实施方案.docx"]
LEAD = "1、某市促进民营经济发展实施方案为激发民营经济活力，结合本市实际，制定本方案。一、加强要素支持（一）强化财税保障。落实减税降费政策，帮助小微企业和个体工商"
#: piece 2 opens inside piece 1's word and holds item (三) right where a line of the wrap starts
PIECE2 = "2、户减轻负担，政策执行到年底。（市税务局、市财政局）（二）加强基金支持。发挥产业基金引导作用。（市发展改革委）"
TAIL2 = "（三）强化用地保障。优先保障重大产业项目用地，降低企业用地成本。（市自然资源和规划局、市发展改"
PIECE3 = "3、革委）二、优化发展环境（四）破除准入壁垒。严格落实市场准入负面清单，清理不合理条件。（市发展改革委）"
FOOT = ["亲，该文档共18页，当前仅展示部分内容，下载后可查看全部。"]


def _cut(text: str) -> list[str]:
    return [text[k:k + WIDTH] for k in range(0, len(text), WIDTH)]


def test_a_wrapped_piece_goes_on_over_a_line_opening_with_the_plan_s_own_number():
    filler = "，".join(["进一步优化营商环境"] * 40)
    piece2 = PIECE2 + "落" * (-len(PIECE2) % WIDTH) + TAIL2 + filler + "推"
    lines = [*SITE, *_cut(LEAD + filler + "户"), *_cut(piece2), *_cut(PIECE3 + filler + "。"), *FOOT]
    assert any(line.startswith("（三）强化用地保障") for line in lines)   # the shape: the wrap falls before （三）
    joined = join_hard_wraps(lines)
    assert piece2 in joined and LEAD + filler + "户" in joined


def test_runs_that_are_no_pieces_are_weighed_alone():
    """Two long paragraphs wrapped, the second opening with an item number after a paragraph ending its sentence: no
    piece continues, each is weighed alone against the text, and an item line inside a paragraph's run is kept."""
    first = "1、" + "，".join(["落实减税降费政策"] * 12) + "。"
    second = "2、" + "，".join(["发挥产业基金引导作用"] * 12) + "。"
    lines = [*SITE, *_cut(first), *_cut(second), *FOOT * 8]
    assert join_hard_wraps(lines)[len(SITE):len(SITE) + 2] == [first, second]
