"""Attachment readers (extractor/source/office): the seed's table in every format,
merged cells, pages, and the safety limits.

The .docx/.xlsx are built here from the seed's hand-checked expected.json
(tests/officekit.py); the .doc, .xls and .pdf were made from them once by
LibreOffice (tests/attachments/make_fixtures.py).  Each must give the 53
measures of expected.json exactly.
"""
from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest

import officekit
from extractor.engine.extract import extract_file
from extractor.models import ExtractorError
from extractor.parse.grid import Cell
from extractor.source.office import limits, sniff_kind
from extractor.source.office.convert import soffice_path
from extractor.source.office.sheets import read_xlsx, sheet_grid, shown_date

ATTACHMENTS = Path(__file__).parent / "attachments"
SEED = "seed-dongguan-2014-75"
#: CI installs LibreOffice (the Makefile, as root); only a developer's machine may skip these
needs_soffice = pytest.mark.skipif(soffice_path() is None and not os.environ.get("CI"),
                                   reason="LibreOffice (soffice) is not installed (make test installs it as root)")


@pytest.fixture(scope="session")
def gold():
    return officekit.load_gold(SEED)


@pytest.fixture(scope="session")
def made(tmp_path_factory, gold):
    """The attachments built in the test session, by kind."""
    tmp = tmp_path_factory.mktemp("office")
    return {
        "docx": officekit.build_docx(gold, tmp / f"{SEED}.docx"),
        "split.docx": officekit.build_docx(gold, tmp / f"{SEED}-split.docx", split_after=10),
        "xlsx": officekit.build_xlsx(gold, tmp / f"{SEED}.xlsx"),
    }


@pytest.fixture(scope="session")
def seed_notices(made, resolver):
    """The seed notice read from each format, once per session (the .doc costs a LibreOffice run)."""
    cache: dict[str, object] = {}

    def get(kind: str):
        if kind not in cache:
            path = made.get(kind) or ATTACHMENTS / f"{SEED}.{kind}"
            cache[kind] = extract_file(path, resolver)
        return cache[kind]
    return get


def measure_fields(notice) -> list[dict]:
    return [{"measure_no": m.measure_no, "section_no": m.section_no, "text": m.text,
             "lead": [a.name for a in m.lead], "support": [a.name for a in m.support], "deadline": m.deadline}
            for m in notice.measures]


KINDS = ["docx", "xlsx", "xls", "pdf", pytest.param("doc", marks=needs_soffice)]


@pytest.mark.parametrize("kind", KINDS)
def test_the_seed_table_in_each_format_gives_its_53_measures(kind, seed_notices, gold):
    notice = seed_notices(kind)
    assert measure_fields(notice) == gold["measures"]
    assert len(notice.measures) == 53
    assert {m.form for m in notice.measures} == {f"{kind}-table"}
    assert [(s.no, s.label, s.title) for s in notice.sections] == [
        (s["no"], s["label"], s["title"]) for s in gold["sections"]]
    assert notice.source.format == kind


@pytest.mark.parametrize("kind", KINDS)
def test_an_attachment_alone_takes_its_title_lines(kind, seed_notices, gold):
    notice = seed_notices(kind)
    assert notice.table_title == gold["table_title"]
    assert notice.doc_number is None        # the attachment does not print one
    assert notice.city == "东莞市"          # from the title, so 市-names resolve in Dongguan
    assert not [r for m in notice.measures for r in (*m.lead, *m.support) if r.match == "unresolved"]


def test_a_table_cut_in_two_with_the_header_repeated_is_one_table(seed_notices, gold):
    # the second table repeats the header and leaves the section cell of the
    # group it continues empty (measures 11-12 are in section 2, begun above)
    notice = seed_notices("split.docx")
    assert measure_fields(notice) == gold["measures"]
    assert [m.section_no for m in notice.measures[9:12]] == [2, 2, 2]


