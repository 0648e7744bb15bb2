"""Bar dumps of a department's own task tables (batch 130, holdout kebar-jiangmen, semicells-taishan,
gushibar-taishan, fourcol-taishan): a row whose group cell is followed by the group's first item is two cells, not a
heading run into its item (parse/breakrepair.py); a header the copy broke between two cells is one row
(parse/textcells.py); a row printing fewer cells than the header, the merged ones left out entirely, is a row whose
left-out unit cell is the one above (parse/barshift.py); and a broken header's first piece is no title
(layout/headingwraps.py)."""
from extractor.engine.extract import extract
from extractor.layout.headingwraps import may_be_table_title
from extractor.parse.barshift import is_short_bar_row
from extractor.parse.breakrepair import cuts_first_subheading, repair_breaks
from extractor.parse.textcells import join_broken_bar_rows


def _rows(text: str):
    notice = extract(text.encode("utf-8"))
    return [(m.measure_no, m.section_no, m.text, [r.name for r in m.lead], [r.name for r in m.support])
            for m in notice.measures], notice


def test_a_group_cell_and_the_first_item_after_a_bar_are_two_cells_of_one_row():
    row = "一、做好行政执法信息公开 | 1.加大行政执法信息公开力度。 | 局政法科 |"
    assert repair_breaks(row) == [row]
    assert not cuts_first_subheading(row)
    # a heading run straight into its first item with no cell mark between is still cut there
    assert cuts_first_subheading("二、主要任务（一）完善城市基础设施。")
    assert cuts_first_subheading("一、做好行政执法信息公开1.加大行政执法信息公开力度。")


def test_the_first_row_of_a_bar_table_whose_group_cell_prints_no_stop_is_read():
    rows, _ = _rows("某局2021年政务公开工作要点分工方案\n工作任务 | 具体要求 | 责任科室 |\n"
                    "一、做好行政执法信息公开 | 1.加大行政执法信息公开力度。 | 局政法科 |\n"
                    "二、做好财政信息公开 | 2.推动本机关预算决算公开。 | 局财务科 |\n"
                    "3.及时回复网民意见。 | 局办公室 | |\n")
    assert [r[:4] for r in rows] == [(1, 1, "加大行政执法信息公开力度。", ["局政法科"]),
                                     (2, 2, "推动本机关预算决算公开。", ["局财务科"]),
                                     (3, 2, "及时回复网民意见。", ["局办公室"])]


def test_a_header_broken_between_two_cells_is_one_row():
    assert join_broken_bar_rows(["工作任务 | 具体要求", "| 责任单位 |", "一、甲 | 1.乙 | 丙 |"]) == [
        "工作任务 | 具体要求 | 责任单位 |", "一、甲 | 1.乙 | 丙 |"]
    # a one-cell-a-line dump's cells and a law database's `| X` lines are no such break
    assert join_broken_bar_rows(["工作任务 |", "| 具体要求 |"]) == ["工作任务 |", "| 具体要求 |"]
    assert join_broken_bar_rows(["| 牵头单位", "| 配合单位"]) == ["| 牵头单位", "| 配合单位"]
    # blank lines a copy put between the two pieces are no row's
    assert join_broken_bar_rows(["工作任务 | 具体要求", "", "| 责任单位 |"]) == ["工作任务 | 具体要求 | 责任单位 |"]


def test_a_broken_header_s_first_piece_is_no_title_and_a_one_cell_title_row_is():
    assert not may_be_table_title("工作任务 | 具体要求")
    assert may_be_table_title("2021年政务公开工作重点任务台账 |")


def test_a_short_row_is_one_whose_first_cell_opens_with_an_item_number():
    assert is_short_bar_row("8.继续深化地方政府债务信息公开。 |")
    assert is_short_bar_row("2.做好规划归集。 | 市政府办公室牵头，市直有关部门配合 |")
    assert not is_short_bar_row("各镇（街） |")            # a cell's rest on a line of its own
    assert not is_short_bar_row("一、甲 | 1.乙 | 丙 |")    # two marks: a row already
    assert not is_short_bar_row("| 8.丁 |")


