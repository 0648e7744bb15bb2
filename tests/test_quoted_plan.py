"""One measure a report quotes from the plan it checks (tests/fixtures/README.md "One measure a report quotes from
the plan it checks"; parse/quotedplan.py; holdout quotedplan-ganzi-2021-1, batch 116).

A 督察组's report posted as an article quotes, in “ ”, the measure a prefecture's 整改方案 set; nothing else on the
page assigns anything.  The quote is ONE measure: its text whole, its subjects leading (a list of names run straight
into a plain verb, a list before a follower such as 按照, a list before a role verb), the date clause its deadline.
A page that another form reads, or a quote naming no unit as a subject, gives no such measure.
"""
from __future__ import annotations

from extractor.engine.extract import extract
from extractor.parse.quotedplan import quoted_measure

QUOTE = ("落实‘一站一策’：2019年12月底前，某州水务局、某州财政局建立部门联动机制，督促电站业主逐站落实措施，"
         "各县（市）人民政府按照属地管理原则强化日常监管")


def _page(body: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>某县小水电下泄不足</title></head><body><h1>某县小水电下泄不足</h1>"
            "<div>信息来源:某省生态环境保护督察某州督察组 发布时间:2021年05月09日</div>"
            f"<p>督察组发现，两条河流减水严重。</p><p>一、基本情况</p><p>{body}</p></body></html>").encode("utf-8")


def test_a_quoted_plan_measure_is_one_measure_led_by_its_subjects():
    notice = extract(_page(f"督察反馈问题后，某州整改方案要求：“{QUOTE}”。某州报告已按期整改到位。"), name="t.html")
    assert [(m.measure_no, m.section_no, m.text, [a.name for a in m.lead], m.support, m.deadline)
            for m in notice.measures] == [
        (1, None, QUOTE, ["某州水务局", "某州财政局", "各县（市）人民政府"], (), "2019年12月底前")]


def test_a_subject_run_into_a_plain_verb_ends_at_its_first_unit_ending():
    draft = quoted_measure("甘孜州水务局、甘孜州财政局建立部门联动机制，加强监管")
    assert draft is not None and draft.lead_cells == ("甘孜州水务局、甘孜州财政局",) and draft.deadline is None


def test_a_quote_naming_no_subject_unit_gives_no_measure():
    assert quoted_measure("要加强组织领导，压实工作责任，确保整改取得实效") is None
    assert extract(_page("整改方案要求：“要加强组织领导，压实工作责任，确保整改取得实效”。"), name="t.html").measures == ()
