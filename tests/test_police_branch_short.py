"""A district's police branch printed bare (区公安分局): 安徽's cities name it with the district's short name
(亳州市公安局谯城分局, holdout deptextract-qiaocheng), elsewhere the full name stands unless a place's own form says
otherwise (docs/agencies.md, "One body, the place's name for it": "A district's police branch").
"""
from __future__ import annotations

import pytest

from extractor.agencies.resolve import load_resolver


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("city, want", [
    ("亳州市谯城区", "亳州市公安局谯城分局"),        # 安徽's cities name the branch by the short name
    ("合肥市蜀山区", "合肥市公安局蜀山分局"),
    ("济南市历城区", "济南市公安局历城区分局"),      # elsewhere the district's full name, as before
])
def test_district_police_branch(resolver, city, want):
    assert resolver.resolve("区公安分局", city=city, date="2025-06-11").canonical == want


@pytest.mark.parametrize("city, printed, want", [
    # every spelling of one branch is one agency with one name, the place's (docs/agencies.md, "A district's
    # police branch"): a short spelling does not make the name short where the city's naming is not known
    ("岳阳市岳阳楼区", ("区公安分局", "岳阳楼公安分局", "公安岳阳楼分局"), "岳阳市公安局岳阳楼区分局"),
    ("济南市历城区", ("区公安分局", "公安历城分局", "历城公安分局"), "济南市公安局历城区分局"),
    ("天津市武清区", ("区公安分局", "公安武清分局", "武清公安分局"), "天津市公安局武清分局"),
])
def test_one_branch_one_name_whatever_the_spelling(resolver, city, printed, want):
    refs = [resolver.resolve(p, city=city, date="2019-06-11") for p in printed]
    assert {r.canonical for r in refs} == {want}
    assert len({r.agency_id for r in refs}) == 1


def test_a_name_printed_under_the_citys_bureau_is_kept(resolver):
    """The city's own name for its branch, printed in full, wins over the full-name default; the id is the same."""
    printed = resolver.resolve("市公安局右江分局", city="百色市右江区", date="2019-06-11")
    bare = resolver.resolve("区公安分局", city="百色市右江区", date="2019-06-11")
    assert printed.canonical == "百色市公安局右江分局"
    assert bare.canonical == "百色市公安局右江区分局"
    assert printed.agency_id == bare.agency_id
