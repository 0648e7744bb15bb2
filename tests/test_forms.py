"""Stage 5: form detection and the HTML table shapes, incl. damaged pages."""
import pytest

from extractor.source.decode import decode_bytes
from extractor.parse.forms import CUT_TABLE, PARSERS, UNCLOSED_TABLE, parse_body
from extractor.layout.locate import locate_content
from extractor.models import Decoded, DraftMeasure, ParsedTable, Section

from conftest import make_raw

HEAD = "<html><head><meta charset='utf-8'></head><body><div class='content'><p>关于印发分工的通知</p>"


def parse_bytes(data: bytes, path="p.html"):
    return parse_body(locate_content(decode_bytes(make_raw(data, path=path))))


def parse_html(body: str):
    return parse_bytes((HEAD + body + "</div></body></html>").encode("utf-8"))


def rows(p):
    return [(m.section.no if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells)
            for m in p.measures]


TABLE = """<table><tr><td colspan=3><b>某市重点任务分工表</b></td></tr>
<tr><td><b>重点任务</b></td><td><b>牵头单位</b></td><td><b>配合单位</b></td></tr>
<tr><td>1、做甲</td><td>市商务局</td><td>市财政局</td></tr>
<tr><td>2、做乙</td><td>市税务局</td><td></td></tr>
<tr><td>3、做丙</td><td>市科技局</td><td>市教育局</td></tr></table>"""


def test_parsers_are_an_ordered_tuple_tables_first():
    # an attachment's tables (none on an HTML page), then the page's own
    assert isinstance(PARSERS, tuple)
    assert [p.__name__ for p in PARSERS[:2]] == ["parse_attachment_grids", "parse_html_tables"]


def test_title_row_inside_table_and_bold_td_header():
    p = parse_html(TABLE)
    assert rows(p) == [(None, 1, "做甲", ("市商务局",), ("市财政局",)), (None, 2, "做乙", ("市税务局",), ()),
                       (None, 3, "做丙", ("市科技局",), ("市教育局",))]


def test_same_word_heads_the_section_column_when_its_cells_span_rows():
    p = parse_html("""<table><tr><td>重点任务</td><td></td><td>牵头单位</td></tr>
      <tr><td rowspan=2>一、甲类</td><td>1、做甲</td><td>市商务局</td></tr>
      <tr><td>2、做乙</td><td>市税务局</td></tr></table>""")
    assert [(s, n, t) for s, n, t, *_ in rows(p)] == [(1, 1, "做甲"), (1, 2, "做乙")]


def test_section_word_heading_the_item_column_holds_measures():
    p = parse_html("""<table><tr><td>序号</td><td>项目名称</td><td>牵头单位</td></tr>
      <tr><td>1</td><td>建设实验室</td><td>市科技局</td></tr>
      <tr><td>2</td><td>建设枢纽</td><td>市交通运输局</td></tr></table>""")
    assert rows(p) == [(None, 1, "建设实验室", ("市科技局",), ()), (None, 2, "建设枢纽", ("市交通运输局",), ())]


def test_two_task_tables_and_a_contact_table():
    p = parse_html(TABLE + """<p>附件2</p><table><tr><td>序号</td><td>工作措施</td><td>牵头单位</td></tr>
      <tr><td>1</td><td>做丁</td><td>市财政局</td></tr></table>
      <table><tr><td>序号</td><td>单位</td><td>联络员</td><td>电话</td></tr><tr><td>1</td><td>市财政局</td><td>王某</td><td>1</td></tr></table>""")
    assert [m.text for m in p.measures] == ["做甲", "做乙", "做丙", "做丁"]


@pytest.mark.parametrize("cell,parts", [
    ("市商务局<br>市财政局", ("市商务局", "市财政局")),
    ("市商务局、市财政局", ("市商务局、市财政局",)),
    ("市商务局；市财政局", ("市商务局；市财政局",)),
    ("市商务局 市财政局", ("市商务局 市财政局",)),
])
def test_unit_cells_keep_br_parts_and_leave_separators_to_the_agencies_stage(cell, parts):
    p = parse_html(f"<table><tr><td>工作措施</td><td>牵头单位</td></tr><tr><td>1、做甲</td><td>{cell}</td></tr></table>")
    assert p.measures[0].lead_cells == parts


