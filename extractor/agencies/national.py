"""The central bodies notices name (国家发展改革委, 国家数据局, 财政部, 中央网信办, 全国总工会), and the offices of a
central body named by their seats (the customs districts 黄埔海关, 拱北海关; the securities regulator's 宁波证监局:
``[[seated]]``), from ``national.toml`` (docs/agencies.md, "The State Council's bodies").

A template type is one body in every government below the State Council; these are bodies of
the nation, one each, so the notice's place plays no part: the id is the nation's jurisdiction
code and the body's code, whichever notice prints the name.  A name is read only when it is the
body's name or a listed abbreviation printed whole, and not before the body existed.  The State
Council's own short forms that a local body's share (发展改革委, 统计局, 人民银行: ``nation_short``) are
read only in a national notice, whose chain is the nation's (``NATION``): ``national_letter`` tells
such a notice by its letter (``[notice]``).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..cachefiles import load_toml
from ..hanzi import to_simplified
from ..models import JOINT_ISSUER_SEP, ExtractorError
from .names import pad_date, valid_at

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
    kind: str = "government department"   #: the registry's kind
    nation_short: tuple[str, ...] = ()     #: short forms read only in a national notice (发展改革委)
    nation_only: bool = False              #: the name too (中国人民银行: a local notice's may be its branch)
    seated: bool = False                   #: an office named by its seat (``[[seated]]``: 南京海关, 宁波证监局)

    def spellings(self) -> Iterator[tuple[str, bool]]:
        """(spelling, read only in a national notice) for the name and every short form."""
        yield self.name, self.nation_only
        yield from ((s, self.nation_only) for s in self.short)
        yield from ((s, True) for s in self.nation_short)


def _raw() -> dict:
    try:
        return load_toml(NATIONAL_FILE)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractorError(f"{NATIONAL_FILE}: cannot read the State Council's bodies ({exc})") from exc


@lru_cache(maxsize=1)
def national_bodies() -> dict[str, tuple[tuple[NationalBody, bool], ...]]:
    """Every spelling of ``national.toml`` (a name or an abbreviation) -> its bodies, each with whether
    the spelling is read only in a national notice; two bodies share a spelling only in eras apart
    (广电总局), never of one era."""
    raw = _raw()
    bodies = [NationalBody(entry["code"], entry["name"], tuple(entry.get("short", ())),
                           _date(entry.get("valid_from")), _date(entry.get("valid_to")),
                           tuple(entry.get("successor_of", ())), entry.get("kind", "government department"),
                           tuple(entry.get("nation_short", ())), bool(entry.get("nation_only", False)))
              for entry in raw.get("body", [])]
    seats = {group["code"]: set(group["seats"]) for group in raw.get("seated", [])}
    for group in raw.get("seated", []):
        if SEAT not in group["name"]:
            raise ExtractorError(f"{NATIONAL_FILE}: seated {group['code']!r}: its name holds no {SEAT}")
        if unknown := set(clipped := group.get("seat_shorts", {})) - set(group["seats"]):
            raise ExtractorError(f"{NATIONAL_FILE}: seated {group['code']!r}: seat_shorts names no seat {sorted(unknown)}")
        # a short form one seat's office alone is printed by (呼铁局 for 呼和浩特铁路局: ``seat_shorts``), beside the
        # group's pattern every seat's is
        # a group replacing another group's offices (the railway's bureaus made companies): each seat's office
        # replaces the same seat's (``successor_of`` names the group's code; a seat the other had not stands alone)
        bodies.extend(NationalBody(group["code"] + seat, group["name"].replace(SEAT, seat),
                                   tuple(s.replace(SEAT, seat) for s in group.get("short", ())) + tuple(clipped.get(seat, ())),
                                   _date(group.get("valid_from")), kind=group.get("kind", "government department"),
                                   successor_of=tuple(c + seat for c in group.get("successor_of", ())
                                                      if seat in seats.get(c, ())),
                                   seated=True)
                      for seat in group["seats"])
    spellings: dict[str, list[tuple[NationalBody, bool]]] = {}
    for body in bodies:
        for spelling, nation_only in body.spellings():
            listed = spellings.setdefault(spelling, [])
            if any(other.valid_from == body.valid_from for other, _ in listed):
                raise ExtractorError(f"{NATIONAL_FILE}: {spelling!r} listed twice")
            listed.append((body, nation_only))
    return {spelling: tuple(listed) for spelling, listed in spellings.items()}


@lru_cache(maxsize=1)
def national_by_code() -> dict[str, NationalBody]:
    """Code -> body; a successor naming an unknown code is a mistake of the file."""
    by_code = {b.code: b for listed in national_bodies().values() for b, _ in listed}
    for body in by_code.values():
        if unknown := set(body.successor_of) - set(by_code):
            raise ExtractorError(f"{NATIONAL_FILE}: {body.code}: successor_of names unknown {sorted(unknown)}")
    return by_code


def _date(value) -> str | None:
    return None if value is None else str(value)


def national_body(text: str, date: str | None, nation: bool = False) -> NationalBody | None:
    """The central body ``text`` (simplified, cleaned) names whole, once it existed; else None.  A
    ``nation_short`` spelling (发展改革委) names one only in a national notice (``nation``).  Its end does
    not count: a notice printing a body's name after a reform (国家林业局 in 2019) still names that body,
    as a local name keeps its own type (docs/agencies.md); of bodies sharing a spelling in eras apart,
    the latest begun (广电总局 in 2010 and in 2020).  The nation's name before it is the seal's (中华人民共和国财政部:
    财政部)."""
    if text.startswith(NATION) and len(text) > len(NATION) + 1:
        text = text[len(NATION):]
    found = [body for body, nation_only in national_bodies().get(text, ())
             if (nation or not nation_only) and valid_at(date, body.valid_from, None)]
    return max(found, key=lambda b: pad_date(b.valid_from) if b.valid_from else "") if found else None


def national_bounds() -> list[str]:
    """The dates a national body's era turns on, for the resolver's date cache."""
    return [b.valid_from for b in national_by_code().values() if b.valid_from]


def is_nation(city: str | None) -> bool:
    """True for a national notice's chain (the State Council's, a ministry's notice)."""
    return city == NATION


