"""A table's column of the units taking part beside the lead (相关单位: 序号 | 任务 | 牵头单位 | 相关单位),
read by the table header only: a label line or a heading printing 相关 names no role."""
from extractor.engine.extract import extract
from extractor.parse.labels import label_role
from extractor.parse.roles import header_roles, label_roles
from extractor.parse.tableheader import role_of


def _page(header: list[str], rows: list[list[str]]) -> bytes:
    cells = lambda row: "".join(f"<td>{c}</td>" for c in row)   # noqa: E731
    table = "".join(f"<tr>{cells(r)}</tr>" for r in [header, *rows])
    return (f"<html><body><h1>某县2019年重点工作推进表</h1><table border='1'>{table}</table>"
            "</body></html>").encode("utf-8")


def _units(notice):
    return [([r.name for r in m.lead], [r.name for r in m.support]) for m in notice.measures]


def test_a_related_units_column_supports_beside_the_lead():
    notice = extract(_page(["序号", "重点任务", "牵头单位", "相关单位", "推进情况"],
                           [["1", "建成乡村物流站点二十个", "县商务局", "县交通局、县邮政分公司", "已建成九个"],
                            ["2", "新增绿道十五公里", "县林业局", "县住建局，各乡镇", "已完成选线"]]))
    assert _units(notice) == [(["县商务局"], ["县交通局", "县邮政分公司"]),
                              (["县林业局"], ["县住建局", "各乡镇"])]


def test_a_related_units_column_supports_beside_a_responsible_column():
    notice = extract(_page(["序号", "重点任务", "责任单位", "相关部门"],
                           [["1", "建成乡村物流站点二十个", "县商务局", "县交通局"],
                            ["2", "新增绿道十五公里", "县林业局", "县住建局"]]))
    assert _units(notice) == [(["县商务局"], ["县交通局"]), (["县林业局"], ["县住建局"])]


def test_related_units_is_a_header_word_only():
    assert role_of("相关单位") == "support" and role_of("相关部门") == "support"
    assert label_role("相关单位") is None           # 各相关单位： opens a letter's recipients line
    assert "相关单位" not in label_roles()["support"]
    assert set(label_roles()["support"]) < set(header_roles()["support"])
