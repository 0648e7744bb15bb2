"""A notice run into one line (a document site's preview, its page pieces joined): items printed ``1 .`` (a space
before the dot) are cut apart as ``1.`` items are; a run of item labels goes on over ONE number the copy lost (a
preview's gap cut item 3's label away: ``2.… 4.… 5.…``) where the label after the gap is continued by the next
(breakrepair.repair_breaks, ``_sequence``, ``LOST_NUMBERS``); and a plan's status note run in between the plan's name
and its preface (…工作方案(征求意见稿)为推动…) is cut out as the line it was (letterjoints.status_note_joints).  Holdout
piecegap-wuhan: before, 0/5 measures and no title."""
from extractor.parse.letterjoints import status_note_joints
from extractor.parse.runon import split_run_on
from extractor.parse.breakrepair import repair_breaks

RUN = ("二、工作任务(一)推进甲项工作1 .开展第一项。落实要求。(责任单位:市甲局)2 .开展第二项。支持乙 强度，推进建设。"
       "(责任单位:市乙局,各区人民政府)4.开展第四项。年底前完成12台改造。(责任单位:市丙局)5 .开展第五项。(责任单位:市丁局)"
       "(二)推进乙项工作6 .开展第六项。(责任单位:市甲局)")


def test_spaced_dots_and_a_lost_number_are_cut_apart():
    lines = repair_breaks(RUN, lost_breaks=True)
    assert lines == ["二、工作任务", "(一)推进甲项工作", "1 .开展第一项。落实要求。(责任单位:市甲局)",
                     "2 .开展第二项。支持乙 强度，推进建设。(责任单位:市乙局,各区人民政府)",
                     "4.开展第四项。年底前完成12台改造。(责任单位:市丙局)", "5 .开展第五项。(责任单位:市丁局)",
                     "(二)推进乙项工作", "6 .开展第六项。(责任单位:市甲局)"]


def test_a_gap_no_label_continues_is_no_label():
    # 4. after 2. with nothing numbered 5 after it: a number of the item's own wording, not a lost item 3
    lines = repair_breaks("一、甲 1.开展第一项。（A负责） 2.开展第二项，完成率达4.开展比例。（B负责） 二、乙 3.其他。（C负责）",
                          lost_breaks=True)
    assert any(line.startswith("2.开展第二项，完成率达4.开展比例") for line in lines)
    assert not any(line.startswith("4.") for line in lines)


def test_two_lost_numbers_are_no_gap():
    # 5. two numbers on from 2. and after wording, not right after an item's closed bracket (a digest's skipped
    # items: test_runon_skipped_items): no label
    lines = repair_breaks("一、甲 1.第一项。（A负责） 2.第二项。（B负责）再做5.第五项。（C负责）6.第六项。（D负责）",
                          lost_breaks=True)
    assert not any(line.startswith("5.") for line in lines)


def test_a_breaks_kept_line_takes_no_gap():
    # a line with its breaks (no lost_breaks) keeps the strict sequence: 4 after 2 is no label there
    assert repair_breaks("1.第一项。2.第二项。4.第四项。5.第五项。") == ["1.第一项。", "2.第二项。4.第四项。5.第五项。"]


def test_a_status_note_between_a_plans_name_and_its_preface():
    part = "某市改善空气质量2022年工作方案(征求意见稿)为推动空气质量持续向好，结合我市实际，制订本方案。"
    cuts = sorted(status_note_joints(part))
    assert [part[:cuts[0]], part[cuts[0]:cuts[1]]] == ["某市改善空气质量2022年工作方案", "(征求意见稿)"]


def test_a_status_note_inside_a_title_or_after_no_plan_name_is_no_joint():
    assert status_note_joints("关于公开征求《某市改善空气质量工作方案(征求意见稿)》意见的通知各区人民政府：") == set()
    assert status_note_joints("某市改善空气质量工作方案(征求意见稿)的起草说明为推动…。") == set()
    assert status_note_joints("某市改善空气质量工作方案(试行)为推动空气质量持续向好，制订本方案。") == set()
    assert status_note_joints("推进空气质量改善(征求意见稿)为推动空气质量持续向好。") == set()


def test_a_run_on_preview_reads_its_plans_name_alone():
    line = ("某市改善空气质量2022年工作方案(征求意见稿)为推动空气质量持续向好，结合我市实际，制订本方案。一、工作目标全年优良天数比例"
            "达到78%以上。二、工作任务(一)推进甲项工作1 .开展第一项。(责任单位:市甲局)2 .开展第二项。(责任单位:市乙局)")
    lines = split_run_on(line)
    assert lines[:3] == ["某市改善空气质量2022年工作方案", "(征求意见稿)", "为推动空气质量持续向好，结合我市实际，制订本方案。"]
