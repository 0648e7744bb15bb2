"""Stage 5b: text grids (text-pipe, text-tab, text-bl, text-sp, text-box) to draft measures."""
import pytest

from extractor.source.decode import decode_bytes
from extractor.parse.forms import parse_body
from extractor.layout.locate import locate_content
from extractor.parse.textbox import join_box_fragments
from extractor.parse.forms import first_grid_line
from extractor.parse.textgrid import split_header_words
from extractor.parse.tableheader import role_of

from conftest import make_raw

COVER = ["关于印发某市重点工作分工的通知", "各区人民政府：", "现印发给你们。", "某市人民政府办公室", "2021年3月1日", "分工表"]


def parse_text(lines):
    text = "\n".join(COVER + lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def rows(parsed):
    return [(m.section.no if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells,
             m.deadline) for m in parsed.measures]


def test_pipe_p2_number_column_wrapped_cell_and_section_rows():
    p = parse_text(["|", "序号 |", "工作任务 |", "牵头单位 |", "配合单位 |", "|", "一、甲类 |",
                    "|", "1 |", "做甲，分两行", "写完。 |", "市商务局 |", "市财政局;市贸促会 |",
                    "|", "2 |", "做乙 |", "市税务局 |", "|"])
    assert rows(p) == [(1, 1, "做甲，分两行写完。", ("市商务局",), ("市财政局;市贸促会",), None),
                       (1, 2, "做乙", ("市税务局",), (), None)]
    assert {m.form for m in p.measures} == {"text-pipe"}


def test_tab_rows_with_stripped_rowspan_cells():
    p = parse_text(["目标任务\t工作措施\t牵头单位\t协办单位", "（一）甲类\t1、做甲\t市商务局\t市财政局",
                    "\t2、做乙\t市税务局", "（二）乙类\t3、做丙\t市科技局\t"])
    assert rows(p) == [(1, 1, "做甲", ("市商务局",), ("市财政局",), None),
                       (1, 2, "做乙", ("市税务局",), (), None),
                       (2, 3, "做丙", ("市科技局",), (), None)]
    assert {m.form for m in p.measures} == {"text-tab"}


def test_tab_full_width_section_line():
    p = parse_text(["序号\t工作任务\t牵头单位", "一、甲类", "1\t做甲\t市商务局", "二、乙类", "2\t做乙\t市税务局"])
    assert [(s, n, t) for s, n, t, *_ in rows(p)] == [(1, 1, "做甲"), (2, 2, "做乙")]


def test_bar_rows_one_a_line():
    """序号|工作任务|牵头单位|… one row a line (a Markdown-like dump without outer bars):
    cells split at |, an empty cell kept in its column, a rule line skipped."""
    p = parse_text(["序号|工作任务|牵头单位|配合单位|完成时限", "---|---|---|---|---", "一、甲类",
                    "1|做甲|市商务局|市财政局、市贸促会|6月底", "2|做乙|市税务局||年底"])
    assert rows(p) == [(1, 1, "做甲", ("市商务局",), ("市财政局、市贸促会",), "6月底"),
                       (1, 2, "做乙", ("市税务局",), (), "年底")]
    assert {m.form for m in p.measures} == {"text-bar"}


def test_bar_grid_with_no_number_column_after_the_same_tasks_as_a_list():
    """A 要点 printing its tasks twice (tests/fixtures/README.md "Tasks printed twice"): a list naming no unit, then
    the same tasks as a grid under a heading naming the breakdown (二、…任务分解, a ``[metadata] list_ends`` word).
    The grid's rows are the measures, numbered by their place (no 序号 column, no number in a task cell:
    ``transposed.prints_no_numbers``), under the heading as their section; the list gives none."""
    p = parse_text(["一、工作要点", "1.做好甲。按月做好甲。", "2.做好乙。局办公室要按时发布乙。",
                    "二、重点工作任务分解", "重点任务 | 工作内容 | 负责科室 |",
                    "甲 | 按月做好甲。 | 办公室 |", "乙 | 局办公室要按时发布乙。 | 各业务科室 |"])
    assert rows(p) == [(2, 1, "按月做好甲。", ("办公室",), (), None),
                       (2, 2, "局办公室要按时发布乙。", ("各业务科室",), (), None)]
    assert [(s.no, s.label, s.title) for s in p.sections] == [(2, "二、", "重点工作任务分解")]


def test_a_line_with_one_bar_is_not_a_bar_row():
    """Prose holding a | (or a text-pipe cell line) is not a row of a bar table."""
    from extractor.parse.textgrid import _is_bar_row

    assert not _is_bar_row("工作任务 |") and not _is_bar_row("甲|乙") and not _is_bar_row("|---|---|")
    assert _is_bar_row("序号|工作任务|牵头单位") and _is_bar_row("| 1 | 做甲 | 市商务局 |")


def test_sp_row_with_an_empty_middle_cell_keeps_its_columns_by_position():
    """A laid-out text-sp row whose 配合单位 is empty: the deadline stays under 完成时限
    (display columns: a CJK character is two wide), not shifted into 配合单位."""
    header = "序号  工作任务      牵头单位  配合单位  完成时限"
    full = "1     做甲          市商务局  市财政局  6月底"
    short = "2     做乙          市税务局            年底"
    p = parse_text([header, full, short])
    assert rows(p) == [(None, 1, "做甲", ("市商务局",), ("市财政局",), "6月底"),
                       (None, 2, "做乙", ("市税务局",), (), "年底")]
    assert {m.form for m in p.measures} == {"text-sp"}


def test_sp_short_row_not_in_the_header_columns_reads_its_cells_as_their_columns():
    """Not laid out (single spaces): position says nothing, so a short row's cells go under the
    columns they read as, the empty cells as late as may be: 年底 is the deadline, not a support
    unit (until session 38 the empty cells went last, and 年底 was read as a unit)."""
    p = parse_text(["序号 工作任务 牵头单位 配合单位 完成时限", "1 做甲 市商务局 市财政局 6月底", "2 做乙 市税务局 年底"])
    assert rows(p)[1] == (None, 2, "做乙", ("市税务局",), (), "年底")


def test_sp_short_row_leaves_an_unnamed_column_before_the_task_empty():
    """序号 | 领域 | 重点任务 | 牵头单位 with rows printing no 领域 cell: the unit is the last cell, the
    task the one before it, and the empty cell the column no row prints (before, the task went
    under 领域 and the unit under 重点任务, and no row had a lead)."""
    p = parse_text(["序号 领域 重点任务 牵头单位", "1 建成口袋公园15个,新增绿地8公顷. 县住建局",
                    "2 完成河道清淤20公里. 县水利局、县城管局"])
    assert rows(p) == [(None, 1, "建成口袋公园15个,新增绿地8公顷.", ("县住建局",), (), None),
                       (None, 2, "完成河道清淤20公里.", ("县水利局、县城管局",), (), None)]
    assert {m.form for m in p.measures} == {"text-sp"}


def test_sp_short_row_whose_cells_read_as_the_first_columns_keeps_the_empty_cells_last():
    """A row with no support unit: its unit reads as the lead, the support column stays empty."""
    p = parse_text(["序号 工作任务 牵头单位 配合单位", "1 做甲 市商务局 市财政局", "2 做乙 市税务局"])
    assert rows(p)[1] == (None, 2, "做乙", ("市税务局",), (), None)


def test_bl_rows_by_bare_number_with_progress_column():
    p = parse_text(["", "序号", "", "工作任务", "", "进展情况", "", "牵头单位", "", "1", "", "做甲", "",
                    "已完成", "", "市商务局", "", "二、乙类", "", "2", "", "做乙，", "分两行", "", "进行中", "",
                    "市税务局、市财政局", "", "某市人民政府办公室"])
    assert rows(p) == [(None, 1, "做甲", ("市商务局",), (), None),
                       (2, 2, "做乙，分两行", ("市税务局、市财政局",), (), None)]
    assert p.measures[0].extra == {"进展情况": "已完成"} and p.measures[0].form == "text-bl"


def test_bl_needs_consecutive_numbers():
    p = parse_text(["序号", "", "工作任务", "", "牵头单位", "", "1", "", "做甲", "", "市商务局", "",
                    "3", "", "不是一行"])
    assert [m.measure_no for m in p.measures] == [1]


def test_sp_letter_spaced_header_split_at_first_and_last_space():
    p = parse_text(["序号 工 作 任 务 牵 头 单 位", "一、甲类", "1 做甲，推进 A 项目。 市商务局、市财政局",
                    "2 做乙 市税务局", "抄送：市委办。"])
    assert rows(p) == [(1, 1, "做甲，推进 A 项目。", ("市商务局、市财政局",), (), None),
                       (1, 2, "做乙", ("市税务局",), (), None)]
    assert p.measures[0].form == "text-sp"


@pytest.mark.parametrize("text,words", [
    ("序 号 工 作 任 务 责 任 单 位", ["序号", "工作任务", "责任单位"]),
    ("序号  工作任务  进展情况  牵头单位", ["序号", "工作任务", "进展情况", "牵头单位"]),
    # a cell the copy's gap bounds is one column, its role word with words around it (as an HTML cell reads)
    ("序号  主要工作措施  牵头部门  协办部门", ["序号", "主要工作措施", "牵头部门", "协办部门"]),
    ("序 号  重 点 工 作 内 容  责 任 单 位", ["序号", "重点工作内容", "责任单位"]),
    # ... but two roles' words printed with no gap between them stay two columns
    ("序号  工作任务  牵头单位配合单位  完成时限", ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]),
])
def test_split_header_words(text, words):
    assert split_header_words(text) == words


