"""Tables laid out in columns of spaces (parse/textcolumns.py): a PDF's text layer as
pdftotext -layout prints it, read by the column grid its white space draws."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.textcolumns import CHARS, DISPLAY, Token, column_of, find_columns, tokens
from extractor.source.decode import decode_bytes
from extractor.text import display_width

from conftest import make_raw

COVER = ["关于印发某市重点任务分工方案的通知", "各区人民政府，市政府各部门：", "现将分工方案印发给你们，请认真贯彻落实。",
         "某市人民政府办公室", "2023年3月2日", "某市重点任务分工方案"]


def parse_text(lines, crlf=False):
    text = ("\r\n" if crlf else "\n").join(COVER + lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def rows(parsed):
    return [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in parsed.measures]


def grouped_rows(parsed):
    """The measures with the number of the section (the project) each is under."""
    return [(m.section.no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in parsed.measures]


def line(*cells: tuple[str, int]) -> str:
    """A line as a monospaced copy sets it: each cell padded to its column's display width,
    two spaces between columns (the cells' texts are the test's, the padding is arithmetic)."""
    return "  ".join(text + " " * (width - display_width(text)) for text, width in cells).rstrip()


W = (4, 24, 14, 14, 10)   # 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限, in display columns


def row(*texts: str) -> str:
    return line(*zip(texts, W))


HEADER = row("序号", "工作任务", "牵头单位", "配合单位", "完成时限")


def test_a_cell_wrapped_over_lines_separated_by_blank_lines_joins_its_column():
    """A copy with a blank line after every line (and CRLF): the rests two lines down are
    still the row's; the numbers start again at 1 under each section row across the table."""
    lines = [HEADER, "", "一、优化营商环境", "",
             row("1", "推行企业开办全程网上办", "市市场监管局", "市政务服务", "6月底前"), "",
             row("", "理，压缩办理时间。", "", "中心"), "",
             "二、扩大有效投资", "",
             row("1", "新开工重大项目20个。", "市发展改革委", "市自然资源", "年底前"), "",
             row("", "", "", "和规划局"), "", "抄送：市委办公室。"]
    assert rows(parse_text(lines, crlf=True)) == [
        (1, "推行企业开办全程网上办理，压缩办理时间。", ("市市场监管局",), ("市政务服务中心",), "6月底前"),
        (1, "新开工重大项目20个。", ("市发展改革委",), ("市自然资源和规划局",), "年底前")]


def test_cells_centred_in_their_rows_are_shared_out_around_the_number():
    """pdftotext prints a PDF's vertically centred cells where they stand: a one-line
    cell beside a two-line task on a line of its own between the task's lines, so the
    number stands below the task's first line; a three-line unit cell reaches a line
    above and below.  A row reaches as far above its number as below it."""
    lines = [HEADER,
             row("", "建设智慧社区5个，完善基层", "", "", ""),
             row("1", "", "市民政局", "市财政局", "9月底前"),
             row("", "治理平台。", "", "", ""),
             row("", "", "", "市公安局、市", ""),
             row("2", "改造老旧小区12个。", "市住房城乡建设局", "大数据中心、", "年底前"),
             row("", "", "", "市城管局", ""),
             row("3", "新增停车泊位900个。", "市交通运输局", "", "长期坚持")]
    assert rows(parse_text(lines)) == [
        (1, "建设智慧社区5个，完善基层治理平台。", ("市民政局",), ("市财政局",), "9月底前"),
        (2, "改造老旧小区12个。", ("市住房城乡建设局",), ("市公安局、市大数据中心、市城管局",), "年底前"),
        (3, "新增停车泊位900个。", ("市交通运输局",), (), "长期坚持")]


