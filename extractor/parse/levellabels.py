"""A higher level's lead printed beside the notice's own units.

A city's list of the province's tasks that fall to it prints, in a task's unit cell under the city's
own bureaus, the province's department that leads the task there (``省牵头单位：省农业农村厅``).  That
body is no unit of the measure: the city's notice tasks its own bodies, and the line says whom the
task answers to above them.  A unit part opening with a role label that names a LEVEL of government
(``[level_labels]`` in roles.toml) above every level the cell's other parts print is taken out of the
units and kept in the measure's ``extra`` (tests/fixtures/README.md "A higher level's lead beside the
notice's own units"; holdout provlead-hangzhou-2021-1).  Where the other parts print no level, or one
at or above the label's, nothing is taken: a province's list printing its own 省牵头单位 reads it as
any label."""
from __future__ import annotations

import re
from functools import lru_cache

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
    """The level a unit's name opens with (市财政局: the city's), or None (a name printing none)."""
    name = re.sub(r"\s+", "", name)
    return next((rank for word, rank in _ranks() if name.startswith(word)), None)


def _unit_ranks(part: str) -> list[int]:
    return [r for r in (_rank(n.strip()) for n in re.split(r"[、，,；;\s]+", simplified(part))) if r is not None]


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
    own = [r for i, p in enumerate(parts) if i not in found for r in _unit_ranks(p)]
    if not own:
        return lead, support, {}
    lowest = max(own)
    higher = {i for i, m in found.items() if _rank(m.group("level")) < lowest}
    if not higher:
        return lead, support, {}
    extra = {}
    for i in sorted(higher):   # simplified() maps character to character: the match's spans are the printed text's
        m = found[i]
        extra[re.sub(r"\s+", "", parts[i][m.start("label"):m.end("label")])] = parts[i][m.start("value"):m.end("value")]
    keep = lambda ps, at: tuple(p for j, p in enumerate(ps, at) if j not in higher)   # noqa: E731
    return keep(lead, 0), keep(support, len(lead)), extra
