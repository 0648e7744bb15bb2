"""The rows of one notice for the exports, built once.

The per-notice rows (notices, sections, measures, assignments) are plain
tuples of their table's fields' values (``rowtypes.py``), in that order
(``notice_row``, ``measure_rows``, ...): at about 200 rows a notice, a frozen
dataclass per row cost three times as much, and a named tuple built by
keyword a third more than a tuple (docs/scale.md; tests/test_export.py holds
each builder to its fields by name).  ``notice_record`` builds every form of
one notice the writers need, once; ``AgencyTally`` counts agencies.csv as
notices stream past.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter, itemgetter
from typing import Callable

from .csvtext import csv_fields, csv_line, plain_or_csv
from .noticejson import notice_digest, notice_json, ref_json
from .rowtypes import AgencyRow, AssignmentRow, NoticeRow, column_names
from ..models import Notice, Source
from ..parse.deadlines import deadline_date
from ..text import JOINER, doc_number_key


#: ``json.dumps(value, ensure_ascii=False)``: what that call makes and uses, made once (with any
#: argument but the defaults ``json.dumps`` builds a new encoder at every call)
_JSON_TEXT = json.JSONEncoder(ensure_ascii=False).encode


def notice_row(n: Notice) -> tuple:
    """NoticeRow values of one notice, in column order."""
    return (n.doc_id, n.doc_number, n.title, n.issuer, n.date, n.city,
            _JSON_TEXT(list(n.recipients)), n.table_title, n.source.path,
            n.source.url, n.source.sha256, n.source.format, n.source.encoding, len(n.measures),
            _JSON_TEXT(list(n.warnings)), n.version)


def section_rows(n: Notice) -> list[tuple]:
    """SectionRow values, one per section of one notice."""
    return [(n.doc_id, s.no, s.label, s.title) for s in n.sections]


def measure_rows(n: Notice) -> list[tuple]:
    """MeasureRow values, one per measure of one notice."""
    return _measures(n)[0]


def _measures(n: Notice, names: list[str] | None = None) -> tuple[list[tuple], str]:
    """The MeasureRow values of one notice and their measures.csv lines (what
    ``csv_text`` writes for them), in one pass: each line is put together from the
    row's values unquoted, and ``csvtext.plain_or_csv`` keeps those lines only
    where no cell needed quoting or a formula guard (the csv writer looked at every
    character of every cell, twice).  ``names``: each measure's lead, then support
    units' names joined, as ``_units`` gives them (made here when not given): its
    pass over the units has each name at hand, where joining them here took a map
    and an attribute read a unit, a quarter of this function."""
    titles = {s.no: s.title for s in n.sections}
    doc_id, doc_number, city, date = n.doc_id, n.doc_number, n.city, n.date
    head, tail = csv_fields((doc_id, doc_number)), csv_fields((city, date))
    rows, lines, names = [], [], iter(_units(n).names if names is None else names)
    for m in n.measures:
        seq, section, no, text, deadline, form = m.seq, m.section_no, m.measure_no, m.text, m.deadline, m.form
        title, lead, support = titles.get(section), next(names), next(names)
        extra = _JSON_TEXT(m.extra) if m.extra else ""
        due, kind = deadline_date(deadline, date) if deadline else (None, None)   # (most measures: no deadline)
        rows.append((doc_id, doc_number, seq, section, title, no, text, lead, support, deadline, form, extra,
                     city, date, due, kind))
        lines.append(f"{head},{seq},{'' if section is None else section},{'' if title is None else title},"
                     f"{'' if no is None else no},{text},{lead},{support},{'' if deadline is None else deadline},"
                     f"{form},{extra},{tail},{'' if due is None else due},{'' if kind is None else kind}\r\n")
    # 16 cells, 15 commas between them; the two pieces ``csv_fields`` made may hold more
    commas, quotes = 13 + head.count(",") + tail.count(","), head.count('"') + tail.count('"')
    return rows, plain_or_csv("".join(lines), rows, commas * len(rows), quotes * len(rows))


_NOTICE_COLUMNS = {name: i for i, name in enumerate(f.name for f in fields(NoticeRow))}
_LIST_FROM_NOTICE = itemgetter(*(_NOTICE_COLUMNS[c] for c in (
    "doc_id", "doc_number", "title", "issuer", "city", "date", "measure_count", "source_url",
    "source_path", "sha256")))


def notice_identity(notice: "Notice | NoticeHead") -> tuple[str, str]:
    """(identity, kind): what makes two inputs versions of one notice (the archive
    numbers versions per identity): its doc number by ``text.doc_number_key`` (every
    way of printing one number is one notice), else its URL, else its path."""
    return identity_of(notice.doc_number, notice.source.url, notice.source.path)


def identity_of(doc_number: str | None, url: str | None, path: str) -> tuple[str, str]:
    """``notice_identity`` from the three fields (also for rows read back from the archive)."""
    if doc_number:
        return doc_number_key(doc_number), "doc_number"
    if url:
        return url, "url"
    return path, "path"


def notice_list_row(notice_row: tuple, head: "NoticeHead") -> tuple:
    """NoticeListRow values of one notice, from its NoticeRow values and head (with its version)."""
    doc_id, doc_number, title, issuer, city, date, count, url, path, sha = _LIST_FROM_NOTICE(notice_row)
    year = int(date[:4]) if date and date[:4].isdigit() else None
    return (doc_id, head.identity[0], head.version, doc_number, title, issuer,
            city, date, year, count, url, path, sha)


def _notices_csv(notice_row: tuple, head: "NoticeHead") -> bytes:
    return csv_line(notice_list_row(notice_row, head)).encode()


#: an AgencyRef's values in AssignmentRow's column order, after role and position
_REF_FIELDS = ("name", "agency_id", "canonical", "capacity", "match", "score", "kind")
_REF_VALUES = attrgetter(*_REF_FIELDS)
#: the same values read from the reference's ``__dict__`` (a frozen dataclass's fields are all
#: there, whatever made it: ``__init__``, ``replace``, unpickling): one attribute read, then
#: seven dict lookups, where ``attrgetter`` looked each field up through the type first
_REF_ITEMS = itemgetter(*_REF_FIELDS)
#: a unit's position in its cell as UTF-8 text, for the CSV lines (``_units``): most cells
#: name a few units, and formatting each position anew was a tenth of ``_units``
_POSITION_TEXTS = tuple(str(i).encode() for i in range(64))
#: those values -> ``_ref_pieces``: the same few hundred agencies fill most assignment
#: rows, and the C csv writer's scan of every character of every row was most of the
#: CSV's cost
_REF_PIECES: dict[tuple, tuple[bytes, bytes, int]] = {}
#: entries ``_REF_PIECES`` holds at most (then it starts again): a few MB
_REF_PIECES_MAX = 65536


def assignment_rows(n: Notice) -> list[tuple]:
    """AssignmentRow values, one per lead or support unit of one notice."""
    return _units(n).rows


@dataclass(frozen=True, slots=True)
class _Units:
    """What the writers take from a notice's lead and support units (``_units``)."""

    rows: list[tuple]   #: ``assignment_rows``
    csv: bytes          #: the same rows as assignments.csv lines (what ``csv_text`` writes for them), UTF-8
    #: each distinct unit (its ``_REF_VALUES``) -> [times as lead, times as support, a comma and its
    #: UTF-8 CSV cells, its JSON] (``_ref_pieces``), in order of first mention
    tally: dict[tuple, list]
    #: each measure's lead, then support units as a JSON list of ``ref_json``, in order
    #: (what ``notice_digest`` takes)
    roles: list[bytes]
    #: each measure's lead, then support units' names joined by ``JOINER``, in order
    #: (the rows' lead and support: what ``_measures`` takes)
    names: list[str]
    #: the tally's entries of the units of kind "group" (catch-alls such as 各相关部门), in order
    groups: list[list]
    #: whether a unit did not resolve (its match is "unresolved")
    unresolved: bool