def test_the_pdf_fixture_has_the_shapes_it_is_meant_to_test():
    import pdfplumber

    with pdfplumber.open(ATTACHMENTS / f"{SEED}.pdf") as pdf:
        firsts = [p.find_tables()[0].extract()[0] for p in pdf.pages]
        page2 = pdf.pages[1].find_tables()[0].extract()
    assert len(firsts) > 2 and all(r == list(officekit.HEADER) for r in firsts)   # header on every page
    assert page2[1][1] and not page2[1][1][0].isdigit()   # page 2 opens with the rest of a cut row
    assert page2[2][0] is None                           # a section cell merged down


def test_pdf_unit_names_wrapped_at_the_cell_edge_are_joined(seed_notices):
    # 人民银行东莞市中心支行 wraps after 东莞市中 in its narrow column
    names = {r.name for m in seed_notices("pdf").measures for r in (*m.lead, *m.support)}
    assert "人民银行东莞市中心支行" in names and "心支行" not in names


def test_docx_merges_become_copies_that_know_they_are_copies(made):
    from extractor.source.office.docx import read_docx

    blocks = read_docx(made["docx"].read_bytes())
    assert blocks[:2] == ["附件", "东莞市建设金融、科技、产业融合创新综合试验区责任分工表"]
    grid = blocks[2]
    assert [c.text for c in grid[0]] == list(officekit.HEADER)
    top, below = grid[1][0], grid[2][0]
    assert top.text == "(一)构建依托于金融科技产业融合的产业体系" and not top.row_copy
    assert below.row_copy and below.origin == top.origin and below.text == top.text
    assert grid[1][2].parts == ("市发改局", "市经信局", "市科技局")   # one unit a line


def test_sheet_grid_expands_merged_ranges():
    values = [["标题", "", ""], ["甲", "乙", "丙"], ["组一", "1、做", "市商务局\n市财政局"], ["", "2、再做", ""]]
    grid = sheet_grid(values, [(0, 0, 0, 2), (2, 3, 0, 0)])
    assert [(c.text, c.row_copy, c.col_copy) for c in grid[0]] == [
        ("标题", False, False), ("标题", False, True), ("标题", False, True)]
    assert (grid[3][0].text, grid[3][0].row_copy) == ("组一", True)
    assert grid[2][2].parts == ("市商务局", "市财政局")


@pytest.mark.parametrize("fmt, shown", [
    ('yyyy"年"m"月"d"日"', "2022年6月30日"),        # quoted literals
    ("yyyy\\年m\\月d\\日", "2022年6月30日"),      # escaped literals, as a BIFF file keeps them
    ("[$-804]yyyy年m月d日;@", "2022年6月30日"),      # a locale tag, a text section
    ("yyyy/mm/dd", "2022/06/30"),
    ("yy.m.d", "22.6.30"),
    ("mmm-yy", None), ("h:mm", None), ("yyyy-m-d h:mm", None),   # names, times: no date text of ours
    ('[DBNum1]yyyy"年"m"月"d"日"', None),                       # 二〇二二年六月三十日 in Excel
])
def test_a_date_cell_prints_as_its_number_format_shows_it(fmt, shown):
    import datetime as dt

    assert shown_date(dt.datetime(2022, 6, 30), fmt) == shown


def test_xlsx_date_cells_read_as_excel_shows_them(tmp_path):
    """A 完成时限 cell holding a date shows what its format says (2022年6月30日); a date under
    a built-in format (shown in the reader's locale) stays ISO."""
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["序号", "工作任务", "牵头单位", "完成时限"])
    ws.append([1, "推进第一项工作。", "市商务局", dt.datetime(2022, 6, 30)])
    ws.append([2, "推进第二项工作。", "市财政局", dt.datetime(2022, 12, 31)])
    ws["D2"].number_format = 'yyyy"年"m"月"d"日"'
    ws["D3"].number_format = "mm-dd-yy"   # built-in 14
    data = io.BytesIO()
    book.save(data)
    grid = read_xlsx(data.getvalue())[0]
    assert [row[3].text for row in grid] == ["完成时限", "2022年6月30日", "2022-12-31"]


