"""The one place a notice's prose names OUTSIDE its measures, asked last of the place's sources
(``noticeplace.notice_place``; tests/fixtures/README.md "A place the page's prose names").

A page that nothing else places (a split copy's later page, a copy that kept no head, a news repost naming its
issuer only in its lead) is placed by the one city or municipality its own lines name outside its measures, or by the
county a newspaper it prints bare is named after (建湖日报).  Moved out of ``placeclues`` in session 57, whose other
readings are clues counted together; this one is read alone.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from .gazetteer import county_names, county_parents, is_listed_place, provinces
from .jurisdiction import with_parent_city
from .placechains import parse_jurisdiction
from .registry import default_patterns
from .placeclues import CITY_LEVEL_WORD, SHORT_PLACE_MAX, SHORT_PLACE_MIN, UNIT_LEVEL_WORDS, city_names_re
from ..hanzi import to_simplified
from ..numbering import split_measure_label
from ..text import vocab


def place_from_prose(names: Sequence[str], lines: Iterable[str], measure_texts: Sequence[str],
                     next_item: int | None = None) -> str | None:
    """The one city the notice's prose names OUTSIDE its measures (a requirement part's 来株洲投资兴业、展示株洲投资
    环境: 株洲市), when its unit names (``names``: ``unit_names``) print that city's level word (市财政局) and the prose
    names no other city, printed in full or without its 市 (``_prose_places_re``: the cities and municipalities of
    places.toml), or one county the paper it prints bare is named after (建湖日报: ``_press_places``); or None.
    A line holding a measure's text, or held in one, is a measure's and is not read: its words name other places'
    roads, stations and media (今日X, X政务网); nor are the unit names a line prints (配合单位：…、宁波电业局), which
    ``city_from_units`` reads with its own threshold.  A line printing the label of ``next_item`` (the number after
    the measures' last, ``12.`` under eleven) is the list's next task, one the store cut or no reader took
    (``cut_item``), and is a measure's as well.  A page that nothing else places (a split copy's later page, a copy that
    kept no head) names its city so (tests/fixtures/README.md "A place the page's prose names"; holdout
    pagethree-zhuzhou-2007-1, batch 65).  Asked last (``noticeplace.notice_place``); a county's name is read only as its
    paper's (a county's short name is a common word more often than a city's), a municipality's as a city's (a news
    site's lead 天津市人民政府印发通知 over a repost naming no issuer: holdout sinalead-tianjin)."""
    level = units_level(names)
    if level is None:
        return None
    texts = [to_simplified(t) for t in measure_texts if t]
    units = sorted({to_simplified(n) for n in names if n}, key=len, reverse=True)
    pattern, city_of = _prose_places_re()
    found = set()
    for line in lines:
        simple = to_simplified(line.strip())
        if not simple or holds_measure(simple, texts) or cut_item(simple, next_item):
            continue
        for unit in units:   # a unit printed with a place (宁波电业局) is a unit name, no prose: city_from_units reads those
            simple = simple.replace(unit, "\0")
        found.update(city_of[m] for m in pattern.findall(simple))
        found.update(_press_places(simple, level))
    found = {c for c in found if c.endswith(level)}
    if not found and level in COUNTY_LEVEL_WORDS:
        found = _prose_counties(lines, texts, units, level, next_item)
    if len(found) != 1:
        return None
    place = found.pop()
    chain = parse_jurisdiction(place)
    return with_parent_city(chain).key if chain else place


def units_level(names: Sequence[str]) -> str | None:
    """The level word most of the unit ``names`` open with (市财政局, 区农业农村委), or None.  A level's bureau's branch
    (`市规划和自然资源局宝坻分局`: a name ending in ``branch_ends``) is the bureau's office in a place BELOW its level and
    says nothing of the notice's level while another name says it: a district's plan tasks the city bureau's branch in
    it beside its own 区 bodies (holdout cutbracket-baodi-2022-1: one 市…分局 and one 区 unit, the tie read as 市 and the
    district named in the preface never asked), as the resolver carries no level past a branch (``Resolver._step``)."""
    ends = default_patterns().branch_ends
    printed = [to_simplified(n) for n in names if n and n.startswith(UNIT_LEVEL_WORDS)]
    levels = Counter(n[0] for n in printed if not n.endswith(ends)) or Counter(n[0] for n in printed)
    return levels.most_common(1)[0][0] if levels else None


#: a line and a measure's text that share a piece this long, the line's opening or the text's close, are one
#: paragraph: the line is the measure's own, printed with what the text leaves out (its closing bracket of units, a
#: copy's cut after it) or without what the text took in (its heading's sentence run into it)
MEASURE_PIECE_CHARS = 16


