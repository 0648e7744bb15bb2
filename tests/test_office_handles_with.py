"""X会Y in a department's own list of its offices (宣传处会办公室: 会 for 会同, 会办 "handled together with"): the
office before 会 leads and the one after it supports (assign.toml [verbs] together_short, clauseroles; holdout
ledgerbox-guangdong-2021-1, batch 130, tests/fixtures/README.md "An office that handles with another")."""
import pytest

from extractor.engine.extract import extract
from extractor.parse.clauseroles import clause_roles


@pytest.mark.parametrize("cell,lead,support", [
    ("宣传处会办公室", "宣传处", "办公室"),
    ("医政处会医管处、疾控处", "医政处", "医管处、疾控处"),
    ("法规科会办公室负责", "法规科", "办公室"),      # a verb after the supports is no part of them
    ("宣传处会同办公室", "宣传处", "办公室"),        # 会同 in full reads the same
])
def test_an_office_handling_with_another_leads_it(cell, lead, support):
    assert clause_roles(cell) == [("lead", lead), ("support", support)]


@pytest.mark.parametrize("cell", [
    "财务处会计科",            # 会计: a word of its own after the head
    "办公室会务组",
    "科技处会议室",
    "市财政局会计核算中心",     # after a bureau, not an office's head
    "市总工会",               # a body ending in 会
    "宣传处会",               # nothing after it
])
def test_hui_words_and_names_are_no_such_verb(cell):
    assert clause_roles(cell) is None


def test_a_ledger_row_of_one_office_with_another():
    page = ("序号 | 工作任务 | 责任处室 | 完成时限 |\n"
            "1 | 做好疫情防控信息发布 | 宣传处会办公室 | 长期推进 |\n"
            "2 | 做好疫苗接种信息公开 | 疾控处 | 长期推进 |\n"
            "3 | 做好预算决算信息公开 | 财务处 | 长期推进 |\n")
    notice = extract(page.encode("utf-8"))
    assert [([r.name for r in m.lead], [r.name for r in m.support]) for m in notice.measures] == [
        (["宣传处"], ["办公室"]), (["疾控处"], []), (["财务处"], [])]
