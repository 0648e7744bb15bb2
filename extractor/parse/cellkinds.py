"""What a text table's cell reads as once its borders are gone: a deadline, unit names, or
anything (a task).  Shared by the readers of copies that lost the cells' borders: text-bl's
rows of blocks (``parse/textbl.py``, ``parse/cellcycle.py``) and text-sp's rows printing fewer
cells than the header names (``parse/textgrid.py``)."""
from __future__ import annotations

import re

from .deadlines import deadline_date
from .textrows import SECTION_LINE_RE
from .roles import UNIT_ROLES
from .unitlists import names_units_only
from ..lazyre import lazy_re

#: a paragraph of a unit cell is one name: the longest official names run to 20 characters
UNIT_BLOCK_MAX_CHARS = 20
SENTENCE_MARK_RE = lazy_re(r"[。，；;：:,！？]")


def reads_as_deadline(line: str) -> bool:
    """A line the date grammar reads as a deadline (``deadlines.deadline_date``)."""
    return deadline_date(line)[1] not in (None, "unparsed")


def reads_as_unit(block: str) -> bool:
    """A block that may be a unit's name: short, no sentence punctuation, no section label, no deadline."""
    return (len(block) <= UNIT_BLOCK_MAX_CHARS and not SENTENCE_MARK_RE.search(block)
            and not SECTION_LINE_RE.match(block) and not reads_as_deadline(block))


def names_one_unit(block: str) -> bool:
    """A block that is a unit's name and nothing else (发改委, not 做甲 nor a task sentence)."""
    return reads_as_unit(block) and names_units_only(block)


def blocks_fit(blocks: list[str], roles: tuple[str | None, ...]) -> bool:
    """Every block reads as its column: unit names under a unit column, a
    deadline under the deadline column (other columns take anything)."""
    if len(blocks) != len(roles):
        return False
    for block, role in zip(blocks, roles):
        if role in UNIT_ROLES and not all(reads_as_unit(p) for p in re.split(r"[、\s]+", block) if p):
            return False
        if role == "deadline" and not reads_as_deadline(block):
            return False
    return True
