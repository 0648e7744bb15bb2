"""Bare places sharing the body a list closes with (襄阳市、十堰市、随州市发改委 -> 襄阳市发改委, 十堰市发改委, 随州市发改委),
as an analyst fills the cells: ``share_place_heads``, asked of every unit list's tokens (``units.share_in_groups``) and
of a clause whose names must all end like units (``parse.unitlists.is_unit_list``).  Split from units.py, which calls it
(docs/parsing.md "Shared body")."""
from __future__ import annotations

from functools import lru_cache

from ..hanzi import to_simplified
from ..text import CJK_ONLY_RE, clean_name
from .gazetteer import full_place_name, is_former_county, is_listed_place, listed_places_less_level
from .placechains import is_government_word, place_ends
from .registry import is_issuer_rest
from .template import FUNCTION_WORD, default_template_resolver


#: how a government's name ends (人民政府, 政府): a run of places before one shares it wherever it stands
GOVERNMENT_TAIL = "政府"
#: the level words of the bare places a list may open with to share its last body's name
#: (襄阳市、十堰市、随州市发改委): cities, counties and districts
SHARED_HEAD_LEVELS = ("市", "县", "区")

#: the longest place printed bare WITHOUT its level word before a place of that level and its body
#: (广州、深圳市政府: 广州 is 广州市; 乌鲁木齐 is the longest city name so printed)
BARE_PLACE_MAX_CHARS = 4


def share_place_heads(tokens: list[str]) -> list[str]:
    """``tokens`` of one list whose items before the last are all bare places the gazetteer lists
    (襄阳市、十堰市) and whose last is a listed place and a body (随州市发改委, 南漳县人民政府): each bare
    place with that body's name (襄阳市发改委, 十堰市发改委, 随州市发改委), as an analyst fills the
    cells.  A bare place may be printed without its level word when the last place has one the
    gazetteer lists it with (广州、深圳市政府 -> 广州市政府, 深圳市政府), and in traditional characters
    (黃埔區、南沙區政府).  After other units, only the places printed without their level word before the last
    share it (``_share_tail``).  Any other list is returned as it is (市委、市政府; 宜昌市、荆州市 with no body after)."""
    if len(tokens) < 2:
        return tokens
    if not may_be_bare_place(tokens[0].strip()):
        shared = _share_tail(tokens)   # most lists: the first item is no bare place
        return shared if shared is not tokens else _share_runs(tokens)
    shared = _place_body(clean_name(tokens[-1]))
    if shared is None:
        return _share_runs(tokens)
    level, body = shared
    places = []
    for token in tokens[:-1]:
        place = token.strip()
        simple = to_simplified(place)
        if simple.endswith(SHARED_HEAD_LEVELS) and _is_place(simple):
            places.append(place + body)
        elif (len(simple) <= BARE_PLACE_MAX_CHARS and not simple.endswith(SHARED_HEAD_LEVELS)
              and is_listed_place(simple + to_simplified(level))):
            places.append(place + level + body)
        else:
            return _share_runs(tokens)
    return places + [tokens[-1]]


def _share_runs(tokens: list[str]) -> list[str]:
    """``tokens`` with each run of places printed whole that a place and a word naming a body of EVERY place closes,
    anywhere in the list, sharing that word: a government (``_share_government_runs``) or a department printed by its
    function and 部门 (``_share_function_runs``)."""
    return _share_function_runs(_share_government_runs(tokens))


def _share_function_runs(tokens: list[str]) -> list[str]:
    """``tokens`` whose run of places printed whole (柳北区、柳南区), after other units or before them, is closed by a
    place and a department printed by its function and 部门 (柳南区审计部门, ``template.FUNCTION_WORD``): each place of
    the run with that department (柳北区审计部门), as in 市科技局、市税务局、柳北区、柳南区审计部门.  部门 names a kind of
    body every place has, so the run is one kind of department over several places (docs/agencies.md "A name's
    jurisdiction"); a department printed by its own name after such a run (宜昌市、荆州市发改委 after other units)
    is still shared by nothing (``_share_tail``: 宜昌市 may be a unit of its own there)."""
    if FUNCTION_WORD[0] not in "".join(tokens):
        return tokens   # most lists: no kind of department in it (部 is 部 in either script: 部門)
    return _share_closed_runs(tokens, FUNCTION_WORD,
                              lambda body: default_template_resolver().is_function_department(body))


def _share_government_runs(tokens: list[str]) -> list[str]:
    """``tokens`` whose run of places printed whole (银川市、石嘴山市), anywhere in the list, is closed by a place
    and its GOVERNMENT (吴忠市人民政府): each place of the run with that government word (银川市人民政府 …), as in
    自治区发展改革委、自然资源厅、银川市、石嘴山市、吴忠市人民政府、宁东管委会 (holdout qmarkbullet-ningxia).  A place
    printed alone as a unit names its government, so the shared word changes no body, only the printed name;
    a department after such a run (宜昌市、荆州市发改委 after other units) is still shared by nothing
    (``_share_tail``: 宜昌市 may be a unit of its own there).

    A list printing no 府 has no such run: t2s gives a 府 only for a 府 (no key of OpenCC's dictionaries turns
    another character into it: tests/test_quick_forms.py), so none of its tokens ends with GOVERNMENT_TAIL once
    simplified; most lists are so, and the loop below costs about 6 thousand instructions a list."""
    if GOVERNMENT_TAIL[-1] not in "".join(tokens):
        return tokens
    return _share_closed_runs(tokens, GOVERNMENT_TAIL, lambda body: is_government_word(to_simplified(body)))


