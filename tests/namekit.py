"""The assertions every table of printed names shares: the rounds of untuned names
(tests/test_untuned_names*.py) and the tables of one kind of body (test_place_forms.py,
test_province_names.py, test_agency_kinds37.py …).  A case is a name as a notice prints it, the
notice's place chain and date, and what the resolver must make of it; each file keeps its own
cases and parametrized tests, and asks these for the assertion, so a round reads the same way as
every other.  ``conftest.py`` has pytest rewrite this module's asserts, so a failure shows the
values compared.
"""
from __future__ import annotations

#: the date the pairs of ``assert_apart`` are read on (a body that stays apart stays so any day)
APART_DATE = "2022-06-01"


def assert_reads(resolver, name: str, city: str, date: str, canonical: str) -> None:
    """``name`` in a notice of ``city`` dated ``date`` is the body ``canonical`` (on failure, the
    resolver's account of how it read the name)."""
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.canonical == canonical, resolver.explain(name, city=city, date=date)


def assert_unresolved(resolver, name: str, city: str, date: str) -> None:
    """``name`` names no body there and then: a guess would be a false merge."""
    assert resolver.resolve(name, city=city, date=date).match == "unresolved", resolver.explain(name, city=city,
                                                                                                date=date)


def assert_group(resolver, name: str, city: str, date: str) -> None:
    """``name`` is a catch-all group (各乡镇, 有关部门): no body of its own."""
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.match == "group" and ref.canonical is None


def assert_one_agency(resolver, city: str, date: str, names) -> None:
    """Each of ``names`` is one and the same agency in a notice of ``city`` dated ``date``."""
    ids = {resolver.resolve(n, city=city, date=date).agency_id for n in names}
    assert len(ids) == 1 and None not in ids


def assert_apart(resolver, one: tuple[str, str], other: tuple[str, str]) -> None:
    """Two (city, name) pairs are two agencies, each resolved."""
    a = resolver.resolve(one[1], city=one[0], date=APART_DATE)
    b = resolver.resolve(other[1], city=other[0], date=APART_DATE)
    assert a.agency_id and b.agency_id and a.agency_id != b.agency_id
