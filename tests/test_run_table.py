"""A table whose cells and rows a document site's preview ran together with nothing between them
(parse/runtable.py; holdout runtable-chengdu-2020-1, batch 55)."""
from extractor import extract
from extractor.parse.runtable import (_group_cells, _group_cut, _row_cells, run_header_at, run_table_pieces, split_heading,
                                      RUN_HEADING_MAX_CHARS)

RUN = ("某文库 首页 | 分类 | 登录\n"
       "某县环境整治任务分工表.docx\n"
       "某县环境整治任务分工表序号工作任务责任单位完成时限1开展河道清理，全年清理河道20公里。县水利局、县农业农村局"
       "2021年6月底前2推进垃圾分类，3个乡镇实现全覆盖。县城管局，县财政局2021年底前3整治农村道路扬尘。县交通运输局长期坚持\n"
       "该文档共3页，免费预览到此为止。\n")


def test_rows_run_together_are_read_by_their_numbers_and_cells():
    notice = extract(RUN.encode("utf-8"))
    assert notice.table_title == "某县环境整治任务分工表"
    assert [m.measure_no for m in notice.measures] == [1, 2, 3]
    first, second, third = notice.measures
    # 20公里, 2021年, 3个 are no row numbers: a count or date word follows, or the text before reads as no row
    assert first.text == "开展河道清理，全年清理河道20公里。"
    assert [a.name for a in first.lead] == ["县水利局", "县农业农村局"] and first.deadline == "2021年6月底前"
    assert second.text == "推进垃圾分类，3个乡镇实现全覆盖。"
    assert [a.name for a in second.lead] == ["县城管局", "县财政局"] and second.deadline == "2021年底前"
    assert third.text == "整治农村道路扬尘。" and [a.name for a in third.lead] == ["县交通运输局"]
    assert third.deadline == "长期坚持"


def test_the_title_before_the_header_is_a_line_of_its_own():
    line = RUN.split("\n")[2]
    pieces = run_table_pieces(line)
    assert pieces is not None and pieces[0] == "某县环境整治任务分工表"
    assert pieces[1].startswith("序号工作任务责任单位完成时限1开展")
    assert run_header_at(pieces[1]) == (0, 14, ["序号", "工作任务", "责任单位", "完成时限"])


def test_two_text_columns_take_a_sentence_each_and_an_empty_remark_column_prints_nothing():
    kinds = ["text", "text", "unit", "text"]
    row = "健全回收体系，推动循环发展。年底前建成回收网点。市商务局，市住建局、市城管委"
    assert _row_cells(row, kinds) == ["健全回收体系，推动循环发展。", "年底前建成回收网点。", "市商务局，市住建局、市城管委", ""]
    # a third sentence: which column takes it cannot be told
    assert _row_cells("做甲。做乙。做丙。市商务局", kinds) is None


def test_a_lead_and_a_support_cell_part_where_no_list_mark_stands():
    kinds = ["text", "unit", "unit"]
    assert _row_cells("做甲工作。市发改委市财政局、市商务局", kinds) == ["做甲工作。", "市发改委", "市财政局、市商务局"]


def test_the_header_printed_again_at_a_page_break_is_no_text():
    text = ("某县任务分工表\n"
            "序号工作任务责任单位1做甲工作。县财政局2做乙工作。县商务局序号工作任务责任单位3做丙工作。县民政局\n")
    notice = extract(text.encode("utf-8"))
    assert [(m.measure_no, m.text, [a.name for a in m.lead]) for m in notice.measures] == [
        (1, "做甲工作。", ["县财政局"]), (2, "做乙工作。", ["县商务局"]), (3, "做丙工作。", ["县民政局"])]


def test_prose_naming_a_number_column_is_no_table():
    assert run_header_at("请按序号顺序填写1份报表。") is None
    assert run_header_at("表中序号1为县财政局。") is None
    # column words before a count, not a row number
    assert run_header_at("序号工作任务责任单位1个") is None
    text = ("某县关于填报清单的说明\n"
            "请按序号工作任务责任单位1栏填写，由县财政局汇总。逾期不报的将通报。\n")
    assert extract(text.encode("utf-8")).measures == ()


