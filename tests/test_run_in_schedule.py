"""A schedule run in after a task's last sentence (``改建…4家。项目具体实施进度为：第一季度…；…。``): the task's deadline,
no part of its text; a run of unnumbered paragraphs each so closed over one ``上述项目由X牵头负责。`` line is that many
measures (parse/runinschedule.py, lostnumbers.scheduled_tasks; tests/fixtures/README.md, a project's paragraph
running its schedule in after a copula label; holdout aboveline-yangpu-undated-3, batch 129)."""
from extractor.parse.runinschedule import run_in_schedule

from test_outline import parsed

STAGES = "第一季度制定方案；第二季度落实施工；第四季度验收并开放"


def deadlines(result):
    return [(m.measure_no, m.text, m.lead_cells, m.deadline) for m in result.measures]


def test_a_copula_schedule_label_after_the_sentence_is_the_deadline():
    text, part = run_in_schedule("改建标准化菜市场4家。项目具体实施进度为：" + STAGES + "。")
    assert text == "改建标准化菜市场4家。"
    assert part is not None and part.deadline == STAGES and not part.lead


def test_a_schedule_word_with_a_colon_alone_is_read_too():
    text, part = run_in_schedule("新建健身点15个。进度安排：6月底前完成。")
    assert (text, part.deadline) == ("新建健身点15个。", "6月底前完成")


def test_no_period_after_the_label_or_a_label_opening_the_line_is_no_schedule():
    for line in ["改建菜市场。实施进度：按计划推进。", "实施进度：第一季度完成。", "改建菜市场，项目实施进度为：第一季度。",
                 "改建菜市场。完成时限：第一季度。"]:   # 完成时限 is a deadline word, no schedule's: left as printed
        assert run_in_schedule(line) == (line, None)


def test_each_scheduled_paragraph_over_a_group_line_is_a_measure():
    result = parsed(["五、加强社区公共服务设施建设。改建菜市场4家；新建健身点15个。",
                     "改建菜市场4家。项目具体实施进度为：" + STAGES + "。",
                     "建设追溯系统。项目具体实施进度为：第一季度细化方案；第四季度组织验收。",
                     "上述项目由区商务委牵头负责。",
                     "新建健身点15个。项目具体实施进度为：" + STAGES + "。",
                     "建设信息系统。项目具体实施进度为：第一季度制定方案；第四季度调试运行。",
                     "上述项目由区体育局牵头负责。"])
    assert deadlines(result) == [
        (1, "改建菜市场4家。", ("区商务委",), STAGES),
        (2, "建设追溯系统。", ("区商务委",), "第一季度细化方案；第四季度组织验收"),
        (3, "新建健身点15个。", ("区体育局",), STAGES),
        (4, "建设信息系统。", ("区体育局",), "第一季度制定方案；第四季度调试运行")]


def test_numbered_items_keep_their_run_in_schedule_under_a_group_line():
    result = parsed(["一、社区设施", "1.改建菜市场4家。实施进度：" + STAGES + "。", "2.建设追溯系统。实施进度：第四季度验收。",
                     "上述项目由区商务委牵头负责。"])
    assert deadlines(result) == [(1, "改建菜市场4家。", ("区商务委",), STAGES),
                                 (2, "建设追溯系统。", ("区商务委",), "第四季度验收")]


def test_paragraphs_without_their_own_schedule_stay_one_item():
    # the case the rule must not touch: a run of paragraphs of one task over its group's line
    result = parsed(["一、社区设施", "改建菜市场4家。项目具体实施进度为：" + STAGES + "。", "同步完善周边配套设施。",
                     "上述项目由区商务委牵头负责。", "新建健身点15个。", "上述项目由区体育局牵头负责。"])
    assert [(m.text, m.lead_cells, m.deadline) for m in result.measures] == [
        ("改建菜市场4家。项目具体实施进度为：" + STAGES + "。同步完善周边配套设施。", ("区商务委",), None),
        ("新建健身点15个。", ("区体育局",), None)]
