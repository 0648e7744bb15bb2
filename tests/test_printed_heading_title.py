"""A page with no letter whose content prints its list's own heading is titled by that heading where what the
page's frame offers instead is no document's title: a portal box's 标题 field that puts the posting body's name
before the heading, or a news item's headline reporting the document's issue (…出台).  A page heading that is a
document's own title (a progress report's …完成情况 over its …一览表) stays the title (holdout qtrtarget-zhoucun,
spacelabel-guojia; glossprog-yueyanglou, wrapunit-luan keep theirs)."""
import pytest

from extractor.engine.extract import extract

BOX = """<html><head><meta charset="utf-8"><title>{box}</title></head><body>
<div class="gk-top">某区人民政府 政府信息公开</div>
<div class="gk-detail"><table class="gk-meta">
<tr><td>标题:</td><td colspan="3">{box}</td></tr>
<tr><td>索引号:</td><td>113703060042/2023-00001</td><td>文号:</td><td></td></tr>
<tr><td>发文日期:</td><td>2023-06-30</td><td>发布机构:</td><td>某区农业农村局</td></tr></table>
<div class="gk-content">
<p style="text-align:center"><strong>2023年二季度《政府工作报告》完成情况</strong></p>
<table border="1"><tr><td>序号</td><td>年度目标</td><td>责任单位</td><td>进展情况</td></tr>
<tr><td>1</td><td>新建高标准农田2万亩。</td><td>区农业农村局</td><td>完成</td></tr>
<tr><td>2</td><td>培育市级以上农业龙头企业3家。</td><td>区农业农村局</td><td>序时推进</td></tr>
<tr><td>3</td><td>建成农村公路20公里。</td><td>区交通运输局</td><td>完成</td></tr></table>
</div></div></body></html>"""


@pytest.mark.parametrize("box,title", [
    ("某区农业农村局2023年二季度《政府工作报告》完成情况", "2023年二季度《政府工作报告》完成情况"),
    # a field naming the post otherwise is the title as before
    ("2023年第二季度政府工作报告执行情况", "2023年第二季度政府工作报告执行情况"),
])
def test_a_box_title_naming_the_poster_before_the_printed_heading(box, title):
    notice = extract(BOX.format(box=box).encode("utf-8"))
    assert notice.table_title == "2023年二季度《政府工作报告》完成情况"
    assert notice.title == title


NEWS = """<html><head><meta charset="utf-8"><title>{h1}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/research/">研究</a></div>
<div class="newsview"><h1>{h1}</h1>
<div class="newsinfo">发布者：某证券网　日期：2017-06-21</div>
<div class="newscontent">
<p>记者6月21日从有关部门了解到，控制温室气体排放工作方案的部门分工已于日前印发。</p>
<p>分工全文如下：</p>
<p>控制温室气体排放工作方案部门分工</p>
<p>一、低碳引领能源革命</p>
<p>1. 实施能源消费总量和强度双控，到2020年单位国内生产总值能耗比2015年下降15%。（牵头单位：发展改革委）</p>
<p>2. 大型发电集团单位供电二氧化碳排放控制在550克以内。（牵头单位：能源局）</p>
<p>3. 严格实施节能评估审查，强化节能监察。（牵头单位：发展改革委）</p>
</div></div></body></html>"""


@pytest.mark.parametrize("h1,title", [
    ("控制温室气体排放方案部门分工出台", "控制温室气体排放工作方案部门分工"),
    ("控制温室气体排放工作方案部门分工印发", "控制温室气体排放工作方案部门分工"),
    # a headline of two clauses parted by a space, the first reporting the issue
    ("控制温室气体排放方案部门分工出台 42项任务明确牵头单位", "控制温室气体排放工作方案部门分工"),
    # a clause after the space that no lead verb ends is no report of the issue
    ("控制温室气体排放工作 情况通报", "控制温室气体排放工作情况通报"),
    # a headline naming the document keeps it
    ("控制温室气体排放工作情况通报", "控制温室气体排放工作情况通报"),
])
def test_a_news_headline_reporting_the_issue_gives_way_to_the_lists_heading(h1, title):
    notice = extract(NEWS.format(h1=h1).encode("utf-8"))
    assert notice.table_title == "控制温室气体排放工作方案部门分工"
    assert notice.title == title
