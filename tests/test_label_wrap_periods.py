"""A deadline label's run of stages a wrap cut INSIDE its last stage's period phrase (``进度安排：…；11月底`` /
``前全面完成。``, ``…；10月`` / ``底前完成验收。``): the line is the period's rest and the stage's, joined to its label
line (``labelwraps._ends_cut_period``; holdout stagecut-yiyang-2024-1, generator seed 17146: the deadline kept
``11月底`` and the rest line was read as a topic heading the items under it)."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.labelwraps import continues_label
from extractor.source.decode import decode_bytes

from conftest import make_raw


def test_the_rest_of_a_period_cut_by_a_wrap_goes_on_its_label_line():
    assert continues_label(["进度安排：4月底前完成招标；11月底"], "前全面完成。")
    assert continues_label(["进度安排：3月底前完成选址；10月"], "底前完成验收。")
    assert continues_label(["進度安排：5月底前開工建設；11月底"], "前全面完成。")   # a traditional copy


def test_a_line_that_reads_on_no_period_stays_apart():
    # the line opens a period of its own: a paragraph or a stage of its own, not the rest of this one
    assert not continues_label(["完成时限：2024年"], "12月底前各单位报送进展。")
    # a whole period: the line adds nothing to the date
    assert not continues_label(["完成时限：2024年底前"], "各乡镇要加强督导")
    # a single date (no run of stages doing work by their periods) is whole: the line is the next item's text,
    # though its verb reads on after a date (2021年3月—6月完成)
    assert not continues_label(["时间节点：2021年3月—6月"], "完成退役军人服务站规范化建设3个。")
    assert not continues_label(["完成时限：2024年"], "中心城区道路改造。")
    # stages that are bare dates show no cut in the last one
    assert not continues_label(["完成时限：2024年3月；2024年6月"], "中心城区道路改造。")
    # the line's first character reads the period on no further (完成 needs two)
    assert not continues_label(["进度安排：4月底前完成招标；11月底前"], "完成验收。")
    # a unit label's value: no period to read on
    assert not continues_label(["牵头单位：县教育局"], "前全面完成。")
    # a label line of its own after the deadline
    assert not continues_label(["完成时限：2024年6月"], "牵头单位：县教育局")


def test_the_item_keeps_its_whole_run_of_stages():
    text = "\n".join(["某县2024年民生实事分工", "", "1.新建农村公路80公里。", "", "牵头单位：县交通运输局", "",
                      "进度安排：4月底前完成招标；8月底前完成任务的60%；11月底", "", "前全面完成。", "",
                      "2.新建幼儿园3所。", "", "牵头单位：县教育局", "", "进度安排：3月底前完成选址；10月", "",
                      "底前完成验收。"])
    result = parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert [(m.measure_no, m.section, m.deadline) for m in result.measures] == [
        (1, None, "4月底前完成招标；8月底前完成任务的60%；11月底前全面完成"),
        (2, None, "3月底前完成选址；10月底前完成验收")]


def test_a_stage_cut_right_after_the_verb_the_date_grammar_folds_in_goes_on():
    # ``11月底前完成`` is a whole period to the date grammar (前完成 folded in), but earlier stages of the run go on
    # past their periods, so the last one was cut before its object (holdout stagecut-qimen-2024-7, generator bs18808)
    assert continues_label(["进度安排：3月底前完成路线摸排；7月底前完成改造里程的60%；11月底前完成"], "竣工验收。")
    assert continues_label(["進度安排：5月底前制定篩查計劃；12月底前完成"], "驗收評估。")   # a traditional copy
    # a single stage, or stages that are bare periods, show no cut: the line is text of its own
    assert not continues_label(["完成时限：2024年11月底前完成"], "竣工验收。")
    assert not continues_label(["进度安排：6月底前；11月底前完成"], "竣工验收。")
    # the line opens a period of its own
    assert not continues_label(["进度安排：3月底前完成摸排；11月底前完成"], "12月底前全面验收。")
    # a sentence of its own: more than one clause
    assert not continues_label(["进度安排：3月底前完成摸排；11月底前完成"], "各单位要高度重视、认真落实。")


def test_the_item_keeps_its_last_stage_cut_after_its_verb():
    text = "\n".join(["某县2024年民生实事分工", "1.新建农村公路80公里。", "牵头单位：县交通运输局",
                      "进度安排：4月底前完成招标；8月底前完成任务的60%；11月底前完成", "竣工验收。",
                      "2.新建幼儿园3所。", "牵头单位：县教育局", "进度安排：3月底前完成选址；10月底前建成使用。"])
    result = parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert [(m.measure_no, m.deadline) for m in result.measures] == [
        (1, "4月底前完成招标；8月底前完成任务的60%；11月底前完成竣工验收"), (2, "3月底前完成选址；10月底前建成使用")]
