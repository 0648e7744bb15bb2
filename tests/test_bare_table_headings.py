"""A page laid out one table per part whose parts' headings print no number (a progress report's
tables by leader: 王某某市长主抓重点工作 / table / 李某某副市长主抓重点工作 / table, holdout halfyear-huzhou,
batch 44): the lines head their tables as sections numbered by place, and none of them names the
table (docs/parsing.md, one table per section)."""
import pytest

from extractor import extract
from extractor.parse.tableheads import is_bare_table_heading


def table(no: int, task: str, unit: str) -> str:
    return ("<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
            f"<tr><td>{no}</td><td>{task}</td><td>{unit}</td></tr></table>")


def page(*parts: str) -> bytes:
    body = "".join(parts)
    return (f"<html><head><title>二季度重点工作进展汇总表</title></head><body><h1>二季度重点工作进展汇总表</h1>"
            f"<div class='content'>{body}</div></body></html>").encode("utf-8")


T1 = table(1, "新增城镇就业2万人。", "市人社局")
T2 = table(2, "新建学校6所。", "市教育局")


def test_unnumbered_lines_over_each_table_head_them_and_name_none():
    notice = extract(page("<p>王立新市长主抓重点工作</p>", T1, "<p>李明常务副市长主抓重点工作</p>", T2), name="p.html")
    assert [(s.no, s.label, s.title) for s in notice.sections] == [
        (1, None, "王立新市长主抓重点工作"), (2, None, "李明常务副市长主抓重点工作")]
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 2)]
    assert notice.table_title == "二季度重点工作进展汇总表"


def test_one_unnumbered_line_over_the_only_table_heads_nothing():
    notice = extract(page("<p>王立新市长主抓重点工作</p>", T1), name="p.html")
    assert notice.sections == () or list(notice.sections) == []


def test_the_same_line_over_every_table_heads_nothing():
    notice = extract(page("<p>各项工作推进情况如下表</p>", T1, "<p>各项工作推进情况如下表</p>", T2), name="p.html")
    assert [s.title for s in notice.sections] == []


@pytest.mark.parametrize("line,heads", [
    ("王立新市长主抓重点工作", True),
    ("附件1", False),                       # an attachment's mark
    ("2023年重点工作任务分解表", False),      # a table's dated name
    ("单位：万元", False),                   # a unit-of-measure line
    ("（续表）", False),
    ("重点项目清单", False),                 # names a list
    ("下表为各项任务的完成情况。", False),     # a sentence
    ("周秀英", True),                        # a leader's name alone (holdout namelines-shaoxing)
    ("孙 昊", True),                         # a two-character name spaced to the width of three
    ("欧阳立新", True),                      # a compound surname
    ("陳立新", True), ("歐陽立新", True),      # a traditional copy's
    ("续表", False), ("附表", False), ("表一", False),   # short labels: no surname opens them
    ("王立新同志", False),                    # five characters: no name alone, and shorter than a heading
])
def test_is_bare_table_heading(line, heads):
    assert is_bare_table_heading(line) is heads


def test_a_box_table_under_the_columns_name_is_no_part():
    # a metadata box laid out as a table under the column's name prints other columns than the parts' tables
    box = ("<div><table width='100%' border='0'><tr><td><table><tr><td>索引号：</td><td>E1-2023-1</td></tr>"
           "<tr><td>发布机构：</td><td>湖州市人民政府</td></tr></table></td></tr></table></div>")
    notice = extract(page("<p>重点改革任务专栏</p>", box, "<p>王立新市长主抓重点工作</p>", T1,
                          "<p>李明常务副市长主抓重点工作</p>", T2), name="p.html")
    assert [(s.no, s.title) for s in notice.sections] == [(1, "王立新市长主抓重点工作"), (2, "李明常务副市长主抓重点工作")]


def test_name_lines_over_each_table_head_them_and_name_none():
    """Each vice-mayor's NAME printed alone over the table of the work they oversee (holdout
    namelines-shaoxing, batch 47): the names head their tables as a longer leader line does."""
    notice = extract(page("<p>周秀英</p>", T1, "<p>陈立新</p>", T2), name="p.html")
    assert [(s.no, s.label, s.title) for s in notice.sections] == [(1, None, "周秀英"), (2, None, "陈立新")]
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 2)]
    assert notice.table_title == "二季度重点工作进展汇总表"


def _word_file(tmp_path, *parts) -> str:
    """A .docx holding ``parts``: a str a paragraph, a (no, task, unit) triple a table under 序号 |
    工作任务 | 责任单位 (a .doc attachment reads the same way, LibreOffice making it a .docx)."""
    import docx
    doc = docx.Document()
    for part in parts:
        if isinstance(part, str):
            doc.add_paragraph(part)
            continue
        tbl = doc.add_table(rows=2, cols=3)
        for cell, text in zip(tbl.rows[0].cells + tbl.rows[1].cells, ("序号", "工作任务", "责任单位", *map(str, part))):
            cell.text = text
    path = tmp_path / "fj1.docx"
    doc.save(path)
    return str(path)


def test_unnumbered_lines_between_a_word_files_tables_head_them(tmp_path):
    """The same layout in a Word attachment (blindsynth session 53 cause 4, bs11692 with --office: its
    .doc's three leader headings were lost and the tables, printing the same columns, read as one)."""
    from extractor.engine.extract import extract_file
    notice = extract_file(_word_file(tmp_path, "二季度重点工作进展汇总表", "王立新市长主抓重点工作",
                                     (1, "新增城镇就业2万人。", "市人社局"), "李明常务副市长主抓重点工作",
                                     (2, "新建学校6所。", "市教育局")))
    assert [(s.no, s.label, s.title) for s in notice.sections] == [
        (1, None, "王立新市长主抓重点工作"), (2, None, "李明常务副市长主抓重点工作")]
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 2)]


def test_the_same_line_over_every_word_table_heads_nothing(tmp_path):
    from extractor.engine.extract import extract_file
    notice = extract_file(_word_file(tmp_path, "各项工作推进情况如下表", (1, "新增城镇就业2万人。", "市人社局"),
                                     "各项工作推进情况如下表", (2, "新建学校6所。", "市教育局")))
    assert list(notice.sections) == [] and [m.measure_no for m in notice.measures] == [1, 2]
