"""A portal's column menu laid out as a table of plain cells beside the content is dropped like a menu of links
(``layout.menus.is_menu_table``): read as the notice's table it stood before the letter, and the letter lost its
number, title, issuer, date and recipients (blindsynth session 57 cause 2, holdout navcollection-pingqiao)."""
from lxml import etree

from extractor.engine.extract import extract
from extractor.layout.menus import is_menu_table


def _table(rows: list[list[str]]) -> etree._Element:
    html = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
    return etree.fromstring(html, etree.HTMLParser()).find(".//table")


def test_a_column_of_short_plain_labels_is_a_menu():
    assert is_menu_table(_table([["栏目导航"], ["政务公开"], ["区政府文件"], ["通知公告"]]))
    assert is_menu_table(_table([['<a href="/a">政务公开</a>'], ['<a href="/b">部门文件</a>']]))   # links, as before


def test_tables_of_a_notice_are_no_menu():
    assert not is_menu_table(_table([["政务公开"], ["政府文件"]]))   # two lines may be anything
    assert not is_menu_table(_table([["一、加强领导"], ["二、压实责任"], ["三、强化督查"]]))   # numbered headings
    assert not is_menu_table(_table([["区发改局、区财政局"], ["区住建局"], ["区水利局"]]))   # a unit list's mark
    assert not is_menu_table(_table([["完成改造小区12个"], ["新建公园3个"], ["建成学校2所"]]))   # figures
    assert not is_menu_table(_table([["序号", "任务"], ["1", "改造小区"], ["2", "新建公园"]]))   # two columns
    assert not is_menu_table(_table([["推进城乡环境综合整治工作"], ["加强农村人居环境"], ["完善公共服务"]]))   # too long


PAGE = """<html><head><title>城区环境整治任务分工（2篇）_某某区人民政府</title></head><body>
<div class="header">某某市某某区人民政府</div>
<h2>城区环境整治任务分工（2篇）</h2>
<div class="fbsj">发布时间：2021-06-02　来源：某某区人民政府办公室</div>
<table width="960"><tr><td width="200">
<table><tr><td>栏目导航</td></tr><tr><td>工作动态</td></tr><tr><td>区政府文件</td></tr><tr><td>规划计划</td></tr></table>
</td><td><div class="content">
<p><strong>城区环境整治任务分工篇一</strong></p>
<p>关于印发某某区2021年城区环境整治任务分工的通知</p>
<p>某政办〔2021〕21号</p>
<p>各街道办事处，区直有关单位：</p>
<p>《某某区2021年城区环境整治任务分工》已经区政府同意，现印发给你们，请认真贯彻落实。</p>
<p>某某市某某区人民政府办公室</p>
<p>2021年5月28日</p>
<p>某某区2021年城区环境整治任务分工</p>
<table border="1"><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>清理城区主次干道占道经营。</td><td>区城管局</td><td>区市场监管局</td></tr>
<tr><td>2</td><td>完成背街小巷路面修复。</td><td>区住建局</td><td>区财政局</td></tr></table>
<p><strong>城区环境整治任务分工篇二</strong></p>
<p>另一区的任务分工</p>
<p>1.开展工地扬尘检查。（责任单位：区住建局）</p>
</div></td></tr></table></body></html>"""


def test_the_letter_beside_a_plain_menu_keeps_its_fields(tmp_path):
    path = tmp_path / "n.html"
    path.write_text(PAGE, encoding="utf-8")
    notice = extract(str(path))
    meta = notice
    assert (meta.doc_number, meta.date, meta.recipients) == ("某政办〔2021〕21号", "2021-05-28", ("各街道办事处", "区直有关单位"))
    assert meta.title == "关于印发某某区2021年城区环境整治任务分工的通知"
    assert [m.text for m in notice.measures] == ["清理城区主次干道占道经营。", "完成背街小巷路面修复。"]
