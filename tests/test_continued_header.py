"""A table that goes on over a page prints its header again, and a copy may print that second
header otherwise than the first: in traditional characters (a mirror converted part of the
page), letter-spaced to the column's width, or with a space inside a word.  The header printed
again is compared as its words read (white space and traditional characters aside, as
``role_of`` reads header words), in every form a table reaches us in: the pieces of an HTML
page (续表 between two <table>s), an attachment's pieces (a Word table cut at a page break, a
PDF's pages), and text copies (a TAB or bar copy, pdftotext's layout, a pipe dump).  Before,
the pieces were compared as printed: the second piece became a table of its own and its rows
under a blank (merged-down) category cell lost their section, or a text copy's header printed
again was taken for a row, or ended the table."""
from __future__ import annotations

import opencc
import pytest

from extractor.engine.extract import extract_file
from extractor.layout.locate import locate_content
from extractor.parse.forms import join_continued, parse_body
from extractor.parse.grid import Cell
from extractor.source.decode import decode_bytes

from conftest import make_raw

_S2T = opencc.OpenCC("s2t").convert

HEADER = ("类别", "序号", "重点工作", "牵头单位", "协办单位", "完成时间")
ROWS = [("一、稳定就业", "1", "新增城镇就业三千人。", "区人社局", "区财政局", "每季度"),
        ("", "2", "开展职业技能培训两万人次。", "区人社局", "区教育局", "年底前"),
        ("二、扩大投资", "3", "新开工重大项目二十个。", "区发改局", "", "年底前")]


def _spaced(word: str) -> str:
    return " ".join(word) if len(word) == 2 else word


#: how the header printed again may differ from the first one
AGAIN = {
    "printed alike": lambda names: names,
    "traditional": lambda names: tuple(_S2T(n) for n in names),
    "half traditional": lambda names: tuple(_S2T(n) if k % 2 else n for k, n in enumerate(names)),
    "spaced": lambda names: tuple(_spaced(n) for n in names),
    "first kept, rest traditional": lambda names: names[:1] + tuple(_S2T(n) for n in names[1:]),
}


def _parse(text: str, path: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path=path))))


def _rows(parsed):
    return [(m.section.no if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells)
            for m in parsed.measures]


WANT = [(1, 1, "新增城镇就业三千人。", ("区人社局",), ("区财政局",)),
        (1, 2, "开展职业技能培训两万人次。", ("区人社局",), ("区教育局",)),
        (2, 3, "新开工重大项目二十个。", ("区发改局",), ())]


def _tr(cells) -> str:
    return "<tr>" + "".join(f"<td>{c or '&nbsp;'}</td>" for c in cells) + "</tr>"


@pytest.mark.parametrize("again", AGAIN)
def test_an_html_table_cut_by_hand_goes_on_under_its_header_printed_otherwise(again):
    """续表 between two <table>s, the second printing the header again otherwise: the rows
    under its blank category cell keep the section the first piece opened."""
    page = ("<html><head><meta charset='utf-8'></head><body><div class='content'>"
            "<p>某区2021年重点工作任务分解表</p>"
            f"<table>{_tr(HEADER)}{_tr(ROWS[0])}</table><p>续表</p>"
            f"<table>{_tr(AGAIN[again](HEADER))}{_tr(ROWS[1])}{_tr(ROWS[2])}</table></div></body></html>")
    assert _rows(_parse(page, "p.html")) == WANT


@pytest.mark.parametrize("again", AGAIN)
def test_a_caption_row_printed_again_otherwise_is_no_other_list(again):
    """Both pieces print the table's title in a row across the table over the header; the second
    prints both otherwise: still the first table's rest, not another list."""
    caption = "某区重点工作任务分解表"
    first = f"<tr><td colspan='6'>{caption}</td></tr>{_tr(HEADER)}{_tr(ROWS[0])}"
    second = (f"<tr><td colspan='6'>{AGAIN[again]((caption,))[0]}</td></tr>{_tr(AGAIN[again](HEADER))}"
              f"{_tr(ROWS[1])}{_tr(ROWS[2])}")
    page = ("<html><head><meta charset='utf-8'></head><body><div class='content'>"
            f"<table>{first}</table><table>{second}</table></div></body></html>")
    assert _rows(_parse(page, "p.html")) == WANT


