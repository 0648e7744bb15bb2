"""Stage 4, metadata: a letter's title read against the page's own heading that prints it.

A page's editor may lose characters of the letter that were set in another font (the title's
last word: ``关于印发…分解意见的`` over a blank line, 通知 gone), while the page's heading (its
``<h1>`` or ``<title>``, a line over the letter) prints the title whole, often after the doc
number (``港政发〔2025〕1号 黄石港区人民政府 关于印发…的通知``).  ``completed`` gives the cut
title the kind of document the heading closes it with; ``heading_forms`` are the ways a
heading prints a title, for the title-with-its-issuer check (``lettertitle._whole_title``), as is
``dated_in_brackets``: a gazette's title block, dated in brackets under its title.
"""
from __future__ import annotations

from .dates import is_date_line
from ..hanzi import simplified
from ..text import DOC_NUMBER_RE, compact


def heading_forms(heading: str) -> tuple[str, ...]:
    """``heading`` without its spaces, and so without the doc number opening it, when one does
    (a portal prefixing the title with the letter's doc number)."""
    whole = compact(heading)
    m = DOC_NUMBER_RE.match(simplified(whole))
    return (whole, whole[m.end():]) if m and m.end() < len(whole) else (whole,)


def completed(title: str, headings, ends: tuple[str, ...]) -> str:
    """``title`` as read from the letter when it ends with a kind of document (``ends``:
    ``[metadata] title_ends``); else, when a heading prints it followed by exactly such a word
    and nothing more (the word the letter lost), the title with that word; else as read."""
    key = compact(title)
    if not key or simplified(key).endswith(ends):
        return title
    for heading in headings:
        whole = compact(heading or "")
        at = whole.rfind(key)
        if at >= 0 and simplified(whole[at + len(key):]) in ends:
            return title.rstrip() + whole[at + len(key):]
    return title


def dated_in_brackets(lines) -> bool:
    """One of ``lines`` (those under a title, above its recipients) is a date wholly in brackets
    (``（2019年1月29日）`` over the doc number): how a gazette or a collection of documents prints a
    document, its issuer's line, title lines and date one title block, the date standing in for
    the signature."""
    return any(line.strip().startswith(("（", "(")) and is_date_line(line) for line in lines)
