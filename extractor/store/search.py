"""Full-text search over the archive's measures (``extractor search``).

SQLite's FTS5 ``trigram`` tokenizer finds Chinese substrings of three or more
characters, but a two-character query (财政, 发改) silently finds nothing, and
``unicode61`` takes a whole run of Chinese as one token.  So the index holds a
*bigram* column: each run of word characters cut into overlapping pairs
(财政资金 -> 财政 政资 资金), tokenized by ``unicode61``.  A query of two or more
characters becomes the phrase of its own bigrams, which matches exactly where
the text holds the query (a phrase needs its tokens consecutive); a single
character falls back to ``LIKE``.  Several words separated by spaces must all
be found.

The index (table ``measures_fts``, rowid = the measure's rowid) is derived
data: ``run`` does not write it (no cost to the writer); ``search`` brings it up
to date first, adding the measures stored since its last update, or rebuilding
it when rows were replaced.  Searches show the latest version of each notice.
"""
from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..models import ExtractorError
from .archive import ARCHIVE_NAME, ArchiveBusy, open_archive

log = logging.getLogger(__name__)

FTS_TABLE = "measures_fts"
#: archive_settings key: "max rowid:row count" of ``measures`` when the index was last updated
INDEX_KEY = "search_index"
#: characters of context on each side of the first hit in a snippet
SNIPPET_CONTEXT = 18
#: how a hit is marked in a snippet
MARK = ("[", "]")
_WORD_RUN = re.compile(r"\w+")


def bigrams(text: str) -> str:
    """``text`` as the space-separated bigrams of its runs of word characters
    (财政资金，支持 -> 财政 政资 资金 支持); a run of one character gives nothing."""
    grams = []
    for run in _WORD_RUN.findall(text):
        grams.extend(run[i:i + 2] for i in range(len(run) - 1))
    return " ".join(grams)


@dataclass(frozen=True)
class Hit:
    """One measure found."""

    doc_id: str
    seq: int
    doc_number: str | None
    measure_no: int | None
    text: str
    lead: str
    support: str
    snippet: str

    def as_dict(self) -> dict:
        return {"doc_id": self.doc_id, "doc_number": self.doc_number, "seq": self.seq,
                "measure_no": self.measure_no, "text": self.text, "lead": self.lead,
                "support": self.support, "snippet": self.snippet}


def search(out_dir: Path, query: str, *, city: str | None = None, agency: str | None = None,
           limit: int | None = None) -> list[Hit]:
    """Measures of the archive in ``out_dir`` whose text holds every word of
    ``query``, newest notice first; optionally only those of ``city`` (东莞 or
    东莞市) and naming ``agency`` (an agency_id, or part of a canonical or printed
    name) as lead or support."""
    words = query.split()
    if not words:
        raise ExtractorError("search needs a word to look for")
    path = Path(out_dir) / ARCHIVE_NAME
    if not path.is_file():
        raise ExtractorError(f"{path}: no archive here; run `extractor run` first")
    try:
        with open_archive(out_dir) as archive:
            update_index(archive.con)
            archive.commit()
            return _find(archive.con, words, city, agency, limit, indexed=True)
    except ArchiveBusy:
        # a run is writing: search what is committed, without the index (slower, same answer)
        log.info("%s is being written by a run: searching without the index", path)
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            return _find(con, words, city, agency, limit, indexed=False)
        finally:
            con.close()


def update_index(con: sqlite3.Connection) -> None:
    """Bring ``measures_fts`` up to date with ``measures``."""
    con.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(grams, tokenize='unicode61')")
    con.create_function("bigrams", 1, bigrams, deterministic=True)
    top, count = con.execute("SELECT coalesce(max(rowid), 0), count(*) FROM measures").fetchone()
    row = con.execute("SELECT value FROM archive_settings WHERE key = ?", (INDEX_KEY,)).fetchone()
    if row and row[0] == f"{top}:{count}":
        return
    old_top, old_count = map(int, row[0].split(":")) if row else (0, 0)
    added = con.execute("SELECT count(*) FROM measures WHERE rowid > ?", (old_top,)).fetchone()[0]
    if row is None or count != old_count + added:
        # rows were replaced (--full) or this is the first search: index everything
        log.info("building the search index over %d measures", count)
        con.execute(f"DELETE FROM {FTS_TABLE}")
        old_top = 0
    con.execute(f"INSERT INTO {FTS_TABLE} (rowid, grams) SELECT rowid, bigrams(text) FROM measures "
                "WHERE rowid > ?", (old_top,))
    con.execute("INSERT OR REPLACE INTO archive_settings VALUES (?, ?)", (INDEX_KEY, f"{top}:{count}"))


def _phrase(word: str) -> str | None:
    """The FTS5 query for one word (every run of it, as a phrase of its bigrams),
    or None when a run is a single character (the index cannot find those)."""
    runs = _WORD_RUN.findall(word)
    if not runs or any(len(run) < 2 for run in runs):
        return None
    return " AND ".join('"' + bigrams(run) + '"' for run in runs)


def _find(con: sqlite3.Connection, words: list[str], city: str | None, agency: str | None,
          limit: int | None, indexed: bool) -> list[Hit]:
    where, params = ["m.doc_id IN (SELECT doc_id FROM latest_notices)"], []
    for word in words:
        phrase = _phrase(word) if indexed else None
        if phrase is not None:
            where.append(f"m.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
            params.append(phrase)
        else:
            where.append("instr(m.text, ?) > 0")
            params.append(word)
    if city:
        where.append("(m.city = ? OR substr(m.city, 1, length(?)) = ?)")
        params += [city, city, city]
    if agency:
        where.append("EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = m.doc_id AND a.seq = m.seq "
                     "AND (a.agency_id = ? OR instr(a.canonical, ?) > 0 OR instr(a.name, ?) > 0))")
        params += [agency, agency, agency]
    sql = ("SELECT m.doc_id, m.seq, m.doc_number, m.measure_no, m.text, m.lead, m.support FROM measures m "
           f"WHERE {' AND '.join(where)} ORDER BY m.date DESC, m.doc_id, m.seq")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [Hit(*row, snippet=snippet(row[4], words)) for row in con.execute(sql, params)]


def snippet(text: str, words: list[str], context: int = SNIPPET_CONTEXT) -> str:
    """The text around the first word found, the word marked, … where cut."""
    lowered = text.lower()
    at, word = min(((lowered.find(w.lower()), w) for w in words if w.lower() in lowered),
                   default=(-1, ""))
    if at < 0:
        return text[:2 * context] + ("…" if len(text) > 2 * context else "")
    start, end = max(0, at - context), min(len(text), at + len(word) + context)
    return ("…" if start else "") + text[start:at] + MARK[0] + text[at:at + len(word)] + MARK[1] \
        + text[at + len(word):end] + ("…" if end < len(text) else "")


def format_hits(hits: list[Hit]) -> str:
    """One line per measure: doc number, measure number, lead units, snippet."""
    lines = []
    for h in hits:
        number = h.measure_no if h.measure_no is not None else f"seq {h.seq}"
        lines.append(f"{h.doc_number or h.doc_id}  {number}  {h.lead or '-'}  {h.snippet}")
    return "\n".join(lines)
