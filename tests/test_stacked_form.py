"""A 整改 task's form printed ONE cell a row, each label's row over its value's, and a report's mirror heading
(tests/fixtures/README.md "A task's form printed as label rows over value rows, and a cell joining the measures and
their result", "One measure a report quotes from the plan it checks"; holdout labelrows-hainanzhou-2021-1 and
quotedplan-ganzi-2021-1, batch 116).

海南州's 销号情况公示表 prints its task as a one-column table: 整改任务概述 / the problem / 整改责任单位 / the unit / … /
整改措施及成效 / ``整改措施：… 整改成效：…`` / 整改时间 / the span.  It is the form of label rows turned down the page
(parse/labelform.py ``_unstacked``): one measure, its text the 整改措施 part of the joint value (the 成效 part is the
report), its deadline the 整改时间 span.  A one-column table of paragraphs stays no form.
"""
from __future__ import annotations

from extractor.engine.extract import extract
from extractor.layout.issuer import signs
from extractor.layout.pagetitle import without_home_name
from extractor.parse.labelform import _measure_part
from extractor.parse.tableheader import role_of
from extractor.text import vocab

INFO = "<div>来源: 日期:2021-02-07 15:57:00</div>"
MEASURES = "整改措施：逐级签订草畜平衡责任书，落实减畜计划。"
RESULTS = "整改成效：2020年已实现草畜平衡。"


def _page(cells: list[str], heading: str = "某州整改任务销号情况公示表") -> bytes:
    rows = "".join(f"<tr><td><p>{c}</p></td></tr>" for c in cells)
    return (f"<html><head><meta charset='utf-8'><title>{heading}</title></head><body><h2>{heading}</h2>{INFO}"
            f"<table border='1'>{rows}</table></body></html>").encode("utf-8")


FORM = ["整改任务概述", "部分县草场超载仍然明显。", "整改责任单位", "某州人民政府", "整改目标", "草场载畜量控制在核定范围内。",
        "整改措施及成效", f"{MEASURES} {RESULTS}", "整改时间", "2018年4月至2020年12月", "整改情况", "已整改完成",
        "社会监督联系人及电话", "联系人：某某 联系电话：8530000"]


def test_a_form_printed_one_cell_a_row_is_one_measure():
    notice = extract(_page(FORM), name="t.html")
    assert [(m.measure_no, m.section_no, m.text, [a.name for a in m.lead], m.support, m.deadline)
            for m in notice.measures] == [
        (1, None, "逐级签订草畜平衡责任书，落实减畜计划。", ["某州人民政府"], (), "2018年4月至2020年12月")]


def test_the_results_part_of_a_joint_value_is_no_part_of_the_measure():
    assert _measure_part((f"{MEASURES} {RESULTS}",)) == ("逐级签订草畜平衡责任书，落实减畜计划。",)
    # a value with no inner labels, or opening with no measure's label, stays as printed
    assert _measure_part(("逐级签订责任书。",)) == ("逐级签订责任书。",)
    assert _measure_part((f"{RESULTS} {MEASURES}",)) == (f"{RESULTS} {MEASURES}",)


def test_the_span_a_rectification_is_carried_out_in_is_its_deadline():
    assert role_of("整改时间") == "deadline" and role_of("时间") is None


def test_a_one_column_table_of_paragraphs_is_no_form():
    paragraphs = ["一、总体要求", "各部门要提高认识，加强领导。", "二、主要任务", "市发改委负责编制规划。",
                  "三、保障措施", "加强督查考核。"]
    assert extract(_page(paragraphs, heading="某市工作方案"), name="t.html").measures == ()
    # a label in a value's row: no label / value pairs
    shifted = ["整改任务概述"] + FORM[2:] + ["备注"]
    assert extract(_page(shifted), name="t.html").measures == ()


def test_an_inspection_group_signs_the_report_it_posts():
    assert signs("四川省生态环境保护督察甘孜州督察组", vocab()["metadata"])


def test_a_brand_the_home_link_prints_is_no_word_of_the_heading():
    page = "<a href='/'>返回某厅明升体育首页</a><h1>某县小水电下泄不足 河段接近断流-明升体育</h1>"
    assert without_home_name("某县小水电下泄不足河段接近断流-明升体育", page) == "某县小水电下泄不足河段接近断流"
    # a name the page prints no home link for stays (a title's own last piece)
    assert without_home_name("某县小水电下泄不足-河段接近断流", page) == "某县小水电下泄不足-河段接近断流"
    assert without_home_name("某某规划（2021-2025年）", page) == "某某规划（2021-2025年）"


# batch 129 (holdout twolabels-tongliang-2025-2): a district's 销号公示表 as a two-column table of label cells beside
# value cells, printing only the task's doer, the posting period, the task's summary and the report of what was done
def _two_column(rows: list[tuple[str, str]]) -> bytes:
    cells = "".join(f"<tr><td><p>{k}</p></td><td><p>{v}</p></td></tr>" for k, v in rows)
    return (f"<html><head><meta charset='utf-8'><title>销号公示表</title></head><body><h2>销号公示表</h2>{INFO}"
            f"<table border='1'>{cells}</table></body></html>").encode("utf-8")


SUMMARY_FORM = [("整改实施主体", "某区城市管理局"), ("公示日期", "2025年6月24日至2025年7月7日"),
                ("整改任务概述", "建筑垃圾乱倒问题突出。"),
                ("整改情况", "1.安装智能监控设备。2.区城管部门与公安、交通部门联合执法53次。")]


def test_a_form_whose_only_task_wording_is_its_summary_gives_that_summary_led_by_its_doer():
    notice = extract(_two_column(SUMMARY_FORM), name="t.html")
    assert [(m.measure_no, m.text, [a.name for a in m.lead], m.support, m.deadline) for m in notice.measures] == [
        (1, "建筑垃圾乱倒问题突出。", ["某区城市管理局"], (), None)]
    assert role_of("整改实施主体") == role_of("实施主体") == "responsible"


def test_beside_a_measures_label_the_summary_stays_no_part_of_the_measure():
    # 海南州's form prints both: its 整改措施 part is the text, as before
    notice = extract(_page(FORM), name="t.html")
    assert [m.text for m in notice.measures] == ["逐级签订草畜平衡责任书，落实减畜计划。"]
    # a form naming neither the measures nor a summary is no task: no row
    no_task = [row for row in SUMMARY_FORM if row[0] != "整改任务概述"]
    assert extract(_two_column(no_task), name="t.html").measures == ()
