"""A text-bl reading of a table's rows keeps the item readings out (candidates._table_rows_first), and a
letterless page's line about it names its issuer with a second sign in brackets (layout.issuer.signs).

Holdout cellparas-xiangshan-2024-2 (batch 72): a bureau's quarterly table pasted one cell a paragraph, its
任务分解 and 进展情况 cells numbering their own steps (1.…。2.…。), read before as 6 verb items under the lead
cells taken for units' headings."""
from extractor.layout.issuer import signs
from extractor.layout.locate import locate_content
from extractor.parse.candidates import Candidate, ITEM_FORMS, choose
from extractor.models import DraftMeasure, ParsedTable
from extractor.parse.forms import parse_body
from extractor.text import vocab
from extractor.source.decode import decode_bytes

from conftest import make_raw

HEADER = ("任务项", "重点工作内容", "牵头责任单位", "四季度任务分解", "四季度进展情况", "完成状况")
ROWS = (
    ("1", "推进甲项工作，做好乙项整治。", "区甲大队及街道乙中队", "1.确定示范道路。2.开展集中治理。",
     "1.召开推进会。2.清理死角40处。", "已完成"),
    ("2", "持续推进丙项工作。", "区丙所", "开展督查考核1次。", "开展督查考核1次。", "已完成"),
    ("3", "加强丁项巡查管控。", "区丁大队", "1.每周巡查2次。2.依法拆除。", "巡查52次。", "已完成"),
)


def _page(header=HEADER):
    cells = [*header, *(c for row in ROWS for c in row)]
    return ("<html><body><h1>某区某局2024年第四季度重点工作任务完成情况</h1><div class='content'>"
            + "".join(f"<p>{c}</p>" for c in cells) + "</div></body></html>")


def _parsed(page):
    return parse_body(locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="p.html"))))


def test_a_table_pasted_one_cell_a_paragraph_is_read_by_its_rows():
    parsed = _parsed(_page())
    assert [(d.measure_no, d.text, d.lead_cells, d.form) for d in parsed.measures] == [
        (1, "推进甲项工作，做好乙项整治。", ("区甲大队及街道乙中队",), "text-bl"),
        (2, "持续推进丙项工作。", ("区丙所",), "text-bl"),
        (3, "加强丁项巡查管控。", ("区丁大队",), "text-bl")]


def _draft(no, form, lead=("甲局",)):
    return DraftMeasure(section=None, measure_no=no, text=f"第{no}项", lead_cells=lead, support_cells=(),
                        deadline=None, form=form)


def test_rows_keep_item_readings_out_only_when_every_row_is_read_whole():
    rows = Candidate("text-bl", 5, ParsedTable(measures=tuple(_draft(n, "text-bl") for n in (1, 2, 3))))
    items = Candidate("inline-verb", 11, ParsedTable(measures=tuple(_draft(n, "inline-verb") for n in (1, 2, 1, 2, 1))))
    assert [d.form for d in choose(None, [rows, items]).measures] == ["text-bl"] * 3
    # a row losing its units, or a number lost between rows, proves no table: the score decides, as before
    gap = Candidate("text-bl", 5, ParsedTable(measures=tuple(_draft(n, "text-bl") for n in (1, 2, 4))))
    assert [d.form for d in choose(None, [gap, items]).measures] == ["inline-verb"] * 5
    bare = Candidate("text-bl", 5, ParsedTable(measures=(_draft(1, "text-bl"), _draft(2, "text-bl", lead=()),
                                                         _draft(3, "text-bl"))))
    assert [d.form for d in choose(None, [bare, items]).measures] == ["inline-verb"] * 5
    assert "text-bl" not in ITEM_FORMS and "text-pipe" not in ITEM_FORMS


def test_a_name_closed_by_its_second_sign_signs():
    voc = vocab()["metadata"]
    assert signs("相山区城市管理局（区城市管理行政执法局）", voc)
    assert signs("某县应急管理局(安委办)", voc)
    assert not signs("（此件公开发布）", voc)
    assert not signs("某某工作（第二批）", voc)
