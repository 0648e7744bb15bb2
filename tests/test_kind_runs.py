"""Kinds of departments listed bare under one body word are one catch-all unit (agencies.kindruns).

tests/fixtures/README.md, "Kinds of departments under one body word"; holdout bracketparas-unplaced-2010-4
(batch 72: a city's 市容 方案, 〔主要责任单位：…，市级和各县（市、区）市政、工商、交通运输、公安、规划部门〕)."""
import pytest

from extractor.agencies.registry import default_patterns
from extractor.agencies.units import split_units


@pytest.mark.parametrize("cell,units", [
    # a level phrase over bare kinds sharing one 部门: one unit as printed
    ("各县（市、区）、乡（镇）政府，工业园区管委会，市级和各县（市、区）市政、工商、交通运输、公安、规划部门",
     ("各县（市、区）、乡（镇）政府", "工业园区管委会", "市级和各县（市、区）市政、工商、交通运输、公安、规划部门")),
    # bare kinds after a body of their own: the body stands alone, the kinds are one
    ("市级和各县（市、区）宣传部，市政、工商、文化部门", ("市级和各县（市、区）宣传部", "市政、工商、文化部门")),
    ("县委宣传部、网信、公安部门", ("县委宣传部", "网信、公安部门")),
    ("市发改委、财政、税务单位", ("市发改委", "财政、税务单位")),
])
def test_a_run_of_kinds_under_one_body_word_is_one_unit(cell, units):
    assert split_units(cell) == units


@pytest.mark.parametrize("cell,units", [
    ("各地、各部门", ("各地", "各部门")),                         # two catch-alls, each whole
    ("市政府各部门、各直属机构", ("市政府各部门", "各直属机构")),
    ("县政府有关部门、有关直属单位", ("县政府有关部门", "有关直属单位")),
    ("市财政局、市公安局、市交通运输局", ("市财政局", "市公安局", "市交通运输局")),   # bodies, as ever
    ("襄阳市、十堰市、随州市发改委", ("襄阳市", "十堰市", "随州市发改委")),       # places (shared later)
    ("市政、工商", ("市政", "工商")),                           # no group word closes them: nothing joined
])
def test_catch_alls_bodies_and_places_are_not_kinds(cell, units):
    assert split_units(cell) == units


@pytest.mark.parametrize("name", ["市级和各县（市、区）市政、工商、交通运输、公安、规划部门", "市政、工商、文化部门",
                                  "财政、税务单位"])
def test_a_run_of_kinds_is_a_catch_all_group(name):
    assert default_patterns().is_group(name)


def test_a_traditional_copy_reads_the_same():
    assert split_units("市級和各縣（市、區）宣傳部，市政、工商、文化部門") == ("市級和各縣（市、區）宣傳部", "市政、工商、文化部門")



@pytest.mark.parametrize("cell,units", [
    # level words printed alone before a piece opening with a level word: one unit as printed
    # (holdout trportal-huizhou-2020-1, batch 85: a traditional mirror's 責任單位 cell)
    ("市、縣（區）司法行政主管部門", ("市、縣（區）司法行政主管部門",)),
    ("市发改委，市、县（区）财政部门", ("市发改委", "市、县（区）财政部门")),
    ("省、市、县三级财政部门", ("省、市、县三级财政部门",)),
    # a lone level word before a piece of another kind, or closing the list, stays as printed
    ("市发改委、市", ("市发改委", "市")),
    ("市，县财政局", ("市", "县财政局")),   # parted by ，, not printed as a run with 、
    # levels joined by 级和各 before the 、 (the province's and every city's and county's): one unit
    # (holdout levelnote-anhui-2023-1, session 63)
    ("省卫生健康委、省级和各市、县（市、区）市场监管部门", ("省卫生健康委", "省级和各市、县（市、区）市场监管部门")),
    ("省级和各市，县财政局", ("省级和各市", "县财政局")),   # parted by ，: nothing joined
])
def test_level_words_printed_alone_join_the_piece_they_are_levels_of(cell, units):
    assert split_units(cell) == units


@pytest.mark.parametrize("name", ["市、县(区)司法行政主管部门", "市、縣（區）司法行政主管部門", "省、市、县三级财政部门",
                                  # the last level's places in a bracket with a 、 of their own, levels joined
                                  # by 级和各 (holdout levelnote-anhui-2023-1, levelcopula-xiangyang-2022-1)
                                  "市、县（市、区）财政部门", "省、市、县（市、区）教育部门", "市、縣（市、區）財政部門",
                                  "省级和各市、县（市、区）市场监管部门"])
