"""A table of at most ``LAYOUT_MAX_ROWS`` rows with text and a cell of a whole notice run together lays out the
page (``htmllines._holds_run_on_notice``).  Its rows are read only until one too many holds text (session 54: the
whole list of a task table's rows was read first); it answers as the former code did, for random tables of
rows with and without text (white space, empty cells, nested markup) and cells short and long."""
from __future__ import annotations

import random

from lxml import etree

from extractor.layout.htmllines import LAYOUT_MAX_ROWS, LAYOUT_RUN_ON_MIN_CHARS, _holds_run_on_notice


def _former(table) -> bool:
    filled = [tr for tr in table.iter("tr") if any(t.strip() for t in tr.itertext())]
    if len(filled) > LAYOUT_MAX_ROWS:
        return False
    return any(len("".join(cell.itertext()).strip()) >= LAYOUT_RUN_ON_MIN_CHARS for cell in table.iter("td", "th"))


def _cell(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return "<td></td>"
    if kind == 1:
        return "<td> \u3000\xa0</td>"
    if kind == 2:
        return f"<td>{'市' * rng.choice([1, 20, LAYOUT_RUN_ON_MIN_CHARS - 1, LAYOUT_RUN_ON_MIN_CHARS])}</td>"
    if kind == 3:
        return f"<th><span>{'字' * rng.randrange(300)}</span>{'文' * rng.randrange(300)}</th>"
    return "<td><br/> </td>"


def test_as_the_former_code_on_random_tables():
    rng = random.Random(54)
    answers = []
    for _ in range(3000):
        rows = "".join("<tr>" + "".join(_cell(rng) for _ in range(rng.randint(1, 3))) + "</tr>"
                       for _ in range(rng.randint(0, 2 * LAYOUT_MAX_ROWS + 2)))
        table = etree.HTML(f"<html><body><table><tbody>{rows}</tbody></table></body></html>").find(".//table")
        answers.append(_former(table))
        assert _holds_run_on_notice(table) is answers[-1], rows
    assert answers.count(True) > 300 and answers.count(False) > 300
