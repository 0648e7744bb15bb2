"""Attachment readers: .docx, .xlsx, .xls, .pdf, and via LibreOffice .doc/.wps/.et.

Division notices often publish only a cover letter on the page and the table
as an attachment.  Each reader turns one file into an ``OfficeDocument``:
its text lines in reading order (for the metadata stage and the text forms)
and its tables as the same cell grids the HTML parser builds
(``grid.Cell``: merged cells expanded into copies that remember they are
copies), so table roles, sections, the assignment grammar and the resolver
apply unchanged.

The kind is told by the bytes, not trusted from the name: ``%PDF``, a ZIP
holding ``word/document.xml`` or ``xl/workbook.xml``, an OLE2 container
holding ``WordDocument`` or ``Workbook``.  A ``.doc`` that is really an HTML
page (portals often serve one) is left to the HTML path.

==========  ===========================  ==========
kind        reader                       form
==========  ===========================  ==========
docx        ``docx.read_docx``           docx-table
xlsx        ``sheets.read_xlsx``         xlsx-table
xls         ``sheets.read_xls``          xls-table
pdf         ``pdf.read_pdf``             pdf-table
doc, wps    LibreOffice -> docx reader   doc-table, wps-table
rtf         LibreOffice -> docx reader   rtf-table
et          LibreOffice -> xlsx reader   et-table
==========  ===========================  ==========
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import PurePath

from ...models import OFFICE_SUFFIXES, Decoded, ExtractorError, Located, RawInput

log = logging.getLogger(__name__)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: FIB flag of a Word binary file: fEncrypted (bit 8 of the word at offset 0x0A)
_FIB_ENCRYPTED = 0x0100


@dataclass(frozen=True)
class OfficeDocument:
    """What a reader found in one attachment."""

    kind: str                    #: "docx", "xlsx", "xls", "pdf", "doc", "wps", "et", "rtf"
    #: text in reading order; table n stands as a ``locate.TABLE_MARK`` line, as in
    #: an HTML page, after its title rows (a row of one cell across the table)
    lines: tuple[str, ...]
    grids: tuple[list, ...]      #: the tables, as ``grid.Grid`` (rows of ``Cell``)

    @property
    def form(self) -> str:
        """The ``form`` its table measures carry: ``docx-table``, ``pdf-table``, ..."""
        return f"{self.kind}-table"


def sniff_kind(path: str, data: bytes) -> str | None:
    """The office kind of ``data``, or None for a page or text (the HTML/text path).

    Raises ExtractorError for a file that is an office container but cannot
    be read as one (an encrypted package, an OLE file of another kind).
    """
    suffix = PurePath(path).suffix.lower()
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return _zip_kind(data, suffix)
    if data[:8] == _OLE_MAGIC:
        return _ole_kind(data, suffix)
    if data[:5] == b"{\\rtf":   # Word's RTF saved under a .doc name, as portals often serve
        return "rtf"
    if suffix in OFFICE_SUFFIXES and not _looks_like_markup(data):
        raise ExtractorError(f"not a readable {suffix} file (none of the formats a {suffix} file comes in)")
    return None


def _looks_like_markup(data: bytes) -> bool:
    """A page saved under an office name (portals serve HTML as .doc/.xls):
    no NUL byte and a ``<`` near the start."""
    head = data[:4096]
    return b"\x00" not in head and b"<" in head[:1024]


def _zip_kind(data: bytes, suffix: str) -> str | None:
    from .limits import check_zip

    names = set(check_zip(data).namelist())
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if suffix in OFFICE_SUFFIXES:
        raise ExtractorError("a ZIP file that is neither a Word nor an Excel document")
    return None


def _ole_kind(data: bytes, suffix: str) -> str:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError) as exc:   # olefile raises OSError for a damaged container
        raise ExtractorError(f"damaged OLE2 (legacy Office) file: {exc}") from None
    with ole:
        if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
            raise ExtractorError("encrypted (password-protected) Office document")
        if ole.exists("WordDocument"):
            fib = ole.openstream("WordDocument").read(12)
            if len(fib) == 12 and int.from_bytes(fib[10:12], "little") & _FIB_ENCRYPTED:
                raise ExtractorError("encrypted (password-protected) Word document")
            return "wps" if suffix == ".wps" else "doc"
        if ole.exists("Workbook") or ole.exists("Book"):
            return "et" if suffix == ".et" else "xls"
    raise ExtractorError("an OLE2 file that is neither a Word document nor a workbook")


def read_office(raw: RawInput, kind: str) -> OfficeDocument:
    """Read one attachment of ``kind`` (from ``sniff_kind``); ExtractorError if it cannot be."""
    if kind in ("doc", "wps", "et", "rtf"):
        from .convert import convert_legacy

        converted = convert_legacy(raw.data, kind)
        inner = read_office(RawInput(path=raw.path, data=converted, size=len(converted), sha256=raw.sha256),
                            "docx" if kind != "et" else "xlsx")
        return OfficeDocument(kind, inner.lines, inner.grids)
    if kind == "docx":
        from .docx import read_docx as reader
    elif kind == "xlsx":
        from .sheets import read_xlsx as reader
    elif kind == "xls":
        from .sheets import read_xls as reader
    elif kind == "pdf":
        from .pdf import read_pdf as reader
    else:
        raise ValueError(f"unknown office kind {kind!r}")
    lines, grids = _lines_and_grids(reader(raw.data))
    log.debug("%s: %s with %d lines, %d tables", raw.path, kind, len(lines), len(grids))
    return OfficeDocument(kind, tuple(lines), tuple(grids))


def _lines_and_grids(blocks) -> tuple[list[str], list[list]]:
    """A reader's blocks in reading order (a ``str`` is a text line, a
    ``list`` a grid) as the text lines, with a mark where each table stands,
    and the grids.  A spreadsheet has no text outside its cells, so the
    title rows a grid opens with become lines above its mark."""
    from ...models import TABLE_MARK

    lines: list[str] = []
    grids: list[list] = []
    for block in blocks:
        if isinstance(block, str):
            if block.strip():
                lines.append(" ".join(block.split()))
            continue
        lines.extend(_title_rows(block))
        lines.append(f"{TABLE_MARK}{len(grids)}")
        grids.append(block)
    return lines, grids


def _title_rows(grid: list) -> list[str]:
    """Texts of the rows that open ``grid`` with one distinct cell."""
    titles = []
    for row in grid:
        texts = {c.text for c in row if c.text}
        if len(texts) != 1 or len(row) < 2:
            break
        titles.append(texts.pop())
    return titles


def locate_office(raw: RawInput, kind: str) -> Located:
    """Read an attachment into the record the metadata and parse stages take:
    its lines (with a mark where each table stands) and its grids with their form."""
    doc = read_office(raw, kind)
    decoded = Decoded(raw=raw, text="\n".join(doc.lines), encoding="", format=kind)
    return Located(decoded=decoded, lines=doc.lines, grids=tuple((g, doc.form) for g in doc.grids))
