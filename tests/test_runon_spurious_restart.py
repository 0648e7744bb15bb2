"""A notice run into one line (breakrepair.repair_breaks, lost breaks): a sentence's 一、 (三证合一、一照一码) between
two headings does not end their run, so 三、 after 二、 is still a heading (``_spurious_restart``); and recipients
opening the run with a space after their colon are cut off the preface even when the preface cites a doc number
(letterjoints.letter_joints).  Holdout canjia-jining: before, 三、 and 四、 stayed inside the items above them and the
recipients ran into the preface."""
from extractor.parse.runon import letter_joints
from extractor.parse.breakrepair import repair_breaks

RUN = ("一、稳定就业 1.扩大岗位。（市发展改革委牵头，市财政局参加） 二、扶持创业 2.放宽准入，推行“三证合一、一照一码”。"
       "（市工商局负责） 3.加大贷款。（市人力资源社会保障局牵头，市财政局参加） 三、重点群体 "
       "4.做好毕业生就业。（市教育局牵头，团市委参加） 四、加强组织领导 各级政府要抓好落实。")


def test_a_sentences_restart_does_not_end_the_headings_run():
    lines = repair_breaks(RUN, lost_breaks=True)
    assert "三、重点群体" in lines and any(line.startswith("四、加强组织领导") for line in lines)
    assert any(line.startswith("4.做好毕业生就业") for line in lines)
    assert not any(line.startswith("一、一照一码") for line in lines)   # the sentence's 一、 stays in its item


def test_a_real_restart_still_opens_a_run():
    lines = repair_breaks("一、甲 1.子一。（A负责） 2.子二。（B负责） 二、乙 1.子三。（C负责） 2.子四。（D负责）", lost_breaks=True)
    assert lines == ["一、甲", "1.子一。（A负责）", "2.子二。（B负责）", "二、乙", "1.子三。（C负责）", "2.子四。（D负责）"]


def test_recipients_opening_a_part_are_cut_before_a_cited_number():
    part = ("各县（市、区）人民政府，市政府各部门，各高等院校：  为贯彻国务院的部署（国发〔2015〕23号、鲁政发〔2015〕21号），"
            "结合实际，现提出以下意见：")
    cuts = sorted(letter_joints(part))
    colon = part.index("：") + 1
    assert colon in cuts
    assert not any(part.index("23号") < at < len(part) for at in cuts)   # the cited numbers are the letter's text
