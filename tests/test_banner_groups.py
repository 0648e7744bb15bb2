"""A banner's catch-alls in its own words (内蒙古: 苏木 its townships, 嘎查 its villages, 镇场 its towns with its state
farms): 各苏木镇场 is a group of places as 各乡镇 is (``assign.toml [verbs] place_group``), so a unit list parted by a
comma keeps it (``配合单位：旗财政局，各苏木镇场``; holdout commagroup-naiman-2024-3, nkbanner-kulun-2023-5's list-comma
pair: before, the piece after the comma was no unit list and was kept as a note)."""
import pytest

from extractor.parse.assign import NOTE_KEY, parse_labels
from extractor.parse.unitlists import is_unit_list


@pytest.mark.parametrize("name", ["各苏木镇场", "各苏木乡镇场", "各镇场", "各苏木", "各嘎查", "相关苏木镇"])
def test_a_banners_place_group_is_a_unit(name):
    assert is_unit_list(name)


@pytest.mark.parametrize("clause", ["各族群众共同参与", "各类市场", "各牧场主"])
def test_wording_stays_wording(clause):
    assert not is_unit_list(clause)


@pytest.mark.parametrize("value", ["旗财政局，各苏木镇场", "旗财政局；各苏木镇场", "各苏木镇场，旗民政局"])
def test_a_list_parted_by_a_comma_keeps_the_group(value):
    found = parse_labels(f"配合单位：{value}", "labelled")
    assert found.support == (value,) and NOTE_KEY not in found.extra
