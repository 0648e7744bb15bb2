"""agencies.csv and review.csv of an archived run: one row per agency / per
unresolved (city, name), written from the archive's tables when what the
per-run files show changes (``outputs.Outputs``).

review.csv gives each city's coverage (unit mentions resolved, of all, over
the notices shown).  Counting it is one pass over every assignment shown
(2 s at 10,000 notices), so it is counted once, kept with the files' state
(``coverage``) and then moved by the notices added to and taken out of the
list; review.csv is rewritten when the unresolved names or a listed city's
coverage change.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Sequence

from . import rows as R
from .export import write_csv
from .migrate import shown
from .rowtypes import AgencyRow, AssignmentRow, ReviewRow, column_names

_MATCH, _KIND = (column_names(AssignmentRow).index(c) for c in ("match", "kind"))
_CHUNK = 500   #: doc_ids bound in one ``IN (...)`` (SQLite allows 999 variables in older builds)

Coverage = dict  #: city -> [unit mentions resolved, unit mentions], catch-all groups not counted


def _chunks(ids: list[str]) -> Iterator[tuple[str, list[str]]]:
    """``(placeholders, chunk)`` for ``IN (...)`` over ``ids``, a chunk at a time."""
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        yield ", ".join("?" for _ in chunk), chunk


class TableFiles:
    """agencies.csv and review.csv (``names``: those of them this run writes)."""

    def __init__(self, archive, out_dir: Path, names: Sequence[str], all_versions: bool,
                 aliases: Path | None, resolution: str | None) -> None:
        self.archive, self.out_dir, self.names = archive, out_dir, list(names)
        self.all_versions, self.aliases, self.resolution = all_versions, aliases, resolution
        #: the coverage of the notices shown, once known; recorded with the files unless
        #: versions without their JSON are shown (``unlisted``: they are not in the files' list)
        self.coverage: Coverage | None = None
        #: the versions shown (by the archive's views) that the files do not list: without their JSON
        self.unlisted = 0
        #: doc_id -> (city, unit mentions resolved, unit mentions) of each notice stored in
        #: this run (None: no assignments), ``note``: a first run's coverage without a pass
        #: over the archive's assignments
        self._noted: dict[str, tuple[str | None, int, int] | None] = {}

    def note(self, record: R.NoticeRecord) -> None:
        """One notice stored in this run: its share of the coverage, counted from its
        rows as ``_coverage_where`` counts them from the archive's."""
        head = record.head
        if not record.assignments:   # no row to join: its city is not counted
            self._noted[head.doc_id] = None
            return
        missed = 0
        if head.unresolved:   # few notices; the others resolve every unit that is not a group
            missed = sum(row[_MATCH] == "unresolved" and row[_KIND] != "group" for row in record.assignments)
        self._noted[head.doc_id] = (head.city, head.agency_count - missed, head.agency_count)

    def coverage_state(self) -> list | None:
        """What the files' state keeps of the coverage: [[city, resolved, units], ...]."""
        if self.coverage is None or self.unlisted:
            return None
        return [[city, *counts] for city, counts in self.coverage.items()]

    def write(self, state: dict | None, valid: set[str], changed: set[str], shown_ids: list[str]) -> list[Path]:
        """The files that change; ``valid``: those on disk as the state recorded them,
        ``changed``: the notices added to, taken out of or stored again in the list,
        ``shown_ids``: the list, in order."""
        if not self.names:
            return []
        stale = (state or {}).get("resolution") != self.resolution
        written = []
        if changed or stale or "agencies.csv" not in valid:
            written.append(write_csv(self.out_dir / "agencies.csv", AgencyRow, self._agency_rows()))
        review = "review.csv" not in valid or stale or self._has_unresolved(changed)
        moved = self._moved(state, changed)
        if review or moved:
            from .reviewcsv import MissTally

            units = self._unresolved_units(shown_ids)
            # a city's coverage moved: review.csv changes if it lists a name of that city
            if review or moved is True or not moved.isdisjoint(unit[3] for unit in units):
                tally = MissTally()
                for unit in units:
                    tally.add_units(*unit)
                if self.coverage is None:
                    self.coverage = self._noted_coverage(shown_ids)
                if self.coverage is None:
                    self.coverage = self._count_coverage()
                tally.coverage = self.coverage
                written.append(write_csv(self.out_dir / "review.csv", ReviewRow, tally.rows(self.aliases)))
        return written

    def _agency_rows(self) -> list[tuple]:
        names = ", ".join(column_names(AgencyRow))
        return self.archive.con.execute(
            f"SELECT {names} FROM agencies WHERE notice_count > 0 "
            "ORDER BY lead_count + support_count DESC, agency_id").fetchall()

    def _has_unresolved(self, doc_ids: set[str]) -> bool:
        return any(self.archive.con.execute(f"SELECT 1 FROM assignments WHERE match = 'unresolved' AND doc_id IN "
                                            f"({marks}) LIMIT 1", chunk).fetchone()
                   for marks, chunk in _chunks(list(doc_ids)))

    # --- review.csv's coverage ----------------------------------------------

    def move_coverage(self, state: dict | None, old_ids: list[str], shown_ids: list[str],
                      stored: set[str]) -> None:
        """The coverage of the notices shown (``_count_coverage``) from the one
        recorded with the files, plus the notices shown now and not then, less
        those shown then and not now; left unknown (None) when it must be
        counted: none recorded (an older archive, or versions without their
        JSON shown), other names resolved, or notices on disk stored again."""
        if not state or state.get("coverage") is None or state.get("resolution") != self.resolution \
                or not stored.isdisjoint(old_ids):
            return
        coverage = {city: [done, total] for city, done, total in state["coverage"]}
        before, now = set(old_ids), set(shown_ids)
        for sign, doc_ids in ((1, [d for d in shown_ids if d not in before]),
                              (-1, [d for d in old_ids if d not in now])):
            for marks, chunk in _chunks(doc_ids):
                for city, (done, total) in self._coverage_where(f"v.doc_id IN ({marks})", chunk).items():
                    tally = coverage.setdefault(city, [0, 0])
                    tally[0] += sign * done
                    tally[1] += sign * total
        self.coverage = coverage

    def _moved(self, state: dict | None, changed: set[str]) -> set | bool:
        """The cities whose coverage the notices added or taken out change (a
        notice without an unresolved name changes it too); True when not known
        without counting."""
        if not changed:
            return set()
        if self.coverage is None or not state or state.get("coverage") is None:
            return True
        before = {city: [done, total] for city, done, total in state["coverage"]}
        return {city for city in set(before) | set(self.coverage)
                if before.get(city, [0, 0]) != self.coverage.get(city, [0, 0])}

    def _noted_coverage(self, shown_ids: list[str]) -> Coverage | None:
        """``_count_coverage`` from the notices ``note``d, when every notice shown
        (with assignments) was stored in this run, as in a first run; else None."""
        noted = self._noted
        if self.unlisted or not all(doc_id in noted for doc_id in shown_ids):
            return None
        coverage: Coverage = {}
        for doc_id in shown_ids:
            if noted[doc_id] is not None:
                city, done, total = noted[doc_id]
                tally = coverage.setdefault(city, [0, 0])
                tally[0] += done
                tally[1] += total
        # in the order of SQL's GROUP BY (no city first, then by code point: UTF-8's byte order)
        return dict(sorted(coverage.items(), key=lambda item: (item[0] is not None, item[0] or "")))

    def _count_coverage(self) -> Coverage:
        """Per notice city over the notices shown: [unit mentions resolved, unit mentions],
        catch-all groups not counted (review.csv's city_resolved, city_units)."""
        return self._coverage_where(shown(self.all_versions, "v"))

    def _coverage_where(self, condition: str, args: Sequence[str] = ()) -> Coverage:
        cur = self.archive.con.execute(
            "SELECT n.city, SUM(a.kind != 'group' AND a.match != 'unresolved'), SUM(a.kind != 'group') "
            "FROM versions v JOIN assignments a ON a.doc_id = v.doc_id "
            f"JOIN notices n ON n.doc_id = v.doc_id WHERE {condition} GROUP BY n.city", args)
        return {city: [done or 0, total or 0] for city, done, total in cur}

    def _unresolved_units(self, shown_ids: list[str]) -> list[tuple]:
        """Per notice shown with an unresolved unit, in the list's order:
        (doc_id, doc_number, date, city, [(name, agency_id, seq)]), each notice's
        units in measure order, lead before support.  Read through the index of
        the unresolved assignments alone (no pass over the versions), the
        notices not shown left out here."""
        if self.unlisted:
            return self._unresolved_units_joined()
        position = {doc_id: i for i, doc_id in enumerate(shown_ids)}
        rows = sorted((position[doc_id], seq, support, at, doc_id, name, agency_id) for
                      doc_id, name, agency_id, seq, support, at in self.archive.con.execute(
                          "SELECT doc_id, name, agency_id, seq, role = 'support', position FROM assignments "
                          "WHERE match = 'unresolved'") if doc_id in position)
        heads = {}
        for marks, chunk in _chunks(list(dict.fromkeys(row[4] for row in rows))):
            heads.update((doc_id, (doc_number, date, city)) for doc_id, doc_number, date, city in
                         self.archive.con.execute("SELECT doc_id, doc_number, date, city FROM notices "
                                                  f"WHERE doc_id IN ({marks})", chunk))
        notices: dict[str, list] = {}
        for _, seq, _, _, doc_id, name, agency_id in rows:
            notices.setdefault(doc_id, []).append((name, agency_id, seq))
        return [(doc_id, *heads[doc_id], units) for doc_id, units in notices.items()]

    def _unresolved_units_joined(self) -> list[tuple]:
        """``_unresolved_units`` with the versions the files do not list (without
        their JSON): joined with the versions shown, one pass over them."""
        cur = self.archive.con.execute(
            "SELECT v.doc_id, n.doc_number, n.date, n.city, a.name, a.agency_id, a.seq FROM versions v "
            "JOIN assignments a ON a.doc_id = v.doc_id AND a.match = 'unresolved' "
            f"JOIN notices n ON n.doc_id = v.doc_id WHERE {shown(self.all_versions, 'v')} "
            "ORDER BY v.rowid, a.seq, a.role = 'support', a.position")
        notices: dict[str, tuple] = {}
        for doc_id, doc_number, date, city, name, agency_id, seq in cur:
            notices.setdefault(doc_id, (doc_id, doc_number, date, city, []))[4].append((name, agency_id, seq))
        return list(notices.values())
