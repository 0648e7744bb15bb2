"""An undated notice's era from the bodies it prints (agencies/unitera.py; tests/fixtures/README.md "Bodies a reform
ended"): a type a reform made bounds it from its first year, a type a reform ended until its last, and a name is read
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