def test_gbk_page_declared_gb2312_keeps_rows_after_a_gbk_only_character():
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head><body>"
            "<table><tr><td>工作措施</td><td>牵头单位</td></tr><tr><td>1、整治道滘镇河涌</td><td>道滘镇</td></tr>"
            "<tr><td>2、建设喆园</td><td>市住房城乡建设局</td></tr><tr><td>3、做丙</td><td>市水务局</td></tr></table></body></html>")
    p = parse_bytes(html.encode("gbk"))
    assert [m.text for m in p.measures] == ["整治道滘镇河涌", "建设喆园", "做丙"]


PAGE = (HEAD + TABLE + "</div></body></html>").encode("utf-8")


def test_page_cut_mid_row_keeps_the_rows_before_and_warns():
    cut = PAGE[: PAGE.index("3、做丙".encode()) + len("3、做".encode())]
    p = parse_bytes(cut)
    assert [m.text for m in p.measures] == ["做甲", "做乙"] and CUT_TABLE in p.warnings


def test_page_cut_between_rows_keeps_every_complete_row_and_warns():
    cut = PAGE[: PAGE.index(b"</tr>", PAGE.index("2、做乙".encode())) + len(b"</tr>")]
    p = parse_bytes(cut)
    assert [m.text for m in p.measures] == ["做甲", "做乙"] and UNCLOSED_TABLE in p.warnings


def test_unclosed_cells_and_rows_still_parse():
    html = HEAD + "<table><tr><td>工作措施<td>牵头单位<tr><td>1、做甲<td>市商务局<tr><td>2、做乙<td>市税务局</table></div>"
    p = parse_html_raw(html)
    assert rows(p) == [(None, 1, "做甲", ("市商务局",), ()), (None, 2, "做乙", ("市税务局",), ())]


def parse_html_raw(html: str):
    return parse_bytes(html.encode("utf-8"))


JUNK = PAGE.replace("2、做乙".encode(), "2、".encode() + b"\xff\xfe\x81\x00\x1b\xbb" + "做乙".encode())


def test_garbage_characters_inside_the_table_keep_every_row():
    # what a lossy UTF-8 decode of JUNK yields: replacement and control characters in a cell
    raw = make_raw(JUNK, path="p.html")
    decoded = Decoded(raw=raw, text=JUNK.decode("utf-8", "replace"), encoding="utf-8", format="html")
    p = parse_body(locate_content(decoded))
    assert [m.measure_no for m in p.measures] == [1, 2, 3] and p.measures[1].text.endswith("做乙")


def test_garbage_bytes_are_decoded_with_a_warning_not_a_crash():
    decoded = decode_bytes(make_raw(JUNK.replace(b"\x00", b""), path="p.html"))
    parse_body(locate_content(decoded))  # must not raise
    assert decoded.warnings


def test_a_page_cut_before_any_row_is_a_warning_not_an_error():
    p = parse_bytes(PAGE[: PAGE.index(b"<table") + 10])
    assert p.measures == ()


def two_table_page(path):
    """A notice with two task tables, each with sections 一、 and 二、."""
    def table(first, second):
        rows = "".join(f"<tr><td colspan='4'>{label}{title}</td></tr><tr><td>{no}</td><td>{task}</td>"
                       f"<td>市发改局</td><td>市财政局</td></tr>"
                       for label, title, no, task in (("一、", first[0], 1, first[1]), ("二、", second[0], 2, second[1])))
        return ("<table border='1'><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
                + rows + "</table>")

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("<html><head><meta charset='utf-8'></head><body><div class='content'>"
                    "<p>某府办〔2020〕3号</p><p>一、经济工作</p>" + table(("稳增长", "推进项目"), ("促改革", "深化改革"))
                    + "<p>二、社会工作</p>" + table(("教育", "建设学校"), ("卫生", "建设医院"))
                    + "</div></body></html>", encoding="utf-8")
    return path


