"""A short piece of a recipients list naming the villages together (各村) is a recipient of its own, not a level word
that shares the name after it (``recipients._bare_level``, vocab.toml ``[metadata] village_ends``; holdout
townoffices-simeng-2025-1: a 湖南 town's letter to 各村、镇属各单位, read as one recipient before session 65)."""
from __future__ import annotations

import pytest

from extractor.layout.recipients import split_recipients


@pytest.mark.parametrize("line, want", [
    ("各村、镇属各单位", ("各村", "镇属各单位")),
    ("各组、镇直各单位", ("各组", "镇直各单位")),
    # level words still share the name after them
    ("各县、市、区人民政府", ("各县、市、区人民政府",)),
    ("各乡、镇人民政府", ("各乡、镇人民政府",)),
    ("市直、驻市各单位", ("市直、驻市各单位",)),
])
def test_village_group_stands_alone(line, want):
    assert split_recipients(line) == want
