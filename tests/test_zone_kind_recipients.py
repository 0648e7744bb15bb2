"""A 各 run of zones' kinds alone closed by one committee word (``市各开发区、新区、园区管委会``) is one recipient, and a
level's 各 group (``市各功能区管委会``) a catch-all (holdout notitle-suqian-2024-1, batch 122: before, two recipients,
and an unresolved name).  A zone printed by its name is a recipient of its own, as before.  A level word and 属 opens such
a run as 各 does (``市属开发区、发展区``: the zones the city runs; holdout wrapbracket-qingzhou-2023-1, batch 137: before,
two recipients, the second a bare kind)."""
from extractor.agencies.registry import default_patterns
from extractor.layout.recipients import join_recipient_pieces, read_recipients

KINDS = frozenset(["委", "办", "局", "管委会"])


def test_a_run_of_zone_kinds_after_a_level_distributor_is_one_recipient():
    assert join_recipient_pieces(["市各开发区", "新区", "园区管委会"], KINDS) == ["市各开发区、新区、园区管委会"]
    assert join_recipient_pieces(["各开发区", "高新区管委会"], KINDS) == ["各开发区、高新区管委会"]


def test_zones_printed_by_name_or_a_run_without_a_distributor_stay_apart():
    assert join_recipient_pieces(["某某新区", "某某高新区管委会"], KINDS) == ["某某新区", "某某高新区管委会"]
    assert join_recipient_pieces(["市各开发区", "市交通局"], KINDS) == ["市各开发区", "市交通局"]
    assert join_recipient_pieces(["开发区", "园区管委会"], KINDS) == ["开发区", "园区管委会"]


def test_the_recipients_line_reads_the_run_whole():
    head = ["各县、区人民政府，市各开发区、新区、园区管委会，市各有关部门和单位：", "现将方案印发给你们。",
            "宿迁市人民政府办公室", "2024年11月6日"]
    assert read_recipients(head, 0) == ("各县、区人民政府", "市各开发区、新区、园区管委会", "市各有关部门和单位")


def test_a_levels_every_body_of_a_kind_is_a_catch_all():
    patterns = default_patterns()
    assert patterns.is_group("市各功能区管委会") and patterns.is_group("县各开发区管委会")
    assert not patterns.is_group("市功能区管委会") and not patterns.is_group("市商务局")


def test_a_run_of_zone_kinds_after_a_levels_own_mark_is_one_recipient():
    assert join_recipient_pieces(["市属开发区", "发展区"], KINDS) == ["市属开发区、发展区"]
    assert join_recipient_pieces(["县属开发区", "园区管委会"], KINDS) == ["县属开发区、园区管委会"]


def test_a_levels_own_mark_before_no_zone_kind_or_a_named_development_area_stays_apart():
    assert join_recipient_pieces(["市属开发区", "市交通局"], KINDS) == ["市属开发区", "市交通局"]
    assert join_recipient_pieces(["各村", "镇属各单位"], KINDS) == ["各村", "镇属各单位"]
    assert join_recipient_pieces(["某某发展区", "某某高新区管委会"], KINDS) == ["某某发展区", "某某高新区管委会"]


def test_the_recipients_line_reads_the_owned_run_whole():
    head = ["各镇（街道）人民政府（办事处），市属开发区、发展区，市委各部委，市属各国有企业：", "现将方案印发给你们。",
            "某市人民政府办公室", "2023年8月2日"]
    assert read_recipients(head, 0) == ("各镇（街道）人民政府（办事处）", "市属开发区、发展区", "市委各部委", "市属各国有企业")
