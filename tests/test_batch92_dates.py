"""A signature date that lost only its 日 (``2021年9月12``) and a task table naming itself in its first row
(``dates.run_together_date``, ``tabletitle._table_caption``; holdout gazettecells-dingzhou, batch 92).  Invented
notices, own words."""
import pytest

from extractor.layout.metadata import parse_metadata
from extractor.layout.locate import locate_content
from extractor.source.decode import decode_bytes

from conftest import make_raw


_GAZETTE = """<html><head><meta charset="utf-8"><title>某市人民政府办公室关于印发《关于推进数据共享的实施方案》的通知</title></head>
<body><h2>某市人民政府办公室关于印发《关于推进数据共享的实施方案》的通知</h2>
<p>各乡镇（街道）、市政府各部门：</p>
<p>　　《关于推进数据共享的实施方案》已经市政府审定，请抓好落实。</p>
<p>　　　　　　　　　　　　2021年9月12</p>
<p>　　（此件公开发布）</p>
<p align="center">关于推进数据共享的实施方案</p>
<p>　　为打通部门数据壁垒，制定本方案。</p>
<p>　　一、工作目标</p>
<p>　　年底前建成共享平台。</p>
<table border="1">
<tr><td colspan="4"><p>
     附件2
     关于推进数据共享的重点任务
     责任分工 </p></td></tr>
<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>编制政务数据共享目录。</td><td>市行政审批局</td><td>2021年10月底</td></tr>
<tr><td>2</td><td>建成政务数据共享平台。</td><td>市行政审批局</td><td>2021年12月底</td></tr>
<tr><td>3</td><td>落实数据安全管理制度。</td><td>市委网信办</td><td>长期坚持</td></tr>
</table></body></html>"""


def _meta(page):
    return parse_metadata(locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.html"))))


def test_a_date_that_lost_its_day_word_and_a_table_naming_itself():
    """Before: no date (the letter's end was missed, so the date line ran into the plan's name as the table
    title); with the date read, the plan's name after it was the table title, not the table's own first row."""
    meta = _meta(_GAZETTE)
    assert meta.date == "2021-09-12"
    assert meta.table_title == "关于推进数据共享的重点任务责任分工"


def test_a_title_row_naming_no_list_stays_last():
    """A first row naming no division of tasks or list is read only when nothing else names the table: the
    plan's name after the signature still wins over it."""
    meta = _meta(_GAZETTE.replace("关于推进数据共享的重点任务\n     责任分工", "第一批"))
    assert meta.table_title == "关于推进数据共享的实施方案"


@pytest.mark.parametrize("line,date", [
    ("2021年9月12", "2021-09-12"),   # after the recipients: read whatever the page shows
    ("2021年2月30", None),          # no such day
])
def test_day_lost_dates(line, date):
    assert _meta(_GAZETTE.replace("2021年9月12", line)).date == date