@pytest.mark.parametrize("text,words", [
    # letter-spaced throughout, no wider gap between cells: the header is cut by its words alone, and a
    # piece no vocabulary word covers goes with the word its role's words are printed with (任务 ends
    # 具体任务 and 改革任务, task words; 主要 begins 主要举措; 安排 ends 时间安排)
    ("序 号 具 体 工 作 任 务 牵 头 单 位 配 合 单 位 完 成 时 限",
     ["序号", "具体工作任务", "牵头单位", "配合单位", "完成时限"]),
    ("序 号 主 要 工 作 任 务 责 任 单 位", ["序号", "主要工作任务", "责任单位"]),
    ("序 号 重 点 工 作 任 务 牵 头 单 位 时 间 进 度 安 排", ["序号", "重点工作任务", "牵头单位", "时间进度安排"]),
    # a piece no role's words are printed with stays a column of its own (备注), and a piece never joins
    # a word of another role (内容 ends task words, not 序号's: 序号内容 would lose the task column)
    ("序 号 工 作 任 务 牵 头 单 位 备 注", ["序号", "工作任务", "牵头单位", "备注"]),
    ("序 号 内 容 牵 头 单 位 配 合 单 位", ["序号", "内容", "牵头单位", "配合单位"]),
])
def test_split_letter_spaced_header_by_its_words(text, words):
    assert split_header_words(text) == words


def test_sp_header_cell_wider_than_its_role_word_is_one_column():
    """序号  重点工作内容  牵头部门  协办部门  完成时间: the task column's name is a role word with a word
    around it (主要, 具体 …; 内容); read as two names (重点工作 | 内容) the header had one column more than the
    rows print, and each row's units went one column to the left (the lead lost, the support read as lead).
    The rows are not laid out in columns (one gap between cells, as a copy of a Word table prints them)."""
    p = parse_text(["序号  重点工作内容  牵头部门  协办部门  完成时间",
                    "1  建成社区食堂6个。  市民政局  市商务局  2024年9月底前",
                    "2  改造农贸市场4个，提升周边环境。  市商务局  市市场监管局、市城管局  2024年12月底前"])
    assert rows(p) == [(None, 1, "建成社区食堂6个。", ("市民政局",), ("市商务局",), "2024年9月底前"),
                       (None, 2, "改造农贸市场4个，提升周边环境。", ("市商务局",), ("市市场监管局、市城管局",),
                        "2024年12月底前")]


BOX = [
    "┌──┬────────┬────────┐",
    "│序│工作任务        │牵头单位        │",
    "│号│                │                │",
    "├──┼────────┼────────┤",
    "│1 │加快发放稳岗资金│市人力资源社会保│",
    "│  │，支持企业。    │障局            │",
    "├──┼────────┤                │",
    "│2 │开展万企活动。  │                │",
    "├──┼────────┼────────┤",
    "│3 │推广信易贷。    │市财政局        │",
    "│  │                │市税务局        │",
    "└──┴────────┴────────┘",
]


def test_box_rejoins_wrapped_cells_and_spreads_spanning_unit_cell():
    p = parse_text(BOX)
    assert rows(p) == [(None, 1, "加快发放稳岗资金，支持企业。", ("市人力资源社会保障局",), (), None),
                       (None, 2, "开展万企活动。", ("市人力资源社会保障局",), (), None),
                       (None, 3, "推广信易贷。", ("市财政局", "市税务局"), (), None)]
    assert p.measures[0].form == "text-box"


def test_join_box_fragments_full_lines_run_on_padded_lines_end():
    assert join_box_fragments(["市发展和改革委员", "会  ", "市财政局  "]) == ("市发展和改革委员会", "市财政局")