@dataclass(frozen=True)
class NoticeWords:
    """``[notice]``: how a letter shows a national notice."""
    issuers: tuple[str, ...]        #: central issuers no body of the file is (国务院, 中共中央)
    offices: tuple[str, ...]        #: a central body's own office signing for it (人力资源社会保障部办公厅)
    doc_numbers: tuple[str, ...]    #: doc-number prefixes of the centre's letters (国发, 国办发)
    brackets: str                   #: what follows such a prefix (国发〔2020〕)
    title_verb: str                 #: after the issuer a title opens with (国务院关于…)
    bodies: tuple[str, ...] = ()    #: endings of central bodies the file names by no name (…部际联席会议)


@lru_cache(maxsize=1)
def notice_words() -> NoticeWords:
    raw = _raw().get("notice", {})
    return NoticeWords(tuple(raw.get("issuers", ())), tuple(raw.get("offices", ())),
                       tuple(raw.get("doc_numbers", ())), raw.get("brackets", ""), raw.get("title_verb", "关于"),
                       tuple(raw.get("central_bodies", ())))


def central_issuer(text: str) -> bool:
    """True when ``text`` is a central issuer: the State Council or the Party's centre, a body of this
    file printed as any notice reads it (not its ``nation_short`` forms: 统计局 may be anyone's; not an
    office named by its seat: 南京海关's notice is of its seat's region), a body of the ministries together
    (``[notice] central_bodies``: a 部际联席会议), or one's own office (国务院办公厅, 人力资源社会保障部办公厅,
    国务院知识产权战略实施工作部际联席会议办公室)."""
    words = notice_words()
    text = text.strip()
    if text in words.issuers or ((body := national_body(text, None)) is not None and not body.seated):
        return True
    if text.endswith(words.bodies):   # 国务院知识产权战略实施工作部际联席会议: between ministries, so the centre's
        return True
    office = next((o for o in words.offices if text.endswith(o) and len(text) > len(o)), None)
    return office is not None and central_issuer(text[:-len(office)])


def national_letter(issuer: str | None, title: str | None, doc_number: str | None) -> bool:
    """True when the letter is the centre's: every body of its issuer central (国务院办公厅; 国家发展改革委、财政部);
    with no issuer, a title opening with central issuers before 关于 (国务院关于…: not 关于贯彻落实《国务院关于…》),
    or a doc number of the centre's (国发〔2020〕6号); in either script (國務院辦公廳, 國辦函〔2014〕31號: a
    traditional gateway's copy)."""
    words = notice_words()
    issuer, title, doc_number = (to_simplified(t) if t else t for t in (issuer, title, doc_number))
    if issuer:
        return all(central_issuer(part) for part in issuer.split(JOINT_ISSUER_SEP) if part.strip())
    if title and (cut := title.find(words.title_verb)) > 0:
        parts = [p for p in re.split(r"[、\s]+", title[:cut]) if p]
        if parts and all(central_issuer(p) for p in parts):
            return True
    return bool(doc_number) and any(doc_number.startswith(p) and doc_number[len(p):len(p) + 1] in words.brackets
                                    for p in words.doc_numbers)