def test_a_page_saved_under_an_office_name_goes_to_the_html_path():
    assert sniff_kind("附件.doc", "<html><body><table><tr><td>x</td></tr></table>".encode()) is None


#: a Word RTF table (RTF is how many portals' ".doc" files really are): a section cell
#: merged down (\clvmgf, \clvmrg) and two units on lines of one cell (\line)
RTF_DOC = r"""{\rtf1\ansi\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}}
\pard\plain \uc1 \u38468?\u20214?\par
\trowd\cellx1500\cellx5000\cellx7000\cellx9000
\pard\intbl \u30446?\u26631?\u20219?\u21153?\cell \u24037?\u20316?\u25514?\u26045?\cell \u29301?\u22836?\u21333?\u20301?\cell \u37197?\u21512?\u21333?\u20301?\cell\row
\trowd\clvmgf\cellx1500\cellx5000\cellx7000\cellx9000
\pard\intbl (\u19968?)\u21019?\u26032?\cell 1\u12289?\u20570?\u30002?\u12290?\cell \u24066?\u21830?\u21153?\u23616?\line \u24066?\u36130?\u25919?\u23616?\cell \cell\row
\trowd\clvmrg\cellx1500\cellx5000\cellx7000\cellx9000
\pard\intbl \cell 2\u12289?\u20570?\u20057?\u12290?\cell \u24066?\u31246?\u21153?\u23616?\cell \u24066?\u31185?\u25216?\u23616?\cell\row
\pard\par}"""


@needs_soffice
def test_an_rtf_saved_as_doc_goes_through_libreoffice(tmp_path):
    path = tmp_path / "fengong.doc"
    path.write_text(RTF_DOC, encoding="ascii")
    notice = extract_file(path)
    assert [(m.form, m.section_no, m.measure_no, m.text, [a.name for a in m.lead], [a.name for a in m.support])
            for m in notice.measures] == [
        ("rtf-table", 1, 1, "做甲。", ["市商务局", "市财政局"], []),
        ("rtf-table", 1, 2, "做乙。", ["市税务局"], ["市科技局"])]
    assert [(s.label, s.title) for s in notice.sections] == [("(一)", "创新")]


# --- safety -------------------------------------------------------------------------

def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def bad(path: Path) -> str:
    with pytest.raises(ExtractorError) as err:
        extract_file(path)
    return str(err.value)


def test_zip_bomb_ratio(tmp_path):
    # 20 MB of one byte deflates to about 20 KB: 1000x, over MAX_ZIP_RATIO
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b" " * (20 << 20)}))
    assert "zip bomb" in bad(bomb) and "expands" in bad(bomb)


def test_zip_bomb_total_size(tmp_path, made, monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNZIPPED_BYTES", 10_000)
    assert "zip bomb? expands to" in bad(made["xlsx"])


def test_encrypted_docx(tmp_path, made):
    from msoffcrypto.format.ooxml import OOXMLFile

    locked = tmp_path / "locked.docx"
    with made["docx"].open("rb") as f, locked.open("wb") as out:
        OOXMLFile(f).encrypt("secret", out)
    assert bad(locked) == "encrypted (password-protected) Office document"


def test_encrypted_pdf():
    assert bad(ATTACHMENTS / "encrypted.pdf") == "encrypted (password-protected) PDF"


def test_a_pdf_without_text_is_named_as_a_scan(tmp_path):
    # one page whose content is a filled rectangle, as a scanned page holds only an image
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
               b"<< /Length 21 >>\nstream\n10 10 100 100 re f\nendstream"]
    body, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(body)
    assert bad(scan) == "PDF without a text layer (a scan?): reading it would need OCR"


def test_pdf_page_cap(monkeypatch):
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 3)
    assert "exceeds the 3-page cap" in bad(ATTACHMENTS / f"{SEED}.pdf")


