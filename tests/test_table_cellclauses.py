"""Stage 5: a table's task cell that carries its own assignment clause.

Some tables print no unit column at all (序号 | 工作任务 | 完成时间) and close each task
cell with the clause an inline list would carry; others have a unit column that a row
leaves empty.  The cell is read with the inline reader's grammar (docs/parsing.md,
"one assignment grammar"), whatever the table's medium: a page, a text copy, an office file.
"""
import pytest

from extractor.parse.grid import Cell
from extractor.parse.table import parse_grid
from extractor.parse.tableheader import find_header

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


def test_a_bracket_holding_only_a_deadline_closes_the_task_cell_of_a_table_without_a_deadline_column():
    # unit columns but no 完成时限: the task cell's closing bracket states when, as an item's
    # unit-less bracket does in the text forms; the task is printed without it
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>
      <tr><td>1</td><td>建成区级政务数据共享平台。（2022年6月底前）</td><td>区大数据中心</td><td>区财政局</td></tr>
      <tr><td>2</td><td>推进老旧街区微改造（持续推进）</td><td>区住建局</td><td></td></tr>
      <tr><td>3</td><td>开展校园食品安全检查（完成时限：每学期开学前）</td><td>区教育局</td><td>区市场监管局</td></tr>
      <tr><td>4</td><td>建设智慧停车平台（一期）</td><td>区城管局</td><td></td></tr>
      <tr><td>5</td><td>（2023年底前）</td><td>区文旅局</td><td></td></tr></table>""")
    assert units(p) == [
        (1, "建成区级政务数据共享平台。", ("区大数据中心",), ("区财政局",), "2022年6月底前", "html-table"),
        (2, "推进老旧街区微改造", ("区住建局",), (), "持续推进", "html-table"),
        (3, "开展校园食品安全检查", ("区教育局",), ("区市场监管局",), "每学期开学前", "html-table"),
        # a bracket that states no deadline is wording, and a cell that would be nothing but it stays
        (4, "建设智慧停车平台（一期）", ("区城管局",), (), None, "html-table"),
        (5, "（2023年底前）", ("区文旅局",), (), None, "html-table")]


def test_a_deadline_column_wins_over_the_bracket_and_a_text_copy_reads_it_too():
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td>完成河道清淤50公里（2021年汛期前）</td><td>县水利局</td><td>2021年5月</td></tr>
      <tr><td>2</td><td>完成农村公路提档升级（2021年10月底前）</td><td>县交通局</td><td></td></tr></table>""")
    assert [(m.text, m.deadline) for m in p.measures] == [
        ("完成河道清淤50公里（2021年汛期前）", "2021年5月"), ("完成农村公路提档升级", "2021年10月底前")]
    t = parse_text(["序号\t工作任务\t牵头单位\t配合单位", "1\t修订镇村规划。（2024年3月底前）\t镇规划办\t镇财政所",
                    "2\t整治背街小巷（年内完成）\t镇城管中队\t"])
    assert [(m.text, m.lead_cells, m.deadline, m.form) for m in t.measures] == [
        ("修订镇村规划。", ("镇规划办",), "2024年3月底前", "text-tab"), ("整治背街小巷", ("镇城管中队",), "年内完成", "text-tab")]