def test_a_notice_the_archive_refuses_is_a_failure_and_the_batch_goes_on(tmp_path, fixtures_dir, monkeypatch):
    """Were section numbers to collide again (a parser bug), the archive refuses
    that notice's rows: it is rolled back alone and named, the others are stored."""
    import json

    from extractor.parse import forms
    from extractor.engine.pipeline import Settings, run

    monkeypatch.setattr(forms, "unique_section_numbers", lambda parsed: parsed)
    bad = two_table_page(tmp_path / "raw" / "two.html")
    (tmp_path / "raw" / "seed.html").write_bytes((fixtures_dir / "seed-dongguan-2014-75.html").read_bytes())
    result = run(Settings(inputs=(str(tmp_path / "raw"),), out_dir=tmp_path / "out"))
    assert result.failures == [(str(bad), "cannot be archived (UNIQUE constraint failed: sections.doc_id, sections.no)")]
    assert result.notice_count == 1
    notices = json.loads((tmp_path / "out" / "notices.json").read_text(encoding="utf-8"))
    assert [n["doc_number"] for n in notices] == ["东府办〔2014〕75号"]


def test_tables_that_each_restart_their_section_numbers_get_one_number_per_section(tmp_path):
    """Two task tables, each with sections 一、 and 二、: four sections, numbered
    1-4 in page order (the printed label kept), each measure in its own; the
    archive (one row per doc_id and section number) takes the notice."""
    import json

    from extractor.engine.pipeline import Settings, run

    page = two_table_page(tmp_path / "raw" / "two.html")
    result = run(Settings(inputs=(str(page.parent),), out_dir=tmp_path / "out"))
    assert not result.failures and result.notice_count == 1
    notice, = json.loads((tmp_path / "out" / "notices.json").read_text(encoding="utf-8"))
    assert [(s["no"], s["label"], s["title"]) for s in notice["sections"]] == [
        (1, "一、", "稳增长"), (2, "二、", "促改革"), (3, "一、", "教育"), (4, "二、", "卫生")]
    assert [(m["section_no"], m["text"]) for m in notice["measures"]] == [
        (1, "推进项目"), (2, "深化改革"), (3, "建设学校"), (4, "建设医院")]


def test_repeated_section_numbers_number_every_section_by_its_place():
    """A list starting at 二、 (its 一、 held no measures) printed twice: the numbers repeat, so
    every section is numbered by its place in the notice, 1..n, as the outline numbers repeated
    headings (tests/fixtures/README.md) - not the next after the highest so far (2, 3, 4, 5)."""
    from extractor.parse.forms import unique_section_numbers

    sections = [Section(no=n, label=label, title=title) for n, label, title in
                ((2, "二、", "抓项目"), (3, "三、", "优环境"), (2, "二、", "强基础"), (3, "三、", "惠民生"))]
    drafts = tuple(DraftMeasure(section=s, measure_no=i, text=f"任务{i}。") for i, s in enumerate(sections, start=1))
    parsed = unique_section_numbers(ParsedTable(sections=tuple(sections), measures=drafts))
    assert [(s.no, s.label, s.title) for s in parsed.sections] == [
        (1, "二、", "抓项目"), (2, "三、", "优环境"), (3, "二、", "强基础"), (4, "三、", "惠民生")]
    assert [d.section.no for d in parsed.measures] == [1, 2, 3, 4]


def test_section_numbers_that_do_not_repeat_stay_as_printed():
    """The negative look-alike: a list starting at 二、 printed once keeps 2, 3 (not renumbered from 1)."""
    from extractor.parse.forms import unique_section_numbers

    sections = (Section(no=2, label="二、", title="抓项目"), Section(no=3, label="三、", title="优环境"))
    drafts = tuple(DraftMeasure(section=s, measure_no=i, text=f"任务{i}。") for i, s in enumerate(sections, start=1))
    parsed = unique_section_numbers(ParsedTable(sections=sections, measures=drafts))
    assert [s.no for s in parsed.sections] == [2, 3]
    assert [d.section.no for d in parsed.measures] == [2, 3]


