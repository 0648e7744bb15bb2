"""A numbered heading printing no sentence over the paragraphs of its one task (``一、建立…制度，加强…调节`` /
``健全…。`` / ``适时调整…。`` / ``以…为重点，…。（A牵头，B、C等分别负责）``): the heading ends where the task's first
sentence starts, on a line of its own, so it is the task's section and its paragraphs the task (tests/fixtures/README.md
"A numbered heading over one task", and the README's "A part heading over paragraphs that share one closing bracket").

``outlineheads.headed_paragraphs`` reads a LIST of such headings each over one paragraph (at least
``MIN_HEADED_PARAGRAPHS``, every heading a topic line).  ``headed_parts`` reads the rest of that shape: a heading
printing two topic phrases parted by a comma, a heading over several paragraphs whose last one closes with the shared
assignment, and a list of one such heading on a copy that stops under the next heading before any unit is named (a
repost site's or a mirror's stored text cut inside the next part: holdout partparas-hebei, squarebracket-biaozhun,
batch 112).  Before, the heading ran into its first paragraph as the measure's text (``建立…调节健全预防…``) and no
section was read.  ``lostnumbers.number_bare_items`` then cuts the paragraphs off the heading as one item.
"""
from __future__ import annotations

from .assign import Assignment
from .headlines import is_project_name, is_topic_line
from .items import Item
from ..numbering import SECTION_KINDS
from ..text import SENTENCE_ENDS

#: what a heading over a task never prints: a sentence's or a clause's end, a colon (a label or a lead-in)
_NOT_IN_HEADING = frozenset("。；;：:！!？?")
#: the commas a heading's two topic phrases are parted by (``建立…制度，加强…调节``)
_PHRASE_COMMAS = ("，", ",")
#: a heading prints at most this many comma-parted topic phrases
MAX_HEADING_PHRASES = 2


def is_phrase_heading(text: str) -> bool:
    """``text`` (a numbered item's words after its number) is a heading: one or two topic phrases
    (``headlines.is_topic_line``) parted by a comma, no sentence, clause end or colon anywhere; a project's name may
    close with one full stop (``headlines.is_project_name``: ``重点行业绿色升级工程。`` over its paragraph, holdout
    cutclause-liupanshui, batch 122: before, the heading ran into the paragraph and the part over it was the measure's
    section)."""
    s = "".join(text.split())
    if s.endswith(SENTENCE_ENDS) and is_project_name(s):
        s = s[:-1]   # a project's name closed by its one stop (重点行业绿色升级工程。): a phrase still
    if not s or s.endswith(SENTENCE_ENDS) or _NOT_IN_HEADING.intersection(s):
        return False
    for comma in _PHRASE_COMMAS[1:]:
        s = s.replace(comma, _PHRASE_COMMAS[0])
    phrases = s.split(_PHRASE_COMMAS[0])
    return len(phrases) <= MAX_HEADING_PHRASES and all(is_topic_line(p) for p in phrases)


def headed_parts(events) -> bool:
    """Every item of one section numbering kind (``numbering.SECTION_KINDS``) that names units is a heading
    (``is_phrase_heading``) over paragraphs of its own, the last of them closing with its own assignment
    (``Item.more_own``); the kind's last item may name none when nothing after it names a unit (the copy stops
    under it).  Only the items of the parts the headings stand in count (``Item.letter_part``), as
    ``outlineheads.headed_paragraphs`` has it."""
    items = [e for e in events if isinstance(e, Item)]
    headed = [e for e in items if e.kind in SECTION_KINDS and e.more_own and e.more and is_phrase_heading(e.text)]
    kinds = {e.kind for e in headed}
    if not headed or len(kinds) != 1:
        return False
    parts = {e.letter_part for e in headed}
    others = [e for e in items if e.kind in kinds and e.letter_part in parts and e not in headed]
    return all(_cut_under(events, e) for e in others)


def _cut_under(events, item: Item) -> bool:
    """``item`` is the last item of its kind, names no unit, and no assignment stands after it: the copy stops
    under it before its units."""
    at = next(i for i, e in enumerate(events) if e is item)
    if item.assignment is not None or item.part is not None:
        return False
    later = events[at + 1:]
    return not any(isinstance(e, Assignment) or (isinstance(e, Item) and (e.kind == item.kind or e.assignment))
                   for e in later)
