"""Grammar words kept as data, one list each: the readers that ask the same words ask the same list (session 74
moved them out of code)."""
from __future__ import annotations

from extractor.text import vocab


def test_a_unit_names_group_openers_are_the_place_groups_distributors():
    from extractor.parse.unitlists import GROUP_OPENERS
    from extractor.parse import unitweeks
    assert GROUP_OPENERS == tuple(vocab()["place_groups"]["distributors"]) == ("各", "相关", "有关")
    assert unitweeks.GROUP_OPENERS is GROUP_OPENERS
