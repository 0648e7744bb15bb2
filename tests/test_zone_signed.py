"""A development zone's own notice for a zone ``zones.toml`` does not list: its committee's office signs with the
zone's official name (临沂高新技术产业开发区管理委员会办公室) while the title prints it short (临沂高新区…).  The
official name is read off the page, so the zone is the notice's place by that name and a bureau printed bare is the
zone's, named so (tests/fixtures/README.md "Development zones"; docs/agencies.md "A zone's own notice").

Invented zones (neither is in the list); written for BLIND2001's cause 6 (kfqbare-mianyang's shape for unlisted
zones), in words of our own.
"""
from __future__ import annotations

import pytest

from extractor.agencies.registry import detect_city
from extractor.agencies.resolve import load_resolver
from extractor.agencies.signers import zone_chain

SIGNED = "临沂高新技术产业开发区"       #: a zone of a catalogue kind, its name in full, not in zones.toml
SIGNED_TWO = "常德经济技术开发区"


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("issuer, title, want", [
    (SIGNED + "管理委员会办公室", "关于印发临沂高新区2024年重点任务分工方案的通知", SIGNED),
    (SIGNED_TWO + "管理委员会", "关于印发常德经开区稳增长工作要点的通知", SIGNED_TWO),
    (SIGNED + "管委会办公室", None, SIGNED),
    ("臨沂高新技術產業開發區管理委員會辦公室", None, SIGNED),       # traditional characters
])
def test_a_zone_committee_signing_by_its_full_name_is_the_notices_place(issuer, title, want):
    assert detect_city(issuer, title) == want


@pytest.mark.parametrize("issuer, title", [
    ("临沂高新区管委会办公室", "关于印发临沂高新区2024年重点任务分工方案的通知"),   # short: no official name printed
    ("临沂市人民政府办公室", "关于印发临沂高新区2024年重点任务分工方案的通知"),      # a city's own office
])
def test_a_short_or_no_zone_signature_names_no_official_zone(issuer, title):
    assert not (detect_city(issuer, title) or "").endswith("开发区")


@pytest.mark.parametrize("issuer", [
    "桐城经济开发区管委会",          # a provincial kind: its official name may add the province's (安徽桐城…)
    "临沂高新区管理委员会办公室",    # the short kind
    "临沂高新技术产业开发区财政局",  # a bureau of the zone, no committee signing
])
def test_only_a_committee_signing_by_an_official_kind_in_full_names_its_zone(issuer):
    assert zone_chain(issuer) is None


@pytest.mark.parametrize("printed, want", [
    ("经济发展局", SIGNED + "经济发展局"),        # the zone's own bureau printed bare
    ("社会事业局", SIGNED + "社会事业局"),
    ("规划建设局", SIGNED + "规划建设局"),
    ("高新区经发局", SIGNED + "经济发展局"),      # after the kind's short word
    ("临沂高新区科创局", SIGNED + "科技创新局"),  # after the zone's short name
    ("财政局", SIGNED + "财政局"),                # a bureau every government has
])
def test_bureaus_in_the_signed_zones_notice_take_its_official_name(resolver, printed, want):
    assert resolver.resolve(printed, city=SIGNED, date="2024-02-01").canonical == want


@pytest.mark.parametrize("printed", [
    "自然资源分局",                 # a city bureau's branch in the zone
    "市公安局高新区分局",
])
def test_branches_in_the_signed_zones_notice_stay_unresolved(resolver, printed):
    assert resolver.resolve(printed, city=SIGNED, date="2024-02-01").canonical is None


def test_a_listed_zone_signing_by_its_full_name_keeps_its_listed_reading(resolver):
    """宜昌高新区 is listed: its signature names the same body as the short title would."""
    place = detect_city("宜昌高新技术产业开发区管理委员会办公室", "关于印发宜昌高新区工作要点的通知")
    signed = resolver.resolve("经济发展局", city=place, date="2024-02-01")
    short = resolver.resolve("经济发展局", city="宜昌高新区", date="2024-02-01")
    assert short.canonical == "宜昌高新技术产业开发区经济发展局"
    assert (signed.canonical, signed.agency_id) == (short.canonical, short.agency_id)


def test_the_short_names_of_a_zone_office_signing_in_full():
    """The names a title block's issuer line may print a zone office by whose signature names the zone in full
    (lettertitle._signs_as): each short word of its kind with each committee word, the office's own words kept."""
    from extractor.agencies.zones import signed_short_names
    names = signed_short_names(SIGNED + "管理委员会办公室")
    assert {"临沂高新区管委会办公室", "临沂高新区管理委员会办公室", SIGNED + "管委办公室"} <= names
    assert "临沂高新区管委会" not in names and "临沂经开区管委会办公室" not in names
    assert signed_short_names("临沂高新区管委会办公室") == frozenset()   # a short signature names no zone in full