def _share_closed_runs(tokens: list[str], tail: str, names_shared_body) -> list[str]:
    """``tokens`` with each run of places printed whole that a place and a body ending with ``tail`` closes (the
    body one ``names_shared_body`` accepts), each place of the run given that body's words."""
    out = None
    for n in range(1, len(tokens)):
        token = tokens[n].strip()
        if not to_simplified(token).endswith(tail) or not is_whole_place(tokens[n - 1]):
            continue        # almost every token
        shared = _place_body(clean_name(token))
        if shared is None or not names_shared_body(shared[1]):
            continue
        start = n - 1
        while start > 0 and is_whole_place(tokens[start - 1]):
            start -= 1
        out = out or list(tokens)
        out[start:n] = [t.strip() + shared[1] for t in tokens[start:n]]
    return out or tokens


def is_whole_place(token: str) -> bool:
    """``token`` is a place the gazetteer lists printed with its level word (银川市, 商水县)."""
    simple = to_simplified(token.strip())
    return simple.endswith(SHARED_HEAD_LEVELS) and _is_place(simple)


def _share_tail(tokens: list[str]) -> list[str]:
    """``tokens`` whose last items, after other units, are places printed without their level word and a
    listed place of that level with its body (省发改委、牡丹江、佳木斯、黑河市政府, a 黑龙江 province's 2014
    measures): those places share the body with the level (牡丹江市政府, 佳木斯市政府).  A place so printed
    names no unit alone, so the list can only be read so; one printed with its level word after another unit
    may be a unit itself (市交通运输局、宜昌市、荆州市发改委) and shares nothing."""
    if len(tokens) < 3 or not is_bare_short(tokens[-2].strip()):
        return tokens   # most lists: the item before the last is no short bare word
    shared = _place_body(clean_name(tokens[-1]))
    if shared is None:
        return tokens
    level, body = shared
    simple_level = to_simplified(level)
    start = len(tokens) - 1
    while start > 1 and is_bare_short(place := tokens[start - 1].strip()) and \
            is_listed_place(to_simplified(place) + simple_level):
        start -= 1
    if start == len(tokens) - 1:
        return tokens
    return [*tokens[:start], *(t.strip() + level + body for t in tokens[start:-1]), tokens[-1]]


def _is_place(name: str) -> bool:
    """A place the gazetteer lists, a county a later reform made a district (淮阳县 in a 2013 list:
    ``former_counties.csv``) or an autonomous prefecture printed by its short name (临夏州: ``full_place_name``):
    each is a place a list of places may print."""
    return is_listed_place(name) or is_former_county(name) or is_listed_place(full_place_name(name))


def is_bare_short(token: str) -> bool:
    """``token`` may be a place printed without its level word: a short run of ideographs not ending in one."""
    return (0 < len(token) <= BARE_PLACE_MAX_CHARS and all(_is_ideograph(ch) for ch in token)
            and to_simplified(token[-1]) not in SHARED_HEAD_LEVELS)


def may_be_bare_place(token: str) -> bool:
    """Whether ``token`` may be a bare place, before the last item's body is looked for: it ends in a
    level word, or is a short run of ideographs the gazetteer lists with one (广州: 广州市)."""
    if to_simplified(token[-1:]) in SHARED_HEAD_LEVELS:
        return True
    if len(token) > BARE_PLACE_MAX_CHARS or not CJK_ONLY_RE.fullmatch(token):
        return False
    # one lookup: a listed name less its level word (广州 of 广州市), where a name was built and looked up
    # for each level word (a list's first unit, 市教育局, cost about 15,000 instructions so)
    return to_simplified(token) in listed_places_less_level(SHARED_HEAD_LEVELS)


def _is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def place_body(name: str) -> tuple[str, str] | None:
    """``_place_body`` of ``name`` as printed (the level word its listed place closes with and the body after it:
    桃源县审计部门 -> 县, 审计部门), or None when no listed place opens it before a body of the place."""
    return _place_body(clean_name(name))


#: names ``_place_body`` keeps (the lists' last units of a large corpus)
PLACE_BODY_CACHE = 16384


@lru_cache(maxsize=PLACE_BODY_CACHE)
def _place_body(name: str) -> tuple[str, str] | None:
    """The level word of the listed place ``name`` opens with and what follows it, as printed, when
    that names a body of the place (government wording or a department the template knows: 随州市发改委
    -> 市, 发改委; or one printed by its function, 临夏州发展改革部门 -> 州, 发展改革部门), else None.  Cached: it reads only the shipped gazetteer and template, and is asked of a
    list's last unit whenever the unit before it is a short word (财政局、税务局), so of the same names
    across a corpus (about 60 thousand instructions a name: the place chains' ends tried in turn)."""
    simple = to_simplified(name)
    if len(simple) != len(name):
        return None
    for end in place_ends(simple, 0):
        rest = simple[end:]
        if rest and _is_place(simple[:end]) and (
                is_issuer_rest(rest) or default_template_resolver().is_function_department(rest)):
            return name[end - 1:end], name[end:]
    return None