def test_sections_holding_no_measure_are_dropped_before_they_are_numbered():
    """README "sections": only the sections holding measures are listed.  A department's extract
    keeps all its district table's section rows (一、 … 四、) over its own rows, under 一、 and 四、
    only: 二、 and 三、 are no sections; the printed numbers stay (1, 4: none repeats)."""
    from extractor.parse.forms import unique_section_numbers

    sections = tuple(Section(no=n, label=f"{label}、", title=f"节{n}") for n, label in
                     ((1, "一"), (2, "二"), (3, "三"), (4, "四")))
    drafts = (DraftMeasure(section=sections[0], measure_no=3, text="做甲。"),
              DraftMeasure(section=sections[3], measure_no=68, text="做乙。"))
    parsed = unique_section_numbers(ParsedTable(sections=sections, measures=drafts))
    assert [(s.no, s.label) for s in parsed.sections] == [(1, "一、"), (4, "四、")]
    assert [d.section.no for d in parsed.measures] == [1, 4]


def test_a_table_s_section_rows_over_no_row_are_no_sections():
    p = parse_html("""<table><tr><td>序号</td><td>重点工作任务</td><td>主要责任单位</td><td>协同配合单位</td></tr>
      <tr><td colspan=4>一、稳增长</td></tr><tr><td>3</td><td>做甲。</td><td>区发改委</td><td>区统计局</td></tr>
      <tr><td colspan=4>二、促改革</td></tr><tr><td colspan=4>三、优环境</td></tr>
      <tr><td colspan=4>四、惠民生</td></tr><tr><td>68</td><td>做乙。</td><td>区教育局</td><td></td></tr></table>""")
    assert [(s.no, s.label, s.title) for s in p.sections] == [(1, "一、", "稳增长"), (4, "四、", "惠民生")]
    assert rows(p) == [(1, 3, "做甲。", ("区发改委",), ("区统计局",)), (4, 68, "做乙。", ("区教育局",), ())]


def test_unique_section_numbers_copies_only_the_sections_it_renumbers():
    """Only a section whose number changes is copied (a notice's numbers are mostly kept as
    printed, and a copy of every section was most of the step's time); the result equals
    what numbering a copy of every section gives, kept and renumbered sections alike."""
    from dataclasses import replace

    from extractor.numbering import section_numbers
    from extractor.parse.forms import unique_section_numbers

    def every_section_copied(parsed):   # the step as it was: each section replaced by a copy
        sections = list(dict.fromkeys(parsed.sections))
        numbered = [replace(s, no=no) for s, no in zip(sections, section_numbers([s.no for s in sections]))]
        renumbered = {s: n for s, n in zip(sections, numbered) if n.no != s.no}
        if not renumbered and len(sections) == len(parsed.sections):
            return parsed
        return replace(parsed, sections=tuple(numbered), measures=tuple(
            replace(d, section=renumbered[d.section]) if d.section in renumbered else d for d in parsed.measures))

    for printed in ([1, 2, 3], [1, 2, 1], [2, 2], [None, 1, None], [None, None], [1, None, 1, 4], [3, 1, 2, 1]):
        sections = tuple(Section(no=n, label=None if n is None else f"{n}、", title=f"节{i}")
                         for i, n in enumerate(printed))
        drafts = tuple(DraftMeasure(section=s, measure_no=i, text=f"任务{i}。") for i, s in enumerate(sections))
        for listed in (sections, sections + sections[:1]):   # a section listed again is that section
            parsed = ParsedTable(sections=listed, measures=drafts)
            got, want = unique_section_numbers(parsed), every_section_copied(parsed)
            assert got == want, printed
            assert [d.section for d in got.measures] == [d.section for d in want.measures]
            kept = [s for s in got.sections if s in sections]
            assert all(any(s is t for t in sections) for s in kept), printed   # kept: not copied


def section_table(first: int) -> str:
    return ("<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
            f"<tr><td>{first}</td><td>做甲。</td><td>区商务局</td><td>区财政局</td></tr>"
            f"<tr><td>{first + 1}</td><td>做乙。</td><td>区税务局</td><td></td></tr></table>")


def test_headings_between_tables_give_the_tables_their_sections():
    parsed = parse_html("<p>某区重点工作任务分工</p><p>一、做强实体经济</p>" + section_table(1)
                        + "<p>二、推进乡村振兴</p>" + section_table(3))
    assert [(m.section.label, m.section.title) if m.section else None for m in parsed.measures] == [
        ("一、", "做强实体经济")] * 2 + [("二、", "推进乡村振兴")] * 2
    assert [s.no for s in parsed.sections] == [1, 2]