def test_a_group_row_across_the_table_that_names_units_gives_them_to_the_rows_under_it():
    # as a heading with its own bracket, or one naming a lead, does for its items in the text forms
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时间</td></tr>
      <tr><td colspan=5>一、提升政务服务效能（牵头单位：县政务服务中心；配合单位：县大数据局）</td></tr>
      <tr><td>1</td><td>推行企业开办一日办结</td><td></td><td></td><td>6月底前</td></tr>
      <tr><td>2</td><td>建设“一网通办”县级分厅</td><td></td><td>县财政局</td><td>9月底前</td></tr>
      <tr><td colspan=5>二、县农业农村局牵头工作</td></tr>
      <tr><td>3</td><td>新建高标准农田2万亩</td><td></td><td>县水利局</td><td>年底前</td></tr>
      <tr><td colspan=5>三、改善城乡人居环境</td></tr>
      <tr><td>4</td><td>完成农村改厕1500户</td><td></td><td></td><td>年底前</td></tr>
      <tr><td>5</td><td>整治城区背街小巷</td><td>县住建局</td><td></td><td>11月底前</td></tr></table>""")
    assert [(m.section.no, m.measure_no, m.lead_cells, m.support_cells, m.deadline) for m in p.measures] == [
        (1, 1, ("县政务服务中心",), ("县大数据局",), "6月底前"),
        # a row naming support only takes the group's lead
        (1, 2, ("县政务服务中心",), ("县财政局",), "9月底前"),
        (2, 3, ("县农业农村局",), ("县水利局",), "年底前"),
        # a group row naming no unit gives none; a row's own unit cell is what it says
        (3, 4, (), (), "年底前"),
        (3, 5, ("县住建局",), (), "11月底前")]
    # the group's bracket is no part of its title (a heading's own bracket in the text forms is not)
    assert [s.title for s in p.sections] == ["提升政务服务效能", "县农业农村局牵头工作", "改善城乡人居环境"]


def test_an_unnumbered_group_row_with_its_bracket_heads_rows_of_a_table_without_unit_columns():
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>完成时限</td></tr>
      <tr><td>1</td><td>修订招商引资奖励办法（牵头单位：区商务局）</td><td>3月</td></tr>
      <tr><td colspan=3>优化营商环境（牵头单位：区发展改革局；配合单位：区市场监管局）</td></tr>
      <tr><td>2</td><td>开展涉企收费专项检查</td><td>5月</td></tr>
      <tr><td>3</td><td>推行包容审慎监管清单</td><td>8月</td></tr></table>""")
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in p.measures] == [
        (1, "修订招商引资奖励办法", ("区商务局",), ()),
        (2, "开展涉企收费专项检查", ("区发展改革局",), ("区市场监管局",)),
        (3, "推行包容审慎监管清单", ("区发展改革局",), ("区市场监管局",))]
    assert [s.title for s in p.sections] == ["优化营商环境"]


def test_a_group_heading_in_the_task_column_names_units_for_its_rows_too():
    p = parse_html("""<table><tr><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>
      <tr><td>（一）加强学科建设（市教育局牵头，市人社局配合）</td><td></td><td></td></tr>
      <tr><td>1.新建市级重点学科5个</td><td></td><td></td></tr>
      <tr><td>2.引进学科带头人10名</td><td>市委人才办</td><td></td></tr></table>""")
    assert [(s.no, s.title) for s in p.sections] == [(1, "加强学科建设")]
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in p.measures] == [
        (1, "新建市级重点学科5个", ("市教育局",), ("市人社局",)), (2, "引进学科带头人10名", ("市委人才办",), ())]


