"""A heading's count set on the line under it joins the heading (``formlines.join_heading_counts``).

A news page lists a 民生实事 list's parts as `一、城建综合治理类` with the part's count on the next line (`（4件）`),
where a notice prints `一、城建综合治理类（4件）` on one: the count is the heading's, kept in its title as a count
in brackets always is (tests/fixtures/README.md, `sections`).  Before, the count line was words of no item and the
section's title lost it (holdout glossprojects-mianyang, batch 79).
"""
from extractor.parse.formlines import join_heading_counts
from test_table import parse_text

LIST = """一、城建综合治理类
（2件）
1.城南污水处理厂扩建项目
新增日处理污水能力8万吨。
责任单位：市住建委。
2.老旧小区改造项目
完成城区老旧小区改造40个。
责任单位：市住建委。
二、医疗社会保障类

（1件）
3.困难老年人居家适老化改造项目
为1200户困难老年人家庭实施改造。
责任单位：市民政局。
"""


def test_a_count_line_under_a_part_heading_joins_its_title():
    parsed = parse_text(LIST)
    assert [(s.no, s.label, s.title) for s in parsed.sections] == [
        (1, "一、", "城建综合治理类（2件）"), (2, "二、", "医疗社会保障类（1件）")]
    assert [(m.measure_no, m.section.no, m.text) for m in parsed.measures] == [
        (1, 1, "城南污水处理厂扩建项目新增日处理污水能力8万吨。"), (2, 1, "老旧小区改造项目完成城区老旧小区改造40个。"),
        (3, 2, "困难老年人居家适老化改造项目为1200户困难老年人家庭实施改造。")]


def test_a_count_line_joins_only_a_heading_printing_none():
    assert join_heading_counts(["（二）医疗保障类（3件）", "（3件）"]) == ["（二）医疗保障类（3件）", "（3件）"]
    assert join_heading_counts(["1.城南污水处理厂扩建项目", "（2件）"]) == ["1.城南污水处理厂扩建项目", "（2件）"]
    assert join_heading_counts(["（二）医疗保障类", "", "共3项"]) == ["（二）医疗保障类共3项"]
    assert join_heading_counts(["（二）医疗保障类", "（3件）任务如下"]) == ["（二）医疗保障类", "（3件）任务如下"]
