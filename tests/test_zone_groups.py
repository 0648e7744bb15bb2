"""A city's functional zones named by themselves: 功能板块 (江苏's cities print their development zones so beside their
counties, 各县区、功能板块) is a group of places as 乡镇 is, plural with no 各 (``assign.toml [verbs] place_group``), so
a unit list parted by a comma keeps it (``共同责任单位：市住建局，各县区、功能板块``; holdout rdattach-lianyungang-2023-1,
batch 136: before, the run after the comma was no unit list and both groups went to the item's note), and the agencies
stage keeps it as a catch-all (``agency_patterns.toml [groups]``)."""
import pytest

from extractor.agencies.resolve import load_resolver
from extractor.parse.assign import NOTE_KEY, parse_labels
from extractor.parse.unitlists import is_unit_list


@pytest.mark.parametrize("name", ["功能板块", "各县区、功能板块"])
def test_the_zones_word_is_a_unit(name):
    assert is_unit_list(name)


@pytest.mark.parametrize("clause", ["功能板块建设", "各功能板块要加强协作", "板块"])
def test_wording_stays_wording(clause):
    assert not is_unit_list(clause)


@pytest.mark.parametrize("value", ["市住建局，各县区、功能板块", "市财政局；功能板块"])
def test_a_list_parted_by_a_comma_keeps_the_zones(value):
    found = parse_labels(f"配合单位：{value}", "labelled")
    assert found.support == (value,) and NOTE_KEY not in found.extra


def test_the_zones_word_is_a_catch_all():
    resolver = load_resolver()
    assert resolver.resolve("功能板块", city="连云港市").kind == "group"
