"""A part of a national new area signing its own notice (docs/agencies.md "A part of a national new area").

西咸新区 set up five 新城 with a management committee and a party working committee each; their notices are signed
by the area's printed name, the part's name and a committee word (陕西省西咸新区秦汉新城管理委员会办公室, jointly with
中共陕西省西咸新区秦汉新城委员会办公室), and task the part's bureaus printed bare (发展改革局, 市场监管局).  The part is
the notice's place by that name as printed, one place, and a bare bureau is its own, named by the template (holdout
subitemlines-qinhan, batch 95: before, no place was read and eight bureaus stayed unresolved).  Names of the parts
written in words of our own where they are invented (沣河新城 is none of the five).
"""
from __future__ import annotations

import pytest

from extractor.agencies.placechains import parse_jurisdiction
from extractor.agencies.registry import detect_city
from extractor.agencies.resolve import load_resolver
from extractor.agencies.signers import area_part_chain
from extractor.agencies.zones import signed_area_part

PART = "陕西省西咸新区沣河新城"
JOINT = "中共陕西省西咸新区沣河新城委员会办公室、陕西省西咸新区沣河新城管理委员会办公室"


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("issuer", [
    PART + "管理委员会办公室", PART + "管委会", "中共" + PART + "工作委员会", JOINT])
def test_a_part_signing_is_the_notices_place(issuer):
    assert detect_city(issuer, "关于印发《2021年生态建设工作实施方案》的通知") == PART


@pytest.mark.parametrize("issuer", [
    "陕西省西咸新区开发建设管理委员会办公室",                   # the area's own committee: no part word
    PART + "财政局",                                             # a bureau of the part, no committee signing
    "陕西省西咸新区沣河新城管理委员会、陕西省西咸新区空港新城管理委员会",   # two parts jointly: neither alone
    "咸阳市新城区人民政府",                                      # a district named 新城区, no area before it
])
def test_only_a_parts_committee_names_the_part(issuer):
    assert area_part_chain(issuer) is None


def test_the_part_is_one_place_by_its_whole_name():
    chain = parse_jurisdiction(PART)
    assert chain is not None and chain.key == PART and len(chain.places) == 1
    assert signed_area_part("陕西省西咸新区开发建设管理委员会") is None


@pytest.mark.parametrize("printed, want", [
    ("发展改革局", PART + "发展和改革局"),
    ("市场监管局", PART + "市场监督管理局"),
    ("住房和城乡建设局", PART + "住房和城乡建设局"),
])
def test_bare_bureaus_in_the_parts_notice_are_its_own(resolver, printed, want):
    assert resolver.resolve(printed, city=PART, date="2021-05-26").canonical == want


def test_a_city_bureaus_branch_stays_unresolved(resolver):
    assert resolver.resolve("公安分局", city=PART, date="2021-05-26").canonical is None
