"""A page printing its title field as a line of its own (a forum's print view: `标题: …` over `作者: … 时间: …`) is
titled by that line's value, not by the page's heading (the forum's name).  Written by hand before the code (holdout
printview-yueqing, batch 78: before, the title was the forum's name, no issuer was read, and the units were placed
under the city the letter's prose names)."""
from __future__ import annotations

from extractor import extract
from extractor.layout.lettertitle import labelled_title
from extractor.text import vocab


def _voc():
    return vocab()["metadata"]


def test_the_title_fields_line_gives_the_title():
    head = ["某某社区", "标题: 某市人民政府办公室关于2022年度民生实事项目完成情况的通报 [打印本页]",
            "标题: 某市人民政府办公室关于2022年度民生实事项目完成情况的通报"]
    assert labelled_title(head, _voc()) == "某市人民政府办公室关于2022年度民生实事项目完成情况的通报"
    assert labelled_title(["名 称：关于印发某县2023年重点工作任务的通知"], _voc()) == "关于印发某县2023年重点工作任务的通知"


def test_a_field_naming_no_title_gives_none():
    assert labelled_title(["标题: 无", "作者: 某某发布"], _voc()) is None
    assert labelled_title(["来源：某市人民政府办公室"], _voc()) is None
    assert labelled_title(["某市人民政府办公室关于…的通知"], _voc()) is None


PAGE = """<html><head><meta charset="utf-8"><title>某市人民政府办公室关于2022年度民生实事项目完成情况的通报 - 某某社区</title></head>
<body><h1>某某社区</h1>
<b>标题: </b>某市人民政府办公室关于2022年度民生实事项目完成情况的通报 [打印本页]<br>
<b>作者: </b>某某发布&nbsp;&nbsp;<b>时间: </b>2023-2-3 09:12<br><br>
<b>标题: </b>某市人民政府办公室关于2022年度民生实事项目完成情况的通报<br>
各乡镇人民政府、街道办事处，市政府各部门：<br>
2022年度民生实事共计3项，均已完成。<br>
<table border="1"><tr><td>序号</td><td>项目内容</td><td>年度完成情况</td><td>责任单位</td><td>责任人</td></tr>
<tr><td>1</td><td>新增托位500个</td><td>新增托位520个。</td><td>市卫健局</td><td>张三</td></tr>
<tr><td>2</td><td>新建公办幼儿园2所</td><td>2所幼儿园已投用。</td><td>市教育局</td><td>李四</td></tr>
<tr><td>3</td><td>新（改）建老年食堂10家</td><td>10家老年食堂已运营。</td><td>市民政局</td><td>王五</td></tr>
</table></body></html>"""


def test_a_print_view_is_titled_by_its_title_field():
    result = extract(PAGE.encode("utf-8"))
    assert result.title == "某市人民政府办公室关于2022年度民生实事项目完成情况的通报"
    assert result.issuer == "某市人民政府办公室"
    assert [m.text for m in result.measures] == ["新增托位500个", "新建公办幼儿园2所", "新（改）建老年食堂10家"]
