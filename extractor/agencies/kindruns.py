"""Kinds of departments listed bare under one body word (stage 6a, a unit list's split).

A unit list may name kinds of departments rather than bodies: bare function words joined by 、 that
share ONE closing group word, with the levels they are meant at printed before them
(``市级和各县（市、区）市政、工商、交通运输、公安、规划部门``: the city's and every county's departments of
these kinds).  Cut at every 、 it gives pieces that name nothing (``市政``, ``工商``), so the run is kept
as ONE catch-all unit as printed (tests/fixtures/README.md, "Kinds of departments under one body
word"), as a 各 run of place words is (``placegroups.join_place_groups``).  A piece that names a body by
itself (it ends as a unit's name does: ``[split_units] unit_suffixes``) is no such word and stands
alone, so ``市发改委、财政、税务部门`` keeps 市发改委 and joins the rest.
"""
from __future__ import annotations

from ..hanzi import to_simplified
from .records import AgencyPatterns
from .sharedheads import place_body

# The group words a run of kinds closes with (部门 after 市政、工商、…; 企业 after 供热、燃气), the group word of firms
# and the words' last characters in either script are vocabulary: ``agency_patterns.toml [kinds]``, read as
# ``AgencyPatterns.kind_group_words``, ``firms_word`` and ``kind_group_last``.

#: the word a run's last kind may print before the group word (…、质量技术监督等部门: tests/fixtures/README.md "A point that
#: divides the work in clauses"); the run stays one catch-all as printed, 等 and all.  The same word closes any list
#: before what it leaves unnamed (``units.DENG``, this one)
ETC = "等"

#: the longest kind printed bare inside the run (交通运输, 生态环境, 住房城乡建设)
KIND_WORD_MAX_CHARS = 6

#: the longest piece ending as a body's name does that a run closed by 等 still reads as a kind (海关: the suffix and
#: one character; a body's name prints its function before the suffix, 财政局, 检察院)
SHORT_BODY_KIND_CHARS = 2

#: the longest first piece: a kind with the level phrase printed before it (市级和各县（市、区）市政)
KIND_LEAD_MAX_CHARS = 20

#: the longest phrase of level words read as one level (省级和各市, 市级及各县)
LEVEL_PHRASE_MAX_CHARS = 8


def join_kind_runs(tokens: list[str], patterns: AgencyPatterns) -> list[str]:
    """``tokens`` (a unit list cut at 、 and its other separators) with each run of bare kinds closed by a
    kind and a group word joined back into one token, the pieces parted by 、 as printed."""
    if len(tokens) < 2 or not any(t.rstrip()[-1:] in patterns.kind_group_last and closes_kind_run(t.strip(), patterns)
                                  for t in tokens[1:]):
        return tokens   # most lists: no piece closes with a kind and its group word
    out: list[str] = []
    run: list[str] = []
    for i, token in enumerate(tokens):
        piece = token.strip()
        if run and closes_kind_run(piece, patterns):
            out.append("、".join([*run, piece]))
            run = []
            continue
        if _bare_kind(piece, patterns, first=not run) or (run and _short_body_kind(piece, tokens[i + 1:], patterns)):
            run.append(piece)
            continue
        out.extend(run)
        run = []
        if _bare_kind(piece, patterns, first=True):
            run.append(piece)
        else:
            out.append(token)
    out.extend(run)
    return out


def join_level_runs(tokens: list[str], cell: str, patterns: AgencyPatterns) -> list[str]:
    """``tokens`` (``cell`` cut at 、 and its other separators) with a run of level words printed alone
    (``[prefixes] level``: 省, 市, 县, 区) joined to the piece after it when that piece opens with a level word
    too and the cell prints the run with 、 (``市、縣（區）司法行政主管部門``: the city's and every county's
    department of the kind, ONE catch-all as printed, tests/fixtures/README.md "Kinds of departments under
    one body word"; holdout trportal-huizhou, batch 85: before, a unit ``市`` and the rest).  A level word
    alone names no body, as the recipients rule reads ``省、市驻某地各单位``; a lone one before a piece of
    another kind stays as it is."""
    if len(tokens) < 2 or not any(lone_level(t, patterns) for t in tokens[:-1]):
        return tokens   # most lists: no level word printed alone
    out: list[str] = []
    run: list[str] = []
    for token in tokens:
        piece = token.strip()
        if lone_level(piece, patterns):
            run.append(piece)
            continue
        joined = "、".join([*run, piece])
        if run and to_simplified(piece[:1]) in patterns.level_prefixes and joined in cell:
            out.append(joined)
        else:
            out.extend([*run, token])
        run = []
    out.extend(run)
    return out


