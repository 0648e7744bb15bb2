"""Stage 2, decode: bytes to text by the evidence, recording the encoding used.

Candidates, in order (docs/encodings.md): BOM -> HTTP charset -> ``<meta>`` charset -> UTF-8 ->
gb18030; the first that fits the bytes wins unless a later one reads clearly
more like Chinese (``decode_bytes``); if none fits, statistical detection,
then a lossy gb18030 reading.  A few undecodable bytes in an otherwise
fitting reading are replaced with a warning, never a failure.  The labels
gb2312/gbk/x-gbk/cp936 are decoded as gb18030, as browsers do: portals
declare gb2312 and serve GBK-only characters (镕, 滘, 喆) that a strict
gb2312 decoder would stop at; Big5 is read as browsers read it (``BIG5``).
docs/reliability.md has the measurements
behind the thresholds.
"""
from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..models import Decoded, ExtractorError, RawInput
from ..lazyre import lazy_re
from .markupcopy import unmarked

log = logging.getLogger(__name__)

_BOMS = (   # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: labels whose real-world content is GBK: decode with the superset.
_GB_SUPERSET = {"gb2312", "gbk", "x-gbk", "cp936", "ms936", "gb_2312-80", "euc-cn", "csgb2312", "gb18030"}
_META_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_HTML_RE = re.compile(r"<\s*(?:!doctype\s+html|html|body|table|div|p)\b", re.I)
_HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml", ".asp", ".aspx", ".jsp", ".php"}
_SNIFF = 32 * 1024
#: zero-width characters (ZERO WIDTH SPACE / (NON-)JOINER, WORD JOINER, a BOM inside the text):
#: WeChat articles and some web editors leave them inside words (牵头\u200b单位, 、\u200b市财政局); nothing
#: prints them, so they are taken out of the text before anything reads it.  A soft hyphen (U+00AD)
#: too: a hyphenation hint a web editor puts inside words, never shown inside a line, and ignored
#: by a browser's search; left in, 牵\xad头单位 was no label
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\xad"
_ZERO_WIDTH_RE = lazy_re(f"[{_ZERO_WIDTH}]")
#: Kangxi radicals (U+2F00-U+2FD5, and the two CJK radicals supplement forms with a compatibility
#: mapping): a PDF whose font maps a glyph to the radical's code point gives a text copy ⼯作 for
#: 工作, ⽇ for 日; they print exactly as the characters, so a text input gets the characters back
_RADICALS_RE = re.compile("[\u2e80-\u2fd5]")


@lru_cache(maxsize=1)
def _radicals() -> dict[int, str]:
    """Each radical with a compatibility mapping to one ideograph (NFKC), to that ideograph."""
    out = {}
    for cp in range(0x2E80, 0x2FD6):
        unified = unicodedata.normalize("NFKC", chr(cp))
        if len(unified) == 1 and unified != chr(cp):
            out[cp] = unified
    return out
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)   #: not TAB, LF, VT, FF, CR
#: Big5, read as the WHATWG standard and iconv's BIG5-HKSCS do: Python's ``big5hkscs`` table (the
#: ETEN extension's ①-⑩ at C6A1-C6AA, which Python's ``big5``/``cp950`` read as kana), and where it
#: cannot decode a byte pair, ``cp950``'s reading of it (A3E1 €: WHATWG's table has it too)
BIG5 = "big5hkscs"
_BIG5_SECOND = "cp950"
#: labels and detector names read as ``BIG5``
_BIG5_LABELS = {"big5", "big5-hkscs", "big5hkscs", "cp950", "ms950", "x-x-big5", "csbig5", "cn-big5"}


def _big5_pair(strict: bool):
    """A decode error handler: the byte pair under ``_BIG5_SECOND``, else strict or replaced."""
    def handler(exc: UnicodeDecodeError) -> tuple[str, int]:
        try:
            return exc.object[exc.start:exc.start + 2].decode(_BIG5_SECOND), exc.start + 2
        except UnicodeDecodeError:
            if strict:
                raise exc from None
            return "\ufffd", exc.end
    return handler


_BIG5_STRICT, _BIG5_REPLACE = "extractor-big5-strict", "extractor-big5-replace"
codecs.register_error(_BIG5_STRICT, _big5_pair(True))
codecs.register_error(_BIG5_REPLACE, _big5_pair(False))


