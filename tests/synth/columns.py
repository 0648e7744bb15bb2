"""Columns a task table prints besides task, units and deadline (the wide
axis ``extra column``, tests/synth/wide.py): a 责任领导 column of the leaders
in charge, before the unit columns (holdout batches 6-7: 榆次, 巫溪, 襄阳), or
a 备注 column at the right edge, mostly empty.  Neither is a unit, a task or
a deadline: the truth does not change.  The names and notes are invented.
"""
from __future__ import annotations

import random

from .compose import Plan

#: Invented leaders, printed with their title (副市长, 常务副县长: {p} is the
#: place's level character) or the name alone, as such columns print them.
LEADERS = ("王建华（副{p}长）", "李明（副{p}长）", "张伟", "刘芳（常务副{p}长）", "陈志强")
NOTES = ("民生实事", "省定任务", "新增", "续建项目")
#: Share of rows whose 备注 cell holds a note (the rest are empty).
NOTE_SHARE = 0.4
#: A leader's cell covers this many rows at most (one leader, several tasks).
LEADER_RUN_MAX = 2


def extra_cells(plan: Plan) -> tuple[str, int, list[str]] | None:
    """(header word, the column's index after 序号 and the task, its cells)."""
    kind = plan.axes.get("extra column", "n/a")
    if kind in ("n/a", "none"):
        return None
    rng = random.Random(plan.seed * 31 + 7)  # apart from the other streams
    n = len(plan.measures)
    if kind == "责任领导":
        cells, leader, left = [], "", 0
        for _ in range(n):
            if left == 0:
                leader = rng.choice(LEADERS).format(p=plan.place["prefix"])
                left = rng.randint(1, LEADER_RUN_MAX)
            cells.append(leader)
            left -= 1
        return "责任领导", 2, cells
    return "备注", -1, [rng.choice(NOTES) if rng.random() < NOTE_SHARE else "" for _ in range(n)]


def with_extra(plan: Plan, header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The header and rows with the extra column put in."""
    extra = extra_cells(plan)
    if extra is None:
        return header, rows
    word, at, cells = extra
    if at < 0:
        return header + [word], [row + [cell] for row, cell in zip(rows, cells)]
    return header[:at] + [word] + header[at:], [row[:at] + [cell] + row[at:] for row, cell in zip(rows, cells)]


def lead_index(plan: Plan) -> int:
    """The lead column's index in a row (序号, task, [责任领导], lead …)."""
    return 3 if plan.axes.get("extra column") == "责任领导" else 2
