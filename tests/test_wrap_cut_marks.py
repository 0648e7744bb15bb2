"""What a wrap's cut leaves at a line's edge, read back when the lines are joined (``wrapwidth.Wrap.carried_opener``,
``Wrap.cut_space``; session 75, xfail75).

A browser's line breaker never ends a line with an opening bracket: where the bracket and the character after it do
not fit, the break falls before the bracket, and the line above ends its sentence a column or three short of the width
(``…设备。`` / ``(责任单位:…``).  Such a line still reached the width: the bracket's line goes on from it (holdout
piecegap-wuhan's copy wrapped at 72 columns: before, the bracket's line stood apart and the section heading after it
was read into the last item).  A copy counting characters (a law database, a phone) cuts blind, so there a line ending
its sentence short of the width ends its paragraph, as before.

A blind cut falls on a space of the text as on any character: the full line closes with it, or the rest opens with it.
Joined, the space stays (holdout modelpage-unplaced, whose blanked names leave `九期、 热电` as printed: before, the
joined line lost the space).  A breaker breaks at a space and drops it, so its lines keep none.
"""
from __future__ import annotations

from extractor.parse.hardwraps import join_hard_wraps
from extractor.parse.wrapwidth import find_wrap
from extractor.text import display_width
from wrapkit import wrap_text

ITEMS = [f"{n}.推进第{n}项重点工作，{'落实配套措施' * n}，新增投资{10 ** n}万元，完善工作机制，加强督促检查，确保按期完成"
         f"年度目标任务。（责任单位：市发改委）" for n in range(1, 5)]
#: an item whose sentence ends at 70 columns of its line, its bracket after it: the "(" (one column) fits, "(责" does not
SHORT = "5.加强施工扬尘精细管控。全市建设工地落实六个百分之百要求，重点工地安装在线监测设备，加强日常巡查工作，发现问题及时督促整改到位并建立台账管理。"
BRACKET = "(责任单位:市城建局、市城管执法委)"


def _screen_copy(last: str) -> list[str]:
    return wrap_text("\n".join([*ITEMS, last, "（二）着力打好臭氧污染防治攻坚战"]), 72).split("\n")


def test_a_line_stopped_short_before_a_carried_bracket_goes_on_into_it():
    lines = _screen_copy(SHORT + BRACKET)
    at = next(i for i, line in enumerate(lines) if line.startswith("(责任单位"))
    assert lines[at - 1].endswith("。") and display_width(lines[at - 1]) == 70   # the shape: the bracket carried down
    wrap = find_wrap(lines)
    assert wrap is not None and wrap.breaker and wrap.width == 72
    joined = join_hard_wraps(lines)
    assert SHORT + BRACKET in joined and "（二）着力打好臭氧污染防治攻坚战" in joined


def test_a_bracket_line_under_a_paragraph_well_short_of_the_width_stays_apart():
    """A paragraph whose last line ends far from the width, a stand-alone bracket line under it: nothing was carried."""
    lines = _screen_copy("5.加强施工扬尘精细管控。") + [BRACKET]
    joined = join_hard_wraps(lines)
    assert "5.加强施工扬尘精细管控。" in joined and BRACKET in joined


def test_blind_wraps_of_a_paragraph_with_a_space_join_back_whole():
    paragraph = ("要进一步强化对热源热网建设的组织领导，把热电厂九期、 热电高温热水锅炉和炼油厂工业、 电厂余热供热4个热源项目"
                 "列为重点，集中力量推进，一抓到底，热源项目的进展情况和工程推进中遇到的重大问题，市建设局和项目单位要及时报告。")
    other = "各供热企业要组建热源热网建设指挥部，选调懂技术、善管理、有经验的人员具体负责项目建设，保证热源项目按计划实施。" * 2
    space = paragraph.index(" ")
    for width in (space + 1, space):   # the width counts the space (it closes the full line), or the rest opens with it
        lines = [text[k:k + width] for text in (paragraph, other) for k in range(0, len(text), width)]
        assert any(line.endswith("、 ") for line in lines) or any(line.startswith(" ") for line in lines)
        assert join_hard_wraps(lines) == [paragraph, other]


def test_a_screen_wrap_drops_the_space_it_breaks_at():
    lines = wrap_text("\n".join([*ITEMS, "5.开展 Smart City 建设工作，" + "推进数字政府建设，完善城市运行管理平台功能，" * 3]), 72).split("\n")
    assert all(not line.endswith(" ") and not line.startswith(" ") for line in lines)
    assert all("  " not in line for line in join_hard_wraps(lines))
