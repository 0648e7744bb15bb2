"""A text copy printing its page's HTML source as text.

A law site's text copy of a notice may print the page's source instead of its words: the site's fields one a line,
then the letter run on one line as ``<p>各县（市、区）人民政府，…：</p><p> 《…》已经…</p><p style="text-align: right;">
…办公厅</p>``, then the plan one paragraph a line (``<p><strong> 一、…</strong></p>``, ``<p> 1．…（…牵头）</p>``,
``<p><br/></p>``).  Read as text, no line opens with an item's number, no heading is a heading and the letter's one line
holds the recipients, the signature and the date together (blind67's cause 1, holdout rawsource-jincheng).  The tags are
the site's failure to render the page, no words of the notice: where most lines of a text copy hold a paragraph tag,
each paragraph's end is read as a line break and the paragraph and inline tags are taken out.  Only tags of those
names, so a book title typed in ASCII angle brackets (``<政府工作报告>``) and an escaped ``&lt;…&gt;`` stay text.
docs/parsing.md "A text copy printing its HTML source".
"""
from __future__ import annotations

import re

# A text copy is its page's source where at least this share of its lines holding any text hold a paragraph tag, and
# at least this many paragraph tags in all (a notice quoting one tag is no source).
PARAGRAPH_LINE_SHARE = 0.5
MIN_PARAGRAPH_TAGS = 3

_PARAGRAPH_RE = re.compile(r"<p(?:\s[^<>\n]*)?>", re.IGNORECASE)
# a paragraph's or a block's end, or a line break: a line break of the text
_BREAK_RE = re.compile(r"</(?:p|div|h[1-6]|li)\s*>|<br\s*/?\s*>", re.IGNORECASE)
# the paragraph, block and inline tags a rendered page never prints (opening or closing, any attributes)
_TAG_RE = re.compile(r"</?(?:p|div|span|strong|b|em|i|u|font|a|h[1-6]|li|center|section|article|sup|sub)"
                     r"(?:\s[^<>\n]*)?/?>", re.IGNORECASE)


def prints_source(text: str) -> bool:
    """Most lines of ``text`` holding any text hold a paragraph tag (and ``MIN_PARAGRAPH_TAGS`` in all)."""
    if "<p" not in text and "<P" not in text:   # str's own search: almost every text copy stops here
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    tagged = sum(1 for line in lines if _PARAGRAPH_RE.search(line))
    return (len(_PARAGRAPH_RE.findall(text)) >= MIN_PARAGRAPH_TAGS
            and tagged >= len(lines) * PARAGRAPH_LINE_SHARE)


def unmarked(text: str) -> str:
    """``text`` with its paragraph ends read as line breaks and its paragraph and inline tags taken out, where it
    prints its page's source (``prints_source``); else ``text`` itself."""
    if not prints_source(text):
        return text
    text = _BREAK_RE.sub("\n", text)
    return _TAG_RE.sub("", text)
