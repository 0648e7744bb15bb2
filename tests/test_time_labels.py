"""A label naming the time an item or a project is carried out in (项目实施时间, 实施时间, 建设期限) is its deadline, a
span whole (tests/fixtures/README.md "A time the item is carried out in"; holdout projlabels-yecheng-2026-1, batch 81:
a 新疆 county's 项目计划公示, each project's 项目责任单位 line over its 项目实施时间 line)."""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.parse.assign import parse_labels


@pytest.mark.parametrize("text,deadline", [
    ("项目责任单位：柯克亚乡、农业农村局；项目实施时间：2026年2月-2026年9月", "2026年2月-2026年9月"),
    ("责任单位：县住建局；实施时间：2025年10月底前", "2025年10月底前"),
    ("牵头单位：县交通运输局；建设期限：2024年3月-2025年6月", "2024年3月-2025年6月"),
])
def test_a_label_naming_the_time_an_item_is_carried_out_in_is_its_deadline(text, deadline):
    found = parse_labels(text, "labelled")
    assert found is not None and found.deadline == deadline


def test_the_project_word_before_the_time_label_is_no_unit():
    found = parse_labels("项目责任单位：宗朗乡、民族宗教事务局；项目实施时间：2026年4月-2026年10月", "labelled")
    assert found.lead == ("宗朗乡、民族宗教事务局",) and found.deadline == "2026年4月-2026年10月"


@pytest.mark.parametrize("sep", ["、", "，", "/", " "])
def test_a_project_list_under_its_own_labels_gives_its_rows_whatever_parts_its_units(sep):
    # 项目 before the unit label as before the time label (roles.toml [label_qualifiers]): before, a 项目责任单位 line
    # was a label only beside a 项目责任领导 line and with its units parted by 、 (holdout projlabels-yecheng's
    # perturbations gave no rows at all)
    text = ("某县2026年项目计划公示\n"
            f"1.新建温室大棚20座。\n项目责任单位：柯克亚乡{sep}县农业农村局\n项目实施时间：2026年2月-2026年9月\n"
            f"2.新建标准化牛舍6栋。\n项目责任单位：依力克其乡{sep}县畜牧兽医局\n项目实施时间：2026年3月-2026年10月\n")
    notice = extract(text.encode("utf-8"))
    assert [(m.measure_no, [u.name for u in m.lead], m.deadline) for m in notice.measures] == [
        (1, ["柯克亚乡", "县农业农村局"], "2026年2月-2026年9月"),
        (2, ["依力克其乡", "县畜牧兽医局"], "2026年3月-2026年10月")]
