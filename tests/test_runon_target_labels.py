"""A summary run into one paragraph that skipped item numbers and prints each item's target under a text label
(``1.开展市容环境整治（2）创建目标：…责任科室（单位）：A、B（3）创建目标：…责任科室（单位）：A、B4.开展…创建目标：…
责任科室：C...``): a run of sub-items opens right under an item's heading at the number the summary printed, a label run
goes on over left-out numbers after a unit label's value as after a closed assignment bracket, a text label run into its
heading opens a line, and a numbered text label whose labels print no numbers keeps its number (holdout
targetlabel-unplaced, batch 125; session 73)."""
from extractor import extract
from extractor.parse.breakrepair import repair_breaks
from extractor.parse.itemjumps import after_assignment
from extractor.text import fold

SUMMARY = ("一、工作任务（一）深化创建，营造整洁环境1.开展市容整治（2）创建目标：对甲公厕进行整治提升"
           "责任科室（单位）：县甲医院、县乙医院（3）创建目标：对各类公共场所排队无序等问题进行整治。其中，入口设置提示标识。"
           "责任科室（单位）：县甲医院、县乙医院4.开展周边环境整治创建目标：集中整治与定期整治相结合，改善周边环境。"
           "责任科室：局甲科")


def test_the_summarys_items_are_cut_at_its_printed_numbers():
    lines = repair_breaks(SUMMARY, lost_breaks=True)
    assert "1.开展市容整治" in lines
    assert "（2）创建目标：对甲公厕进行整治提升" in lines
    assert "责任科室（单位）：县甲医院、县乙医院" in lines
    assert "4.开展周边环境整治" in lines
    assert "创建目标：集中整治与定期整治相结合，改善周边环境。" in lines


def test_a_unit_labels_value_closes_an_item_as_a_bracket_does():
    folded = fold("1.做甲。责任单位：县甲局、县乙局4.做丁。")
    closed = after_assignment(folded)
    assert closed(folded.index("4."))
    # a sentence after the label's value is no list of names: the item did not end at its units
    folded = fold("1.做甲。责任单位：县甲局负责，占地约4.做成绿地。")
    assert not after_assignment(folded)(folded.index("4."))


def test_a_jump_after_wording_stays_in_the_item():
    lines = repair_breaks("一、甲 1.第一项，完成约3.做成绿地。责任单位：县甲局 2.第二项。责任单位：县乙局", lost_breaks=True)
    assert not any(line.startswith("3.") for line in lines)


def test_a_sub_item_opening_past_one_needs_the_next_number():
    # a lone （3） under a heading, no （4） after it: a bracket of the heading's words, no digest's item
    lines = repair_breaks("一、工作任务1.开展整治（3）创建目标：做甲。责任单位：县甲局2.开展乙。责任单位：县乙局", lost_breaks=True)
    assert not any(line.startswith("（3）") for line in lines)


def test_a_text_label_right_after_its_number_is_no_cut():
    lines = repair_breaks(SUMMARY, lost_breaks=True)
    assert "（2）" not in lines and "（3）" not in lines


def test_the_summarys_measures_keep_the_numbers_it_printed():
    notice = extract(("在创建活动中开展卫生运动的实施方案\n" + SUMMARY + "...\n").encode("utf-8"), name="s.txt")
    assert [(m.measure_no, m.section_no, [u.name for u in m.lead]) for m in notice.measures] == [
        (2, 1, ["县甲医院", "县乙医院"]), (3, 1, ["县甲医院", "县乙医院"]), (4, 4, ["局甲科"])]
    assert notice.measures[0].text == "对甲公厕进行整治提升"
    assert [(s.no, s.label, s.title) for s in notice.sections] == [(1, "1.", "开展市容整治"), (4, "4.", "开展周边环境整治")]


def test_numbered_labels_of_one_measure_are_still_counted():
    # （一）目标任务：… / （二）牵头单位：… : the numbers number labels, so the measures are counted
    notice = extract(("一、甲项目\n（一）目标任务：建成甲设施\n（二）牵头单位：县甲局\n"
                      "二、乙项目\n（一）目标任务：建成乙设施\n（二）牵头单位：县乙局\n").encode("utf-8"), name="t.txt")
    assert [m.measure_no for m in notice.measures] == [1, 2]
