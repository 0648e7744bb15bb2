"""A label's unit list closing with an unbracketed 、 run of place words (各县、市、区; with a count, 9个县、市、区) and
a note after ，: the run is one catch-all, so the list ends there and what follows is read as the note it is (the
first-leads rule with 下同, a rule giving a group to every later item), not as more units (the generator's
session-61 cause 2; holdout placenote-nanchong).  Before, the run's bare 市 and 区 read as no unit's name, the whole
value was kept as one list and the note's pieces became support units."""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.parse.unitlists import names_units_only


@pytest.mark.parametrize("clause", ["市商务局、各县、市、区", "市财政局、9个县、市、区", "市財政局、9個縣、市、區"])
def test_a_list_closing_with_a_run_of_place_words_names_units_only(clause):
    assert names_units_only(clause)


@pytest.mark.parametrize("clause", ["市商务局、新建中小学5所、区", "第一为牵头单位"])
def test_wording_is_still_no_unit_list(clause):
    assert not names_units_only(clause)


PAGE = ("<html><head><meta charset='utf-8'><title>t</title></head><body>"
        "<h1>某市人民政府办公室关于印发2023年稳经济若干措施责任分工的通知</h1>"
        "<p>各县（市、区）人民政府，市级各部门：</p><p>现印发给你们，请认真落实。</p>"
        "<p>某市人民政府办公室</p><p>2023年2月27日</p>"
        "<p>一、稳住市场主体</p>"
        "<p>1.全面落实留抵退税政策。（责任单位：市税务局、市财政局、各县、市、区，列第一位的为牵头单位，下同）</p>"
        "<p>2.加快专项债券发行使用。（牵头单位：市发改委；责任单位：市财政局、9个县、市、区，各县（市、区）人民政府，"
        "以下各项均需各县（市、区）人民政府落实，不再逐项列出）</p>"
        "<p>3.分批发放消费券。（责任单位：市商务局、市文化广电旅游局）</p>"
        "</body></html>")


def test_the_note_after_the_run_is_read_as_a_note():
    rows = [([a.name for a in m.lead], [a.name for a in m.support]) for m in extract(PAGE.encode("utf-8")).measures]
    group = "各县（市、区）人民政府"
    assert rows == [(["市税务局"], ["市财政局", "各县、市、区"]),
                    (["市发改委"], ["市财政局", "9个县、市、区", group]),
                    (["市商务局"], ["市文化广电旅游局", group])]


@pytest.mark.parametrize("clause", ["省科技厅、省商务厅、省市场监督管理局、省、市、县生态环境部门",
                                    "市审计局、市商务局、寒亭区民政局、市、县（市、区）人力资源社会保障部门",
                                    "省商務廳、省市場監督管理局、省、市、縣生態環境部門"])
def test_a_long_list_closing_with_a_level_phrase_names_units_only(clause):
    """A list closing with a level phrase over one kind of department (``省、市、县生态环境部门``: its lone level words
    open the phrase, ``kindruns.join_level_runs``, as ``is_unit_list`` and a unit cell read it) names units only, however
    many names come before it; a note after it (``，第一为牵头单位，下同``, ``，以下各项均需X落实，不再逐项列出``) is then read
    as a note (the generator's twenty-fifth stream cause 4, bs1012, bs131; holdouts levelfirst-fujian, levelrule-linyi:
    before, its bare 省 and 市 named no unit, the list was too long to end like one name, and the note's pieces became
    units)."""
    assert names_units_only(clause)


def test_a_note_after_a_level_phrase_is_read_as_a_note():
    page = PAGE.replace("市财政局、各县、市、区，列第一位", "市财政局、市商务局、市市场监督管理局、市、县（市、区）财政部门，第一")
    rows = [([a.name for a in m.lead], [a.name for a in m.support]) for m in extract(page.encode("utf-8")).measures]
    assert rows[0] == (["市税务局"], ["市财政局", "市商务局", "市市场监督管理局", "市、县（市、区）财政部门"])
