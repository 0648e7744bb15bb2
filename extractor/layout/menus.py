"""A portal's menu laid out as a table, which the locate stage drops before choosing the content.

Old portals lay their pages out in tables and print the site's column menu in a cell beside the content
(政务公开 / 区府文件 / 部门文件 …).  Such a table is no notice's table: it holds no task and no unit, and read as
one it stood before the letter as a table of the notice, so the letter after it lost its number, title, issuer,
date and recipients (blindsynth session 57 cause 2: a collection page whose content sits in a layout table beside
a menu table; holdout navcollection-pingqiao).  Two shapes are a menu: every word of the table is a link, or the
table is one column of short labels with no mark a sentence, a clause or a numbered item prints."""
from __future__ import annotations

import re

from ..numbering import split_numbering
from ..numerals import DIGIT_RANGES
from ..parse.grid import text_content, text_rows
from ..text import compact

#: a menu's label is a column's name: 栏目导航, 区政府办文件, ·市政府办公室文件 (9 characters with its bullet); a task,
#: a unit list or a heading is longer or prints a clause mark or a number
MENU_LABEL_MAX_CHARS = 10
#: a menu lists at least this many columns (its heading and two, or three columns); two short lines in a
#: one-column table may be anything (a signature and its date)
MENU_MIN_ROWS = 3
#: what a label of a menu never prints: the marks of a sentence, a clause, a field's value, and figures
_NOT_A_LABEL_RE = re.compile(f"[。，,；;：:！!？?、{DIGIT_RANGES}]")


def is_menu_table(table) -> bool:
    """``table`` is a portal's menu: a table whose every word is a link (``_is_link_menu``), or one column of
    short labels (``_is_label_column``).  A table holding a table is a layout, never a menu."""
    if table.find(".//table") is not None:
        return False
    return _is_link_menu(table) or _is_label_column(table)


def _is_link_menu(table) -> bool:
    """A table whose every word is a link: an old portal's menu (政务公开 | 区府文件 | …)
    laid out as a table, never a notice's table (its tasks are plain text)."""
    if table.find(".//a") is None:
        return False
    linked = sum(len(compact(text_content(a))) for a in table.iter("a"))
    return linked == len(compact(text_content(table)))


def _is_label_column(table) -> bool:
    """``table`` has at least ``MENU_MIN_ROWS`` rows of text, each a single cell of text holding a short label
    (``MENU_LABEL_MAX_CHARS``, no ``_NOT_A_LABEL_RE`` mark, no item number): a menu printed as plain cells (a site
    whose links are scripts on the cells).  A notice's one-column table (a list of tasks, of units, of headings)
    prints sentences, clause marks, numbers, or names longer than a column's."""
    rows = 0
    for _cells, filled in text_rows(table):
        if len(filled) > 1:
            return False
        label = filled[0]
        if len(label) > MENU_LABEL_MAX_CHARS or _NOT_A_LABEL_RE.search(label) or split_numbering(label) is not None:
            return False
        rows += 1
    return rows >= MENU_MIN_ROWS