@pytest.mark.parametrize("name, data, reason", [
    ("garbled.docx", b"\x00\x01binary" * 100, "not a readable .docx file"),
    ("cut.docx", None, "not a readable Office (ZIP) file"),
    ("cut.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "damaged OLE2"),
    ("scan.pdf", b"%PDF-1.4\n\x00garbage\x00" * 40, "not a readable PDF"),
])
def test_damaged_files_are_named_with_the_reason(tmp_path, made, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data if data is not None else made["docx"].read_bytes()[:3000])
    assert reason in bad(path)


def test_missing_libreoffice_names_the_tool(monkeypatch):
    from extractor.source.office import convert

    monkeypatch.setattr(convert, "soffice_path", lambda: None)
    message = bad(ATTACHMENTS / f"{SEED}.doc")
    assert "needs LibreOffice (soffice) to read .doc files" in message and "apt-get install" in message


def test_a_bad_attachment_in_a_batch_is_named_and_the_rest_kept(tmp_path, made):
    from test_cli import extractor

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(made["xlsx"], raw / "good.xlsx")
    shutil.copy(ATTACHMENTS / "encrypted.pdf", raw / "locked.pdf")
    (raw / "bomb.docx").write_bytes(_zip({"word/document.xml": b" " * (20 << 20)}))
    (raw / "garbled.xls").write_bytes(b"\x00\x01" * 500)
    res = extractor("run", raw, "--out", tmp_path / "out")
    assert res.returncode == 1
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("extractor: error:")]
    assert len(errors) == 3
    assert any("locked.pdf: encrypted" in ln for ln in errors)
    assert any("bomb.docx: zip bomb?" in ln for ln in errors)
    assert any("garbled.xls: not a readable .xls file" in ln for ln in errors)
    assert "Traceback" not in res.stderr
    import json
    notices = json.loads((tmp_path / "out" / "notices.json").read_text(encoding="utf-8"))
    assert [len(n["measures"]) for n in notices] == [53]


def _grid(rows):
    return [[Cell(tuple(t.split("/")) if t else (), (r, c)) for c, t in enumerate(row)] for r, row in enumerate(rows)]


def test_pieces_join_a_cut_row_is_sewn_and_a_stray_piece_is_named():
    from extractor.models import Decoded, Located
    from extractor.parse.forms import parse_attachment_grids
    from conftest import make_raw

    header = ["工作任务", "牵头单位", "配合单位"]
    page1 = _grid([header, ["1、做甲", "市商务局", ""], ["2、做乙的前", "市税务局/市财", ""]])
    page2 = _grid([header, ["半句。", "政局", "市科技局"], ["3、做丙。", "市教育局", ""]])
    stray = _grid([["附注", "一", "二", "三"], ["甲", "乙", "丙", "丁"]])
    raw = make_raw(b"x", "t.pdf")
    located = Located(Decoded(raw, "", "", "pdf"), (), grids=((page1, "pdf-table"), (page2, "pdf-table"),
                                                          (stray, "pdf-table")))
    parsed = parse_attachment_grids(located)
    assert [(d.measure_no, d.text, d.lead_cells, d.support_cells) for d in parsed.measures] == [
        (1, "做甲", ("市商务局",), ()), (2, "做乙的前半句。", ("市税务局", "市财政局"), ("市科技局",)),
        (3, "做丙。", ("市教育局",), ())]
    assert parsed.warnings == ("1 table piece(s) without a header row, with other columns than the table "
                               "before them, were left out (a page of the table read differently?)",)


def test_profiles_of_gone_processes_are_removed(tmp_path, monkeypatch):
    import tempfile

    from extractor.source.office import convert

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    gone = tmp_path / f"{convert.PROFILE_PREFIX}{2 ** 22 + 7}-abc"   # above the largest pid Linux allows (2**22)
    mine = tmp_path / f"{convert.PROFILE_PREFIX}{os.getpid()}-abc"
    gone.mkdir()
    mine.mkdir()
    convert._remove_orphan_profiles()
    assert not gone.exists() and mine.exists()


