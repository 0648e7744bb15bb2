"""Transposed responsibility tables: the measures are the columns, the rows are places.

A city's 民生实事 target table may print one measure a column: a row of group names over
them (a name spanning the columns of its group), a row naming each measure, a row headed by a
role word (责任单位) naming each column's unit (one cell spanning the columns a unit shares),
then one row per place (全市, each district) with the column's target figure.  The table is
read column by column: the group names are the sections, the figures stay beside each measure
under their place's name (never units, never measures).  A table whose role word heads a
column reads as before.
"""
from __future__ import annotations

from extractor.engine.extract import extract

LETTER = "<h1>2022年某州市十件惠民实事目标分解表</h1>"

#: group row: (name, columns); measure row; role row: (unit, columns)
GROUPS = (("改善居住条件", 3), ("方便群众出行", 2))
NAMES = ("改造老旧小区（个）", "★新建保障性租赁住房（套）", "加装电梯（部）", "新增公交线路（条）",
         "◆建设停车泊位（个）")
UNITS = (("州市住房城乡建设局", 3), ("州市交通运输局、州市公安局", 1), ("州市城管局", 1))
PLACES = (("合计", ("40", "1500", "120", "6", "3000")),
          (("河西", "片区"), ("12", "500", "", "2", "")),
          ("溪口区", ("28", "1000", "120", "4", "3000")))


def _cell(text, span=1, rows=1) -> str:
    parts = text if isinstance(text, tuple) else (text,)
    attrs = (f" colspan='{span}'" if span > 1 else "") + (f" rowspan='{rows}'" if rows > 1 else "")
    return f"<td{attrs}>" + "".join(f"<p>{p or '&nbsp;'}</p>" for p in parts) + "</td>"


def _table(role=("责任", "单位"), places=PLACES) -> str:
    rows = ["<tr>" + _cell("区域", rows=2) + "".join(_cell(g, n) for g, n in GROUPS) + "</tr>",
            "<tr>" + "".join(_cell(n) for n in NAMES) + "</tr>",
            "<tr>" + _cell(role) + "".join(_cell(u, n) for u, n in UNITS) + "</tr>"]
    rows += ["<tr>" + _cell(place) + "".join(_cell(f) for f in figures) + "</tr>" for place, figures in places]
    return "<table border='1'>" + "".join(rows) + "</table>"


def _page(body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'></head><body><div class='content'>{LETTER}{body}"
            "<p>注：标★的为省定指标。</p></div></body></html>").encode("utf-8")


def test_a_table_whose_role_row_names_each_columns_unit_is_read_column_by_column():
    notice = extract(_page(_table()), name="t.html")
    assert [(s.no, s.title) for s in notice.sections] == [(1, "改善居住条件"), (2, "方便群众出行")]
    assert [(m.measure_no, m.section_no, m.text) for m in notice.measures] == [
        (i, 1 if i <= 3 else 2, name) for i, name in enumerate(NAMES, 1)]
    leads = [[a.name for a in m.lead] for m in notice.measures]
    assert leads == [["州市住房城乡建设局"]] * 3 + [["州市交通运输局", "州市公安局"], ["州市城管局"]]
    assert all(m.support == () or not m.support for m in notice.measures)
    # the places' figures are kept beside their measure, under the place's name (two <p> joined)
    assert notice.measures[1].extra == {"合计": "1500", "河西片区": "500", "溪口区": "1000"}
    assert notice.measures[2].extra == {"合计": "120", "溪口区": "120"}


def test_two_transposed_tables_number_their_measures_on():
    notice = extract(_page(_table() + "<p>&nbsp;</p>" + _table()), name="t.html")
    assert [m.measure_no for m in notice.measures] == list(range(1, 2 * len(NAMES) + 1))
    assert [s.no for s in notice.sections] == [1, 2, 3, 4]


def test_a_lead_word_in_the_role_row_reads_the_same():
    notice = extract(_page(_table(role="牵头单位")), name="t.html")
    assert [[a.name for a in m.lead] for m in notice.measures][3] == ["州市交通运输局", "州市公安局"]


def test_an_ordinary_table_with_a_responsible_column_reads_as_before():
    """The negative: 责任单位 heads a column (the usual table), so nothing is transposed."""
    head = "<tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
    body = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{u}</td></tr>"
                   for i, (n, u) in enumerate((("改造老旧小区40个", "州市住房城乡建设局"),
                                               ("新增公交线路6条", "州市交通运输局")), 1))
    notice = extract(_page(f"<table border='1'>{head}{body}</table>"), name="t.html")
    assert [(m.text, [a.name for a in m.lead]) for m in notice.measures] == [
        ("改造老旧小区40个", ["州市住房城乡建设局"]), ("新增公交线路6条", ["州市交通运输局"])]


