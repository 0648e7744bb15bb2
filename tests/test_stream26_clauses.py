"""The generator's twenty-sixth stream's shapes read by the rules docs/forms.md states (session 64): 办理 after a
department's own 科 office alone (assign.toml [verbs] responsible; holdout kebanli-yueyang) and 各负其责 after towns
and streets named or counted (``assign._duty_only_units``; holdout gefucount-kunshan).  Invented notices, own words."""
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


@pytest.mark.parametrize("text,support", [
    ("市应急管理局牵头，市交通运输局、10个镇、街道各负其责", ("市交通运输局、10个镇、街道",)),
    ("市住房城乡建设局牵头，周市镇、张浦镇、千灯镇各负其责", ("周市镇、张浦镇、千灯镇",)),
    ("区审计局牵头，区财政局、东南隅街道、西关街道、属地街道各负其责", ("区财政局、东南隅街道、西关街道、属地街道",)),
])
def test_each_part_after_towns_named_or_counted_supports(text, support):
    found = parse_verbs(text)
    assert found is not None and found.support == support


def test_towns_each_answering_with_no_lead_name_no_role():
    assert parse_verbs("周市镇、张浦镇各负其责") is None   # an exhortation: 各负其责 alone names none
