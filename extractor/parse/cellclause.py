"""Stage 5a, table: the assignment a task cell carries itself.

A table may print no unit column at all (序号 | 重点任务 | 完成时限) and close each task cell
with the clause a paragraph would carry (``……。（牵头单位：A；配合单位：B）``), or have a unit
column that a row leaves empty.  Such a cell is read with the same grammar as a paragraph of
the inline forms (``inline.split_assignment``: a closing bracket of any shape, labelled or in
verbs or a bare list, 【label】 runs, leading verbs, a closing 由…负责 sentence) or as label
lines under the task (``<br>牵头单位：A<br>配合单位：B``), so one grammar reads the clause
wherever a notice prints it (docs/parsing.md).  Only a row whose unit cells name nothing asks:
a filled unit column is what the row says.
"""
from __future__ import annotations

from .assign import Assignment, parse_labels, starts_with_label
from .grid import join_parts
from .inline import split_assignment

#: what may stand after the task's wording once its clause is cut off (the wording must remain)
_TRAILING = " \t\u3000。；;.，,"


def cell_assignment(text: str, parts: tuple[str, ...], form: str) -> tuple[str, Assignment | None]:
    """(``text`` without its clause, the clause's assignment) of a task cell whose text is
    ``text`` (its numbering already cut off) and whose printed lines are ``parts``; (``text``,
    None) when it carries no clause naming a unit, or nothing but one."""
    rest, found = _label_lines(text, parts, form)
    if found is None:
        rest, found = split_assignment(text)
    if found is None or not found.has_units or not rest.strip(_TRAILING):
        return text, None
    return rest, found


def _label_lines(text: str, parts: tuple[str, ...], form: str) -> tuple[str, Assignment | None]:
    """The label lines that close the cell (every line from the first one opening with a
    label word, the task's wording above them)."""
    first = next((k for k in range(1, len(parts)) if starts_with_label(parts[k])), None)
    if first is None:
        return text, None
    tail = join_parts(parts[first:])
    if not text.endswith(tail):
        return text, None
    return text[:-len(tail)].strip(), parse_labels("；".join(parts[first:]), form)
