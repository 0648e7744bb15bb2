"""Stage 5: a note column (备注) whose cell is only a date is its rows' deadline.

A table with no deadline column may print each group's completion month in its note column at
the right edge, the cell merged over the group's rows (备注 holding 2021年9月).  A note cell the
date grammar reads whole gives the rows it covers their deadline and is no note then; a note
that only mentions a date in a sentence (2021年3月已开工) stays a note, and a deadline column's
own date wins (docs/parsing.md, "A note column naming units").
"""
from test_table import parse_html

HEADER = "<tr><td>序号</td><td>工作内容</td><td>责任单位</td><td>备注</td></tr>"


def rows(parsed):
    return [(m.measure_no, m.lead_cells, m.deadline, m.extra) for m in parsed.measures]


def test_a_date_alone_in_a_merged_note_cell_is_the_deadline_of_its_rows():
    p = parse_html("<table>" + HEADER
                   + "<tr><td>1</td><td>建成乡村驿站两处</td><td>县文旅局</td><td rowspan='2'>2021年9月</td></tr>"
                   + "<tr><td>2</td><td>整修环湖步道五公里</td><td>县住建局</td></tr>"
                   + "<tr><td>3</td><td>新增公共充电桩四十个</td><td>县发改局</td><td>2021年底前</td></tr>"
                   + "</table>")
    assert rows(p) == [(1, ("县文旅局",), "2021年9月", {}),
                       (2, ("县住建局",), "2021年9月", {}),
                       (3, ("县发改局",), "2021年底前", {})]


def test_a_note_mentioning_a_date_or_beside_a_deadline_column_stays_a_note():
    p = parse_html("<table>" + HEADER
                   + "<tr><td>1</td><td>改造城区供水管网</td><td>县水务局</td><td>2021年3月已开工</td></tr>"
                   + "<tr><td>2</td><td>建设智慧停车系统</td><td>县城管局</td><td>省级考核事项</td></tr>"
                   + "</table>")
    assert rows(p) == [(1, ("县水务局",), None, {"备注": "2021年3月已开工"}),
                       (2, ("县城管局",), None, {"备注": "省级考核事项"})]
    p = parse_html("<table><tr><td>序号</td><td>工作内容</td><td>责任单位</td><td>完成时限</td><td>备注</td></tr>"
                   + "<tr><td>1</td><td>改造城区供水管网</td><td>县水务局</td><td>2021年6月</td><td>2021年3月</td></tr>"
                   + "</table>")
    assert rows(p) == [(1, ("县水务局",), "2021年6月", {"备注": "2021年3月"})]
