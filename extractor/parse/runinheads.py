"""Headings a copy ran into what follows them, told apart for ``breakrepair.repair_breaks``.

A converted page may lose the breaks after a list's name and inside its first part (``某州…整改措施清单一、认识不深(一)
部分…``), and an 整改 list numbers its problems on through its parts, so a later part's heading runs into a problem
numbered past 1 (``二、治污设施建设滞后(三)…``).  These are the tests the text layer's cutting asks (docs/parsing.md,
"A notice run into one line"; holdout runlabels-chuxiong, batch 95), with the one that keeps a year's listed months
(``2021年1、2月``) from being read as a label.
"""
from __future__ import annotations

from typing import Callable

from ..hanzi import simplified
from ..lazyre import lazy_re
from ..numbering import counts_before
from ..text import SENTENCE_ENDS, plan_name_ends

#: a list's name run into its first part's label (``…整改措施清单一、认识不深（一）…``): at most this long
RUN_IN_NAME_MAX_CHARS = 60
#: the first part's label a list's name may run into
_FIRST_PART_RE = lazy_re(r"一[、.．]")
#: marks that end a sentence (and so no list's name holds): full stops, semicolons, ! and ?
_SENTENCE_MARKS = (*SENTENCE_ENDS, "！", "？", "!", "?")


def list_name_run_in(line: str, cuts_heading: Callable[[str], bool]) -> int | None:
    """Where a paragraph opening with a list's name runs straight into its first part's heading and that heading
    into its first sub-section (``楚雄州…问题整改措施清单一、认识不深（一）部分领导干部…``: a converted page that lost
    the breaks after the name), or None: the name ends in a list's or a plan's word (``text.plan_name_ends``: 清单,
    方案, 分工表 …) with no sentence end in it, at most ``RUN_IN_NAME_MAX_CHARS``, and the part's label (一、, numbered
    1) opens a heading ``cuts_heading`` cuts (the text layer's run-in sub-heading test).  A name printed alone on its
    line, or one running into prose, stays as it is."""
    m = _FIRST_PART_RE.search(line, 2, RUN_IN_NAME_MAX_CHARS + 1)
    if m is None:
        return None
    name, rest = line[:m.start()], line[m.start():]
    if not simplified(name).endswith(plan_name_ends()) or any(ch in name for ch in _SENTENCE_MARKS):   # 清單 too
        return None
    return m.start() if cuts_heading(rest) else None


def opens_under(no: int | None, head_no: int | None, section_kind: bool) -> bool:
    """A deeper label numbered ``no`` can open the items of a section numbered ``head_no``: numbered 1, or, a
    sub-section's label (（三）, ``section_kind``) under a later part (二、 on), numbered on from the parts before it
    (``二、治污设施建设滞后（三）部分县市…``: an 整改 list numbering its problems on through its parts), at least the
    part's own number.  A digit's label numbered on is a number inside the heading's words (（二）落实3、4号文件)."""
    return no == 1 or (section_kind and no is not None and head_no is not None and 1 < head_no <= no)


#: numbers listed right after a year's 年 (``2021年1、2月``, ``2020年3、4月份``): the months of a date
_YEAR_LIST_RE = lazy_re(r"(?<=年)\d{1,2}、\d{1,2}")


def lists_dates(folded: str, pos: int) -> bool:
    """The label at ``pos`` is the first of numbers a year's 年 lists before their unit (``2021年1、2月``:
    ``numbering.counts_before``), a date, never an item's label: run into a heading's words
    (``（一）时间安排2021年1、2月完成…``), such a 1、 opened the section's item there."""
    m = _YEAR_LIST_RE.match(folded, pos)
    return m is not None and counts_before(folded, m.end())
