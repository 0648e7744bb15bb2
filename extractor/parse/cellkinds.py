"""What a text table's cell reads as once its borders are gone: a deadline, unit names, or
anything (a task).  Shared by the readers of copies that lost the cells' borders: text-bl's
rows of blocks (``parse/textbl.py``, ``parse/cellcycle.py``) and text-sp's rows printing fewer
cells than the header names (``parse/textgrid.py``)."""
from __future__ import annotations

import re

from functools import lru_cache

from .deadlines import deadline_date
from .headlines import opens_with_task_verb
from .textrows import SECTION_LINE_RE
from .roles import UNIT_ROLES
from .unitlists import names_units_only
from ..lazyre import lazy_re

#: a paragraph of a unit cell is one name: the longest official names run to 20 characters
UNIT_BLOCK_MAX_CHARS = 20
SENTENCE_MARK_RE = lazy_re(r"[。，；;：:,！？]")
#: the commas a unit cell may list its names with instead of 、 (区教育局，区审计局)
UNIT_LIST_COMMA_RE = lazy_re(r"[，,]")


def reads_as_deadline(line: str) -> bool:
    """A line the date grammar reads as a deadline (``deadlines.deadline_date``)."""
    return deadline_date(line)[1] not in (None, "unparsed")


def reads_as_unit(block: str) -> bool:
    """A block that may be a unit's name: short, no sentence punctuation, no section label, no
    deadline; or a list of unit names parted by commas (``lists_units_with_commas``)."""
    return _reads_as_name(block) or lists_units_with_commas(block)


def _reads_as_name(block: str) -> bool:
    return (len(block) <= UNIT_BLOCK_MAX_CHARS and not SENTENCE_MARK_RE.search(block)
            and not SECTION_LINE_RE.match(block) and not reads_as_deadline(block))


@lru_cache(maxsize=4096)
def lists_units_with_commas(block: str) -> bool:
    """A unit cell listing its names with commas, not 、 (``区教育局，区审计局``): every piece
    between the commas reads as a unit's name (``_reads_as_name``) and names units and nothing
    else (``unitlists.names_units_only``: no role verb, no digit), opening with no task verb
    (``headlines.opens_with_task_verb``: 新建社区服务中心 is a task, though it ends like a unit).
    A sentence holds a piece that is no name (``推进甲工作，确保乙完成``), so it stays one."""
    if not UNIT_LIST_COMMA_RE.search(block):
        return False
    names = [n.strip() for n in UNIT_LIST_COMMA_RE.split(block)]
    return (all(n and _reads_as_name(n) for n in names)
            and all(names_units_only(n) and not opens_with_task_verb(n) for n in names))


def names_one_unit(block: str) -> bool:
    """A block that is a unit's name, or a list of them, and nothing else (发改委, not 做甲 nor a
    task sentence)."""
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