#: a unit's ``_REF_PIECES`` entry says whether it is a group and whether it resolved:
#: the few such units are noted at their first mention in a notice, so the head's
#: counts need no pass over the rows or the tally (``notice_head``)
_GROUP, _UNRESOLVED = 1, 2


def _units(n: Notice) -> _Units:
    """One pass over the units of one notice for everything made of them: the
    assignment rows, their CSV lines, the JSON lists the content digest takes, and
    a tally of the distinct units from which the head's counts and
    ``notice_agency_counts`` are taken (a pass over every unit each cost about as
    much as the rows).  Per unit: one tuple of its values and one lookup (two at
    its first mention in the notice); what depends only on the values is made once.
    A row's CSV line is four pieces (the measure's and role's start, the position,
    the unit's cells, the notice's city and date), joined once for the notice:
    no string a row, and none a unit (its cells are the same bytes in every
    notice).  The pieces are UTF-8 already (a unit's cells encoded once, in
    ``_REF_PIECES``): the joined text is the file's bytes, where encoding it cost
    about a third of the rest of ``_units`` (UTF-8 of a concatenation is the
    concatenation of its pieces' UTF-8)."""
    rows, lines, tally, roles, groups, names = [], [], {}, [], [], []
    unresolved, join = False, JOINER.join
    doc_id, doc_number, city, date = n.doc_id, n.doc_number, n.city, n.date
    head, end = csv_fields((doc_id, doc_number)).encode(), f",{csv_fields((city, date))}\r\n".encode()
    cache, items, texts, known = _REF_PIECES, _REF_ITEMS, _POSITION_TEXTS, len(_POSITION_TEXTS)
    if len(cache) > _REF_PIECES_MAX:
        cache.clear()
    for m in n.measures:
        seq, no = m.seq, m.measure_no
        prefix = head + f",{seq},{'' if no is None else no},".encode()
        for role, role_csv, i, refs in (("lead", b"lead,", 0, m.lead), ("support", b"support,", 1, m.support)):
            if not refs:
                roles.append(b"[]")
                names.append("")
                continue
            parts, printed = [], []
            start = prefix + role_csv
            for pos, r in enumerate(refs, start=1):
                values = items(r.__dict__)   # (``_REF_VALUES(r)``)
                # (unpacked into a tuple display: ``*values`` built a list and then the tuple)
                name, agency_id, canonical, capacity, match, score, kind = values
                rows.append((doc_id, doc_number, seq, no, role, pos, name, agency_id, canonical, capacity, match,
                             score, kind, city, date))
                entry = tally.get(values)
                if entry is None:
                    pieces = cache.get(values)
                    if pieces is None:
                        pieces = cache[values] = _ref_pieces(values)
                    entry = tally[values] = [0, 0, pieces[0], pieces[1]]
                    if pieces[2]:   # a group, or a unit that did not resolve (few)
                        if pieces[2] & _GROUP:
                            groups.append(entry)
                        unresolved = unresolved or bool(pieces[2] & _UNRESOLVED)
                entry[i] += 1
                lines += (start, texts[pos] if pos < known else str(pos).encode(), entry[2], end)
                parts.append(entry[3])
                printed.append(name)
            roles.append(b"[%s]" % b",".join(parts))
            names.append(join(printed))
    return _Units(rows, b"".join(lines), tally, roles, names, groups, unresolved)


