"""The level words of place names: one list (``places.toml`` [levels]), the sets the code asks about derived
from it (``agencies/jurisdiction.py``)."""
import pytest

from extractor.agencies.jurisdiction import LEVEL_CHARS, LEVEL_WORDS, LOCAL_LEVEL_CHARS, Place


def test_the_level_words_are_tried_longest_first():
    lengths = [len(word) for word, _ in LEVEL_WORDS]
    assert lengths == sorted(lengths, reverse=True)


@pytest.mark.parametrize("name, level, word", [
    ("海西蒙古族藏族自治州", "city", "自治州"), ("大兴安岭地区", "city", "地区"), ("锡林郭勒盟", "city", "盟"),
    ("广西壮族自治区", "province", "自治区"), ("武侯区", "district", "区"), ("正蓝旗", "county", "旗"),
])
def test_a_place_ends_in_its_longest_level_word(name, level, word):
    assert Place(name, level).word == word


def test_the_one_character_sets_are_the_lists_one_character_words():
    assert sorted(LEVEL_CHARS) == sorted("省市州盟县旗区")
    assert sorted(LOCAL_LEVEL_CHARS) == sorted("市州盟县旗区")   # no province prints 省 for its place
