"""Stage 5b, text grids: a text-bl row's blocks fitted to its columns by what each block reads as.

A table flattened one cell a paragraph loses its cell borders, and a row need not print one
paragraph per column: a group cell merged over its group's rows (项目 beside the tasks) is
printed in the group's first row only, a leader's cell (牵头领导) holds one person or two, one a
paragraph, and a unit cell may print a name a paragraph (``区发改局`` / ``（区金融办）`` / ``区经信局``).
``read_blocks`` reads such a row when one paragraph per column does not read right: every way of
cutting the blocks into consecutive runs, one run per column, is tried, and the row is read when
exactly one of them reads as its columns (docs/forms.md, text-bl):

- a group column before the task column (the header's section word, 项目) takes one short
  block, no sentence, or none: its cell merged from the row above (``None``);
- the task column takes one block that reads as a sentence (sentence punctuation, or longer
  than a unit's name may be);
- a leader column takes one block or more, each a short text naming no unit (a person);
- a unit column takes one block or more, unit names; a cell printed a name a paragraph gives
  one name a block (a paragraph wholly in brackets is the second name of the one over it), so a
  paragraph listing several names (、 ，) is a whole cell and shares its column with no other;
- a deadline column takes one block that reads as a deadline; any other column one block.

A row no cut reads right, or more than one, is left to the readers before (``textbl._bl_fit``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .cellkinds import SENTENCE_MARK_RE, reads_as_deadline
from .roles import UNIT_ROLES
from .unitlists import NAME_SEPARATORS, names_units_only
from ..lazyre import lazy_re
from ..agencies.zones import kind_words as zone_kinds
from ..hanzi import simplified
from ..text import compact

#: a zone's own name before its kind (怀远 in 怀远经济开发区): two characters at least
ZONE_NAME_MIN_CHARS = 2
#: a paragraph of a unit or leader cell is at most this long (the longest official names run to 20)
NAME_BLOCK_MAX_CHARS = 20
#: a row read by its blocks has at most this many (more are a page's text run into the table)
READ_MAX_BLOCKS = 16
#: a paragraph wholly in brackets: the second name of the unit over it (区发改局 / （区金融办）)
BRACKETED_RE = lazy_re(r"^[（(][^（()）]+[)）]$")
#: what separates the names of one unit cell: a unit list's separators, white space of any kind among them
_NAME_SEP_RE = re.compile(r"[%s\s]+" % re.escape(NAME_SEPARATORS))


def read_blocks(blocks: list[str], roles: tuple[str | None, ...]) -> list[str | None] | None:
    """The row's cells, one per role (``None``: a group cell merged from the row above; a cell
    of several paragraphs their lines joined by a line break, a bracketed second name onto the
    name over it), or None when one block per column reads right already, or when not exactly
    one cut of ``blocks`` reads as the columns."""
    if "measure" not in roles or not any(r in UNIT_ROLES for r in roles) or len(blocks) > READ_MAX_BLOCKS:
        return None
    if len(blocks) == len(roles) and all(_reads_as(role, [b]) for role, b in zip(roles, blocks)):
        return None
    return cut_blocks(blocks, roles)


def cut_blocks(blocks: list[str], roles: tuple[str | None, ...]) -> list[str | None] | None:
    """The row's cells when exactly one cut of ``blocks`` reads as the columns of ``roles`` (one block
    per column among them), as ``read_blocks`` gives them; else None."""
    if "measure" not in roles or not any(r in UNIT_ROLES for r in roles) or len(blocks) > READ_MAX_BLOCKS:
        return None
    task = roles.index("measure")
    cuts = list(_cuts(tuple(blocks), roles, task, 0))
    if len(cuts) != 1:
        return None
    return [None if not run else unit_cell(run) for run in cuts[0]]


def _cuts(blocks: tuple[str, ...], roles: tuple[str | None, ...], task: int, col: int):
    """Every cut of ``blocks`` into one run per column from ``col`` on that reads as its columns."""
    if col == len(roles):
        if not blocks:
            yield ()
        return
    role = roles[col]
    fewest = 0 if col < task and role == "section" else 1
    most = 1 if role not in (*UNIT_ROLES, "leader") else len(blocks) - (len(roles) - col - 1)
    for take in range(fewest, most + 1):
        run = blocks[:take]
        if len(run) == take and _reads_as(role, list(run)):
            for rest in _cuts(blocks[take:], roles, task, col + 1):
                yield (run, *rest)


def _reads_as(role: str | None, run: list[str]) -> bool:
    """Every block of ``run`` reads as a paragraph of a ``role`` column's cell (an empty run: a
    merged group cell, checked by the caller's count)."""
    if not run:
        return True
    if role == "measure":
        return _is_sentence(run[0])
    if role == "section":
        return not _is_sentence(run[0]) and not names_units(run[0])
    if role == "leader":
        return all(not _is_sentence(b) and not names_units(b) and not BRACKETED_RE.match(b) for b in run)
    if role in UNIT_ROLES:
        if BRACKETED_RE.match(run[0]):
            return False
        if len(run) == 1:
            return names_units(run[0])
        return all(BRACKETED_RE.match(b) or (not _is_sentence(b) and names_units(b) and not _NAME_SEP_RE.search(b))
                   for b in run)
    if role == "deadline":
        return reads_as_deadline(run[0])
    return True


def _is_sentence(block: str) -> bool:
    return bool(SENTENCE_MARK_RE.search(block)) or len(compact(block)) > NAME_BLOCK_MAX_CHARS


@lru_cache(maxsize=4096)
def names_units(block: str) -> bool:
    """A unit cell's paragraph: names (split at 、 ， and spaces) each short and no sentence, at
    least one ending like a unit (``unitlists.names_units_only``; a zone printed short,
    未来科技城, among them) or naming a development zone by its place and its kind without its committee
    (怀远经济开发区, 某某高新区: ``_names_zone``), none of them a deadline."""
    names = [n for n in _NAME_SEP_RE.split(block) if n]
    if not names or any(len(compact(n)) > NAME_BLOCK_MAX_CHARS or reads_as_deadline(n) for n in names):
        return False
    return names_units_only(block) or any(names_units_only(n) or _names_zone(n) for n in names)


def _names_zone(name: str) -> bool:
    """``name`` is a development zone printed by a name of its own and a catalogue kind (怀远经济开发区,
    崇川经济开发区: ``agencies.zones.kind_words``), its committee unsaid: the zone is assigned the task
    (holdout flatprog-huaiyuan, batch 34).  A kind alone (开发区) is no such name."""
    name = compact(simplified(name))
    kind = next((k for k in _zone_kinds_longest_first() if name.endswith(k)), None)
    return kind is not None and len(name) - len(kind) >= ZONE_NAME_MIN_CHARS   # the longest kind it ends in


@lru_cache(maxsize=1)
def _zone_kinds_longest_first() -> tuple[str, ...]:
    return tuple(sorted(zone_kinds(), key=len, reverse=True))


def unit_cell(run) -> str:
    """A cell's paragraphs as its lines (a name each), a bracketed second name kept with the name over it
    (市财政局 / （市地方金融局） -> 市财政局（市地方金融局）, as one line printed it)."""
    lines: list[str] = []
    for block in run:
        if lines and BRACKETED_RE.match(block):
            lines[-1] += block
        else:
            lines.append(block)
    return "\n".join(lines)
