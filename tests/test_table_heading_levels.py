"""Heading rows of two levels in a task table, and a section row opening a table's
continued piece (docs/parsing.md, §2 and "A table over several pieces").

A table may head its rows at two levels, in the 序号 cell with the other cells left empty
(`二、` over `（一）` over the numbered rows), as the text outline does with its paragraphs.
A measure's section is the nearest heading row over it, numbered as printed; an outer heading
that holds only inner headings is no measure's section and is not listed.  Before, the outer
row was listed as a section and the inner ones, whose printed numbers then repeated its own,
were numbered by their place: every section number one too high."""
from __future__ import annotations

from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parse_html(body: str):
    html = f"<html><head><meta charset='utf-8'></head><body><div class='content'>{body}</div></body></html>"
    return parse_body(locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html"))))


def rows(parsed):
    return [(m.section.no if m.section else None, m.section.label if m.section else None, m.measure_no, m.text)
            for m in parsed.measures]


HEAD = "<tr><td>编号</td><td>重点任务</td><td>牵头部门</td><td>协办部门</td></tr>"


def _heading(label_and_title: str) -> str:
    return f"<tr><td>{label_and_title}</td><td></td><td></td><td></td></tr>"


def _row(no: int, text: str, lead: str, support: str = "") -> str:
    return f"<tr><td>{no}</td><td>{text}</td><td>{lead}</td><td>{support}</td></tr>"


def test_an_outer_heading_row_over_inner_ones_is_no_section():
    """二、 holds only （一）（二）: the rows are under （一） and （二）, numbered 1 and 2 as printed."""
    p = parse_html("<table>" + HEAD + _heading("二、重点工作") + _heading("（一）壮大实体经济")
                   + _row(1, "建成物流园二期", "区商务局", "区交通局") + _row(2, "新增规上企业十家", "区经信局")
                   + _heading("（二）改善民生保障") + _row(3, "新建幼儿园两所", "区教育局", "区财政局") + "</table>")
    assert [(s.no, s.label, s.title) for s in p.sections] == [(1, "（一）", "壮大实体经济"), (2, "（二）", "改善民生保障")]
    assert rows(p) == [(1, "（一）", 1, "建成物流园二期"), (1, "（一）", 2, "新增规上企业十家"),
                       (2, "（二）", 3, "新建幼儿园两所")]


def test_outer_headings_each_over_their_own_inner_ones_number_the_repeats_by_place():
    """Under a second outer heading the inner numbering starts again at （一）: the sections are
    the inner rows, and a repeated printed number is numbered on, as in the text outline."""
    p = parse_html("<table>" + HEAD + _heading("一、发展目标") + _heading("（一）稳住增长")
                   + _row(1, "地区生产总值增长六个百分点", "区发改局") + _heading("二、保障措施")
                   + _heading("（一）压实责任") + _row(2, "建立月度调度制度", "区政府办") + "</table>")
    assert [(s.label, s.title) for s in p.sections] == [("（一）", "稳住增长"), ("（一）", "压实责任")]
    assert [(no, label, n) for no, label, n, _text in rows(p)] == [(1, "（一）", 1), (2, "（一）", 2)]


def test_a_table_of_one_heading_level_keeps_its_headings_as_sections():
    p = parse_html("<table>" + HEAD + _heading("一、产业项目") + _row(1, "建成物流园二期", "区商务局")
                   + _heading("二、民生项目") + _row(2, "新建幼儿园两所", "区教育局") + "</table>")
    assert [(s.no, s.label, s.title) for s in p.sections] == [(1, "一、", "产业项目"), (2, "二、", "民生项目")]
    assert rows(p) == [(1, "一、", 1, "建成物流园二期"), (2, "二、", 2, "新建幼儿园两所")]


def test_an_empty_heading_of_the_same_level_is_no_outer_level():
    """一、 with no row under it before 二、 is no outer level over 二、: the row stays under 二、, and
    一、, holding no measure, is not listed (README "sections")."""
    p = parse_html("<table>" + HEAD + _heading("一、产业项目") + _heading("二、民生项目")
                   + _row(1, "新建幼儿园两所", "区教育局") + "</table>")
    assert [s.label for s in p.sections] == ["二、"]
    assert rows(p) == [(2, "二、", 1, "新建幼儿园两所")]


def test_heading_rows_across_the_table_at_two_levels():
    """The same two levels printed as rows spanning the table."""
    p = parse_html("<table>" + HEAD + '<tr><td colspan="4">一、主要任务</td></tr>'
                   + '<tr><td colspan="4">（一）壮大实体经济</td></tr>' + _row(1, "建成物流园二期", "区商务局")
                   + '<tr><td colspan="4">（二）改善民生保障</td></tr>' + _row(2, "新建幼儿园两所", "区教育局")
                   + "</table>")
    assert rows(p) == [(1, "（一）", 1, "建成物流园二期"), (2, "（二）", 2, "新建幼儿园两所")]


# --- a continued piece that opens with a section row ---------------------------------------

TASK_HEAD = "<tr><td>工作目标</td><td>分管领导</td><td>责任部门</td></tr>"


def _task(text: str, leader: str, units: str) -> str:
    return f"<tr><td>{text}</td><td>{leader}</td><td>{units}</td></tr>"


def _section(text: str) -> str:
    return f'<tr><td colspan="3">{text}</td></tr>'


FIRST = [_section("一、稳住经济基本盘"), _task("1.固定资产投资增长百分之八。", "王某", "区发改局，各乡镇"),
         _task("2.外贸出口增长百分之五。", "李某", "区商务局")]
SECOND = [_section("二、推动城乡融合"), _task("3.完成农房改造三百户。", "张某", "区住建局，各乡镇"),
          _task("4.新改建农村公路五十公里。", "张某", "区交通局")]


def test_a_continued_piece_opening_with_a_section_row_starts_that_section():
    """Broken at a page right before 二、, the piece after 续表 (its header printed again) opens
    with the section row: a new section, not the rest of item 2 cut by the break."""
    whole = parse_html("<table>" + TASK_HEAD + "".join(FIRST + SECOND) + "</table>")
    broken = parse_html("<table>" + TASK_HEAD + "".join(FIRST) + "</table><p>续表</p><table>" + TASK_HEAD
                        + "".join(SECOND) + "</table>")
    expected = [(1, "一、", 1, "固定资产投资增长百分之八。"), (1, "一、", 2, "外贸出口增长百分之五。"),
                (2, "二、", 3, "完成农房改造三百户。"), (2, "二、", 4, "新改建农村公路五十公里。")]
    assert rows(whole) == expected
    assert rows(broken) == expected
    assert [m.lead_cells for m in broken.measures][1] == ("区商务局",)


def test_a_continued_piece_still_sews_the_rest_of_a_cut_row():
    """The rest of a row cut by the break (no label in its task cell) is still sewn on."""
    cut = [_task("2.外贸出口增长", "李某", "区商务局"), _task("百分之五。", "", "")]
    broken = parse_html("<table>" + TASK_HEAD + "".join(FIRST[:2] + cut[:1]) + "</table><p>续表</p><table>"
                        + TASK_HEAD + "".join(cut[1:] + SECOND) + "</table>")
    assert [m.text for m in broken.measures][:2] == ["固定资产投资增长百分之八。", "外贸出口增长百分之五。"]
    assert len(broken.measures) == 4