def test_a_two_row_header_names_the_columns_under_it_and_an_empty_column_keeps_its_place():
    """责任单位 over 牵头单位 | 配合单位, a 责任领导 column between; no row prints a
    配合单位, yet its header word stands clear of every column: the deadline stays a
    deadline.  A section column (类别) first, its cell wrapped, spans the section's rows."""
    widths = (8, 4, 20, 8, 14, 14, 10)

    def r(*texts):
        return line(*zip(texts, widths))
    lines = [r("类别", "序号", "工作任务", "责任领导", "责任单位", "", "完成时限"),
             r("", "", "", "", "牵头单位", "配合单位", ""),
             r("一、稳定", "1", "新增城镇就业3000人。", "张明", "市人社局", "", "每季度"),
             r("就业", "", "", "", "", "", ""),
             r("", "2", "开展职业技能培训2万", "张明", "市人社局", "", "年底前"),
             r("", "", "人次。", "", "", "", "")]
    assert rows(parse_text(lines)) == [(1, "新增城镇就业3000人。", ("市人社局",), (), "每季度"),
                                       (2, "开展职业技能培训2万人次。", ("市人社局",), (), "年底前")]
    assert [s.title for s in parse_text(lines).sections] == ["稳定就业"]


PDFTOTEXT = [  # pdftotext -layout: one column a character, whatever its width
    "  序号     工作任务            牵头单位     配合单位      完成时限",
    "  1      完成220千伏输变电工程    市发展改革委   国网某市供电公   2023年10月",
    "         建设。                      司         底前",
    "  2      推进5G基站建设，新建     市工业和信息化  市通信发展管理   2023年12月",
    "         基站1500个。        局        办公室       底前",
]


def test_a_pdftotext_copy_is_read_in_characters():
    """The Latin digits of a pdftotext copy take one column as a CJK character does: the
    columns line up counted in characters, not in display columns."""
    assert rows(parse_text(PDFTOTEXT)) == [
        (1, "完成220千伏输变电工程建设。", ("市发展改革委",), ("国网某市供电公司",), "2023年10月底前"),
        (2, "推进5G基站建设，新建基站1500个。", ("市工业和信息化局",), ("市通信发展管理办公室",), "2023年12月底前")]


def test_columns_are_the_runs_between_gutters_every_line_leaves():
    lines = [tokens(ln, CHARS) for ln in PDFTOTEXT[1:]]
    columns = find_columns(lines)
    assert columns == [(2, 3), (9, 21), (25, 32), (34, 41), (44, 52)]
    # a word poking one position into a gutter is its column's; across two columns it is neither
    assert column_of(Token(columns[1][0] - 1, columns[1][0] + 3, "做甲"), columns) == 1
    assert column_of(Token(0, columns[1][0] + 4, "一、稳增长"), columns) is None
    # display columns: a CJK character two wide
    assert [(t.start, t.end) for t in tokens("1  市局 A", DISPLAY)] == [(0, 1), (3, 7), (8, 9)]


def test_prose_after_the_table_at_the_margin_is_no_cell():
    lines = [HEADER, row("1", "建成口袋公园8个。", "市城管局", "市财政局", "9月底前"),
             "各区要按照分工抓好落实，每季度末报送进展情况。"]
    assert rows(parse_text(lines)) == [(1, "建成口袋公园8个。", ("市城管局",), ("市财政局",), "9月底前")]


def test_rests_standing_in_a_column_are_not_joined_as_wrapped_prose():
    """Centred cells print a deadline column's rests one under another far right, all as
    long as each other, which looks like a text wrapped at one width; and a unit rest ending
    in 、 alone on its line looks like a list going on in the next line, a task's rest.
    Neither is joined to the line under it."""
    lines = [HEADER,
             row("", "", "", "", "3月底前启动"),
             row("1", "建成社区食堂6个。", "市民政局", "", "6月底前完成"),
             row("", "", "", "", "9月底前验收"),
             row("", "", "", "市财政局、", ""),
             row("", "新增托育位300个，完善", "", "", ""),
             row("2", "", "市卫健委", "市教育局、", "年底前"),
             row("", "托育服务体系。", "", "", ""),
             row("", "", "", "市人社局", ""),
             row("", "", "", "", "3月底前启动"),
             row("3", "新建口袋公园4个。", "市城管局", "", "6月底前完成"),
             row("", "", "", "", "9月底前验收")]
    assert rows(parse_text(lines)) == [
        (1, "建成社区食堂6个。", ("市民政局",), (), "3月底前启动6月底前完成9月底前验收"),
        (2, "新增托育位300个，完善托育服务体系。", ("市卫健委",), ("市财政局、市教育局、市人社局",), "年底前"),
        (3, "新建口袋公园4个。", ("市城管局",), (), "3月底前启动6月底前完成9月底前验收")]


