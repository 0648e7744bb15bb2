"""A PDF's table pasted as text, each cell its own run of lines cut at its column's width (session 69).

Holdout pdfwrapcells-zhejiang (batch 112) is page 13 of a split copy of such a paste: the header once on one line,
every cell of a row one after another with nothing between them, each cut at the column's width inside words and
unit names, no row number.  No form read a row of it (its 35 metamorphic pairs were strict xfails).  The cells are
now told apart by their widths (``parse/pdfcells.py``), and only where no other form reads a row.
"""
from extractor.engine.extract import extract_raw
from extractor.models import Located
from extractor.parse.pdfcells import cell_runs, font_width, parse_pdf_cells, pdf_header

from conftest import make_raw

#: a page of a PDF's table: a row begun on the page before closes (its task's rest, its unit), the page number, the
#: header again, then three rows cut at 8, 12 and 7 characters a line
PAGE = [
    "加快物流园区建设",
    "县商务局",
    "12",
    "序号 工作内容 具体任务 责任单位",
    "完善农村道路养护", "机制",
    "推进县乡道路日常养护，落", "实养护资金保障办法",
    "县交通运输局、", "县财政局",
    "加强客运站安全管", "理",
    "开展客运站消防安全检查，", "整治站内违规经营行为",
    "县交通运输局、", "县应急管理局",
    "推动城乡公交一体", "化",
    "新开通城乡公交线路，更新", "一批新能源公交车",
    "县交通运输局",
    "提升农村物流服务", "水平",
    "建设县乡村三级物流节点，",
]


def _parse(lines):
    return parse_pdf_cells(Located(decoded=None, lines=tuple(lines)))


def test_a_header_on_one_line_names_a_task_column_and_a_unit_column_last():
    assert pdf_header("序号 工作内容 具体任务 责任单位") == ["序号", "工作内容", "具体任务", "责任单位"]
    assert pdf_header("序号 责任单位 具体任务") is None        # the unit column is not the last
    assert pdf_header("推进县乡道路日常养护 县交通运输局 县财政局") is None   # words no header names


def test_widths_part_the_cells():
    cells = cell_runs(PAGE[4:10])
    assert cells == [["完善农村道路养护", "机制"], ["推进县乡道路日常养护，落", "实养护资金保障办法"],
                     ["县交通运输局、", "县财政局"]]


def test_digits_and_marks_measure_alike_full_width_or_ascii():
    assert font_width("剑网２０１６，") == font_width("剑网2016,") == font_width("剑网2016，")


def test_the_rows_under_the_header_are_read_and_the_cut_ones_are_not():
    parsed = _parse(PAGE)
    assert parsed is not None
    got = [(d.measure_no, d.text, d.lead_cells) for d in parsed.measures]
    assert [g[0] for g in got] == [1, 2, 3]
    assert got[0][1] == "推进县乡道路日常养护，落实养护资金保障办法"
    assert "".join(got[1][2]) == "县交通运输局、县应急管理局"
    assert got[2][1] == "新开通城乡公交线路，更新一批新能源公交车"
    # the short name of each task is kept beside it, no section
    assert all(d.section is None for d in parsed.measures)


def test_rows_printing_unlike_counts_of_cells_are_no_such_table():
    lines = PAGE[:10] + PAGE[12:]   # row 2 prints no 工作内容 cell: its task would be read under the wrong column
    assert _parse(lines) is None


def test_a_column_of_unlike_widths_is_no_such_table():
    lines = list(PAGE)
    at = lines.index("开展客运站消防安全检查，")
    lines[at:at + 2] = ["开展客运站消防安全", "检查，整治站内违规", "经营行为"]   # row 2's task cut at 9, not 12
    assert _parse(lines) is None


def test_a_page_of_such_cells_gives_its_rows(resolver):
    page = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in PAGE) + "</body></html>"
    notice = extract_raw(make_raw(page.encode("utf-8"), path="cells.html"), resolver)
    assert [m.measure_no for m in notice.measures] == [1, 2, 3]
    assert [r.name for r in notice.measures[1].lead] == ["县交通运输局", "县应急管理局"]
