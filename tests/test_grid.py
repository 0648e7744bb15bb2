"""Table grids: span expansion, <br> parts, the pipe dump."""
import lxml.html

from extractor.parse.grid import html_grid, pipe_grid, pipe_tokens


def table(html: str):
    return lxml.html.fragment_fromstring(html)


def texts(grid):
    return [[c.text for c in row] for row in grid]


def test_rowspan_is_copied_down_and_marked():
    g = html_grid(table("<table><tr><td rowspan=2>A</td><td>1</td></tr><tr><td>2</td></tr></table>"))
    assert texts(g) == [["A", "1"], ["A", "2"]]
    assert not g[0][0].row_copy and g[1][0].row_copy and g[1][0].origin == (0, 0)


def test_colspan_is_copied_across_and_marked():
    g = html_grid(table("<table><tr><td colspan=2>市发改局</td><td>x</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>"))
    assert texts(g)[0] == ["市发改局", "市发改局", "x"]
    assert g[0][1].col_copy and not g[0][0].col_copy


def test_rowspan_and_colspan_together():
    g = html_grid(table("<table><tr><td rowspan=2 colspan=2>S</td><td>1</td></tr><tr><td>2</td></tr></table>"))
    assert texts(g) == [["S", "S", "1"], ["S", "S", "2"]]
    assert g[1][1].row_copy and g[1][1].col_copy


def test_br_keeps_parts_apart():
    g = html_grid(table("<table><tr><td>市发改局<br>市经信局<br/>市科技局</td></tr></table>"))
    assert g[0][0].parts == ("市发改局", "市经信局", "市科技局")


def test_a_chinese_clause_ending_in_an_ascii_mark_joins_the_next_part_without_a_space():
    """A milestone cell printing one stage a <br> line, each closed with a typist's ASCII ;
    (or ,), reads as the same cell with ；: no space after it.  Where the mark closes ASCII
    text, or neither side is Chinese, the parts keep their space."""
    cell = "<table><tr><td>3月底前完成方案设计;<br>6月底前全部开工,<br>11月底前完工。</td></tr></table>"
    assert texts(html_grid(table(cell))) == [["3月底前完成方案设计;6月底前全部开工,11月底前完工。"]]
    kept = "<table><tr><td>PPP;<br>BOT<br>Phase 1;<br>2</td></tr></table>"
    assert texts(html_grid(table(kept))) == [["PPP; BOT Phase 1; 2"]]


def test_paragraphs_in_cell_are_parts_and_nbsp_is_empty():
    g = html_grid(table("<table><tr><td><p>市财政局</p><p>市商务局</p></td><td>&nbsp;</td></tr>"
                        "<tr><td>a</td><td>b</td></tr></table>"))
    assert g[0][0].parts == ("市财政局", "市商务局") and g[0][1].parts == ()


def test_an_empty_column_closing_every_row_is_dropped():
    """Editors close every row with an empty cell; that column holds nothing, and kept it made a
    one-cell section row look like a row of tasks.  An empty column with text below stays."""
    g = html_grid(table("<table><tr><td>序号</td><td>任务</td><td>&nbsp;</td><td> </td></tr>"
                        "<tr><td colspan=2>一、稳增长</td><td></td><td>&nbsp;</td></tr>"
                        "<tr><td>1</td><td>某事</td><td></td><td></td></tr></table>"))
    assert texts(g) == [["序号", "任务"], ["一、稳增长", "一、稳增长"], ["1", "某事"]]
    g = html_grid(table("<table><tr><td>序号</td><td></td></tr><tr><td>1</td><td>市财政局</td></tr></table>"))
    assert texts(g) == [["序号", ""], ["1", "市财政局"]]


def test_short_rows_are_padded_and_oversized_rowspan_capped():
    g = html_grid(table("<table><tr><td rowspan=99>A</td><td>1</td><td>x</td></tr><tr><td>2</td></tr></table>"))
    assert len(g) == 2 and all(len(r) == 3 for r in g) and g[1][2].text == ""


