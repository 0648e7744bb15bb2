"""A document site's preview that runs the plan's name into its opening paragraph (stage 4, the table title:
``tabletitle.heading_over_outline``).

A document-sharing site's page prints the uploaded file's name on a line of its own (``XX镇…整治方案.docx``), its
own lines under it, then the document's text run together, the plan's name run straight into its preface
(``XX镇…整治方案为抓好…``), or the file's name echoed first and the document's own heading after it
(``镇20年…工作方案_ 镇 20_ 年…工作方案 根据上级要求…``: the heading's blank ``20_`` and its spaces as the document
prints them).  The plan's heading is the name as the document prints it (tests/fixtures/README.md, holdouts
contactpts-town and piecesduty-shitang, batch 126).
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import compact, without_file_suffix

#: a file's name is a plan's heading only this long at least (a short name, 方案.doc, names no plan)
FILE_STEM_MIN_CHARS = 6
#: the blank a template leaves for a place or a year (镇 20_ 年), kept as printed
_BLANKS = "_＿"


def file_name_opening(line: str, head: Sequence[str]) -> str | None:
    """The plan's name as the document prints it where ``line`` (its opening paragraph) opens with the name of a
    file the page prints on a line of its own among ``head`` (the name without its office suffix, spaces aside): the
    heading echoed after the file's name and a blank mark (``…方案_ 镇 20_ 年…方案``) where the document prints it
    again, its blanks kept and its spaces dropped; else the file's name.  None where the line opens with no such
    name."""
    text = compact(line)
    for stem in _file_stems(head):
        if not text.startswith(stem) or len(text) == len(stem):
            continue
        again = _printed_again(text[len(stem) + 1:], stem) if text[len(stem)] in _BLANKS else None
        return again or stem
    return None


def _file_stems(head: Sequence[str]) -> list[str]:
    """The names of the files the lines of ``head`` print alone (``….docx``), their suffix cut, spaces dropped."""
    stems = []
    for line in head:
        s = compact(line)
        stem = without_file_suffix(s)
        if stem != s and len(stem) >= FILE_STEM_MIN_CHARS:
            stems.append(stem)
    return stems


def _printed_again(text: str, stem: str) -> str | None:
    """The opening of ``text`` that prints ``stem`` again with blank marks added (``镇20_年…`` for ``镇20年…``), or
    None where it does not."""
    k = 0
    for j, ch in enumerate(text):
        if k == len(stem):
            return text[:j]
        if ch == stem[k]:
            k += 1
        elif ch not in _BLANKS:
            return None
    return text if k == len(stem) else None
