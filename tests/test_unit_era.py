"""An undated notice's era from the bodies it prints (agencies/unitera.py; tests/fixtures/README.md "Bodies a reform
ended"): a type a reform made bounds it from its first year, a type a reform ended until its last (so does a name a
reform retired, the body living on under a new one: 省建设厅 until 2009), and a name is read
in those years where every one of them reads it alike (holdout photocap-jianhu, pagethree-zhuzhou, runinunits-beijing:
before session 58, each read undated)."""
from __future__ import annotations

import pytest

from extractor.agencies.unitera import EraBounds, settled
from extractor.engine.extract import extract_raw
from extractor.models import AgencyRef

from conftest import make_raw


def _notice(*units: str, title: str = "关于开展城区环境卫生专项督查的通报"):
    """A county's undated letterless notice: one item per unit list, no date and no year in its title."""
    lines = ["建湖县人民政府办公室", title]
    lines += [f"{n}、整治第{n}处路段的环境卫生问题。（责任单位：{u}）" for n, u in enumerate(units, start=1)]
    return extract_raw(make_raw("\n".join(lines).encode("utf-8"), path="n.txt"))


def _canonicals(notice):
    return [r.canonical for m in notice.measures for r in m.lead]


def test_a_type_a_reform_made_reads_a_renamed_bureau_in_its_era():
    n = _notice("县交通局", "县市场监管局")
    assert n.date is None
    assert _canonicals(n) == ["建湖县交通运输局", "建湖县市场监督管理局"]


def test_without_such_a_type_the_page_reads_undated():
    """Negative: nothing bounds the era, so the printed 交通局 keeps the name of its own era."""
    assert _canonicals(_notice("县交通局", "县公安局")) == ["建湖县交通局", "建湖县公安局"]


def test_a_name_read_differently_within_the_era_stays_undated():
    """Negative: 县市场监管局 reaches past 2018, when the 监察局 stopped being a department: unresolved, as undated."""
    assert _canonicals(_notice("县监察局", "县市场监管局")) == [None, "建湖县市场监督管理局"]


def test_a_type_a_reform_ended_bounds_the_era_from_above():
    """县卫生局 ended with the 2013-14 reform: the page is older, when the 监察局 was a department."""
    assert _canonicals(_notice("县监察局", "县卫生局")) == ["建湖县监察局", "建湖县卫生局"]


def test_a_name_a_reform_retired_bounds_the_era_from_above():
    """县建设委员会 is the construction department's name before the 2008-09 reforms (the template's form ``valid_to``):
    the page is older, when the 监察局 was a department (holdout colonduty-hunan-undated-2: 省监察厅 beside 省建设厅)."""
    assert _canonicals(_notice("县监察局", "县建设委员会")) == ["建湖县监察局", "建湖县建设委员会"]


def test_a_retired_spelling_a_living_body_shares_bounds_nothing():
    """Negative: 交通局 is also the 交通运输局's short name after 2010, so it says nothing of the page's year."""
    assert _canonicals(_notice("县监察局", "县交通局")) == [None, "建湖县交通局"]


def test_a_year_in_the_title_is_the_era_still():
    """The title's year is asked first (layout/dates.title_era): 2008 is before the 交通局 was renamed."""
    n = _notice("县交通局", "县市场监管局", title="关于开展2008年城区环境卫生专项督查的通报")
    assert _canonicals(n)[0] == "建湖县交通局"


def _ref(name: str, code: str) -> AgencyRef:
    return AgencyRef(name=name, agency_id=f"j00000000-{code}", canonical=name, match="template", score=1.0)


