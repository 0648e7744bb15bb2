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


# A letter that sends a plan may close with its own requirements 一、二、三、, each a paragraph that
# opens with its point and goes on with what the recipients must do; a copy with no plan title
# and no signature runs straight from them into the plan's items 1. 2. 3.: the items are no part
# of the letter's last requirement (wordspace-heze, holdout 21).
LETTER = ["为推动城乡供水一体化，经县政府同意，现将《某县城乡供水一体化工作方案》（以下简称《方案》）印发给你们，"
          "请结合实际认真组织实施。",
          "一、统一思想，强化组织领导。各乡镇、各有关部门要把城乡供水一体化摆在突出位置，主要负责同志亲自部署。",
          "二、明确分工，形成工作合力。各牵头单位要细化工作措施；各配合单位要密切协作，及时通报进展。",
          "三、强化督导，确保按期完成。县水利局负责《方案》实施的统筹协调，每季度汇总工作进展报县政府。"]
ITEMS = ["1. 新建县城第二水厂，日供水能力达到5万吨。（牵头单位：县水利局；配合单位：县发展改革局、县财政局）",
         "2. 改造农村老旧供水管网120公里。（牵头单位：县水利局；配合单位：县住建局）",
         "3. 建立城乡供水水质监测体系。（牵头单位：县卫生健康局）"]


def _sections(result):
    return [s.label for s in result.sections], [(m.section.label if m.section else None, m.measure_no)
                                                for m in result.measures]


def test_the_letters_requirements_before_a_plan_with_no_title_head_none_of_its_items():
    assert _sections(parsed(LETTER + ITEMS)) == ([], [(None, 1), (None, 2), (None, 3)])


@pytest.mark.parametrize("title", ["某县2024年城乡供水一体化重点工作任务分工", "某县城乡供水一体化任务清单"])
def test_the_letters_requirements_run_into_the_lists_own_title_head_none_of_its_items(title):
    """An undated, unsigned letter runs its last requirement straight into the list's own title and the list: the
    title line is no part of that requirement, which still says its point in full (blindsynth session 49 cause 5:
    before, 三、加强督促检查 headed every item, bs3047, bs3065, bs8521)."""
    assert _sections(parsed(LETTER + [title] + ITEMS)) == ([], [(None, 1), (None, 2), (None, 3)])


def test_a_run_in_section_over_its_title_line_and_items_keeps_them_when_alone():
    """One run-in point over the list's title is fewer than MIN_LETTER_REQUIREMENTS: read as before."""
    result = parsed([LETTER[0], LETTER[1], "某县2024年城乡供水一体化重点工作任务分工"] + ITEMS)
    assert _sections(result)[0] == ["一、"]


@pytest.mark.parametrize("heads", [
    # headings alone on their lines, prose under the first two: the plan's sections
    ["一、总体要求", "坚持政府主导、市场运作，统筹城乡供水设施建设。", "二、工作目标", "到2025年，农村自来水普及率达到98%。",
     "三、重点任务"],
    # headings run into their paragraphs, the last one a heading only
    ["一、总体要求。坚持政府主导、市场运作，统筹城乡供水设施建设。", "二、工作目标。到2025年，农村自来水普及率达到98%。",
     "三、重点任务"],
    # the last one leads into its items
    ["一、总体要求。坚持政府主导、市场运作，统筹城乡供水设施建设。", "二、工作目标。到2025年，农村自来水普及率达到98%。",
     "三、重点任务。围绕上述目标，重点抓好以下工作："],
])
def test_a_plan_whose_tasks_all_sit_under_its_last_section_keeps_that_section(heads):
    assert _sections(parsed(heads + ITEMS)) == (["三、"], [("三、", 1), ("三、", 2), ("三、", 3)])


def test_run_in_sections_that_each_hold_items_keep_them():
    result = parsed(["一、保障城区供水。坚持扩容提质，满足城区发展需要。", ITEMS[0], ITEMS[1],
                     "二、提升水质安全。健全水质保障体系，确保群众饮水安全。", ITEMS[2]])
    assert _sections(result) == (["一、", "二、"], [("一、", 1), ("一、", 2), ("二、", 3)])