def test_one_numbered_line_over_one_table_is_not_a_section():
    # the letter's last numbered paragraph may stand right over the only table
    parsed = parse_html("<p>一、工作任务</p>" + section_table(1))
    assert [m.section for m in parsed.measures] == [None, None]


def test_one_sheet_per_section_with_its_own_section_row():
    # a workbook repeats title and header on every sheet: the same columns, so
    # without the headings the sheets would read as one table continued
    from extractor.models import TABLE_MARK, Located
    from extractor.parse.forms import parse_attachment_grids
    from extractor.parse.grid import Cell

    def grid(first):
        rows = [["序号", "工作任务", "牵头单位"], [str(first), "做甲。", "市商务局"], [str(first + 1), "做乙。", "市税务局"]]
        return [[Cell((t,), (r, c)) for c, t in enumerate(row)] for r, row in enumerate(rows)]

    lines = ("某市重点工作任务分解表", "一、经济发展", f"{TABLE_MARK}0", "某市重点工作任务分解表", "二、城乡建设",
             f"{TABLE_MARK}1")
    located = Located(Decoded(make_raw(b"x", "t.xlsx"), "", "", "xlsx"), lines,
                      grids=((grid(1), "xlsx-table"), (grid(1), "xlsx-table")))
    parsed = parse_attachment_grids(located)
    assert [(m.section.no, m.measure_no) for m in parsed.measures] == [(1, 1), (1, 2), (2, 1), (2, 2)]


_HEAD_ROW = "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"


def _task_row(n, lead):
    return f"<tr><td>{n}</td><td>推进第{n}项工作。</td><td>{lead}</td><td>市财政局</td><td>2023年6月底</td></tr>"


def test_a_headerless_table_right_after_a_task_table_with_its_columns_continues_it():
    """A Word table cut at a page break is saved as two <table>s, the second without
    its header: its rows (and section rows) are the table's rest, not lost."""
    second = f"<table>{_task_row(3, '市司法局')}<tr><td colspan='5'>二、监管执法</td></tr>{_task_row(4, '市商务局')}</table>"
    page = (f"<p>某某任务分工</p><table>{_HEAD_ROW}<tr><td colspan='5'>一、政务服务</td></tr>"
            f"{_task_row(1, '市发改委')}{_task_row(2, '市审批局')}</table><p>&nbsp;</p>{second}")
    p = parse_html(page)
    assert [m.measure_no for m in p.measures] == [1, 2, 3, 4]
    assert [m.section.no for m in p.measures] == [1, 1, 1, 2]
    assert "市商务局" in str(p.measures[3].lead_cells)
    # other columns: not the table's rest
    other = "<table><tr><td>3</td><td>联络员</td><td>电话</td></tr></table>"
    p = parse_html(page.replace(second, other))
    assert [m.measure_no for m in p.measures] == [1, 2]


def test_a_headerless_rest_whose_last_column_is_empty_in_every_row_still_continues():
    """The second piece of a cut table may leave a column empty in all its rows (配合单位
    under the first piece's header): the piece keeps that column and goes on the table."""
    rest = ("<table><tr><td>3</td><td>推进第3项工作。</td><td rowspan='2'>市司法局</td><td></td></tr>"
            "<tr><td>4</td><td>推进第4项工作。</td><td></td></tr></table>")
    head = "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
    first = "".join(f"<tr><td>{n}</td><td>推进第{n}项工作。</td><td>市发改委</td><td></td></tr>" for n in (1, 2))
    p = parse_html(f"<p>某某任务分工</p><table>{head}{first}</table><p>&nbsp;</p>{rest}")
    assert [(m.measure_no, m.lead_cells, m.support_cells) for m in p.measures] == [
        (1, ("市发改委",), ()), (2, ("市发改委",), ()), (3, ("市司法局",), ()), (4, ("市司法局",), ())]


