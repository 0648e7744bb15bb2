"""A higher level's lead printed beside the notice's own units.

A city's list of the province's tasks that fall to it prints, in a task's unit cell under the city's
own bureaus, the province's department that leads the task there (``省牵头单位：省农业农村厅``).  That
body is no unit of the measure: the city's notice tasks its own bodies, and the line says whom the
task answers to above them.  A unit part opening with a role label that names a LEVEL of government
(``[level_labels]`` in roles.toml) above every level the cell's other parts print is taken out of the
units and kept in the measure's ``extra`` (tests/fixtures/README.md "A higher level's lead beside the
notice's own units"; holdout provlead-hangzhou-2021-1).  Where the other parts print no level (the notice's
own bureaus named bare, 教育局), the notice's own level stands for theirs: the level its issuer's name prints
(``reading_notice_level``, set while the notice is parsed).  Where neither prints one, or the level printed
stands at or above the label's, nothing is taken: a province's list printing its own 省牵头单位 reads it as
any label."""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources

from ..agencies.gazetteer import is_listed_place
from ..agencies.registry import default_patterns
from ..cachefiles import load_toml
from ..hanzi import simplified
from .roles import level_labels


@lru_cache(maxsize=1)
def _label_re() -> re.Pattern:
    levels, words = level_labels()
    spaced = lambda ws: "|".join(r"\s*".join(map(re.escape, w)) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    # a label may be letter-spaced (省牵 头 单 位：, 牵 头 单 位：): white space between its characters
    level, word = spaced([w for ws in levels for w in ws]), spaced(words)
    return re.compile(rf"^\s*(?P<label>(?P<level>{level})\s*(?:级\s*)?(?:{word}))\s*[：:]\s*(?P<value>.+?)\s*$")


@lru_cache(maxsize=1)
def _ranks() -> tuple[tuple[str, int], ...]:
    """(level word, rank: 0 the highest), longest word first."""
    levels, _words = level_labels()
    return tuple(sorted(((w, rank) for rank, ws in enumerate(levels) for w in ws), key=lambda p: -len(p[0])))


def _rank(name: str) -> int | None:
    """The level a unit's name opens with (市财政局: the city's), or the level of the last place a name opening with
    the places the gazetteer lists names (株洲市司法局: the city's; 株洲市天元区财政局: the district's), or None (a name
    printing neither)."""
    name = re.sub(r"\s+", "", name)
    rank = next((rank for word, rank in _ranks() if name.startswith(word)), None)
    return rank if rank is not None else _place_rank(name)


#: the longest place name (levels word included) a unit's name may open with
PLACE_NAME_MAX_CHARS = 12


def _place_rank(name: str) -> int | None:
    """The level word closing the last of the listed places ``name`` opens with, one after another (湖南省株洲市…),
    as its rank; None where it opens with none."""
    at, rank = 0, None
    while True:
        place = next((name[at:end] for end in range(min(len(name), at + PLACE_NAME_MAX_CHARS), at + 1, -1)
                      if is_listed_place(name[at:end])), None)
        if place is None:
            return rank
        rank = next((r for word, r in _ranks() if place.endswith(word)), rank)
        at += len(place)


def _unit_ranks(part: str) -> list[int]:
    """The levels the unit names of ``part`` print (``_rank``).  A level's bureau's branch in a place below it
    (市公安局城中区分局: ``[prefixes] branch_ends``) prints its parent bureau's level, not its own: it tells none, so a
    市牵头单位 beside it and the notice's bare bureaus is still a higher level's (blindsynth stream 28's cause 7)."""
    branch_ends = default_patterns().branch_ends
    return [r for r in (_rank(n.strip()) for n in re.split(r"[、，,；;\s]+", simplified(part))
                        if not n.strip().endswith(branch_ends)) if r is not None]


#: the level of the notice being parsed (``reading_notice_level``): None outside one, or for an issuer printing none
_NOTICE_RANK: ContextVar[int | None] = ContextVar("notice_rank", default=None)


@contextmanager
def reading_notice_level(issuer: str | None) -> Iterator[None]:
    """While the block runs, the notice's own level is the one its issuer's name prints (``_rank``: 缙云县人民政府办公室
    the county's, 宜昌市伍家岗区人民政府办公室 the district's, 省政府办公厅 the province's; none for a name printing no
    level or listed place, or no issuer).  The label reading asks it where the notice's own units print no level."""
    token = _NOTICE_RANK.set(_rank(simplified(issuer)) if issuer else None)
    try:
        yield
    finally:
        _NOTICE_RANK.reset(token)


def _own_lowest(own: list[int]) -> int | None:
    """The lowest level the notice's own units print (the largest rank), or, where they print none (教育局, 财政局:
    a county's bureaus named bare), the notice's own level (``reading_notice_level``); None when neither is known.
    Before, such units told nothing, and a 市牵头单位 beside them was read as one more lead (the generator's seven
    notices after session 62; holdout levelbare-jinyun-2024-6)."""
    return max(own) if own else _NOTICE_RANK.get()


def higher_level_parts(lead: tuple[str, ...], support: tuple[str, ...]) \
        -> tuple[tuple[str, ...], tuple[str, ...], dict[str, str]]:
    """``lead`` and ``support`` (a row's unit cell parts) without the parts that name a higher level's lead,
    and those parts as ``extra`` (label as printed -> value).  Most cells hold no colon: returned as they are, told
    from the parts joined (a character is in the joined text exactly when it is in a part), where a generator over
    the parts cost about 6 thousand instructions a task row (a fifth of a row's own reading)."""
    parts = lead + support
    text = "".join(parts)
    if "：" not in text and ":" not in text:
        return lead, support, {}
    found = {i: m for i, p in enumerate(parts) if (m := _label_re().match(simplified(p)))}
    if not found:
        return lead, support, {}
    lowest = _own_lowest([r for i, p in enumerate(parts) if i not in found for r in _unit_ranks(p)])
    if lowest is None:
        return lead, support, {}
    higher = {i for i, m in found.items() if _rank(m.group("level")) < lowest}
    if not higher:
        return lead, support, {}
    extra = {}
    for i in sorted(higher):   # simplified() maps character to character: the match's spans are the printed text's
        m = found[i]
        extra[re.sub(r"\s+", "", parts[i][m.start("label"):m.end("label")])] = parts[i][m.start("value"):m.end("value")]
    keep = lambda ps, at: tuple(p for j, p in enumerate(ps, at) if j not in higher)   # noqa: E731
    return keep(lead, 0), keep(support, len(lead)), extra


# The same label among an item's labels (a labelled item's lines, an inline bracket's labels: 牵头单位：区应急局 /
# 市牵头单位：市生态环境局 / 完成时间：…): the label grammar (labels.labelled_parts) reads the level word before the role
# word as the label's, and parse_labels keeps the label's value in ``extra`` where its level stands above every level
# the assignment's own unit labels print (``higher_labels``), as a table's cell part is kept above.

#: what may stand right before a higher level's label: the start, a clause mark, an opening bracket or a space
_LABEL_OPENS = "；;，,。（(【 \t\n\r\u3000\xa0"
#: how far before a role word its level word (and 级, letter-spaced) may open
LEVEL_PREFIX_REACH = 8


@lru_cache(maxsize=1)
def _prefix_re() -> re.Pattern:
    levels, _words = level_labels()
    level = "|".join(r"\s*".join(map(re.escape, w)) for w in sorted((w for ws in levels for w in ws), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[{re.escape(_LABEL_OPENS)}]))(?:{level})\s*(?:级\s*)?$")


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(level_labels()[1])


def level_label_start(copy: str, at: int, word: str) -> int:
    """Where the label whose role word ``word`` (printed gaps taken out) opens at ``at`` in ``copy`` (a matching copy)
    opens: before a level word (and 级) printed right before it at a clause's start (``；省牵头单位：``, ``市级牵头部门：``),
    else ``at``.  Only the role words of ``[level_labels]``."""
    if at == 0 or word not in _role_words():
        return at
    m = _prefix_re().search(copy, max(0, at - LEVEL_PREFIX_REACH), at)
    if m is None and (m := _glued_prefix_re().search(copy, max(0, at - LEVEL_PREFIX_REACH), at)) is not None \
            and not _ends_with_unit(copy[:m.start()]):
        m = None
    return m.start() if m is not None else at


@lru_cache(maxsize=1)
def _glued_prefix_re() -> re.Pattern:
    """A level word (and 级) right before a role word with no clause mark before it (``…区发改局市牵头单位：``)."""
    levels, _words = level_labels()
    level = "|".join(r"\s*".join(map(re.escape, w)) for w in sorted((w for ws in levels for w in ws), key=len, reverse=True))
    return re.compile(rf"(?:{level})\s*(?:级\s*)?$")


def _ends_with_unit(text: str) -> bool:
    """``text`` closes with a unit's name (``[verbs] unit_end``: 区发改局, 各街道办事处): the value of the label before, run
    on into a level label with no clause mark between (a copy run into one line: ``配合单位：区财政局、区发改局市牵头单位：
    市教育局``).  A level word right after a unit's name opens no part of it (a unit never ends 局市), so it is the next
    label's level, as after a clause mark (holdout provline-lucheng's one-line copy, session 74: before, 市 stayed on
    the unit and the city's bureau was read as one more lead)."""
    return _unit_end_re().search(text.rstrip()) is not None


@lru_cache(maxsize=1)
def _unit_end_re() -> re.Pattern:
    """``[verbs] unit_end`` of assign.toml, read here as ``labels.verb_re`` reads it (labels imports this module)."""
    return re.compile(load_toml(resources.files(__package__).joinpath("assign.toml"))["verbs"]["unit_end"])


def opens_level_label(copy: str) -> bool:
    """Whether ``copy`` (a matching copy) opens with a higher level's label and its value (``市牵头单位：市卫健委``)."""
    return _label_re().match(copy) is not None


@lru_cache(maxsize=256)
def _label_rank(label: str) -> int | None:
    """The level a label names (省牵头单位, 省级牵头部门: the province's), or None for a label no level word opens."""
    m = _label_re().match(simplified(label) + "：-")
    return _rank(m.group("level")) if m is not None else None


def higher_labels(labels: list[tuple[str, str, str]], unit_roles: tuple[str, ...]) -> set[int]:
    """The places in ``labels`` ((role, label as printed, value) in order: labels.find_labels) of the unit labels that
    name a higher level's lead: a level word opens the label and stands above every level the other unit labels'
    values print (``市牵头单位`` beside 区… units), or, where they print none, the notice's own level (``_own_lowest``).
    Where neither is known, or it stands at or above the label's, none."""
    ranks = {i: r for i, (role, label, _v) in enumerate(labels)
             if role in unit_roles and (r := _label_rank(label)) is not None}
    if not ranks:
        return set()
    lowest = _own_lowest([r for i, (role, _l, value) in enumerate(labels) if i not in ranks and role in unit_roles
                          for r in _unit_ranks(value)])
    if lowest is None:
        return set()
    return {i for i, r in ranks.items() if r < lowest}
