"""Lead/support conventions stated in a notice's text rather than its table.

Some notices give one bare 责任单位 list per measure and say in the cover
letter (or a note under the table) how to read it (FORMATS.md):

- ``列第一位的责任单位为牵头单位`` / ``排名第一的…为牵头单位，其他…为参与单位``:
  the first unit leads, the others support;
- ``无牵头单位的，责任单位即为牵头单位``: every unit leads (the default);
- ``A、B分别牵头``: A and B are co-leads, whatever the convention.

Only drafts marked ``from_responsible`` (their lead came from a bare 责任单位
list) are re-split.  The phrases are patterns in ``data/assign.toml``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .assign import CLOSERS, OPENERS, assign_vocab
from .locate import TABLE_MARK
from .models import DraftMeasure, Located, ParsedTable
from .patterns import compact, simplified

FIRST_LEADS = "first_leads"
ALL_LEAD = "all_lead"
#: what separates unit names inside a 责任单位 list (a table cell uses spaces)
_UNIT_SEPARATORS = "、，,；; \u3000\t"


def detect_convention(located: Located) -> str | None:
    """``FIRST_LEADS``, ``ALL_LEAD`` or None, from the phrases in the notice."""
    text = simplified(compact("".join(ln for ln in located.lines if not ln.startswith(TABLE_MARK))))
    voc = assign_vocab()["conventions"]
    for name in (FIRST_LEADS, ALL_LEAD):
        if re.search(voc[name], text):
            return name
    return None


def apply_conventions(located: Located, parsed: ParsedTable) -> ParsedTable:
    """``parsed`` with each bare 责任单位 list divided as the notice says."""
    convention = detect_convention(located)
    if convention != FIRST_LEADS:
        return parsed  # all-lead is how the parsers already read a bare list
    measures = tuple(split_first_lead(d) for d in parsed.measures)
    return replace(parsed, measures=measures)


def split_first_lead(draft: DraftMeasure) -> DraftMeasure:
    """First unit of a bare 责任单位 list leads, the rest support; a list
    marked 分别牵头 (丽水: 除标注“分别牵头”外) keeps all its units as leads."""
    if not draft.from_responsible or not draft.lead_cells:
        return draft
    mark = assign_vocab()["conventions"]["co_lead_mark"]
    if any(mark in simplified(c) for c in draft.lead_cells):
        cells = tuple(_drop_mark(c, mark) for c in draft.lead_cells)
        return replace(draft, lead_cells=tuple(c for c in cells if c))
    units = [u for cell in draft.lead_cells for u in split_units(cell)]
    if len(units) < 2:
        return draft
    return replace(draft, lead_cells=(units[0],), support_cells=tuple(units[1:]) + draft.support_cells)


def _drop_mark(cell: str, mark: str) -> str:
    """``市发改局、市科技局（分别牵头）`` -> ``市发改局、市科技局``."""
    start = simplified(cell).find(mark)
    if start < 0:
        return cell
    head, tail = cell[:start].rstrip("（( "), cell[start + len(mark):].lstrip(")） ")
    return (head + tail).strip()


def split_units(text: str) -> list[str]:
    """Split a unit list at 、，；/spaces outside brackets (县(市、区) stays whole)."""
    parts, depth, cur = [], 0, []
    for ch in text:
        depth = max(0, depth + (ch in OPENERS) - (ch in CLOSERS))
        if depth == 0 and ch in _UNIT_SEPARATORS:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]
