"""A paragraph into which a site ran several of a document's lines, a space where each break
stood (``space_joined_pieces``).

A document-sharing site that extracts the text of a Word file joins each run of its lines with
single spaces: one paragraph runs the red header, the doc number, the title, the recipients and the
letter's first paragraph together, another the letter's last paragraph, the 附件 line, the
signature, the date, the table's title and its header row.  Such a paragraph is no notice run into
one line (``runon.split_run_on``: it holds a small share of the text, and keeps its spaces); it is
cut where the cover letter's joints (``letterjoints.letter_joints``) fall on one of its spaces, and before
a table's header row run on at its end (a text-sp header, ``textgrid.sp_header_names``), so the
metadata stage and the parsers read the lines the document printed.  A line opening with a row's
number and a space is a table's row (text-sp), never such a paragraph.  docs/parsing.md, "A paragraph
joined with spaces".
"""
from __future__ import annotations

from .runon import spaced_joints
from .textcolumns import ROW_NUMBER_RE
from .textgrid import sp_header_names


def space_joined_pieces(line: str) -> list[str] | None:
    """The lines ``line`` ran together with a space between each two, or None when it holds
    fewer than ``runon.MIN_SPACED_JOINTS`` letter joints on a space (a line as printed: ``runon.spaced_joints``)."""
    if _opens_row(line):
        return None   # a text table's row: its unit cells before a dated deadline are no signature and date
    spaced = spaced_joints(line)
    if not spaced:
        return None
    header = _header_run_on(line)
    cuts = sorted(spaced | ({header} if header is not None else set()))
    return [p for p in (line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)])) if p]


def _opens_row(line: str) -> bool:
    """``line`` opens with a table row's number (``textcolumns.ROW_NUMBER_RE``: 3, 1-1, 1.1) and a
    space: a row of a table copied as text, one row a line (text-sp), not a paragraph of the letter."""
    first = line.split(None, 1)
    return len(first) == 2 and bool(ROW_NUMBER_RE.match(first[0]))


def _header_run_on(line: str) -> int | None:
    """Where a text-sp header row run on at the line's end starts (…分解表 序号 名称 工作任务
    牵头责任单位): the first space after which the rest of the line is such a header."""
    at = line.find(" ")
    while at >= 0:
        if sp_header_names(line[at + 1:]):
            return at + 1
        at = line.find(" ", at + 1)
    return None
