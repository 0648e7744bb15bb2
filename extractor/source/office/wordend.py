"""A Word 97 binary whose text ends on a table row gets its closing paragraph mark.

[MS-DOC] wants the main document's last character to be a paragraph mark, and Word and WPS
always write one after a closing table.  LibreOffice does not when the document it saves as
.doc ends in a table, and its own import then loses that table: every cell comes back as a
run-on paragraph and the notice has no measures.  So before such a file goes to LibreOffice,
``close_final_row`` writes the missing mark into the bytes, in place (no stream grows):

- the character after the text (zeros up to the next page of the WordDocument stream) becomes
  a paragraph mark, and the text's length (``ccpText``, the piece table's last CP, the last
  section's end) grows by one;
- the last paragraph-property page gains a run for it with no properties of its own (a
  plain paragraph after the table); the last character-property run is stretched over it.

It touches only the shape LibreOffice writes: one document without footnotes, headers,
comments, endnotes or text boxes (their text would follow the main text), not fast-saved,
its last piece Unicode.  Anything else, or anything it does not find as expected, leaves the
bytes as they are (the file is then read as before).
"""
from __future__ import annotations

import io
import struct
from dataclasses import dataclass

#: FIB flag: the piece table and the property tables are in 1Table (else 0Table)
WHICH_TABLE = 0x0200
#: FIB flag: fast-saved (complex) file, whose pieces may be in any order
COMPLEX = 0x0004
#: the Word binary's magic number (wIdent)
WORD_IDENT = 0xA5EC
#: indices in FibRgFcLcb97 of the tables the mark changes
SED, BTE_CHPX, BTE_PAPX, CLX = 6, 12, 13, 33
#: fibRgLw97 indices: ccpText, then the subdocuments (footnotes .. header text boxes)
CCP_TEXT, SUBDOCS = 3, range(4, 11)
FKP_SIZE = 512
#: size of one BxPap (a paragraph run's offset byte and its 12-byte PHE) in a PAPX page
BX_PAP = 13
CELL_MARK, PARAGRAPH_MARK = "\x07", "\r"


@dataclass
class _Doc:
    wd: bytearray           #: the WordDocument stream
    table: bytearray        #: the 0Table/1Table stream
    table_name: str
    ccp_at: int             #: where ccpText is in ``wd``
    fclcb_at: int           #: where FibRgFcLcb97 starts in ``wd``

    def fclcb(self, i: int) -> tuple[int, int]:
        return struct.unpack_from("<II", self.wd, self.fclcb_at + 8 * i)


def ends_on_table_row(data: bytes) -> bool:
    """True when ``data`` is a Word 97 binary whose main text ends on a cell/row mark."""
    found = _open(data)
    if found is None:
        return False
    _ole, doc = found
    end = _text_end(doc)
    return end is not None and doc.wd[end - 2:end].decode("utf-16-le") == CELL_MARK