def test_a_deadline_bracket_before_the_cells_own_clause_stays_text_as_in_the_text_forms():
    # an item with its own units keeps an earlier bracket as wording in the outline too
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>备注</td></tr>
      <tr><td>1</td><td>完成城区雨污分流改造（2023年汛期前）（牵头单位：市住建局）</td><td></td></tr></table>""")
    assert units(p) == [(1, "完成城区雨污分流改造（2023年汛期前）", ("市住建局",), (), None, "html-table")]


def test_a_range_row_across_the_table_gives_its_units_to_the_rows_it_names_and_is_no_measure():
    # a row that only says which rows it is for (以上…) is read as the text forms read such a line
    # (ranges.split_range): the rows before it that name no unit take its lead, support and deadline
    p = parse_html("""<table><tr><td>序号</td><td>建设内容</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td>改造农村公路危桥8座</td><td></td><td></td><td></td></tr>
      <tr><td>2</td><td>新建乡镇客运站2个</td><td></td><td></td><td>10月底前</td></tr>
      <tr><td colspan=5>（以上任务由县交通运输局牵头，县财政局、各乡镇配合，2024年12月底前完成）</td></tr>
      <tr><td>3</td><td>实施河道清淤30公里</td><td>县水利局</td><td></td><td>汛期前</td></tr>
      <tr><td>4</td><td>建设农村饮水工程5处</td><td></td><td></td><td></td></tr>
      <tr><td colspan=5>以上第4项牵头单位：县水务公司</td></tr></table>""")
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in p.measures] == [
        (1, "改造农村公路危桥8座", ("县交通运输局",), ("县财政局、各乡镇",), "2024年12月底前完成"),
        (2, "新建乡镇客运站2个", ("县交通运输局",), ("县财政局、各乡镇",), "10月底前"),   # its own deadline wins
        (3, "实施河道清淤30公里", ("县水利局",), (), "汛期前"),
        (4, "建设农村饮水工程5处", ("县水务公司",), (), None)]
    assert p.sections == ()   # nor a section


def test_a_range_clause_in_the_task_cell_of_a_row_whose_other_cells_are_empty():
    # the same clause printed in the task column, its number and unit cells left empty; a text
    # copy of the table reads it the same way
    html = """<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时间</td></tr>
      <tr><td>1</td><td>开展校园食品安全专项检查</td><td></td><td></td></tr>
      <tr><td>2</td><td>推行明厨亮灶覆盖全部学校食堂</td><td></td><td></td></tr>
      <tr><td></td><td>以上两项由区教育局负责，区市场监管局配合</td><td></td><td></td></tr>
      <tr><td>3</td><td>建设智慧药房10家</td><td>区卫健局</td><td>年底</td></tr></table>"""
    want = [(1, "开展校园食品安全专项检查", ("区教育局",), ("区市场监管局",)),
            (2, "推行明厨亮灶覆盖全部学校食堂", ("区教育局",), ("区市场监管局",)),
            (3, "建设智慧药房10家", ("区卫健局",), ())]
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in parse_html(html).measures] == want
    copy = parse_text(["序号\t工作任务\t责任单位\t完成时间", "1\t开展校园食品安全专项检查\t\t",
                       "2\t推行明厨亮灶覆盖全部学校食堂\t\t", "以上两项由区教育局负责，区市场监管局配合",
                       "3\t建设智慧药房10家\t区卫健局\t年底"])
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in copy.measures] == want


# --- range rows in the text copies whose cells stand apart by blank lines or spaces ---
# rows 1-2 and 4-5 print no unit and take their range line's; row 3 names its own; a range line
# is neither a measure nor a part of the cell above it, and does not end the table


def _ranged(parsed):
    return [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in parsed.measures]


def test_a_range_line_between_the_blocks_of_a_blank_line_copy_is_a_range_row():
    # text-bl: a cell a block, blank lines between; an empty cell prints nothing, so the range
    # line stands where the units of the row above would
    lines = ["序号", "", "工作任务", "", "责任单位", "", "完成时限", "",
             "1", "", "疏浚城区排水管网80公里", "", "",
             "2", "", "改造易涝积水点12处", "",
             "（以上两项由市城管局牵头，市水务集团配合，汛期前完成）", "",
             "3", "", "建设海绵城市示范片区2个", "", "市住建局", "", "年底前", "",
             "4", "", "新建应急避难场所6处", "",
             "5", "", "开展地质灾害隐患排查", "",
             "以上第4—5项牵头单位：市应急局；配合单位：各区政府；完成时限：2025年6月底前", "",
             "抄送：市委办公室，市人大常委会办公室。"]
    p = parse_text(lines)
    assert _ranged(p) == [(1, "疏浚城区排水管网80公里", ("市城管局",), ("市水务集团",), "汛期前完成"),
                          (2, "改造易涝积水点12处", ("市城管局",), ("市水务集团",), "汛期前完成"),
                          (3, "建设海绵城市示范片区2个", ("市住建局",), (), "年底前"),
                          (4, "新建应急避难场所6处", ("市应急局",), ("各区政府",), "2025年6月底前"),
                          (5, "开展地质灾害隐患排查", ("市应急局",), ("各区政府",), "2025年6月底前")]
    assert {m.form for m in p.measures} == {"text-bl"} and p.sections == ()


def test_a_range_line_between_the_rows_of_a_space_separated_copy_is_a_range_row():
    # text-sp, one row a line with single spaces: a line without a number that reads as a range
    # line is a row across the table, as a section's heading is
    lines = ["序号 工作任务 责任单位 完成时限",
             "1 疏浚城区排水管网80公里", "2 改造易涝积水点12处",
             "以上两项由市城管局牵头，市水务集团配合",
             "3 建设海绵城市示范片区2个 市住建局 年底前",
             "4 新建应急避难场所6处", "5 开展地质灾害隐患排查",
             "以上第4—5项牵头单位：市应急局；配合单位：各区政府；完成时限：2025年6月底前",
             "抄送：市委办公室，市人大常委会办公室。"]
    p = parse_text(lines)
    assert _ranged(p) == [(1, "疏浚城区排水管网80公里", ("市城管局",), ("市水务集团",), None),
                          (2, "改造易涝积水点12处", ("市城管局",), ("市水务集团",), None),
                          (3, "建设海绵城市示范片区2个", ("市住建局",), (), "年底前"),
                          (4, "新建应急避难场所6处", ("市应急局",), ("各区政府",), "2025年6月底前"),
                          (5, "开展地质灾害隐患排查", ("市应急局",), ("各区政府",), "2025年6月底前")]
    assert {m.form for m in p.measures} == {"text-sp"}


def test_a_range_line_in_a_copy_laid_out_in_columns_is_a_range_row_not_a_cells_rest():
    # text-sp laid out in columns (pdftotext -layout, a character a position): one range line
    # runs across the gutters, the other fits inside the task column, where a wrapped task's
    # rest would stand
    def row(*texts):
        return "  ".join(t.ljust(w) for t, w in zip(texts, (3, 16, 8, 6))).rstrip()

    lines = [row("序号", "工作任务", "责任单位", "完成时限"),
             row("1", "疏浚城区排水管网80公里"), row("2", "改造易涝积水点12处"),
             "以上两项由市城管局牵头，市水务集团配合，汛期前完成",
             row("3", "建设海绵城市示范片区2个", "市住建局", "年底前"),
             row("4", "新建应急避难场所6处"), row("5", "开展地质灾害隐患排查"),
             row("", "以上两项由市应急局牵头，各区政府配合"),
             "", "抄送：市委办公室，市人大常委会办公室。"]
    p = parse_text(lines)
    assert _ranged(p) == [(1, "疏浚城区排水管网80公里", ("市城管局",), ("市水务集团",), "汛期前完成"),
                          (2, "改造易涝积水点12处", ("市城管局",), ("市水务集团",), "汛期前完成"),
                          (3, "建设海绵城市示范片区2个", ("市住建局",), (), "年底前"),
                          (4, "新建应急避难场所6处", ("市应急局",), ("各区政府",), None),
                          (5, "开展地质灾害隐患排查", ("市应急局",), ("各区政府",), None)]
    assert {m.form for m in p.measures} == {"text-sp"}


def test_label_lines_in_a_task_cell_end_their_units_where_the_lists_do():
    # the cell's labels are read by the one grammar: a verb clause after a label's list gives its
    # units their role, a deadline clause fills a row no column dates, a sentence is a note
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>备注</td></tr>
      <tr><td>1</td><td>开展校园周边环境整治<br>牵头单位：县教育局，县公安局、县市场监管局配合</td><td></td></tr>
      <tr><td>2</td><td>新建社区养老服务站<br>责任单位：县民政局，2025年9月底前完成。纳入民生实事考核</td><td></td></tr>
      </table>""")
    assert [(m.lead_cells, m.support_cells, m.deadline, m.extra) for m in p.measures] == [
        (("县教育局",), ("县公安局、县市场监管局",), None, {}),
        (("县民政局",), (), "2025年9月底前完成", {"备注": "纳入民生实事考核"})]