def _ref_pieces(values: tuple) -> tuple[bytes, bytes, int]:
    """What ``_units`` makes once per distinct unit (``_REF_PIECES``): a comma and its CSV
    cells (``csvtext.csv_fields``, UTF-8: what follows the position in its lines), its JSON
    for the content digest (``noticejson.ref_json``), and whether it is a group (``_GROUP``)
    or did not resolve (``_UNRESOLVED``)."""
    flags = (_GROUP if values[_KIND] == "group" else 0) | (_UNRESOLVED if values[_REF_MATCH] == "unresolved" else 0)
    return f",{csv_fields(values)}".encode(), ref_json(values), flags


@dataclass(frozen=True, slots=True)
class NoticeHead:
    """What the writers need of a notice besides its rows and texts: its
    identity and source, what a run counts, and its unresolved units
    (review.csv).  A ``--jobs`` worker sends its records with this and
    without the notice: unpickling the notice's dataclasses was about 40 %
    of what the one writer process spent receiving records."""

    doc_id: str
    doc_number: str | None
    date: str | None
    city: str | None
    source: Source
    warnings: tuple[str, ...]
    version: int | None
    measure_count: int
    assignment_count: int
    #: (name, agency_id, measure seq) of each unit that did not resolve, in order
    unresolved: tuple[tuple[str, str | None, int], ...]
    #: unit mentions that name one agency (groups such as 各相关部门 not counted)
    agency_count: int = 0
    #: ``notice_identity`` of the notice (made once: the archive and notices.csv both ask)
    identity: tuple[str, str] = ("", "")


