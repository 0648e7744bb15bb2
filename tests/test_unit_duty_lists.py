"""A work plan's duties listed under headings that are a unit's name (docs/parsing.md, "A numbered heading
that is a unit's name"): each duty is led by its heading's unit; a heading whose unit has one duty prints it as a
paragraph of its own; under a catch-all heading (其他单位, 有关部门) each duty names its units as its subject."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.inline import split_assignment
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parsed(text: str):
    located = locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))
    return parse_body(located)


PLAN = """某市2025年国际马拉松赛筹备工作方案
（一）市体育局
1.负责制定赛事总体方案；
2.负责竞赛组织和裁判选派（含年会同期展览）；
（二）市卫健委
1.负责赛事医疗保障；
2.负责赛期食品安全抽检。
（三）市气象局
负责赛期天气预报服务。
（四）其他单位
1.市公安局、交警支队负责赛事安保和交通疏导；
2.市文旅局、各区、县级市，以及市融媒体中心参与赛事宣传推广；
3.城投集团负责赛道周边环境整治。
五、经费保障
（一）赛事经费列入年度预算；
（二）各单位于赛前10天报送保障方案。
"""


def test_duties_under_unit_headings():
    measures = parsed(PLAN).measures
    got = [(m.section.label if m.section else None, m.text, m.lead_cells) for m in measures]
    assert got == [
        ("（一）", "负责制定赛事总体方案；", ("市体育局",)),
        ("（一）", "负责竞赛组织和裁判选派（含年会同期展览）；", ("市体育局",)),
        ("（二）", "负责赛事医疗保障；", ("市卫健委",)),
        ("（二）", "负责赛期食品安全抽检。", ("市卫健委",)),
        # the unit with one duty prints it as a paragraph under its name
        ("（三）", "负责赛期天气预报服务。", ("市气象局",)),
        # under the catch-all heading the duty's subject names its units, kept in the text
        ("（四）", "市公安局、交警支队负责赛事安保和交通疏导；", ("市公安局、交警支队",)),
        ("（四）", "市文旅局、各区、县级市，以及市融媒体中心参与赛事宣传推广；",
         ("市文旅局、各区、县级市", "市融媒体中心")),
        ("（四）", "城投集团负责赛道周边环境整治。", ("城投集团",)),
    ]
    assert all(not m.support_cells for m in measures)


def test_a_paragraph_under_a_lone_unit_name_is_no_duty_without_a_list_by_unit():
    # one unit's name over a paragraph, no sibling heading over duties: a stray point, read as before
    text = """某县2025年春耕备耕工作方案
一、县农业农村局
全县春播面积稳定在50万亩以上。
二、保障措施
（一）加强农资供应。（县供销社牵头，县市场监管局配合）
（二）强化技术指导。（县农技中心负责）
"""
    leads = [m.lead_cells for m in parsed(text).measures]
    assert leads == [("县供销社",), ("县农技中心",)]


@pytest.mark.parametrize("text", [
    # 会同 across two words of a bracket's wording: no unit before it, the bracket stays text
    "负责竞赛组织和裁判选派（含年会同期展览）；",
    "做好开幕式筹备（包括大会同声传译）。",
])
def test_a_together_verb_across_words_is_no_assignment(text):
    assert split_assignment(text) == (text, None)


def test_a_together_verb_after_a_unit_still_assigns():
    rest, found = split_assignment("完善社会救助体系。（市民政局会同市财政局负责）")
    assert (rest, found.lead, found.support) == ("完善社会救助体系。", ("市民政局",), ("市财政局",))


SUBJECT_DUTIES = """某市参加第四届经贸洽谈会工作方案
（三）市国资办负责组织市属国有企业参加招商活动。
（四）市委外宣办负责洽谈会期间的宣传报道工作。
（五）市外侨办、市工商联负责并会同有关部门做好客商邀请和接待工作。
（六）市建设局、市旅游局主要做好本系统招商项目的前期论证工作。
（七）各县市区按市团统一安排，主要做好本地项目的包装和签约工作。
五、工作要求
（一）统一思想、加强领导
各县市区要把这项工作摆上重要位置。
"""


def test_a_list_of_duties_by_subject_with_no_heading_over_it():
    """A page of a plan's 职责分工 part whose heading is on another page (tests/fixtures/README.md "A part of a
    notice"): at least three items of a kind name their units as the subject of a role verb, so every item of the
    kind opening with units is led by them (``unitduties.subject_duty``): before a role verb, before a verb
    modifier (主要) or a preposition (按); a unit list after 会同 supports.  The text stays whole; the requirement
    heading of the same kind names no unit and is no measure."""
    got = [(m.measure_no, m.text[:6], m.lead_cells, m.support_cells) for m in parsed(SUBJECT_DUTIES).measures]
    assert got == [(3, "市国资办负责", ("市国资办",), ()), (4, "市委外宣办负", ("市委外宣办",), ()),
                   (5, "市外侨办、市", ("市外侨办、市工商联",), ("有关部门",)),
                   (6, "市建设局、市", ("市建设局、市旅游局",), ()), (7, "各县市区按市", ("各县市区",), ())]


def test_two_duties_by_subject_make_no_list():
    """Fewer than ``MIN_SUBJECT_DUTY_ITEMS`` items naming their units as the subject may be points of wording: no
    measure is read from them."""
    text = "\n".join(SUBJECT_DUTIES.splitlines()[:3])
    assert not parsed(text).measures