@pytest.mark.parametrize("lines,start", [
    (COVER + ["|", "序号 |"], 6),
    (COVER + ["序号\t工作任务\t牵头单位"], 6),
    (COVER + BOX, 6),
    (COVER + ["序号 工 作 任 务 牵 头 单 位", "1 做甲 市商务局"], 6),
    (COVER + ["", "序号", "", "工作任务", "", "牵头单位", "", "1"], 7),
    (COVER, None),
])
def test_first_grid_line(lines, start):
    assert first_grid_line(lines) == start


def test_box_block_with_fewer_cells_than_the_header_does_not_crash(fixtures_dir):
    """A damaged BOX line with fewer bars than the header (found by fuzzing: an
    IndexError stopped the batch): the missing cells count as closed."""
    lines = (fixtures_dir / "box-heze-2023-15.txt").read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.startswith("│1"))
    lines[i] = "│1   │加快发放稳岗返还资金"          # a row cut after its second cell
    lines.insert(i + 1, "├──┼────────────────┼────────┼────────┤")
    p = parse_body(locate_content(decode_bytes(make_raw("\n".join(lines).encode("utf-8"), path="n.txt"))))
    assert len(p.measures) >= 3


def test_bl_copy_that_lost_its_blank_lines_reads_one_cell_a_line():
    lines = ["某市通知", "任务分工", "序号", "工作任务", "牵头单位", "配合单位", "完成时限", "一、提升效率",
             "1", "编制公布事项清单。", "市审批局", "市司法局", "2022年10月底前",
             "2", "推行网上办理。", "市监管局", "市公安局、市税务局", "2022年6月底前",
             "二、强化监管", "3", "推行联合抽查。", "市监管局", "市级各有关部门", "长期坚持"]
    text = "\n".join(lines)
    parsed = parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert [(d.section.label, d.measure_no, d.text, d.lead_cells, d.deadline, d.form) for d in parsed.measures] == [
        ("一、", 1, "编制公布事项清单。", ("市审批局",), "2022年10月底前", "text-bl"),
        ("一、", 2, "推行网上办理。", ("市监管局",), "2022年6月底前", "text-bl"),
        ("二、", 3, "推行联合抽查。", ("市监管局",), "长期坚持", "text-bl")]


def test_bar_dump_with_its_second_header_row_under_the_rule():
    """A Markdown dump of a two-level header: 责任单位 spans 牵头 | 配合 and the second
    header row comes after the |---| rule with its other cells empty; it is header, the
    columns keep their places, and the dump is text-bar, not text-pipe's one cell a line."""
    p = parse_text(["| 序号 | 工作任务 | 责任单位 | | 完成时限 |", "|---|---|---|---|---|",
                    "| | | 牵头单位 | 配合单位 | |",
                    "| 1 | 做甲。 | 县商务局 | 县财政局、县税务局 | 6月底 |",
                    "| 2 | 做乙。 | 县科技局 | | 年底 |"])
    assert rows(p) == [(None, 1, "做甲。", ("县商务局",), ("县财政局、县税务局",), "6月底"),
                       (None, 2, "做乙。", ("县科技局",), (), "年底")]
    assert {m.form for m in p.measures} == {"text-bar"}


def test_tab_copy_with_a_two_row_header():
    """The same two-level header in a word processor's TAB copy."""
    p = parse_text(["序号\t工作任务\t责任单位\t\t完成时限", "\t\t牵头单位\t配合单位\t",
                    "1\t做甲。\t县商务局\t县财政局\t6月底"])
    assert rows(p) == [(None, 1, "做甲。", ("县商务局",), ("县财政局",), "6月底")]


def test_task_column_under_a_header_word_the_vocabulary_lacks():
    """序号 | 为民办实事 | 牵头单位 | 配合单位 | 完成时限: 为民办实事 names no role, but its cells are the
    table's long sentences, so they are the measures' text (before: every text empty)."""
    lines = ["序号", "为民办实事", "牵头单位", "配合单位", "完成时限",
             "1", "新建社区食堂12个，覆盖主城区。", "县民政局", "县财政局", "2023年9月",
             "2", "改造老旧供水管网40公里。", "县水务局", "县住建局、县财政局", "2023年12月"]
    p = parse_text(lines)
    assert [(m.measure_no, m.text, m.lead_cells, m.deadline) for m in p.measures] == [
        (1, "新建社区食堂12个，覆盖主城区。", ("县民政局",), "2023年9月"),
        (2, "改造老旧供水管网40公里。", ("县水务局",), "2023年12月")]


def test_short_unnamed_column_is_not_taken_for_the_tasks():
    """A table without a task column and an unknown short column (备案号) keeps text empty
    rather than passing off codes as tasks."""
    from extractor.parse.columns import unnamed_task_column as _unnamed_task_column
    from extractor.parse.textgrid import text_cell
    body = [[text_cell(t, r, c) for c, t in enumerate(row)]
            for r, row in enumerate([["1", "A-12", "县民政局", "9月"], ["2", "B-7", "县水务局", "12月"]])]
    assert _unnamed_task_column(["number", None, "lead", "deadline"], body) is None


def test_bar_section_row_with_label_and_title_in_its_first_cell():
    """A Markdown dump that put a section row's one text in its first cell (| 一、教育卫生 | | |)
    keeps the title; a 序号 cell 二 with the title beside it reads as before."""
    p = parse_text(["| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |", "|---|---|---|---|---|",
                    "| 一、教育卫生 | | | | |", "| 1 | 做甲。 | 县商务局 | 县财政局 | 6月底 |",
                    "| 二 | 城乡环境 | | | |", "| 2 | 做乙。 | 县科技局 | | 年底 |"])
    assert [(s.no, s.label, s.title) for s in p.sections] == [(1, "一、", "教育卫生"), (2, "二", "城乡环境")]
    assert [(m.section.no, m.measure_no, m.text) for m in p.measures] == [(1, 1, "做甲。"), (2, 2, "做乙。")]


def test_bl_unit_cell_of_several_paragraphs_keeps_the_deadline_in_its_column():
    """One cell a block, but a 责任单位 cell printed as one paragraph per unit gives a
    block each: the run of blocks that read as unit names is the unit cell, the next
    block the deadline (before: the second unit became the deadline, the rest was lost).
    A row with a second task after its deadline keeps its first cells as before; the second
    task is a row of its own under the same number, sharing the unit printed once."""
    blocks = ["序号", "惠民实事", "责任单位", "完成时限",
              "1", "整治城区河道3公里，建设滨河公园1处。", "县水务局", "县住建局", "县城投公司", "11月底前",
              "2", "新建过街天桥1座。", "县住建局", "9月投入使用",
              "3", "改扩建县老年公寓。", "县民政局", "6月底前开工", "建设县老年大学。", "12月底前",
              "4", "新建农贸市场2个。", "县商务局", "县市场监管局", "全年"]
    lines = [x for b in blocks for x in (b, "")]
    assert [(n, t, lead, d) for _, n, t, lead, _, d in rows(parse_text(lines))] == [
        (1, "整治城区河道3公里，建设滨河公园1处。", ("县水务局", "县住建局", "县城投公司"), "11月底前"),
        (2, "新建过街天桥1座。", ("县住建局",), "9月投入使用"),
        (3, "改扩建县老年公寓。", ("县民政局",), "6月底前开工"),
        (3, "建设县老年大学。", ("县民政局",), "12月底前"),
        (4, "新建农贸市场2个。", ("县商务局", "县市场监管局"), "全年")]


