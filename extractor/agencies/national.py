"""The State Council's bodies a local notice names (国家发展改革委, 国家数据局, 财政部), and the offices of a
central body named by their seats (the customs districts 黄埔海关, 拱北海关; the securities regulator's 宁波证监局:
``[[seated]]``), from ``national.toml`` (docs/agencies.md, "The State Council's bodies").

A template type is one body in every government below the State Council; these are bodies of
the nation, one each, so the notice's place plays no part: the id is the nation's jurisdiction
code and the body's code, whichever notice prints the name.  A name is read only when it is the
body's name or a listed abbreviation printed whole, and not before the body existed.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..cachefiles import load_toml
from ..models import ExtractorError
from .names import valid_at

NATIONAL_FILE = Path(__file__).parent / "national.toml"
#: the jurisdiction the State Council's bodies belong to (the first half of their ids)
NATION = "中华人民共和国"
#: where a seated office's name and short names hold its seat (``[[seated]]``: {seat}海关 -> 黄埔海关, code hg_黄埔)
SEAT = "{seat}"


@dataclass(frozen=True)
class NationalBody:
    code: str
    name: str
    short: tuple[str, ...] = ()
    valid_from: str | None = None
    valid_to: str | None = None
    successor_of: tuple[str, ...] = ()     #: codes of the bodies it replaced (国家林草局 <- 国家林业局)


@lru_cache(maxsize=1)
def national_bodies() -> dict[str, NationalBody]:
    """Every spelling of ``national.toml`` (a name or an abbreviation) -> its body."""
    try:
        raw = load_toml(NATIONAL_FILE)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractorError(f"{NATIONAL_FILE}: cannot read the State Council's bodies ({exc})") from exc
    bodies = [NationalBody(entry["code"], entry["name"], tuple(entry.get("short", ())),
                           _date(entry.get("valid_from")), _date(entry.get("valid_to")),
                           tuple(entry.get("successor_of", ())))
              for entry in raw.get("body", [])]
    for group in raw.get("seated", []):
        if SEAT not in group["name"]:
            raise ExtractorError(f"{NATIONAL_FILE}: seated {group['code']!r}: its name holds no {SEAT}")
        bodies.extend(NationalBody(group["code"] + seat, group["name"].replace(SEAT, seat),
                                   tuple(s.replace(SEAT, seat) for s in group.get("short", ())),
                                   _date(group.get("valid_from")))
                      for seat in group["seats"])
    spellings: dict[str, NationalBody] = {}
    for body in bodies:
        for spelling in (body.name, *body.short):
            if spelling in spellings:
                raise ExtractorError(f"{NATIONAL_FILE}: {spelling!r} listed twice")
            spellings[spelling] = body
    return spellings


@lru_cache(maxsize=1)
def national_by_code() -> dict[str, NationalBody]:
    """Code -> body; a successor naming an unknown code is a mistake of the file."""
    by_code = {b.code: b for b in national_bodies().values()}
    for body in by_code.values():
        if unknown := set(body.successor_of) - set(by_code):
            raise ExtractorError(f"{NATIONAL_FILE}: {body.code}: successor_of names unknown {sorted(unknown)}")
    return by_code


def _date(value) -> str | None:
    return None if value is None else str(value)


def national_body(text: str, date: str | None) -> NationalBody | None:
    """The State Council's body ``text`` (simplified, cleaned) names whole, once it existed; else None.
    Its end does not count: a notice printing a body's name after a reform (国家林业局 in 2019)
    still names that body, as a local name keeps its own type (docs/agencies.md)."""
    body = national_bodies().get(text)
    return body if body is not None and valid_at(date, body.valid_from, None) else None


def national_bounds() -> list[str]:
    """The dates a national body's era turns on, for the resolver's date cache."""
    return [b.valid_from for b in national_bodies().values() if b.valid_from]
