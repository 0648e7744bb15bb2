"""A footer's word that is an item's label (stage 3, locate).

A line opening with ``主办单位：`` is a portal footer's label for the body that runs the site (``[boilerplate]
stop_prefixes``: it ends the content), and an item's lead label too (a 为民办实事 list's ``主办单位：X，协办单位：Y。``).
``item_label_line`` tells the item's from the footer's (docs/parsing.md, the footer words); ``footer_label_line`` reads
the footer's label in any spelling the label grammar reads (主办单位:, 主 办 单 位：, 主办单位　X)."""
from __future__ import annotations

from functools import lru_cache
from itertools import islice

from ..hanzi import simplified
from ..numbering import split_numbering
from ..parse.labels import holds_label_mark, label_role, labelled_parts
from ..text import COLONS, compact, vocab
from ..parse.roles import UNIT_ROLES, with_every_unit_noun


#: a stop line opening with a unit label (主办单位：X) is an item's label when the same label opens a line again
#: within this many lines after it, a numbered item between (an item, its sentences, its label lines)
ITEM_LABEL_LOOKAHEAD = 8


def item_label_line(simple: str, rest: list[str]) -> bool:
    """A stop line opening with a unit label (``主办单位：``, a portal footer's label for the body that runs the site) that
    is an item's assignment, not the footer: a support label follows it on the line or opens the next one
    (``主办单位：县城投公司，协办单位：住建局、凤城镇。``: a footer prints 承办 or 技术支持 beside its 主办, never 协办 or
    配合), or the list goes on under it, a numbered item and then a line opening with the same label within
    ``ITEM_LABEL_LOOKAHEAD`` lines (a footer prints its label once, under the text).  Before, the first such line of a
    为民办实事 list ended the content and the page gave no row (holdout zhubanline-lianjiang, batch 82)."""
    labels = _opening_labels(simple)
    if not labels or labels[0][0] not in UNIT_ROLES:
        return False
    after = _opening_labels(next((simplified(line.strip()) for line in rest if line.strip()), ""))
    if any(role == "support" for role, _, _ in labels[1:]) or (after and after[0][0] == "support"):
        return True
    numbered = False
    for line in islice(rest, ITEM_LABEL_LOOKAHEAD):
        later = simplified(line.strip())
        if later.startswith(labels[0][1]) or _opening_word(later) == labels[0][1]:
            return numbered
        numbered = numbered or split_numbering(compact(later)) is not None
    return False


def footer_label_line(simple: str) -> bool:
    """``simple`` (a line in simplified characters) opens with a ``[boilerplate] stop_prefixes`` label (主办单位：) in
    another spelling the label grammar reads as the same word: an ASCII colon, a space before it or for it, the word
    spaced out (``主办单位:``, ``主办单位 ：``, ``主 办 单 位：``, ``主办单位　X``).  A page printed with its labels so
    spelled prints its footer's so too (holdout placecut-yuanzhou's seven respelled copies): before, the footer was read
    as the last item's lead label and the site's body as one more lead.  The word's unit noun in any of the grammar's
    spellings (``[unit_nouns]``: 主办部门： as 主办单位：, as a unit role's label word is read, ``roles.UNIT_ROLES``)."""
    words = _footer_label_words()
    return simple[:1] in words and _opening_word(simple) in words[simple[:1]]


@lru_cache(maxsize=1)
def _footer_label_words() -> dict[str, frozenset[str]]:
    """The stop prefixes that are a label word and its colon (主办单位：), with their unit noun in each spelling
    (主办部门), as the words by their first character."""
    words = [w for p in vocab()["boilerplate"]["stop_prefixes"] if p[-1:] in COLONS and label_role(p[:-1])
             for w in with_every_unit_noun([p[:-1]])]
    return {w[:1]: frozenset(v for v in words if v[:1] == w[:1]) for w in words}


def _opening_word(line: str) -> str | None:
    """The first label's word (its gaps closed up) when a label opens ``line``, else None."""
    labels = _opening_labels(line)
    return labels[0][1] if labels else None


def _opening_labels(line: str) -> list[tuple[str, str, str]]:
    """``find_labels`` of ``line`` when a label opens it (nothing but spaces stands before its first label), else []."""
    if not holds_label_mark(line):
        return []
    before, labels = labelled_parts(line)
    return labels if labels and not before.strip() else []
