"""Safety limits for attachments, and the checks that apply them.

An attachment comes from a portal we do not control: a .docx/.xlsx is a ZIP
archive that can expand a thousandfold (a zip bomb), any of them can be
password-protected, and a PDF can run to thousands of pages.  Each check
raises ``ExtractorError`` with one line saying why; the batch goes on.

Nothing here (or anywhere in the readers) runs a macro: python-docx,
openpyxl and xlrd only read the XML/records, and LibreOffice converts with
macro execution switched off in its private profile (``convert.py``).
"""
from __future__ import annotations

import io
import zipfile

from ...models import ExtractorError

#: bytes of an attachment read with its page (a file given alone has run's
#: --max-input-mb); fetch caps a download at 20 MB, and a task table's file
#: runs from 20 KB to a few MB, so 100 MB only stops what is not one
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
#: uncompressed bytes a .docx/.xlsx may expand to in all; a 200-page Word
#: table expands to about 5 MB, so 200 MB leaves room and stops a bomb
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
#: uncompressed/compressed size of one member; document XML compresses about
#: 10-30x (the seed's table: 19x), bombs reach 1000x and more
MAX_ZIP_RATIO = 200
#: members of one archive; a Word file has 10-30, a workbook one per sheet more
MAX_ZIP_MEMBERS = 10_000
#: pages of a PDF read; the longest division tables seen run to about 40 pages
MAX_PDF_PAGES = 300
#: rows x columns of one worksheet read; a task table has a few hundred cells
MAX_SHEET_CELLS = 2_000_000
#: members smaller than this are not judged by their ratio (tiny XML parts
#: of repeated spaces compress extremely well and are harmless)
_RATIO_FLOOR = 1024 * 1024


def check_zip(data: bytes) -> zipfile.ZipFile:
    """Open an OOXML package after checking its declared sizes against the caps.

    The sizes come from the ZIP directory; the readers decompress through
    ``zipfile``, which stops at the declared size, so a member cannot
    expand past what was checked here.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ExtractorError(f"not a readable Office (ZIP) file: {exc}") from None
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise ExtractorError(f"zip bomb? {len(members)} members (cap {MAX_ZIP_MEMBERS})")
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED_BYTES:
        raise ExtractorError(f"zip bomb? expands to {total} bytes (cap {MAX_UNZIPPED_BYTES})")
    for m in members:
        if m.file_size > _RATIO_FLOOR and m.file_size > MAX_ZIP_RATIO * max(m.compress_size, 1):
            raise ExtractorError(f"zip bomb? {m.filename} expands {m.file_size // max(m.compress_size, 1)}x "
                                 f"(cap {MAX_ZIP_RATIO}x)")
        if m.flag_bits & 0x1:
            raise ExtractorError(f"encrypted ZIP member {m.filename}")
    return archive


def check_pages(count: int) -> None:
    """Refuse a PDF longer than ``MAX_PDF_PAGES``."""
    if count > MAX_PDF_PAGES:
        raise ExtractorError(f"PDF of {count} pages exceeds the {MAX_PDF_PAGES}-page cap")


def check_cells(rows: int, cols: int, sheet: str) -> None:
    """Refuse a worksheet larger than ``MAX_SHEET_CELLS``."""
    if rows * cols > MAX_SHEET_CELLS:
        raise ExtractorError(f"sheet {sheet!r} of {rows}x{cols} cells exceeds the {MAX_SHEET_CELLS}-cell cap")


def check_size(size: int) -> None:
    """Refuse an attachment larger than ``MAX_ATTACHMENT_BYTES``."""
    if size > MAX_ATTACHMENT_BYTES:
        raise ExtractorError(f"{size} bytes exceeds the {MAX_ATTACHMENT_BYTES}-byte cap on an attachment")
