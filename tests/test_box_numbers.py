"""A portal's info table names the notice's number under any of the box's number labels
(vocab.toml [metadata] doc_number), 发文文号 among them; an index number (索引号) is none."""
from extractor.engine.extract import extract

BOX = """<html><head><meta charset="utf-8"><title>某某县人民政府办公室关于做好秋季防火工作的意见</title></head><body>
<table class="xxgk"><tr><td>索引号：</td><td>MMXXGK-2021-000123</td><td>主题分类：</td><td></td></tr>
<tr><td>发文机构：</td><td></td><td>{label}：</td><td>{number}</td></tr>
<tr><td>发文日期：</td><td>2021年10月08日</td><td>发布日期：</td><td>2021-10-09 09:30</td></tr></table>
<h1>某某县人民政府办公室关于做好秋季防火工作的意见</h1><div class="content">
1. 开展林区火源排查。（县林业局负责）<br>
2. 加强防火宣传教育。（县应急局负责，各乡镇配合）<br>
某某县人民政府办公室<br>2021年10月8日
</div></body></html>"""


def test_a_box_s_fawen_wenhao_cell_is_the_number():
    notice = extract(BOX.format(label="发文文号", number="某政办发〔2021〕33号").encode("utf-8"))
    assert notice.doc_number == "某政办发〔2021〕33号"


def test_an_empty_number_cell_gives_no_number_and_the_index_number_is_none():
    notice = extract(BOX.format(label="发文文号", number="").encode("utf-8"))
    assert notice.doc_number is None
