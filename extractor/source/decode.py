"""Stage 2, decode: bytes to text, recording the encoding actually used.

Order (see shared FACTS.md): BOM -> HTTP charset -> ``<meta>`` charset ->
UTF-8 -> statistical detection -> lossy decode with a warning.  The labels
gb2312/gbk/x-gbk/cp936 are decoded as gb18030, as browsers do: portals
declare gb2312 and serve GBK-only characters (镕, 滘, 喆) that a strict
gb2312 decoder would stop at.  A declared charset is trusted only if the
bytes decode under it without error; otherwise the next step is tried and
the disagreement is recorded as a warning.
"""
from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from ..models import Decoded, ExtractorError, RawInput

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: labels whose real-world content is GBK: decode with the superset.
_GB_SUPERSET = {"gb2312", "gbk", "x-gbk", "cp936", "ms936", "gb_2312-80", "euc-cn", "csgb2312", "gb18030"}
_META_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_HTML_RE = re.compile(r"<\s*(?:!doctype\s+html|html|body|table|div|p)\b", re.I)
_HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml", ".asp", ".aspx", ".jsp", ".php"}
_SNIFF = 32 * 1024
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)   #: not TAB, LF, VT, FF, CR


def normalize_label(label: str | None) -> str | None:
    """Map a charset label to the Python codec we decode it with, or None."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_SUPERSET:
        return "gb18030"
    if label in {"big5", "big5-hkscs", "cp950"}:
        return "big5hkscs"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(raw: RawInput) -> Decoded:
    """Decode one input; raise ExtractorError for binary or undecodable data."""
    data = raw.data
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _finish(raw, data.decode(codec), codec.replace("-sig", "") + " (BOM)", ())
    _reject_binary(data)
    warnings: list[str] = []
    candidates = [("HTTP header", raw.http_charset), ("<meta>", _meta_charset(data))]
    for where, label in candidates:
        codec = normalize_label(label)
        if label and not codec:
            warnings.append(f"unknown charset {label!r} in {where}")
            continue
        if codec:
            text = _try(data, codec)
            if text is not None:
                return _finish(raw, text, codec, warnings)
            warnings.append(f"charset {label!r} from {where} does not fit the bytes")
    text = _try(data, "utf-8")  # UTF-8 is self-validating
    if text is not None:
        return _finish(raw, text, "utf-8", warnings)
    declared = _nearly_fits(data, candidates)
    if declared is not None:
        # a page in its declared charset with a few broken bytes: keep the
        # charset (switching codec would turn every character to mojibake)
        codec, text, bad = declared
        warnings.append(f"{bad} undecodable byte sequence(s) replaced under {codec}")
        return _finish(raw, text, f"{codec} (lossy)", warnings)
    text = _try(data, "gb18030")  # accepts most byte strings: only if it reads as CJK
    if text is not None and _looks_cjk(text):
        return _finish(raw, text, "gb18030", warnings)
    return _detect(raw, warnings)


def _nearly_fits(data: bytes, candidates) -> tuple[str, str, int] | None:
    """(codec, text, replacements) for a declared charset that fits all but
    a handful of bytes (under 0.5% of the characters replaced)."""
    for _where, label in candidates:
        codec = normalize_label(label)
        if not codec:
            continue
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if bad <= max(1, len(text) // 200):
            return codec, text, bad
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


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_cjk(text: str) -> bool:
    """True when most non-ASCII characters are common CJK or CJK punctuation."""
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return True
    cjk = sum(1 for c in non_ascii if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return cjk >= 0.8 * len(non_ascii)


def _detect(raw: RawInput, warnings: list[str]) -> Decoded:
    from charset_normalizer import from_bytes  # only needed for odd inputs

    best = from_bytes(raw.data).best()
    if best is not None and best.encoding:
        warnings.append(f"encoding guessed by detection: {best.encoding}")
        return _finish(raw, str(best), best.encoding, warnings)
    text = raw.data.decode("gb18030", errors="replace")
    if text.count("\ufffd") > len(text) * 0.1:
        raise ExtractorError("cannot decode: no encoding fits the bytes")
    warnings.append("lossy decode as gb18030: some bytes were replaced")
    return _finish(raw, text, "gb18030 (lossy)", warnings)


def detect_format(path: str, text: str) -> str:
    """``"html"`` or ``"text"``, by file suffix, then by content."""
    suffix = Path(path).suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in {".txt", ".text", ".md"}:
        return "text"
    return "html" if _HTML_RE.search(text[:4096]) else "text"


def _finish(raw: RawInput, text: str, encoding: str, warnings) -> Decoded:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ExtractorError("empty after decoding")
    return Decoded(raw=raw, text=text, encoding=encoding,
                   format=detect_format(raw.path, text), warnings=tuple(warnings))
