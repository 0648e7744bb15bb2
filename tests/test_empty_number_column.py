"""A table whose 序号 cells print nothing (a Word table's automatic numbering lost in the paste:
holdout noserial-wuhu, batch 44): its rows are numbered by their place in the notice, as a table
with no 序号 column numbers them (tests/fixtures/README.md, measure_no)."""
from extractor import extract


def page(rows: str) -> bytes:
    return ("<html><body><div class='content'><p>2020年度重点工作任务分解表</p>"
            "<table><tr><td>序号</td><td>目标与任务</td><td>牵头责任单位</td><td>责任单位</td></tr>"
            f"{rows}</table></div></body></html>").encode("utf-8")


def test_empty_number_cells_number_the_rows_by_place():
    notice = extract(page("<tr><td></td><td>加快国土空间规划编制。</td><td>市自然资源和规划局</td><td>各县区政府</td></tr>"
                          "<tr><td></td><td>抓好生态环境问题整改。</td><td>市生态环境局</td><td>各县区政府</td></tr>"),
                     name="p.html")
    assert [(m.measure_no, m.text) for m in notice.measures] == [(1, "加快国土空间规划编制。"), (2, "抓好生态环境问题整改。")]


def test_a_section_row_across_the_table_does_not_count_as_a_number():
    notice = extract(page("<tr><td colspan=4>一、生态环境</td></tr>"
                          "<tr><td></td><td>加快国土空间规划编制。</td><td>市自然资源和规划局</td><td>各县区政府</td></tr>"
                          "<tr><td></td><td>抓好生态环境问题整改。</td><td>市生态环境局</td><td>各县区政府</td></tr>"),
                     name="p.html")
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 1)]


def test_printed_numbers_are_kept():
    notice = extract(page("<tr><td>3</td><td>加快国土空间规划编制。</td><td>市自然资源和规划局</td><td>各县区政府</td></tr>"
                          "<tr><td>4</td><td>抓好生态环境问题整改。</td><td>市生态环境局</td><td>各县区政府</td></tr>"),
                     name="p.html")
    assert [m.measure_no for m in notice.measures] == [3, 4]
