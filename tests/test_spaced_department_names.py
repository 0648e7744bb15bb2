"""White space a law site's copy left inside a unit list's names (``namegaps``): before a government's head printed
alone (``各市(州) 人民政府``: ``HEAD_GAP_RE``, wherever the gap stands, after a bracket too), and between a piece that is
no body and a body's ending that names one with it (``住房城乡 建设厅``: ``_rest_of_a_body``) the gap closes; a gap
between whole names stays.  Before, 各市(州) / 人民政府 and 住房城乡 / 建设厅 were read as four units (holdout
spacedparas-sichuan-2011-38, batch 82)."""
from __future__ import annotations

import pytest

from extractor.agencies.registry import default_patterns
from extractor.agencies.units import unit_tokens


@pytest.mark.parametrize("cell, tokens", [
    ("省经济和信息化委、住房城乡 建设厅、交通运输厅", ["省经济和信息化委", "住房城乡建设厅", "交通运输厅"]),
    ("省统计局， 各市(州) 人民政府", ["省统计局", "各市(州)人民政府"]),
    ("各县（区） 政府、市直各部门", ["各县（区）政府", "市直各部门"]),
])
def test_a_name_a_copy_broke_is_one_unit(cell, tokens):
    assert unit_tokens(cell, default_patterns()) == tokens


@pytest.mark.parametrize("cell, tokens", [
    ("相关部门 县财政局", ["相关部门", "县财政局"]),          # the piece after opens with its level word
    ("交通运输厅 商务厅", ["交通运输厅", "商务厅"]),          # each piece is a body
    ("市发改委 市政府办", ["市发改委", "市政府办"]),          # 政府办 is no head printed alone
    ("县人大 县政协", ["县人大", "县政协"]),
])
def test_white_space_between_whole_names_still_parts_them(cell, tokens):
    assert unit_tokens(cell, default_patterns()) == tokens
