"""Cells a text copy spread over several lines (parse/textcells.py): a spreadsheet's
quoted multi-line cells, and the wrapped rests of a PDF's space-aligned columns."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.textcells import QUOTED_CELL_MAX_LINES, join_quoted_cells, split_run_on_bar_rows, unquote_cell
from extractor.source.decode import decode_bytes

from conftest import make_raw

COVER = ["关于印发某县重点工作分工的通知", "各乡镇人民政府：", "现印发给你们。", "某县人民政府办公室", "2022年5月6日",
         "某县重点工作分工"]


def parse_text(lines):
    text = "\n".join(COVER + lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def rows(parsed):
    return [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline, m.form) for m in parsed.measures]


def test_quoted_cells_of_a_spreadsheet_paste_run_over_lines():
    """A TAB paste where a task and a unit cell hold line breaks, quoted: the row runs on
    to the closing quote, the quotes are not text, a doubled quote is one, the line break
    joins a task's sentence and separates units; a quotation mark inside an unquoted cell
    stays text."""
    p = parse_text(["序号\t工作任务\t牵头单位\t配合单位\t完成时限",
                    '1\t"建成口袋公园3个，', '改造背街小巷5条。"\t县住建局\t"县城管局', '县财政局"\t9月底',
                    '2\t"开展""双随机""抽查。"\t县市场监管局\t\t年底',
                    '3\t推行"一窗受理"。\t县政务办\t县司法局\t6月底'])
    assert rows(p) == [
        (1, "建成口袋公园3个，改造背街小巷5条。", ("县住建局",), ("县城管局", "县财政局"), "9月底", "text-tab"),
        (2, '开展"双随机"抽查。', ("县市场监管局",), (), "年底", "text-tab"),
        (3, '推行"一窗受理"。', ("县政务办",), ("县司法局",), "6月底", "text-tab")]


def test_a_quoted_cell_listing_offices_one_a_line_keeps_them_apart():
    """A province department's TAB copy: its 处室 one a line in a quoted 责任单位 cell, its own 办公室
    among them (a bare head word, yet no wrapped name's end here: each line names an office);
    before, the five lines were read as one name (blindsynth bs222)."""
    p = parse_text(["序号\t重点任务\t责任单位\t完成时限",
                    '1\t深化“放管服”改革。\t"社会发展处', "固定资产投资处", "办公室", "综合规划处",
                    '财政金融处"\t2022年4月30日前'])
    assert rows(p) == [(1, "深化“放管服”改革。", ("社会发展处", "固定资产投资处", "办公室", "综合规划处", "财政金融处"),
                        (), "2022年4月30日前", "text-tab")]


def test_a_quote_that_never_closes_joins_nothing():
    lines = ['1\t"做甲\t县商务局'] + [f"第{i}行" for i in range(QUOTED_CELL_MAX_LINES + 2)] + ['结尾"']
    assert join_quoted_cells(lines) == lines
    # a quote opening a cell mid-text is text, not a quoted cell
    assert join_quoted_cells(['1\t做"甲\t县商务局', "乙", '丙"']) == ['1\t做"甲\t县商务局', "乙", '丙"']
    # a line without a TAB does not open a row of its own
    assert join_quoted_cells(['"引文开头', '引文结尾"']) == ['"引文开头', '引文结尾"']
    assert join_quoted_cells(['1\t"甲', '乙"\t丙']) == ['1\t"甲\n乙"\t丙']


def test_unquote_only_a_cell_quoted_by_the_rules():
    assert unquote_cell('"县商务局\n县财政局"') == "县商务局\n县财政局"
    assert unquote_cell('"开展""双随机""抽查"') == '开展"双随机"抽查'
    assert unquote_cell('"甲"和"乙"') == '"甲"和"乙"'   # a lone quote inside: printed text
    assert unquote_cell('"') == '"' and unquote_cell("甲") == "甲"


PDF_PAGE = [  # pdftotext -layout: every character one column; cells wrapped onto the next line
    "  序 号     工 作 任 务          牵头单位      配合单位      完成时限",
    " 1     新建社区食堂12个，覆盖       县民政局      县财政局、    2022年9月底",
    "       全部街道。                                 县卫健局",
    " 2     改造供水管网40公里。         县水务局      县住房城乡建  2022年12月底",
    "                                                   设局",
    "",
    "                            — 2 —",
    "",
    "  序 号     工 作 任 务          牵头单位      配合单位      完成时限",
    " 3     新增公共停车泊位800个。     县人力资源社  各乡镇人民    全年",
    "                                 会保障局      政府",
    "",
    "抄送：县委办公室。",
]


def test_wrapped_rests_of_a_pdf_copy_go_back_to_their_cells():
    """Each rest joins the cell above that starts nearest to it (a unit name cut inside,
    县住房城乡建|设局); the page footer and the header printed again are skipped; the line
    at the margin after the table is not a rest."""
    assert rows(parse_text(PDF_PAGE)) == [
        (1, "新建社区食堂12个，覆盖全部街道。", ("县民政局",), ("县财政局、县卫健局",), "2022年9月底", "text-sp"),
        (2, "改造供水管网40公里。", ("县水务局",), ("县住房城乡建设局",), "2022年12月底", "text-sp"),
        (3, "新增公共停车泊位800个。", ("县人力资源社会保障局",), ("各乡镇人民政府",), "全年", "text-sp")]


def test_wrapped_rests_laid_out_in_display_columns():
    """The same laid out in a monospaced editor (a CJK character two columns wide):
    the rests stand under their cells by display width, not by character count."""
    lines = ["序号  工作任务              牵头单位    配合单位",
             "1     建成口袋公园3个，改   县住建局    县城管局、",
             "      造背街小巷5条。                   县财政局",
             "2     新增学位600个。       县教育局    县财政局"]
    assert [(n, t, lead, sup) for n, t, lead, sup, *_ in rows(parse_text(lines))] == [
        (1, "建成口袋公园3个，改造背街小巷5条。", ("县住建局",), ("县城管局、县财政局",)),
        (2, "新增学位600个。", ("县教育局",), ("县财政局",))]


def test_a_markdown_table_run_into_one_line_is_cut_into_rows_again():
    """A mirror that lost the line breaks glues the title, the header, the rule and the
    rows into one line; the rule's five cells give the row width, so the rows come back
    (an empty cell kept in its place) and read as the table printed one row a line."""
    table = ["| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |", "|:---|---|---|---|---:|",
             "| 1 | 做甲。 | 县商务局 | 县财政局 | 6月底 |", "| 2 | 做乙。 | 县科技局 | | 年底 |"]
    glued = "某县重点工作分工" + "".join(table) + "抄送：县委办公室。"
    assert split_run_on_bar_rows([glued]) == ["某县重点工作分工"] + table + ["抄送：县委办公室。"]
    assert rows(parse_text([glued])) == rows(parse_text(table)) == [
        (1, "做甲。", ("县商务局",), ("县财政局",), "6月底", "text-bar"),
        (2, "做乙。", ("县科技局",), (), "年底", "text-bar")]


def test_a_line_whose_cells_are_not_whole_rows_is_left_alone():
    lines = ["| 甲 | 乙 ||---|---|| 1 | 2 | 3 |", "|---|---|", "说明|---|---|文字"]
    assert split_run_on_bar_rows(lines) == lines


def test_a_short_row_goes_by_the_columns_of_the_full_rows():
    """pdftotext centres the header words over their columns, so they do not mark where
    cells start; the full rows do.  Row 2 has no 配合单位: its deadline stays under 完成时限
    (before: split from the right, the deadline became the supporting unit)."""
    lines = ["  序 号       工 作 任 务           牵头单位      配合单位      完成时限",
             " 1     新建社区食堂12个。          县民政局      县财政局      2022年9月底",
             " 2     改造供水管网40公里。        县水务局                    2022年12月底",
             " 3     新增停车泊位800个。         县公安局      县城管局      全年"]
    assert [(n, lead, sup, d) for n, _, lead, sup, d, _ in rows(parse_text(lines))] == [
        (1, ("县民政局",), ("县财政局",), "2022年9月底"),
        (2, ("县水务局",), (), "2022年12月底"),
        (3, ("县公安局",), ("县城管局",), "全年")]


def test_indented_lines_finds_each_line_in_order_or_keeps_it():
    """The stripped lines get their printed indentation back, found in order (a repeated
    line takes the next copy); a line the locate stage changed stays as it is."""
    from extractor.parse.textcells import indented_lines
    assert indented_lines(["甲", "", "乙", "改过的", "甲"], "  甲\n\n   乙\n  原样\n    甲\n") == \
        ["  甲", "", "   乙", "改过的", "    甲"]


def test_a_mirrors_pinyin_glosses_do_not_move_the_columns():
    """A mirror glosses characters after the copy was laid out (县(xian)民政局(ju)(ju)), so every
    cell after a gloss stands further right than its column; the glosses are taken out of the
    lines as printed too, and the columns are where pdftotext set them.  Before, no line was
    found as printed, the rests lost their indentation and every row after the first was lost."""
    gloss = {"县": "(xian)", "局": "(ju)(ju)"}
    glossed = ["".join(ch + gloss.get(ch, "") for ch in line) for line in PDF_PAGE]
    assert glossed != PDF_PAGE
    assert rows(parse_text(glossed)) == rows(parse_text(PDF_PAGE))


def test_a_copy_laid_out_with_no_break_spaces_keeps_its_columns():
    """A browser's copy of a page that laid the table out with &nbsp; holds U+00A0 for every
    space: its columns are found as with spaces.  Before, the located lines (no-break spaces read
    as spaces) were not found among the printed ones and every rest lost its column."""
    nbsp = [line.replace(" ", "\xa0") for line in PDF_PAGE]
    assert rows(parse_text(nbsp)) == rows(parse_text(PDF_PAGE))


def test_a_row_opening_with_an_empty_cell_keeps_it_when_a_quoted_cell_runs_it_over_lines():
    """A spreadsheet's TAB copy under a 类别 column printed in its group's first row: the rows under
    it open with a TAB (the empty 类别 cell).  A row whose last cell holds a line break (quoted, the
    record run over two lines) kept that TAB only while it was one line: the joined record was not
    found among the lines as printed, its leading TAB was lost and every cell went one to the left
    (the task read as the units' column, the row a section of its own)."""
    p = parse_text(["类别\t序号\t工作任务\t牵头单位\t配合单位",
                    "一、提升城市品质\t1\t建成社区公园2个。\t县林业局\t县城管局",
                    '\t2\t改造雨污管网15公里。\t县住建局\t"县水利局', '县财政局"',
                    "\t3\t整治背街小巷8条。\t县城管局\t县住建局",
                    '二、优化公共服务\t4\t新建托育机构1所。\t"县卫健局', '县教育局"\t县财政局'])
    assert [(m.section.no if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells)
            for m in p.measures] == [
        (1, 1, "建成社区公园2个。", ("县林业局",), ("县城管局",)),
        (1, 2, "改造雨污管网15公里。", ("县住建局",), ("县水利局", "县财政局")),
        (1, 3, "整治背街小巷8条。", ("县城管局",), ("县住建局",)),
        (2, 4, "新建托育机构1所。", ("县卫健局", "县教育局"), ("县财政局",))]


def test_a_bar_rows_cells_read_back_what_bar_line_writes():
    from extractor.parse.textcells import bar_cells, bar_line
    assert bar_cells("| 1 | 推进某项工作 | 市财政局 |") == ["1", "推进某项工作", "市财政局"]
    assert bar_cells("1 | 推进某项工作 | 市财政局") == ["1", "推进某项工作", "市财政局"]   # outer bars not printed
    assert bar_cells("| 1 |  | 市财政局 |") == ["1", "", "市财政局"]                      # an empty cell stays
    cells = ["2", "", "各县（市、区）"]
    assert bar_cells(bar_line(cells)) == cells