def test_a_pdf_cell_line_wrapped_before_a_character_and_its_comma_runs_on():
    """Writers never start a line with 、: ``县财政局、县住建局`` in a cell with room for one
    more character after 县财政 wraps as 县财政 / 局、县住 / 建局, leaving room that looks
    like a line break's.  The next line's first character with its 、 would not have fitted:
    the line ran on.  Units one a line (next line 县住建局) keep their breaks."""
    from extractor.source.office.pdf import _parts

    def line(text, top, x=5.5):
        return [{"text": ch, "x0": x + 18 * i, "x1": x + 18 * (i + 1), "top": top, "size": 18}
                for i, ch in enumerate(text)]
    box = (0, 0, 91, 100)   # room for 4.7 characters after the padding: 3 + 1.7 left
    assert _parts([line("县财政", 0), line("局、县住", 20), line("建局", 40)], box, 5.5) == ("县财政局、县住建局",)
    assert _parts([line("县财政局", 0), line("县住建局", 20)], (0, 0, 120, 100), 5.5) == ("县财政局", "县住建局")
    assert _parts([line("县财政", 0), line("县住建局", 20)], box, 5.5) == ("县财政", "县住建局")


def test_a_lead_mark_wrapped_to_open_the_next_cell_line_stays_with_its_name():
    """``市发展改革委（牵头）、市经…`` in a cell with room for two more characters after the
    name: the writer will not cut the bracket group （牵头） and moves it whole to the next
    line, leaving room that looks like a line break's.  The group with its 、 would not
    have fitted: the line ran on, and the mark follows the name it marks.  With room for
    the group it was a line break; a bracket that does not close soon is no such group."""
    from extractor.source.office.pdf import _parts

    def line(text, top, x=5.5):
        return [{"text": ch, "x0": x + 18 * i, "x1": x + 18 * (i + 1), "top": top, "size": 18}
                for i, ch in enumerate(text)]
    box = (0, 0, 158, 100)   # room for 8.2 characters after the padding: 6 + 2.2 left
    assert _parts([line("市发展改革委", 0), line("（牵头）、市经", 20), line("济和信息化局", 40)], box, 5.5) == \
        ("市发展改革委（牵头）、市经济和信息化局",)
    wide = (0, 0, 260, 100)
    assert _parts([line("市发展改革委", 0), line("（牵头）", 20)], wide, 5.5) == ("市发展改革委", "（牵头）")
    assert _parts([line("市发展改革委", 0), line("（负责全市统筹）", 20)], box, 5.5) == \
        ("市发展改革委", "（负责全市统筹）")


def test_a_list_of_names_broken_where_the_line_is_full_stays_two_names():
    """A cell listing its units with spaces or one a paragraph, whose name ends at the cell's
    edge: the next name starts the next line, and the position alone reads a wrap.  Two whole
    names (or a name and a group) whose join names nothing are kept apart, as is a line that
    printed a space last (pdfplumber keeps it); a name cut by the width still joins."""
    from extractor.source.office.pdf import _parts

    def line(text, top, x=5.5):
        return [{"text": ch, "x0": x + 18 * i if ch != " " else x + 18 * i, "x1": x + 18 * (i + 1), "top": top,
                 "size": 18} for i, ch in enumerate(text)]
    box = (0, 0, 120, 100)   # room for 6.1 characters after the padding
    assert _parts([line("市生态环境局", 0), line("市直各有关单位", 20)], box, 5.5) == ("市生态环境局 市直各有关单位",)
    assert _parts([line("交通运输局", 0), line("人社局", 20)], (0, 0, 102, 100), 5.5) == ("交通运输局 人社局",)
    assert _parts([line("交通运输局", 0), line("坊子区人民", 20), line("政府", 40)], (0, 0, 102, 100), 5.5) == \
        ("交通运输局 坊子区人民政府",)
    assert _parts([line("市工业和信息", 0), line("化局", 20)], box, 5.5) == ("市工业和信息化局",)
    assert _parts([line("各县（市、区", 0), line("）人民政府", 20)], box, 5.5) == ("各县（市、区）人民政府",)
    assert _parts([line("党政办 ", 0), line("财政所", 20)], (0, 0, 84, 100), 5.5) == ("党政办 财政所",)
    assert _parts([line("党政办", 0), line("财政所", 20)], (0, 0, 66, 100), 5.5) == ("党政办财政所",)



