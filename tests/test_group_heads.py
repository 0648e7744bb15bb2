"""A place group closed by its head goes on over a head printed alone after it: ``各县（市）党委、政府`` is each
county's party committee and government, ONE catch-all (placegroups.join_place_groups).  Before, the unit splitter
cut it into ``各县（市）党委`` and a bare ``政府``, a body of no place (holdout quotedplan-ganzi, batch 116, and
garbledfields-dongguan's ``各園區、鎮（街道）黨委、政府``, batch 110)."""
from __future__ import annotations

import pytest

from extractor.agencies.units import split_units
from extractor.placegroups import join_place_groups


@pytest.mark.parametrize("pieces,joined", [
    (["各县（市）党委", "政府"], ["各县（市）党委、政府"]),
    (["各乡镇党委", "人民政府", "县直各部门"], ["各乡镇党委、人民政府", "县直各部门"]),
    (["各园区", "镇（街道）党委", "政府"], ["各园区、镇（街道）党委、政府"]),
    (["各園區", "鎮（街道）黨委", "政府"], ["各園區、鎮（街道）黨委、政府"]),   # a traditional copy
    (["各街道党工委", "办事处"], ["各街道党工委、办事处"]),
    # a head after a group that is no group with its head stays apart
    (["市委", "政府"], ["市委", "政府"]),
    (["县委", "县政府"], ["县委", "县政府"]),
    # a piece naming its own places is another body, as before
    (["各镇人民政府", "街道办事处"], ["各镇人民政府", "街道办事处"]),
    (["各县区政府", "市直各部门"], ["各县区政府", "市直各部门"]),
    # a body after the group's head is no head alone
    (["各乡镇党委", "县财政局"], ["各乡镇党委", "县财政局"]),
])
def test_a_head_alone_after_a_headed_group_is_the_groups(pieces, joined):
    assert join_place_groups(pieces) == joined


def test_the_unit_splitter_keeps_the_group_whole():
    assert split_units("甘孜州财政局、各县（市）党委、政府") == ("甘孜州财政局", "各县（市）党委、政府")
    assert split_units("各園區、鎮（街道）黨委、政府、市生態環境局") == ("各園區、鎮（街道）黨委、政府", "市生態環境局")