def test_a_header_whose_rows_cannot_be_read_still_parts_the_title_from_the_table():
    """A header naming a leader's column where this reader cannot share a row out (after the units: a person's name
    run into the next row's number and task) gives no row, but the title printed before it is cut off all the same: it
    titles the page (holdout leaderrun-zhonglou, batch 53b, before session 72 read its leader's column before the
    units: tests/test_run_leaders.py)."""
    line = "某区2021年民生实事责任分解表序号项目名称主要内容牵头单位配合单位区政府分管领导1增加学位推进学校建设。教育局各街道张三"
    assert run_table_pieces(line) == ["某区2021年民生实事责任分解表", line[len("某区2021年民生实事责任分解表"):]]
    assert run_header_at(line) is None and run_header_at(line, loose=True) is not None
    notice = extract(("某文库 首页 | 登录\n" + line + "\n该文档共4页，免费预览到此为止。\n").encode("utf-8"))
    assert notice.title == notice.table_title == "某区2021年民生实事责任分解表"


#: a list by leader an aggregator ran into one paragraph with its letter (holdout runtable-shaoxing, batch 83): each
#: section's heading run into the header printed again, a unit marked （牵头）
BY_LEADER = ("某市人民政府办公室关于印发某市2021年重点工作责任分工的通知\n"
             "各部门：现将责任分工印发给你们。 某市人民政府办公室 2021年2月5日 某市2021年重点工作责任分工"
             "一、张某某副市长重点工作序号内容与要求责任单位1做甲工作，增长7%以上。市发改委"
             "2做乙工作。市发改委（牵头）、市经信局、市商务局"
             "二、李某某副市长重点工作序号内容与要求责任单位3做丙工作，建成20公里。市建设局4做丁工作。市教育局\n")


def test_a_section_heading_before_each_header_printed_again_is_a_section():
    notice = extract(BY_LEADER.encode("utf-8"))
    assert [(s.label, s.title) for s in notice.sections] == [("一、", "张某某副市长重点工作"), ("二、", "李某某副市长重点工作")]
    assert [(m.measure_no, m.section_no, m.text) for m in notice.measures] == [
        (1, 1, "做甲工作，增长7%以上。"), (2, 1, "做乙工作。"), (3, 2, "做丙工作，建成20公里。"), (4, 2, "做丁工作。")]
    second = notice.measures[1]
    # the marked unit leads, the others of its cell support
    assert [a.name for a in second.lead] == ["市发改委"] and [a.name for a in second.support] == ["市经信局", "市商务局"]
    assert [a.name for a in notice.measures[3].lead] == ["市教育局"]


def test_the_letter_run_into_the_table_is_cut_as_its_own_lines():
    notice = extract(BY_LEADER.encode("utf-8"))
    assert notice.date == "2021-02-05" and notice.table_title == "某市2021年重点工作责任分工"
    line = BY_LEADER.split("\n")[1]
    pieces = run_table_pieces(line)
    assert pieces is not None and pieces[-2] == "一、张某某副市长重点工作"
    assert pieces[-1].startswith("序号内容与要求责任单位1做甲")


def test_a_heading_cut_off_names_no_sentence():
    # a sentence before the header (a stop inside what follows the label) is no section's heading
    assert split_heading("做甲。一、做乙工作，年内完成。") == ("做甲。一、做乙工作，年内完成。", "")
    assert split_heading("某市责任分工一、张某某副市长重点工作") == ("某市责任分工", "一、张某某副市长重点工作")
    # a title longer than a heading's is the text's own
    long = "一、" + "做" * (RUN_HEADING_MAX_CHARS + 1)
    assert split_heading("某某" + long) == ("某某" + long, "")


GROUPED = ("某文秘 首页 | 分类 | 登录\n"
           "某市创建任务分解表.docx\n"
           "某市创建任务分解表序重点任务具体举措责任单位1实施源头管控行动推进农产品质量提升，常规药残超标得到控制。"
           "市农业农村局、各乡镇（街道）2对耕地实行分类管理，减少受污染风险。市农业农村局、市生态环境局"
           "3严禁使用禁用的农业投入品，落实定点经营制度。市农业农村局\n"
           "该文档共5页，全部预览完了。\n")