def test_a_two_column_form_with_a_role_row_is_no_transposed_table():
    """A form of label rows (名称 | 值; 责任单位 | 值) has one value column, not the columns of a list of
    measures: it is not transposed and reads as before (no task table)."""
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in
                   (("实事名称", "改造老旧小区40个"), ("责任单位", "州市住房城乡建设局"), ("完成时限", "2022年底")))
    notice = extract(_page(f"<table border='1'>{rows}</table>"), name="t.html")
    assert notice.measures == ()


def test_a_key_value_form_with_two_value_columns_and_no_figures_is_no_transposed_table():
    """A form of label rows printing two items side by side (事项 | A | B; 责任单位 | X | Y; then rows of
    text, a phone number) names two columns under a role row, but no row under it holds figures, as a
    transposed table's places do: it is no task table (no measures)."""
    rows = "".join(f"<tr><td>{k}</td><td>{a}</td><td>{b}</td></tr>" for k, a, b in (
        ("申报事项", "企业开办补贴", "人才引进补贴"), ("责任单位", "州市市场监管局", "州市人力资源社会保障局"),
        ("办理材料", "营业执照复印件", "学历证书、劳动合同"), ("咨询电话", "0871-1234567", "0871-7654321")))
    notice = extract(_page(f"<table border='1'>{rows}</table>"), name="t.html")
    assert notice.measures == ()


def test_a_transposed_table_whose_figure_rows_hold_some_words_still_reads():
    """The figure rows are told by most of their filled cells: a place's row may print a word
    (完成年度目标任务, 应补尽补) among its figures, and a percentage is a figure."""
    places = (("合计", ("完成年度目标任务", "95%", "120", "6", "应补尽补")), ("溪口区", ("", "", "", "", "")))
    notice = extract(_page(_table(places=places)), name="t.html")
    assert [m.text for m in notice.measures] == list(NAMES)
    assert notice.measures[1].extra == {"合计": "95%"}


def test_a_transposed_sheet_of_a_workbook_is_read_the_same(tmp_path):
    """The attachment path (``forms.join_continued``): a sheet printing the same table, its group
    names and shared units merged across columns."""
    from openpyxl import Workbook

    from extractor.engine.extract import extract_file

    wb = Workbook()
    ws = wb.active
    ws.append(["2022年某州市十件惠民实事目标分解表"])
    ws.append(["区域"] + [g for g, n in GROUPS for _ in range(n)])
    ws.append([None, *NAMES])
    ws.append(["责任单位"] + [u for u, n in UNITS for _ in range(n)])
    for place, figures in PLACES:
        ws.append(["".join(place) if isinstance(place, tuple) else place,
                   *[float(f) if f else None for f in figures]])
    col = 2
    for _g, n in GROUPS:
        ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + n - 1)
        col += n
    col = 2
    for _u, n in UNITS:
        if n > 1:
            ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + n - 1)
        col += n
    ws.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    notice = extract_file(path)
    assert [(m.measure_no, m.section_no, m.text) for m in notice.measures] == [
        (i, 1 if i <= 3 else 2, name) for i, name in enumerate(NAMES, 1)]
    assert [[a.name for a in m.lead] for m in notice.measures][:3] == [["州市住房城乡建设局"]] * 3


def test_a_transposed_table_first_on_the_page_is_the_task_table_not_a_banner():
    """A page opening with the transposed table, the lines under it addressed, signed and dated:
    the layout asks the same question of the table as the reader (``transposed.read_header``), so
    the table is the task table, as an ordinary table in its place is, and not a banner passed
    over to read the lines under it as the cover letter."""
    under = ("<p>各区人民政府，州市有关单位：</p><p>请按上表抓好落实。</p>"
             "<p>某州市人民政府办公室</p><p>2022年3月8日</p>")
    head = "<tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
    body = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{u}</td></tr>" for i, (n, u) in enumerate(
        (("改造老旧小区40个", "州市住房城乡建设局"), ("新增公交线路6条", "州市交通运输局")), 1))

    def page(table: str) -> bytes:
        return f"<html><head><meta charset='utf-8'></head><body>{table}{under}</body></html>".encode()

    ordinary = extract(page(f"<table border='1'>{head}{body}</table>"), name="t.html")
    notice = extract(page(_table()), name="t.html")
    assert [m.text for m in notice.measures] == list(NAMES)
    assert (notice.recipients, notice.issuer, notice.date) == (ordinary.recipients, ordinary.issuer, ordinary.date)
    assert "某州市人民政府办公室" not in (notice.issuer or "")