def test_sections_broken_where_the_line_is_full_stay_two_names():
    """A bureau's own 科室 listed in one cell (blindsynth bs1916, bs2566: 房地产市场监管科 / 计划财务科 joined as
    one name): a section's head closing a name the parse vocabulary reads as a unit's end is a name of its
    own there; a section cut by the width (基础教育 / 科) and a discipline's 学科 still join."""
    from extractor.source.office.pdf import _parts

    def line(text, top, x=5.5):
        return [{"text": ch, "x0": x + 18 * i, "x1": x + 18 * (i + 1), "top": top, "size": 18}
                for i, ch in enumerate(text)]
    assert _parts([line("职业教育科", 0), line("基础教育科", 20)], (0, 0, 102, 100), 5.5) == ("职业教育科 基础教育科",)
    assert _parts([line("市教育局", 0), line("基础教育科", 20)], (0, 0, 84, 100), 5.5) == ("市教育局 基础教育科",)
    assert _parts([line("人事股", 0), line("财务股", 20)], (0, 0, 66, 100), 5.5) == ("人事股 财务股",)
    assert _parts([line("职业教育", 0), line("科", 20)], (0, 0, 84, 100), 5.5) == ("职业教育科",)
    assert _parts([line("加强重点学科", 0), line("建设", 20)], (0, 0, 120, 100), 5.5) == ("加强重点学科建设",)
    # a list's last name cut after a 科 that opens the next word (县科 / 学技术局): the names at the break make one
    assert _parts([line("县财政局、县科", 0), line("学技术局、各街道", 20)], (0, 0, 138, 100), 5.5) == \
        ("县财政局、县科学技术局、各街道",)


def test_a_pdf_cell_line_ending_with_a_range_dash_runs_on_without_a_space():
    """``2022年4月—`` / ``12月`` in a deadline cell: the writer broke after the dash with
    room left on the line, but a range cannot end at its dash - one value, no space."""
    from extractor.source.office.pdf import _parts

    def line(text, top, x=5.5):
        return [{"text": ch, "x0": x + 9 * i, "x1": x + 9 * (i + 1), "top": top, "size": 18}
                for i, ch in enumerate(text)]
    box = (0, 0, 200, 100)
    assert _parts([line("2022年4月—", 0), line("12月", 20)], box, 5.5) == ("2022年4月—12月",)
    assert _parts([line("2022年4月", 0), line("持续推进", 20)], box, 5.5) == ("2022年4月", "持续推进")


def test_word_auto_numbers_are_read_from_the_list_definition():
    """List Number paragraphs carry no digits in their runs: Word draws 1. 2. 3. from
    numbering.xml.  The reader gives each the label Word shows, running on past a typed
    heading; a bullet list and plain paragraphs get none."""
    import io

    import docx

    from extractor.source.office.docx import read_docx
    doc = docx.Document()
    doc.add_paragraph("一、提升政务服务效能")
    doc.add_paragraph("推行一件事一次办。", style="List Number")
    doc.add_paragraph("牵头单位：县政府办")
    doc.add_paragraph("实现企业开办当日办结。", style="List Number")
    doc.add_paragraph("二、优化要素保障")
    doc.add_paragraph("设立应急转贷资金。", style="List Number")
    doc.add_paragraph("一个要点", style="List Bullet")
    buf = io.BytesIO()
    doc.save(buf)
    assert read_docx(buf.getvalue()) == ["一、提升政务服务效能", "1.推行一件事一次办。", "牵头单位：县政府办",
                                         "2.实现企业开办当日办结。", "二、优化要素保障", "3.设立应急转贷资金。", "一个要点"]


