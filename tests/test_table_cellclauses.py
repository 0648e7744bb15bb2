"""Stage 5: a table's task cell that carries its own assignment clause.

Some tables print no unit column at all (序号 | 工作任务 | 完成时间) and close each task
cell with the clause an inline list would carry; others have a unit column that a row
leaves empty.  The cell is read with the inline reader's grammar (docs/parsing.md,
"one assignment grammar"), whatever the table's medium: a page, a text copy, an office file.
"""
from extractor.parse.grid import Cell
from extractor.parse.table import find_header, parse_grid

from test_table import parse_html
from test_textgrid import parse_text


def units(parsed):
    return [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline, m.form) for m in parsed.measures]


def test_a_table_without_unit_columns_reads_the_label_bracket_closing_the_task_cell():
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>完成时间</td></tr>
      <tr><td colspan=3>一、提升城市品质</td></tr>
      <tr><td>1</td><td>完成老旧小区改造120个。（牵头单位：省住房城乡建设厅；配合单位：省财政厅、省自然资源厅）</td>
          <td>2021年11月</td></tr>
      <tr><td>2</td><td>建成城市绿道300公里【牵头单位：省林草局】</td><td>2021年底</td></tr></table>""")
    assert units(p) == [
        (1, "完成老旧小区改造120个。", ("省住房城乡建设厅",), ("省财政厅、省自然资源厅",), "2021年11月", "html-table"),
        (2, "建成城市绿道300公里", ("省林草局",), (), "2021年底", "html-table")]
    assert [s.title for s in p.sections] == ["提升城市品质"]


def test_a_verb_bracket_in_the_task_cell_gives_the_deadline_when_no_column_does():
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>备注</td></tr>
      <tr><td>1</td><td>推进政务数据共享。（省大数据局牵头，省发展改革委、省公安厅配合，2022年6月底前完成）</td></tr>
      <tr><td>2</td><td>省商务厅牵头，省财政厅配合，落实外贸企业帮扶政策。</td></tr></table>""")
    assert units(p) == [
        (1, "推进政务数据共享。", ("省大数据局",), ("省发展改革委、省公安厅",), "2022年6月底前完成", "html-table"),
        (2, "落实外贸企业帮扶政策。", ("省商务厅",), ("省财政厅",), None, "html-table")]


def test_a_unit_column_left_empty_lets_the_task_cell_name_the_units_and_a_filled_one_wins():
    p = parse_html("""<table><tr><td>序号</td><td>重点工作</td><td>责任单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td>开展农村人居环境整治。（牵头单位：市农业农村局；配合单位：各县区政府）</td><td></td><td>年底前</td></tr>
      <tr><td>2</td><td>组织全市消防演练（含各县区）</td><td>市应急局</td><td>9月</td></tr>
      <tr><td>3</td><td>改造城区供水管网（市水务局牵头）</td><td>市城管局</td><td>10月</td></tr></table>""")
    assert units(p) == [
        (1, "开展农村人居环境整治。", ("市农业农村局",), ("各县区政府",), "年底前", "html-table"),
        # a note in brackets is wording, and a filled unit column is what the row says
        (2, "组织全市消防演练（含各县区）", ("市应急局",), (), "9月", "html-table"),
        (3, "改造城区供水管网（市水务局牵头）", ("市城管局",), (), "10月", "html-table")]


def test_a_task_cell_whose_text_is_no_assignment_stays_whole():
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>完成时限</td></tr>
      <tr><td>1</td><td>建设智慧停车平台（一期）</td><td>2020年</td></tr></table>""")
    assert units(p) == [(1, "建设智慧停车平台（一期）", (), (), "2020年", "html-table")]


def test_label_lines_under_the_task_in_one_cell():
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>完成时限</td></tr>
      <tr><td>1</td><td>实施河湖长制考核<br>牵头单位：市水利局<br>配合单位：市生态环境局</td><td>12月</td></tr></table>""")
    assert units(p) == [(1, "实施河湖长制考核", ("市水利局",), ("市生态环境局",), "12月", "html-table")]


def test_a_text_copy_of_the_table_reads_the_bracket_too():
    p = parse_text(["序号\t工作任务\t完成时间", "1\t完成老旧小区改造120个。（牵头单位：市住建局；配合单位：市财政局）\t11月",
                    "2\t建成城市绿道（市林业局牵头，市交通局配合）\t年底"])
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in p.measures] == [
        (1, "完成老旧小区改造120个。", ("市住建局",), ("市财政局",), "11月"),
        (2, "建成城市绿道", ("市林业局",), ("市交通局",), "年底")]
    assert {m.form for m in p.measures} == {"text-tab"}


def test_an_office_table_takes_the_same_path():
    grid = [[Cell((t,), (r, c)) for c, t in enumerate(row)] for r, row in enumerate([
        ("序号", "工作任务", "完成时限"),
        ("1", "开展医保基金专项检查。（牵头单位：县医保局；配合单位：县卫生健康局）", "6月底前")])]
    p = parse_grid(grid, find_header(grid), "xlsx-table")
    assert units(p) == [(1, "开展医保基金专项检查。", ("县医保局",), ("县卫生健康局",), "6月底前", "xlsx-table")]
