"""A letter's signature run into the plan under it in one paragraph (``cramped_signature_pieces``).

A document site's copy that lost some of its line breaks runs the letter's closing lines together with the plan
they cover: ``通化市人民政府2015年8月10日通化市2015年创建国家卫生城市实施方案2015年是我市…`` — the signing body, its
date, the plan's name and the plan's first paragraph, one paragraph of the page.  Such a paragraph is no notice run
into one line (it holds a small share of the text, ``textlayer.is_run_on``) and prints no space between its lines
(``spacejoined``).  It is cut where the letter's joints (``letterjoints.letter_joints``) put a signature opening the
paragraph, a body's name and a date, and after the plan's name right after the date, when the page printed both
above the paragraph (the letter's title opens with the body and issues the plan: ``某市人民政府关于印发…实施方案的通知``):
the signature, the date and the plan's name each a line, as the document printed them.  A body named in a sentence
(``根据市政府2016年5月3日…``) opens no line above and is never cut off.  docs/parsing.md, "A paragraph joined with spaces".
"""
from __future__ import annotations

from collections.abc import Sequence

from .letterjoints import SIGNATURE_MAX_CHARS, letter_joints
from ..text import CN_DATE_RE, DATE_RE, plan_name_ends

#: a plan's name after the signature's date is at least this long (…实施方案: a place, a year, a topic and a kind)
PLAN_NAME_MIN_CHARS = 6
#: ... and at most this long (the longest plan titles run to ~60 characters; newslead.LEAD_BOOK_MAX_CHARS)
PLAN_NAME_MAX_CHARS = 60


def cramped_signature_pieces(lines: Sequence[str], at: int) -> list[str] | None:
    """The line ``lines[at]`` cut into the signature, its date, the plan's name and the rest when it opens with a
    letter's signature run into the name of a plan a line above it prints (module doc), else None."""
    line = lines[at]
    date = _opening_date(line)
    if date is None:
        return None   # most lines
    start, end = date
    above = lines[:at]
    if not any(text.startswith(line[:start]) for text in above):
        return None   # the signing body's name opens no line above (its title, its issuer's line, its red header)
    name = _plan_name(line[end:], above)
    if name is None or not {start, end} <= letter_joints(line):
        return None
    cut = end + len(name)
    return [p for p in (line[:start], line[start:end], line[end:cut], line[cut:]) if p.strip()]


def _opening_date(line: str) -> tuple[int, int] | None:
    """(start, end) of the first date in ``line`` when a name of at most ``SIGNATURE_MAX_CHARS`` stands before it and
    text goes on after it, else None (most lines: no date near their start)."""
    head = line[:SIGNATURE_MAX_CHARS + 20]
    found = [m for rx in (DATE_RE, CN_DATE_RE) if (m := rx.search(head)) is not None]
    if not found:
        return None
    m = min(found, key=lambda x: x.start())
    return (m.start(), m.end()) if 0 < m.start() <= SIGNATURE_MAX_CHARS and m.end() < len(line) else None


def _plan_name(rest: str, above: Sequence[str]) -> str | None:
    """The longest start of ``rest`` that ends like a plan's or a list's name (``text.plan_name_ends``), is
    ``PLAN_NAME_MIN_CHARS`` to ``PLAN_NAME_MAX_CHARS`` long, leaves text after it and stands in a line ``above``."""
    ends = plan_name_ends()
    for size in range(min(PLAN_NAME_MAX_CHARS, len(rest) - 1), PLAN_NAME_MIN_CHARS - 1, -1):
        name = rest[:size]
        if name.endswith(ends) and any(name in line for line in above):
            return name
    return None
