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


@pytest.mark.parametrize("names", [
    ("区商务局", "黄岩区民政局(区老龄办)"),          # half-width brackets
    ("区商务局", "黄岩区民政局（区老龄办）"),        # full-width
    ("区商务局", "台州市黄岩区民政局(区老龄办)"),    # the place in full
    ("市商务局", "黄岩民政局(老龄办)"),              # the place's short name after another level's name
])
def test_a_head_printing_the_place_takes_no_level_word_carried_from_the_name_before(resolver, names):
    """A name that prints its own place before the department is that place's body whatever level word the
    list carried to it, with a second sign in brackets or without (docs/agencies.md, "A second sign in
    brackets"): the bracket does not hide the place the head prints."""
    head = names[1][:names[1].index("(" if "(" in names[1] else "（")]
    want = resolver.resolve_names((names[0], head), city=PLACE, date=None)[1]
    ref = resolver.resolve_names(names, city=PLACE, date=None)[1]
    assert want.canonical == "台州市黄岩区民政局"
    assert ref.canonical == want.canonical and ref.agency_id == want.agency_id


def test_a_bare_head_with_a_second_sign_still_takes_the_carried_level_word(resolver):
    """The look-alike: a head that prints no place (民政局(老龄办) after 市商务局 in the district's notice) is
    the carried level's body, the city's, as the same head without its bracket."""
    ref = resolver.resolve_names(("市商务局", "民政局(老龄办)"), city=PLACE, date=None)[1]
    bare = resolver.resolve_names(("市商务局", "民政局"), city=PLACE, date=None)[1]
    assert bare.canonical == "台州市民政局"
    assert ref.canonical == bare.canonical
