"""Simplified and traditional characters: one OpenCC converter per configuration, built on first use.

Mirrors and traditional-character notices print 牽頭單位 and 號; names are compared in
simplified characters (``to_simplified``), vocabulary is matched in a simplified copy of the
same length as the printed text (``simplified``), and a name a mirror converted with Taiwan
wording is read once more in mainland words (``to_mainland``).  A text of GB 2312 characters
t2s cannot change is known to convert to itself (``t2s_keeps``): no converter is built for a
page of simplified characters only.
"""
from __future__ import annotations

import codecs
import re
import threading
from functools import lru_cache

_CONVERTERS: dict[str, object] = {}
_T2S_LOCK = threading.Lock()


def _opencc(config: str):
    """One OpenCC converter per configuration, built on first use (only mirrors and
    traditional notices need one; each takes ~0.1 s)."""
    converter = _CONVERTERS.get(config)
    if converter is None:
        with _T2S_LOCK:
            converter = _CONVERTERS.get(config)
            if converter is None:
                import opencc
                converter = _CONVERTERS[config] = opencc.OpenCC(config)
    return converter


def _t2s():
    """The traditional -> simplified converter (characters only)."""
    return _opencc("t2s")


#: the characters OpenCC's t2s can change that GB 2312 holds: every other character it changes (at
#: a place where a key of its dictionaries and the key's value differ: ``tests/test_t2s_keeps.py``
#: reads them from the installed dictionaries) is outside GB 2312, the simplified characters' set
T2S_CHANGES_IN_GB2312 = "么乾仝俱像吒哩坏夥彷後徵拚捱摺於榘沈淼甯菸薹藉袷覆醣阪麴麽"
_T2S_CHANGES_IN_GB2312_RE = re.compile(f"[{T2S_CHANGES_IN_GB2312}]")
_GB2312_ENCODE = codecs.getencoder("gb2312")


def t2s_keeps(text: str) -> bool:
    """True when t2s gives ``text`` back as it is, known without converting it: every character
    is in GB 2312 and none is one t2s changes there.  OpenCC replaces a text piece by piece, each
    piece a key of its dictionaries, and a key whose value differs holds a character t2s changes;
    a text with none of them is its own conversion.  About half the instructions of converting a
    short text (a unit cell, a section title: a page's two dozen new ones), and no converter is
    built for a page of simplified characters only."""
    try:
        _GB2312_ENCODE(text)
    except UnicodeEncodeError:
        return False
    return _T2S_CHANGES_IN_GB2312_RE.search(text) is None


def _t2s_convert(text: str) -> str:
    """``_t2s().convert(text)``, with no converter for a text it keeps (``t2s_keeps``)."""
    return text if t2s_keeps(text) else _t2s().convert(text)


def to_mainland(text: str) -> str:
    """``text`` in simplified characters and mainland wording (OpenCC's tw2sp: 資訊 -> 信息,
    網路 -> 网络), for a name a mirror converted with Taiwan wording (市工業和資訊化局 ->
    市工业和信息化局).  Only a second reading: the phrases also turn a character-converted
    mainland 檔案 (档案) into 文件."""
    return text if text.isascii() else _opencc("tw2sp").convert(text)


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    """``text`` converted to simplified characters: the form unit names are
    compared in (the conversion may change the length, rarely)."""
    return _t2s_convert(text)


def simplified(text: str) -> str:
    """``text`` in simplified characters, for matching vocabulary only.

    Mirrors print 牽頭單位/號; callers keep the printed text and use the
    simplified copy to find words in it, so it always has the length of
    ``text`` (a conversion that would change it gives ``text`` back).
    """
    if not text or text.isascii():
        return text
    if len(text) <= _CACHED_LEN:
        return _simplified_short(text)
    return _to_simplified(text)


_CACHED_LEN = 40   #: unit names, labels and cells recur across a corpus; long texts do not


@lru_cache(maxsize=65536)
def _simplified_short(text: str) -> str:
    return _to_simplified(text)


def _to_simplified(text: str) -> str:
    out = _t2s_convert(text)
    return out if len(out) == len(text) else text

