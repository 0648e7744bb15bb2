"""A district's police branch printed bare (区公安分局): 安徽's cities name it with the district's short name
(亳州市公安局谯城分局, holdout deptextract-qiaocheng), elsewhere the full name stands unless a place's own form says
otherwise (docs/agencies.md, "One body, the place's name for it").
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
