"""A text-bl row's blocks fitted to its columns (parse/textbl.py ``_bl_fit``): a section's row
across the table after a row is never one of the row's cells, and a unit cell listing its names
with commas (区教育局，区审计局) reads as unit names (parse/cellkinds.py ``reads_as_unit``)."""
import pytest

from extractor.parse.cellkinds import reads_as_unit

from test_textgrid import parse_text, rows


def test_a_section_row_after_a_unit_cell_that_reads_as_no_names_is_no_cell():
    """One cell a line, no blank line: row 2's unit cell names the roles with verbs, so it reads as
    no unit names and the row holds one block more than its cells before the next section's row.
    The section's heading is a row across the table (as ``read_blocks`` cuts there), never the
    unit cell; before, the unit cell joined the task and 二、民生保障 became the units, and the
    rows under it stayed in no section."""
    lines = ["序号", "重点任务", "责任单位",
             "1", "新建城区污水管网12公里。", "县住建局",
             "2", "完成国道改线工程前期工作。", "县交通局牵头，县财政局配合",
             "二、民生保障",
             "3", "新增养老床位200张。", "县民政局",
             "三、生态环境",
             "4", "完成造林3000亩。", "县林业局"]
    got = [(s, n, t, lead, sup) for s, n, t, lead, sup, _ in rows(parse_text(lines))]
    assert got[1][:3] == (None, 2, "完成国道改线工程前期工作。")
    assert "二、民生保障" not in got[1][3] + got[1][4]
    assert [(s, n) for s, n, *_ in got] == [(None, 1), (None, 2), (2, 3), (3, 4)]


def test_a_unit_cell_listing_names_with_commas_is_the_unit_cell():
    """Blank lines between cells; row 1's task cell prints a short title paragraph over the task,
    and its unit cell lists the names with ，: the blocks after the two task paragraphs read as the
    unit and deadline columns.  Before, the ，-list read as a sentence, so the title alone was the
    task, the task the unit and the units the deadline."""
    blocks = ["序号", "工作任务", "责任单位", "完成时限",
              "1", "农村供水", "新建水厂2座，改造管网30公里。", "县水务局，县发改局", "2021年10月",
              "2", "修缮县图书馆。", "县文旅局", "6月底"]
    got = [(n, t, lead, sup, d) for _, n, t, lead, sup, d in rows(parse_text([x for b in blocks for x in (b, "")]))]
    assert got[0] == (1, "农村供水新建水厂2座，改造管网30公里。", ("县水务局，县发改局",), (), "2021年10月")
    assert got[1] == (2, "修缮县图书馆。", ("县文旅局",), (), "6月底")


def test_a_comma_list_of_units_before_a_section_row_keeps_every_later_section():
    """The unit cell of the last row of a section lists its names with ， and a section's row follows:
    the names are the row's units and each later section keeps its rows (one cell a line)."""
    lines = ["序号", "工作内容", "责任单位",
             "一、稳定农业生产",
             "1", "完成高标准农田建设2万亩。", "县农业农村局",
             "2", "推广稻渔综合种养5000亩。", "县水产局，县农业农村局",
             "二、改善人居环境",
             "3", "改造农村公路40公里。", "县交通局",
             "4", "建设农村污水处理站6座。", "县生态环境分局，县住建局，各乡镇",
             "三、发展社会事业",
             "5", "新建乡镇幼儿园2所。", "县教体局"]
    got = [(s, n, t, lead, sup) for s, n, t, lead, sup, _ in rows(parse_text(lines))]
    assert [(s, n, t) for s, n, t, *_ in got] == [
        (1, 1, "完成高标准农田建设2万亩。"), (1, 2, "推广稻渔综合种养5000亩。"),
        (2, 3, "改造农村公路40公里。"), (2, 4, "建设农村污水处理站6座。"), (3, 5, "新建乡镇幼儿园2所。")]
    assert (got[1][3], got[3][3]) == (("县水产局，县农业农村局",), ("县生态环境分局，县住建局，各乡镇",))


@pytest.mark.parametrize("block", ["区教育局，区审计局", "县水产局，县农业农村局", "县生态环境分局，县住建局，各乡镇",
                                   "市应急管理局, 市消防救援支队", "区城管局，区科技局，区统计局，区退役军人事务局"])
def test_a_comma_list_whose_every_name_ends_like_a_unit_reads_as_units(block):
    assert reads_as_unit(block)


@pytest.mark.parametrize("block", [
    "推进甲工作，确保乙完成",                       # a sentence
    "新建水厂2座，改造管网30公里",                   # a sentence with numbers
    "县交通局牵头，县财政局配合",                    # units with their role verbs: a clause, not names
    "新建社区养老服务中心，建成服务站",              # verb + a noun ending like a unit: a task
    "加强监管，县市场监管局",                        # one piece no name
    "县水务局，",                                    # an empty piece
])
def test_a_sentence_with_commas_reads_as_no_unit_names(block):
    assert not reads_as_unit(block)


def test_the_header_printed_again_a_word_a_line_is_no_cell_of_the_row_above():
    """A paged copy one cell a line prints its header again a word a line after the page's footer; the
    row the page closed has no deadline column to end it and its support cell is too long to read as unit
    names, so its blocks ran on into the header's words (blindsynth session 56 cause 4, bs14140: the units
    joined the task, 序号 and 工作内容 read as the row's units).  The header again is
    no row's cells (textbl._without_header_again)."""
    header = ["序号", "工作内容", "责任单位", "配合单位"]
    lines = [*header,
             "1", "新建城区污水管网12公里。", "县住建局", "县财政局",
             "2", "完成国道改线工程前期工作。", "县交通局", "县自然资源局/县发展和改革局/县交通运输局",
             "", "- 2 -", "", *header,
             "3", "新增养老床位200张。", "县民政局", "县卫健局"]
    got = rows(parse_text(lines))
    assert [(n, t, lead) for _s, n, t, lead, _sup, _d in got] == [
        (1, "新建城区污水管网12公里。", ("县住建局",)), (2, "完成国道改线工程前期工作。", ("县交通局",)),
        (3, "新增养老床位200张。", ("县民政局",))]
    assert got[1][4] == ("县自然资源局/县发展和改革局/县交通运输局",)
