"""A bracket a text copy wrapped over several lines, joined back into its line (``join_wrapped_brackets``).

Text copied from a PDF keeps its hard line wraps, often inside an item's closing assignment
(``（市财政局牵头，市发改委配`` / ``合）``); unjoined, the item lost its bracket and took the next one's.
The text forms (``inline.py``) and the labelled-line reader (``labelled.py``) read the joined lines.
A bracket that never closes is no wrap: a page whose closer was lost (``…。（牵头单位：X`` and the
paragraph ends) keeps its lines apart, and the reader takes the bracket to the end of its own line
(``inline.split_assignment``, ``brackets.unclosed_opener``).
"""
from __future__ import annotations

import re
from itertools import islice

from ..brackets import ANY_CLOSERS, ANY_OPENERS, bracket_balance
from ..models import TABLE_MARK
from ..numbering import split_numbering
from ..text import fold

#: a bracket open over blank lines is closed within this many of the non-blank lines after
#: them (a PDF copy with blank lines between its lines wraps a label bracket over two or three)
BRACKET_CLOSE_WITHIN = 3

#: text ending in a figure a wrap may have cut: its last digit, or a digit and the dot a dotted
#: date prints after its year or month (``完成时限：2023.`` / ``11.30）``)
_ENDS_IN_FIGURE_RE = re.compile(r"\d[.]?$")


def join_wrapped_brackets(lines) -> list[str]:
    """Lines, with a line that leaves a bracket open joined to the lines after it when they
    close it.  A numbered line, a table's line or a blank line that the next lines do not close
    the bracket after ends the join; when the bracket is still open there, it never closed: the
    lines stay as they were, each a paragraph of its own (before, a lost closer joined every
    paragraph up to the next item into the open one's bracket, and that item was lost).  A blank
    line is skipped only when the lines after it close the bracket (``_closes_after_blank``)."""
    out: list[str] = []
    held: list[str] = []   # the lines joined into out[-1] while its bracket is open
    depth = 0
    lines = [raw.strip() for raw in lines]
    for i, line in enumerate(lines):
        if depth > 0 and not line and _closes_after_blank(lines, i, depth, out[-1]):
            held.append(line)   # a blank line inside a bracket that the lines after it close
            continue
        if depth > 0 and line and not line.startswith(TABLE_MARK) and not _opens_item(line, out[-1]):
            out[-1] += line
            held.append(line)
        else:
            if depth > 0:
                _keep_apart(out, held)
            out.append(line)
            held, depth = [line], 0
        depth = max(0, depth + bracket_balance(line, ANY_OPENERS, ANY_CLOSERS))
    if depth > 0:
        _keep_apart(out, held)
    return out


def _keep_apart(out: list[str], held: list[str]) -> None:
    """The last joined line of ``out`` back as the lines it was joined from (its bracket never closed)."""
    out[-1:] = held


def _opens_item(line: str, above: str) -> bool:
    """``line``, under the open bracket's text so far (``above``), opens an item: it is numbered,
    unless ``above`` ends in a figure (a digit, or a digit and a dotted date's dot), ``line``'s
    number opens with a digit and ``line`` closes the bracket: the rest of a date or an amount the
    wrap cut (``完成时限：2023.`` / ``11.30）``, read as the two-level number 11.30; ``2023.`` /
    ``6.30）``).  A numbered line that leaves the bracket open still opens its item."""
    numbered = split_numbering(line)
    if numbered is None:
        return False
    return not (_ENDS_IN_FIGURE_RE.search(fold(above)) and fold(numbered[3])[:1].isdigit()
                and bracket_balance(line, ANY_OPENERS, ANY_CLOSERS) < 0)


def _closes_after_blank(lines: list[str], i: int, depth: int, above: str) -> bool:
    """True when the non-blank lines after ``lines[i]`` continue and close the open bracket
    within ``BRACKET_CLOSE_WITHIN`` of them, none opening an item (``_opens_item``)."""
    ahead = (lines[j] for j in range(i + 1, len(lines)) if lines[j])
    for nxt in islice(ahead, BRACKET_CLOSE_WITHIN):
        if nxt.startswith(TABLE_MARK) or _opens_item(nxt, above):
            return False
        above = nxt
        depth += bracket_balance(nxt, ANY_OPENERS, ANY_CLOSERS)
        if depth <= 0:
            return True
    return False