def _grid(rows):
    return [[Cell((t,) if t else (), (r, c)) for c, t in enumerate(row)] for r, row in enumerate(rows)]


@pytest.mark.parametrize("again", AGAIN)
@pytest.mark.parametrize("form", ["pdf-table", "docx-table"])
def test_an_attachments_piece_under_its_header_printed_otherwise_continues_the_table(again, form):
    """A PDF's next page, or a Word table cut at a page break, printing the header again
    otherwise: one table, the header printed again no row."""
    first = _grid([HEADER, ROWS[0]])
    rest = _grid([AGAIN[again](HEADER), ROWS[1], ROWS[2]])
    tables, left_out = join_continued([(first, form), (rest, form)])
    assert left_out == 0 and len(tables) == 1
    assert [[c.text for c in row] for row in tables[0][0]][1:] == [list(r) for r in ROWS]


def test_a_word_table_cut_at_a_page_break_goes_on_under_a_traditional_header(tmp_path):
    """The same end to end from a .docx: the second table's header in traditional characters,
    its category cell blank; the row under it keeps section 一."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    doc = Document()
    doc.add_paragraph("某区2021年重点工作任务分解表")
    for k, rows in enumerate([[HEADER, ROWS[0]], [AGAIN["traditional"](HEADER), ROWS[1], ROWS[2]]]):
        if k:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        table = doc.add_table(rows=len(rows), cols=len(HEADER))
        for row, texts in zip(table.rows, rows):
            for cell, text in zip(row.cells, texts):
                cell.text = text
    path = doc.save(tmp_path / "分解表.docx") or tmp_path / "分解表.docx"
    notice = extract_file(path)
    assert [(m.section_no, m.measure_no, m.text) for m in notice.measures] == [w[:3] for w in WANT]


# --- text copies ---

TEXT_HEADER = ("序号", "重点工作", "牵头单位", "完成时间", "备注")
SECTIONS = [("一、稳定就业", "1", "新增城镇就业三千人。", "区人社局", "每季度", ""),
            ("二、扩大投资", "1", "新开工重大项目二十个。", "区发改局", "年底前", "省定"),
            ("三、改善民生", "1", "新建中小学校两所。", "区教育局", "年底前", "")]
TEXT_WANT = [(1, 1, "新增城镇就业三千人。", ("区人社局",), ()), (2, 1, "新开工重大项目二十个。", ("区发改局",), ()),
             (3, 1, "新建中小学校两所。", ("区教育局",), ())]
_COVER = "关于印发某区重点工作任务分解方案的通知\n各街道办事处，区政府各部门：\n现将方案印发给你们，请认真贯彻落实。\n"


def _per_section(cells, again) -> str:
    """One table per section, each under its heading, the header printed again in each: the
    later ones ``again``."""
    lines = []
    for k, (heading, *row) in enumerate(SECTIONS):
        lines += [heading, cells(TEXT_HEADER if k == 0 else AGAIN[again](TEXT_HEADER)), cells(row)]
    return _COVER + "\n".join(lines) + "\n"


@pytest.mark.parametrize("again", AGAIN)
@pytest.mark.parametrize("form", ["tab", "bar"])
def test_a_text_copy_printing_the_header_again_otherwise_under_each_heading(again, form):
    """A TAB or bar copy laid out one table per section: the header printed again under each
    heading (otherwise) still counts, so the first heading heads the first table too."""
    cells = {"tab": lambda c: "\t".join(c), "bar": lambda c: "| " + " | ".join(c) + " |"}[form]
    assert _rows(_parse(_per_section(cells, again), "n.txt")) == TEXT_WANT


@pytest.mark.parametrize("again", AGAIN)
def test_a_pdftotext_copy_printing_the_header_again_otherwise_under_each_heading(again):
    widths = (6, 26, 12, 10, 6)

    def cells(texts):
        from extractor.text import display_width
        return "  ".join(t + " " * (w - display_width(t)) for t, w in zip(texts, widths)).rstrip()
    assert _rows(_parse(_per_section(cells, again), "n.txt")) == TEXT_WANT


@pytest.mark.parametrize("again", AGAIN)
def test_a_tab_copy_after_a_continued_mark_skips_its_header_printed_otherwise(again):
    """续表, then the header again otherwise (备注, a column no vocabulary names, in traditional
    characters too): no row, and the rows after it keep their section."""
    body = [("一、稳定就业",) + ROWS[0][1:], ROWS[1], ROWS[2]]
    text = (_COVER + "某区重点工作任务分解表\n" + "\t".join(HEADER + ("备注",)) + "\n" + "\t".join(body[0] + ("",))
            + "\n续表\n" + "\t".join(AGAIN[again](HEADER + ("备注",))) + "\n"
            + "\n".join("\t".join(r + ("省定",)) for r in body[1:]) + "\n")
    assert _rows(_parse(text, "n.txt")) == WANT


@pytest.mark.parametrize("again", AGAIN)
def test_a_space_separated_copy_goes_on_after_its_header_printed_otherwise(again):
    """Rows one a line split by single spaces (not laid out in columns): 续表 and the header
    printed again otherwise do not end the table."""
    header = "序号 重点工作 牵头单位 完成时间"
    again_line = " ".join(AGAIN[again](tuple(header.split())))
    text = (_COVER + "某区重点工作任务分解表\n" + header + "\n一、稳定就业\n1 新增城镇就业三千人。 区人社局 每季度\n"
            "续表\n" + again_line + "\n2 开展职业技能培训两万人次。 区人社局 年底前\n")
    assert [(s, n, t) for s, n, t, *_ in _rows(_parse(text, "n.txt"))] == [
        (1, 1, "新增城镇就业三千人。"), (1, 2, "开展职业技能培训两万人次。")]


@pytest.mark.parametrize("again", AGAIN)
def test_a_pipe_dump_printing_the_header_again_otherwise_under_each_heading(again):
    """A portal's text dump, one cell a line ending in `` |``, one table per section: the header
    printed again (otherwise) under each heading is dropped and every heading heads its table."""
    assert _rows(_parse(_per_section(lambda c: "\n".join(f"{t} |" for t in c), again), "n.txt")) == TEXT_WANT


def test_a_tab_copy_printing_both_rows_of_its_two_level_header_again_keeps_its_task_column():
    """A TAB copy of a Word table whose 责任单位 is merged over 牵头单位 and 配合单位 prints both header rows
    (the first with an empty cell after 责任单位, the second only the two unit words) again after a page
    break.  The header printed again says nothing of what a column holds: 主要任务 holds the tasks and the
    类别 column groups them (tableheader._without_header_again; blindsynth session 56 cause 5, bs7220).
    Before, the 类别 column, showing the header's word among its cells, read as no column of groups and
    its cells were taken for the tasks."""
    head = ["类别\t序号\t主要任务\t责任单位\t\t完成时限", "\t\t\t牵头单位\t配合单位\t"]
    lines = ["某区2024年民生项目任务分工", *head,
             "一、稳定就业\t1\t新增城镇就业三千人。\t区人社局\t区财政局\t年底前",
             "\t2\t开展职业技能培训两万人次。\t区人社局\t区教育局\t年底前",
             "", "第1页，共2页", "", "续表", *head,
             "二、扩大投资\t3\t新开工重大项目二十个。\t区发改局\t区财政局\t年底前",
             "\t4\t完成老旧小区改造十个。\t区住建局\t区财政局\t年底前"]
    got = _rows(_parse("\n".join(lines) + "\n", "n.txt"))
    assert [(s, n, t) for s, n, t, *_ in got] == [
        (1, 1, "新增城镇就业三千人。"), (1, 2, "开展职业技能培训两万人次。"),
        (2, 3, "新开工重大项目二十个。"), (2, 4, "完成老旧小区改造十个。")]