def notice_head(notice: Notice, units: _Units | None = None) -> NoticeHead:
    """The ``NoticeHead`` of ``notice`` (from its ``_units`` if made already)."""
    units = units or _units(notice)
    # every row is one mention of a tally entry: the mentions of the groups are left out
    agencies = len(units.rows) - sum(lead + support for lead, support, _, _ in units.groups)
    missed = tuple((r[_NAME], r[_AGENCY_ID], r[_SEQ]) for r in units.rows if r[_MATCH] == "unresolved") \
        if units.unresolved else ()
    return NoticeHead(notice.doc_id, notice.doc_number, notice.date, notice.city, notice.source,
                      notice.warnings, notice.version, len(notice.measures), len(units.rows), missed, agencies,
                      notice_identity(notice))


#: positions in an AgencyRef's values (``_REF_VALUES``) and in an assignment row
_KIND, _REF_MATCH = _REF_FIELDS.index("kind"), _REF_FIELDS.index("match")
_NAME, _AGENCY_ID, _SEQ, _MATCH = (column_names(AssignmentRow).index(c) for c in ("name", "agency_id", "seq", "match"))


@dataclass(slots=True)
class NoticeRecord:
    """One notice in every form the writers need, built once (``notice_record``)
    and shared by the archive and the per-run files, so JSON/CSV/SQLite hold
    the same values by construction.

    Only ``notice``, ``head``, ``json``, ``notice_row`` and ``notices_csv`` hold
    the archive version, so a record built before the version is known (in a ``--jobs``
    worker) gets it with ``with_version``; the rows and their CSV text do not
    change.  Rows are plain tuples: sqlite3 binds those directly, and they
    pickle by value.  Writers read ``head``; ``notice`` is None in a record a
    worker sent (``without_notice``).  The JSON and CSV texts are UTF-8 bytes,
    as the files and SQLite take them: encoded once, where the record is built
    (in the workers under ``--jobs``), and copied as they are after that.
    """

    notice: Notice | None
    head: NoticeHead          #: what the writers need of ``notice``
    json: bytes               #: ``Notice.as_dict()`` as one line of UTF-8 JSON (notices.json, versions.notice_json)
    notice_row: tuple         #: NoticeRow values
    sections: list[tuple]     #: SectionRow values
    measures: list[tuple]     #: MeasureRow values
    assignments: list[tuple]  #: AssignmentRow values
    measures_csv: bytes       #: ``measures`` as measures.csv lines (``csvtext.csv_text``), UTF-8
    assignments_csv: bytes    #: ``assignments`` as assignments.csv lines, UTF-8
    agency_counts: tuple      #: ``notice_agency_counts``: what the agency tallies add
    content: str = ""         #: ``content_digest`` of ``json``: equal for two files that say the same

    @property
    def notices_csv(self) -> bytes:
        """The notice's notices.csv line (``notice_list_row``), UTF-8: made when
        read, from the row and head with the version (a record is made before
        its archive version is known, and the line holds it)."""
        return _notices_csv(self.notice_row, self.head)


