"""HTML task tables whose body rows print fewer cells than the header names (``parse/shortrows.py``):
rows cut out of a larger table lose the group cell merged over them, so every cell would land one
column left of its own.  Each such row is laid out under the columns its cells read as; a row that
reads right as printed stays (docs/forms.md, html-table; holdout lostgroup-chongchuan, batch 34)."""
from test_table import parse_html


def rows(parsed):
    return [(m.measure_no, m.section, m.text, m.lead_cells, m.support_cells) for m in parsed.measures]


def _table(head: list[str], body: list[list[str]]) -> str:
    tr = lambda cells: "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"   # noqa: E731
    return "<p>某区民生实事项目推进情况</p><table border='1'>" + tr(head) + "".join(map(tr, body)) + "</table>"


HEAD = ["序号", "主要任务", "全年目标任务", "分管领导", "牵头单位", "协同单位", "推进情况", "说明"]


def test_rows_missing_their_group_cell_are_read_under_their_columns():
    """Seven cells under eight columns, the 主要任务 group cell left out: the task, the leader, the lead
    and the support each under its own column (before: the leader as a section, the units a column left)."""
    parsed = parse_html(_table(HEAD, [
        ["24", "改善50条背街小巷交通组织。", "李某", "城管局", "市政局、相关街道", "完成六成。", ""],
        ["25", "新增分类达标小区200个。", "李某", "城管局", "环卫处、各街道", "完成四成。", "合同签订滞后。"],
        ["26", "新建公厕30座。", "王某", "城管局", "<p>住建局</p><p>相关街道</p>", "完成八成。", ""],
    ]))
    assert rows(parsed) == [
        (24, None, "改善50条背街小巷交通组织。", ("城管局",), ("市政局、相关街道",)),
        (25, None, "新增分类达标小区200个。", ("城管局",), ("环卫处、各街道",)),
        (26, None, "新建公厕30座。", ("城管局",), ("住建局", "相关街道")),
    ]
    assert parsed.measures[0].extra.get("分管领导") == "李某"


def test_a_full_row_with_an_empty_last_cell_stays_as_printed():
    """Every cell printed, the last left empty: the row reads right where it stands."""
    parsed = parse_html(_table(["序号", "工作任务", "牵头单位", "配合单位", "备注"], [
        ["1", "建设智慧停车平台。", "区城管局", "区公安分局", ""],
        ["2", "推进老旧小区改造。", "区住建局", "", ""],
    ]))
    assert rows(parsed) == [(1, None, "建设智慧停车平台。", ("区城管局",), ("区公安分局",)),
                            (2, None, "推进老旧小区改造。", ("区住建局",), ())]


def test_a_short_row_no_placement_reads_stays_as_printed():
    """A row whose cells read as no placement (a sentence where every unit column stands) is not moved."""
    parsed = parse_html(_table(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"], [
        ["1", "建设智慧停车平台。", "区城管局", "区公安分局", "2023年底"],
        ["2", "推进老旧小区改造，完成12个。", "按计划推进，已完成设计。"],
    ]))
    assert rows(parsed)[0] == (1, None, "建设智慧停车平台。", ("区城管局",), ("区公安分局",))
    assert rows(parsed)[1][2] == "推进老旧小区改造，完成12个。"


def test_only_a_row_printing_fewer_cells_is_asked_where_its_cells_go():
    """A row whose last cells were printed empty is no cut row: it is not laid out again (nor are its
    cells' names read for it, which cost a run the word segmenter's load); a row printing fewer
    ``<td>`` than the grid is wide ends in a ``PaddedCell`` and is."""
    from lxml import html as lxml_html
    from extractor.parse.grid import PaddedCell, html_grid
    from extractor.parse.shortrows import _printed
    table = lxml_html.fromstring("<table><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>备注</td></tr>"
                                 "<tr><td>1</td><td>建设停车平台。</td><td></td><td></td></tr>"
                                 "<tr><td>2</td><td>改造小区。</td></tr></table>")
    grid = html_grid(table)
    assert not isinstance(grid[1][-1], PaddedCell) and _printed(grid[1]) is None
    assert isinstance(grid[2][-1], PaddedCell) and [c.text for c in _printed(grid[2])] == ["2", "改造小区。"]


def test_a_short_row_closed_by_an_editors_empty_cell_is_still_short():
    """Every row closed by an empty ``<td>`` (an editor's habit; the column it makes is dropped): the row
    printing one cell fewer than the header is still laid out again."""
    tr = lambda cells: "<tr>" + "".join(f"<td>{c}</td>" for c in (*cells, "")) + "</tr>"   # noqa: E731
    page = ("<p>某区民生实事项目推进情况</p><table border='1'>" + tr(HEAD)
            + tr(["24", "改善50条背街小巷交通组织。", "李某", "城管局", "市政局、相关街道", "完成六成。", "无"])
            + "</table>")
    parsed = parse_html(page)
    assert rows(parsed) == [(24, None, "改善50条背街小巷交通组织。", ("城管局",), ("市政局、相关街道",))]
