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
"""
from __future__ import annotations

from dataclasses import replace

from .grid import Cell
from ..models import DraftMeasure

_EMPTY = Cell()


def continues_above(row: list[Cell], above: list[Cell] | None, same: tuple[int, ...],
                    units: tuple[int, ...]) -> bool:
    """``row`` only adds units to the measure of ``above`` (the row read just before it):
    its cells in columns ``same`` (the number and task) are copies of ``above``'s merged cells,
    and its own cells with text are all in the ``units`` columns."""
    if above is None or not same or len(above) != len(row):
        return False
    for i in same:
        cell = row[i]
        if not (cell.row_copy and cell.text and cell.origin == above[i].origin):
            return False
    adds = False
    for i, cell in enumerate(row):
        if not cell.text or cell.row_copy:
            continue
        if i not in units:
            return False   # a deadline, a note, a number of its own: a row of its own
        adds = True
    return adds


def own_cells(row: list[Cell]) -> list[Cell]:
    """``row`` with the cells merged down from above emptied: what it adds."""
    return [_EMPTY if c.row_copy else c for c in row]


def add_units(draft: DraftMeasure, more: DraftMeasure) -> DraftMeasure:
    """``draft`` with the units ``more`` names appended (lead to lead, support to support)."""
    return replace(draft, lead_cells=draft.lead_cells + more.lead_cells,
                   support_cells=draft.support_cells + more.support_cells)