def test_a_running_page_title_and_a_number_cut_by_the_wrap():
    """pdftotext starts each page with a form feed and the page's running header - here the
    table's title again - over the header printed again: neither is a cell.  A deadline
    column too narrow for 2020年12月底前 cuts it inside the number: its rest joins with no
    space (Latin words would keep theirs)."""
    lines = ["           某市2020年民生实事任务分工",
             " 序号   工作任务                  责任单位          完成时限",
             " 1      新建城市书房10个。        市文化旅游局      2020年1",
             "                                                    2月底前",
             "\f                                      某市2020年民生实事任务分工",
             " 序号   工作任务                  责任单位          完成时限",
             " 2      开通公交新线路5条。       市交通运输局      2020年9",
             "                                                    月底前"]
    assert rows(parse_text(lines)) == [
        (1, "新建城市书房10个。", ("市文化旅游局",), (), "2020年12月底前"),
        (2, "开通公交新线路5条。", ("市交通运输局",), (), "2020年9月底前")]



def test_a_cell_line_ending_in_a_list_comma_under_a_row_of_columns_is_not_joined():
    """A section column's cell (一、… with its leaders) centred in its row, wrapped at the
    margin after a 、, right under a row of the table: the line under it is the same cell's
    rest, in its column, not a unit list going on in the line below (prepare's 、 join)."""
    from extractor.parse.textlayer import prepare
    widths = (16, 4, 20, 14, 8)

    def r(*texts):
        return line(*zip(texts, widths))
    lines = [r("类别", "序号", "工作任务", "责任单位", "完成时限"),
             r("一、稳定就业", "", "", "", ""),
             r("（牵头领导：陈志", "", "", "", ""),
             r("", "1", "新增城镇就业3000人。", "市人社局", "每季度"),
             r("强、王建华、", "", "", "", ""),
             r("李明同志）", "", "", "", ""),
             r("", "2", "开展培训20000人次。", "市人社局", "年底前")]
    text = "\n".join(COVER + lines)
    prepared = prepare(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))).lines
    assert "强、王建华、" in prepared and "李明同志）" in prepared
    assert rows(parse_text(lines)) == [(1, "新增城镇就业3000人。", ("市人社局",), (), "每季度"),
                                       (2, "开展培训20000人次。", ("市人社局",), (), "年底前")]
    assert [s.title for s in parse_text(lines).sections] == ["稳定就业（牵头领导：陈志强、王建华、李明同志）"]


def test_a_repeated_two_row_header_with_a_person_column_is_no_row():
    """A TAB copy's header (责任单位 over 主办单位 | 协办单位, then 责任人, a column of
    people) printed again after 续表: neither of its rows is a measure - 责任人 is a column
    name, as 责任领导 is."""
    header = ["序号\t重点任务\t责任单位\t\t责任人\t完成时间", "\t\t主办单位\t协办单位\t\t"]
    lines = [*header, "1\t新建公园2个。\t县住建局\t县财政局\t张伟\t6月底前", "续表", *header,
             "2\t改造道路5公里。\t县交通局\t\t李明\t年底前"]
    assert rows(parse_text(lines)) == [(1, "新建公园2个。", ("县住建局",), ("县财政局",), "6月底前"),
                                       (2, "改造道路5公里。", ("县交通局",), (), "年底前")]


P = (4, 12, 26, 8, 14, 16, 10)   # 序号 | 项目名称 | 建设内容 | 责任领导 | 牵头单位 | 配合单位 | 完成时限


def p(*texts: str) -> str:
    return line(*zip(texts, P))


PROJECTS = [p("序号", "项目名称", "建设内容", "责任领导", "牵头单位", "配合单位", "完成时限"), "",
            p("", "", "新建社区养老服务中心3个，", "王××", "市民政局", "市财政局", "2023年9月"),
            p("", "完善养老", "新增床位300张。", "", "", "", "底"),
            p("1", "服务"),
            p("", "", "改造特困供养机构2所。", "王××", "市民政局", "市住建局、各县区", "2023年12月"),
            p("", "", "", "", "", "政府", "底"), "",
            p("2", "提升公共交通", "新开通公交线路5条。", "李××", "市交通运输局", "市公安局", "2023年6月"),
            p("", "", "", "", "", "", "底"), "",
            p("", "", "新建公共充电桩800个。", "赵××", "市发展改革委", "市供电公司", "2023年10月"),
            p("", "", "", "", "", "", "底"),
            p("3", "推进绿色出行"),
            p("", "", "建设城市绿道20公里，新增", "赵××", "市林业局", "市城管局", "2023年11月"),
            p("", "", "口袋公园3个。", "", "", "", "底"), "",
            p("4", "扩大就业", "新增城镇就业1.2万人。", "孙××", "市人社局", "各县区政府", "2023年12月底"), "",
            "", "— 2 —"]