def test_bl_task_cell_of_two_paragraphs_shifts_no_later_cell():
    """A task cell printed as a short title paragraph over the task gives two blocks:
    the task column takes both (joined as a cell's lines are) when the blocks after
    them then read as its unit and deadline columns, and one block alone does not
    (the task's sentence is no unit name).  Rows that fit one block a cell stay as
    they are, whatever follows the last one."""
    blocks = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限",
              "1", "修缮县图书馆。", "县文旅局", "县财政局", "6月底",
              "2", "农村供水", "新建水厂2座，改造管网30公里。", "县水务局", "县发改局、县财政局", "2021年10月",
              "3", "开展全民健身赛事10场。", "县教体局", "各乡镇", "全年",
              "附件2"]
    lines = [x for b in blocks for x in (b, "")]
    assert [(n, t, lead, sup, d) for _, n, t, lead, sup, d in rows(parse_text(lines))] == [
        (1, "修缮县图书馆。", ("县文旅局",), ("县财政局",), "6月底"),
        (2, "农村供水新建水厂2座，改造管网30公里。", ("县水务局",), ("县发改局、县财政局",), "2021年10月"),
        (3, "开展全民健身赛事10场。", ("县教体局",), ("各乡镇",), "全年")]


def test_tab_copy_section_column_rows_keep_their_leading_empty_cells():
    """A TAB copy of a table with a section column: the rows under a section's first row
    open with a TAB (the span's empty cell), which the stripped line lost; read from the
    line as printed they stay in their columns (before, 2 and 做乙 were read as the section
    and the task, the unit as the task)."""
    p = parse_text(["类别\t序号\t主要任务\t牵头单位\t配合单位", "一、甲类\t1\t做甲。\t市商务局\t市财政局",
                    "\t2\t做乙。\t市税务局\t市科技局", "二、乙类\t3\t做丙。\t市科技局\t"])
    assert rows(p) == [(1, 1, "做甲。", ("市商务局",), ("市财政局",), None),
                       (1, 2, "做乙。", ("市税务局",), ("市科技局",), None),
                       (2, 3, "做丙。", ("市科技局",), (), None)]


def test_tab_copy_two_row_header_whose_last_cell_spans_two_columns():
    """责任单位 over 牵头单位 | 配合单位 as the last columns: the header line ends in a TAB
    (the span's second cell) and the second header row opens with TABs; both are read as
    printed, with a section column whose later rows open with a TAB."""
    p = parse_text(["类别\t序号\t工作任务\t责任单位\t", "\t\t\t牵头单位\t配合单位",
                    "一、甲类\t1\t做甲。\t县商务局\t县财政局", "\t2\t做乙。\t县税务局\t县科技局"])
    assert rows(p) == [(1, 1, "做甲。", ("县商务局",), ("县财政局",), None),
                       (1, 2, "做乙。", ("县税务局",), ("县科技局",), None)]


def test_tab_copy_of_a_two_row_header_printed_again_after_the_continued_mark():
    """A TAB copy of a table that goes on over a page: 续表, then both header lines again
    (序号 | 工作内容 | 责任单位 | | 完成时限 over | | 牵头单位 | 参与单位 |): no row of them."""
    header = ["序号\t工作内容\t责任单位\t\t完成时限", "\t\t牵头单位\t参与单位\t"]
    body1 = ["1\t培育企业4家。\t市水利局\t市农业农村局\t每季度", "2\t改造市场9个。\t市民政局\t市教育局\t每季度"]
    body2 = ["3\t改造小区3个。\t市发改局\t市司法局\t每年"]
    parsed = parse_text(header + body1 + ["续表"] + header + body2)
    assert rows(parsed) == [(None, 1, "培育企业4家。", ("市水利局",), ("市农业农村局",), "每季度"),
                            (None, 2, "改造市场9个。", ("市民政局",), ("市教育局",), "每季度"),
                            (None, 3, "改造小区3个。", ("市发改局",), ("市司法局",), "每年")]


def test_a_cell_ending_with_a_list_comma_ends_its_cell_in_a_one_cell_a_line_copy():
    """A table copied one cell a line with no blank line anywhere: a unit cell printed with a
    stray 、 at its end (``县公安局、县税务局、``) is still one cell.  The text layer's rule that a
    line ending with 、 goes on in the next (a unit list broken by a <br>) glued the next cell
    onto it - here the deadline, and the row's later cells moved up by one, the next section's
    heading becoming the deadline.  A line may be a cell when the header stands one word a line."""
    p = parse_text(["序号", "工作任务", "牵头单位", "配合单位", "完成时限", "一、提升审批效率",
                    "1", "编制公布行政许可事项清单。", "县行政审批服务局", "县司法局、", "2022年10月底前",
                    "2", "推行企业开办全程网上办理。", "县市场监管局、", "县公安局、县税务局、", "2022年6月底前",
                    "二、强化公正监管", "3", "推行部门联合抽查。", "县市场监管局", "县级各有关部门", "长期坚持"])
    assert rows(p) == [
        (1, 1, "编制公布行政许可事项清单。", ("县行政审批服务局",), ("县司法局、",), "2022年10月底前"),
        (1, 2, "推行企业开办全程网上办理。", ("县市场监管局、",), ("县公安局、县税务局、",), "2022年6月底前"),
        (2, 3, "推行部门联合抽查。", ("县市场监管局",), ("县级各有关部门",), "长期坚持")]


def test_a_unit_list_broken_after_its_list_comma_still_goes_on_outside_a_table():
    p = parse_text(["1.做甲。", "牵头单位：市工信局、", "市商务局", "配合单位：市财政局"])
    assert rows(p) == [(None, 1, "做甲。", ("市工信局、市商务局",), ("市财政局",), None)]


