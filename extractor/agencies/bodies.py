"""Whether a name nobody listed is a body of a place (县一中, 县实验幼儿园, 县文工团).

The assignment grammar asks here before it cuts a unit label's value short at a name its own
vocabulary (parse/assign.toml ``unit_end``) does not know (docs/parsing.md, "A label's value"):

- the template knows the name (a jurisdiction and one department: ``template.is_unit_name``);
- or it opens with a level word (县, 市, 自治州 ...), a chain of places the gazetteer knows
  (仪陇县) or a listed city printed without its 市 (铜仁 for 铜仁市: 铜仁高新区), jieba cuts that opening as a word of its own (县 / 实验 / 幼儿园, never 县城 / 新建 /
  幼儿园 or 市民 / 满意度: there the level character belongs to another word; a name jieba keeps
  whole, 县一中, passes), and the rest is short and ends like a body: a unit suffix
  (``[split_units] unit_suffixes``: 团, 园, 区, 院 ...) or an institution word (``[bodies] endings``:
  一中, 卫校, 医共体, 储备库), its last word naming no group (各区).

The vocabulary is data in ``agency_patterns.toml`` ``[bodies]``.  jieba is loaded only when a name
reaches the last test (a name after a comma that the fast vocabulary lacks: rare).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..hanzi import to_simplified
from ..text import clean_name
from .gazetteer import is_listed_place
from .placechains import split_places
from .records import patterns_data
from .registry import default_patterns
from .segments import jieba_tokenizer
from .template import LEVEL_WORDS, default_template_resolver


#: the length of a city's name printed without its 市 (铜仁 for 铜仁市, 石家庄 for 石家庄市): no city has a
#: one-character name, and the longest names past four characters are prefectures (自治州), printed
#: short by other rules (海西州)
CITY_SHORT_MIN, CITY_SHORT_MAX = 2, 4
#: the level word a city printed short leaves out
CITY_WORD = "市"


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern, int, tuple[str, ...]]:
    data = patterns_data()["bodies"]
    return re.compile(data["endings"]), int(data["max_rest"]), tuple(data["not_openers"])


#: ``_body_cut``'s answer for a name the template knows whole (no opening to check)
KNOWN_WHOLE = -1


def _body_cut(text: str) -> int | None:
    """``KNOWN_WHOLE`` when the template knows ``text`` (simplified), where its opening ends when it
    opens like a body and ends like one with a short rest, else None: every test of the module
    docstring but jieba's."""
    if len(text) < 3:
        return None
    endings, max_rest, _ = _vocab()
    suffixes = default_patterns().unit_suffixes
    if not (text[-1] in suffixes or endings.search(text)):
        return None   # most prose: it ends like no body
    if default_template_resolver().is_unit_name(text):
        return KNOWN_WHOLE
    return _opening(text, lambda rest: 2 <= len(rest) <= max_rest)


@lru_cache(maxsize=4096)
def may_be_body(name: str) -> bool:
    """``looks_like_body`` without jieba's word-boundary test: True for every body it finds and for
    a few names whose level character belongs to another word.  For a caller that only needs to
    keep a name apart when it might be one of its own (``namegaps``), at no cost of loading jieba."""
    return _body_cut(to_simplified(clean_name(name))) is not None


@lru_cache(maxsize=4096)
def looks_like_body(name: str) -> bool:
    """True when ``name`` is a body of a place by the agency knowledge (module docstring)."""
    text = to_simplified(clean_name(name))
    cut = _body_cut(text)
    if cut is None:
        return False
    if cut == KNOWN_WHOLE:
        return True
    not_openers = _vocab()[2]
    words = jieba_tokenizer().lcut(text, HMM=False)
    bounds, at = set(), 0
    for word in words:
        at += len(word)
        bounds.add(at)
    return (len(words) == 1 or cut in bounds) and not words[-1].startswith(not_openers)


def _opening(text: str, accept) -> int | None:
    """Where the opening of ``text`` ends: after a level word (县, 自治州) or a chain of listed places
    (仪陇县) that ``accept`` takes the rest after; None when it opens with neither."""
    level = next((w for w in LEVEL_WORDS if text.startswith(w) and accept(text[len(w):])), None)
    if level is not None:
        return len(level)
    found = split_places(text, accept)
    if found is not None:
        return sum(len(p.name) for p in found[0])
    return _city_printed_short(text, accept)


def _city_printed_short(text: str, accept) -> int | None:
    """Where a listed city printed without its 市 ends at the start of ``text`` (铜仁高新区 -> 2: 铜仁市
    is listed), when ``accept`` takes the rest after it; else None."""
    for k in range(CITY_SHORT_MIN, min(CITY_SHORT_MAX, len(text) - 1) + 1):
        if text[k] != CITY_WORD and is_listed_place(text[:k] + CITY_WORD) and accept(text[k:]):
            return k
    return None