def test_a_project_cell_centred_over_two_sub_rows_gives_each_sub_row_a_row():
    """A landscape 民生实事 table laid out by pdftotext: a project's 序号 and 项目名称 cells are
    merged over two task rows and centred, so the number stands on a line between the two
    sub-rows' lines; each sub-row prints its own leader, units and deadline.  Each sub-row is
    a row (its own text, units, deadline) under the project, which heads them as a section; a
    deadline wrapped onto the line under a one-row project (2023年6月 / 底) stays whole, and the
    next project's lines above its number stay that project's."""
    parsed = parse_text(PROJECTS)
    assert [(s.no, s.title) for s in parsed.sections] == [
        (1, "完善养老服务"), (2, "提升公共交通"), (3, "推进绿色出行"), (4, "扩大就业")]
    assert grouped_rows(parsed) == [
        (1, "新建社区养老服务中心3个，新增床位300张。", ("市民政局",), ("市财政局",), "2023年9月底"),
        (1, "改造特困供养机构2所。", ("市民政局",), ("市住建局、各县区政府",), "2023年12月底"),
        (2, "新开通公交线路5条。", ("市交通运输局",), ("市公安局",), "2023年6月底"),
        (3, "新建公共充电桩800个。", ("市发展改革委",), ("市供电公司",), "2023年10月底"),
        (3, "建设城市绿道20公里，新增口袋公园3个。", ("市林业局",), ("市城管局",), "2023年11月底"),
        (4, "新增城镇就业1.2万人。", ("市人社局",), ("各县区政府",), "2023年12月底")]


def test_a_centred_task_cell_split_by_its_one_line_cells_is_one_row():
    """A two-line task whose one-line cells stand on a line of their own between its lines
    (no cells of their own under the task's second line) is one row, not two sub-rows."""
    lines = [HEADER,
             row("", "建设智慧社区5个，完善基层", "", "", ""),
             row("1", "", "市民政局", "市财政局", "9月底前"),
             row("", "治理平台。", "", "", ""),
             row("2", "改造老旧小区12个。", "市住房城乡建设局", "市城管局", "年底前")]
    assert [(n, t) for n, t, *_ in rows(parse_text(lines))] == [
        (1, "建设智慧社区5个，完善基层治理平台。"), (2, "改造老旧小区12个。")]


def test_a_row_whose_cells_all_wrap_around_its_number_is_one_row():
    """A tall row whose task, unit and deadline cells all take two lines, the number alone
    on a line between them (centred): the lines under the number are the cells' rests (a
    unit name cut inside, a deadline's 底), not a second task row under the same number."""
    lines = [HEADER,
             row("", "推进城市更新行动，完善", "", "市住房城乡建", "2023年12月"),
             row("1", "", "", "", ""),
             row("", "老旧街区配套设施。", "", "设局", "底"),
             row("2", "新增停车泊位900个。", "市交通运输局", "", "长期坚持")]
    assert [(n, t, sup, d) for n, t, _, sup, d in rows(parse_text(lines))] == [
        (1, "推进城市更新行动，完善老旧街区配套设施。", ("市住房城乡建设局",), "2023年12月底"),
        (2, "新增停车泊位900个。", (), "长期坚持")]


#: 序号 | 项目名称 | 建设内容 | 责任领导 | 牵头单位 | 配合单位 | 完成时限, a project over sub-rows whose
#: task cells fill every line (no line without a task between two sub-rows)
FILLED = [p("序号", "项目名称", "建设内容", "责任领导", "牵头单位", "配合单位", "完成时限"), ""]


