"""Stage 5: grids to sections and draft measures (HTML tables, pipe text)."""
import pytest

from extractor.source.decode import decode_bytes
from extractor.parse.forms import NO_TABLE, parse_body
from extractor.layout.locate import locate_content
from extractor.parse.tableheader import role_of

from conftest import make_raw


def parse_html(body: str, path="p.html"):
    html = f"<html><head><meta charset='utf-8'></head><body><div class='content'>{body}</div></body></html>"
    return parse_body(locate_content(decode_bytes(make_raw(html.encode("utf-8"), path=path))))


def parse_text(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


@pytest.mark.parametrize("word,role", [
    ("目标任务", "section"), ("工作措施", "measure"), ("牵头单位", "lead"), ("协办单位", "support"),
    ("配合单位", "support"), ("牵头责任单位", "lead"), ("责任单位", "responsible"), ("完成时限", "deadline"),
    ("时间进度", "deadline"), ("序号", "number"), ("牵 头 单 位", "lead"), ("备注", None), ("", None),
    ("主责部门", "lead"), ("协同部门", "support"), ("责任主体", "responsible"), ("责任处室", "responsible"),
    ("具体内容", "measure"),
])
def test_role_of(word, role):
    assert role_of(word) == role


def test_seed_shape_rowspan_sections():
    p = parse_html("""<table><tr><th>目标任务</th><th>工作措施</th><th>牵头单位</th><th>协办单位</th></tr>
      <tr><td rowspan=2>(一)甲类</td><td>1、做甲</td><td>市发改局 市经信局</td><td>&nbsp;</td></tr>
      <tr><td>2、做乙</td><td>市经信局</td><td>松山湖管委会</td></tr>
      <tr><td>(二)乙类</td><td>3、做丙</td><td>市科技局</td><td></td></tr></table>""")
    assert [(s.no, s.label, s.title) for s in p.sections] == [(1, "(一)", "甲类"), (2, "(二)", "乙类")]
    assert [(m.section.no, m.measure_no, m.text) for m in p.measures] == [(1, 1, "做甲"), (1, 2, "做乙"), (2, 3, "做丙")]
    assert p.measures[0].lead_cells == ("市发改局 市经信局",) and p.measures[0].support_cells == ()
    assert p.measures[1].support_cells == ("松山湖管委会",)
    assert {m.form for m in p.measures} == {"html-table"}


def test_full_width_section_rows_number_column_and_deadline():
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
      <tr><td colspan=5>一、优化营商环境</td></tr>
      <tr><td>1</td><td>压缩开办时间</td><td>市市场监管局</td><td>市政务服务数据管理局</td><td>2019年底</td></tr>
      <tr><td colspan=5>二、扩大开放</td></tr>
      <tr><td>2</td><td>引进外资</td><td>市商务局</td><td></td><td>长期</td></tr></table>""")
    assert [(s.no, s.title) for s in p.sections] == [(1, "优化营商环境"), (2, "扩大开放")]
    assert [(m.section.no, m.measure_no, m.text, m.deadline) for m in p.measures] == [
        (1, 1, "压缩开办时间", "2019年底"), (2, 2, "引进外资", "长期")]


def test_responsible_is_lead_without_a_lead_column():
    p = parse_html("""<table><tr><td>工作任务</td><td>责任单位</td></tr>
      <tr><td>1、甲</td><td>市财政局</td></tr></table>""")
    assert p.measures[0].lead_cells == ("市财政局",) and p.measures[0].support_cells == ()


def test_responsible_is_support_beside_a_lead_column():
    p = parse_html("""<table><tr><td>工作任务</td><td>牵头单位</td><td>责任单位</td></tr>
      <tr><td>1、甲</td><td>市财政局</td><td>市商务局</td></tr></table>""")
    assert p.measures[0].lead_cells == ("市财政局",) and p.measures[0].support_cells == ("市商务局",)


def test_colspan_across_lead_and_support_is_lead_only():
    p = parse_html("""<table><tr><td>工作措施</td><td>牵头单位</td><td>协办单位</td></tr>
      <tr><td>1、甲</td><td colspan=2>市发改局</td></tr></table>""")
    assert p.measures[0].lead_cells == ("市发改局",) and p.measures[0].support_cells == ()


def test_lead_cell_spanning_rows_applies_to_each_measure():
    p = parse_html("""<table><tr><td>工作措施</td><td>牵头单位</td></tr>
      <tr><td>1、甲</td><td rowspan=2>市科技局</td></tr><tr><td>2、乙</td></tr></table>""")
    assert [m.lead_cells for m in p.measures] == [("市科技局",), ("市科技局",)]


def test_br_separated_units_and_extra_columns_kept():
    p = parse_html("""<table><tr><td>工作措施</td><td>牵头单位</td><td>备注</td></tr>
      <tr><td>1、甲</td><td>市发改局<br>市经信局</td><td>新增</td></tr></table>""")
    assert p.measures[0].lead_cells == ("市发改局", "市经信局") and p.measures[0].extra == {"备注": "新增"}


def test_metadata_box_and_layout_table_are_not_task_tables():
    p = parse_html("""<table><tr><td>索引号：</td><td>123</td><td>发布机构：</td><td>市府办</td></tr></table>
      <table><tr><td><table><tr><td>工作措施</td><td>牵头单位</td></tr>
      <tr><td>1、甲</td><td>市财政局</td></tr></table></td></tr></table>""")
    assert [(m.measure_no, m.text) for m in p.measures] == [(1, "甲")]


def test_two_header_rows_under_a_merged_heading():
    p = parse_html("""<table><tr><td rowspan=2>工作任务</td><td colspan=2>责任单位</td></tr>
      <tr><td>牵头单位</td><td>配合单位</td></tr><tr><td>1、甲</td><td>市财政局</td><td>市商务局</td></tr></table>""")
    assert p.measures[0].lead_cells == ("市财政局",) and p.measures[0].support_cells == ("市商务局",)


def test_page_without_task_table_is_a_warning_not_an_error():
    p = parse_html("<p>关于召开会议的通知</p><table><tr><td>时间</td><td>地点</td></tr></table>")
    assert p.measures == () and p.warnings == (NO_TABLE,)


def test_pipe_text_form():
    text = "\n".join(["分工表", "|", "目标任务 |", "工作措施 |", "牵头单位 |", "协办单位 |", "|",
                      "(一)甲类 |", "1、做甲 |", "市发改局 |", "|", "|", "2、做乙 |", "市经信局 |", "||"])
    p = parse_text(text)
    assert [(m.section.no, m.measure_no, m.text, m.lead_cells) for m in p.measures] == [
        (1, 1, "做甲", ("市发改局",)), (1, 2, "做乙", ("市经信局",))]
    assert {m.form for m in p.measures} == {"text-pipe"}


def test_traditional_header_words_get_roles():
    assert role_of("牽頭單位") == "lead" and role_of("責任單位") == "responsible" and role_of("具體措施") == "measure"


@pytest.mark.parametrize("word,role", [
    ("牵头市领导", "leader"), ("牵头领导", "leader"), ("责任单位（排第一位的为牵头单位）", "responsible"),
    ("牵头部门（单位）", "lead"), ("任务名称", "measure"), ("时间节点", "deadline"),
])
def test_role_of_header_variants(word, role):
    assert role_of(word) == role


def test_leader_column_is_extra_and_responsible_leads():
    # 工作报告任务分解: 牵头市领导 holds people, 责任单位 beside it is the unit column
    p = parse_html("""<table><tr><td>序号</td><td>重点工作</td><td>牵头市领导</td><td>责任单位</td></tr>
      <tr><td>1</td><td>甲</td><td>王某某</td><td>市发改委、市统计局</td></tr></table>""")
    m = p.measures[0]
    assert (m.lead_cells, m.support_cells, m.extra) == (("市发改委、市统计局",), (), {"牵头市领导": "王某某"})
    assert m.from_responsible


def test_sections_in_the_number_column_and_total_row():
    p = parse_html("""<table><tr><td>序号</td><td>项目内容</td><td>责任单位</td><td>配合单位</td></tr>
      <tr><td>一</td><td>教育事业</td><td></td><td></td></tr>
      <tr><td>1</td><td>甲</td><td>市教育局</td><td>市财政局</td></tr>
      <tr><td>二、</td><td>医疗卫生</td><td></td><td></td></tr>
      <tr><td>2</td><td>乙</td><td>市卫健委</td><td></td></tr>
      <tr><td>合计</td><td>2项</td><td></td><td></td></tr></table>""")
    assert [(s.no, s.label, s.title) for s in p.sections] == [(1, "一", "教育事业"), (2, "二、", "医疗卫生")]
    assert [(m.section.no, m.measure_no, m.text) for m in p.measures] == [(1, 1, "甲"), (2, 2, "乙")]


def test_unit_cell_written_as_labelled_lines():
    p = parse_html("""<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>
      <tr><td>1</td><td>甲</td><td><p>牵头单位：市审批局</p><p>配合单位：市公安局、市税务局</p></td></tr>
      <tr><td>2</td><td>乙</td><td>市审批局</td></tr></table>""")
    got = [(m.lead_cells, m.support_cells, m.from_responsible) for m in p.measures]
    assert got == [(("市审批局",), ("市公安局、市税务局",), False), (("市审批局",), (), True)]


def test_section_rows_inside_the_task_column():
    p = parse_html("""<table><tr><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>
      <tr><td>（一）加强学科建设</td><td></td><td></td></tr>
      <tr><td>1．甲</td><td>市教育局</td><td>市财政局</td></tr>
      <tr><td>（二）推进产教融合</td><td></td><td></td></tr>
      <tr><td>2．乙</td><td>市发改委</td><td></td></tr></table>""")
    assert [(s.no, s.title) for s in p.sections] == [(1, "加强学科建设"), (2, "推进产教融合")]
    assert [(m.section.no, m.measure_no, m.text) for m in p.measures] == [(1, 1, "甲"), (2, 2, "乙")]


def test_group_row_spanning_the_width_under_the_header_is_a_section_not_a_sub_header():
    """重点工作 across all columns right below the header names a group; taking its
    copies as a second header row turned every column into a section or extra
    column and lost every unit."""
    hdr = "<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>"
    rows = "".join(f"<tr><td>{i}</td><td>做事情{i}</td><td>市发改局</td><td>市财政局</td><td>2020年底</td></tr>"
                   for i in (1, 2))
    parsed = parse_html(f"<table>{hdr}<tr><td colspan='5'>重点工作</td></tr>{rows}</table>")
    assert [s.title for s in parsed.sections] == ["重点工作"]
    assert [(d.measure_no, d.text, d.lead_cells, d.support_cells, d.deadline) for d in parsed.measures] == [
        (1, "做事情1", ("市发改局",), ("市财政局",), "2020年底"), (2, "做事情2", ("市发改局",), ("市财政局",), "2020年底")]
    assert all(d.section is parsed.sections[0] or d.section == parsed.sections[0] for d in parsed.measures)


def test_two_cell_sub_header_still_merges():
    """责任单位 over 牵头 | 配合 (two cells of their own) is still a sub-header."""
    parsed = parse_html("<table><tr><th rowspan='2'>序号</th><th rowspan='2'>工作任务</th><th colspan='2'>责任单位</th></tr>"
                        "<tr><th>牵头单位</th><th>配合单位</th></tr>"
                        "<tr><td>1</td><td>做甲</td><td>市发改局</td><td>市财政局</td></tr></table>")
    assert [(d.text, d.lead_cells, d.support_cells) for d in parsed.measures] == [("做甲", ("市发改局",), ("市财政局",))]


def test_a_first_row_whose_cells_only_open_with_column_names_is_a_body_row():
    """A 责任单位 cell marking its lead (牵头：市住建局) and a 备注 cell holding a word that
    can name a column (民生实事) in the first row under the header: cells that only open
    with a column name, or one such cell, do not make the row a second header row - it
    is the first measure."""
    hdr = "<tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>完成时限</th><th>备注</th></tr>"
    parsed = parse_html(f"<table>{hdr}<tr><td>1</td><td>建成产业园区5个。</td><td>牵头：市住建局</td><td></td>"
                        "<td>民生实事</td></tr><tr><td>2</td><td>治理隐患点2处。</td><td>牵头：市教育局</td>"
                        "<td>6月底前</td><td></td></tr></table>")
    assert [(d.measure_no, d.text, d.deadline) for d in parsed.measures] == [
        (1, "建成产业园区5个。", None), (2, "治理隐患点2处。", "6月底前")]


@pytest.mark.parametrize("cell", ["牵头：区民政局", "牵头:市教育局", "责任单位：市住建局"])
def test_a_label_with_its_value_names_no_column(cell):
    assert role_of(cell) is None


def test_a_headerless_rest_whose_rows_mark_their_leads_continues_the_table():
    """The second piece of a split table (no header) opens with its section row; its rows mark
    the lead (牵头：X) and a 备注 cell holds 续建项目 (项目 can name a section column).  Read as a
    header, 牵头：X and 续建项目 made the piece's third row another table's header: the rows above
    it were lost and the last row's 备注 came out as a measure."""
    hdr = "<tr><td>序号</td><td>具体措施</td><td>责任单位</td><td>备注</td></tr>"
    first = (f"<table>{hdr}<tr><td colspan='4'>一、守牢安全底线</td></tr>"
             "<tr><td>1.1</td><td>建设充电桩800个。</td><td>牵头：区民政局</td><td>民生实事</td></tr></table>")
    rest = ("<table><tr><td colspan='4'>二、扩大有效投资</td></tr>"
            "<tr><td>2.1</td><td>开展抽检600批次。</td><td>牵头：区教育局</td><td>新增</td></tr>"
            "<tr><td>2.2</td><td>建成避难场所5处。</td><td>牵头：区应急管理局</td><td>续建项目</td></tr>"
            "<tr><td>2.3</td><td>改造老旧小区3个。</td><td>牵头：区住建局</td><td>省定任务</td></tr></table>")
    parsed = parse_html(first + rest)
    assert [d.text for d in parsed.measures] == ["建设充电桩800个。", "开展抽检600批次。", "建成避难场所5处。",
                                                "改造老旧小区3个。"]


def test_a_header_printed_again_with_a_column_no_vocabulary_names_is_no_row():
    """A TAB copy's two-row header (责任单位 over 牵头单位 | 配合单位, then 备注) printed again
    after 续表: 备注 names no role, but it is this header's own column name, so the row is
    the header again, not a measure with text 重点任务."""
    header = "序号\t重点任务\t责任单位\t\t完成时限\t备注\n\t\t牵头单位\t配合单位\t\t\n"
    parsed = parse_text("某市重点任务分工方案\n" + header + "1\t新建公园2个。\t市住建局\t市财政局\t6月底前\t\n"
                        "续表\n" + header + "2\t改造道路5公里。\t市交通局\t\t年底前\t省定任务\n")
    assert [(d.measure_no, d.text, d.lead_cells, d.deadline) for d in parsed.measures] == [
        (1, "新建公园2个。", ("市住建局",), "6月底前"), (2, "改造道路5公里。", ("市交通局",), "年底前")]


def test_unnumbered_group_rows_inside_the_table_open_sections_and_notes_do_not():
    hdr = "<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th></tr>"

    def rows(*tasks):
        return "".join(f"<tr><td>{i}</td><td>{t}</td><td>市发改局</td><td>市财政局</td></tr>"
                       for i, t in enumerate(tasks, start=1))

    note = "注：以上任务由各责任单位按职责分工落实，每季度报送进展。"
    parsed = parse_html(f"<table>{hdr}<tr><td colspan='4'>重点工作</td></tr>{rows('做甲', '做乙')}"
                        f"<tr><td colspan='4'>民生实事</td></tr>{rows('做丙')}"
                        f"<tr><td colspan='4'>{note}</td></tr>{rows('做丁')}"
                        f"<tr><td colspan='4'>合计4项</td></tr></table>")
    assert [s.title for s in parsed.sections] == ["重点工作", "民生实事"]
    assert [(d.section.title, d.text) for d in parsed.measures] == [
        ("重点工作", "做甲"), ("重点工作", "做乙"), ("民生实事", "做丙"), ("民生实事", "做丁")]


@pytest.mark.parametrize("head", ["牵头单位/配合单位", "牵头/配合单位", "牵头单位／协办单位"])
def test_one_column_headed_lead_slash_support(head):
    """牵头单位/配合单位 in one column: before the slash the lead, after it the
    supporting units; a cell without a slash names the lead only."""
    parsed = parse_html(f"<table><tr><td>序号</td><td>工作任务</td><td>{head}</td><td>完成时限</td></tr>"
                        "<tr><td>1</td><td>做甲</td><td>市发改局/市财政局、市人社局</td><td>6月底</td></tr>"
                        "<tr><td>2</td><td>做乙</td><td>市教育局</td><td>年底</td></tr></table>")
    assert [(d.text, d.lead_cells, d.support_cells, d.deadline) for d in parsed.measures] == [
        ("做甲", ("市发改局",), ("市财政局、市人社局",), "6月底"), ("做乙", ("市教育局",), (), "年底")]


def test_lead_slash_support_needs_both_words_and_a_slash():
    from extractor.parse.tableheader import _names_lead_and_support

    assert _names_lead_and_support("牵头单位/配合单位") and _names_lead_and_support("牵頭單位/配合單位")
    assert not _names_lead_and_support("牵头单位") and not _names_lead_and_support("牵头单位（配合单位）")
    assert not _names_lead_and_support("工作任务/目标")


@pytest.mark.parametrize("numbers,expected", [
    (["①", "②"], [1, 2]),          # isdigit() but not int(): this crashed the run
    (["（1）", "(2)"], [1, 2]), (["一", "二"], [1, 2]), (["3、", "4."], [3, 4]),
    (["1.1", "1.2"], [1, 2]),      # by section and place: the place, as in a text copy
    (["1.1.1", "1.1.2"], [None, None]), (["²", ""], [None, None]),
])
def test_number_column_variants(numbers, expected):
    hdr = "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
    body = "".join(f"<tr><td>{n}</td><td>做事{i}</td><td>市发改局</td><td>市财政局</td></tr>"
                   for i, n in enumerate(numbers))
    parsed = parse_html(f"<table>{hdr}{body}</table>")
    assert [d.measure_no for d in parsed.measures] == expected
    assert [d.lead_cells for d in parsed.measures] == [("市发改局",)] * len(numbers)


@pytest.mark.parametrize("cell", ["/", "—", "无", "&nbsp;"])
def test_an_empty_marker_in_the_deadline_column_is_no_deadline(cell):
    parsed = parse_html("<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>"
                        f"<tr><td>1</td><td>做甲</td><td>市发改局</td><td>{cell}</td></tr>"
                        "<tr><td>2</td><td>做乙</td><td>市发改局</td><td>2021年底</td></tr></table>")
    assert [d.deadline for d in parsed.measures] == [None, "2021年底"]


def test_a_table_without_a_task_column_gives_no_measures():
    """What makes a task table: a header naming a unit column AND a task column (by its
    word, or an unnamed column whose cells are sentences).  A contacts form headed 序号 |
    责任单位 | 联系人 | 联系电话 names a unit column, but its longest cells are phone
    numbers, not words: no task column, no measures (before: one per unit, the phone
    number as its text)."""
    p = parse_html("""<table><tr><td>序号</td><td>责任单位</td><td>联系人</td><td>联系电话</td></tr>
      <tr><td>1</td><td>市发改委</td><td>王某</td><td>0972-8612345</td></tr>
      <tr><td>2</td><td>市水务局</td><td>李某</td><td>0972-8623456</td></tr></table>""")
    assert p.measures == ()
    # the same table with sentences under an unknown heading reads them as the tasks
    p = parse_html("""<table><tr><td>序号</td><td>责任单位</td><td>民生项目</td><td>联系电话</td></tr>
      <tr><td>1</td><td>市发改委</td><td>建成城北污水处理厂二期工程。</td><td>0972-8612345</td></tr>
      <tr><td>2</td><td>市水务局</td><td>改造老旧供水管网二十公里。</td><td>0972-8623456</td></tr></table>""")
    assert [(m.text, m.lead_cells) for m in p.measures] == [("建成城北污水处理厂二期工程。", ("市发改委",)),
                                                            ("改造老旧供水管网二十公里。", ("市水务局",))]



@pytest.mark.parametrize("blank_at", ["end", "middle"])
def test_blank_rows_do_not_shorten_a_task_column_no_word_names(blank_at):
    """年度目标 is no vocabulary word: its cells are the tasks because they are the table's longest,
    sentences long on average.  Rows an editor left blank (two at the table's end, or one between
    rows for filling in) print nothing and say nothing of how long the column's cells are; counted
    as cells of no characters, they took the mean under the bar and the table gave no row."""
    targets = [("常住人口城镇化率提高1个百分点", "市发改委"), ("新增城镇就业2.6万人以上", "市人社局"),
               ("单位产值能耗下降3%左右", "市工信局")]
    rows = [f"<tr><td>{i}</td><td>{text}</td><td>{unit}</td></tr>" for i, (text, unit) in enumerate(targets, 1)]
    blank = "<tr><td></td><td></td><td></td></tr>"
    body = "".join(rows) + blank * 2 if blank_at == "end" else blank.join(rows)
    p = parse_html(f"<table><tr><td>序号</td><td>年度目标</td><td>牵头单位</td></tr>{body}</table>")
    assert [(m.measure_no, m.text, m.lead_cells) for m in p.measures] == [
        (i, text, (unit,)) for i, (text, unit) in enumerate(targets, 1)]

def test_a_piece_with_a_header_of_its_own_does_not_continue_the_task_table():
    """An attachment's tables are joined over page breaks when a piece has the same
    columns and no header; a contacts form after the task table (序号 | 单位 | 联络员 |
    职务 | 联系电话, as many columns) opens with column names of its own: another table,
    neither joined (before: its units became measures) nor counted as a lost piece."""
    from extractor.parse.forms import join_continued
    from extractor.parse.grid import Cell

    def grid(rows):
        return [[Cell((t,) if t else (), (r, c)) for c, t in enumerate(row)] for r, row in enumerate(rows)]

    tasks = grid([["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
                  ["1", "推进城北污水厂建设。", "市住建局", "市财政局", "2022年底"]])
    more = grid([["2", "新建农村公路40公里。", "市交通局", "", "2022年10月"]])
    contacts = grid([["序号", "单位", "联络员", "职务", "联系电话"], ["1", "市住建局", "", "", ""]])
    tables, left_out = join_continued([(tasks, "pdf-table"), (more, "pdf-table"), (contacts, "docx-table")])
    assert left_out == 0 and len(tables) == 1
    assert [[c.text for c in row] for row in tables[0][0]][1:] == [
        ["1", "推进城北污水厂建设。", "市住建局", "市财政局", "2022年底"],
        ["2", "新建农村公路40公里。", "市交通局", "", "2022年10月"]]


def test_two_section_words_the_one_that_does_not_group_rows_holds_the_tasks():
    """类别 | 序号 | 主要任务 | …: both 类别 and 主要任务 can head sections; 类别's cells span the
    rows, so 主要任务 is the task column (before, the table gave no measure at all)."""
    p = parse_html("""<table><tr><td>类别</td><td>序号</td><td>主要任务</td><td>牵头单位</td><td>参与单位</td></tr>
      <tr><td rowspan=2>一、甲类</td><td>1</td><td>做甲。</td><td>市商务局</td><td>市财政局</td></tr>
      <tr><td>2</td><td>做乙。</td><td>市税务局</td><td></td></tr>
      <tr><td>二、乙类</td><td>3</td><td>做丙。</td><td>市科技局</td><td></td></tr></table>""")
    assert [(m.section.no, m.measure_no, m.text, m.lead_cells) for m in p.measures] == [
        (1, 1, "做甲。", ("市商务局",)), (1, 2, "做乙。", ("市税务局",)), (2, 3, "做丙。", ("市科技局",))]


def test_two_section_words_the_one_merging_a_group_over_rows_is_the_section_however_few_it_merges():
    """类别 | 序号 | 主要任务 with no labels in 类别, one group over two rows and the others one row each:
    too few merged cells for 类别 to look like a section column by itself, so the first section word's
    column was read as the tasks (the categories as measures, each task a section).  A column merging a
    cell over rows groups them: the section word's column that merges none holds the tasks.  In a text
    copy the cell under a group's first row is left empty."""
    head = "<tr><td>类别</td><td>序号</td><td>主要任务</td><td>牵头部门</td><td>配合部门</td></tr>"
    p = parse_html(f"""<table>{head}
      <tr><td rowspan=2>改善人居环境</td><td>1</td><td>新建污水管网20公里。</td><td>县住建局</td><td>县财政局</td></tr>
      <tr><td>2</td><td>完成农村改厕900户。</td><td>县农业农村局</td><td></td></tr>
      <tr><td>发展社会事业</td><td>3</td><td>新建幼儿园2所。</td><td>县教育局</td><td>县财政局</td></tr>
      <tr><td>加强基层治理</td><td>4</td><td>建成综治中心5个。</td><td>县委政法委</td><td></td></tr></table>""")
    want = [(1, "改善人居环境", 1, "新建污水管网20公里。", ("县住建局",)),
            (1, "改善人居环境", 2, "完成农村改厕900户。", ("县农业农村局",)),
            (2, "发展社会事业", 3, "新建幼儿园2所。", ("县教育局",)),
            (3, "加强基层治理", 4, "建成综治中心5个。", ("县委政法委",))]
    assert [(m.section.no, m.section.title, m.measure_no, m.text, m.lead_cells) for m in p.measures] == want
    tab = parse_text("\n".join(["类别\t序号\t主要任务\t牵头部门\t配合部门",
                                "改善人居环境\t1\t新建污水管网20公里。\t县住建局\t县财政局",
                                "\t2\t完成农村改厕900户。\t县农业农村局\t",
                                "发展社会事业\t3\t新建幼儿园2所。\t县教育局\t县财政局",
                                "加强基层治理\t4\t建成综治中心5个。\t县委政法委\t"]))
    assert [(m.section.no, m.section.title, m.measure_no, m.text, m.lead_cells) for m in tab.measures] == want


def test_two_section_words_neither_merging_a_cell_keep_the_first_as_the_tasks():
    """The look-alike: 项目 | 主要任务 where no cell of either column merges over rows (each row names
    its project): nothing groups the rows, and the first section word's column stays the tasks'."""
    p = parse_html("""<table><tr><td>序号</td><td>项目</td><td>主要任务</td><td>牵头部门</td></tr>
      <tr><td>1</td><td>城区污水管网改造工程</td><td>新建污水管网20公里。</td><td>县住建局</td></tr>
      <tr><td>2</td><td>农村改厕提升工程</td><td>完成农村改厕900户。</td><td>县农业农村局</td></tr>
      <tr><td>3</td><td>幼儿园新建工程</td><td>新建幼儿园2所。</td><td>县教育局</td></tr></table>""")
    assert [m.text for m in p.measures] == ["城区污水管网改造工程", "农村改厕提升工程", "幼儿园新建工程"]


def test_a_note_across_the_table_does_not_make_the_section_column_a_task_column():
    """An attachment's note row merged across under the table (注：…) has its one cell in the
    section column; counted there, the column's section labels fell under the share, and
    类别 was read as the tasks beside 主要任务."""
    p = parse_html("""<table><tr><td>类别</td><td>序号</td><td>主要任务</td><td>责任单位</td></tr>
      <tr><td>一、甲类</td><td>1</td><td>做甲。</td><td>市商务局</td></tr>
      <tr><td rowspan=2>二、乙类</td><td>2</td><td>做乙。</td><td>市税务局</td></tr>
      <tr><td>3</td><td>做丙。</td><td>市科技局</td></tr>
      <tr><td>三、丙类</td><td>4</td><td>做丁。</td><td>市财政局</td></tr>
      <tr><td colspan=4>注：责任单位中排在第一位的为牵头单位。</td></tr></table>""")
    assert [(m.section.no, m.measure_no, m.text) for m in p.measures] == [
        (1, 1, "做甲。"), (2, 2, "做乙。"), (2, 3, "做丙。"), (3, 4, "做丁。")]


# 工作任务 | 主要举措: two task columns, the first holding a short name of each row's task
NAMED_ROWS_HEAD = "<tr><td>序号</td><td>工作任务</td><td>主要举措</td><td>牵头单位</td><td>配合单位</td></tr>"


def test_a_task_name_beside_each_measure_under_section_rows_is_a_label_not_a_section():
    # the table heads its groups with rows across it: the first column names each row's task
    p = parse_html(f"""<table>{NAMED_ROWS_HEAD}
      <tr><td colspan=5>一、城乡建设</td></tr>
      <tr><td>1</td><td>老旧小区</td><td>改造老旧小区12个。</td><td>县住建局</td><td>各镇</td></tr>
      <tr><td>2</td><td>背街小巷</td><td>整治背街小巷30条。</td><td>县城管局</td><td></td></tr>
      <tr><td colspan=5>二、公共服务</td></tr>
      <tr><td>3</td><td>托育服务</td><td>新增托位200个。</td><td>县卫健局</td><td>县教育局</td></tr></table>""")
    assert [(s.no, s.title) for s in p.sections] == [(1, "城乡建设"), (2, "公共服务")]
    assert [(m.section.no, m.measure_no, m.text, m.extra) for m in p.measures] == [
        (1, 1, "改造老旧小区12个。", {"工作任务": "老旧小区"}), (1, 2, "整治背街小巷30条。", {"工作任务": "背街小巷"}),
        (2, 3, "新增托位200个。", {"工作任务": "托育服务"})]


def test_a_task_name_that_changes_every_row_is_a_label_without_section_rows():
    p = parse_html(f"""<table>{NAMED_ROWS_HEAD}
      <tr><td>1</td><td>老旧小区</td><td>改造老旧小区12个。</td><td>县住建局</td><td></td></tr>
      <tr><td>2</td><td>托育服务</td><td>新增托位200个。</td><td>县卫健局</td><td></td></tr></table>""")
    assert p.sections == ()
    assert [(m.section, m.text, m.extra) for m in p.measures] == [
        (None, "改造老旧小区12个。", {"工作任务": "老旧小区"}), (None, "新增托位200个。", {"工作任务": "托育服务"})]


def test_a_first_task_column_repeating_its_group_or_merged_down_still_heads_sections():
    # a copy that prints the group's name on each of its rows, and the same column merged down
    repeated = parse_html(f"""<table>{NAMED_ROWS_HEAD}
      <tr><td>1</td><td>城乡建设</td><td>改造老旧小区12个。</td><td>县住建局</td><td></td></tr>
      <tr><td>2</td><td>城乡建设</td><td>整治背街小巷30条。</td><td>县城管局</td><td></td></tr>
      <tr><td>3</td><td>公共服务</td><td>新增托位200个。</td><td>县卫健局</td><td></td></tr></table>""")
    merged = parse_html(f"""<table>{NAMED_ROWS_HEAD}
      <tr><td>1</td><td rowspan=2>城乡建设</td><td>改造老旧小区12个。</td><td>县住建局</td><td></td></tr>
      <tr><td>2</td><td>整治背街小巷30条。</td><td>县城管局</td><td></td></tr>
      <tr><td>3</td><td>公共服务</td><td>新增托位200个。</td><td>县卫健局</td><td></td></tr></table>""")
    for p in (repeated, merged):
        # the name printed again goes on in its section (before, each row printing it opened one)
        assert [(s.no, s.title) for s in p.sections] == [(1, "城乡建设"), (2, "公共服务")]
        assert [m.section.title for m in p.measures] == ["城乡建设", "城乡建设", "公共服务"]
        assert all("工作任务" not in m.extra for m in p.measures)


def test_a_measure_given_one_row_per_unit_with_its_own_cells_merged_down_is_one_measure():
    # a ledger's shape: 序号, task, lead and deadline span the measure's rows, the support column
    # holds one unit a row; each row used to read as a measure repeating the task
    p = parse_html("""<table><tr><td>序号</td><td>工作内容</td><td>牵头单位</td><td>配合单位</td><td>完成时间</td></tr>
      <tr><td rowspan=3>1</td><td rowspan=3>改造老旧小区12个。</td><td rowspan=3>县住建局</td><td>县财政局</td>
          <td rowspan=3>2023年10月</td></tr>
      <tr><td>县自然资源局</td></tr><tr><td>各社区居委会</td></tr>
      <tr><td>2</td><td>新增停车泊位800个。</td><td>县公安局</td><td>县城管局</td><td>2023年12月</td></tr></table>""")
    assert [(m.measure_no, m.text, m.deadline) for m in p.measures] == [
        (1, "改造老旧小区12个。", "2023年10月"), (2, "新增停车泊位800个。", "2023年12月")]
    assert p.measures[0].lead_cells == ("县住建局",)
    assert p.measures[0].support_cells == ("县财政局", "县自然资源局", "各社区居委会")


def test_rows_that_repeat_a_task_typed_again_or_with_a_deadline_of_their_own_stay_measures():
    # equal text in cells of their own is not a merge; a row with its own deadline is a stage
    p = parse_html("""<table><tr><td>序号</td><td>工作内容</td><td>牵头单位</td><td>配合单位</td><td>完成时间</td></tr>
      <tr><td>1</td><td>整治河道。</td><td>县水利局</td><td>县农业农村局</td><td>2023年6月</td></tr>
      <tr><td>1</td><td>整治河道。</td><td>县水利局</td><td>县生态环境分局</td><td>2023年6月</td></tr>
      <tr><td rowspan=2>2</td><td rowspan=2>建设污水管网。</td><td rowspan=2>县住建局</td><td>县财政局</td>
          <td>2023年9月</td></tr>
      <tr><td>县发改局</td><td>2023年12月</td></tr></table>""")
    assert [(m.measure_no, m.support_cells, m.deadline) for m in p.measures] == [
        (1, ("县农业农村局",), "2023年6月"), (1, ("县生态环境分局",), "2023年6月"),
        (2, ("县财政局",), "2023年9月"), (2, ("县发改局",), "2023年12月")]


def test_a_number_column_counting_by_section_and_place_numbers_its_rows_as_a_text_copy_does():
    """序号 cells 1.1 / 1.2 / 2.1 (a section's number and the row's place in it) are the rows'
    numbers, read by the same numbering the text forms read such items with: the place."""
    rows = [("1.1", "新建污水管网12公里", "区水务局", "区财政局"), ("1.2", "改造雨污分流小区5个", "区住建局", ""),
            ("2.1", "开展河长巡河120次", "区河长办", "各街道")]
    cells = "".join(f"<tr><td>{no}</td><td>{task}</td><td>{lead}</td><td>{support}</td></tr>"
                    + ("<tr><td colspan=4>二、河湖管护</td></tr>" if no == "1.2" else "")
                    for no, task, lead, support in rows)
    p = parse_html(f"""<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>
      <tr><td colspan=4>一、管网建设</td></tr>{cells}</table>""")
    assert [(m.section.no, m.measure_no, m.text) for m in p.measures] == [
        (1, 1, "新建污水管网12公里"), (1, 2, "改造雨污分流小区5个"), (2, 1, "开展河长巡河120次")]
    copy = parse_text("\n".join(["一、管网建设", "1.1 新建污水管网12公里。（牵头单位：区水务局）",
                                 "1.2 改造雨污分流小区5个。（牵头单位：区住建局）", "二、河湖管护",
                                 "2.1 开展河长巡河120次。（牵头单位：区河长办）"]))
    assert [m.measure_no for m in copy.measures] == [m.measure_no for m in p.measures]


def test_a_pipe_dump_opening_each_cell_with_its_pipe_reads_as_one_closing_it():
    """A law database breaks its lines before each pipe: ``| X`` a cell, a bare ``|`` closing the
    row, ``| | X`` an empty cell before X.  A pipe separates cells wherever the break falls."""
    text = "\n".join(["附件", "重点任务分工表", "序号", "| 具体任务", "| 牵头部门", "| 协办部门", "| 完成期限", "|",
                      "一、优化营商环境", "|", "1", "| 推行企业开办一日办结。", "| 区市场监管局", "| 区税务局", "| 2020年6月",
                      "|", "2", "| 建成政务服务大厅", "自助专区。", "| 区政务服务中心", "| | 2020年9月", "|",
                      "二、扩大有效投资", "|", "3", "| 新开工重点项目15个。", "| 区发改局", "| 区财政局、区自然资源局",
                      "| 2020年12月", "|", "", "抄送：区委办"])
    p = parse_text(text)
    assert [(m.section.no, m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in p.measures] == [
        (1, 1, "推行企业开办一日办结。", ("区市场监管局",), ("区税务局",), "2020年6月"),
        (1, 2, "建成政务服务大厅自助专区。", ("区政务服务中心",), (), "2020年9月"),
        (2, 3, "新开工重点项目15个。", ("区发改局",), ("区财政局、区自然资源局",), "2020年12月")]
    assert [(s.no, s.title) for s in p.sections] == [(1, "优化营商环境"), (2, "扩大有效投资")]


def test_empty_rows_closing_a_table_leave_a_column_naming_each_row_an_extra_column():
    """重点任务 names each row's task beside 具体措施 (no groups): empty rows an editor left at the
    table's end hold no name, yet say nothing of the column, which opens no sections."""
    rows = "".join(f"<tr><td>{i}</td><td>{name}</td><td>{task}</td><td>{unit}</td></tr>" for i, (name, task, unit) in
                   enumerate([("河道清淤", "清理主干渠淤泥2万立方米。", "县水利局"),
                              ("绿化提质", "新增城区绿地8公顷。", "县林业局"),
                              ("路灯改造", "更换节能路灯600盏。", "县城管局")], 1))
    p = parse_html(f"""<table><tr><td>序号</td><td>重点任务</td><td>具体措施</td><td>责任单位</td></tr>{rows}
      <tr><td></td><td></td><td></td><td></td></tr><tr><td></td><td></td><td></td><td></td></tr></table>""")
    assert [(m.section, m.measure_no, m.text, m.extra) for m in p.measures] == [
        (None, 1, "清理主干渠淤泥2万立方米。", {"重点任务": "河道清淤"}),
        (None, 2, "新增城区绿地8公顷。", {"重点任务": "绿化提质"}),
        (None, 3, "更换节能路灯600盏。", {"重点任务": "路灯改造"})]


def _role_by_scan(word: str) -> str | None:
    """``role_of`` as it was written before its lookups: every vocabulary word tried in order,
    the word itself scoring over a word inside it, a longer word over a shorter one; a whole-cell word
    (``[header_exact]``: 任务清单, 序) names its role only as the cell itself, after the words of the roles."""
    from extractor.parse.roles import header_exact_roles, header_roles
    from extractor.parse.tableheader import HEADER_WORD_MAX_CHARS, _LABELLED_VALUE_RE
    from extractor.text import TRAILING_NOTE_RE, compact, simplified

    w = TRAILING_NOTE_RE.sub("", compact(word))
    if not w or len(w) > HEADER_WORD_MAX_CHARS or _LABELLED_VALUE_RE.search(w):
        return None
    w = simplified(w)
    best = None
    for role, words in header_roles().items():
        for v in words:
            if w == v or (len(v) >= 2 and v in w):
                score = (2 if w == v else 1, len(v))
                if best is None or score > best[0]:
                    best = (score, role)
    if best is None or best[0][0] < 2:
        exact = next((role for role, words in header_exact_roles().items() if w in words), None)
        if exact is not None:
            return exact
    return best[1] if best else None


def test_role_of_finds_what_a_scan_of_the_vocabulary_finds():
    """``role_of`` looks the cell's substrings up (``_role_words``) instead of looking for every
    vocabulary word in the cell: the same role for every word, every piece of one, words run
    together and cut at the length limit, with notes, spaces and traditional characters."""
    import random

    from extractor.parse.roles import header_roles

    words = [v for ws in header_roles().values() for v in ws]
    cells = set(words)
    cells |= {v[i:j] for v in words for i in range(len(v)) for j in range(i + 1, len(v) + 1)}
    rng = random.Random(27)
    for _ in range(6000):
        run = "".join(rng.choice(words) for _ in range(rng.randint(2, 3)))
        start = rng.randint(0, max(0, len(run) - 4))
        cells.add(run[start:start + rng.randint(2, 13)])
    cells |= {f"{v}（注）" for v in words} | {f" {v[:2]} {v[2:]} " for v in words} | {"牽頭單位", "配合科室", "东莞市财政局"}
    for cell in sorted(cells):
        assert role_of.__wrapped__(cell) == _role_by_scan(cell), cell


HEADER_ROW = "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"


def _task_rows(numbers):
    return "".join(f"<tr><td>{i}</td><td>做事情{i}</td><td>市发改局</td><td>市财政局</td><td>2023年底</td></tr>"
                   for i in numbers)


def _across(text):
    return f"<tr><td colspan='5'>{text}</td></tr>"


def test_a_section_row_over_the_header_heads_the_first_rows_of_tables_put_on_one_sheet():
    """One table a section put on one sheet (an .xls Calc made of a page's tables, BLIND4401 cause 4): the
    first section's heading merged across over the header heads the rows down to the next section row;
    before, they had no section, the heading passed over with the title rows."""
    table = ("<table>" + _across("附件") + _across("某区2023年重点任务分工方案") + _across("一、扩大有效投资（2项）")
             + HEADER_ROW + _task_rows((1, 2)) + _across("二、统筹发展和安全（1项）") + HEADER_ROW + _task_rows((3,))
             + "</table>")
    parsed = parse_html(table)
    assert [(s.no, s.label, s.title) for s in parsed.sections] == [(1, "一、", "扩大有效投资（2项）"),
                                                                   (2, "二、", "统筹发展和安全（1项）")]
    assert [(d.measure_no, d.section.no) for d in parsed.measures] == [(1, 1), (2, 1), (3, 2)]


@pytest.mark.parametrize("later", [
    "",                                   # no other section in the table: the line over it heads nothing here
    _across("（一）统筹发展和安全"),        # a section of another numbering kind
])
def test_a_numbered_row_over_the_header_alone_heads_nothing(later):
    table = ("<table>" + _across("一、扩大有效投资") + HEADER_ROW + _task_rows((1, 2)) + later + _task_rows((3,))
             + "</table>")
    parsed = parse_html(table)
    assert parsed.measures[0].section is None or parsed.measures[0].section.label != "一、"


def test_a_bare_section_row_over_the_header_heads_the_first_rows_when_each_section_prints_the_header_again():
    """Sections printing no number, one table each, put on one sheet (附件 / title / 保障和改善民生 / header / rows /
    深化重点领域改革 / header again / rows: blindsynth session 52 cause 2, bs10896's .xls): the first heading heads the
    rows down to the next; before, it passed over with the title rows and every later row was a section early."""
    table = ("<table>" + _across("附件") + _across("某区2023年重点任务清单") + _across("保障和改善民生")
             + HEADER_ROW + _task_rows((1, 2)) + _across("深化重点领域改革") + HEADER_ROW + _task_rows((3,))
             + "</table>")
    parsed = parse_html(table)
    assert [(s.no, s.title) for s in parsed.sections] == [(1, "保障和改善民生"), (2, "深化重点领域改革")]
    assert [(d.measure_no, d.section.no) for d in parsed.measures] == [(1, 1), (2, 1), (3, 2)]


@pytest.mark.parametrize("over, later", [
    ("某区2023年重点任务清单", _across("深化重点领域改革") + HEADER_ROW),   # the table's own name over its header
    ("保障和改善民生", _across("深化重点领域改革")),                     # no header printed again under the later row
])
def test_a_bare_row_over_the_header_heads_nothing_otherwise(over, later):
    table = "<table>" + _across(over) + HEADER_ROW + _task_rows((1, 2)) + later + _task_rows((3,)) + "</table>"
    parsed = parse_html(table)
    assert parsed.measures[0].section is None or parsed.measures[0].section.title != over