def test_rows_printing_fewer_cells_take_the_merged_cells_from_above():
    rows, notice = _rows("工作任务 | 具体要求\n| 责任单位 |\n"
                         "一、做好规划公开。 | 1.主动公开规划纲要。 | 市直有关部门；各镇（街） |\n"
                         "2.做好各项规划的归集整理。 | 市政府办公室牵头，市直有关部门配合；各镇（街）参照落实 |\n"
                         "二、做好财政信息公开。 | 3.推动预算决算公开。 | 市财政局牵头，市直各部门落实 |\n"
                         "4.深化政府债务信息公开。 |\n"
                         "5.做好惠民资金信息公开。 | 各镇（街） |\n")
    assert rows == [
        (1, 1, "主动公开规划纲要。", ["市直有关部门", "各镇（街）"], []),
        (2, 1, "做好各项规划的归集整理。", ["市政府办公室"], ["市直有关部门", "各镇（街）"]),
        (3, 2, "推动预算决算公开。", ["市财政局"], ["市直各部门"]),
        (4, 2, "深化政府债务信息公开。", ["市财政局"], ["市直各部门"]),
        (5, 2, "做好惠民资金信息公开。", ["各镇（街）"], [])]
    assert notice.title is None and notice.table_title is None


def test_a_short_row_whose_number_stands_on_a_line_of_its_own():
    rows, _ = _rows("工作任务 | 具体要求 | 责任部门 |\n"
                    "一、做好规划公开。 | 1.主动公开规划纲要。 | 办公室 |\n"
                    "二、做好财政公开。 | 2.推动预算公开。 | 计划财务股 |\n"
                    "3.\n回复网民意见。 |\n")
    assert [(r[0], r[2], r[3]) for r in rows][-1] == (3, "回复网民意见。", ["计划财务股"])


def test_a_row_whose_unit_cell_is_printed_keeps_its_own_units():
    """Only a cell the row left out is the one above: a row printing its unit cell (or an empty one) keeps it."""
    rows, _ = _rows("工作任务 | 具体要求 | 责任部门 |\n"
                    "一、做好规划公开。 | 1.主动公开规划纲要。 | 办公室 |\n"
                    "2.做好各项规划的归集整理。 | 计划财务股 |\n"
                    "二、做好财政公开。 | 3.推动预算公开。 | 计划财务股 |\n"
                    "4.回复网民意见。 | 各股室 |\n")
    assert [r[3] for r in rows] == [["办公室"], ["计划财务股"], ["计划财务股"], ["各股室"]]


def test_rows_numbered_under_a_group_merged_after_the_number_are_put_back():
    """A 台账 (序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注) whose 工作任务 is merged over its rows prints the group's
    other rows as their number and their own cells, and each row's empty 备注 cell as a bar alone on the next line
    (holdout ledgerbox-guangdong, batch 130)."""
    rows, _ = _rows("序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
                    "1 | 做好疫情信息发布 | 发布权威信息 | 应急处 | 长期推进 |\n|\n"
                    "2 | 做好疫苗接种信息公开 | 疾控处 | 长期推进 |\n|\n"
                    "3 | 常规政务公开事项 | 加强执法信息公开 | 政法处 | 长期推进 |\n|\n"
                    "4 | 推进预算决算公开 | 财务处 | 2021年8月前 |\n|\n")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (1, 1, "发布权威信息", ["应急处"]), (2, 1, "做好疫苗接种信息公开", ["疾控处"]),
        (3, 2, "加强执法信息公开", ["政法处"]), (4, 2, "推进预算决算公开", ["财务处"])]


def test_a_bar_alone_on_a_line_counts_for_neither_form():
    from extractor.parse.textgrid import mostly_bar_rows
    lines = ["序号 | 工作任务 | 责任处室 |", "1 | 甲 | 乙 |", "|", "2 | 丙 | 丁 |", "|", "表题 |"]
    assert mostly_bar_rows(lines)
    assert not mostly_bar_rows(["工作任务 |", "|", "具体要求 |", "|", "责任科室 |", "|"])   # one cell a line: text-pipe