def notice_record(notice: Notice) -> NoticeRecord:
    """Every form of ``notice`` the writers need."""
    units = _units(notice)
    measures, measures_csv = _measures(notice, units.names)
    head, row, text = notice_head(notice, units), notice_row(notice), notice_json(notice)
    return NoticeRecord(notice, head, text, row, section_rows(notice), measures,
                        units.rows, measures_csv.encode(), units.csv,
                        _agency_counts(units), notice_digest(notice, units.roles))


def without_notice(record: NoticeRecord) -> NoticeRecord:
    """``record`` without its notice, as a ``--jobs`` worker sends it (see ``NoticeHead``)."""
    return replace(record, notice=None)


_VERSION_KEY = b',"version":'   #: the last key of ``notice_json``'s object
_VERSION_COLUMN = [f.name for f in fields(NoticeRow)].index("version")


def _version_setter(cls) -> Callable[[object, int | None], object]:
    """``dataclasses.replace(obj, version=...)`` for the dataclass ``cls`` (every field an
    ``__init__`` argument), by position: its fields' values read at once and ``cls`` called
    with the new version in its place, where ``replace`` looked each field up by name and
    called with keywords (about 45 thousand instructions a call for a notice or its head)."""
    names = [f.name for f in fields(cls)]
    if not all(f.init for f in fields(cls)):
        raise TypeError(f"{cls.__name__}: a field is not an __init__ argument")
    values, at = attrgetter(*names), names.index("version")

    def with_version(obj, version):
        old = values(obj)
        return cls(*old[:at], version, *old[at + 1:])
    return with_version


_HEAD_WITH_VERSION, _NOTICE_WITH_VERSION = _version_setter(NoticeHead), _version_setter(Notice)


def with_version(record: NoticeRecord, version: int | None) -> NoticeRecord:
    """``record`` of the same notice as archive version ``version``."""
    if record.head.version == version:
        return record
    cut = record.json.rindex(_VERSION_KEY)
    head = _HEAD_WITH_VERSION(record.head, version)
    row = record.notice_row[:_VERSION_COLUMN] + (version,) + record.notice_row[_VERSION_COLUMN + 1:]
    # (the JSON up to its version copied once: a view of it joined, not a slice formatted)
    text = b"".join((memoryview(record.json)[:cut], _VERSION_KEY,
                     b"null" if version is None else b"%d" % int(version), b"}"))
    return NoticeRecord(None if record.notice is None else _NOTICE_WITH_VERSION(record.notice, version), head,
                        text, row, record.sections, record.measures, record.assignments,
                        record.measures_csv, record.assignments_csv, record.agency_counts, record.content)


def notice_agency_counts(notice: Notice) -> tuple[tuple, ...]:
    """Per agency of one notice, in order of first mention: (agency_id, resolved,
    canonical, lead count, support count, spellings in order) - resolved and
    canonical as first mentioned; names without an id (groups) left out."""
    return _agency_counts(_units(notice))


def _agency_counts(units: _Units) -> tuple[tuple, ...]:
    # the tally is in order of first mention of each distinct unit, so the first
    # unit of an agency in it is the agency's first mention, and its names come
    # in the order they were first printed
    out: dict[str, tuple] = {}
    # values: (name, agency_id, canonical, capacity, match, score, kind), ``_REF_FIELDS``
    for values, (lead, support, _, _) in units.tally.items():
        agency_id = values[1]
        if agency_id is None:
            continue
        counts = out.get(agency_id)
        if counts is None:   # most agencies: one spelling a notice, so one entry, made final at once
            out[agency_id] = (agency_id, values[4] != "unresolved", values[2], lead, support, (values[0],))
            continue
        _, resolved, canonical, leads, supports, names = counts
        out[agency_id] = (agency_id, resolved, canonical, leads + lead, supports + support,
                          names if values[0] in names else names + (values[0],))
    return tuple(out.values())