def test_sub_rows_whose_task_cells_fill_every_line_are_still_rows():
    """Two or three tasks under one centred project, each one line or two, the next one's lines
    right under the last one's: each task's own leader, units and deadline start on its first
    line, under the task above's sentence end, so the row is cut there as where a line without a
    task parts them.  Before, the project's tasks came out as one row, their cells run together."""
    lines = FILLED + [
        p("", "", "新建社区食堂5个，配套", "王××", "县民政局", "县财政局", "2024年9月底"),
        p("", "健全养老", "助餐点10个。", "", "", "", ""),
        p("1", "服务体系", "改造敬老院2所，新增", "王××", "县民政局", "县住建局", "2024年12月底"),
        p("", "", "护理型床位120张。", "", "", "", ""), "",
        p("", "", "新建乡村公路30公里。", "李××", "县交通运输局", "各乡镇人民政府", "2024年10月底"),
        p("2", "畅通城乡交通", "改造危桥4座。", "李××", "县交通运输局", "县财政局", "2024年8月底"),
        p("", "", "新增农村客运班线6条。", "李××", "县交通运输局", "县公安局", "2024年6月底"), "",
        p("3", "扩大就业", "新增城镇就业3000人。", "赵××", "县人社局", "各乡镇人民政府", "2024年12月底"), ""]
    parsed = parse_text(lines)
    assert [(s.no, s.title) for s in parsed.sections] == [(1, "健全养老服务体系"), (2, "畅通城乡交通"), (3, "扩大就业")]
    assert grouped_rows(parsed) == [
        (1, "新建社区食堂5个，配套助餐点10个。", ("县民政局",), ("县财政局",), "2024年9月底"),
        (1, "改造敬老院2所，新增护理型床位120张。", ("县民政局",), ("县住建局",), "2024年12月底"),
        (2, "新建乡村公路30公里。", ("县交通运输局",), ("各乡镇人民政府",), "2024年10月底"),
        (2, "改造危桥4座。", ("县交通运输局",), ("县财政局",), "2024年8月底"),
        (2, "新增农村客运班线6条。", ("县交通运输局",), ("县公安局",), "2024年6月底"),
        (3, "新增城镇就业3000人。", ("县人社局",), ("各乡镇人民政府",), "2024年12月底")]


def test_a_task_wrapped_with_all_its_cells_under_one_number_stays_one_row():
    """Every cell of a row wraps onto the next line (the task mid-sentence, a unit name and a
    deadline cut in two): the next line prints a cell in each column, but the task above ends
    no sentence, so it is the row's rest, not a second task."""
    lines = FILLED + [
        p("1", "健全养老服务", "推进县级养老服务中心建设，", "王××", "县民政局、县", "县财政局、县", "2024年"),
        p("", "", "完善兜底保障。", "刘××", "卫健局", "医保局", "12月底"), "",
        p("2", "扩大就业", "新增城镇就业3000人。", "赵××", "县人社局", "各乡镇人民政府", "2024年12月底"), ""]
    parsed = parse_text(lines)
    assert [(m.text, m.lead_cells, m.support_cells, m.deadline) for m in parsed.measures] == [
        ("推进县级养老服务中心建设，完善兜底保障。", ("县民政局、县卫健局",), ("县财政局、县医保局",), "2024年12月底"),
        ("新增城镇就业3000人。", ("县人社局",), ("各乡镇人民政府",), "2024年12月底")]


def c(*cells: tuple[str, int]) -> str:
    """A line as pdftotext -layout sets it: each cell padded to its column's width in characters
    (every character one column), two spaces between columns."""
    return "  ".join(text + " " * (width - len(text)) for text, width in cells).rstrip()


N = (3, 14, 8, 10, 8)   # 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限, in characters: the task column at 5


def n(*texts: str) -> str:
    return c(*zip(texts, N))


def sections(parsed):
    return [(s.no, s.label, s.title) for s in parsed.sections]


