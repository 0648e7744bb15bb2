"""Stage 4, metadata: a plan's heading printed over lines, read as one.

A heading centred over two or three lines (某州冬春季人居环境整治 / 专项行动方案) is joined only where the lines read
together as a title and the first alone does not (``wrapped_title``), looking down from its first line (after a
letter's signature) or up from its last (right over a table or the first item: ``wrapped_from_above``).  A copy that
sets a blank line after every line (``hardwraps.blank_spaced``) prints one between the heading's lines too: those
blanks are spacing (``past_spacing``, ``lines_over``).  ``tabletitle.py`` asks it; the words that make a line a
title's (``names_a_plan``, ``names_a_letter``, ``may_be_table_title``) live here with it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .dates import is_date_line
from .titlelines import names_division
from ..hanzi import simplified
from ..numbering import SECTION_RE, split_numbering
from ..parse.hardwraps import blank_spaced, spacing_blanks
from ..parse.roles import header_words
from ..text import ATTACHMENT_MARK_RE, TRAILING_NOTE_RE, alternation, close_cjk_gaps, compact, is_bracket_note, is_garbled, plan_name_ends, vocab

#: a title wraps over at most this many lines after its first
TITLE_MAX_EXTRA_LINES = 2
#: a table title or caption is one line; a longer text there is body text
TABLE_TITLE_MAX_CHARS = 80


#: the first line of a heading centred over two lines opens with the year its plan covers (2022年《政府工作报告》 /
#: 目标任务责任分解方案), or with its place's or its body's name and the year (西工区2022年民生实 / 事项目任务分工方案;
#: 某街道2025年稳经 / 济促发展…, 某省发展和改革委员会2022年重点工作 / 任务分解表: blindsynth seeds 1-8000, session 66,
#: where a name ending in no level word kept the second line alone): a line of the page's chrome over the heading (附件,
#: 发布, a site's name) opens with no year after at most ``HEADING_NAME_MAX_CHARS`` characters of a name
HEADING_NAME_MAX_CHARS = 20
_HEADING_YEAR_RE = re.compile(r"[\u4e00-\u9fff]{0,%d}(?:19|20)\d{2}年" % HEADING_NAME_MAX_CHARS)


#: a day printed in digits (2023年4月15: a signature's date whose 日 a copy lost, which ``is_date_line`` reads as no
#: date): no line of a heading
_DAY_RE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}")


def wrapped_from_above(above: Sequence[str], last: str) -> str:
    """``last``, the line over an outline that names its plan, with the lines over it it closes: a heading
    centred over two lines (``2022年《政府工作报告》`` / ``目标任务责任分解方案``) whose first line opens with the plan's
    year after at most a name (``_HEADING_YEAR_RE``), ends unlike a title (or as one the next line completes as a
    division of tasks) and reads with the rest as one (``wrapped_title``, started at each of ``above`` from the nearest); ``last`` as it is where none does, or where the line under one prints it
    again with more (a page's heading over the table's name, holdout qtrprog-yueyanglou)."""
    for k in reversed(range(len(above))):
        first = above[k].strip()
        lines = [*(line.strip() for line in above[k + 1:]), last]
        if not first or is_sentence(first) or is_date_line(first) or not may_be_table_title(first) \
                or (names_a_plan(first) and not _completes_division(first, lines[0])) or names_a_letter(first) \
                or ATTACHMENT_MARK_RE.match(first) or is_bracket_note(first) or _DAY_RE.search(first):
            break   # a sentence, a date, another title, an 附件 mark or a note (（此件公开发布）): the heading starts under it;
            # a line ending as a title may (…民生实事项, …政府工作报告) goes on only where the next completes a division
            # of tasks with it (/ 目任务清单, / 重点工作任务分工: ``_completes_division``)
        if _HEADING_YEAR_RE.match(simplified(lines[0])):
            break   # the line under it opens with a name and a year of its own: a heading of its own, no line's rest
            # (a page's heading 某城市群2024年工作要点 over the list's 某城市群发展2024年重点任务清单)
        if compact(lines[0]).startswith(compact(first)):
            break   # the line under it prints it again and more (a page's heading over the table's own name: …完成情况 /
            # …完成情况一览表): no piece of one heading, which never repeats its words
        if not _HEADING_YEAR_RE.match(simplified(first)):
            continue
        joined = wrapped_title(first, lines)
        if joined == first + "".join(lines):
            return joined
    return last



def names_a_plan(line: str) -> bool:
    """``line`` names a document or a list by its kind (…实施方案, …任务清单, …责任分解（2023年）:
    ``[metadata] title_ends`` and ``table_title_ends``), past a bracketed note after it.  The heading over
    a page's outline that names none (…上半年推进情况, a progress report's own title printed again over
    its text) heads no plan: no table title."""
    s = TRAILING_NOTE_RE.sub("", compact(simplified(line)))   # …责任分解（2023年）: no part of its kind
    return s.endswith(plan_name_ends())


def names_a_letter(line: str) -> bool:
    """``line`` is a letter's title (``[metadata] letter_title_ends``: …的通知, …的函): it heads the
    notice's letter, not a list, so it heads no outline as its table title."""
    return compact(simplified(line)).endswith(tuple(vocab()["metadata"]["letter_title_ends"]))



