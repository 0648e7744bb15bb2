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
    # all-lead (无牵头单位的…) is how the parsers already read a bare list
    first_leads = detect_convention(located) == FIRST_LEADS
    measures = tuple(split_first_lead(d, first_leads) for d in parsed.measures)
    return replace(parsed, measures=measures)


def split_first_lead(draft: DraftMeasure, first_leads: bool = True) -> DraftMeasure:
    """First unit of a bare 责任单位 list leads, the rest support; in a list
    marked 分别牵头 (丽水: 除标注“分别牵头”外) the units before the mark lead."""
    if not draft.from_responsible or not draft.lead_cells:
        return draft
    mark = assign_vocab()["conventions"]["co_lead_mark"]
    cells = draft.lead_cells
    at = next((i for i, c in enumerate(cells) if mark in simplified(c)), None)
    if at is not None:  # A、B分别牵头，C: A and B co-lead, C supports
        cut = simplified(cells[at]).find(mark)
        rest = split_units(cells[at][cut + len(mark):].lstrip(")）"))
        lead = cells[:at] + (cells[at][:cut].rstrip("（( "),)
        return replace(draft, lead_cells=lead, support_cells=tuple(rest) + cells[at + 1:] + draft.support_cells)
    if not first_leads:
        return draft
    units = [u for cell in draft.lead_cells for u in split_units(cell)]
    if len(units) < 2:
        return draft
    return replace(draft, lead_cells=(units[0],), support_cells=tuple(units[1:]) + draft.support_cells)


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
