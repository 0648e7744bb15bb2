"""Paragraphs under a text-sp row that open no row: more of its free text, or, where the row printed
fewer cells than the header names, its unit cell's further names printed one a paragraph
(docs/forms.md, text-sp; ``textsp.parse_sp_text`` reads the rows and calls these)."""
from __future__ import annotations

from .cellkinds import names_one_unit
from .roles import UNIT_ROLES


def with_paragraph(row: list, line: str, roles: tuple[str | None, ...] | None) -> list:
    """``row`` (a text-sp row's cells) with ``line``, a paragraph under it opening no row, added to the cell
    it goes on: a row printing fewer cells than the header names, its unit cell last and its free-text
    column empty (`2 农业增加值增长4.5%。 区农业农村委`), may print its further units as paragraphs of their
    own before the free text (`区林业局` / `区畜牧业发展中心` / `农业增加值同比增长3.8%。`): a paragraph naming a
    unit and nothing else goes on that unit cell, one name a line as a cell's lines part names, while the
    free-text cell is empty; any other paragraph is the free text's (holdout spunitlines-tongliang, batch 99:
    before, the further units were read as the progress and the row kept its first unit only)."""
    cells, last = list(row), len(row) - 1
    if further_unit(row, line, roles):
        cells[last - 1] = cells[last - 1] + "\n" + line
    else:
        cells[last] = (cells[last] + "\n" + line) if (cells[last] or "").strip() else line
    return cells


def further_unit(row: list, line: str, roles: tuple[str | None, ...] | None) -> bool:
    """``line``, a paragraph under the text-sp ``row``, is one more name of its unit cell (``with_paragraph``):
    the row's free-text cell (its last) is empty, the cell before it a unit column's, printed, and the line
    names a unit and nothing else.  So read, it may close the table too (the last row's further units, a
    blank line or the table's end under them)."""
    last = len(row) - 1
    return (roles is not None and last >= 2 and not (row[last] or "").strip() and bool((row[last - 1] or "").strip())
            and roles[last - 2] in (*UNIT_ROLES, "lead_responsible") and names_one_unit(line))