#: a sentence leading in to the list under it (…，现将重点工作列出如下：, …作出如下安排：, …提出以下意见：: 如下 or
#: 以下 and at most a short word before the colon; a recipients line, which also ends with a colon, never says so)
_LEAD_IN_RE = re.compile(r"(?:如下|以下)[\u4e00-\u9fff]{0,4}\s*[:：]$")



def is_sentence(line: str) -> bool:
    """A paragraph of text, not a heading: it ends with a full stop, or it leads in to the list
    under it (…，现将2023年度重点工作列出如下：)."""
    return line.endswith("。") or _LEAD_IN_RE.search(line) is not None



def may_be_table_title(line: str) -> bool:
    """Short, no sentence's or list's end, no portal label (来源：…, 编辑：…), not a number alone (a PDF page's
    ``51`` over the header its next page prints again: holdout pdfwrapcells-zhejiang, batch 112, was titled so), and
    no bar dump's cell mark between its words (``工作任务 | 具体要求``: a header row the copy broke, holdout
    semicells-taishan, batch 130, was titled so; a one-cell title row closed by its bar, ``…台账 |``, stays one)."""
    return (0 < len(line) <= TABLE_TITLE_MAX_CHARS and not line.endswith(("。", "：", ":", "，", ","))
            and not line.strip().isdigit() and _info_label_start().match(line) is None
            and "|" not in line.strip().strip("|"))


@lru_cache(maxsize=1)
def _info_label_start() -> re.Pattern:
    """A line opening with one of the portal's page-information labels and a colon."""
    return re.compile(r"^(?:%s)\s*[:：]" % alternation(vocab()["boilerplate"]["info_labels"]))


