"""A committee word printed bare after a 各 group of county governments (各区县政府、管委: 管委 the short form of
管委会) is the zones' committees together, a catch-all, as a zone's kind alone there is (named.names_zone_kind_alone,
tests/fixtures/README.md); and in a recipients line the bare 管委 shares the words before it, as 管委会 does
(vocab.toml [metadata] bare_kinds).  Holdout prestop-rizhao: before, 管委 was unresolved and the recipient
各区县人民政府、管委 was split in two."""
from extractor.agencies.named import names_zone_kind_alone
from extractor.layout.recipients import split_recipients


def test_a_bare_committee_word_is_a_zones_committee_by_no_name():
    for name in ("管委", "管委会", "管理委员会", "开发区管委会"):
        assert names_zone_kind_alone(name), name


def test_a_named_zone_or_a_department_ending_so_is_none():
    for name in ("大亚湾开发区管委会", "市开发区管委", "区建管委", "区城管委"):
        assert not names_zone_kind_alone(name), name


def test_recipients_keep_the_bare_committee_with_the_governments():
    assert split_recipients("各区县人民政府、管委，市政府各部门、单位，国家、省属驻日照各单位") == (
        "各区县人民政府、管委", "市政府各部门、单位", "国家、省属驻日照各单位")
