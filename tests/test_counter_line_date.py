"""A college site's article line printing only the day, its time and the page's hit counter
(``2020-03-10 10:45 (点击: …)``) dates a page with no letter when a body runs the site (infoline._dated_counter,
metadata._self_posted; holdout pointdept-henan-2020-1, batch 120)."""
from extractor.engine.extract import extract
from extractor.layout.infoline import COUNTER_DATE_LABEL, read_info_line

PAGE = """<html><head><title>评估知识手册之二《某指标责任部门分工》-某某职业技术学院</title></head><body>
<div class="content-title"><h1>评估知识手册之二《某指标责任部门分工》</h1></div>
<div class="content-info">{line}</div>
<div id="vsb_content">
<p>某指标责任部门分工</p>
<p>1.1 学校定位</p>
<p>1.1.1学校定位与规划（责任部门：发规处）</p>
<p>1.1.2办学思路（责任部门：党办）</p>
</div></body></html>"""


def test_the_counter_line_gives_the_day():
    found = read_info_line("<div>2020-03-10 10:45&nbsp;&nbsp; (点击: <script>x()</script>)</div>")
    assert (found.source, found.date, found.date_label) == (None, "2020-03-10", COUNTER_DATE_LABEL)


def test_a_day_with_no_counter_or_time_is_no_such_line():
    assert read_info_line("<div>2020-03-10 10:45 学校召开评估工作会议</div>") is None
    assert read_info_line("<div>2020-03-10 (点击: 12)</div>") is None   # no time of day: a date in the text


def test_a_letterless_page_on_a_bodys_site_is_dated_by_it():
    notice = extract(PAGE.format(line="2020-03-10 10:45 (点击: <script>c()</script>)").encode("utf-8"))
    assert notice.date == "2020-03-10"
    assert [m.text for m in notice.measures] == ["学校定位与规划", "办学思路"]