def wrapped_title(first: str, following) -> str:
    """A heading centred over two or three lines (某州冬春季人居环境整治 / 专项行动方案) joined:
    only when ``first`` does not end like a title and the joined lines do (``[metadata]
    title_ends`` and ``table_title_ends``), or when the next line opens with a joining word
    (``[metadata] title_joiners``: 2023年省《政府工作报告》任务分解 / 和责任分工方案, where the first
    line ends like a title too), or when the joined lines name a division of tasks where the line above
    ends only in a word a title may go on from (2022年市《政府工作报告》目标任务 / 责任分解方案:
    ``_completes_division``); otherwise ``first`` as it is.  A title so read that ends like one takes the line
    under it when that is only its edition or years in brackets (``_names_edition``: 某市…若干政策 / （2025年版）);
    a line that does not end like a title yet is no whole name for a note to close (某县秸秆综合利用 / （2022—2024年）).
    A kind of document too short to end a name alone ends one after 的 (``[metadata] de_title_ends``: …工作的令)."""
    voc = vocab()["metadata"]
    ends = (*plan_name_ends(), *("的" + kind for kind in voc["de_title_ends"]))   # …工作的令: only after 的
    title, used = first, 0
    joined = first
    for n, nxt in enumerate(following, 1):
        nxt = nxt.strip()
        if (compact(simplified(joined)).endswith(ends) and not simplified(nxt).startswith(tuple(voc["title_joiners"]))
                and not _completes_division(joined, nxt)):
            break
        if (not nxt or is_date_line(nxt) or is_garbled(nxt) or SECTION_RE.match(nxt)
                or not may_be_table_title(joined + nxt)):
            break
        joined += nxt
        if compact(simplified(joined)).endswith(ends):
            title, used = joined, n
            break
    rest = following[used:used + 1]
    if rest and _names_edition(rest[0]) and compact(simplified(title)).endswith(ends):
        return title + rest[0].strip()
    return title



#: a bracket holding only a year or a span of years, as an edition (（2025年版）, （2023年修订）) or the years a plan
#: covers (（2022—2024年）): printed on its own line under a title, it is the title's last words
_EDITION_RE = re.compile(r"[（(](?:19|20)\d{2}(?:年度?)?(?:[-—–~～至](?:19|20)\d{2}年?度?)?(?:版|修订版|修订|修正)?[)）]")


def _names_edition(line: str) -> bool:
    """``line`` is only a bracketed edition or span of years (``_EDITION_RE``), no date."""
    s = compact(simplified(line))
    return _EDITION_RE.fullmatch(s) is not None and not is_date_line(s)


def _completes_division(line: str, nxt: str) -> bool:
    """``nxt`` completes ``line`` as the name of a division of tasks (``titlelines.names_division``:
    …目标任务 / 责任分解方案): ``line`` ends in a word a title may end with or go on from (任务, 措施,
    事项: ``[metadata] table_title_ends``) but names no kind of document (方案, 计划: ``title_ends``)
    and no division itself, and the two together name one; a line ending with the document the division divides
    (``[metadata] divided_documents``: …2025年政府工作报告 / 重点工作任务分工) ends with no kind of its own."""
    s = compact(simplified(line))
    voc = vocab()["metadata"]
    return ((not s.endswith(tuple(voc["title_ends"])) or s.endswith(tuple(voc["divided_documents"])))
            and not names_division(s) and names_division(s + compact(simplified(nxt))))



def past_spacing(line: str, following: Sequence[str], spaced: bool) -> list[str]:
    """The ``TITLE_MAX_EXTRA_LINES`` lines printed under ``line``: in a copy that sets a blank line after every line
    (``spaced``: ``hardwraps.blank_spaced``) the single blanks between them are spacing, passed, so a heading centred
    over two lines reads on over the blank between them (某区2025年民生实 / (blank) / 事项目任务清单: blindsynth session 65
    cause 3, where before the first line alone was the table's title); elsewhere a blank ends the heading."""
    if not spaced:
        return list(following[:TITLE_MAX_EXTRA_LINES])
    window = [line, *following[:2 * TITLE_MAX_EXTRA_LINES]]
    spacing = spacing_blanks(window)
    return [s for k, s in enumerate(window) if k and k not in spacing][:TITLE_MAX_EXTRA_LINES]



