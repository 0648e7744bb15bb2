"""A list organised by unit whose unit lines carry no number (``县发展和改革局：`` on a line of its
own) and split each unit's tasks under role sub-headings (牵头任务 / 配合任务, numbered or not): the
unit leads the items under its lead sub-heading and supports those under its support sub-heading,
as a numbered unit heading's sub-headings give it (docs/parsing.md, "A numbered heading that is a
unit's name"); the sub-headings are no measures.  Only where two or more such unit lines stand."""
import pytest

from test_outline import parsed


def _units(result):
    return [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in result.measures]


def _list(colon: str, numbered: bool):
    lead, support = ("（一）牵头任务", "（二）配合任务") if numbered else ("牵头任务" + colon, "配合任务" + colon)
    return ["县发展和改革局" + colon, lead,
            "1.推进重大项目前期工作。（配合单位：县自然资源局；完成时限：2024年6月底）",
            "2.开展社会信用体系建设。（完成时限：2024年底）",
            support,
            "3.做好防汛物资储备。（牵头单位：县应急局；完成时限：汛期前）",
            "县财政局" + colon, lead,
            "1.深化预算绩效管理改革。（配合单位：县审计局；完成时限：2024年底）",
            support,
            "2.落实重大项目资金保障。（牵头单位：县发展和改革局；配合单位：县国资中心；完成时限：2024年底）",
            "3.开展财会监督专项行动。（完成时限：2024年9月底）"]


EXPECTED = [
    (1, "推进重大项目前期工作。", ("县发展和改革局",), ("县自然资源局",), "2024年6月底"),
    (2, "开展社会信用体系建设。", ("县发展和改革局",), (), "2024年底"),
    (3, "做好防汛物资储备。", ("县应急局",), ("县发展和改革局",), "汛期前"),
    (1, "深化预算绩效管理改革。", ("县财政局",), ("县审计局",), "2024年底"),
    (2, "落实重大项目资金保障。", ("县发展和改革局",), ("县国资中心", "县财政局"), "2024年底"),
    (3, "开展财会监督专项行动。", (), ("县财政局",), "2024年9月底"),
]


@pytest.mark.parametrize("colon", ["：", ""])
@pytest.mark.parametrize("numbered", [True, False])
def test_unit_lines_without_numbers_over_role_sub_headings(colon, numbered):
    assert _units(parsed(_list(colon, numbered))) == EXPECTED


def test_one_unit_line_is_no_list_organised_by_unit():
    # a lone name line over a role word stays as before: no unit is given to the items
    lines = _list("：", True)[:6]
    assert all(not m.lead_cells or m.lead_cells == ("县应急局",) for m in parsed(lines).measures)


def test_a_label_line_waiting_for_its_value_is_no_unit_line():
    lines = ["1.推进重大项目前期工作。", "牵头单位：", "县发展和改革局", "配合单位：县自然资源局",
             "2.开展社会信用体系建设。", "牵头单位：", "县市场监管局"]
    assert [(m.lead_cells, m.support_cells) for m in parsed(lines).measures] == [
        (("县发展和改革局",), ("县自然资源局",)), (("县市场监管局",), ())]


def test_unit_lines_over_role_lines_in_the_labelled_form():
    lines = ["县发展和改革局：", "牵头任务：",
             "1.推进重大项目前期工作。", "配合单位：县自然资源局", "完成时限：2024年6月底",
             "配合任务：", "2.做好防汛物资储备。", "牵头单位：县应急局", "完成时限：汛期前",
             "县财政局：", "牵头任务：", "1.深化预算绩效管理改革。", "配合单位：县审计局", "完成时限：2024年底"]
    assert _units(parsed(lines)) == [
        (1, "推进重大项目前期工作。", ("县发展和改革局",), ("县自然资源局",), "2024年6月底"),
        (2, "做好防汛物资储备。", ("县应急局",), ("县发展和改革局",), "汛期前"),
        (1, "深化预算绩效管理改革。", ("县财政局",), ("县审计局",), "2024年底")]