def _decode(data: bytes, codec: str, lossy: bool = False) -> str:
    """``data`` under ``codec``, Big5 as ``BIG5`` says; with ``lossy``, bad bytes as U+FFFD."""
    if codec == BIG5:
        return data.decode(codec, _BIG5_REPLACE if lossy else _BIG5_STRICT)
    return data.decode(codec, "replace" if lossy else "strict")


def normalize_label(label: str | None) -> str | None:
    """Map a charset label to the Python codec we decode it with, or None."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_SUPERSET:
        return "gb18030"
    if label in _BIG5_LABELS:
        return BIG5
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(raw: RawInput) -> Decoded:
    """Decode one input by the evidence; raise ExtractorError for binary or undecodable data.

    Each candidate charset (BOM, HTTP header, ``<meta>``, then UTF-8 and
    gb18030 as guesses) is read; one *fits* if at most a handful of its byte
    sequences are undecodable (``LOSSY_SHARE``).  Of the readings that fit,
    the first in that order wins unless another reads clearly more like
    Chinese (``chinese_share``, ``BETTER_BY``): a header that says
    ISO-8859-1 decodes every byte but reads as Latin-1 mojibake.  A guess
    (UTF-8, gb18030) must also read as Chinese (``MIN_GUESS_SHARE``); if
    nothing fits, statistical detection decides.
    """
    data, warnings = raw.data, []
    bom = _bom(data)
    if bom is not None:
        reading = _read(data[len(bom[0]):], bom[1], "BOM")
        if reading.fits:
            return _finish(raw, reading, "BOM", warnings)
        warnings.append(f"a {bom[1]} BOM, but {reading.bad} byte sequences do not decode under it")
        data = data[len(bom[0]):]
    _reject_binary(data)
    fits, tried = [], set()
    for where, label in (("HTTP header", raw.http_charset), ("<meta>", _meta_charset(data)),
                         (GUESS, "utf-8"), (GUESS, "gb18030")):
        codec = normalize_label(label)
        if label and not codec:
            warnings.append(f"unknown charset {label!r} in {where}")
        if not codec or codec in tried:
            continue
        tried.add(codec)
        reading = _read(data, codec, where, label, unfit_none=True)
        if reading is None or not reading.fits:
            if where != GUESS:
                warnings.append(f"charset {label!r} from {where} does not fit the bytes")
            continue
        fits.append(reading)
        if reading.self_evident:
            break   # nothing reads better than valid UTF-8: spare decoding and scoring the page again
    chosen = _choose(fits)
    if chosen is None:
        return _detect(raw, data, warnings)
    declared = fits[0] if fits[0].where != GUESS else None
    if declared is not None and declared is not chosen:
        warnings.append(f"charset {declared.label!r} from {declared.where} loses to {chosen.codec}"
                        f"{'' if chosen.where == GUESS else ' from ' + chosen.where}, which reads as Chinese")
    return _finish(raw, chosen, None, warnings)


#: where a candidate charset came from when nothing declared it
GUESS = "content"
#: a charset fits if at most this share of its characters are undecodable bytes
#: (and at least one is allowed): a page saved with a few broken bytes, or a BOM
#: and one bad byte (issue 12, D1/D3).  A wrong codec breaks far more: GBK read
#: as UTF-8 leaves 11-77 % of the fixtures' characters undecodable (UTF-8 read as
#: gb18030 0.5-16 %, so for those the Chinese share below decides).
LOSSY_SHARE = 1 / 200
#: another reading wins over an earlier-ranked one that fits only if its Chinese
#: share is higher by this much.  On the fixtures (docs/reliability.md) the right
#: reading scores 0.99-1.0, UTF-8 read as gb18030 0.27-0.42, Latin-1 readings 0:
#: the margin keeps a declared charset that reads well from losing to a guess
#: over a few characters.
BETTER_BY = 0.3
#: a guessed charset (none declared it) must read at least this Chinese, else
#: statistical detection decides: above the mojibake's 0.42, below the 0.99 of
#: a right reading
MIN_GUESS_SHARE = 0.6
#: what a page no charset fits and the detector names nothing is read as, in this order of
#: preference: the mainland's and Taiwan/Hong Kong's legacy encodings (max keeps the first of a tie)
LEGACY_FALLBACKS = ("gb18030", BIG5)
#: characters scored per reading: enough to judge, and flat in the page size
_SCORE_SAMPLE = 64 * 1024


@dataclass(frozen=True)
class _Reading:
    """The text of the bytes under one candidate charset."""

    codec: str
    label: str
    where: str      #: "BOM", "HTTP header", "<meta>" or GUESS
    text: str
    bad: int        #: undecodable byte sequences (U+FFFD put in their place)

    @property
    def fits(self) -> bool:
        return self.bad <= max(1, int(len(self.text) * LOSSY_SHARE))

    @property
    def self_evident(self) -> bool:
        """Valid UTF-8 with no bad byte: other charsets almost never give valid
        UTF-8 by chance (its multi-byte sequences have a strict shape)."""
        return self.codec == "utf-8" and self.bad == 0

    @cached_property
    def share(self) -> float:
        return chinese_share(self.text[:_SCORE_SAMPLE])


def _read(data: bytes, codec: str, where: str, label: str | None = None, unfit_none: bool = False) -> _Reading | None:
    """The reading of ``data`` under ``codec``; with ``unfit_none``, None for a UTF-8 reading
    that cannot fit (``_cannot_fit_utf8``: GBK read as UTF-8), not decoded in full."""
    label = label or codec
    try:
        return _Reading(codec, label, where, _decode(data, codec), 0)
    except UnicodeDecodeError as exc:
        if unfit_none and codec == "utf-8" and _cannot_fit_utf8(data, exc.start):
            return None
        # U+FFFD already in the bytes is not counted as a bad byte
        text = _decode(data, codec, lossy=True)
        return _Reading(codec, label, where, text, text.count("\ufffd") - _count_fffd(data, codec))
    except LookupError:
        return _Reading(codec, label, where, "", len(data) + 1)


#: bytes after the first undecodable one that ``_cannot_fit_utf8`` decodes: GBK read as UTF-8
#: breaks at about every other byte, so a few hundred already hold more bad sequences than a
#: page of 100 KB may have and still fit (``LOSSY_SHARE``)
_UTF8_PROBE = 2048


def _cannot_fit_utf8(data: bytes, first_bad: int) -> bool:
    """True when ``data`` read as UTF-8 cannot fit (``_Reading.fits``), known from its bytes up to
    ``_UTF8_PROBE`` after the first undecodable one (``first_bad``), where the reading decoded all of
    it (with replacement: a GBK page's second decoding, as costly as its right one).  UTF-8 decodes a
    prefix as the whole does up to the prefix's last sequence, which the cut can only turn into one
    replacement, so the prefix's replacements less one, less the U+FFFD the whole data holds, are at
    most the reading's bad sequences; and a reading's text is no longer than its bytes, so it fits
    only with at most ``max(1, int(len(data) * LOSSY_SHARE))`` of them."""
    probe = data[:first_bad + _UTF8_PROBE].decode("utf-8", errors="replace")
    least_bad = probe.count("\ufffd") - 1 - _count_fffd(data, "utf-8")
    return least_bad > max(1, int(len(data) * LOSSY_SHARE))


def _count_fffd(data: bytes, codec: str) -> int:
    try:
        return data.count("\ufffd".encode(codec))
    except (UnicodeError, LookupError):
        return 0


def _choose(fits: list[_Reading]) -> _Reading | None:
    """The first reading that fits, unless a later one reads clearly more Chinese."""
    if not fits:
        return None
    if len(fits) > 1:
        best = max(r.share for r in fits)
        fits = [r for r in fits if r.share >= best - BETTER_BY]
    first = fits[0]
    if first.where == GUESS and not first.self_evident and first.share < MIN_GUESS_SHARE:
        return None
    return first


def _bom(data: bytes) -> tuple[bytes, str] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return bom, codec
    return None


def _reject_binary(data: bytes) -> None:
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise ExtractorError("binary file (NUL bytes), not a text or HTML page")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # C speed, not a loop per byte
    if controls > len(head) * 0.05:
        raise ExtractorError("binary file (control bytes), not a text or HTML page")


def _meta_charset(data: bytes) -> str | None:
    m = _META_RE.search(data[:_SNIFF])
    return m.group(1).decode("ascii", "replace") if m else None


def chinese_share(text: str) -> float:
    """How much ``text`` reads as Chinese: the share of its non-ASCII characters
    that are common Chinese characters or CJK punctuation (1.0 for ASCII only).

    Common characters are the level-1 sets of GB2312 (3,755 simplified) and
    Big5 (5,401 traditional): the standards' own "frequently used" tables, so
    no list is kept here.  Mojibake is mostly rare characters or Latin-1.
    """
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if not non_ascii:
        return 1.0
    # counting the others is the fast way: in a right reading they are few
    return 1.0 - len(_uncommon_re().findall(text)) / non_ascii


@lru_cache(maxsize=1)
def _uncommon_re() -> re.Pattern:
    """A pattern for one character ``chinese_share`` does not count: neither ASCII nor common."""
    chars: set[int] = set()
    for codec, rows, cells in (("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
                               ("big5", range(0xA4, 0xC7), (*range(0x40, 0x7F), *range(0xA1, 0xFF)))):
        for row in rows:
            for cell in cells:
                try:
                    chars.add(ord(bytes((row, cell)).decode(codec)))
                except UnicodeDecodeError:   # the unassigned end of a row
                    pass
    for first, last in _CJK_PUNCTUATION:
        chars.update(range(first, last + 1))
    spans: list[list[int]] = []
    for c in sorted(chars):
        if spans and c == spans[-1][1] + 1:
            spans[-1][1] = c
        else:
            spans.append([c, c])
    common = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in spans)
    return re.compile(f"[^\\x00-\\x7f{common}]")


#: punctuation and table marks of Chinese pages: CJK symbols (、。〔〕), full-width
#: forms (，：（）), box drawing (│┼─), circled numbers (①), dashes and quotes (—“”…)
_CJK_PUNCTUATION = ((0x3000, 0x303F), (0xFF01, 0xFF5E), (0x2500, 0x257F), (0x2460, 0x24FF), (0x2010, 0x2027))


def _detect(raw: RawInput, data: bytes, warnings: list[str]) -> Decoded:
    from charset_normalizer import from_bytes  # only needed for odd inputs

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        warnings.append(f"encoding guessed by detection: {best.encoding}")
        # the detector's name read as a declared label is (gb2312 as gb18030, big5 as ``BIG5``)
        codec = normalize_label(best.encoding)
        if codec and codec != codecs.lookup(best.encoding).name:
            reading = _read(data, codec, GUESS, best.encoding)
            if reading.fits:
                return _finish(raw, reading, None, warnings)
        return _finish(raw, _Reading(best.encoding, best.encoding, GUESS, str(best), 0), None, warnings)
    # the detector named nothing: of the two legacy Chinese encodings, the one that fits and reads
    # more like Chinese (a Big5 copy of a box-drawn table is valid gb18030 too, and reads as its
    # mojibake: ``LEGACY_FALLBACKS``); gb18030 first, so it keeps a tie
    readings = [_read(data, codec, GUESS) for codec in LEGACY_FALLBACKS]
    fitting = [r for r in readings if r.fits]
    reading = max(fitting, key=lambda r: r.share) if fitting else readings[0]
    if reading.bad > len(reading.text) * 0.1:
        raise ExtractorError("cannot decode: no encoding fits the bytes")
    if reading.codec != LEGACY_FALLBACKS[0]:
        warnings.append(f"encoding guessed by its reading: {reading.codec}")
    return _finish(raw, reading, None, warnings)



def detect_format(path: str, text: str) -> str:
    """``"html"`` or ``"text"``, by file suffix, then by content."""
    suffix = Path(path).suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in {".txt", ".text", ".md"}:
        return "text"
    return "html" if _HTML_RE.search(text[:4096]) else "text"


def _finish(raw: RawInput, reading: _Reading, mark: str | None, warnings: list[str]) -> Decoded:
    """The Decoded of the chosen reading; its encoding says "(BOM)" or "(lossy)" where so."""
    notes = [m for m in (mark, "lossy" if reading.bad else None) if m]
    if reading.bad:
        warnings.append(f"{reading.bad} undecodable byte sequence(s) replaced under {reading.codec}")
    text = reading.text
    if "\r" in text:   # a page's whole text: each step only when it has something to do
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(map(text.__contains__, _ZERO_WIDTH)):   # str's own search, about 20x a character class's
        text = _ZERO_WIDTH_RE.sub("", text)
    if not text.strip():
        raise ExtractorError("empty after decoding")
    encoding = reading.codec + (f" ({', '.join(notes)})" if notes else "")
    form = detect_format(raw.path, text)
    if form == "text":   # a law site's text copy printing its page's source (markupcopy)
        text = unmarked(text)
    if form == "text" and _RADICALS_RE.search(text):   # a text copy out of a PDF (pages are not searched)
        text = text.translate(_radicals())
    return Decoded(raw=raw, text=text, encoding=encoding, format=form, warnings=tuple(warnings))
