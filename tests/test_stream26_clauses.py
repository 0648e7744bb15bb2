"""The generator's twenty-sixth stream's shapes read by the rules docs/forms.md states (session 64): 办理 after a
department's own 科 office alone (assign.toml [verbs] responsible; holdout kebanli-yueyang).  Invented notices, own
words."""
import pytest

from extractor.parse.assign import parse_verbs
from extractor.parse.inline import split_assignment


@pytest.mark.parametrize("text,lead", [
    ("计划财务科办理", ("计划财务科",)),
    ("計划財務科辦理", ("計划財務科",)),        # a traditional copy
    ("由基础教育科办理", ("基础教育科",)),
])
def test_an_office_alone_before_handle_leads(text, lead):
    found = parse_verbs(text)
    assert found is not None and found.lead == lead and found.support == ()


def test_an_item_closing_with_an_office_handle_bracket():
    rest, found = split_assignment("规范局机关财务管理，完成年度预算绩效自评。（计划财务科办理）")
    assert rest == "规范局机关财务管理，完成年度预算绩效自评。"
    assert found.lead == ("计划财务科",)


@pytest.mark.parametrize("text", ["凭证办理", "按程序办理", "限时办理，年底前完成"])
def test_wording_before_handle_stays_wording(text):
    assert parse_verbs(text) is None
