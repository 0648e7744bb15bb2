"""Sub-rows of a laid-out table: rows whose first cells are merged over several task rows.

A project's 序号 and 项目名称 cells merged over two 主要内容 rows, each row with its own leader,
units and deadline, as pdftotext -layout prints a PDF's table (``parse/textcolumns.py``, ``parse/textrows.py``): the
merged cells centred over the task rows, so the number stands on a line between them and the
reader's row for that number holds both task rows' lines.  ``SubRows`` cuts such a row into
its task rows; the later ones copy the merged cells (``Cell.row_copy`` once in a grid).
"""
from __future__ import annotations

from dataclasses import dataclass

from .deadlines import deadline_date
from ..text import SENTENCE_ENDS


@dataclass
class RowLine:
    """A row line of a laid-out table: the text it prints in each column ("" for none)."""
    cells: list[str]
    opens: bool   # its number column holds the row's number
    after_blank: bool = False   # a blank line stands right above it
    #: positions each column's piece leaves before the column's edge (``textrows.line_cells``)
    room: tuple[int, ...] = ()


#: the columns every sub-row of a row prints a cell of its own in (``SubRows``)
_OWN_ROLES = ("lead", "responsible", "lead_responsible", "deadline", "leader")
#: a cell's line ending so runs on onto the next line (a unit list cut after its comma)
RUNS_ON = ("、", "，", ",")


class SubRows:
    """Rows whose first cells are merged over several task rows (a project's 序号 and 项目名称
    over two 主要内容 rows, each with its own leader, units and deadline).  pdftotext prints the
    merged cells centred over the task rows, so the number falls between them and the task rows'
    lines all go to the number's row.  A task cell's lines are consecutive, so a task column
    that prints two runs of lines in one row's lines holds two tasks: the row is cut where the
    later run starts (moved up over lines above it that open cells of their own), or, where the
    task cells fill every line, where a line under a task's sentence end opens a cell in each of
    the row's own columns (``_opens_own_cells``), when every
    part prints its own cell in each of the row's lead, deadline and leader columns (a one-line
    unit cell between a two-line task's lines leaves the task's rest none: one row) and its cells
    are whole (``_whole``: cells all wrapped around the number leave their rests, 底, under it).  The columns
    before the task and the number column are the merged ones: their text is the first part's,
    the later parts copy them."""

    def __init__(self, roles: list[str | None]) -> None:
        tasks = [c for c, role in enumerate(roles) if role == "measure"]
        self.task = tasks[-1] if tasks else None   # the innermost task column is the one per row
        number = roles.index("number") if "number" in roles else None
        self.merged = tuple(c for c in range(len(roles)) if c == number or (tasks and c < tasks[-1]))
        self.own = tuple(c for c, role in enumerate(roles) if role in _OWN_ROLES and c not in self.merged)
        self.deadline = roles.index("deadline") if "deadline" in roles else None

    def split(self, lines: list[RowLine]) -> list[tuple[list[RowLine], tuple[int, ...]]]:
        """``lines`` (one row's) as sub-rows, each with the columns it copies from above."""
        task = self.task
        if task is None or not self.own:
            return [(lines, ())]
        required = [c for c in self.own if any(ln.cells[c] for ln in lines)]
        first = next((i for i, ln in enumerate(lines) if ln.cells[task]), len(lines))
        starts = [i for i in range(first + 1, len(lines)) if lines[i].cells[task] and (
            not lines[i - 1].cells[task] or self._opens_own_cells(lines, i, required))]
        if not starts:
            return [(lines, ())]
        cuts = [self._cut_above(lines, at) for at in starts]
        parts = [lines[a:b] for a, b in zip([0] + cuts, cuts + [len(lines)])]
        if not all(any(ln.cells[c] for ln in part) for part in parts for c in required) or any(
                self._runs_on(part, required) for part in parts[:-1]) or not self._whole(parts, required):
            return [(lines, ())]
        first = [RowLine(list(ln.cells), ln.opens, room=ln.room) for ln in parts[0]]
        for part in parts[1:]:   # the merged cells' lines the later parts hold are the first part's
            first += [RowLine([t if c in self.merged else "" for c, t in enumerate(ln.cells)], False, room=ln.room)
                      for ln in part if any(ln.cells[c] for c in self.merged)]
        return [(first, ())] + [([RowLine([t if c not in self.merged else "" for c, t in enumerate(ln.cells)],
                                          ln.opens, room=ln.room) for ln in part], self.merged)
                                for part in parts[1:]]

    def _opens_own_cells(self, lines: list[RowLine], at: int, required: list[int]) -> bool:
        """Line ``at`` starts a task right under the last line of another (no line without a task
        between: the task cells fill every line of the row): it prints a cell of its own in each of
        the row's ``required`` columns and the task above ends its sentence.  A task wrapped onto
        the line goes on mid-sentence (…，完善 / 老旧街区…), however many of its cells wrap with it."""
        return bool(required) and all(lines[at].cells[c] for c in required) and \
            lines[at - 1].cells[self.task].endswith(SENTENCE_ENDS)

    def _cut_above(self, lines: list[RowLine], at: int) -> int:
        """Where the part whose task starts on line ``at`` starts: moved up over the lines above
        it that print no task and open cells of their own (a unit cell centred higher up)."""
        while at > 1 and not lines[at - 1].cells[self.task] and any(
                lines[at - 1].cells[c] and not lines[at - 2].cells[c] for c in self.own) and not any(
                lines[at - 1].cells[c] and lines[at - 2].cells[c] for c in self.own):
            at -= 1
        return at

    def _whole(self, parts: list[list[RowLine]], required: list[int]) -> bool:
        """Each part's cells are whole, not the rests of one row's wrapped cells: its deadline
        reads as one (2023年12月 / 底: the rest does not), or with no deadline column each task
        but the last ends a sentence."""
        if self.deadline in required:
            return all(deadline_date(_text(part, self.deadline))[1] not in (None, "unparsed") for part in parts)
        return all(_text(part, self.task).endswith(SENTENCE_ENDS) for part in parts[:-1])

    @staticmethod
    def _runs_on(part: list[RowLine], columns: list[int]) -> bool:
        """A column's text in ``part`` ends in a list comma: it runs on into the next part."""
        for c in columns:
            last = next((ln.cells[c] for ln in reversed(part) if ln.cells[c]), "")
            if last.endswith(RUNS_ON):
                return True
        return False


def _text(part: list[RowLine], column: int) -> str:
    """The text ``part``'s lines print in ``column``, run together."""
    return "".join(ln.cells[column] for ln in part)
