"""办理 (handle) and 各负其责 (each answers for its part) closing a unit clause in an item's bracket
(assign.toml [verbs] responsible / by_duty / together_tail; holdout huitongban-unplaced and sharedduty-unplaced,
batch 90: before, such brackets were no assignment, or glued 办理 to their last unit)."""
import re

import pytest

from extractor.parse.assign import parse_verbs
from extractor.parse.inline import split_assignment
from extractor.parse.labels import assign_vocab


@pytest.mark.parametrize("text,lead,support", [
    # 会同 then 办理: the units before 会同 lead, those after it support (as 由X会同Y负责)
    ("市政府法制办会同市有关部门办理", ("市政府法制办",), ("市有关部门",)),
    ("市政务公开办、市保密局会同市有关部门办理", ("市政务公开办、市保密局",), ("市有关部门",)),
    ("市政府应急办公室会同有关部门及各县、市、区政府办理", ("市政府应急办公室",), ("有关部门、各县、市、区政府",)),
    # 办理 alone: its units lead (等有关部门 after the list is no unit)
    ("市政府法制办、市行政服务中心、市监察局、市编办等有关部门办理",
     ("市政府法制办、市行政服务中心、市监察局、市编办",), ()),
    ("市政府法制办、市政府各部门办理", ("市政府法制办、市政府各部门",), ()),
    # 各负其责 after a lead or the responsible unit supports, as 按职责分工负责 does
    ("市政府法制办牵头，市政府办公厅、市信息办及相关部门各负其责",
     ("市政府法制办",), ("市政府办公厅、市信息办、相关部门",)),
    ("区财政局负责，各街道各负其责", ("区财政局",), ("各街道",)),
    # 共同负责 beside 配合: both lead (the modifier is no part of the units)
    ("市编办、市政府法制办共同负责，市财政局、市监察局及相关部门配合",
     ("市编办、市政府法制办",), ("市财政局、市监察局、相关部门",)),
])
def test_handle_and_each_part_close_units(text, lead, support):
    found = parse_verbs(text)
    assert (found.lead, found.support) == (lead, support)


@pytest.mark.parametrize("text", ["凭证办理", "现场办理", "依法办理", "限时办理，年底前完成",
                                  # 各负其责 alone names no role: an exhortation, not an assignment
                                  "区发改局、区财政局各负其责", "各部门要各负其责，做好农资供应"])
def test_handle_after_wording_is_no_unit_clause(text):
    assert parse_verbs(text) is None


def test_an_item_closing_with_a_handle_bracket():
    rest, found = split_assignment(
        "深化行政审批制度改革，压缩审批时限。（市政府法制办、市监察局等有关部门办理）")
    assert rest == "深化行政审批制度改革，压缩审批时限。"
    assert found.lead == ("市政府法制办、市监察局",) and found.support == ()


def test_the_hint_finds_the_new_verbs_only_after_a_unit():
    hint = re.compile(assign_vocab()["verbs"]["role_hint"])
    assert hint.search("（市政府法制办会同市有关部门办理）") and hint.search("（A局牵头，B局及相关部门各负其责）")
    assert not hint.search("凭证办理，办理时限为5个工作日")
