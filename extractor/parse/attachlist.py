"""The letter's numbered list of its attachments (``附件：1.…`` / ``2.…`` / ``3.…``): which lines are its entries.

The list names the documents the letter sends, one an entry; no entry is a task of the plan under it, and none is the
heading of the table under it (tests/fixtures/README.md ``table_title``; docs/forms.md: numbered lines after an 附件 line
are still letter).  The metadata stage asks it of the lines over a table (``layout.tabletitle``), the parser of the lines
it reads items from (``parse.textlayer.prepare``): a letter closed by no signature, or by a date its reader does not take
for one (``20240107``), reads on into the list, and its entries ``2.`` ``3.`` would be items (blindsynth bs7009).
"""
from __future__ import annotations

import re
from typing import Sequence

from ..text import ATTACHMENT_MARK_RE

#: an entry's number in a list of attachments (1. 2、 3．): digits and a dot or a comma, the entry's title run
#: on after it even where it opens with a year (附件：1.2022年度…), which no item number is read before
_ATTACHMENT_ENTRY_RE = re.compile(r"^\s*(\d{1,2})\s*[.．、]")


def lists_attachments(lines: Sequence[str], at: int) -> bool:
    """``lines[at]`` is a later entry of the letter's numbered list of its attachments (``附件：1.…`` / ``2.…`` /
    ``3.…``): numbered N > 1, the lines over it numbered N-1 down to 1 one by one, and the first of them opening
    with the 附件 mark (no number of its own).  The list names the letter's attachments; which of them a table
    under it is, its last line does not say (a repost pasting the first attachment's table under the list), so
    that line names no table.  An 附件 line naming one attachment (``附件：某区…分工表``) heads the table as before."""
    m = _ATTACHMENT_ENTRY_RE.match(lines[at])
    if m is None or int(m.group(1)) < 2:
        return False
    want = int(m.group(1)) - 1
    for k in range(at - 1, -1, -1):
        s = lines[k].strip()
        if not s:
            continue
        mark = ATTACHMENT_MARK_RE.match(s)
        listed = mark is not None and not mark.group("number")
        entry = _ATTACHMENT_ENTRY_RE.match(s[mark.end():] if listed else s)
        if entry is None or int(entry.group(1)) != want:
            return False
        if want == 1:
            return listed
        want -= 1
    return False


def in_attachment_list(lines: Sequence[str], at: int) -> bool:
    """``lines[at]`` is an entry of the letter's numbered list of its attachments, the first included: a later
    entry (``lists_attachments``), or the list's opening line ``附件：1.…`` (the 附件 mark with no number of its
    own, then entry 1) with entry 2 on the next line that is not blank.  Read forwards from a letter's end, the
    first entry names one of the attachments, as the later ones do: no heading of the table under the list (the
    plan's heading printed over the table names it: tests/fixtures/README.md ``table_title``; blindsynth stream
    28's cause 3, a letter no signature closes read on from its last paragraph into the list)."""
    if lists_attachments(lines, at):
        return True
    s = lines[at].strip()
    mark = ATTACHMENT_MARK_RE.match(s)
    if mark is None or mark.group("number"):
        return False
    first = _ATTACHMENT_ENTRY_RE.match(s[mark.end():])
    if first is None or int(first.group(1)) != 1:
        return False
    nxt = next((line for line in lines[at + 1:] if line.strip()), "")
    second = _ATTACHMENT_ENTRY_RE.match(nxt)
    return second is not None and int(second.group(1)) == 2
