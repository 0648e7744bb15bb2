"""A unit printed with its second sign in brackets, a body of the notice's place it works as one with
(合署办公): a zone's bureau glossed with the district's bureau (园区经济发展局(区经信局)).  A head
that resolves by itself keeps its reading; one that does not is read by the bracket, when the
bracket names a department of the notice's place and the two end in the same kind of body.

Written for holdout batch 27's district progress table, in other words (docs/agencies.md,
"A second sign in brackets").
"""
from __future__ import annotations

import pytest

from extractor.agencies.resolve import load_resolver

#: a district the template reads (any place would do: the names below are invented zone bodies)
PLACE = "台州市黄岩区"


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("name, bracket", [
    ("园区财政局(区财政局)", "区财政局"),
    ("园区经济发展局(区经信局)", "区经信局"),
    ("园区科创局（区科技局）", "区科技局"),          # full-width brackets
    ("园区社会事业局(区教育局)", "区教育局"),
    ("園區財政局(區財政局)", "区财政局"),            # in traditional characters
])
def test_a_head_that_resolves_to_nothing_is_read_by_the_department_its_bracket_names(resolver, name, bracket):
    ref, want = resolver.resolve(name, city=PLACE), resolver.resolve(bracket, city=PLACE)
    assert want.canonical and ref.canonical == want.canonical
    assert ref.agency_id == want.agency_id
    assert ref.capacity == name[:name.index("(" if "(" in name else "（")]   # the head is the second sign


@pytest.mark.parametrize("name", [
    "区发改局(区金融办)",      # the head resolves: its own reading, the bracket its second title
    "区财政局(区国资办)",
])
def test_a_head_that_resolves_keeps_its_own_reading(resolver, name):
    head = name[:name.index("(")]
    assert resolver.resolve(name, city=PLACE).canonical == resolver.resolve(head, city=PLACE).canonical


@pytest.mark.parametrize("name", [
    "园区国库支付中心(区财政局)",   # an institution and the bureau it belongs to: two bodies
    "园区(白石镇)",             # a zone and the town it shares offices with
    "园区管委会(区政府)",
    "园区党群工作部(区财政局)",  # two kinds of body (部, 局)
])
def test_a_bracket_naming_a_body_of_another_kind_is_no_second_sign(resolver, name):
    bracket = name[name.index("(") + 1:-1]
    ref = resolver.resolve(name, city=PLACE)
    assert ref.canonical is None or ref.canonical != resolver.resolve(bracket, city=PLACE).canonical


@pytest.mark.parametrize("name", [
    "园区财政局(2024年底前)",     # a deadline, a note, a catch-all: no unit in the bracket
    "园区财政局(资金保障)",
    "园区财政局(各街道)",
    "园区财政局(牵头)",
])
def test_brackets_that_name_no_unit_leave_the_name_unresolved(resolver, name):
    assert resolver.resolve(name, city=PLACE).canonical is None
