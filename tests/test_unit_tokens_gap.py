"""``units.unit_tokens`` searches for a lone character's gap (``namegaps.LONE_CHARACTER_GAP_RE``) only in a
fragment holding one of the pattern's four gap characters: the tokens are those of the search
made on every fragment, for random fragments mixing ideographs, numerals, separators, brackets
and white space of every kind (the gap's four and others the pattern's look-behind reads).  The
search made on every fragment is the former one: the pattern matching the lone character and its
gap, replaced by the character (session 54 made the match the gap alone, found from its white space)."""
from __future__ import annotations

import random
import re

import pytest

from extractor.agencies.registry import default_patterns
from extractor.agencies.namegaps import HEAD_GAP_RE, close_broken_names
from extractor.agencies.units import share_in_groups, split_cell, unit_tokens

#: pieces a fragment is made of: names, lone level words, numerals, separators, brackets and
#: white space inside and outside the gap's class (\n, \r, U+2003 and U+3000 differ in kind)
_PIECES = ("市", "县", "区", "省", "一", "十", "发改委", "住", "建", "局", "财政局", "科技局", "（", "）", "(", ")",
           "、", "，", ",", "；", ";", "/", "／", " ", "  ", "\u3000", "\u00a0", "\t", "\n", "\r", "\u2003",
           "各镇街", "等", "a", "1")

#: the lone character's gap as the pattern read it before session 54: the character and its white space
_FORMER_GAP_RE = re.compile(r"(?<![^\s、，,；;／/])((?![一二三四五六七八九十〇零])[\u4e00-\u9fff])"
                            r"[ \u3000\u00a0\t]+(?=[\u4e00-\u9fff])")


def _searched_always(cell: str) -> list[str]:
    # session 61: the gap before a government's head printed alone (各市(州) 人民政府) closes too, wherever it stands
    cell = close_broken_names(HEAD_GAP_RE.sub("", _FORMER_GAP_RE.sub(lambda m: m[1], cell)), default_patterns())
    return share_in_groups(cell, split_cell(cell, default_patterns()), default_patterns())


@pytest.mark.parametrize("cell", ["市 发改委、市 住 建 局", "市发改委、市住建局", "市\u3000住\u00a0建\t局",
                                  "一 市发改委", "市\n发改委", "市\u2003发改委", "县 （市、区） 政府", ""])
def test_unit_tokens_as_searched_always(cell):
    assert unit_tokens(cell, default_patterns()) == _searched_always(cell)


def test_unit_tokens_as_searched_always_on_random_fragments():
    rng = random.Random(33)
    patterns = default_patterns()
    cells = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    # the case the shortcut is for, and the one it must not skip, are both drawn many times
    assert sum(not any(c in cell for c in " \u3000\u00a0\t") for cell in cells) > 500
    assert sum(_FORMER_GAP_RE.search(cell) is not None for cell in cells) > 100
    for cell in cells:
        assert unit_tokens(cell, patterns) == _searched_always(cell), repr(cell)
