"""A prefecture's opinion run into one line (a news aggregator's copy): each 一、 heading runs on into its one
paragraph with a space where the break stood, the preamble cites another notice by its number, and the closing
requirement names a catch-all with a bracket of its own (holdout runonhead-wenshan, batch 38; docs/parsing.md,
"A notice run into one line").  Cut as printed, every part reads as the copy with its breaks does."""
import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.parse.forms import parse_body
from extractor.parse.runon import split_run_on
from extractor.source.decode import decode_bytes

from conftest import make_raw


def located(text: str):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))


def rows(text: str):
    return [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells)
            for m in parse_body(located(text)).measures]


OPINION = [
    "某政发〔2016〕46号", "各县（市）人民政府，甲—乙跨省经济合作园区管委会，州直各委、办、局：",
    "根据《某省人民政府关于稳增长的若干意见》（某政发〔2016〕19号）要求，为贯彻落实全省经济工作会议关于稳增长的部署，"
    "现提出以下实施意见：",
    "一、推进重大项目建设",
    "健全州级领导挂钩联系重点项目制度，及时协调用地、环评等问题；专项资金由主管部门牵头、财政部门配合，"
    "6月底前提出分配计划。（州发改委、财政局牵头；州自然资源局、林业局，各县（市）人民政府配合）",
    "二、强化金融服务支撑",
    "引导金融机构加大对小微企业的信贷投放，全年新增贷款80亿元以上。（州金融办牵头；州财政局，各县（市）人民政府配合）",
    "各县（市）人民政府、州直各部门要按照本意见的分工，抓紧制定落实措施，每季度末报州人民政府督查室。",
    "某州人民政府", "2016年6月30日"]
ROWS = [
    ("一、", 1, OPINION[4][:OPINION[4].index("（州发改委")], ("州发改委、财政局",),
     ("州自然资源局、林业局", "各县（市）人民政府")),
    ("二、", 2, OPINION[6][:OPINION[6].index("（州金融办")], ("州金融办",), ("州财政局", "各县（市）人民政府"))]


def test_the_opinion_with_its_breaks():
    assert rows("\n".join(OPINION)) == ROWS


@pytest.mark.parametrize("joint", [" ", "\u00a0", "\u3000"], ids=["space", "no-break-space", "ideographic-space"])
def test_run_into_one_line_each_heading_is_cut_off_its_paragraph(joint):
    """Each heading is a line of its own again, so it heads its paragraph as a section; the requirement
    naming 各县（市）人民政府 is cut off the last item's bracket, so the last item keeps its row."""
    line = joint.join(OPINION)
    pieces = split_run_on(line)
    assert pieces[3:8] == OPINION[3:8]
    assert rows(line) == ROWS


def test_run_into_one_line_the_recipients_stay_a_line_of_their_own():
    """The number the preamble cites in its bracket opens no title: the preamble's 关于 after it (…会议关于
    稳增长的部署) is the letter's wording, so the recipients' colon after the notice's own number ends the
    recipients line."""
    line = " ".join(OPINION)
    assert split_run_on(line)[:3] == OPINION[:3]
    meta = parse_metadata(located(line))
    assert meta.recipients == ("各县（市）人民政府", "甲—乙跨省经济合作园区管委会", "州直各委、办、局")


def test_a_space_inside_one_items_wording_cuts_nothing():
    """Only where every 一、 item runs a topic phrase on with a space is a space a lost break: one item whose
    wording holds a space (a PDF copy's wrap) stays whole."""
    line = " ".join([*OPINION[:3], OPINION[3] + OPINION[4], "二、强化金融服务 支撑引导金融机构加大对小微企业的信贷投放。"
                     "（州金融办牵头）", *OPINION[7:]])
    pieces = split_run_on(line)
    assert "二、强化金融服务 支撑引导金融机构加大对小微企业的信贷投放。（州金融办牵头）" in pieces


def test_a_heading_closing_its_own_sentence_is_no_topic_phrase():
    """`一、加强组织领导。 各地要…`: the heading ends a sentence, so it is an item's run-in heading, not a topic
    line over a paragraph: nothing is cut at the space."""
    items = ["一、加强组织领导。 各地要成立工作专班，按月调度。（州发改委负责）",
             "二、强化督查考核。 州政府督查室按季通报进展。（州政府办负责）"]
    pieces = split_run_on(" ".join([*OPINION[:3], *items, *OPINION[8:]]))
    assert all(item in pieces for item in items)
