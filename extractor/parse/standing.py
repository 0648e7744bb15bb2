"""A progress report's lagging items: the task, its planned node and where it stands (docs/parsing.md "A progress
report's lagging items").

A 督查 report on a year's key tasks lists the ones behind schedule under status headings (``（二）进展缓慢的有2项``), each
item ONE sentence: the task, the node the plan set for it and where it stands on the report's day, closed by its units
(``1.<task>，3月底完成，目前已完成1.5公里。（责任单位：X）``).  The standing is the report's, not the task's (the same
list's next report prints the task again with another standing, or with none), so it is no text of the measure; the
node says by when, so its date is the deadline, its completion verb off (tests/fixtures/README.md "A progress report's
lagging item: its node and its standing"; holdout slownode-jiaozuo).  The vocabulary is ``[standing]`` in assign.toml.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..hanzi import simplified
from ..models import DraftMeasure
from ..text import fold
from .deadlines import deadline_length
from .labels import assign_vocab, match_copy, verb_re

#: a lagging item is at least the task, its node and one standing clause
MIN_CLAUSES = 3


@lru_cache(maxsize=1)
def _lagging_re() -> re.Pattern:
    return re.compile(assign_vocab()["standing"]["lagging"])


@lru_cache(maxsize=1)
def _standing_re() -> re.Pattern:
    """A clause opening with a report's words (``[decided] report_openers``: 目前, 已, 正在 …) or holding a not-yet
    word anywhere (``[standing] not_yet``: 尚未 …)."""
    vocab = assign_vocab()
    openers = "|".join(map(re.escape, vocab["decided"]["report_openers"]))
    not_yet = "|".join(map(re.escape, vocab["standing"]["not_yet"]))
    return re.compile(rf"^(?:{openers})|{not_yet}")


def _node_date(clause: str) -> str | None:
    """The date a node clause opens with (``3月底完成`` -> ``3月底``, ``3月20日前完成征迁交地`` -> ``3月20日前``), its
    completion verb (``[verbs] completion``) off, else None."""
    n = deadline_length(fold(match_copy(clause)))
    if n == 0:
        return None
    date = clause[:n]
    verb = verb_re("completion").search(match_copy(date))
    return date[:verb.start()] if verb and verb.end() == len(date) and verb.start() > 0 else date


#: the commas parting a lagging item's clauses, full-width or a copy's ASCII one
_COMMA_RE = re.compile(r"([，,])")


def _cut(text: str) -> tuple[str, str] | None:
    """(text up to the node, the node's date) of a lagging item's sentence, else None."""
    body = text.rstrip("。.")
    if "。" in body or text == body:
        return None   # one sentence closed by its stop
    parts = _COMMA_RE.split(body)   # clause, comma, clause, …
    clauses = parts[::2]
    if len(clauses) < MIN_CLAUSES:
        return None
    at = next((k for k, c in enumerate(clauses) if k >= MIN_CLAUSES - 1 and _standing_re().search(simplified(c))), None)
    if at is None or _standing_re().search(simplified(clauses[at - 1])):
        return None
    date = _node_date(clauses[at - 1])
    return ("".join(parts[:2 * at - 1]) + text[len(body):], date) if date else None


def cut_standing(measures: tuple[DraftMeasure, ...]) -> tuple[DraftMeasure, ...]:
    """``measures`` with each lagging item (under a status heading saying it is behind: ``[standing] lagging``) cut
    before its standing and given its node's date as deadline; every other measure as it was."""
    out = []
    for d in measures:
        title = d.section.title if d.section is not None else ""
        cut = None if d.deadline or not title or not _lagging_re().search(simplified(title)) else _cut(d.text)
        out.append(replace(d, text=cut[0], deadline=cut[1]) if cut else d)
    return tuple(out)
