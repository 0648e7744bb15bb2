"""A digest run into one paragraph that left items out (a policy site's summary of a district's plan: items 1, 2, 4 …
7, 10, 13, 15, 16 under headings （一）（二）（五）（六）（七)): a run of labels goes on over several numbers where the label
stands right after an item's closed assignment bracket, or right under a heading standing so (breakrepair._sequence,
``SKIPPED_AFTER_ITEM_MAX``; holdout runon-pengshan, batch 107: before, the run stopped at 7 and the rest of the part
ran into item 7's text, 5/10 measures)."""
from extractor.parse.itemjumps import SKIPPED_AFTER_ITEM_MAX
from extractor.parse.breakrepair import repair_breaks

DIGEST = ("二、重点任务（一）甲行动1.做第一项，（责任单位：区甲局等）2.做第二项，（责任单位：区乙局）4.做第四项，（责任单位：区甲局）"
          "（二）乙行动5.做第五项，（责任单位：区丙局）6.做第六项，（责任单位：区甲局）7.做第七项，（责任单位：区乙局等）"
          "（五）丙行动10.做第十项，（责任单位：区丁局）（六）丁行动13.做第十三项，（责任单位：区甲局、区乙局）"
          "15.做第十五项，（责任单位：区丙局）三、组织实施由区领导小组统筹。")


def test_labels_jumping_numbers_after_closed_brackets_are_cut():
    lines = repair_breaks(DIGEST, lost_breaks=True)
    assert "（五）丙行动" in lines and "10.做第十项，（责任单位：区丁局）" in lines
    assert "（六）丁行动" in lines and "13.做第十三项，（责任单位：区甲局、区乙局）" in lines
    assert "15.做第十五项，（责任单位：区丙局）" in lines
    assert "7.做第七项，（责任单位：区乙局等）" in lines


def test_a_jump_after_wording_is_no_label():
    # 10. after 7. where no assignment bracket closes before it: a number of the item's wording
    lines = repair_breaks("一、甲 1.第一项。（A负责） 2.第二项。（B负责）3.第三项，占地约10.做成绿地。（C负责）4.第四项。（D负责）",
                          lost_breaks=True)
    assert not any(line.startswith("10.") for line in lines)


def test_a_jump_after_a_bracket_of_wording_is_no_label():
    lines = repair_breaks("一、甲 1.第一项。（A负责） 2.第二项。（B负责）3.建设公园（含广场）10.做成绿地。（C负责）",
                          lost_breaks=True)
    assert not any(line.startswith("10.") for line in lines)


def test_a_jump_too_long_is_no_label():
    far = 3 + SKIPPED_AFTER_ITEM_MAX + 2
    lines = repair_breaks(f"一、甲 1.第一项。（A负责） 2.第二项。（B负责）3.第三项。（C负责）{far}.做。（D负责）", lost_breaks=True)
    assert not any(line.startswith(f"{far}.") for line in lines)


def test_a_line_with_its_breaks_takes_no_jump():
    assert repair_breaks("1.第一项。（A负责）2.第二项。（B负责）5.第五项。（C负责）") == \
        ["1.第一项。（A负责）", "2.第二项。（B负责）5.第五项。（C负责）"]
