"""A section heading closing with the bracket that names its area's lead (``一、扩大有效投资（市发改委牵头）``) is titled
without it, whichever form its items take (tests/fixtures/README.md, sections): the labelled form keeps the bracket in
the heading's text, so the title drops it (outlineheads.without_lead_bracket).  A bracket of leaders, of a count or
of bare names stays."""
import pytest

from extractor.engine.extract import extract
from extractor.parse.outlineheads import without_lead_bracket

LABELLED = """某市2022年重点工作任务分工
一、深化重点领域改革{first}
1. 开展安全生产专项整治。
牵头单位：市应急局
配合单位：市公安局
2. 推进医保支付方式改革。
牵头单位：市医保局
二、扩大有效投资{second}
3. 新开工重大产业项目5个。
牵头单位：市发改委
配合单位：市财政局
"""


@pytest.mark.parametrize("first,second", [
    ("（市人社局牵头）", "（市发改委牵头）"),
    ("（牵头单位：市人社局）", "（牵头单位：市发改委；配合单位：市财政局）"),
])
def test_labelled_items_under_lead_headings(first, second):
    notice = extract(LABELLED.format(first=first, second=second).encode("utf-8"))
    assert [s.title for s in notice.sections] == ["深化重点领域改革", "扩大有效投资"]
    assert [m.lead[0].name for m in notice.measures] == ["市应急局", "市医保局", "市发改委"]


@pytest.mark.parametrize("title,kept", [
    ("扩大有效投资（市发改委牵头）", "扩大有效投资"),
    ("扩大有效投资（牵头领导：刘洋）", None),
    ("县示范区管委会牵头工作（8项）", None),
    ("扩大有效投资", None),
])
def test_only_a_lead_bracket_goes(title, kept):
    assert without_lead_bracket(title) == (kept or title)