def lines_over(lines: Sequence[str], at: int) -> list[str]:
    """The ``TITLE_MAX_EXTRA_LINES`` lines printed over ``lines[at]``, nearest last: in a copy that sets a blank line
    after every line (``hardwraps.blank_spaced``) past the single blanks between them (``past_spacing`` upwards)."""
    if not blank_spaced(lines[:at + 1]):   # (the lines down to it: a table's quoted cells under it break lines unspaced)
        return list(lines[max(0, at - TITLE_MAX_EXTRA_LINES):at])
    window = [*lines[max(0, at - 2 * TITLE_MAX_EXTRA_LINES):at], lines[at]]
    spacing = spacing_blanks(window)
    return [s for k, s in enumerate(window[:-1]) if k not in spacing][-TITLE_MAX_EXTRA_LINES:]


#: the numbering kind of a notice's outermost 第X division (第二部分, 第一篇: ``numbering.DIVISION_KINDS``)
PART_KIND = "part"


def names_a_part(lines: Sequence[str], title: str | None) -> bool:
    """Whether ``title`` is the name a part heading prints after its label (``第二部分 主動公開基本目錄``:
    ``part_named``): a part's name names that part of the document, never the whole notice, so it is no title of
    the notice where the page prints none (holdout tradcat-suixi-2021-1: its catalogue is the page's second part,
    under its 概述)."""
    return bool(title) and any(part_named(line.strip()) == title for line in lines)


def part_named(line: str) -> str | None:
    """The name a part heading right over a table prints after its label (``第二部分 主動公開基本目錄`` ->
    ``主動公開基本目錄``), when it may be a title (no sentence, no colon), else None.  It is the table's title where
    nothing above the part line names one (a date, the signature or a sentence comes first): the part label is no
    word of the title, as ``附件1`` is none (tests/fixtures/README.md "A disclosure catalogue's rows"; holdout
    tradcat-suixi-2021-1, batch 114, whose catalogue follows its 概述's signature).  Where a title line stands over the
    part line, that line is the title as before."""
    numbered = split_numbering(line)
    if numbered is None or numbered[0] != PART_KIND:
        return None
    rest = numbered[4].strip()
    if not rest or not may_be_table_title(rest) or re.search(r"[:：；;。]", rest):
        return None
    return close_cjk_gaps(rest)


#: the marks a text grid's cells are parted by (a text-bar copy's ``|``, a tab)
_GRID_CELL_RE = re.compile(r"\s*[|｜\t]\s*")


def grid_title_row(lines: Sequence[str], at: int | None) -> str | None:
    """The title row a text grid opens with: its first line (``lines[at]``) holding ONE cell that may be a title
    (``| 主动公开事项目录 | |||||``, ``2021 年政务公开工作重点任务台账 |``), right over a line of at least
    ``MIN_HEADER_CELLS`` cells (the header), naming a document or a list by its kind (``names_a_plan``) and no column's
    word (a header broken over two lines prints ``| 责任单位 |`` alone: holdout semicells-taishan-2021-1), the gaps an
    extraction left dropped; else None.  It is the table naming
    itself, as an HTML table's one-cell first row is (``tabletitle._table_caption``), and like it names the table, not
    the notice: ``metadata`` asks it last for the table title and never takes it for the title (tests/fixtures/README.md
    "A disclosure catalogue's rows"; holdout subheadcat-guyang-2025-1, batch 114, and ledgerbox-guangdong-2021-1, whose
    grids open so: before, no table title)."""
    if at is None or at + 1 >= len(lines):
        return None
    cells = [c for c in _GRID_CELL_RE.split(lines[at].strip()) if c]
    header = [c for c in _GRID_CELL_RE.split(lines[at + 1].strip()) if c]
    if len(cells) != 1 or len(header) < MIN_HEADER_CELLS:
        return None
    cell = cells[0]
    if not may_be_table_title(cell) or re.search(r"[:：；;。]", cell) or not names_a_plan(cell) \
            or compact(simplified(cell)) in header_words():
        return None   # (a header broken over two lines, 工作任务 | 具体要求 / | 责任单位 |: a column's word, no title)
    return close_cjk_gaps(cell)


#: a header under a title row names at least this many columns (a task and its unit)
MIN_HEADER_CELLS = 2
