"""A copy that printed its title whole and left the rest of a broken copy under it (``2021年…涉杭任务和市政府…责任分解`` /
``和市政府…责任分解``): the rest names nothing, so it is no heading of the table under it
(``titlelines.broken_rest``, asked by ``tabletitle``'s look-ups over a table), and a numbered part heading right over
the table naming a list by 责任分解 names it (``[metadata] list_ends``; holdout provlead-hangzhou, batch 82)."""
from extractor.engine.extract import extract
from extractor.layout.titlelines import broken_rest
from extractor.parse.tableheads import names_a_list


def test_the_rest_of_the_line_above_is_a_broken_rest():
    lines = ["某市2022年重点工作和民生实事项目责任分解", "和民生实事项目责任分解"]
    assert broken_rest(lines, 1)
    assert broken_rest(["某市2022年重点工作和民生实事项目责任分解", "", "和民生实事项目责任分解"], 2)


def test_other_lines_are_no_broken_rest():
    assert not broken_rest(["某市2022年重点工作责任分解", "民生实事项目清单"], 1)      # no end of the line above
    assert not broken_rest(["某市重点工作责任分解", "某市重点工作责任分解"], 1)          # the same line again
    assert not broken_rest(["某市重点工作任务分解表", "解表"], 1)                        # too short to tell
    assert not broken_rest(["某市重点工作任务分解表"], 0)


def test_a_part_heading_naming_a_breakdown_of_duties_names_a_list():
    assert names_a_list("一、市政府工作报告重点工作责任分解")
    assert names_a_list("二、2022年重点项目任务分解")
    assert not names_a_list("一、明确责任分工")
    assert not names_a_list("三、压实工作责任")


PAGE = """<html><head><title>某市2022年重点工作和民生实事项目责任分解_范文网</title></head><body>
<h1>某市2022年重点工作和民生实事项目责任分解</h1>
<div class="content">
<p>某市2022年重点工作</p>
<p>某市2022年重点工作和民生实事项目责任分解</p>
<p>和民生实事项目责任分解</p>
<p>一、市政府重点工作责任分解</p>
<table>
<tr><td>序号</td><td>重点工作任务</td><td>责任单位</td></tr>
<tr><td>1</td><td>新建城市公园五座，改造街头绿地二十处。</td><td>市住建局、市城管局</td></tr>
<tr><td>2</td><td>完成老旧小区改造三十个。</td><td>市住建局</td></tr>
</table>
<p>二、民生实事项目责任分解</p>
<table>
<tr><td>序号</td><td>重点工作任务</td><td>责任单位</td></tr>
<tr><td>1</td><td>新增公办幼儿园学位一千个。</td><td>市教育局</td></tr>
<tr><td>2</td><td>为老年人免费体检五万人次。</td><td>市卫健委</td></tr>
</table>
</div></body></html>"""


def test_the_part_heading_names_the_table_under_a_broken_rest():
    notice = extract(PAGE.encode("utf-8"))
    assert [m.text for m in notice.measures][:1] == ["新建城市公园五座，改造街头绿地二十处。"]
    assert notice.table_title == "市政府重点工作责任分解"