def holds_measure(line: str, texts: Sequence[str]) -> bool:
    """Whether ``line`` (simplified) is a measure's own paragraph: it holds one of the ``texts`` or is held in one,
    or it opens with a piece of one (``MEASURE_PIECE_CHARS``: the text took in a heading over the paragraph,
    `（一）…工程。` run into `以钢铁…`) or holds a text's close (the line goes on with the text's bracket of units, which
    a store may cut inside: `…改造。（市A、市B等按职责分工负责，各市〔特区、区〕人民政府`).  Such a line's words are the
    measure's, and a measure's words name other places' firms, roads and media, never the notice's own (holdout
    cutclause-liupanshui-2022-1, batch 122: `贵州省六盘水双元铝业有限责任公司` in the task placed its 市 units)."""
    for text in texts:
        if text in line or line in text:
            return True
        if len(line) >= MEASURE_PIECE_CHARS and len(text) >= MEASURE_PIECE_CHARS \
                and (line[:MEASURE_PIECE_CHARS] in text or text[-MEASURE_PIECE_CHARS:] in line):
            return True
    return False


def cut_item(line: str, next_item: int | None) -> bool:
    """Whether ``line`` opens with the label of ``next_item``, the number after the measures' last (`12.按照…“开放江门”数`
    under eleven measures): the list's next task, cut by the store inside its text or left unread, whose words are a
    task's as any measure's are (a data set, a platform or a road named after another place: the prefecture's
    `开放江门` in a county-level city's table, holdout semicells-taishan-2021-1, batch 130).  A line of another
    number (a requirement part's `1.加强组织领导`) or of no number is prose as before."""
    if next_item is None:
        return False
    number, _, _ = split_measure_label(line)
    return number == next_item


#: the level words of a county's and a district's units (区财政局, 县教育局) whose place prose may name in full
COUNTY_LEVEL_WORDS = ("区", "县")
#: a county-level name read in prose is at least this long, its level word with it (城区, 郊区: districts'
#: names, and common words)
PROSE_COUNTY_MIN_CHARS = 3


def _prose_counties(lines: Iterable[str], texts: Sequence[str], units: Sequence[str], level: str,
                    next_item: int | None = None) -> set[str]:
    """The county-level places of ``level`` (彭山区 for 区 units) the prose lines name IN FULL, their level word
    printed, each with one parent city in the gazetteer (眉山市彭山区; a name several cities hold, 新华区, places
    nothing): a county's unit list names its own county in its leading group's name (`彭山区推进…工作领导小组`),
    never by a short name, which is a common word more often than a place (holdout runon-pengshan, batch 107)."""
    pattern = _prose_county_re(level)
    found = set()
    for line in lines:
        simple = to_simplified(line.strip())
        if not simple or holds_measure(simple, texts) or cut_item(simple, next_item):
            continue
        for unit in units:
            simple = simple.replace(unit, "\0")
        for name in pattern.findall(simple):
            parents = county_parents(name)
            if len(parents) == 1:
                found.add(parents[0][0] + name)
    return found


@lru_cache(maxsize=None)
def _prose_county_re(level: str) -> re.Pattern:
    names = sorted((n for n in county_names() if n.endswith(level) and len(n) >= PROSE_COUNTY_MIN_CHARS),
                   key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def _press_places(text: str, level: str) -> Iterator[str]:
    """The listed places of the ``level`` that newspapers the ``text`` prints bare are named after (建湖日报数字报 with
    县 units -> 建湖县: ``[place_groups] press_heads``), the place's short name or its whole name right before the head;
    a paper quoted in 《》 (《光明日报》 in a text citing it: another place's or the nation's paper) is none."""
    for head in _press_heads():
        at = text.find(head)
        while at >= 0:
            if text.rfind("《", 0, at) <= text.rfind("》", 0, at):   # not inside a 《…》 quote
                for k in range(SHORT_PLACE_MIN, min(SHORT_PLACE_MAX, at) + 1):
                    words = text[at - k:at]
                    place = words if words.endswith(level) else words + level
                    if is_listed_place(place):
                        yield place
                        break
            at = text.find(head, at + 1)


@lru_cache(maxsize=1)
def _press_heads() -> tuple[str, ...]:
    return tuple(vocab()["place_groups"]["press_heads"])


@lru_cache(maxsize=1)
def _prose_places_re() -> tuple[re.Pattern, dict[str, str]]:
    """``city_names_re``'s cities and the municipalities (北京市, 天津市: places.toml's provinces named 市, whose own
    units print 市 as a city's do), printed in full or without their 市, longest first, and each printing -> its place."""
    city_of = dict(city_names_re()[1])
    for place in provinces():
        if place.endswith(CITY_LEVEL_WORD):
            city_of.setdefault(place, place)
            city_of.setdefault(place[:-len(CITY_LEVEL_WORD)], place)
    return re.compile("|".join(sorted(map(re.escape, city_of), key=len, reverse=True))), city_of