class AgencyTally:
    """agencies.csv built while notices stream past: per agency its counts, the
    spellings seen and where it was first seen, never the notices themselves
    (one small entry per agency, whatever the number of notices).

    Registry columns (city, kind, aliases, era, lineage) come from the
    shipped registry; an unresolved name gets the city of its id prefix,
    else the city of the first notice it was seen in that has one (never the
    order the commit clock happened to cut the stream in).
    """

    def __init__(self) -> None:
        self._agencies: dict[str, _AgencyCount] = {}
        self._docs: set[str] = set()   # doc_ids counted: N short strings, not N notices

    def __contains__(self, doc_id: str) -> bool:
        """Whether the notice ``doc_id`` has been counted."""
        return doc_id in self._docs

    def __bool__(self) -> bool:
        return bool(self._docs)

    def add_notice(self, notice: Notice) -> None:
        """Count one notice's lead and support units."""
        self.add_counts(notice.doc_id, notice.city, notice_agency_counts(notice))

    def add_counts(self, doc_id: str, city: str | None, counts: tuple[tuple, ...]) -> None:
        """Count one notice from its ``notice_agency_counts`` (made once per notice,
        by a ``--jobs`` worker, and added to both the archive's and agencies.csv's tally)."""
        # the same bytes twice in one stream (two paths, one doc_id) are one notice
        # in notice_count, as they are one row set in the archive
        new_doc = doc_id not in self._docs
        self._docs.add(doc_id)
        for agency_id, resolved, canonical, lead, support, names in counts:
            entry = self._agencies.get(agency_id)
            if entry is None:
                entry = self._agencies[agency_id] = _AgencyCount(resolved, canonical, city)
            elif entry.city is None:   # first seen in a notice with no city: the next city it is seen in
                entry.city = city
            entry.lead += lead
            entry.support += support
            known = entry.names
            for name in names:   # a loop, not a generator: most names are known already
                if name not in known:
                    known.append(name)
            entry.notices += new_doc

    def rows(self) -> list[AgencyRow]:
        """One row per agency seen, most assignments first (agencies.csv)."""
        return sorted(self.rows_as_seen(), key=lambda r: (-r.lead_count - r.support_count, r.agency_id))

    def rows_as_seen(self) -> list[AgencyRow]:
        """One row per agency seen, in the order the stream first showed each (the archive's
        writes: a count order would let the batch a clock cut decide where a new row lands)."""
        from ..agencies.registry import default_registry

        registry = default_registry()
        return [AgencyRow(
            agency_id=aid, **registry_fields(aid, c.resolved, c.canonical, c.city, registry),
            names=JOINER.join(c.names), lead_count=c.lead, support_count=c.support, notice_count=c.notices,
        ) for aid, c in self._agencies.items()]


@dataclass(slots=True)   # (its fields are read and added to once per agency a notice)
class _AgencyCount:
    resolved: bool            #: as first seen
    canonical: str | None     #: as first seen
    city: str | None          #: the city of the first notice it was seen in that has one
    lead: int = 0
    support: int = 0
    notices: int = 0
    names: list[str] = field(default_factory=list)


def registry_fields(agency_id: str, resolved: bool, canonical: str | None, notice_city: str | None,
                    registry=None) -> dict:
    """The REGISTRY_COLUMNS of one agency, from its entry or, unresolved, from its city."""
    if registry is None:
        from ..agencies.registry import default_registry
        registry = default_registry()
    agency = registry.agencies.get(agency_id) if resolved else None
    if agency is None:
        from ..agencies.departments import type_lineage

        prefix = agency_id.split("-", 1)[0]
        city = next((c.name for c in registry.cities.values() if c.id_prefix == prefix), notice_city)
        # a department of the national template: its type's kind, era and lineage
        typed = (type_lineage(agency_id) if resolved else None) or {}
        return dict(canonical=canonical, city=city, kind=typed.get("kind"), resolved=int(resolved), aliases="",
                    valid_from=typed.get("valid_from"), valid_to=typed.get("valid_to"),
                    successor_of=JOINER.join(typed.get("successor_of", ())))
    return dict(canonical=agency.name, city=agency.city, kind=agency.kind, resolved=1,
                aliases=JOINER.join(dict.fromkeys(agency.names[1:])), valid_from=agency.valid_from,
                valid_to=agency.valid_to, successor_of=JOINER.join(agency.lineage))
