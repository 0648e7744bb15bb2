"""Place groups: a 各 run of place words joined back into the one unit it names (各辖市、区政府).

A unit list parted by 、 may print one unit as a group: ``各辖市、区政府`` (each city's and district's
government), ``相关市、县政府``, ``13个乡镇、街道``.  Split at every 、, the group's pieces read as units
of their own; ``join_place_groups`` joins them back, and ``may_hold_place_group`` is the cheap test that
spares most cells the scan.  The words are ``[place_groups]`` in ``parse/vocab.toml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .brackets import outside_brackets
from .numerals import CN_NUMERAL_CHARS
from .text import alternation, compare_key, vocab


@lru_cache(maxsize=1)
def _place_group_res() -> tuple[re.Pattern, re.Pattern]:
    """(an open group's first piece: place words, or with a ``level_pair_heads`` head; a piece of
    place words only, group 1 its head if any) from ``[place_groups]``."""
    words = vocab()["place_groups"]
    places, heads, paired, each = (alternation(words[k])
                                   for k in ("place_words", "heads", "level_pair_heads", "distributors"))
    opener = f"(?:{each}|{count_opener(words)}|{site_opener(words)})"
    joined = f"(?:(?:{alternation(words['place_conjunctions'])})?(?:{places}))*"   # 直辖市及计划单列市: one piece
    return (re.compile(f"^{opener}(?:{places}){joined}(?:{paired})?$"),
            re.compile(f"^(?:{places}){joined}({heads})?$"))


def site_opener(words: dict | None = None) -> str:
    """A thing's site before the places a run names (``散煤堆场所在``, ``项目所在地``: ``site_words``), which opens a group
    as 各 does (tests/fixtures/README.md "A point named by its topic…")."""
    words = words or vocab()["place_groups"]
    return f"(?:[^、，,。；;：:（()）]{{1,{int(words['site_max_chars'])}}}?(?:{alternation(words['site_words'])}))"


def count_opener(words: dict | None = None) -> str:
    """A count of the places a run names, which opens a group as 各 does (``count_scopes``, ``count_measures``:
    13个, 全区13个, 十三个; tests/fixtures/README.md "A count before a run of place words")."""
    words = words or vocab()["place_groups"]
    scopes, measures = alternation(words["count_scopes"]), alternation(words["count_measures"])
    return f"(?:{scopes})?(?:\\d+|[{CN_NUMERAL_CHARS}]+)(?:{measures})"   # \\d: full-width digits too (１３个)


@lru_cache(maxsize=1)
def _kind_piece_res() -> tuple[re.Pattern, re.Pattern]:
    """(a piece that is a kind of county-level place and a body's name, group 1 the kind: 县级市外经贸局;
    one place word, for the last one an open group prints) from ``[place_groups]``."""
    words = vocab()["place_groups"]
    return (re.compile(f"^({alternation(words['kind_words'])}).+$"),
            re.compile(alternation(words["place_words"])))


def _closes_with_kind(group: str, key: str) -> bool:
    """True when ``key`` (a piece after the open 各 ``group``) is a kind of place and a body (各区 +
    县级市外经贸局: each district's and county-level city's bureau), so 各 distributes over it.  A kind a
    place prints as its own prefix (``own_prefix_kinds``: 自治县发改局, 州发展改革委) counts only after a
    piece of the kind's rank (各县 + 自治县民族宗教局, 各市 + 州发展改革委), not after another (各乡镇 +
    自治县发改局, 各县 + 州发改委: two)."""
    kind_re, place_re = _kind_piece_res()
    m = kind_re.match(key)
    if m is None:
        return False
    words = vocab()["place_groups"]
    rank = words["own_prefix_kinds"].get(m.group(1))
    if rank is None:
        return True
    last = place_re.findall(compare_key(group))
    return bool(last) and last[-1] in words[rank]


@lru_cache(maxsize=1)
def _distributor_marks() -> tuple[str, ...]:
    """The first characters of the words that open a place group (``[place_groups] distributors``: 各, 相, 有;
    a count's measure words, ``count_measures``: 个 and its traditional 個; a site's, ``site_words``: 所), the same
    in either script."""
    words = vocab()["place_groups"]
    return tuple(sorted({word[0] for word in (*words["distributors"], *words["count_measures"], *words["site_words"])}))


def may_hold_place_group(cell: str) -> bool:
    """False when ``cell`` cannot hold a place group ``join_place_groups`` joins (no 、, or no word that opens
    one): the cheap test that spares most unit cells the group scan."""
    return "、" in cell and any(mark in cell for mark in _distributor_marks())


def join_place_groups(pieces: list[str]) -> list[str]:
    """The pieces of one 、 run with each 各 group joined back (``[place_groups]``; 相关 and 有关 open one
    as 各 does, ``distributors``: 相关市 + 县政府 -> 相关市、县政府):
    各辖市 + 区政府 -> 各辖市、区政府, 各盟行政公署 + 市人民政府 -> 各盟行政公署、市人民政府,
    各区 + 县级市外经贸局 -> 各区、县级市外经贸局 (``_closes_with_kind``);
    各县区政府 + 市直各部门 and 各镇人民政府 + 街道办事处 stay two.  A group closed by its head goes on over the
    pieces after it that are another head alone (各县（市）党委 + 政府 -> 各县（市）党委、政府: each county's party
    committee and government, one catch-all; a head names no body without its places: holdout quotedplan-ganzi)."""
    opens, bare = _place_group_res()
    heads = _heads_re()
    out: list[str] = []
    group_open = headed = False
    for piece in pieces:
        key = compare_key(outside_brackets(piece))
        if group_open and (m := bare.match(key)):
            out[-1] += "、" + piece.strip()
            group_open, headed = m.group(1) is None, m.group(1) is not None
            continue
        if group_open and _closes_with_kind(out[-1], key):
            out[-1] += "、" + piece.strip()
            group_open = headed = False
            continue
        if headed and heads.match(key):
            out[-1] += "、" + piece.strip()   # 各乡镇党委 + 政府: the same places' other body
            continue
        out.append(piece)
        group_open = bool(opens.match(key))
        headed = not group_open and bool(opens.match(heads.sub("", key, count=1))) and heads.search(key) is not None
    return out


@lru_cache(maxsize=1)
def _heads_re() -> re.Pattern:
    """A head alone (``[place_groups] heads``: 政府, 党委, 办事处 …), matched whole; its ``sub`` drops one closing
    a piece (so the places before it tell whether the piece is an open group with its head)."""
    return re.compile(f"(?:{alternation(vocab()['place_groups']['heads'])})$")