def test_a_group_cell_merged_over_its_rows_runs_into_its_first_rows_task():
    """序 | 重点任务 | 具体举措 | 责任单位 (holdout taskgroup-unplaced, batch 124): the 重点任务 cell is merged over
    its rows, so it prints in the first row only, run into that row's task; it ends where the task opens with a task
    verb (推进) and is the rows' section; the other rows print none, the 序 numbers each row."""
    notice = extract(GROUPED.encode("utf-8"))
    assert notice.table_title == "某市创建任务分解表"
    assert [(s.label, s.title) for s in notice.sections] == [(None, "实施源头管控行动")]
    assert [(m.measure_no, m.section_no, m.text) for m in notice.measures] == [
        (1, 1, "推进农产品质量提升，常规药残超标得到控制。"), (2, 1, "对耕地实行分类管理，减少受污染风险。"),
        (3, 1, "严禁使用禁用的农业投入品，落实定点经营制度。")]
    assert [a.name for a in notice.measures[1].lead] == ["市农业农村局", "市生态环境局"]


def test_a_group_title_ends_before_a_task_verb_and_a_row_without_one_prints_none():
    assert _group_cut("实施源头管控行动推进农产品质量提升。") == 8
    assert _group_cut("对耕地实行分类管理，减少受污染风险。") == 0   # a comma before any task verb: no title
    assert _group_cut("加快推进项目建设。") == 0   # 加快 | 推进: too short for a title
    # a task verb opening a phrase too short for a task (整治，) is the object of a task that opened before
    assert _group_cut("开展专项整治，查处违法行为。") == 0
    kinds = ["text", "text", "unit"]
    assert _group_cells("实施源头管控行动推进农产品质量提升。市农业农村局", kinds) == [
        "实施源头管控行动", "推进农产品质量提升。", "市农业农村局"]


def test_two_sentence_columns_are_read_so_before_a_group_column():
    """Where each text column's cell ends a sentence (工作内容 | 目标任务, runtable-chengdu) the rows are read so:
    the group reading is tried only where it reads more rows."""
    text = ("某县任务分工表\n"
            "序号工作任务目标任务责任单位1推进甲工作。完成甲目标。县财政局2推进乙工作。完成乙目标。县商务局\n")
    notice = extract(text.encode("utf-8"))
    assert [(m.measure_no, m.text) for m in notice.measures][:1] == [(1, "推进甲工作。")]
    assert not notice.sections


def test_the_header_printed_again_in_the_other_script_is_no_text_either():
    """A mirror mixing the scripts may print the header again as 序號工作任務責任單位 (leaderrun-zhonglou's
    traditional-mix pair): matched on the simplified copies, it is no row's text."""
    text = ("某县任务分工表\n"
            "序号工作任务责任单位1做甲工作。县财政局2做乙工作。县商务局序號工作任務責任單位3做丙工作。县民政局\n")
    notice = extract(text.encode("utf-8"))
    assert [(m.measure_no, m.text) for m in notice.measures] == [(1, "做甲工作。"), (2, "做乙工作。"), (3, "做丙工作。")]


def test_a_group_column_over_rows_with_a_deadline_column():
    """序 | 重点任务 | 具体举措 | 责任单位 | 完成时限: the groups' titles cut off their first rows, a row opening with a task of
    its own (开展专项整治，…) printing none."""
    text = ("某市任务分解表\n序重点任务具体举措责任单位完成时限1加强源头治理推进农产品质量提升。市农业农村局2022年底前"
            "2开展专项整治，查处违法行为。市市场监管局、市公安局长期坚持3实施放心消费行动推进示范店创建。市商务局2022年6月底前\n")
    notice = extract(text.encode("utf-8"))
    assert [(s.label, s.title) for s in notice.sections] == [(None, "加强源头治理"), (None, "实施放心消费行动")]
    assert [(m.measure_no, m.section_no, m.text, m.deadline) for m in notice.measures] == [
        (1, 1, "推进农产品质量提升。", "2022年底前"), (2, 1, "开展专项整治，查处违法行为。", "长期坚持"),
        (3, 2, "推进示范店创建。", "2022年6月底前")]
