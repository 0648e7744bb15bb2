"""Stage 4: a notice copied inside another publication's page.

A gazette's issue copied whole prints its 目录 (the issue's documents' titles one a line) and then
the table of ONE of them with no heading of its own: the title is the entry naming a division of
tasks, the line over the table heads nothing, and the issuer the entry prints by its level alone
(市人民政府) is the notice's place's (docs/forms.md, "Metadata").  A newspaper's e-paper prints the
article under the paper's controls: its <title> closes with the paper's name, its issue date
stands among the page's controls, its footer is the paper's copyright line.
"""
import pytest

from extractor.agencies.issuerplace import issuer_with_place
from extractor.layout.titlelines import names_division

from test_metadata import meta_of

TABLE = ("<table><tr><td>序号</td><td>工作措施</td><td>责任单位</td></tr>"
         "<tr><td>1</td><td>落实高校毕业生就业补贴</td><td>市人社局</td></tr>"
         "<tr><td>2</td><td>发放创业担保贷款</td><td>市财政局</td></tr></table>")


def page(body: str, title: str = "某某文库") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='article'>{body}</div></body></html>")


def gazette(entries) -> str:
    return page("<p>某市人民政府主办2021年第4号(总第60号)</p><p>目录</p><p>市政府文件</p>"
                + "".join(f"<p>{e}</p>" for e in entries) + TABLE)


ENTRIES = ["市人民政府关于印发某市城市绿化管理办法的通知",
           "市人民政府关于某市落实省稳就业若干措施任务分工的通知",
           "市人民政府办公室关于印发某市河长制工作方案的通知",
           "市人民政府办公室关于2020年度全市安全生产工作情况的通报",
           "市人民政府办公室关于调整市防汛抗旱指挥部成员的通知"]


def test_a_gazettes_contents_give_the_entry_naming_a_division_and_no_table_title():
    m = meta_of(gazette(ENTRIES), path="p.html")
    assert m.title == ENTRIES[1]
    assert m.issuer == "市人民政府"     # the place is the notice's, added once it is known (issuer_with_place)
    assert m.table_title is None        # the last entry stands over the table but heads nothing
    assert m.recipients == () and m.doc_number is None


def test_a_list_naming_no_division_keeps_its_last_entry_and_two_titles_are_no_list():
    others = [e for e in ENTRIES if e != ENTRIES[1]]
    m = meta_of(gazette(others), path="p.html")
    assert m.title == others[-1]
    assert m.table_title is None
    # a title over its attachment's title is no list of documents: the line over the table heads it
    two = page("<p>市人民政府办公室关于印发某市河长制工作方案的通知</p>"
               "<p>关于某市落实省稳就业若干措施任务分工的通知</p>" + TABLE)
    m = meta_of(two, path="p.html")
    assert m.title == "关于某市落实省稳就业若干措施任务分工的通知"
    assert m.table_title == "关于某市落实省稳就业若干措施任务分工的通知"



def test_two_entries_under_a_contents_heading_are_a_list_of_documents():
    """A gazette's issue of two documents: two title lines are a list only under its 目录 heading (a
    column's name between them aside); the look-alike, a title over its attachment's title with no
    such heading, is above (``titlelines.MIN_LISTED_TITLES`` stays 3)."""
    two = [ENTRIES[0], ENTRIES[1]]
    m = meta_of(gazette(two), path="p.html")
    assert m.title == ENTRIES[1]
    assert m.table_title is None
    # letter-spaced, and with no column name under it
    spaced = page("<p>某市人民政府主办2021年第4号</p><p>目　录</p>" + "".join(f"<p>{e}</p>" for e in two) + TABLE)
    m = meta_of(spaced, path="p.html")
    assert (m.title, m.table_title) == (ENTRIES[1], None)
    # a heading that is no contents heading over the same two lines: no list
    other = page("<p>某市人民政府主办2021年第4号</p><p>市政府文件</p>" + "".join(f"<p>{e}</p>" for e in two) + TABLE)
    assert meta_of(other, path="p.html").table_title == ENTRIES[1]


@pytest.mark.parametrize("title,named", [
    ("市人民政府关于某市落实省稳就业若干措施任务分工的通知", True),
    ("关于印发《某县2021年重点工作任务分解方案》的通知", True),
    ("某区2022年民生实事责任清单", True),
    ("市人民政府办公室关于分解落实省《政府工作报告》涉及某市重点工作的通知", False),
    ("关于印发某市老旧小区改造实施方案的通知", False),
    ("关于调整市防汛抗旱指挥部成员的通知", False),
])
def test_a_title_names_a_division_by_what_it_issues(title, named):
    assert names_division(title) is named


