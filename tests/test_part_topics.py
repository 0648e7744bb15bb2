"""A plan's two parts printed as short unnumbered lines (综合目标分解 over items 1、-5、, 具体任务分解 over 一、…), and a
plan's name run into the first part's heading on one line (docs/parsing.md "Topic lines", holdout
joinedsect-yixing, batch 53)."""
import pytest

from extractor import extract
from extractor.layout.partheads import plan_and_part, split_plan_and_part

LINES = ["某市人民政府", "2020年9月11日", "市政府2020年重点工作分解落实方案综合目标分解",
         "1、地区生产总值增长6%左右。（市发展改革委、统计局）", "2、社会消费品零售总额增长6%。（市商务局）",
         "具体任务分解", "一、农业农村类", "1、新建高标准农田2万亩。（市农业农村局）", "二、工业经济类",
         "1、新增规模以上工业企业60家。（市工信局）"]


def test_the_plans_name_and_its_first_parts_heading_are_two_lines():
    assert split_plan_and_part(LINES)[2:4] == ("市政府2020年重点工作分解落实方案", "综合目标分解")


def test_a_line_with_no_second_part_below_stays_one():
    lines = [ln for ln in LINES if ln != "具体任务分解"]
    assert split_plan_and_part(lines) == tuple(lines)


@pytest.mark.parametrize("line,cut", [
    ("市政府2020年重点工作分解落实方案综合目标分解", ("市政府2020年重点工作分解落实方案", "综合目标分解")),
    ("市政府2020年重点工作分解落实方案", None),               # a plan's name alone
    ("全市地区生产总值增长6%左右，一般预算收入增长5%", None),   # wording
])
def test_plan_and_part(line, cut):
    assert plan_and_part(line) == cut


def test_the_parts_head_their_items_and_headings():
    notice = extract("\n".join(LINES).encode("utf-8"), name="p.txt")
    assert notice.table_title == "市政府2020年重点工作分解落实方案"
    assert [(s.no, s.label, s.title) for s in notice.sections] == [
        (1, None, "综合目标分解"), (2, "一、", "农业农村类"), (3, "二、", "工业经济类")]
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 1), (1, 2), (1, 3)]


def test_one_short_line_over_item_one_alone_heads_nothing():
    lines = ["某市人民政府", "2020年9月11日", "市政府2020年重点工作分解落实方案", "综合目标分解",
             "1、地区生产总值增长6%左右。（市发展改革委、统计局）", "2、社会消费品零售总额增长6%。（市商务局）"]
    notice = extract("\n".join(lines).encode("utf-8"), name="p.txt")
    assert [m.section_no for m in notice.measures] == [None, None]


#: pieces of random lines: plans' kinds and names, parts' headings, traditional characters (劃 單), white space,
#: marks and notes in brackets, digits and letters
_PIECES = ("市政府", "2020年", "重点工作", "分解", "落实", "方案", "综合目标", "具体任务", "清单", "计划", "計劃", "清單", "任务",
           "推进", "责任分工表", "（2023年）", "(1项)", "）", "（", " ", "\u3000", "。", "：", "、", "a", "1")


def _plan_and_part_converting_every_cut(line):
    """``plan_and_part`` as written before its shortcuts (main b995af9): every cut converted and compacted."""
    from extractor.layout.partheads import MAX_LINE_CHARS, MIN_LINE_CHARS, _names_a_kind
    from extractor.layout.tabletitle import names_a_plan
    from extractor.parse.headlines import is_topic_line
    if not MIN_LINE_CHARS <= len(line) <= MAX_LINE_CHARS or not is_topic_line(line[-4:]):
        return None
    for end in range(len(line) - 1, 0, -1):
        plan, part = line[:end], line[end:]
        if names_a_plan(plan) and is_topic_line(part) and not _names_a_kind(part):
            return plan, part
    return None


def test_the_shortcuts_cut_what_converting_every_cut_does():
    """On random lines (simplified and traditional, with and without white space and notes) ``plan_and_part``
    gives what testing every cut in full gives, and lines it cuts are drawn many times."""
    import random
    rng = random.Random(53)
    cut = 0
    for _ in range(5000):
        line = "".join(rng.choice(_PIECES) for _ in range(rng.randint(2, 9))).strip()
        expected = _plan_and_part_converting_every_cut(line)
        assert plan_and_part(line) == expected, repr(line)
        cut += expected is not None
    assert cut > 100