def test_labels_run_on_after_the_task_under_a_header_naming_no_task_or_unit_column():
    # a progress report's table (序号 | 目标任务 | 推进情况) reprinting the plan's items, each with its
    # 责任单位 list run on after the last sentence, no bracket (holdout halfyear-huzhou, batch 44)
    p = parse_html("""<table><tr><td>序号</td><td>目标任务</td><td>推进情况</td></tr>
      <tr><td>1</td><td>新增城镇就业4万人以上。责任单位：市人力社保局、市财政局</td><td>已完成57%。</td></tr>
      <tr><td>2</td><td>新建学校15所，改扩建10所。责任单位：市教育局</td><td>全部开工。</td></tr></table>""")
    assert units(p) == [
        (1, "新增城镇就业4万人以上。", ("市人力社保局、市财政局",), (), None, "html-table"),
        (2, "新建学校15所，改扩建10所。", ("市教育局",), (), None, "html-table")]


def test_a_header_naming_no_task_or_unit_column_over_cells_without_units_heads_no_table():
    # the same columns over cells that name no unit: a list of goals and their progress, no task table
    p = parse_html("""<table><tr><td>序号</td><td>目标任务</td><td>推进情况</td></tr>
      <tr><td>1</td><td>新增城镇就业4万人以上。</td><td>已完成57%。</td></tr>
      <tr><td>2</td><td>新建学校15所，改扩建10所。</td><td>全部开工。</td></tr></table>""")
    assert units(p) == []


