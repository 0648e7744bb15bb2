"""A bar table run into a notice that lost its line breaks (the metamorphic ``one-line`` copies of text-bar
fixtures, session 66): its rows are cut back by counting cells (parse/barruns.py), a Markdown table's by its rule,
``a | b |`` rows by the width of the column words heading them, and the page's footer and running title printed
between two rows are the page's.  Before, the locate stage cut the table at the numbers and label words in its cells
and no row was read (holdout spacedhead-jiaxing, twicetasks-bureau, titleagain-xiajiang)."""
from extractor.engine.extract import extract
from extractor.parse.barruns import bar_table_parts

LETTER = "各乡镇人民政府，县直各单位：现将任务分解如下，请认真抓好落实。某县人民政府办公室2024年3月1日某县2024年重点工作任务分解表"
PLAIN = ("序号 | 工作任务 | 责任单位 |1 | 新建公办幼儿园2所，新增学位600个。 | 县教育局 |"
         "2 | 改造老旧小区8个。 | 县住建局、县财政局 |3 | 新增城镇就业2000人。 | 县人社局 |")
MARKDOWN = ("| 序号 | 重点任务 | 牵头单位 | 配合单位 ||---|---|---|---|| 1 | 稳定粮食播种面积30万亩。 | 县农业农村局 | 县财政局 |"
            "| 2 | 新建高标准农田1万亩。 | 县农业农村局 | 县水利局 |第1页 共2页某县2024年重点工作任务分解表"
            "| 3 | 新改建农村公路20公里。 | 县交通运输局 | 县财政局 |")


def test_rows_under_column_words_are_cut_by_the_header_s_width():
    parts = bar_table_parts(LETTER + PLAIN)
    assert parts == [(LETTER, False), ("序号 | 工作任务 | 责任单位 |", True),
                     ("1 | 新建公办幼儿园2所，新增学位600个。 | 县教育局 |", True),
                     ("2 | 改造老旧小区8个。 | 县住建局、县财政局 |", True), ("3 | 新增城镇就业2000人。 | 县人社局 |", True)]
    notice = extract((LETTER + PLAIN).encode("utf-8"))
    assert [(m.measure_no, m.text, [r.name for r in m.lead]) for m in notice.measures] == [
        (1, "新建公办幼儿园2所，新增学位600个。", ["县教育局"]), (2, "改造老旧小区8个。", ["县住建局", "县财政局"]),
        (3, "新增城镇就业2000人。", ["县人社局"])]


def test_a_header_run_on_after_the_text_before_it_opens_at_its_first_column_word():
    """The first column word is glued to the heading over the table (``…任务分解重点任务 | …``): the vocabulary's
    word is the header's cell, the rest the text before it."""
    line = "二、重点工作任务分解重点任务 | 工作内容 | 负责科室 |政策解读 | 做好政策解读。 | 办公室 |回应关切 | 及时回应关切。 | 业务科 |"
    assert bar_table_parts(line)[:2] == [("二、重点工作任务分解", False), ("重点任务 | 工作内容 | 负责科室 |", True)]


def test_a_markdown_table_s_page_footer_and_running_title_between_rows_are_the_page_s():
    parts = bar_table_parts(LETTER + MARKDOWN)
    assert [text for text, row in parts if not row] == [LETTER, "第1页 共2页"]
    assert [text for text, row in parts if row][2:] == [
        "| 1 | 稳定粮食播种面积30万亩。 | 县农业农村局 | 县财政局 |", "| 2 | 新建高标准农田1万亩。 | 县农业农村局 | 县水利局 |",
        "| 3 | 新改建农村公路20公里。 | 县交通运输局 | 县财政局 |"]
    notice = extract((LETTER + MARKDOWN).encode("utf-8"))
    assert [(m.measure_no, [r.name for r in m.support]) for m in notice.measures] == [
        (1, ["县财政局"]), (2, ["县水利局"]), (3, ["县财政局"])]


#: PLAIN's rows joined with a space where each line broke (a forum's copy): no bar is glued to a row's first
#: character, so only the count of cells parts them
SPACED = PLAIN.replace(" |", " | ").replace("|  ", "| ")


def test_rows_that_do_not_count_out_are_left_whole():
    """Where no glued bar shows the line breaks (rows joined with a space): rows of other widths (a merged cell left
    out of the rows under its first), a row opening with an empty cell (a merged cell printed empty there), a header
    naming no unit column, or one row only: the line stays whole."""
    assert bar_table_parts(SPACED + "4 | 做丁工作。 |") == [(SPACED + "4 | 做丁工作。 |", False)]
    empty_first = "序号 | 工作任务 | 责任单位 | 1 | 做甲工作。 | 县教育局 | | 做乙工作。 | 县财政局 |"
    assert bar_table_parts(empty_first) == [(empty_first, False)]
    no_unit = "序号 | 工作任务 | 完成时限 |1 | 做甲工作。 | 6月底前 |2 | 做乙工作。 | 9月底前 |"
    assert bar_table_parts(no_unit) == [(no_unit, False)]
    one_row = "序号 | 工作任务 | 责任单位 | 1 | 做甲工作。 | 县教育局 |"
    assert bar_table_parts(one_row) == [(one_row, False)]


