"""review.csv: one row per distinct (city, name as printed) that came out
``unresolved``, with the closest registry agencies, so that every miss is put
in front of a person instead of guessed.  Built while notices stream past
(``MissTally.add_head`` per notice, then ``rows``); the candidates come from
``Resolver.explain``, loaded only when there is a name to explain.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .rows import NoticeHead
from .rowtypes import ReviewRow

log = logging.getLogger(__name__)

#: how many candidates review.csv keeps per name
REVIEW_CANDIDATES = 3


@dataclass
class _Miss:
    """Where one unresolved (city, name) was seen: counts, not the notices, so a
    stream of any length costs one entry per distinct name."""

    agency_id: str
    doc_id: str
    doc_number: str | None
    date: str | None
    notice_count: int = 0
    measure_count: int = 0


class MissTally:
    """review.csv built while notices stream past (``add_head`` per notice, then ``rows``)."""

    def __init__(self) -> None:
        self.misses: dict[tuple[str | None, str], _Miss] = {}
        self._docs: set[str] = set()   # doc_ids counted: N short strings, not N notices
        #: city -> [unit mentions resolved, unit mentions]: the city's coverage in review.csv
        self.coverage: dict[str | None, list[int]] = {}

    def add_head(self, head: NoticeHead) -> None:
        """Note every unresolved unit of one notice, from its ``rows.NoticeHead``."""
        self.add_units(head.doc_id, head.doc_number, head.date, head.city, head.unresolved, head.agency_count)

    def add_units(self, doc_id: str, doc_number: str | None, date: str | None, city: str | None,
                  unresolved: Iterable[tuple[str, str | None, int]], agency_count: int | None = None) -> None:
        """Note one notice's unresolved units: (name, agency_id, measure seq) each,
        in the notice's order (as ``NoticeHead.unresolved``, or read back from
        the archive's assignments), and with ``agency_count`` (its unit mentions,
        groups not counted) the city's coverage."""
        unresolved = tuple(unresolved)
        if doc_id in self._docs:
            return  # the same bytes again (another path): already counted
        self._docs.add(doc_id)
        if agency_count is not None:
            tally = self.coverage.setdefault(city, [0, 0])
            tally[0] += agency_count - len(unresolved)
            tally[1] += agency_count
        measures: dict[tuple[str | None, str], set[int]] = {}
        for name, agency_id, seq in unresolved:
            key = (city, name)
            if key not in self.misses:
                self.misses[key] = _Miss(agency_id or "", doc_id, doc_number, date)
            measures.setdefault(key, set()).add(seq)
        for key, seqs in measures.items():
            self.misses[key].notice_count += 1
            self.misses[key].measure_count += len(seqs)

    def rows(self, aliases: str | Path | None = None) -> list[ReviewRow]:
        """One ReviewRow per unresolved (city, name), most frequent first, with candidates."""
        if not self.misses:
            return []
        from ..agencies.resolve import load_resolver

        resolver = load_resolver(aliases)
        rows = [_review_row(city, name, miss, resolver, self.coverage.get(city, (0, 0)))
                for (city, name), miss in self.misses.items()]
        log.info("%d unresolved name(s) listed for review", len(rows))
        return sorted(rows, key=lambda r: (r.city or "", -r.notice_count, -r.measure_count, r.name))


def _review_row(city: str | None, name: str, miss: _Miss, resolver, coverage) -> ReviewRow:
    e = resolver.explain(name, city=city, date=miss.date)
    candidates = sorted(e["candidates"], key=lambda c: -c["score"])[:REVIEW_CANDIDATES]
    best = candidates[0] if candidates else None
    return ReviewRow(
        city=city, name=name, agency_id=miss.agency_id, notice_count=miss.notice_count,
        measure_count=miss.measure_count, first_doc_id=miss.doc_id, first_doc_number=miss.doc_number,
        best_id=best["agency_id"] if best else None, best_canonical=best["canonical"] if best else None,
        best_score=best["score"] if best else None,
        candidates="; ".join(f"{c['agency_id']} {c['canonical']} ({c['score']})" for c in candidates),
        city_resolved=coverage[0], city_units=coverage[1],
    )