def test_bl_tasks_after_a_rows_deadline_are_rows_sharing_its_merged_unit_cell():
    """A page table whose 责任单位 cell is merged over several tasks under one 序号, saved as
    text one cell a block: the unit is printed once, after the first task, so the number's
    blocks read task / unit / deadline / task / deadline / task / deadline.  Each task after a
    deadline is a row of its own with the same number and the merged unit; a task printed with
    its own unit keeps it.  The page's footer after the last row stays out of the table."""
    blocks = ["序号", "目标任务", "责任单位", "完成时间",
              "1", "新建城区公共停车场2处。", "区交通局", "10月底前",
              "2", "建设区图书馆新馆。", "区文旅局", "6月底前开工", "完成区博物馆布展。", "9月底前",
              "开放区文化馆夜间服务。", "年底前",
              "3", "改造背街小巷15条。", "区住建局", "8月底前完工", "整治农贸市场周边秩序。", "区市场监管局", "全年",
              "4", "新增公交线路3条。", "区交通局", "7月底前",
              "扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】"]
    lines = [x for b in blocks for x in (b, "")]
    assert [(n, t, lead, d) for _, n, t, lead, _, d in rows(parse_text(lines))] == [
        (1, "新建城区公共停车场2处。", ("区交通局",), "10月底前"),
        (2, "建设区图书馆新馆。", ("区文旅局",), "6月底前开工"),
        (2, "完成区博物馆布展。", ("区文旅局",), "9月底前"),
        (2, "开放区文化馆夜间服务。", ("区文旅局",), "年底前"),
        (3, "改造背街小巷15条。", ("区住建局",), "8月底前完工"),
        (3, "整治农贸市场周边秩序。", ("区市场监管局",), "全年"),
        (4, "新增公交线路3条。", ("区交通局",), "7月底前")]


def test_bl_blocks_after_a_row_that_are_no_task_and_deadline_stay_out():
    """Blocks after a row's cells that do not close with a deadline (a signature, a note)
    are no further row of its number; a section heading there still heads the next rows.
    The copy list under the table (抄送：…) opens with a label: no task, though the signature
    line after it holds a date."""
    blocks = ["序号", "目标任务", "责任单位", "完成时间",
              "1", "新建城区公共停车场2处。", "区交通局", "10月底前", "二、民生保障",
              "2", "新增公交线路3条。", "区交通局", "7月底前", "抄送：区委办公室，区人大常委会办公室。",
              "某区人民政府办公室　　2022年3月1日印发"]
    lines = [x for b in blocks for x in (b, "")]
    assert [(s, n, t, d) for s, n, t, _, _, d in rows(parse_text(lines))] == [
        (None, 1, "新建城区公共停车场2处。", "10月底前"), (2, 2, "新增公交线路3条。", "7月底前")]


def test_bl_a_task_under_a_rows_number_with_its_own_unit_cell_a_name_a_line_is_a_row():
    """A browser's save-as-text copy, one cell a block: a second task under one 序号 prints its
    own 责任单位 cell, two names a line each, then its deadline.  Its unit blocks are one cell, as
    the first task's are; before, the task did not fit the one unit column and was dropped."""
    blocks = ["序号", "工作任务", "责任单位", "完成时限",
              "1", "建成县城第二水厂。", "县水务局", "县城投公司", "11月底前",
              "2", "改扩建县人民医院门诊楼。", "县卫健局", "10月底前", "建设乡镇卫生院发热门诊8个。", "县卫健局",
              "县发改局", "各镇人民政府", "12月底前",
              "3", "新建农村幸福院12个。", "县民政局", "9月底前"]
    assert [(n, t, lead, d) for _, n, t, lead, _, d in rows(parse_text([x for b in blocks for x in (b, "")]))] == [
        (1, "建成县城第二水厂。", ("县水务局", "县城投公司"), "11月底前"),
        (2, "改扩建县人民医院门诊楼。", ("县卫健局",), "10月底前"),
        (2, "建设乡镇卫生院发热门诊8个。", ("县卫健局", "县发改局", "各镇人民政府"), "12月底前"),
        (3, "新建农村幸福院12个。", ("县民政局",), "9月底前")]


def test_pipe_dump_settles_its_columns_by_its_rows():
    """A text-pipe dump under 序号 | 主要任务 | 责任单位 | 配合部门: 主要任务 heads the section column of some
    tables and the task column of others, and the rows say which (one task a row, no label, no merge),
    as they do for every other form's table.  The pipe reader settled the header's roles without its
    rows: 主要任务 stayed a section column, the table had no task column and gave no measure at all.
    The look-alike: a 类别 column the dump leaves out under its group's first row stays the section."""
    p = parse_text(["|", "序号 |", "主要任务 |", "责任单位 |", "配合部门 |", "|",
                    "1 |", "建成5G基站300个。 |", "县工信局 |", "县通信办、县自然资源局 |", "|",
                    "2 |", "新增工业技改项目12个，技改投资增长10%。 |", "县工信局、县发改局 |", "县财政局 |", "|"])
    assert rows(p) == [(None, 1, "建成5G基站300个。", ("县工信局",), ("县通信办、县自然资源局",), None),
                       (None, 2, "新增工业技改项目12个，技改投资增长10%。", ("县工信局、县发改局",), ("县财政局",), None)]
    assert {m.form for m in p.measures} == {"text-pipe"}
    p = parse_text(["|", "类别 |", "序号 |", "工作任务 |", "牵头单位 |", "|",
                    "一、数字基建 |", "1 |", "建成5G基站300个。 |", "县工信局 |", "|",
                    "2 |", "建成千兆光网小区40个。 |", "县通信办 |", "|",
                    "二、产业升级 |", "3 |", "新增技改项目12个。 |", "县发改局 |", "|"])
    assert rows(p) == [(1, 1, "建成5G基站300个。", ("县工信局",), (), None),
                       (1, 2, "建成千兆光网小区40个。", ("县通信办",), (), None),
                       (2, 3, "新增技改项目12个。", ("县发改局",), (), None)]


SLASH_BOX = [
    "┌──┬────────┬────────┐",
    "│序号│工作任务        │配合单位        │",
    "├──┼────────┼────────┤",
    "│1   │做好防汛备勘工作│县水利局/县气象 │",
    "│    │。              │服务中心/县林业 │",
    "│    │                │局              │",
    "├──┼────────┼────────┤",
    "│2   │建好村级卫生室。│县财政局        │",
    "│    │                │县乡村振兴局    │",
    "└──┴────────┴────────┘",
]


def test_box_cell_wrapped_where_no_full_width_character_fits_runs_on():
    """A `/` list takes an odd number of columns, so a line cut by the width inside a name
    (`县水利局/县气象 ` then `服务中心/…`) is padded by one column: too narrow for the
    Chinese character that opens the next line, the line was full and runs on."""
    p = parse_text(SLASH_BOX)
    assert [m.support_cells for m in p.measures] == [("县水利局/县气象服务中心/县林业局",),
                                                    ("县财政局", "县乡村振兴局")]


