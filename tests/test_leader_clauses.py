"""A clause that puts a leader (a person) in charge is no unit: the units after it lead and support.

Notices name the leader in the assignment itself (由某副市长负责，市X牵头，Y配合，… / 某某同志牵头，…);
the person goes to the measure's extra fields, never to its units (docs/parsing.md, "Verb wording").
"""
import pytest

from extractor.parse.assign import LEADER_KEY, parse_verbs
from extractor.parse.inline import split_assignment


@pytest.mark.parametrize("text,rest,lead,support,leader", [
    # the leader first, then the lead and the support, then the wording: the clauses open the paragraph
    ("由吴立新副县长负责，县交通局牵头，县财政局、县林业局配合，加快农村公路提档升级。",
     "加快农村公路提档升级。", ("县交通局",), ("县财政局、县林业局",), "吴立新副县长"),
    # a title alone, no name
    ("由分管副区长负责，区水务局牵头，相关部门配合，完成河道清淤工程。",
     "完成河道清淤工程。", ("区水务局",), ("相关部门",), "分管副区长"),
    # 同志 after a name, the leader leading
    ("孙明同志牵头，市民政局负责，市财政局配合，做好养老机构等级评定。",
     "做好养老机构等级评定。", ("市民政局",), ("市财政局",), "孙明同志"),
    # the same clauses closing the paragraph (the prose sentence) and in a closing bracket
    ("新建社区食堂12个。由分管副市长负责，市商务局牵头，市民政局配合。",
     "新建社区食堂12个。", ("市商务局",), ("市民政局",), "分管副市长"),
    ("改造老旧供水管网30公里。（郑海燕副区长负责，区城管局牵头，区住建局配合）",
     "改造老旧供水管网30公里。", ("区城管局",), ("区住建局",), "郑海燕副区长"),
])
def test_a_leader_clause_names_no_unit(text, rest, lead, support, leader):
    got_rest, found = split_assignment(text)
    assert (got_rest, found.lead, found.support) == (rest, lead, support)
    assert found.extra[LEADER_KEY] == leader


def test_a_leader_alone_assigns_nothing():
    # no unit named: the paragraph is wording, the person is no lead
    assert split_assignment("由陈某副市长负责，抓紧完善项目前期手续。")[1] is None
    assert parse_verbs("陈某副市长负责") is None


@pytest.mark.parametrize("text,lead", [
    # look-alikes: bodies whose names hold a leader's title are units
    ("市长热线办公室负责，市信访局配合", ("市长热线办公室",)),
    ("县人大常委会办公室牵头，县司法局配合", ("县人大常委会办公室",)),
])
def test_a_body_named_after_a_title_is_still_a_unit(text, lead):
    found = parse_verbs(text)
    assert found.lead == lead and LEADER_KEY not in found.extra
