"""Stage 3, parse: a text table's range line (以上两项由X牵头，Y配合) that the column width wrapped over several lines,
joined back into one line for ``inline.read_range_line`` to read whole.  Split from inline.py (the house's module
size); the rule is as it was there.
"""
from __future__ import annotations

from .assign import clause_roles
from .inline import _opens_with, read_range_line
from .ranges import RANGE_HEAD, may_open_reference
from .unitlists import OPENERS, is_unit_list, split_clauses


#: a range line a text table's column width wraps runs over at most this many lines
RANGE_WRAP_MAX_LINES = 3
#: what a line cut inside a clause ends with (a list or clause mark: the rest follows)
_CUT_MARKS = "、，,；;：:"
#: how far (in characters) a wrapped line's continuation may start from where the line started
RANGE_WRAP_INDENT_SLACK = 1


def join_range_wraps(lines: list[str], opens_row) -> list[str]:
    """``lines`` of a text table (one row a line, or laid out in columns) with a range line that the
    column width wrapped (``以上两项由X牵头，Y、`` / ``Z配合，年底前完成``) joined into one, which
    ``read_range_line`` then reads whole.  A line continues the range line when it is no row of its
    own (``opens_row``: a numbered row, a section's heading; a blank line ends it), starts where the
    range line starts (``RANGE_WRAP_INDENT_SLACK``), the two read as a range line together, and the
    range line was cut short (``_cut_short``); a whole range line takes no sentence after it."""
    out, i = [], 0
    while i < len(lines):
        line, i = lines[i], i + 1
        head = line.strip()[:RANGE_HEAD]
        if not may_open_reference(head[1:] if _opens_with(head, OPENERS) else head):
            out.append(line)   # most lines: no reference opens them
            continue
        indent, count = len(line) - len(line.lstrip()), 1
        while i < len(lines) and count < RANGE_WRAP_MAX_LINES:
            more = lines[i]
            if (not more.strip() or opens_row(more)
                    or abs(len(more) - len(more.lstrip()) - indent) > RANGE_WRAP_INDENT_SLACK):
                break
            joined = line.rstrip() + more.strip()
            if read_range_line(joined.strip()) is None or not _cut_short(line.strip(), more.strip()):
                break
            line, i, count = joined, i + 1, count + 1
        out.append(line)
    return out


def _cut_short(line: str, more: str) -> bool:
    """Whether range line ``line`` stops inside what ``more`` goes on with: it reads as no range
    line alone, ends with a list or clause mark, its last unit name ends like no unit (各乡镇人民),
    or ``more`` opens with the role verb of its last units (人民政府配合)."""
    alone = read_range_line(line)
    if alone is None or line.endswith(tuple(_CUT_MARKS)):
        return True
    names = [n for units in alone.lead + alone.support for n in split_clauses(units.replace("、", "，"))]
    if names and not is_unit_list(names[-1]):
        return True
    return clause_roles(split_clauses(more)[0]) is not None if split_clauses(more) else False