def test_a_continued_mark_and_the_two_header_rows_again_inside_one_table_are_no_rows():
    """A table that goes on over a page prints 续表 across its width and its header (two
    rows: 责任单位 over 牵头单位 | 配合单位) again: neither is a section nor a measure."""
    head = ("<tr><td rowspan='2'>序号</td><td rowspan='2'>工作任务</td><td colspan='2'>责任单位</td>"
            "<td rowspan='2'>完成时限</td></tr><tr><td>牵头单位</td><td>配合单位</td></tr>")
    page = (f"<p>某某任务分工</p><table>{head}<tr><td colspan='5'>一、政务服务</td></tr>"
            f"{_task_row(1, '市发改委')}{_task_row(2, '市审批局')}"
            f"<tr><td colspan='5'>续表</td></tr>{head}{_task_row(3, '市司法局')}"
            f"<tr><td colspan='5'>二、监管执法</td></tr>{_task_row(4, '市商务局')}</table>")
    p = parse_html(page)
    assert [(m.section.no, m.measure_no) for m in p.measures] == [(1, 1), (1, 2), (1, 3), (2, 4)]
    assert [s.title for s in p.sections] == ["政务服务", "监管执法"]


_LIST_HEAD = "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"


def _list_row(no, task, lead):
    return f"<tr><td>{no}</td><td>{task}</td><td>{lead}</td><td></td></tr>"


_FIRST_LIST = (f"<p>某县重点任务分工表</p><table>{_LIST_HEAD}<tr><td colspan='4'>一、工业经济</td></tr>"
               f"{_list_row(1, '建成园区', '县发改局')}{_list_row(2, '新建厂房', '县工信局')}</table>")


def test_a_second_table_that_numbers_from_1_again_is_another_list():
    """Two tables with the same header and nothing between: a page break inside one table goes
    on with the next number; a table that starts again at 1 after numbered rows is another list
    (another year's, another part's) and takes nothing from the first - before, its rows were
    read as the first table's rest and put in its last section (一、工业经济)."""
    p = parse_html(_FIRST_LIST + f"<table>{_LIST_HEAD}{_list_row(1, '修建道路', '县交通局')}"
                                 f"{_list_row(2, '整治河道', '县水利局')}</table>")
    assert [(m.section.title if m.section else None, m.measure_no, m.lead_cells) for m in p.measures] == [
        ("工业经济", 1, ("县发改局",)), ("工业经济", 2, ("县工信局",)), (None, 1, ("县交通局",)), (None, 2, ("县水利局",))]


def test_a_second_table_under_a_caption_row_of_its_own_is_another_list():
    p = parse_html(_FIRST_LIST + f"<table><tr><td colspan='4'>2022年续建项目</td></tr>{_LIST_HEAD}"
                                 f"{_list_row(3, '修建道路', '县交通局')}</table>")
    assert [(m.section.title if m.section else None, m.measure_no) for m in p.measures] == [
        ("工业经济", 1), ("工业经济", 2), (None, 3)]


@pytest.mark.parametrize("rest", [
    f"<table>{_LIST_HEAD}{_list_row(3, '修建道路', '县交通局')}</table>",                      # the next number
    f"<table><tr><td colspan='4'>续表</td></tr>{_LIST_HEAD}{_list_row(3, '修建道路', '县交通局')}</table>",
])
def test_a_second_table_that_goes_on_with_the_numbering_is_the_first_ones_rest(rest):
    p = parse_html(_FIRST_LIST + rest)
    assert [(m.section.title, m.measure_no) for m in p.measures] == [("工业经济", 1), ("工业经济", 2), ("工业经济", 3)]


def test_a_list_numbered_per_section_goes_on_at_1_under_the_section_row_the_page_ended_with():
    first = (f"<table>{_LIST_HEAD}<tr><td colspan='4'>一、工业经济</td></tr>{_list_row(1, '建成园区', '县发改局')}"
             f"<tr><td colspan='4'>二、农业农村</td></tr></table>")
    p = parse_html(f"<p>某县重点任务分工表</p>{first}<table>{_LIST_HEAD}{_list_row(1, '整治河道', '县水利局')}</table>")
    assert [(m.section.title, m.measure_no) for m in p.measures] == [("工业经济", 1), ("农业农村", 1)]