def test_a_label_inside_the_sentence_opens_no_run_on_labels():
    # 牵头单位 read inside a sentence (no sentence end before it) is wording, not a clause
    p = parse_html("""<table><tr><td>序号</td><td>目标任务</td><td>推进情况</td></tr>
      <tr><td>1</td><td>明确牵头单位：市发改委统筹推进。</td><td>已完成。</td></tr></table>""")
    assert units(p) == []


def test_a_second_sign_closing_the_last_unit_of_run_on_labels_stays_with_the_unit():
    # ……。牵头单位：A；配合单位：B（C）: the bracket is B's second sign inside the labels, not the cell's clause
    # (blindsynth session 50 cause 3: the bracket's unit led and the labels stayed in the text)
    p = parse_html("""<table><tr><td>序号</td><td>主要任务</td><td>完成时限</td></tr>
      <tr><td>1</td><td>推进医保支付方式改革。牵头单位：市住建局；配合单位：市财政局（市国资委）</td><td>年底前</td></tr>
      <tr><td>2</td><td>新建学校15所。牵头单位：市教育局，配合单位：市民政局、市应急局（市安委办）</td><td>6月底前</td></tr>
      </table>""")
    assert units(p) == [
        (1, "推进医保支付方式改革。", ("市住建局",), ("市财政局（市国资委）",), "年底前", "html-table"),
        (2, "新建学校15所。", ("市教育局",), ("市民政局、市应急局（市安委办）",), "6月底前", "html-table")]


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_text_copy_of_run_on_labels_under_a_header_naming_no_task_word(sep):
    # 序号 | 主要任务 | 时间节点: 主要任务 may head groups, so the words alone head no table; the cells under it
    # carry their units as a page's do (blindsynth session 50 cause 4: a TAB or | copy lost its table)
    rows = [["序号", "主要任务", "时间节点"], ["一、全面推进乡村振兴"],
            ["1", "完成改造小区59个。牵头单位：市农业农村局，配合单位：市统计局", "年底前"],
            ["2", "完成15座病险水库除险加固。牵头单位：市水利局", "2024年全年"]]
    bar = sep != "\t"
    p = parse_text([("| " if bar else "") + sep.join(r) + (" |" if bar and len(r) > 1 else "") if len(r) > 1
                    else ("| " + r[0] + " | | |" if bar else r[0]) for r in rows])
    assert [(m.section.no if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline)
            for m in p.measures] == [
        (1, 1, "完成改造小区59个。", ("市农业农村局",), ("市统计局",), "年底前"),
        (1, 2, "完成15座病险水库除险加固。", ("市水利局",), (), "2024年全年")]
