"""Stage 5a, table: whether the numbered line printed right over a table heads it as its section.

A notice laid out one table per section prints a heading over each (一、做强实体经济 / table /
二、… / table): the heading over a table heads it where at least ``MIN_HEADED_TABLES`` tables of
the notice have one, since one numbered line over the only table may be the letter's last
paragraph.  A heading that names a list by its kind (一、10件民生实事任务分解表, 二、重点项目清单:
``names_a_list``) heads its table alone too: a letter's point names no list, and a county's
page may print nothing but that heading and its table.  Every reader of tables asks this one rule
(the HTML and attachment tables, ``forms.table_headings``; the text copies' grids).
"""
from __future__ import annotations

from ..hanzi import simplified
from ..numbering import split_section_label
from ..text import TRAILING_NOTE_RE, compact, vocab
from .table import MIN_HEADED_TABLES, is_table_heading


def heads_table(line: str, others: int) -> bool:
    """``line``, printed right over a table, heads it as its section: a table heading
    (``table.is_table_heading``) where ``others`` other tables of the notice have one too
    (``MIN_HEADED_TABLES`` in all), or one that names a list (``names_a_list``)."""
    return is_table_heading(line) and (others + 1 >= MIN_HEADED_TABLES or names_a_list(line))


def names_a_list(heading: str) -> bool:
    """The words of a numbered heading after its label end in a word only a list's own name ends
    with (``[metadata] list_ends``: 一、10件民生实事任务分解表, 二、重点项目清单, past a bracketed note
    after it); a section's theme (一、做强实体经济) or a letter's point (一、工作任务, 三、重点措施:
    words a table title may end with too) names none.  Such a heading heads the one table under
    it as its section (``heads_table``) and names it (``layout.tabletitle.part_heading_title``)."""
    words = TRAILING_NOTE_RE.sub("", compact(simplified(split_section_label(heading)[2])))
    return words.endswith(tuple(vocab()["metadata"]["list_ends"]))