@pytest.mark.parametrize("issuer,city,expected", [
    ("市人民政府", "南充市", "南充市人民政府"),
    ("区政府办公室", "南充市顺庆区", "南充市顺庆区政府办公室"),
    ("县人民政府办公室", "仪陇县", "仪陇县人民政府办公室"),
    # a name printing its place, a district called 市中区, a place of another level, a department
    ("南充市人民政府", "南充市", "南充市人民政府"),
    ("市中区人民政府", "济南市市中区", "市中区人民政府"),
    ("市人民政府", "南充市顺庆区", "市人民政府"),
    ("市发展改革委", "南充市", "市发展改革委"),
    ("市人民政府", None, "市人民政府"),
    # the level words below a province (places.toml [levels]: jurisdiction.LOCAL_LEVEL_CHARS); a province's
    # letter names its province
    ("盟行政公署", "锡林郭勒盟", "锡林郭勒盟行政公署"),
    ("旗人民政府", "锡林郭勒盟正蓝旗", "锡林郭勒盟正蓝旗人民政府"),
    ("省人民政府", "四川省", "省人民政府"),
])
def test_an_issuer_printed_by_its_level_alone_takes_the_notices_place(issuer, city, expected):
    assert issuer_with_place(issuer, city) == expected


EPAPER = """<html><head><meta charset="utf-8"><title>全市秋粮收储工作推进情况--南充日报</title></head><body>
<table width="1000"><tr><td colspan="2"><img src="top.jpg"></td></tr>
<tr><td width="300"><table>
<tr><td>第02版：综合 <a href="n3.htm">下一版</a></td></tr>
<tr><td><a href="c1.htm">全市秋粮收储工作推进情况</a></td></tr>
<tr><td><a href="c2.htm">市政府召开专题会议</a></td></tr>
<tr><td><a href="p.htm">上一期</a> <a href="nav.htm">版面导航</a></td></tr></table></td>
<td width="700"><table>
<tr><td class="nav"><a href="c0.htm">上一篇</a> <a href="c2.htm">下一篇</a> 2021年11月5日
<a href="#">放大</a> <a href="#">缩小</a> <a href="#">默认</a></td></tr>
<tr><td class="title">全市秋粮收储工作推进情况</td></tr>
<tr><td class="txt"><p>10月下旬，市政府督查室对全市秋粮收储工作进行了督查。</p>
<p>一、仓储设施（共3项）</p><p>（一）已完成的有1项。</p><p>（二）进展缓慢的有2项。</p>
<p>1.新建粮库两座。（责任单位：市粮食局）</p><p>2.维修烘干塔五座。（责任单位：市农业农村局）</p>
<p>二、收购资金（共2项）</p><p>（一）已完成的有1项。</p><p>（二）进展缓慢的有1项。</p>
<p>1.落实收购贷款。（责任单位：市财政局）</p><p>（下转第二版）</p>
</td></tr></table></td></tr>
<tr><td colspan="2">南充日报社版权所有 未经许可不得转载 蜀ICP备12345678号</td></tr></table>
</body></html>"""


def test_an_epapers_title_date_and_footer():
    m = meta_of(EPAPER, path="p.html")
    assert m.title == "全市秋粮收储工作推进情况"    # without the paper's name after the dash
    assert m.date == "2021-11-05"                 # the issue date among the page's controls
    assert m.table_title is None                   # neither the footer nor the menu table's first row


@pytest.mark.parametrize("line", [
    "2021年11月5日 放大",                       # one control beside the date is no control line
    "上一篇：关于2021年11月5日会议安排的通知",      # a link's title holding a date
    "下一篇 2021年11月5日 至 2021年11月9日 放大 缩小",   # two dates
])
def test_a_line_that_is_not_only_controls_and_one_date_dates_nothing(line):
    text = EPAPER.replace(
        '<a href="c0.htm">上一篇</a> <a href="c2.htm">下一篇</a> 2021年11月5日\n'
        '<a href="#">放大</a> <a href="#">缩小</a> <a href="#">默认</a>', line)
    assert text != EPAPER
    assert meta_of(text, path="p.html").date is None


LAYOUT_PAGE = """<html><body><h1>某区人民政府办公室关于印发某区2024年民生实事项目任务分工的通知</h1>
<div class="info">时间：2024-01-19　来源：本网</div>
<div class="tool">下载 我要纠错 收藏</div>
<table><tr><td><table><tr><td>政务公开</td></tr><tr><td>政府文件</td></tr></table></td><td>
<p>某政办〔2024〕29号</p><p>某区人民政府办公室关于印发某区2024年民生实事项目任务分工的通知</p>
<p>各街道办事处，区政府各部门：</p><p>《某区2024年民生实事项目任务分工》已经区政府同意，现印发给你们，请认真贯彻落实。</p>
<p>某区人民政府办公室</p><p>2024年1月13日</p><p>某区2024年民生实事项目任务分工</p>
<p>1.新建学校8所。（牵头单位：区教育局）</p><p>2.完成病险水库除险加固。（牵头单位：区水利局）</p>
</td></tr></table></body></html>"""


def test_a_tool_bars_words_alone_over_a_layout_table_leave_the_letter_whole():
    # the tool bar's leftover line right over the content's layout table (blindsynth session 50 cause 1): dropped as
    # chrome, so the letter inside the table is read as without it
    m = meta_of(LAYOUT_PAGE, path="p.html")
    assert (m.doc_number, m.recipients, m.date, m.table_title) == (
        "某政办〔2024〕29号", ("各街道办事处", "区政府各部门"), "2024-01-13", "某区2024年民生实事项目任务分工")
