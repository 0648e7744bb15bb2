"""Closing brackets a mis-decoding printed as ``?``.

A copy whose converter lost every full-width bracket together with the character beside it prints one ``?`` for the
pair, at each paragraph's end: ``…等专项规划?省水利厅、发展改革委、…等部门负?`` for
``…等专项规划。（省水利厅、发展改革委、…等部门负责）`` (a 河南 law mirror, holdout qmarkbrackets-henan, batch 113).
The unit names are printed whole, so the line still closes with its assignment: where a line's LAST character is
such a mark, the character before it begins a role verb (``[lostmarks] verbs`` in ``assign.toml``) and the words
between it and the mark before them are a unit list (``unitlists.names_units_only``), those words are the line's
closing bracket, and ``restore_closing`` writes them so (``…等专项规划（省水利厅、…等部门负责）``): the bracket
grammar reads the units as any bracket's, and the text is the words before the opening mark, the stop the mark
swallowed not restored (tests/fixtures/README.md "A closing bracket whose marks a mis-decoding printed as `?`").  A
mark inside the wording (``配?逐步``) stays as printed.  Before, no paragraph of such a page closed with a bracket
and the page gave no row.

A store keeping only a page's opening may cut the notice inside its last item's closing bracket
(``…累计互认。（公安部、发展改革委、各省级有关部门等负责。以下任务均需各省级有关部门落``): where the notice's LAST line
opens a bracket that nothing closes, and the bracket's first clause is a unit list and a role verb, ``close_cut_bracket``
closes it after that clause, so the bracket grammar reads the units the store kept; the words after the clause, a note
the cut leaves unfinished (``以下任务均需…落``), are dropped, as they give nothing (tests/fixtures/README.md "A part of a
notice"; holdout atnoise-guojia-2022-371, batch 121: before, the item's assignment was lost and it gave no row).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .labels import assign_vocab
from .unitlists import names_units_only
from ..hanzi import simplified

#: the characters a line needs before the opening mark: a task's words, not a bare list
MIN_TASK_CHARS = 4


@lru_cache(maxsize=1)
def _lost() -> tuple[str, dict[str, str]]:
    table = assign_vocab()["lostmarks"]
    return table["marks"], dict(table["verbs"])


def restore_closing(line: str) -> str:
    """``line`` with its closing bracket written back where a mis-decoding printed its marks as ``?`` (the module's
    rule); ``line`` itself otherwise."""
    marks, verbs = _lost()
    body = line.rstrip()
    verb = simplified(body[-2:-1])   # 負 in a traditional copy
    if len(body) < MIN_TASK_CHARS + 4 or body[-1] not in marks or verb not in verbs:
        return line
    units_end = len(body) - 2
    opening = max(body.rfind(mark, 0, units_end) for mark in marks)
    if opening < MIN_TASK_CHARS or not names_units_only(body[opening + 1:units_end]):
        return line
    return f"{body[:opening]}（{body[opening + 1:units_end]}{verbs[verb]}）"


#: the marks a bracket's first clause ends at
_CLAUSE_END_RE = re.compile("[。；;]")
#: a bracket's opening and the closing it takes
_CLOSING = {"（": "）", "(": ")"}


def close_cut_bracket(lines: list[str], table_mark: str) -> list[str]:
    """``lines`` with the notice's last line's bracket closed where the store's cut left it open (the module's rule:
    its first clause a unit list, ``等`` aside, and a role verb, ``[lostmarks] verbs``); ``lines`` itself otherwise."""
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip()), None)
    if last is None or lines[last].startswith(table_mark):
        return lines
    line = lines[last].rstrip()
    at = max(line.rfind("（"), line.rfind("("))
    if at < MIN_TASK_CHARS or "）" in line[at:] or ")" in line[at:]:
        return lines
    stop = _CLAUSE_END_RE.search(line, at + 1)
    end = stop.end() if stop else len(line)
    clause = simplified(line[at + 1:stop.start() if stop else end])
    verb = next((v for v in _lost()[1].values() if clause.endswith(v)), None)
    units = clause[:-len(verb)] if verb else ""
    units = units[:-1] if units.endswith("等") else units
    if not units or not names_units_only(units):
        return lines
    return [*lines[:last], line[:end] + _CLOSING[line[at]], *lines[last + 1:]]