def _short_body_kind(piece: str, rest: list[str], patterns: AgencyPatterns) -> bool:
    """A piece of a body's suffix and one character more (海关), inside a run of bare kinds that goes on with bare
    kinds to a closing piece printing 等 (铁路、民航、交通、海关、质检和城建等部门): there it is one more kind of department
    ("the customs"), not one body, as its neighbours are kinds (tests/fixtures/README.md "Bare kinds closed by 等").
    A run without 等 (市发改委、海关、税务部门), or a piece longer than that (市海关, 检察院), keeps it apart."""
    simple = to_simplified(piece)
    if len(simple) > SHORT_BODY_KIND_CHARS or not _ideographs(simple) or simple[-1] not in patterns.unit_suffixes:
        return False
    for later in rest:
        later = later.strip()
        if closes_kind_run(later, patterns):
            return ETC in later
        if not _bare_kind(later, patterns, first=False):
            return False
    return False


def lone_kind_run(piece: str, patterns: AgencyPatterns) -> bool:
    """ONE bare kind closed by 等 and a group word, no level word before it (卫生等部门, 民政等有关部门): a catch-all of
    departments of that kind as printed, as a run of several is (tests/fixtures/README.md "Bare kinds closed by 等");
    with a level word (市卫生等部门) or no 等 (卫生部门) it is read as before."""
    piece = piece.strip()
    return (ETC in piece and piece[-1:] in patterns.kind_group_last and closes_kind_run(piece, patterns)
            and to_simplified(piece[:1]) not in patterns.level_prefixes)


def lone_level(piece: str, patterns: AgencyPatterns) -> bool:
    """A level word printed alone (市), or a phrase of level words joined by ``[prefixes] level_joiners``
    closing with one (省级和各市: the province's and every city's), naming no body by itself."""
    if len(piece) == 1:
        return to_simplified(piece) in patterns.level_prefixes
    if len(piece) > LEVEL_PHRASE_MAX_CHARS:
        return False
    simple = to_simplified(piece)
    return (simple[0] in patterns.level_prefixes and simple[-1] in patterns.level_prefixes
            and all(ch in patterns.level_prefixes or ch in patterns.level_joiners for ch in simple))


def closes_kind_run(piece: str, patterns: AgencyPatterns) -> bool:
    """A kind and its group word (规划部门), the kind bare (no body word of its own); a catch-all group
    by itself (各部门, 有关直属单位, 县政府有关部门) closes no run of kinds, nor a place's department printed by
    its function (桃源县审计部门: ``sharedheads.place_body``), which closes a run of places sharing it
    (安乡县、桃源县审计部门: ``sharedheads``).  Read in simplified characters."""
    piece = to_simplified(piece)
    word = next((w for w in patterns.kind_group_words if piece.endswith(w)), None)
    if word is None:
        return False
    kind = piece[: -len(word)]
    relevance = next((w for w in patterns.kind_relevance_words if kind.endswith(ETC + w)), "")
    if relevance and len(kind) > len(ETC + relevance):
        kind = kind[: -len(relevance)]   # 公安和司法等有关部门: "and the other relevant" departments of these kinds
    if kind.endswith(ETC) and len(kind) > len(ETC):
        kind = kind[: -len(ETC)]   # 质量技术监督等部门: the run's last kind, 等 saying "and the like" before the group word
    # a trade's firms by its word alone (燃气企业) are a catch-all by themselves, yet close a run as 规划部门 does: the
    # catch-all test asks the piece with the departments' word (有关企业, as 有关部门, closes none)
    # 等 or 等有关 after a kind says "and the like" of it (卫生等部门 is a catch-all of that kind, yet closes a run as 卫生部门
    # does): the kind with its own word is asked then
    asked = kind + (patterns.kind_group_words[0] if word == patterns.firms_word else word)
    return (0 < len(kind) <= KIND_WORD_MAX_CHARS and _ideographs(kind)
            and kind[-1] not in patterns.unit_suffixes and not patterns.is_group(asked)
            and place_body(piece) is None)


def _bare_kind(piece: str, patterns: AgencyPatterns, *, first: bool) -> bool:
    """A piece naming no body: it does not end as a unit's name does, and is a short run of ideographs
    (a run's first piece may carry the levels printed before the kind, brackets and all).  Read in
    simplified characters (部門, 機構 as 部门, 机构)."""
    piece = to_simplified(piece)
    if not piece or piece[-1] in patterns.unit_suffixes or not _ideograph(piece[-1]) \
            or piece.endswith(patterns.kind_group_words):
        return False
    if first:   # the levels before the kind may read as a group (市级和各县…): the kind ends it
        return len(piece) <= KIND_LEAD_MAX_CHARS
    return len(piece) <= KIND_WORD_MAX_CHARS and _ideographs(piece) and not patterns.is_group(piece)


def _ideographs(text: str) -> bool:
    return all(_ideograph(ch) for ch in text)


def _ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