def test_a_short_section_line_at_the_left_edge_stands_in_the_number_column_and_heads_its_rows():
    """pdftotext sets a section row's heading at the table's left edge: a short one (一、稳就业) ends
    before the task column, or reaches a character into it, so all its words stand in the 序号 column.
    It is a section row all the same (a row's number is never 一、), and the numbers start again under
    it.  Before, only a heading long enough to stand across the gutter was read: the short ones were
    dropped as a page header's words, no section and every row's section_no None."""
    lines = [n(" 序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
             "一、稳就业",
             n(" 1", "新增城镇就业5000人，", "县人社局", "县财政局、", "2025年1"),
             n("", "零就业家庭动态清零。", "", "各乡镇", "2月底前"),
             "二、兴产业强县域",
             n(" 1", "新建标准厂房8万平方", "县工信局", "县自然资源", "2025年9"),
             n("", "米。", "", "局", "月底前"),
             n(" 2", "培育规上企业12家。", "县工信局", "县统计局", "年底前")]
    parsed = parse_text(lines)
    assert sections(parsed) == [(1, "一、", "稳就业"), (2, "二、", "兴产业强县域")]
    assert [(m.section.no, m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline)
            for m in parsed.measures] == [
        (1, 1, "新增城镇就业5000人，零就业家庭动态清零。", ("县人社局",), ("县财政局、各乡镇",), "2025年12月底前"),
        (2, 1, "新建标准厂房8万平方米。", ("县工信局",), ("县自然资源局",), "2025年9月底前"),
        (2, 2, "培育规上企业12家。", ("县工信局",), ("县统计局",), "年底前")]


def test_a_section_line_right_under_the_header_is_no_second_header_line():
    """The first section's heading right under the header names a header word (重点领域 names a
    group column, 工作任务 the task column) but prints a section number: it is the first section,
    not a second header line naming the 序号 column.  Before, it renamed that column, no row was
    read by the column grid, and the one-line reader kept the first row's first line only."""
    for heading in ("一、聚焦重点领域攻坚", "一、重点工作任务"):
        lines = [n(" 序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
                 heading,
                 n(" 1", "改造农村公路60公", "县交通局", "县财政局，", "2025年6"),
                 n("", "里。", "", "各乡镇", "月底前"),
                 "二、建设美丽乡村",
                 n(" 2", "完成农村改厕1200", "县农业农村", "县卫健局", "持续推进"),
                 n("", "户。", "局")]
        parsed = parse_text(lines)
        assert sections(parsed) == [(1, "一、", heading[2:]), (2, "二、", "建设美丽乡村")]
        assert [(m.section.no, m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline)
                for m in parsed.measures] == [
            (1, 1, "改造农村公路60公里。", ("县交通局",), ("县财政局，各乡镇",), "2025年6月底前"),
            (2, 2, "完成农村改厕1200户。", ("县农业农村局",), ("县卫健局",), "持续推进")]


def test_a_second_header_line_of_role_words_still_names_the_columns():
    """The look-alike the section rule above must not change: a header line of role words under
    责任单位 (no section number) is still the header's second line."""
    lines = [n(" 序号", "工作任务", "责任单位", "", "完成时限"),
             n("", "", "牵头单位", "配合单位", ""),
             n(" 1", "新建村级服务站6", "县民政局", "县财政局", "2025年8"),
             n("", "个。", "", "", "月底前")]
    assert rows(parse_text(lines)) == [(1, "新建村级服务站6个。", ("县民政局",), ("县财政局",), "2025年8月底前")]


def test_a_heading_at_the_margin_after_the_table_heads_no_rows():
    """The look-alike of a short section line: a heading of the text after the table at the left
    edge, short (二、工作要求) or standing across the gutters, then its paragraph.  It holds no row:
    it ends the table, no section is listed for it and the last row keeps its cells.  Before, the
    long one was listed as a section holding nothing."""
    for heading in ("二、工作要求", "二、强化组织保障和督促检查"):
        lines = [n(" 序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
                 n(" 1", "新建口袋公园4个。", "县住建局", "县财政局", "2025年1"),
                 n("", "", "", "", "0月底前"),
                 "",
                 heading,
                 "各乡镇各部门要按照分工抓好落实，每季度末报送工作进展情况。"]
        parsed = parse_text(lines)
        assert rows(parsed) == [(1, "新建口袋公园4个。", ("县住建局",), ("县财政局",), "2025年10月底前")]
        assert sections(parsed) == []


def test_a_latin_word_cut_where_its_line_filled_the_column_joins_with_no_space():
    """A task cell's line that fills its column to the edge was cut by the width, mid-word
    too (DR / G付费 for DRG); one that ended short of the edge, with room for the next
    line's first letter, ended at a space, which stays (Open Data)."""
    lines = [HEADER,
             row("1", "推进医保支付方式改革，DR", "市医保局", "市卫健委", "年底前"),
             row("", "G付费覆盖二级以上医院。", "", "", ""),
             row("2", "推广政务平台，接入Open", "市数据局", "市财政局", "9月底前"),
             row("", "Data接口。", "", "", "")]
    assert [m.text for m in parse_text(lines).measures] == [
        "推进医保支付方式改革，DRG付费覆盖二级以上医院。", "推广政务平台，接入Open Data接口。"]


def test_a_pdftotext_copy_cut_mid_word_at_the_column_edge_counts_in_characters():
    """The same in a pdftotext copy, one position a character: the line ending in DR fills
    the column as far as the widest line does."""
    lines = ["  序号     工作任务              牵头单位     完成时限",
             "  1      推进医保支付方式改革，DR    市医保局     年底前",
             "         G付费覆盖二级以上医院。",
             "  2      完善养老服务体系，新建社区    市民政局     9月底前",
             "         养老服务中心11个。",
             "  3      推广平台，接入Open      市数据局     6月底前",
             "         Data接口。"]
    assert [m.text for m in parse_text(lines).measures] == [
        "推进医保支付方式改革，DRG付费覆盖二级以上医院。", "完善养老服务体系，新建社区养老服务中心11个。",
        "推广平台，接入Open Data接口。"]


def test_a_two_line_row_centred_keeps_its_lower_line_and_a_three_line_row_its_upper_one():
    """A centred copy with no blank line between rows (blindsynth's centred pdftotext copies): a row of
    two lines prints its number on its first line, one of three on its middle line.  Each row takes the
    lines its cells run on into (a line filling its column to the edge: 推进…完成改 / 造小区…, 2023年12月 /
    底前), not as many lines below its number as above it; nothing is above the first number, so the copy
    is told centred by the third row's task, which runs on from the line above its number."""
    lines = [HEADER,
             row("1", "推进老旧小区改造，完成改", "市住建局", "市财政局、市自", "2023年12月"),
             row("", "造小区九个。", "", "然资源局", "底前"),
             row("2", "开展安全生产专项整治，坚", "市应急局", "市公安局", "2023年12月"),
             row("", "决遏制较大事故发生。", "", "", "底前"),
             row("", "实施专精特新企业培育行动", "", "", ""),
             row("3", "，新认定省级专精特新企业", "市工信局", "市财政局", "年底前"),
             row("", "三十七家。", "", "", "")]
    assert rows(parse_text(lines)) == [
        (1, "推进老旧小区改造，完成改造小区九个。", ("市住建局",), ("市财政局、市自然资源局",), "2023年12月底前"),
        (2, "开展安全生产专项整治，坚决遏制较大事故发生。", ("市应急局",), ("市公安局",), "2023年12月底前"),
        (3, "实施专精特新企业培育行动，新认定省级专精特新企业三十七家。", ("市工信局",), ("市财政局",), "年底前")]


def test_cells_at_the_top_of_their_rows_stay_so_though_a_last_line_fills_its_column():
    """A copy whose cells stand at the top of their rows: row 1's unit cell ends exactly at its
    column's edge (安局、市民政局), which alone looks like a cell running on into row 2; cut as centred
    rows the copy would part more cells (the task 推进…三千 / 户。), so it is read at the top."""
    lines = [HEADER,
             row("1", "推进老旧小区改造，完成改", "市住建局", "市财政局、市公", "年底前"),
             row("", "造小区九个，惠及居民三千", "", "安局、市民政局", ""),
             row("", "户。", "", "", ""),
             row("2", "新增停车泊位九百个。", "市交通运输局", "市税务局", "长期坚持"),
             row("3", "开展安全生产专项整治，坚", "市应急局", "", "年底前"),
             row("", "决遏制较大事故发生。", "", "", "")]
    assert rows(parse_text(lines)) == [
        (1, "推进老旧小区改造，完成改造小区九个，惠及居民三千户。", ("市住建局",), ("市财政局、市公安局、市民政局",), "年底前"),
        (2, "新增停车泊位九百个。", ("市交通运输局",), ("市税务局",), "长期坚持"),
        (3, "开展安全生产专项整治，坚决遏制较大事故发生。", ("市应急局",), (), "年底前")]