@pytest.mark.parametrize("fragments,parts", [
    (["县水利局/县气象 ", "服务中心  "], ("县水利局/县气象服务中心",)),     # one column left, a CJK next
    (["县水利局/县气象\u3000", "服务中心  "], ("县水利局/县气象", "服务中心")),  # a full-width space: room for one
    (["县水利局/县气象  ", "服务中心  "], ("县水利局/县气象", "服务中心")),    # two columns: a CJK fitted
    (["县12345热线 ", "/A组  "], ("县12345热线", "/A组")),              # a half-width next fitted in one
])
def test_join_box_fragments_by_the_room_left_for_the_next_character(fragments, parts):
    assert join_box_fragments(fragments) == parts


MAIN_TASKS_BOX = [
    "┌──┬────────┬──────┬──────┬─────┐",
    "│序号│主要任务        │牵头单位    │配合单位    │完成时限  │",
    "├──┼────────┼──────┼──────┼─────┤",
    "│1   │改造城区老旧供水│县水务局    │县财政局、县│2025年6月 │",
    "│    │管网18公里。    │            │住建局      │底前      │",
    "├──┼────────┼──────┼──────┼─────┤",
    "│2   │新建公共充电桩  │县发改局    │县供电公司  │9月底前   │",
    "│    │260个。         │            │            │          │",
    "├──┼────────┼──────┼──────┼─────┤",
    "│3   │开展食品安全抽检│县市场监管局│            │长期坚持  │",
    "│    │1500批次。      │            │            │          │",
    "└──┴────────┴──────┴──────┴─────┘",
]


def test_box_table_settles_its_columns_by_its_rows():
    """A box-drawn table under 序号 | 主要任务 | 牵头单位 | 配合单位 | 完成时限: 主要任务 heads the section
    column of some tables and the task column of others, and the rows say which (one task a row, none
    merged over rows, no 一、 label), as they do for a page's, a spreadsheet's and a pipe dump's table
    (``columns.settle_roles``).  The box reader settled the header's words without its rows: 主要任务
    stayed a section column, the table had no task column and gave no measure at all."""
    p = parse_text(MAIN_TASKS_BOX)
    assert rows(p) == [(None, 1, "改造城区老旧供水管网18公里。", ("县水务局",), ("县财政局、县住建局",),
                        "2025年6月底前"),
                       (None, 2, "新建公共充电桩260个。", ("县发改局",), ("县供电公司",), "9月底前"),
                       (None, 3, "开展食品安全抽检1500批次。", ("县市场监管局",), (), "长期坚持")]
    assert {m.form for m in p.measures} == {"text-box"}


MAIN_TASKS_AND_MEASURES_BOX = [
    "┌──┬──────┬────────┬──────┐",
    "│序号│主要任务    │具体措施        │牵头单位    │",
    "├──┼──────┼────────┼──────┤",
    "│1   │守护绿水青山│关停散乱污企业  │县生态环境局│",
    "│    │            │23家。          │            │",
    "├──┤            ├────────┼──────┤",
    "│2   │            │完成荒山造林4000│县林业局    │",
    "│    │            │亩。            │            │",
    "├──┼──────┼────────┼──────┤",
    "│3   │便民利企    │推行企业开办一日│县行政审批局│",
    "│    │            │办结。          │            │",
    "└──┴──────┴────────┴──────┘",
]


def test_box_table_with_a_task_column_keeps_main_tasks_as_its_groups():
    """The look-alike: beside a column a task word heads (具体措施), 主要任务 merged over the rows of a
    group names the group (a section), read from the rows as before."""
    p = parse_text(MAIN_TASKS_AND_MEASURES_BOX)
    assert [(m.section.title if m.section else None, m.text, m.lead_cells) for m in p.measures] == [
        ("守护绿水青山", "关停散乱污企业23家。", ("县生态环境局",)),
        ("守护绿水青山", "完成荒山造林4000亩。", ("县林业局",)),
        ("便民利企", "推行企业开办一日办结。", ("县行政审批局",))]
    assert {m.form for m in p.measures} == {"text-box"}


@pytest.mark.parametrize("cell,role", [
    ("案。（牵头单位：", None), ("市卫健委；配合单位：", None), ("联；完成时限：", None),
    ("牵头单位：", "lead"), ("（牵头单位：", "lead"), ("配合单位", "support"),
])
def test_a_cell_holding_a_sentences_end_names_no_column(cell, role):
    """A header word prints no sentence's or clause's end (。；): a cell holding one is prose cut at a TAB."""
    assert role_of(cell) == role


def test_a_tab_after_each_labels_colon_in_wrapped_prose_is_no_table():
    """Labelled items hard-wrapped as a PDF's text prints them, a TAB after each label's colon (a word processor
    aligning the unit lists): a line holding two labels (案。（牵头单位：TAB市卫健委；配合单位：TAB…) was taken for a
    TAB table's header, each wrapped line for a row, and the guess of an unnamed task column gave that "table"
    seven rows of fragments, which outscored the four items (metamorphic colon-tab on holdout pdfpages-hanzhong)."""
    p = parse_text([
        "一、教育卫生",
        "1．为全市适龄妇女免费开展两癌筛查，建立健康档",
        "案。（牵头单位：\t市卫健委；配合单位：\t市财政局、市妇",
        "联；完成时限：\t2020年10月底前）",
        "2．新建公办幼儿园6所，新增学位2400个，缓解入园",
        "难问题。（牵头单位：\t市教育局；配合单位：\t市自然资源局、",
        "各区政府；完成时限：\t2020年12月底前）",
        "二、城乡建设",
        "3．改造老旧小区30个，惠及居民5000户，完善小区水电",
        "气设施。（牵头单位：\t市住建局；配合单位：\t市财政局、",
        "各区政府；完成时限：\t2020年11月底前）",
        "4．新建城区公共停车泊位800个，缓解老城区停车难，规",
        "范路边停车。（牵头单位：\t市住建局；配合单位：\t市公安",
        "局、市财政局；完成时限：\t2020年9月底前）"])
    assert rows(p) == [
        (1, 1, "为全市适龄妇女免费开展两癌筛查，建立健康档案。", ("市卫健委",), ("市财政局、市妇联",), "2020年10月底前"),
        (1, 2, "新建公办幼儿园6所，新增学位2400个，缓解入园难问题。", ("市教育局",), ("市自然资源局、各区政府",),
         "2020年12月底前"),
        (2, 3, "改造老旧小区30个，惠及居民5000户，完善小区水电气设施。", ("市住建局",), ("市财政局、各区政府",),
         "2020年11月底前"),
        (2, 4, "新建城区公共停车泊位800个，缓解老城区停车难，规范路边停车。", ("市住建局",), ("市公安局、市财政局",),
         "2020年9月底前")]


