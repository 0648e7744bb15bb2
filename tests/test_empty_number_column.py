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


TEXT = ("枝江市2023年重点任务责任分工表\n{header}\n{rows}\n")
BAR_ROWS = ["| 一、扩大有效投资 | | | |",
            "|  | 加快国土空间规划编制。 | 市自然资源和规划局 | 各县区政府 |",
            "| 二、保障和改善民生 | | | |",
            "|  | 抓好生态环境问题整改。 | 市生态环境局 | 各县区政府 |",
            "|  | 新建学校15所。 | 市教育局 | 市财政局 |"]


def _text_rows(header: str, rows: list[str]):
    notice = extract(TEXT.format(header=header, rows="\n".join(rows)).encode("utf-8"), name="n.txt")
    return [(m.measure_no, m.section_no, m.text) for m in notice.measures]


WANT = [(1, 1, "加快国土空间规划编制。"), (2, 2, "抓好生态环境问题整改。"), (3, 2, "新建学校15所。")]


def test_a_text_bar_copy_numbers_the_rows_by_place_too():
    # blindsynth session 50 cause 2: a section row printed in the 序号 cell alone (| 一、… | | |) is no number either
    assert _text_rows("| 序号 | 重点任务 | 牵头单位 | 配合单位 |", BAR_ROWS) == WANT


def test_a_text_tab_copy_numbers_the_rows_by_place_too():
    # the same table with TABs between its cells, each section's heading a line of its own
    tab = [r.strip().strip("|").replace(" | ", "\t").replace("|", "\t").strip(" ") for r in BAR_ROWS]
    assert _text_rows("序号\t重点任务\t牵头单位\t配合单位",
                      [t if not t.startswith(("一", "二")) else t.split("\t")[0] for t in tab]) == WANT
