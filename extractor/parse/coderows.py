"""Rows coded by an assessment system's indices, a cell a line (``parse_coded_rows``, form ``text-bl``).

A city breaking an assessment system down among its units (a 全国文明城市 测评体系's items: what each unit is to show
the inspectors) prints the system's indices at their levels, each by the level's Roman numeral and the index's
number run into its name (``Ⅰ—1…`` over ``Ⅱ—1…`` over ``Ⅲ—1健全学习制度``), and under the deepest index its content
items, each coded by that index's code and a third part (``Ⅲ-1-①``, ``Ⅲ-1-②``: the table's 分类编号).  A copy
that flattened the table prints a cell a line: the coded item run into its content, the material to supply
(``提供…。``), the units (``市委宣传部、市委组织部、各区``)::

    Ⅲ—1健全学习制度
    Ⅲ-1-①把学习…作为一项政治任务，制定具体学习计划；
    提供…学习计划和实施方案。
    市委宣传部、市委组织部、市委党校、各区

tests/fixtures/README.md ("Rows coded by an assessment system's indices") says how it reads: each coded item is
one measure, its number the code's last part (① -> 1), its section the deepest index over it (label the code as
printed, title the index's name, number the index's number); the higher indices are outer levels and no sections;
the text is the content as printed; the lines after it up to the first that is a unit list and nothing else
(``unitlists.names_units_only``) are the material, kept as the row's note (``assign.NOTE_KEY``: the copy prints no
name for the column), and that line is the units, who all lead, as a 责任单位 list naming no lead does; a line
after the units that reads as a deadline is the row's deadline.  A row whose lines name no unit is no measure, and
fewer than ``MIN_CODED_ROWS`` read rows are no such list (a code quoted in prose).

The grammar is the codes' alone, on the folded copy (``text.fold``): a Roman numeral (``ROMAN_NUMERALS``), a dash of
any width, the index's number, and for an item a dash and its place (a circled number or digits).  A mirror that
printed the numerals as escaped references (``&#8546;``) has them read back before any line is read
(``layout.noise.unescape_twice``).  docs/forms.md, text-bl.
"""
from __future__ import annotations

import re

from .assign import NOTE_KEY
from .cellkinds import reads_as_deadline
from .unitlists import names_units_only
from ..models import TABLE_MARK, DraftMeasure, Located, ParsedTable, Section
from ..numbering import circled_to_int, printed_label
from ..numerals import CIRCLED_RANGE, is_circled
from ..text import fold

#: a list of coded rows reads at least this many rows with units (one code in a letter's prose is no list)
MIN_CODED_ROWS = 2
#: the Roman numerals a level is printed by (Ⅰ … Ⅻ and their small forms)
ROMAN_NUMERALS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ"
_NUMERAL_SET = frozenset(ROMAN_NUMERALS)
#: the dashes a code parts its numbers by (hyphen, en and em dashes, the full-width hyphen folded to -)
_DASH = r"\s*[-‐‑–—―─]+\s*"
#: an index: numeral, dash, number, then its name (no third part)
_INDEX_RE = re.compile(rf"\s*(?P<label>[{ROMAN_NUMERALS}]{_DASH}(?P<no>\d{{1,3}}))(?![\d.])(?!{_DASH}[\d{CIRCLED_RANGE}])"
                       r"\s*(?P<name>\S.*)$")
#: a coded item: its index's code, a dash, its place (circled or digits), then its content
_ITEM_RE = re.compile(rf"\s*(?P<index>[{ROMAN_NUMERALS}]{_DASH}\d{{1,3}}){_DASH}"
                      r"(?P<place>[" + CIRCLED_RANGE + r"]|\d{1,2}(?![\d.%]))\s*(?P<text>\S.*)$")


def parse_coded_rows(located: Located) -> ParsedTable | None:
    """The measures of a list of coded rows printed a cell a line (module doc), or None."""
    lines = [ln for ln in located.lines if not ln.startswith(TABLE_MARK)]
    if not any(ln.lstrip()[:1] in _NUMERAL_SET for ln in lines):
        return None    # almost every page: no line opens with a Roman numeral
    folded = [fold(ln) for ln in lines]
    opens = [_ITEM_RE.match(f) is not None or _INDEX_RE.match(f) is not None for f in folded]
    sections: dict[str, Section] = {}
    measures: list[DraftMeasure] = []
    for i, copy in enumerate(folded):
        index = _INDEX_RE.match(copy)
        if index is not None:
            label = printed_label(lines[i][index.start("label"):index.end("label")])
            sections[_key(index["label"])] = Section(int(index["no"]), label, lines[i][index.start("name"):].strip())
            continue
        item = _ITEM_RE.match(copy)
        if item is None:
            continue
        rest = lines[i + 1:next((k for k in range(i + 1, len(lines)) if opens[k]), len(lines))]
        draft = _row(item, lines[i], rest, sections.get(_key(item["index"])))
        if draft is not None:
            measures.append(draft)
    if len(measures) < MIN_CODED_ROWS:
        return None
    held = {id(d.section) for d in measures}
    return ParsedTable(tuple(s for s in sections.values() if id(s) in held), tuple(measures))


def _unit_line(line: str) -> bool:
    """A line printing a unit cell: a unit list and nothing else (``unitlists.names_units_only``; the material,
    ``提供党委、政府的…方案。``, opens with a name's words but lists none)."""
    return names_units_only(line.strip())


def _key(code: str) -> str:
    """An index's code without its dash and spaces (``Ⅲ—1`` and ``Ⅲ-1`` name one index)."""
    return re.sub(_DASH, "-", code)


def _row(item: re.Match, line: str, rest: list[str], section: Section | None) -> DraftMeasure | None:
    """The measure of a coded item (``item`` matched on ``line``'s folded copy) and the lines after it up to the next
    code, or None when none of them names units."""
    at = next((k for k, ln in enumerate(rest) if _unit_line(ln)), None)
    if at is None:
        return None
    place = item["place"]
    extra = {NOTE_KEY: "".join(rest[:at])} if at else {}
    after = rest[at + 1:at + 2]
    deadline = after[0] if after and reads_as_deadline(after[0]) else None
    return DraftMeasure(section, circled_to_int(place) if is_circled(place) else int(place),
                        line[item.start("text"):].strip(), lead_cells=(rest[at],), deadline=deadline,
                        form="text-bl", extra=extra, from_responsible=True)