def test_a_flattened_rows_progress_paragraphs_under_it_do_not_end_the_table():
    # one row a paragraph, cells parted by single spaces; a row's progress goes on over paragraphs of its own
    # per district, then the rows go on (holdout sprows-luan, batch 44: before, the table ended at the first)
    p = parse_text(["序号 重点工作 牵头责任单位 一季度工作进展",
                    "1 一般公共预算收入增长6%以上。 市财政局 完成55.8亿元。",
                    "2 完善园区功能，强化污水处理。 市发改委，各县区政府 金安区：新建道路5条。",
                    "裕安区：二水厂管网开工。",
                    "叶集区：维修雨污水井14个。",
                    "3 新增规上工业企业120户以上。 市经信局 新增31户。"])
    assert [(r[1], r[2], r[3]) for r in rows(p)] == [
        (1, "一般公共预算收入增长6%以上。", ("市财政局",)),
        (2, "完善园区功能，强化污水处理。", ("市发改委，各县区政府",)),
        (3, "新增规上工业企业120户以上。", ("市经信局",))]


def test_a_paragraph_under_the_last_row_with_no_row_after_it_is_no_part_of_the_table():
    p = parse_text(["序号 重点工作 牵头责任单位 一季度工作进展",
                    "1 一般公共预算收入增长6%以上。 市财政局 完成55.8亿元。",
                    "2 新增规上工业企业120户以上。 市经信局 新增31户。",
                    "特此通报。"])
    assert [r[1] for r in rows(p)] == [1, 2]


def test_bar_rows_under_a_group_cell_printed_once_are_shifted_back():
    """A one-row-a-line bar dump whose group cells (工作任务, merged over their rows in the source) print on a
    group's first row only writes the rows under it from the first column, closing them with the empty cell it
    left out: each is moved right under its columns, the group cell its group's (holdout shiftpipe-jiangmen,
    batch 45: before, 工作任务 was read as the task column and the rows under it lost their units)."""
    p = parse_text(["工作任务 | 具体要求 | 责任部门 |",
                    "一、做好财政公开。 | 1.公开预算决算。 | 财务科 |",
                    "二、做好网站公开。 | 2.更新概况信息。 | 办公室 |",
                    "3.回复网民意见。 | 各科室 | |",
                    "4.更新公众号信息。 | 办公室牵头，各科室配合 | |",
                    "三、做好政策解读。 | 5.解读重要政策。 | 各科室 |"])
    assert rows(p) == [(1, 1, "公开预算决算。", ("财务科",), (), None),
                       (2, 2, "更新概况信息。", ("办公室",), (), None),
                       (2, 3, "回复网民意见。", ("各科室",), (), None),
                       (2, 4, "更新公众号信息。", ("办公室牵头，各科室配合",), (), None),   # the cell as printed
                       (3, 5, "解读重要政策。", ("各科室",), (), None)]
    assert {m.form for m in p.measures} == {"text-bar"}


def test_bar_rows_under_two_group_columns_and_an_unnamed_number_column_are_shifted_back():
    """A bar dump whose rows print two group columns (一、 and （一）), a row number the header names nothing for,
    the requirement, the units and the deadline, its header printing a name spanning three columns once and
    closing with two empty cells; a row under the same groups opens with its number and closes with two empty
    cells, a row opening a new inner group with one (holdout spamwords-jingzhou, batch 50: before, no row was
    read right)."""
    p = parse_text(["工作任务 | 具体要求 | 责任单位 | 时限要求 | ||",
                    "一、助力经济发展。 | （一）公开涉企政策。 | 1 | 公开政策执行情况。 | 市政府各有关部门负责落实 | 持续推进 |",
                    "2 | 开设帮扶专题。 | 市商务局牵头，市文旅局配合 | 持续推进 | ||",
                    "（二）公开减税降费。 | 3 | 推送减税政策。 | 市税务局 | 6月底前 | |",
                    "二、推动政策落地。 | （三）集中公开文件。 | 4 | 集中公开规范性文件。 | 市司法局 | 10月底前 |"])
    assert rows(p) == [(1, 1, "公开政策执行情况。", ("市政府各有关部门负责落实",), (), "持续推进"),   # cells as printed
                       (1, 2, "开设帮扶专题。", ("市商务局牵头，市文旅局配合",), (), "持续推进"),
                       (2, 3, "推送减税政策。", ("市税务局",), (), "6月底前"),
                       (3, 4, "集中公开规范性文件。", ("市司法局",), (), "10月底前")]
    assert [(s.label, s.title) for s in p.sections] == [("（一）", "公开涉企政策。"), ("（二）", "公开减税降费。"),
                                                        ("（三）", "集中公开文件。")]


def test_bar_rows_with_empty_last_cells_printed_in_place_stay():
    """A row ending in an empty cell that prints its own first cell (a section label, or a full row whose last
    column is empty) is not moved: only a row opening with an item number under a group column is."""
    p = parse_text(["工作任务 | 具体要求 | 责任部门 |",
                    "一、做好财政公开。 | 1.公开预算决算。 | 财务科 |",
                    "二、做好网站公开。 | 2.更新概况信息。 | |",
                    "三、做好政策解读。 | 3.解读重要政策。 | 各科室 |"])
    assert [(r[0], r[1], r[2]) for r in rows(p)] == [(1, 1, "公开预算决算。"), (2, 2, "更新概况信息。"),
                                                      (3, 3, "解读重要政策。")]


def test_pipe_dump_with_a_bare_pipe_line_under_each_cell_and_an_unnamed_number_column():
    """A dump printing each cell on a line and a bare ``|`` line under it, its header naming four columns while
    each row prints five (a header cell spanning 序号 and 具体要求 in the source prints once): the first cell
    over the first ``|`` is the header's, the first row's group cell stands before its number, and a row
    opening with its number is a later row of the group above (holdout cellpipe-chizhou, batch 45: before,
    the bare pipes were taken for a Markdown rule, the group cell for a fifth column, and no row was read)."""
    cells = ["工作任务", "具体要求", "责任科室", "时限要求",
             "强化文件公开", "1", "清理规范性文件。", "办公室", "年底前",
             "做好基础工作", "2", "规范公开专栏。", "各科室", "持续推进",
             "3", "编制年度报告。", "办公室", "持续推进",
             "加强宣传", "4", "报送工作稿件。", "各科室", "6月底前"]
    p = parse_text([ln for c in cells for ln in (c, "|")])
    assert rows(p) == [(1, 1, "清理规范性文件。", ("办公室",), (), "年底前"),
                       (2, 2, "规范公开专栏。", ("各科室",), (), "持续推进"),
                       (2, 3, "编制年度报告。", ("办公室",), (), "持续推进"),
                       (3, 4, "报送工作稿件。", ("各科室",), (), "6月底前")]
    assert [s.title for s in p.sections] == ["强化文件公开", "做好基础工作", "加强宣传"]


