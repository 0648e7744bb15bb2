"""Stage 4, metadata: doc number, title, recipients, issuer, date, table title.

Read from the cover letter: the lines before the first table (or the first
text-grid line).  The portal's metadata box (``Located.meta``) and the page
title fill what the letter does not say.
"""
from __future__ import annotations

import re
import unicodedata

from .locate import TABLE_MARK
from .models import Located, Metadata
from .patterns import CN_DATE_RE, DATE_RE, DOC_NUMBER_RE, ISO_DATE_RE, cn_to_int, compact, vocab

_PINYIN_RE = re.compile(r"\([a-zǖǘǚǜüāáǎàēéěèīíǐìōóǒòūúǔù]+\)")
_NO_NUMBER_RE = re.compile(r"(?:发文字号|文号)\s*[:：]\s*无")
_GRID_LINE_RE = re.compile(r"(^\|)|(\|\s*$)|\t|[│├┼┌└]")
_MAX_HEAD_LINES = 60


def parse_metadata(located: Located) -> Metadata:
    """Extract the document-level fields of one located notice."""
    head = cover_lines(located)
    voc = vocab()["metadata"]
    date_idx, date = _find_date(head)
    return Metadata(
        doc_number=_doc_number(head, located.meta, voc),
        title=_title(head, located, voc),
        issuer=_issuer(head, date_idx, located.meta, voc),
        date=date or _meta_date(located.meta, voc),
        recipients=_recipients(head),
        table_title=_table_title(head, date_idx),
    )


def cover_lines(located: Located) -> list[str]:
    """The lines before the first table / grid line (at most 60)."""
    out = []
    for line in located.lines:
        if line.startswith(TABLE_MARK) or _GRID_LINE_RE.search(line):
            break
        out.append(_PINYIN_RE.sub("", line))
        if len(out) >= _MAX_HEAD_LINES:
            break
    return out


def normalize_doc_number(text: str) -> str:
    """Doc number as printed, with stray spaces removed and 號 -> 号."""
    return re.sub(r"\s+", "", text).replace("號", "号")


def _doc_number(head, meta, voc) -> str | None:
    for line in head[:15]:
        if _NO_NUMBER_RE.search(line):
            return None
        m = DOC_NUMBER_RE.search(line)
        if m and "关于" not in m.group("prefix"):
            return normalize_doc_number(m.group(0))
    for key in voc["doc_number"]:
        if meta.get(key) and DOC_NUMBER_RE.search(meta[key]):
            return normalize_doc_number(meta[key])
    return None


def _title(head, located, voc) -> str | None:
    ends = tuple(voc["title_ends"])
    for i, line in enumerate(head):
        if not line.startswith("关于"):
            continue
        title = line
        for nxt in head[i + 1:i + 3]:
            if compact(title).endswith(ends):
                break
            title += nxt
        return title.strip()
    for key in voc["title"]:
        if located.meta.get(key):
            return located.meta[key]
    return located.page_title


def _recipients(head) -> tuple[str, ...]:
    for line in head[:12]:
        s = line.strip()
        if s.endswith((":", "：")) and len(s) < 200 and not s.startswith("关于"):
            return tuple(p for p in _split_top_level(s[:-1]) if p)
    return ()


def _split_top_level(text: str) -> list[str]:
    """Split at ,，、；; outside brackets."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        if depth == 0 and ch in ",，、；;":
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return parts


def parse_date(text: str) -> str | None:
    """ISO date from 2014年8月8日, 二○○七年四月十三日 or 2021-03-29."""
    text = unicodedata.normalize("NFKC", text)
    for rx in (DATE_RE, ISO_DATE_RE, CN_DATE_RE):
        m = rx.search(text)
        if m:
            y, mo, d = (cn_to_int(m.group(k)) for k in ("y", "m", "d"))
            if y and mo and d and 1 <= mo <= 12 and 1 <= d <= 31 and 1949 <= y <= 2100:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _is_date_line(line: str) -> bool:
    s = compact(line)
    return bool(s) and len(s) <= 24 and parse_date(s) is not None and not s.startswith("关于")


def _find_date(head) -> tuple[int | None, str | None]:
    """The signature date: the last short line that is a date."""
    for i in range(len(head) - 1, -1, -1):
        if _is_date_line(head[i]):
            return i, parse_date(head[i])
    return None, None


def _meta_date(meta, voc) -> str | None:
    for key in voc["date"]:
        if meta.get(key):
            d = parse_date(meta[key])
            if d:
                return d
    return None


def _issuer(head, date_idx, meta, voc) -> str | None:
    if date_idx is not None:
        ends = tuple(voc["issuer_ends"])
        for line in reversed(head[max(0, date_idx - 3):date_idx]):
            s = compact(line)
            if s and len(s) <= 40 and s.endswith(ends) and not re.search(r"[，。,:：；;]", s):
                return s
    for key in voc["issuer"]:
        if meta.get(key):
            return meta[key]
    return None


def _table_title(head, date_idx) -> str | None:
    start = (date_idx + 1) if date_idx is not None else 0
    for line in reversed(head[start:]):
        s = line.strip()
        if not s or _is_date_line(s):
            continue
        if len(s) <= 80 and not s.endswith(("。", "：", ":", "，", ",")):
            return s
        return None
    return None