def test_a_run_of_levels_over_a_kind_is_a_catch_all_group(name):
    assert default_patterns().is_group(name)


@pytest.mark.parametrize("name", ["市、县（市、区）", "省级和各市", "市、县财政局长"])
def test_levels_with_no_kind_after_them_are_no_such_group(name):
    assert not default_patterns().is_group(name)


def test_the_kinds_group_words_are_the_vocabularys():
    """The group words, the firms' word and their last characters are ``agency_patterns.toml [kinds]``: a run closes
    only with a word listed there, and the last characters cover every listed word in either script (a traditional
    copy's 部門 is looked at as 部门 is)."""
    import dataclasses

    from extractor.agencies.kindruns import join_kind_runs
    from extractor.hanzi import _opencc

    patterns = default_patterns()
    assert patterns.kind_group_words[0] == "部门" and patterns.firms_word in patterns.kind_group_words
    to_traditional = _opencc("s2t").convert
    for word in patterns.kind_group_words:
        assert word[-1] in patterns.kind_group_last and to_traditional(word)[-1] in patterns.kind_group_last
    assert join_kind_runs(["市政", "工商", "规划部门"], patterns) == ["市政、工商、规划部门"]
    without = dataclasses.replace(patterns, kind_group_words=("单位",), kind_group_last="位", _groups={})
    assert join_kind_runs(["市政", "工商", "规划部门"], without) == ["市政", "工商", "规划部门"]
    assert join_kind_runs(["市政", "工商", "规划单位"], without) == ["市政、工商、规划单位"]


# Bare kinds closed by 等 with no level word (tests/fixtures/README.md "Bare kinds closed by 等"; batch 131: holdout
# subjectparas-jiangxi-2004-2, topicpoints-guangdong-1999-9, unitsthentargets-guoaiban-2004-4,
# headedpoints-xianning-2012-1).
@pytest.mark.parametrize("cell,units", [
    # the last kind joined by 和, and 有关 between 等 and the group word: one unit as printed
    ("卫生、宣传、教育、民政、公安和司法等有关部门", ("卫生、宣传、教育、民政、公安和司法等有关部门",)),
    ("宣传、广播影视、新闻出版等部门", ("宣传、广播影视、新闻出版等部门",)),
    # a two-character piece ending as a body's name (海关) inside a run going on to 等: one more kind
    ("铁路、民航、交通、海关、质检和城建等部门", ("铁路、民航、交通、海关、质检和城建等部门",)),
    # the mass organisations by their first characters, closed by 社会团体
    ("工、青、妇等社会团体", ("工、青、妇等社会团体",)),
    # a run of ONE bare kind closed by 等: one unit, not the bare 卫生
    ("卫生等部门", ("卫生等部门",)),
    ("民政等有关部门", ("民政等有关部门",)),
])
def test_bare_kinds_closed_by_deng_are_one_unit(cell, units):
    from extractor.agencies.units import tidy_name

    assert tuple(tidy_name(unit, default_patterns()) for unit in split_units(cell)) == units
    assert all(default_patterns().is_group(unit) for unit in units)


@pytest.mark.parametrize("cell,units", [
    # a run of full names closed by 等部门 lists its bodies, the tail no unit (as ever)
    ("市发改委、市财政局等部门", ("市发改委", "市财政局")),
    ("发改委、财政局等有关部门", ("发改委", "财政局")),
    ("市卫生局等部门", ("市卫生局",)),
    # a run after ONE level word is one unit as before
    ("市科技、财政、统计、质量技术监督等部门", ("市科技、财政、统计、质量技术监督等部门",)),
    # one kind with a level word keeps its old reading (the 等部门 tail dropped)
    ("市卫生等部门", ("市卫生",)),
    # a short body name with no 等 after it stays a body of its own
    ("市发改委、海关、税务部门", ("市发改委", "海关", "税务部门")),
    # 卫生部门 with no 等 is read as before
    ("卫生部门", ("卫生部门",)),
])
def test_full_names_and_level_runs_are_read_as_before(cell, units):
    from extractor.agencies.units import tidy_name

    assert tuple(tidy_name(unit, default_patterns()) for unit in split_units(cell)) == units
