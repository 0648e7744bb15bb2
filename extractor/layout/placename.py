"""A city's or county's name alone (济南市, 某某自治县): a piece of a recipients list that names no body
(``recipients``), and the place a signature prints before the short name its title block printed
(``lettertitle``).  A module of its own: both ask it, and recipients imports lettertitle."""
from __future__ import annotations

import re
from functools import lru_cache

from ..agencies.gazetteer import is_listed_place
from ..agencies.placechains import place_ends
from ..text import alternation, compare_key, vocab

#: a city's or county's name alone is at most this long (大通回族土族自治县: 9); a longer piece
#: ending in 市 or 县 is some other wording, not a bare place
PLACE_NAME_MAX_CHARS = 9
#: a chain of places a signature prints before a body (湖南省株洲市荷塘区) is at most this long: a province, a city and
#: a county of that length each
PLACE_CHAIN_MAX_CHARS = 3 * PLACE_NAME_MAX_CHARS


@lru_cache(maxsize=1)
def _bare_place_re() -> re.Pattern:
    """``[metadata] bare_place_ends``: never 区, which a zone's name ends in too."""
    ends = alternation(vocab()["metadata"]["bare_place_ends"])
    return re.compile(r"^[^各、\s]{1,%d}(?:%s)$" % (PLACE_NAME_MAX_CHARS - 1, ends))


def is_bare_place(piece: str) -> bool:
    """``piece`` is a city's or county's name alone (``[metadata] bare_place_ends``)."""
    return bool(_bare_place_re().match(compare_key(piece)))


def is_place_chain(piece: str) -> bool:
    """``piece`` is nothing but places the gazetteer lists, one after another, each within the one before
    (株洲市荷塘区: a city and its district; 株洲市 alone too): the place a signature prints before the short name its
    title block printed (``lettertitle._signs_as``: 株洲市荷塘区茨菇塘街道办事处 under 茨菇塘街道办事处 / 关于…)."""
    key = compare_key(piece)
    return 0 < len(key) <= PLACE_CHAIN_MAX_CHARS and _chain_from(key, 0)


def _chain_from(key: str, at: int) -> bool:
    return at == len(key) or any(is_listed_place(key[at:end]) and _chain_from(key, end)
                                 for end in reversed(place_ends(key, at)))
