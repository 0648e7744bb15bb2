"""A cover letter's own numbered points before the plan (how to send feedback: ``1.电子邮件…``
``2.寄送书面意见…（…）``) are no measures, even when a point ends in a bracket of names (an
address): the plan after the attachment's mark or its own title holds the measures
(docs/parsing.md, "The letter's points are not the plan's sections")."""
import pytest

from test_outline import parsed

PLAN = ["二、主要任务",
        "（一）推进老旧小区改造。全年改造小区30个。（牵头单位：县住建局；责任单位：县财政局）",
        "（二）扩大公办学位供给。新建幼儿园2所。（牵头单位：县教育局；责任单位：县自然资源局）",
        "（三）完善农村供水设施。新建集中供水工程5处。（牵头单位：县水利局；责任单位：各乡镇）"]


def _rows(result):
    return [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells)
            for m in result.measures]


EXPECTED = [("二、", 1, "推进老旧小区改造。全年改造小区30个。", ("县住建局",), ("县财政局",)),
            ("二、", 2, "扩大公办学位供给。新建幼儿园2所。", ("县教育局",), ("县自然资源局",)),
            ("二、", 3, "完善农村供水设施。新建集中供水工程5处。", ("县水利局",), ("各乡镇",))]


@pytest.mark.parametrize("opener", [["附件："], ["附件1"]])
def test_the_letters_feedback_points_before_the_plan_are_no_measures(opener):
    letter = ["现将《某县2025年民生实事工作方案（征求意见稿）》向社会公开征求意见，请于2025年4月30日前反馈：",
              "1.电子邮件发送至：msss2025@example.com",
              "2.寄送书面意见至：某县人民政府办公室督查股（县政务服务中心）。",
              "某县人民政府办公室"]
    result = parsed(letter + opener + ["某县2025年民生实事工作方案", "一、总体目标", "全年办好民生实事十件。"] + PLAN)
    assert _rows(result) == EXPECTED


def test_a_plan_whose_first_items_are_numbered_right_after_its_title_keeps_them():
    result = parsed(["某县2025年民生实事工作方案",
                     "1.新建城区停车泊位500个。（县城管局、县公安局）",
                     "2.改造农村公路30公里。（县交通运输局、各乡镇）",
                     "3.新增养老床位200张。（县民政局）"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [
        (1, ("县城管局、县公安局",)), (2, ("县交通运输局、各乡镇",)), (3, ("县民政局",))]


def test_a_first_list_with_labelled_units_before_a_second_list_keeps_its_items():
    first = ["1.新建城区停车泊位500个。（牵头单位：县城管局）", "2.改造农村公路30公里。（牵头单位：县交通运输局）"]
    result = parsed(first + ["附件2"] + PLAN)
    assert [m.lead_cells for m in result.measures] == [("县城管局",), ("县交通运输局",), ("县住建局",),
                                                       ("县教育局",), ("县水利局",)]