def close_final_row(data: bytes) -> bytes:
    """``data`` with a paragraph mark after a final table row; unchanged when it has one
    already or is not the shape this knows (see the module's doc)."""
    if not ends_on_table_row(data):
        return data
    buffer = io.BytesIO(data)
    ole, doc = _open(buffer, write=True)
    end = _text_end(doc)
    if not _room_after(doc, end) or not _add_paragraph_run(doc, end) or not _stretch_char_run(doc, end):
        return data
    doc.wd[end:end + 2] = PARAGRAPH_MARK.encode("utf-16-le")
    ccp = struct.unpack_from("<i", doc.wd, doc.ccp_at)[0]
    struct.pack_into("<i", doc.wd, doc.ccp_at, ccp + 1)
    struct.pack_into("<i", doc.table, _pieces(doc)[0], ccp + 1)
    sed_at, sed_len = doc.fclcb(SED)
    if sed_len:
        last_cp = sed_at + 4 * ((sed_len - 4) // 16)   # PlcfSed: n+1 CPs, n 12-byte SEDs
        if struct.unpack_from("<i", doc.table, last_cp)[0] == ccp:
            struct.pack_into("<i", doc.table, last_cp, ccp + 1)
    try:
        ole.write_stream("WordDocument", bytes(doc.wd))
        ole.write_stream(doc.table_name, bytes(doc.table))
    except (NotImplementedError, OSError, ValueError):   # a stream olefile cannot write back
        return data
    finally:
        ole.close()
    return buffer.getvalue()


def _open(data, write: bool = False):
    """(the OLE file, its Word streams) or None when ``data`` is no plain Word 97 binary."""
    import olefile

    try:
        ole = olefile.OleFileIO(data if write else io.BytesIO(data), write_mode=write)
        wd = bytearray(ole.openstream("WordDocument").read())
        if len(wd) < 64 or struct.unpack_from("<H", wd, 0)[0] != WORD_IDENT:
            return None
        flags = struct.unpack_from("<H", wd, 10)[0]
        if flags & COMPLEX:
            return None
        table_name = "1Table" if flags & WHICH_TABLE else "0Table"
        table = bytearray(ole.openstream(table_name).read())
        csw = struct.unpack_from("<H", wd, 32)[0]
        lw_at = 34 + 2 * csw
        cslw = struct.unpack_from("<H", wd, lw_at)[0]
        rglw = struct.unpack_from(f"<{cslw}i", wd, lw_at + 2)
        fclcb_count = struct.unpack_from("<H", wd, lw_at + 2 + 4 * cslw)[0]
    except (OSError, ValueError, struct.error):
        return None
    if cslw <= max(SUBDOCS) or fclcb_count <= CLX or any(rglw[i] for i in SUBDOCS):
        return None
    return ole, _Doc(wd, table, table_name, lw_at + 2 + 4 * CCP_TEXT, lw_at + 2 + 4 * cslw + 2)


def _pieces(doc: _Doc) -> tuple[int, int, int] | None:
    """(where the piece table's last CP is, the last piece's first CP, its byte offset), or
    None when the piece table is not as expected or its last piece is 8-bit text."""
    at, size = doc.fclcb(CLX)
    end = at + size
    try:
        while at < end and doc.table[at] == 1:          # Prc entries before the piece table
            at += 3 + struct.unpack_from("<H", doc.table, at + 1)[0]
        if at >= end or doc.table[at] != 2:
            return None
        plc_size = struct.unpack_from("<I", doc.table, at + 1)[0]
        count = (plc_size - 4) // 12
        plc = at + 5
        if count < 1 or plc + plc_size > end:
            return None
        first_cp = struct.unpack_from("<i", doc.table, plc + 4 * (count - 1))[0]
        fc = struct.unpack_from("<I", doc.table, plc + 4 * (count + 1) + 8 * (count - 1) + 2)[0]
    except (IndexError, struct.error):
        return None
    if fc & 0x40000000:                                 # compressed (8-bit) piece
        return None
    return plc + 4 * count, first_cp, fc


def _text_end(doc: _Doc) -> int | None:
    """The byte offset in WordDocument just after the main text, or None."""
    pieces = _pieces(doc)
    if pieces is None:
        return None
    last_cp_at, first_cp, fc = pieces
    ccp = struct.unpack_from("<i", doc.wd, doc.ccp_at)[0]
    if struct.unpack_from("<i", doc.table, last_cp_at)[0] != ccp:
        return None
    end = fc + 2 * (ccp - first_cp)
    return end if 2 <= end <= len(doc.wd) - 2 else None


def _fkp_pages(doc: _Doc, index: int) -> tuple[int, list[int], list[int]]:
    """(where the bin table is, its FCs, its page numbers) of PlcfBteChpx/PlcfBtePapx."""
    at, size = doc.fclcb(index)
    count = (size - 4) // 8
    fcs = list(struct.unpack_from(f"<{count + 1}i", doc.table, at))
    pages = list(struct.unpack_from(f"<{count}I", doc.table, at + 4 * (count + 1)))
    return at, fcs, pages


def _room_after(doc: _Doc, end: int) -> bool:
    """The two bytes after the text are free: zeros, before any property page."""
    try:
        pages = _fkp_pages(doc, BTE_CHPX)[2] + _fkp_pages(doc, BTE_PAPX)[2]
    except struct.error:
        return False
    starts = [p * FKP_SIZE for p in pages]
    return doc.wd[end:end + 2] == b"\0\0" and all(s >= end + 2 or s + FKP_SIZE <= end for s in starts)


def _add_paragraph_run(doc: _Doc, end: int) -> bool:
    """A run [end, end+2) with default properties at the end of the last PAPX page."""
    at, fcs, pages = _fkp_pages(doc, BTE_PAPX)
    if not pages or fcs[-1] != end:
        return False
    page_at = pages[-1] * FKP_SIZE
    page = bytearray(doc.wd[page_at:page_at + FKP_SIZE])
    runs = page[-1]
    bounds = list(struct.unpack_from(f"<{runs + 1}i", page, 0))
    offsets = [page[4 * (runs + 1) + BX_PAP * i] * 2 for i in range(runs)]
    free_until = min([o for o in offsets if o] or [FKP_SIZE - 1])
    if bounds[-1] != end or 4 * (runs + 2) + BX_PAP * (runs + 1) > free_until:
        return False
    bxs = page[4 * (runs + 1):4 * (runs + 1) + BX_PAP * runs]
    struct.pack_into(f"<{runs + 2}i", page, 0, *bounds, end + 2)
    page[4 * (runs + 2):4 * (runs + 2) + BX_PAP * (runs + 1)] = bxs + bytes(BX_PAP)
    page[-1] = runs + 1
    doc.wd[page_at:page_at + FKP_SIZE] = page
    struct.pack_into("<i", doc.table, at + 4 * (len(fcs) - 1), end + 2)
    return True


def _stretch_char_run(doc: _Doc, end: int) -> bool:
    """The last CHPX run reaches over the new mark (LibreOffice's may stop before the row mark)."""
    at, fcs, pages = _fkp_pages(doc, BTE_CHPX)
    if not pages or not end - 2 * 2 <= fcs[-1] <= end:
        return False
    page_at = pages[-1] * FKP_SIZE
    runs = doc.wd[page_at + FKP_SIZE - 1]
    if struct.unpack_from("<i", doc.wd, page_at + 4 * runs)[0] != fcs[-1]:
        return False
    struct.pack_into("<i", doc.wd, page_at + 4 * runs, end + 2)
    struct.pack_into("<i", doc.table, at + 4 * (len(fcs) - 1), end + 2)
    return True
