"""The fields of a bulletin's or a report's head naming who signed it off (``head_field_ends``: 签发人：某某).

A forum's one-line copy of a bulletin runs its head into the title (``(2016)第9期 某区人民政府督查室 签发人:某某
关于…的通报 各街道办事处,…:``): the field ends the head's line, and the title's 关于 opens right after it as after a
doc number (``runon.letter_joints``, ``runon._title_span``).  docs/parsing.md, "A paragraph joined with spaces".
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text import alternation, vocab

#: the word a title opens with (关于印发…的通知); the issuer may stand right before it, a field's value run into it
TITLE_OPENER = "关于"
#: a person's name in a head's field (签发人：刘某某) is this many Chinese characters
HEAD_FIELD_NAME_CHARS = (2, 4)


@lru_cache(maxsize=1)
def _head_field_re() -> re.Pattern:
    low, high = HEAD_FIELD_NAME_CHARS
    return re.compile(r"(?:%s)\s*[:：]\s*[\u4e00-\u9fff]{%d,%d}?(?=\s|%s|$)"
                      % (alternation(vocab()["metadata"]["head_field_labels"]), low, high, TITLE_OPENER))


def head_field_ends(copy: str, stop: int) -> list[int]:
    """The ends of the head's fields before ``stop`` naming who signed a bulletin or a report off (``[metadata]
    head_field_labels`` and a person's name, ``HEAD_FIELD_NAME_CHARS``: ``(2016)第9期 某区人民政府督查室 签发人:刘某某
    关于…的通报``): a forum's one-line copy of a bulletin runs its head into the title, which opens after the
    field as after a doc number (``runon._title_span``), and the field ends the head's line (``runon.letter_joints``)."""
    return [m.end() for m in _head_field_re().finditer(copy, 0, stop)]