def test_word_list_labels_in_chinese_and_nested_levels():
    from extractor.source.office.docxnum import _formatted
    assert [_formatted(n, "chineseCounting") for n in (1, 10, 12, 20, 35)] == ["一", "十", "十二", "二十", "三十五"]
    assert _formatted(3, "decimalEnclosedCircle") == "③" and _formatted(2, "bullet") is None


@needs_soffice
def test_a_word_97_binary_under_a_wps_name_is_read_by_its_container(tmp_path, gold, resolver):
    """WPS saves Word 97 binaries under .wps: the container (an OLE2 file with a WordDocument
    stream) decides how it is read, the name only the form it is reported as."""
    wps = tmp_path / f"{SEED}.wps"
    wps.write_bytes((ATTACHMENTS / f"{SEED}.doc").read_bytes())
    assert sniff_kind(wps.name, wps.read_bytes()) == "wps"
    notice = extract_file(wps, resolver)
    assert measure_fields(notice) == gold["measures"]
    assert {m.form for m in notice.measures} == {"wps-table"}


def _ledger_with_cover(path: Path, cover_title: str) -> Path:
    """A county's rectification ledger whose first sheet is a cover (its title, the office and
    the month in column A, empty rows between) and whose second sheet holds the table under a
    title row merged across."""
    import openpyxl

    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "封面"
    for row, text in ((3, cover_title), (6, "桑植县安全生产委员会办公室"), (8, "2020年5月")):
        cover.cell(row, 1, text)
    sheet = book.create_sheet("台账")
    sheet.append(["桑植县2020年安全生产隐患整改台账"] + [None] * 4)
    sheet.merge_cells("A1:E1")
    sheet.append(["序号", "隐患问题", "整改措施", "责任单位", "整改时限"])
    sheet.append([1, "部分加油站消防器材过期。", "更换过期消防器材，建立检查台账。", "县应急管理局", "2020年6月底前"])
    sheet.append([2, "个别校舍存在安全隐患。", "完成校舍隐患排查整治。", "县教育局", "2020年8月底前"])
    book.save(path)
    return path


@pytest.mark.parametrize("cover_title", ["桑植县2020年安全生产隐患整改台账", "安全生产隐患整改台账"])
def test_a_workbook_whose_first_sheet_is_a_cover_is_titled_by_the_table_sheets_title_row(tmp_path, cover_title):
    # the cover (one column of text, no table) stood first as a table and ended the heading before
    # the table sheet's title row: no title, so no place and no county unit resolved
    notice = extract_file(_ledger_with_cover(tmp_path / "台账.xlsx", cover_title))
    assert notice.title == notice.table_title == "桑植县2020年安全生产隐患整改台账"
    assert (notice.doc_number, notice.issuer, notice.date, notice.recipients) == (None, None, None, ())
    assert [m.text for m in notice.measures] == ["更换过期消防器材，建立检查台账。", "完成校舍隐患排查整治。"]
    assert notice.measures[0].lead[0].canonical == "桑植县应急管理局"


def test_a_workbook_giving_a_measure_one_row_per_support_unit_reads_it_once(tmp_path):
    # 序号, task, lead and deadline merged down over a measure's rows, one support unit a row
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "民生实事", "责任单位", "协办单位", "完成时限"])
    sheet.append([1, "新增普惠性托位300个。", "县卫生健康委", "县教育局", "2024年12月"])
    sheet.append([None, None, None, "县民政局", None])
    sheet.append([2, "建成农村公路50公里。", "县交通运输局", "县财政局", "2024年11月"])
    for col in "ABCE":
        sheet.merge_cells(f"{col}2:{col}3")
    path = tmp_path / "民生实事.xlsx"
    book.save(path)
    notice = extract_file(path)
    assert [(m.measure_no, [u.name for u in m.support]) for m in notice.measures] == [
        (1, ["县教育局", "县民政局"]), (2, ["县财政局"])]
