"""A letter signed with no date between its closing formula and its plan's name (``特此通知。`` / the signing office /
``2024年…推进计划``: ``issuer.signed_under_closing``; holdout signednodate-guozhi-2024-6, batch 96).  Invented notices,
own words."""
from __future__ import annotations

from extractor.engine.extract import extract_raw

from conftest import make_raw


def _notice(page: str):
    return extract_raw(make_raw(page.encode("utf-8"), path="n.html"))


UNDATED = """<html><head><meta charset="utf-8"><title>关于印发某项推进计划的通知</title></head><body>
<h1>关于印发《2024年某领域建设推进计划》的通知</h1>
<p>某联办〔2024〕2号</p>
<p>联席会议各成员单位：</p>
<p>经联席会议同意，现将《2024年某领域建设推进计划》印发，请认真组织实施。</p>
<p>特此通知。</p>
<p>某领域建设工作部际联席会议办公室</p>
<p>2024年某领域建设推进计划</p>
<p>一、完善制度</p>
<p>1.推动相关条例修改。（司法部负责）</p>
<p>2.完善配套规章。（农业农村部、国家林草局负责）</p>
</body></html>"""


def test_a_letter_signed_with_no_date_over_its_plan():
    """Before: no issuer, and the signing office ran into the plan's name as the table title."""
    notice = _notice(UNDATED)
    assert (notice.issuer, notice.date, notice.table_title) == (
        "某领域建设工作部际联席会议办公室", None, "2024年某领域建设推进计划")
    assert [[u.name for u in m.lead] for m in notice.measures] == [["司法部"], ["农业农村部", "国家林草局"]]


def test_a_paragraph_under_the_signing_line_is_no_plan_name():
    """The line under the signature must read as a heading: a sentence there leaves the letter as it was read."""
    page = UNDATED.replace("<p>2024年某领域建设推进计划</p>", "<p>为推进某领域建设，制定本计划。</p>")
    notice = _notice(page)
    assert (notice.issuer, notice.table_title) == (None, None)   # as main read it before batch 96
