"""The records a notice builds one a task row, by position (``tablerow.row_measure``: DraftMeasure;
``extract.extract_raw``: Measure): their fields must stay in the order those calls pass them."""
from dataclasses import fields

from extractor.models import AgencyRef, DraftMeasure, Measure, Section

from test_table import parse_html


def test_fields_in_the_order_the_rows_pass_them():
    assert [f.name for f in fields(DraftMeasure)] == ["section", "measure_no", "text", "lead_cells", "support_cells",
                                                       "deadline", "form", "extra", "from_responsible"]
    assert [f.name for f in fields(Measure)] == ["seq", "section_no", "measure_no", "text", "deadline", "lead",
                                                  "support", "form", "extra"]


def test_positional_record_is_the_keyword_one():
    section, ref = Section(no=1, label="一、", title="甲"), AgencyRef("市发改局", "dg-a", "东莞市发展和改革局")
    assert DraftMeasure(section, 2, "做甲", ("市发改局",), ("市财政局",), "年底前", "html-table", {"备注": "x"}, True) == \
        DraftMeasure(section=section, measure_no=2, text="做甲", lead_cells=("市发改局",), support_cells=("市财政局",),
                     deadline="年底前", form="html-table", extra={"备注": "x"}, from_responsible=True)
    assert Measure(3, 1, 2, "做甲", "年底前", (ref,), (), "html-table", {"备注": "x"}) == \
        Measure(seq=3, section_no=1, measure_no=2, text="做甲", deadline="年底前", lead=(ref,), support=(),
                form="html-table", extra={"备注": "x"})


def test_a_task_row_puts_each_cell_in_its_field():
    p = parse_html("""<table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th>
      <th>备注</th></tr><tr><td>3</td><td>做甲</td><td>市发改局</td><td>市财政局</td><td>年底前</td><td>注一</td></tr>
      </table>""")
    d = p.measures[0]
    assert (d.measure_no, d.text, d.lead_cells, d.support_cells, d.deadline, d.form, d.extra, d.from_responsible) == \
        (3, "做甲", ("市发改局",), ("市财政局",), "年底前", "html-table", {"备注": "注一"}, False)
