"""A section's heading run into its first sub-heading in one paragraph (``二、主要任务（一）完善城市基础设施。``,
holdout cramped-tonghua): the paragraph is cut before the deeper label, so the sub-heading is a section of its own
(breakrepair._first_subheading, called from breakrepair.repair_breaks)."""
from extractor.engine.extract import extract
from extractor.parse.breakrepair import repair_breaks


def _rows(page: str):
    notice = extract(page.encode("utf-8"))
    return ([(s.no, s.label, s.title) for s in notice.sections],
            [(m.measure_no, m.section_no, [r.name for r in m.lead]) for m in notice.measures])


def test_a_part_heading_run_into_its_first_subheading_is_cut():
    assert repair_breaks("二、主要任务（一）完善城市基础设施。") == ["二、主要任务", "（一）完善城市基础设施。"]
    assert repair_breaks("（一）重点任务1.抓好秸秆还田。") == ["（一）重点任务", "1.抓好秸秆还田。"]
    # the sub-heading's own run goes on being cut as before
    assert repair_breaks("一、加强领导1.成立小组。2.制定方案。") == ["一、加强领导", "1.成立小组。", "2.制定方案。"]


def test_what_is_no_run_in_subheading_stays():
    # a heading running into its sentence, a number inside its words, a year's months, a label not numbered 1
    for line in ("一、指导思想以全面改善城乡环境为目标", "（一）推进1.5级改造", "一、2021年1、2月完成",
                 "（二）落实3、4号文件", "一、工作目标。到2025年（一）批次完成"):
        assert repair_breaks(line) == [line], line


def test_the_subheading_heads_its_items():
    sections, measures = _rows("二、主要任务（一）完善城市设施。\n"
                               "1.改造棚户区八十万平方米。（责任单位：市城建局）\n"
                               "2.新建公共厕所三十座。（责任单位：市城管局）\n"
                               "（二）强化环境整治。\n"
                               "3.拆除燃煤小锅炉六十台。（责任单位：市环保局）\n")
    assert sections == [(1, "（一）", "完善城市设施。"), (2, "（二）", "强化环境整治。")]
    assert measures == [(1, 1, ["市城建局"]), (2, 1, ["市城管局"]), (3, 2, ["市环保局"])]


def test_a_later_part_run_into_a_problem_numbered_on_is_cut():
    """An 整改 list numbers its problems on through its parts: ``二、…（三）…`` opens part 二 at its problem 3
    (holdout runlabels-chuxiong, batch 95); under 一、 or with a digit's label, only a label numbered 1 opens so."""
    assert repair_breaks("二、治污设施建设滞后（三）部分县市管网建设不足。") == ["二、治污设施建设滞后", "（三）部分县市管网建设不足。"]
    for line in ("一、认识不深（三）部分干部认识不足。", "（二）落实3、4号文件", "三、推进（二）期工程建设"):
        assert repair_breaks(line) == [line], line


def test_a_lists_name_run_into_its_first_part_and_problem_is_cut():
    """A converted page that lost the breaks after the list's name: name / part heading / first problem
    (holdout runlabels-chuxiong, batch 95: before, the name and the part heading were the first measure's text)."""
    assert repair_breaks("某州问题整改措施清单一、认识不深(一)部分干部对形势估计过于乐观。") == [
        "某州问题整改措施清单", "一、认识不深", "(一)部分干部对形势估计过于乐观。"]
    # a name running into prose or a date, or a sentence before the label, stays
    for line in ("某县重点工作任务清单一、二季度完成", "现将整改清单印发。一、认识不深(一)部分干部认识不足。",
                 "某县工作方案1.5万亩任务"):
        assert repair_breaks(line) == [line], line
