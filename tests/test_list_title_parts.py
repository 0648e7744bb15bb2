"""A list's own title line, with no 附件N mark over it (``2024年民生实事项目清单`` /
``…任务分工表`` / ``…工作台账`` alone on its line), starts a new part of the notice as the mark does
(docs/parsing.md, "Parts of a notice"): the second list's items take no heading of the first.
Only a title-like line: short, no clause marks, ending in a list noun (``[metadata] list_title_ends``)."""
import pytest

from test_outline import parsed

LETTER = ["现将有关任务分工印发给你们，请认真贯彻落实。", "某县人民政府办公室", "2024年3月1日"]


def _item(no, text, unit, shape):
    return [f"{no}.{text}", f"牵头单位：{unit}"] if shape == "labelled" else [f"{no}.{text}（牵头单位：{unit}）"]


def _first_list(shape):
    return ["2024年县政府重点工作任务分工", "一、稳定经济增长", *_item(1, "新增市场主体五千户。", "县市场监管局", shape),
            "二、保障改善民生", *_item(2, "新增城镇就业三千人。", "县人社局", shape)]


def _rows(result):
    return [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells) for m in result.measures]


@pytest.mark.parametrize("title", ["2024年县政府民生实事任务分工表", "2024年民生实事项目清单",
                                   "县政府十件实事工作台账", "2024年民生实事项目清单（第一批）"])
@pytest.mark.parametrize("shape", ["labelled", "bracket"])
@pytest.mark.parametrize("first", [1, 3])
def test_a_list_title_without_an_attachment_mark_closes_the_sections_before_it(title, shape, first):
    result = parsed(LETTER + _first_list(shape) + [title, *_item(first, "改造老旧小区12个。", "县住建局", shape),
                                                   *_item(first + 1, "新建公办幼儿园2所。", "县教育局", shape)])
    assert _rows(result) == [("一、", 1, "新增市场主体五千户。", ("县市场监管局",)),
                             ("二、", 2, "新增城镇就业三千人。", ("县人社局",)),
                             (None, first, "改造老旧小区12个。", ("县住建局",)),
                             (None, first + 1, "新建公办幼儿园2所。", ("县教育局",))]


@pytest.mark.parametrize("line", [
    "按照权责清单，逐项明确责任",        # clause marks: a sentence, not a title
    "各乡镇据此建立问题任务和责任三张清单并按月报送县政府督查室备案存档以便跟踪问效的工作清单",   # too long for a title
    "（附清单）",                        # a bracket note
])
def test_a_paragraph_that_merely_ends_in_a_list_noun_closes_nothing(line):
    result = parsed(LETTER + _first_list("labelled") + [line, *_item(3, "改造老旧小区12个。", "县住建局", "labelled")])
    assert [r[0] for r in _rows(result)] == ["一、", "二、", "二、"]


# The same in tables: a second table under its own title line, after a table with section rows.
HEAD = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")
FIRST_ROWS = ["一、稳定经济增长", ("1", "新增市场主体五千户。", "县市场监管局", "县发改局", "年底前"),
              "二、保障改善民生", ("2", "新增城镇就业三千人。", "县人社局", "县财政局", "年底前")]


def _second_rows(first):
    return [(str(first), "改造老旧小区12个。", "县住建局", "县财政局", "10月底前"),
            (str(first + 1), "新建公办幼儿园2所。", "县教育局", "县住建局", "年底前")]


def _want(first):
    return [("一、", 1, "新增市场主体五千户。", ("县市场监管局",)), ("二、", 2, "新增城镇就业三千人。", ("县人社局",)),
            (None, first, "改造老旧小区12个。", ("县住建局",)), (None, first + 1, "新建公办幼儿园2所。", ("县教育局",))]


def _html_table(rows, header=True):
    def tr(cells):
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
    return ("<table>" + (tr(HEAD) if header else "")
            + "".join(f'<tr><td colspan="5">{r}</td></tr>' if isinstance(r, str) else tr(r) for r in rows) + "</table>")


def _parse(text, path):
    from extractor.layout.locate import locate_content
    from extractor.parse.forms import parse_body
    from extractor.source.decode import decode_bytes
    from conftest import make_raw
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path=path))))


@pytest.mark.parametrize("title", ["<p><strong>2024年民生实事项目清单</strong></p>", "<p>县政府十件实事任务分工表</p>"])
def test_a_headerless_table_under_its_own_title_is_no_rest_of_the_table_before(title):
    """A second <table> printing no header row of its own, under a title line: read with the
    columns of the table before (as a rest cut at a page break is), but as a list of its own."""
    html = ("<html><body><p>某县人民政府办公室关于印发2024年重点工作任务分工的通知</p><p>各乡镇人民政府，县直各单位：</p>"
            "<p>现将有关任务分工印发给你们，请认真贯彻落实。</p><p>某县人民政府办公室</p><p>2024年3月1日</p>"
            f"<p>2024年重点工作任务分工表</p>{_html_table(FIRST_ROWS)}{title}{_html_table(_second_rows(3), header=False)}"
            "</body></html>")
    assert _rows(_parse(html, "n.html")) == _want(3)


