"""The exports' tables: one frozen dataclass per table.

CSV headers and SQLite columns both come from these fields, in this
order, so the files and the database cannot drift apart (``column_names``).
The rows of one notice are built as plain tuples of these fields' values in
that order (``rows.py``); ``row_values`` gives a dataclass row's values in
the same order, so both kinds of row are written alike.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Callable


@dataclass(frozen=True)
class NoticeRow:
    doc_id: str
    doc_number: str | None
    title: str | None
    issuer: str | None
    date: str | None
    city: str | None
    recipients: str          #: JSON list
    table_title: str | None
    source_path: str
    source_url: str | None
    sha256: str
    format: str
    encoding: str
    measure_count: int
    warnings: str            #: JSON list
    version: int | None = None  #: archive version of the notice's identity (versions table)


@dataclass(frozen=True)
class SectionRow:
    doc_id: str
    no: int | None
    label: str | None
    title: str


@dataclass(frozen=True)
class MeasureRow:
    doc_id: str
    doc_number: str | None
    seq: int
    section_no: int | None
    section_title: str | None
    measure_no: int | None
    text: str
    lead: str
    support: str
    deadline: str | None
    form: str
    extra: str               #: JSON object of unknown columns ("" when none)
    # after the older columns, so that older readers' column positions hold
    city: str | None = None  #: the notice's city
    date: str | None = None  #: the notice's date
    deadline_date: str | None = None  #: ``deadlines.deadline_date``: the last day of the period printed
    deadline_kind: str | None = None  #: date | notice-year | ongoing | recurring | unparsed


@dataclass(frozen=True)
class AssignmentRow:
    doc_id: str
    doc_number: str | None
    seq: int
    measure_no: int | None
    role: str                #: "lead" | "support"
    position: int            #: 1-based order within the cell
    name: str
    agency_id: str | None
    canonical: str | None
    capacity: str | None
    match: str
    score: float
    kind: str
    city: str | None = None  #: the notice's city (after the older columns)
    date: str | None = None  #: the notice's date


@dataclass(frozen=True)
class NoticeListRow:
    """notices.csv: one row per notice, the columns an analyst groups by."""

    doc_id: str
    identity: str            #: doc number, else URL, else path: what makes versions of one notice
    version: int | None
    doc_number: str | None
    title: str | None
    issuer: str | None
    city: str | None
    date: str | None
    year: int | None
    measure_count: int
    url: str | None
    path: str
    sha256: str


@dataclass(frozen=True)
class AgencyRow:
    agency_id: str
    canonical: str | None
    resolved: int            #: 1 when found in the registry, 0 for an unresolved name
    names: str               #: spellings seen, joined by 、
    lead_count: int
    support_count: int
    notice_count: int
    # registry columns, after the counts so that older readers' column positions hold
    city: str | None         #: the registry city; for an unresolved name, the city it was looked up in
    kind: str | None         #: registry kind (government department, ...); empty when unresolved
    aliases: str             #: the registry's short names, aliases and titles, joined by 、
    valid_from: str | None
    valid_to: str | None
    successor_of: str        #: ids this body replaced (lineage), joined by 、


#: AgencyRow columns that come from the registry, not from the notices
REGISTRY_COLUMNS = ("canonical", "city", "kind", "resolved", "aliases", "valid_from", "valid_to",
                    "successor_of")


@dataclass(frozen=True)
class ReviewRow:
    """One unit name that did not resolve, for a person to confirm (review.csv)."""

    city: str | None
    name: str                #: as printed
    agency_id: str           #: the stable unresolved id it was given
    notice_count: int
    measure_count: int
    first_doc_id: str
    first_doc_number: str | None
    best_id: str | None      #: the closest registry agency, if any
    best_canonical: str | None
    best_score: float | None
    candidates: str          #: "id canonical (score)" for the closest few, joined by ; 
    city_resolved: int = 0   #: the city's unit mentions in this run that resolved (its coverage, with city_units)
    city_units: int = 0      #: the city's unit mentions in this run, groups such as 各相关部门 not counted


def column_names(row_type) -> list[str]:
    """Column names of a row type, in field order."""
    return list(_names_of(row_type))


def row_values(row) -> tuple:
    """A row's values in column order (shallow: rows hold only scalars;
    ``dataclasses.astuple``'s recursive copy cost more than the parse, and one
    ``attrgetter`` call is a third of a getattr per column).  A tuple row
    (``measure_rows``, ...) is its own values."""
    if isinstance(row, tuple):
        return row
    getter = _GETTERS.get(type(row))
    if getter is None:
        names = _names_of(type(row))
        getter = _GETTERS[type(row)] = (attrgetter(*names) if len(names) > 1
                                        else lambda r, g=attrgetter(*names): (g(r),))
    return getter(row)


_NAMES: dict[type, tuple[str, ...]] = {}
_GETTERS: dict[type, Callable[[object], tuple]] = {}


def _names_of(row_type) -> tuple[str, ...]:
    names = _NAMES.get(row_type)
    if names is None:
        names = _NAMES[row_type] = tuple(f.name for f in fields(row_type))
    return names
