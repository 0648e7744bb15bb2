"""A list organised by unit that splits each unit's tasks under role sub-headings (牵头任务 /
配合任务, 主责事项 / 协同事项, （一）牵头的工作 / （二）参与的工作): under a support sub-heading the
unit supports, the item's own lead (if it prints one) leads; under a lead sub-heading the unit
leads unless the item names its own (docs/parsing.md, "A numbered heading that is a unit's name")."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.headlines import heading_role
from extractor.source.decode import decode_bytes

from conftest import make_raw
from test_outline import parsed   # a notice's body lines under a letter's title and recipients


def units(result):
    return [(m.measure_no, m.lead_cells, m.support_cells, m.deadline) for m in result.measures]


@pytest.mark.parametrize("text,role", [
    ("牵头任务", "lead"), ("配合任务", "support"), ("主责事项（3项）", "lead"), ("协同事项", "support"),
    ("牵头的工作", "lead"), ("参与的工作（共2项）", "support"), ("协办事项", "support"),
    # wording, not a role word over the unit's tasks
    ("牵头抓好安全生产", None), ("配合做好防汛工作", None), ("重点任务", None), ("县财政局牵头工作", None)])
def test_heading_role(text, role):
    assert heading_role(text) == role


def test_role_sub_headings_under_unit_headings_in_a_text_list():
    result = parsed(["一、区住房城乡建设局（3项）",
                     "（一）牵头任务",
                     "1.改造老旧小区12个。（配合单位：区财政局；完成时限：2025年10月底）",
                     "2.新建保障性租赁住房500套。（完成时限：2025年12月底）",
                     "（二）配合任务",
                     "3.推进城市地下管网改造。（牵头单位：区城市管理局；完成时限：2025年11月底）",
                     "4.开展燃气安全专项整治。（完成时限：2025年6月底）",
                     "二、区城市管理局（2项）",
                     "（一）牵头任务",
                     "5.推进城市地下管网改造。（配合单位：区住房城乡建设局；完成时限：2025年11月底）",
                     "（二）配合任务",
                     "6.创建省级文明城市。（牵头单位：区委宣传部；配合单位：区民政局；完成时限：2025年12月底）"])
    assert units(result) == [
        (1, ("区住房城乡建设局",), ("区财政局",), "2025年10月底"),
        (2, ("区住房城乡建设局",), (), "2025年12月底"),
        (3, ("区城市管理局",), ("区住房城乡建设局",), "2025年11月底"),
        (4, (), ("区住房城乡建设局",), "2025年6月底"),
        (5, ("区城市管理局",), ("区住房城乡建设局",), "2025年11月底"),
        (6, ("区委宣传部",), ("区民政局", "区城市管理局"), "2025年12月底")]


def test_role_sub_headings_on_an_html_page():
    page = ("<html><head><title>某县部门责任清单</title></head><body>"
            "<h1>某县人民政府办公室关于印发2024年部门责任清单的通知</h1>"
            "<p>各乡镇人民政府，县政府各部门：</p>"
            "<p>现将清单印发给你们，请抓好落实。</p>"
            "<p>某县人民政府办公室</p><p>2024年3月1日</p>"
            "<p><strong>一、县农业农村局</strong></p>"
            "<p>（一）主责事项</p>"
            "<p>1.新建高标准农田2万亩。（配合单位：县水务局；完成时限：2024年11月底）</p>"
            "<p>（二）协同事项</p>"
            "<p>2.实施河湖长制。（牵头单位：县水务局；完成时限：2024年12月底）</p>"
            "<p>3.开展耕地保护督察。（完成时限：2024年9月底）</p>"
            "<p><strong>二、县水务局</strong></p>"
            "<p>（一）主责事项</p>"
            "<p>4.实施河湖长制。（配合单位：县农业农村局；完成时限：2024年12月底）</p>"
            "<p>（二）协同事项</p>"
            "<p>5.新建高标准农田2万亩。（牵头单位：县农业农村局；完成时限：2024年11月底）</p>"
            "</body></html>")
    result = parse_body(locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="list.html"))))
    assert units(result) == [
        (1, ("县农业农村局",), ("县水务局",), "2024年11月底"),
        (2, ("县水务局",), ("县农业农村局",), "2024年12月底"),
        (3, (), ("县农业农村局",), "2024年9月底"),
        (4, ("县水务局",), ("县农业农村局",), "2024年12月底"),
        (5, ("县农业农村局",), ("县水务局",), "2024年11月底")]