@pytest.mark.parametrize("title", ["2024年民生实事项目清单", "县政府十件实事任务分工表", "附件2"])
@pytest.mark.parametrize("again", [True, False], ids=["header-again", "no-header"])
@pytest.mark.parametrize("first", [1, 3])
def test_a_tab_copys_second_table_under_its_own_title_takes_no_section_of_the_first(title, again, first):
    def row(cells):
        return "\t".join(cells)
    lines = (["某县人民政府办公室关于印发2024年重点工作任务分工的通知", "各乡镇人民政府，县直各单位：", *LETTER,
              "2024年重点工作任务分工表", row(HEAD)] + [r if isinstance(r, str) else row(r) for r in FIRST_ROWS]
             + ["", title] + ([row(HEAD)] if again else []) + [row(r) for r in _second_rows(first)])
    assert _rows(_parse("\n".join(lines), "n.txt")) == _want(first)


def test_an_attachment_piece_without_header_under_its_own_title_is_a_list_of_its_own():
    """A Word or PDF attachment: the second table prints no header row, a title line over it
    (``titled``, from ``forms.TitledTables``): read with the first table's header, as a list of its own."""
    from extractor.parse.forms import join_continued
    from extractor.parse.grid import Cell
    from extractor.parse.table import merge_parsed, parse_grid

    def grid(rows):   # a section row spans the table: its text once, the cells after it copies
        return [[Cell((t,), (r, 0 if isinstance(row, str) else c), col_copy=isinstance(row, str) and c > 0)
                 for c, t in enumerate((row,) * 5 if isinstance(row, str) else row)] for r, row in enumerate(rows)]
    first = grid([HEAD] + FIRST_ROWS)
    rest = grid(_second_rows(3))
    for titled, want in ((set(), "二、"), ({1}, None)):
        tables, left_out = join_continued([(first, "docx-table"), (rest, "docx-table")], titled=titled)
        parsed = merge_parsed([parse_grid(g, header, form) for g, header, form, _first in tables])
        assert left_out == 0
        assert [m.section.label if m.section else None for m in parsed.measures] == ["一、", "二、", want, want]


@pytest.mark.parametrize("title", ["某县2024年城乡供水一体化工作方案", "某县2024年城乡供水一体化工作要点"])
def test_a_plans_own_title_after_the_letter_parts_it_from_the_letters_points(title):
    """The letter's points (一、二、 one sentence each), its signature with no date, then the plan's own
    title and its items: the title opens the plan's part as an attachment's mark would, so the items
    are not under the letter's last point."""
    result = parsed(["现将《某县2024年城乡供水一体化工作方案》印发给你们，请认真贯彻执行。",
                     "一、各乡镇要于3月底前报送本地实施计划。", "二、各牵头单位要每季度报送工作进展。",
                     "某县人民政府办公室", title,
                     "1. 新建县城第二水厂，日供水能力达到5万吨。（牵头单位：县水利局；配合单位：县财政局）",
                     "2. 改造农村老旧供水管网120公里。（牵头单位：县水利局；配合单位：各乡镇）"])
    assert [(m.section, m.measure_no, m.lead_cells) for m in result.measures] == [
        (None, 1, ("县水利局",)), (None, 2, ("县水利局",))]


@pytest.mark.parametrize("attached", ["附件：某县2024年稳经济促发展重点工作任务分工", "附件：某县2024年重点工作任务分工表",
                                      "附件:某縣2024年重點工作任務分工"])
@pytest.mark.parametrize("title", ["某县2024年稳经济促发展重点工作任务分工", None])
def test_the_letters_line_naming_the_list_it_sends_closes_its_points(attached, title):
    """A gazette's unsigned letter (no signature, no date) numbers its points 一、二、, names the list
    it sends (附件：…任务分工) and the list follows (its title, a division's: …任务分工 is no list title,
    or none): the 附件 line parts the letter from the list, so the items ① ② head under no point
    (blindsynth bs4335)."""
    result = parsed(["现将《某县2024年稳经济促发展重点工作任务分工》印发给你们，请认真贯彻落实。",
                     "一、提高思想认识。各地各部门要充分认识做好重点工作的重要意义。",
                     "二、压实工作责任。各牵头单位要切实履行牵头职责，确保各项任务按时完成。",
                     attached, *([title] if title else []),
                     "①关于“新建5G基站800个”的问题，由县工信局会同县住建局研究提出落实意见。",
                     "②关于“改造老旧小区12个”的问题，由县住建局会同县财政局负责落实。"])
    assert [(m.section, m.measure_no, m.lead_cells) for m in result.measures] == [
        (None, 1, ("县工信局",)), (None, 2, ("县住建局",))]


@pytest.mark.parametrize("line", ["附件：某县2024年重点工作任务", "附件：请各单位按时报送进展情况"])
def test_an_attachment_line_naming_no_list_parts_nothing(line):
    """An 附件 line naming no list of tasks (a topic, a request) is no part's opener: the point over
    it still heads the items after it, as before."""
    result = parsed(["一、压实工作责任", line,
                     "1.新建5G基站800个。（牵头单位：县工信局）", "2.改造老旧小区12个。（牵头单位：县住建局）"])
    assert [m.section.label if m.section else None for m in result.measures] == ["一、", "一、"]