def test_spaced_rows_of_one_width_are_cut_by_the_count():
    assert [text for text, row in bar_table_parts(LETTER + SPACED) if row] == [
        "序号 | 工作任务 | 责任单位 |", "1 | 新建公办幼儿园2所，新增学位600个。 | 县教育局 |",
        "2 | 改造老旧小区8个。 | 县住建局、县财政局 |", "3 | 新增城镇就业2000人。 | 县人社局 |"]


#: a dump whose merged cells are left out of the rows under their first, under a section row printing its empty
#: cells (provtask-xian's shape, batch 40), run into one line: every row closed with its bar, the next glued to it
GLUED = ("某县2024年重点工作任务分解表序号 | 重点任务 | 具体措施 | 牵头单位 | 完成时限 |一、稳增长 | ||||"
         "（一）扩大有效投资。 | （1）新开工项目50个。 | 县发改局 | 2024年6月底 |（2）完成投资100亿元。 | 县发改局 | 2024年12月底 |"
         "（二）促进消费。 | （1）举办促消费活动10场。 | 县商务局 | 2024年12月底 |")


def test_rows_of_any_width_are_cut_where_a_bar_is_glued_to_the_next_row():
    """A dump that parts its cells `` | `` and closes each row with its bar, run into one line, keeps each line's end
    as a bar glued to the next row's first character: the rows are cut there, whatever their widths (xfail73)."""
    parts = bar_table_parts(GLUED)
    assert parts == [("某县2024年重点工作任务分解表", False), ("序号 | 重点任务 | 具体措施 | 牵头单位 | 完成时限 |", True),
                     ("一、稳增长 | ||||", True),
                     ("（一）扩大有效投资。 | （1）新开工项目50个。 | 县发改局 | 2024年6月底 |", True),
                     ("（2）完成投资100亿元。 | 县发改局 | 2024年12月底 |", True),
                     ("（二）促进消费。 | （1）举办促消费活动10场。 | 县商务局 | 2024年12月底 |", True)]
    lines = GLUED.replace("|一", "|\n一").replace("|（", "|\n（").replace("表序号", "表\n序号")
    def rows(text):
        return [(m.section_no, m.text, [r.name for r in m.lead], m.deadline)
                for m in extract(text.encode("utf-8")).measures]
    assert rows(GLUED) == rows(lines) and len(rows(lines)) == 3
    # the rows of PLAIN glued so, and a fourth row of another width: cut all four
    assert [text for text, row in bar_table_parts(PLAIN + "4 | 做丁工作。 |") if row][-1] == "4 | 做丁工作。 |"


def test_a_glued_table_s_one_row_and_the_page_after_it():
    """One row under a header naming its unit columns is a table when a glued bar shows where its line broke (a news
    item's table of one proposal); the text after the last row's bar, parting no two cells, is the page's."""
    line = ("近日，某省下发了督办分工表。2016年度重点建议督办分工表序号 | 建议标题 | 主办单位 | 会办单位 |"
            "1 | 关于推行免费教育的建议 | 省教育厅 | 省财政厅 |分享到微信 |")
    assert [part for part in bar_table_parts(line)][1:] == [
        ("序号 | 建议标题 | 主办单位 | 会办单位 |", True), ("1 | 关于推行免费教育的建议 | 省教育厅 | 省财政厅 |", True),
        ("分享到微信 |", False)]


def test_no_glued_cut_where_the_dump_prints_bars_unspaced():
    """A bar glued to the text before it (``a|b|``): the dump parts its cells so, and a bar glued to the next
    character is no line's end there; nor is a line whose header names no unit's column cut so."""
    unspaced = "序号|工作任务|责任单位|1|做甲工作。|县教育局|2|做乙工作。|县财政局|3|做丙。|"   # rows of two widths
    assert bar_table_parts(unspaced) == [(unspaced, False)]
    no_unit = "序号 | 工作任务 | 完成时限 |1 | 做甲工作。 | 6月底前 |2 | 做乙工作。 |"
    assert bar_table_parts(no_unit) == [(no_unit, False)]


def test_a_catalogue_s_column_words_and_a_last_row_cut_by_the_copy():
    """A disclosure catalogue's header names its content and channel columns by its own words (内容描述 | 公开方式:
    ``catalogue.names_column``), and a store keeping a page's opening cuts the last row with no bar closing the line:
    that row is kept as far as printed (holdout infocat-unplaced's one-line copy, batch 114)."""
    line = ("信息类别 | 内容描述 | 责任主体 | 公开方式 | 公开时限 |班子信息 | 局班子成员的分工。 | 办公室 | 本局网站 | 20个工作日内 |"
            "收费信息 | 本局收费的依据。 | 财务股 | 本局网站 | 20个工作日内 |计划总结 | 本局的年度计划。 | 规划股 | 本局")
    parts = bar_table_parts(line)
    assert [text for text, row in parts if row][1:] == [
        "班子信息 | 局班子成员的分工。 | 办公室 | 本局网站 | 20个工作日内 |",
        "收费信息 | 本局收费的依据。 | 财务股 | 本局网站 | 20个工作日内 |", "计划总结 | 本局的年度计划。 | 规划股 | 本局"]
    notice = extract(line.encode("utf-8"))
    assert [(m.measure_no, m.text, [r.name for r in m.lead], m.deadline) for m in notice.measures] == [
        (1, "局班子成员的分工。", ["办公室"], "20个工作日内"), (2, "本局收费的依据。", ["财务股"], "20个工作日内"),
        (3, "本局的年度计划。", ["规划股"], None)]


