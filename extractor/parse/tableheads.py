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

import re

from ..hanzi import simplified
from ..numbering import split_section_label
from ..numerals import DIGIT_RANGES
from ..text import SENTENCE_ENDS, TRAILING_NOTE_RE, compact, opens_part, vocab
from .table import MAX_TABLE_HEADING, MIN_HEADED_TABLES, is_table_heading

#: an unnumbered line heading a table is at least this long: a name and what its part holds
#: (王某某市长主抓重点工作); a shorter one is a label (单位：, 续表)
MIN_BARE_HEADING = 6


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


_BARE_HEADING_BAR_RE = re.compile(f"[{DIGIT_RANGES}:：（(]")

#: a person's name printed alone is this many characters long, surname included (王伟 .. 欧阳某某)
PERSON_NAME_CHARS = (2, 4)


def is_person_name(line: str) -> bool:
    """``line`` (white space taken out: 孙 昊, a name spaced to the width of three) is a person's name: two
    to four ideographs (``PERSON_NAME_CHARS``) opening with a common surname (``[people]`` in vocab.toml,
    matched in simplified characters: 陳立新 as 陈立新).
    A leader's name printed alone over each table heads it as a longer line naming the leader would
    (``is_bare_table_heading``)."""
    text = compact(line)
    if not PERSON_NAME_CHARS[0] <= len(text) <= PERSON_NAME_CHARS[1] or not all("\u4e00" <= ch <= "\u9fff" for ch in text):
        return False
    people, simple = vocab()["people"], simplified(text)   # a traditional copy's 陳, 劉: the surnames are listed simplified
    return simple[0] in people["surnames"] or (len(simple) > 2 and simple[:2] in people["compound_surnames"])


def is_bare_table_heading(line: str) -> bool:
    """``line``, printed right over a table with no section number, may head it as its part: a
    short line (``MIN_BARE_HEADING`` to ``table.MAX_TABLE_HEADING``, or a person's name alone:
    ``is_person_name``) that ends no sentence, prints
    no digit, colon or bracket (an attachment's mark 附件1, a table's year and name, 单位：万元, （续表）),
    opens no part and names no list (``names_a_list``: a table's own title).  Whether it does is the
    caller's: only where every such line over two or more tables differs (``forms.table_headings``)."""
    text = compact(line)
    return ((MIN_BARE_HEADING <= len(text) or is_person_name(text)) and len(text) <= MAX_TABLE_HEADING
            and not text.endswith(SENTENCE_ENDS)
            and not _BARE_HEADING_BAR_RE.search(text) and not opens_part(text) and not names_a_list(text)
            and split_section_label(text)[1] is None)
