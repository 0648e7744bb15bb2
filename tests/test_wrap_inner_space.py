"""A text copy wrapped at a fixed width and then given white space inside its lines (a word processor's copy
aligning each label's units with a tab or an ideographic space after the colon; a portal's information line
parting its fields with spaces): the lines holding a label grow past the width and no width shows.  Where no
width shows as printed, the lines are also measured without the white space inside them (wrapwidth.find_wrap);
a tab right after a colon parts no cells, so it makes no line a text table's row (textlayer.is_table_line).
Before, the wrap was not found (or a wrong one, one column wider) and names and deadlines stayed cut at it
(`市自然资源` / `和规划局`, no deadline read): the metamorphic suite's info-line-between and colon-tab pairs of
holdout wrapwhole-jingmen and colon-tab of articlewrap-chaling, session 70."""
import re

import pytest

from extractor.engine.extract import extract
from extractor.parse.textlayer import is_table_line

#: the wrap's width, in characters (a phone's reader)
WIDTH = 30
#: labelled items whose label lines a wrap at WIDTH cuts inside units' names and deadlines
PARAGRAPHS = [
    "某市2023年城市更新重点工作任务分工",
    "一、老旧小区改造",
    "1.完成老旧小区改造60个，同步推进加装电梯和停车设施建设。牵头单位：市住房和城乡建设局；配合单位：市财政局、"
    "市自然资源和规划局。完成时限：2023年12月底",
    "2.推进背街小巷整治十五条，补齐照明和排水设施短板。牵头单位：市城市管理执法局；配合单位：市住房和城乡建设局、"
    "市财政局。完成时限：2023年10月底",
    "二、公共服务设施",
    "3.新建社区养老服务中心4个，改造提升社区卫生服务站8个。牵头单位：市民政局；配合单位：市卫生健康委员会、市财政局。"
    "完成时限：2023年11月底",
    "4.新增公共停车泊位800个，建成公共充电桩200个。牵头单位：市发展和改革委员会；配合单位：市公安局交通警察支队、"
    "市城市管理执法局。完成时限：2023年12月底",
]
WRAPPED = "\n".join(p[k:k + WIDTH] for p in PARAGRAPHS for k in range(0, len(p), WIDTH)) + "\n"


def _rows(text: str):
    notice = extract(text.encode("utf-8"))
    return [(m.measure_no, m.section_no, m.text[:8], [r.name for r in m.lead], [r.name for r in m.support], m.deadline)
            for m in notice.measures]


def _after_colons(text: str, space: str) -> str:
    return re.sub("(单位|时限)：", lambda m: m.group(0) + space, text)


def test_the_wrapped_copy_reads_its_units_and_deadlines_whole():
    assert _rows(WRAPPED) == [
        (1, 1, "完成老旧小区改造", ["市住房和城乡建设局"], ["市财政局", "市自然资源和规划局"], "2023年12月底"),
        (2, 1, "推进背街小巷整治", ["市城市管理执法局"], ["市住房和城乡建设局", "市财政局"], "2023年10月底"),
        (3, 2, "新建社区养老服务", ["市民政局"], ["市卫生健康委员会", "市财政局"], "2023年11月底"),
        (4, 2, "新增公共停车泊位", ["市发展和改革委员会"], ["市公安局交通警察支队", "市城市管理执法局"], "2023年12月底"),
    ]


@pytest.mark.parametrize("space", ["\u3000", "\t", " "])
def test_white_space_put_after_each_colon_after_the_wrap_reads_the_same(space):
    spaced = _after_colons(WRAPPED, space)
    assert max(len(line) for line in spaced.splitlines()) > WIDTH   # the label lines grew past the wrap
    assert _rows(spaced) == _rows(WRAPPED)


def test_a_copy_with_its_own_breaks_and_spaced_colons_reads_as_printed():
    """Unwrapped (a line a paragraph), the spaced copy reads as the unspaced one: nothing is joined."""
    own = "\n".join(PARAGRAPHS) + "\n"
    assert _rows(_after_colons(own, "\u3000")) == _rows(own) == _rows(WRAPPED)


@pytest.mark.parametrize("line,row", [
    ("1.完成老旧小区改造60个。牵头单位：\t市住房和城乡建设局", False),
    ("牵头单位:\t\t市财政局", False),
    ("1\t完成老旧小区改造60个\t市住房和城乡建设局", True),
    ("索引号：\t11341602/2020-00328\t信息分类：\t政府文件", True),   # fields parted by a tab after their values too
    ("序号|工作任务|牵头单位：", True),
])
def test_a_tab_right_after_a_colon_makes_no_table_row(line, row):
    assert is_table_line(line) is row