def test_nested_table_rows_are_not_mixed_in():
    g = html_grid(table("<table><tr><td><table><tr><td>inner</td></tr></table></td></tr><tr><td>outer</td></tr></table>"))
    assert len(g) == 2 and g[1][0].text == "outer"


def test_pipe_tokens_empty_cell_forms():
    lines = ["|", "目标任务 |", "A |", "||", "|", "B |", "C | |"]
    assert pipe_tokens(lines) == ["", "目标任务", "A", "", "", "", "B", "C", ""]


def test_pipe_grid_carries_omitted_leading_columns():
    tokens = ["", "(一)甲", "1、做甲", "市发改局", "", "", "2、做乙", "市经信局", "松山湖管委会", ""]
    g = pipe_grid(tokens[1:], 4, {"section": 0, "measure": 1})
    assert texts(g) == [["(一)甲", "1、做甲", "市发改局", ""], ["(一)甲", "2、做乙", "市经信局", "松山湖管委会"]]
    assert g[1][0].row_copy and not g[0][0].row_copy


def test_pipe_grid_empty_lead_keeps_support_in_place():
    tokens = ["1、做甲", "", "市财政局", ""]
    g = pipe_grid(tokens, 3, {"measure": 0})
    assert texts(g) == [["1、做甲", "", "市财政局"]]


def test_sections_in_a_cell_are_parts():
    """WeChat prints its paragraphs as <section>: in a cell they are parts, as <p> are."""
    g = html_grid(table("<table><tr><td><section><span>市财政局</span></section><section>市商务局</section></td></tr></table>"))
    assert g[0][0].parts == ("市财政局", "市商务局")


def test_a_cell_of_br_lines_gives_the_parts_the_walk_gives():
    """``cell_parts`` reads a cell whose children are all <br> without walking it
    (``_br_parts``): the same parts as the walk for empty lines, white space, nbsp,
    pinyin glosses and a leading or trailing <br>; a cell with any other child
    (a comment, an inline or block element) is left to the walk."""
    from extractor.parse.grid import _br_parts, _flush_cell, _walk_cell, cell_parts

    def walked(td):
        parts, buf = [], []
        _walk_cell(td, parts, buf)
        _flush_cell(parts, buf)
        return tuple(parts)

    cells = ["<td>市发改局<br>市经信局<br/>市科技局</td>", "<td><br>市发改局<br><br> \u3000<br>市财政局<br></td>",
             "<td> 市 发改局 \xa0<br>\n市委(wěi)办</td>", "<td>a<br>b (c)<br>  </td>", "<td><br></td>",
             "<td>市发改局<!-- x --><br>市财政局</td>", "<td>市发改局<span>、</span>市财政局<br>市教育局</td>",
             "<td>牵头：<p>市发改局</p><br>配合：市财政局</td>"]
    for html in cells:
        td = lxml.html.fragment_fromstring(f"<table><tr>{html}</tr></table>").find(".//td")
        assert cell_parts(td) == walked(td), html
    quick = [_br_parts(lxml.html.fragment_fromstring(f"<table><tr>{h}</tr></table>").find(".//td")) for h in cells]
    assert [q is not None for q in quick] == [True] * 5 + [False] * 3


def test_cells_html_grid_sets_field_by_field_equal_the_constructors():
    """``html_grid`` sets a text-only cell's fields itself instead of calling ``Cell``:
    every cell equals the one the constructor makes from its parts and flags (text
    included), empty cells, glosses, spans and <br> cells alike."""
    from extractor.parse.grid import Cell

    g = html_grid(table("<table><tr><td rowspan=2>（一）总(zǒng)体</td><td>1、任务</td><td> </td>"
                        "<td>市发改局<br>市财政局</td></tr><tr><td colspan=2>&nbsp;市 教育局 </td><td></td></tr></table>"))
    cells = [c for row in g for c in row]
    assert [c.text for c in cells] == ["（一）总体", "1、任务", "", "市发改局市财政局",
                                       "（一）总体", "市 教育局", "市 教育局", ""]
    for c in cells:
        assert c == Cell(c.parts, c.origin, c.row_copy, c.col_copy)
    assert all(type(c) is Cell for c in cells)