def test_pipe_dump_in_a_copy_with_a_blank_line_after_every_line():
    """The same dump (a cell a line, a bare ``|`` under each) in a copy that sets a blank line after every line
    (``hardwraps.blank_spaced``): the single blanks are spacing, so each ``|`` still stands under its cell and the
    first cell over the first ``|`` is the header's (blindsynth session 51 cause 1: before, read as text-bl)."""
    cells = ["序号", "工作任务", "牵头单位", "完成时限",
             "1", "清理规范性文件。", "市司法局", "年底前",
             "2", "规范公开专栏。", "市政府办公室", "持续推进"]
    lines = COVER + [ln for c in cells for ln in (c, "|")]
    text = "\n".join(ln for line in lines for ln in (line, ""))
    p = parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert rows(p) == [(None, 1, "清理规范性文件。", ("市司法局",), (), "年底前"),
                       (None, 2, "规范公开专栏。", ("市政府办公室",), (), "持续推进")]
    assert {m.form for m in p.measures} == {"text-pipe"}


def test_pipe_dump_under_a_bar_of_links_printed_with_pipes():
    """A page's bar of links copied with pipes (首页 | 登录 | 注册 |) over the letter is no line of the dump under it
    (``textgrid.is_link_bar``): the dump still opens at its first cell (blindsynth session 51 cause 2: before, the
    dump was taken to start at the bar and was read as text-bl)."""
    cells = ["序号", "工作任务", "牵头单位", "完成时限",
             "1", "清理规范性文件。", "市司法局", "年底前",
             "2", "规范公开专栏。", "市政府办公室", "持续推进"]
    text = "\n".join(["首页 | 登录 | 注册 |"] + COVER + [ln for c in cells for ln in (c, "|")])
    p = parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert rows(p) == [(None, 1, "清理规范性文件。", ("市司法局",), (), "年底前"),
                       (None, 2, "规范公开专栏。", ("市政府办公室",), (), "持续推进")]
    assert {m.form for m in p.measures} == {"text-pipe"}


def test_tab_table_with_a_group_column_printed_in_its_first_row_and_units_in_the_task_cells():
    """类别 | 序号 | 主要任务 | 时间节点: no unit column, each task cell closing with its labels, the group's name printed in
    its first row only (the rows under it open with a TAB).  The header is found over the rows as printed, their
    leading TABs kept (blindsynth session 51 cause 5: before, the stripped rows put 2 under 类别 and the table was
    read as paragraphs)."""
    p = parse_text(["类别\t序号\t主要任务\t时间节点",
                    "一、稳就业\t1\t新增就业岗位800个。牵头单位：市人社局。配合单位：市财政局\t6月底前",
                    "\t2\t开展职业培训2000人次。牵头单位：市人社局\t持续推进",
                    "\t3\t建设零工市场2个。牵头单位：市人社局\t9月底前",
                    "二、促消费\t4\t举办消费节活动5场。牵头单位：市商务局\t10月底前",
                    "\t5\t发放消费券500万元。牵头单位：市商务局\t年底前"])
    assert rows(p) == [(1, 1, "新增就业岗位800个。", ("市人社局",), ("市财政局",), "6月底前"),
                       (1, 2, "开展职业培训2000人次。", ("市人社局",), (), "持续推进"),
                       (1, 3, "建设零工市场2个。", ("市人社局",), (), "9月底前"),
                       (2, 4, "举办消费节活动5场。", ("市商务局",), (), "10月底前"),
                       (2, 5, "发放消费券500万元。", ("市商务局",), (), "年底前")]
    assert {m.form for m in p.measures} == {"text-tab"}


@pytest.mark.parametrize("sep, rule", [("\t", None), (" | ", "|---|---|---|---|")])
def test_an_empty_number_column_under_a_header_printed_again_numbers_by_place(sep, rule):
    """A Word table saved as text whose 序号 column prints nothing (its automatic numbering lost) and whose
    header is printed again under a page footer (holdout emptyseqpages-anfu; blindsynth session 56 cause 1):
    the header again is no row printing a number, so the rows are numbered by their place, 1-4.  Before, the
    repeated header's 序号 cell counted as a number printed and no row had one."""
    bars = (lambda line: f"| {line} |") if rule else (lambda line: line)   # a Markdown dump's outer bars
    head = bars(sep.join(["序号", "工作任务", "牵头单位", "完成时限"]))
    top = [head] + ([rule] if rule else [])
    row = lambda t, u, d: bars(sep.join(["", t, u, d]))
    p = parse_text(top + [row("做甲。", "市商务局", "6月底前"), row("做乙。", "市税务局", "年底前"),
                          "", "- 2 -", ""] + top + [row("做丙。", "市科技局", "9月底前"), row("做丁。", "市财政局", "年底前")])
    assert [(n, t, lead) for _s, n, t, lead, *_ in rows(p)] == [
        (1, "做甲。", ("市商务局",)), (2, "做乙。", ("市税务局",)), (3, "做丙。", ("市科技局",)), (4, "做丁。", ("市财政局",))]


@pytest.mark.parametrize("word", ["办理事项", "交办事项", "办 理 事 项"])
def test_a_handed_over_list_names_its_task_column_by_the_matter_to_handle(word):
    """A 交办 list heads its task column 办理事项 / 交办事项 beside 主办单位 | 协办单位: a task word
    (roles.toml), so a copy parted by spaces reads it as the tasks and its 类别 as the groups (blindsynth
    session 56 cause 7, bs3553; holdout spjiaoban-yiyang).  Before, unknown, it was read as a second
    level of groups and the task of each group's second row as its heading."""
    assert role_of(word) == "measure"
    p = parse_text([f"序号 类别 {word} 主办单位 协办单位 完成时限",
                    "1 教育 新建城区学校5所。 市教育局 市财政局/市住建局 2023年8月底前",
                    "2  开展视力筛查1次。 市教育局 市卫健委 年底前",
                    "3 养老 新建养老服务中心10个。 市民政局 市财政局 年底前",
                    "4  发放高龄津贴。 市民政局 市财政局 年底前"])
    assert [(s, n, t, lead) for s, n, t, lead, _sup, _d in rows(p)] == [
        (1, 1, "新建城区学校5所。", ("市教育局",)), (1, 2, "开展视力筛查1次。", ("市教育局",)),
        (2, 3, "新建养老服务中心10个。", ("市民政局",)), (2, 4, "发放高龄津贴。", ("市民政局",))]