#: a department's dump whose merged unit cell is left out of the row under its first (``2.… |``: one cell closed by
#: its bar), its header broken between two cells by the copy (``具体要求`` / ``| 责任单位 |``) and its title printed as
#: a one-cell row over the header: gushibar-taishan, semicells-taishan and ledgerbox-guangdong's shapes (batch 130)
SHORT_ROWS = ("工作任务 | 具体要求\n| 责任单位 |\n"
              "一、做好规划公开。 | 1.主动公开规划纲要。 | 局办公室牵头，其他股室配合 |\n"
              "2.做好各项规划的归集整理。 |\n"
              "二、做好财政信息公开。 | 3.推动预算决算公开。 | 局财务股 |\n"
              "4.深化债务信息公开。 | 局财务股 |\n")
TITLE_CELL = ("发文日期： 2021年03月16日\n2021年重点任务台账 |\n序号 | 工作任务 | 责任处室 | 完成时限 |\n"
              "1 | 做好疫情信息发布。 | 应急处 | 长期推进 |\n|\n2 | 做好疫苗接种信息公开。 | 疾控处 | 长期推进 |\n|\n")


def _one_line(text: str) -> str:
    return "".join(line.strip() for line in text.split("\n"))


def _measures(text: str):
    return [(m.measure_no, m.section_no, m.text, [r.name for r in m.lead], [r.name for r in m.support], m.deadline)
            for m in extract(text.encode("utf-8")).measures]


def test_a_glued_row_of_one_cell_closed_by_its_bar_is_a_row():
    """A row printing only its first cell, the merged ones left out entirely (``…配合 |2.做好…。 |二、…``), is a row of
    the glued table: cut there, it gives the rows of the copy whose lines were kept (xfail74)."""
    line = _one_line(SHORT_ROWS)
    assert [text for text, row in bar_table_parts(line) if row] == [
        "工作任务 | 具体要求 | 责任单位 |", "一、做好规划公开。 | 1.主动公开规划纲要。 | 局办公室牵头，其他股室配合 |",
        "2.做好各项规划的归集整理。 |", "二、做好财政信息公开。 | 3.推动预算决算公开。 | 局财务股 |", "4.深化债务信息公开。 | 局财务股 |"]
    rows = _measures(SHORT_ROWS)
    assert len(rows) == 4 and rows[1][:4] == (2, 1, "做好各项规划的归集整理。", ["局办公室"])
    assert _measures(line) == rows


def test_a_header_broken_before_a_bar_is_a_seam_not_an_unspaced_dump():
    """``具体要求| 责任单位 |``: a bar glued to the text before it but spaced from the cell after it is where a line
    opening with its bar was run on, printed spaced in the row; a dump gluing its bars on both sides stays whole."""
    parts = bar_table_parts("工作任务 | 具体要求| 责任单位 |一、甲。 | 1.做乙。 | 市财政局 |2.做丙。 | 市民政局 |")
    assert parts[0] == ("工作任务 | 具体要求 | 责任单位 |", True) and len(parts) == 3
    unspaced = "工作任务 | 具体要求|责任单位 |一、甲。 | 1.做乙。 | 市财政局 |2.做丙。 | 市民政局 |"
    assert bar_table_parts(unspaced) == [(unspaced, False)]


def test_a_header_under_a_title_cell_opens_after_the_title_s_bar():
    """The table's title printed as a one-cell row (``…台账 |``) glued to the header: the header opens after that bar,
    the title staying with the text before the table, and the rows read as where the lines were kept."""
    line = _one_line(TITLE_CELL)
    parts = bar_table_parts(line)
    assert parts[0] == ("发文日期： 2021年03月16日2021年重点任务台账 |", False)
    assert parts[1] == ("序号 | 工作任务 | 责任处室 | 完成时限 |", True)
    assert _measures(line) == _measures(TITLE_CELL) and len(_measures(TITLE_CELL)) == 2


def test_no_glued_table_of_one_cell_rows_or_under_words_that_name_no_column():
    """Pieces that each hold one cell (no row parts two cells) are no table, nor is a text glued to a first bar whose
    next cells name no columns."""
    lonely = "工作任务 | 责任单位 |做甲。 |做乙。 |做丙。 |"
    assert bar_table_parts(lonely) == [(lonely, False)]
    prose = "某局年度计划 |关于 | 工作 | 的说明 |1 | 做甲。 | 市财政局 |"
    assert all(not row for _, row in bar_table_parts(prose))