@pytest.mark.parametrize("names,city,bounds", [
    (["县市场监管局"], "盐城市建湖县", EraBounds("2018-01-01", None)),     # a type the 2018-19 reform made
    (["县卫生局"], "盐城市建湖县", EraBounds(None, "2014-01-01")),         # a type the 2013-14 reform ended
    (["市工商局", "市卫生局"], "北京市", EraBounds(None, "2014-01-01")),   # the earliest end
    (["市人行"], "株洲市", None),        # the 中心支行 and then the 分行: named in no one era, it bounds nothing
    (["县人行"], "盐城市建湖县", None),  # a county's 支行 lives on past the city's 2024 reform: no end there
    (["县市场监管局", "县卫生局"], "盐城市建湖县", None),   # eras apart: nothing one can trust
    (["县公安局"], "盐城市建湖县", None),                   # a type of no era
    (["省建设厅"], "湖南省", EraBounds(None, "2009-01-01")),   # a name the 2008-09 reform retired
    (["省建设厅"], "浙江省", None),   # 浙江 kept printing 建设厅 for its 住房和城乡建设厅: no end there
    (["市建设委员会"], "泰安市", EraBounds(None, "2009-01-01")),
    (["市建委"], "泰安市", None),     # also the 城乡建设委员会's short name, a living body's
])
def test_era_bounds_by_the_types_named(resolver, names, city, bounds):
    from extractor.agencies.unitera import notice_bounds
    assert notice_bounds([names], lambda cells: [resolver.resolve(n, city=city) for n in cells], resolver,
                         city) == bounds


@pytest.mark.parametrize("readings,expected", [
    ({None: "u", "1990-01-01": "a", "2010-01-01": "a", "2018-01-01": "a"}, "a"),   # alike in the era: read so
    ({None: "u", "1990-01-01": "a", "2010-01-01": "b", "2018-01-01": "a"}, "u"),   # not alike: undated
])
def test_settled_takes_a_reading_only_where_every_cut_agrees(readings, expected):
    def refs_at(day):
        return (_ref(readings[day], "x"),)
    bounds = EraBounds(None, "2019-01-01")
    assert settled(refs_at, ["2010-01-01", "2018-01-01", "2020-01-01"], bounds)[0].name == expected


# ---------------------------------------------------------------- session 75: central bodies, and the 经委's end
@pytest.mark.parametrize("names,city,bounds", [
    (["卫生部"], "中华人民共和国", EraBounds(None, "2013-03-01")),    # ended by the 2013 reform, a successor took over
    (["卫生部", "环境保护部"], "中华人民共和国", EraBounds("2008-03-01", "2013-03-01")),   # made 2008, ended 2018
    (["广电总局"], "中华人民共和国", None),    # three bodies of eras apart share the spelling: it bounds nothing
    (["教育部"], "中华人民共和国", None),      # a body of no era
    (["市经委"], "西宁市", EraBounds(None, "2010-01-01")),   # the 2008-10 reforms made it the 经济和信息化委员会
])
def test_era_bounds_by_central_bodies_and_the_economic_commission(resolver, names, city, bounds):
    from extractor.agencies.unitera import notice_bounds
    assert notice_bounds([names], lambda cells: [resolver.resolve(n, city=city) for n in cells], resolver,
                         city) == bounds


def _national(*units: str):
    """An undated letterless national list (holdout rosterduty-kexie): its units are central bodies alone."""
    lines = ["成员单位职责"] + [f"{n}、组织第{n}项科普活动。（责任单位：{u}）" for n, u in enumerate(units, start=1)]
    return extract_raw(make_raw("\n".join(lines).encode("utf-8"), path="n.txt"))


def test_a_central_body_a_reform_ended_reads_a_shared_spelling_in_its_era():
    """卫生部 ended in 2013: the page is older, when 广电总局 was the 广播电影电视总局 (holdout rosterduty-kexie)."""
    n = _national("教育部、卫生部", "科技部、广电总局")
    assert [r.canonical for m in n.measures for r in m.lead][-1] == "国家广播电影电视总局"


def test_without_such_a_body_the_shared_spelling_reads_undated():
    """Negative: nothing bounds the era, so 广电总局 is the latest body so spelled."""
    n = _national("教育部、民政部", "科技部、广电总局")
    assert [r.canonical for m in n.measures for r in m.lead][-1] == "国家广播电视总局"
