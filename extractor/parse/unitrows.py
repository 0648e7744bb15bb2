"""One measure over several rows: one row per unit, the measure's own cells merged down.

Some workbooks (a ledger kept one unit a line) give a measure as many rows as it
has support units: its 序号, task, 牵头单位 and 完成时限 cells are merged down over
those rows, and the 配合单位 column holds one unit a row.  The readers that know
merges (.xlsx/.xls ranges, .docx ``vMerge``, HTML ``rowspan``, a PDF's cell that
reaches down) expand a merge into ``row_copy`` cells that keep the ``origin`` of
the merged cell, so each of those rows would read as a measure of its own.

A row continues the measure of the row above when its number and task come from
the *same* merged cells as that row's (same origin: equal text in cells of their
own is two measures that happen to read alike), every other cell that is not a
unit cell is such a copy or empty, and a unit cell of its own names something:
the row only adds units.  Those units are appended to the measure above.

A schedule may set a column beside the measure one value a row against tasks merged over
several rows (an inspection's people, one a row, beside a project and its unit merged over
two: the two grids are offset).  A row whose number, task and unit cells are all the merged
cells of the row above, and whose own cells are only beside the measure, adds nothing to the
assignment either: its values are appended to the measure's own (``add_beside``), where before
the row was a second measure of the same task.

A report may give each unit of a task merged over several rows a row of its own with its own
values beside the measure (序号 and 工作任务 merged over two rows, 市人社局 and its 完成情况 in
one, 市农业农村局 and its own in the next): that row adds its unit to the task's, and its values
are appended to the measure's own as above.  Before, a row naming a unit and a value beside the
measure of its own was a second measure of the same task (holdout brokenunit-wuhu-2023-3,
newsprog-wuhu-2022-1).
"""
from __future__ import annotations

from dataclasses import replace

from .grid import Cell
from ..models import DraftMeasure

_EMPTY = Cell()


#: what stands between the values a column beside the measure gives it from several rows
BESIDE_SEP = "；"


def continues_above(row: list[Cell], above: list[Cell] | None, same: tuple[int, ...],
                    units: tuple[int, ...], beside: tuple[int, ...] = ()) -> bool:
    """``row`` only adds to the measure of ``above`` (the row read just before it): its cells in
    columns ``same`` (the number and task) are copies of ``above``'s merged cells, and its own
    cells with text are in the ``units`` columns (units it adds, with values of its own in the
    ``beside`` columns or none: one unit's report a row), or all in the ``beside`` columns while
    its unit cells are ``above``'s merged ones too (a person a row beside a task and a unit
    merged over two rows)."""
    if above is None or not same or len(above) != len(row):
        return False
    for i in same:
        if not _merged_from(row[i], above[i]):
            return False
    adds = kept = False
    for i, cell in enumerate(row):
        if not cell.text or cell.row_copy:
            continue
        if i in units:
            adds = True
        elif i in beside:
            kept = True
        else:
            return False   # a deadline, a number of its own: a row of its own
    if adds:
        return True   # units, with or without values beside the measure of their own (one unit's report)
    return kept and all(_merged_from(row[i], above[i]) or not (row[i].text or above[i].text) for i in units)


def _merged_from(cell: Cell, above: Cell) -> bool:
    """``cell`` is the merged cell ``above`` belongs to, filled down into this row."""
    return cell.row_copy and bool(cell.text) and cell.origin == above.origin


def own_cells(row: list[Cell]) -> list[Cell]:
    """``row`` with the cells merged down from above emptied: what it adds."""
    return [_EMPTY if c.row_copy else c for c in row]


def add_units(draft: DraftMeasure, more: DraftMeasure) -> DraftMeasure:
    """``draft`` with the units ``more`` names appended (lead to lead, support to support)."""
    return replace(draft, lead_cells=draft.lead_cells + more.lead_cells,
                   support_cells=draft.support_cells + more.support_cells)


def add_beside(draft: DraftMeasure, values: dict[str, str]) -> DraftMeasure:
    """``draft`` with the values of a row that only adds to its columns beside the measure
    (``values``: header text -> the row's own cell) appended after its own, ``BESIDE_SEP`` between."""
    extra = dict(draft.extra)
    for name, value in values.items():
        extra[name] = BESIDE_SEP.join(v for v in (extra.get(name), value) if v)
    return replace(draft, extra=extra)
