"""Line-break repair (stage 4, the text layer's ``textlayer.prepare``): a line holding a run of its own numbering
(``一、… 1.… 2.… 二、… 3.…``) split before each label of the run.

Only labels that continue their sequence count (2 after 1, 二 after 一: ``_sequence``), so a number inside a sentence
(``增长3.5%``) never splits.  A line opening with a label is split where its own run goes on in it; a line of a notice
that lost its line breaks (``textlayer.is_run_on``) is split at every run of its numbering kinds, the joints a
mirror's copy leaves between items cut too (label lines, a deadline's end, ▲ marks, cards' numbers, range lines), and
a section's heading run straight into its first sub-heading is cut there (``cuts_first_subheading``).  The locate
stage's run-on splitter (``runon.split_run_on``) asks the same of the notice's body (docs/parsing.md, "A notice run
into one line").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable

from .itemjumps import after_assignment, closed_under_heading, opens_lost_list, skips_to
from .labels import label_re, label_search, match_copy
from .levellabels import level_label_start
from .ranges import range_line_starts
from .roles import text_label_words
from .valueends import PARAGRAPH_ENDS as _PARAGRAPH_ENDS, bullet_items, deadline_ends, topics_after_units
from .runinheads import list_name_run_in, lists_dates as _lists_dates, opens_under
from ..brackets import ANY_CLOSERS, ANY_OPENERS, bracket_balance
from ..text import COLONS, fold, vocab
from ..numbering import ITEM_MARKS
from ..numerals import (ASCII_DIGITS, CIRCLED, CIRCLED_RANGE, CN_FORMAL_DIGITS, CN_FORMAL_TEN, CN_HUNDRED, CN_ORDINALS,
                        CN_ZERO, CN_ZERO_WORD, FULL_WIDTH_DIGITS, PAREN_CN, PAREN_CN_CHARS, circled_to_int, cn_to_int,
                        is_circled, paren_cn_to_int)
from ..lazyre import lazy_re

#: labels of one numbering kind needed to split a line that opens with a label
MIN_SEQUENCE = 2
#: numbers a run of labels in a notice that lost its breaks may go on over (a preview's gap that cut one item's
#: label away), when the label after them is continued by the next (``_sequence``)
LOST_NUMBERS = 1

#: the numerals a heading's label counts in, the formal ones too (壹 for 一: a converter's copy prints its headings
#: 壹、 贰、, ``numerals.CN_DIGITS``), so a notice of such a copy run into one line is split before them as well
_CN = CN_ORDINALS + CN_FORMAL_DIGITS + CN_FORMAL_TEN


def _label_patterns(after: str) -> tuple:
    """One pattern per numbering kind (一、 （一） 1. （1） ① 1-1) on the folded text; （一）'s kind takes its one-character
    form ㈠ … ㈩ too (``numerals.PAREN_CN``, read as （一） … （十） by the numbering grammar)."""
    return (lazy_re(after + rf"([{_CN}]{{1,3}})、"),
            lazy_re(after + rf"(?=\([{_CN}]{{1,3}}\)|[{PAREN_CN}])\(?([{_CN}]{{1,3}}|[{PAREN_CN}])\)?"),
            lazy_re(after + r"(\d{1,3})(?:、| ?\.(?!\d))"), lazy_re(after + r"\((\d{1,3})\)"),
            lazy_re(after + f"([{CIRCLED_RANGE}])"),
            lazy_re(after + r"(\d{1,2}[.\-－]\d{1,3})(?![\d.%年月日号万亿])"))


#: an item numbered by section and place (2-3) is counted as section * PLACE + place, so
#: its run goes on within a section (2-3 after 2-2) and into the next (3-1 after 2-3)
PLACE = 1000


#: in a line with its breaks, a label follows the start, a sentence end, a
#: closing bracket or a space (``_ITEM_END``: an item's end)
_ITEM_END = "。；;！!？?）)]】 "
_LABELS = _label_patterns(r"(?:^|(?<=[。；;！!？?）)\]】 ]))")
#: in a notice that lost its breaks, the mirror joined the lines with nothing
#: (``…任务分解表一、稳定经济增长1．全年…``): any character but a digit (12. is
#: not 2.) or 第 (第3、4季度) may come before a label; continuity decides
_LOOSE_LABELS = _label_patterns(r"(?<![\d第])")


#: characters a numbering label can open with (as printed, before folding)
_LABEL_STARTS = frozenset(ASCII_DIGITS + FULL_WIDTH_DIGITS + "(（" + _CN + CIRCLED + PAREN_CN_CHARS)


def repair_breaks(line: str, lost_breaks: bool = False) -> list[str]:
    """``line``, split before each label of the numbering it runs through,
    or ``[line]``.

    Only a line of a notice that lost its line breaks (``lost_breaks``), or
    one that opens with a label whose own sequence continues inside it
    (``1.… 2.…``), is split: a list inside an item (``（1）…（2）…``) stays
    that item's text.
    """
    if not lost_breaks and line and line[0] not in _LABEL_STARTS \
            and (cut := list_name_run_in(line, cuts_first_subheading)) is not None:
        return [line[:cut].strip(), *repair_breaks(line[cut:].strip())]
    if not lost_breaks and (not line or line[0] not in _LABEL_STARTS):
        return [line]   # most lines: no label at the start, and no run-on notice
    folded = fold(line)
    labels = [[(m.start(), _number(m.group(1))) for m in rx.finditer(folded) if not _lists_dates(folded, m.start())]
              for rx in (_LOOSE_LABELS if lost_breaks else _LABELS)]
    closed = after_assignment(folded) if lost_breaks else None   # where an item's assignment bracket closed
    tail = _after_label_line(folded) if lost_breaks else None   # a page opening with the last page's label lines
    found = [_sequence(kind_labels, restarts, gaps=closed, tail=tail) for kind_labels, restarts in zip(labels, _LONE_RESTARTS)]
    for kind in _SECTION_KINDS if lost_breaks else ():
        if not found[kind]:   # a later page of a split copy: its first heading numbered on (四、, （四）)
            run = _page_headings(folded, kind)
            # a lone （四） heads a part where the page's items are cut around it; alone it would be the line's one cut
            # and keep its other joints from reading it (spaceduties: duties by subject parted by spaces, then （七）…)
            found[kind] = run if kind == 0 or len(run) >= MIN_SEQUENCE or any(found) else []
    if lost_breaks:   # a first section of one item, its heading run straight into it
        headings = sorted(pos for kind in _SECTION_KINDS for pos, _no in found[kind])
        found = [_sequence(labels[k], restarts, _under_heading(folded, headings),
                           closed_under_heading(closed, _under_heading(folded, headings), headings), tail) if restarts == "later"
                 else chain
                 for k, (chain, restarts) in enumerate(zip(found, _LONE_RESTARTS))]
    if lost_breaks:   # a digest that left a list's first items out: its run opens right under an item's heading
        found = _opened_under_items(folded, labels, found)
    if not lost_breaks:
        opener = next((chain for chain in found if chain and chain[0][0] == 0), None)
        if opener is None or len(opener) < 2 or opener[1][1] != opener[0][1] + 1:
            sub = _first_subheading(folded)
            return [line] if sub is None else [line[:sub].strip(), *repair_breaks(line[sub:].strip())]
    least = 1 if lost_breaks else MIN_SEQUENCE   # a lone 一、 heading in a run-on notice counts
    cuts = {pos for chain in found if len(chain) >= least for pos, _no in chain}
    if lost_breaks:
        cuts |= _card_numbers(folded) | _division_joints(folded) | _bare_numbers(folded)
    cuts.discard(0)
    if lost_breaks and not cuts:   # a list of bullets and no number (●…牵头单位：县经信局●…)
        cuts = bullet_items(folded) - {0}
    if not cuts:
        return [line]
    if lost_breaks:
        cuts |= _label_joints(folded, min(cuts))
        cuts |= deadline_ends(folded, cuts) | topics_after_units(folded, cuts) | _text_labels_under(folded, cuts)
        cuts |= _item_marks(folded)
        cuts |= range_line_starts(folded)
    bounds = [0, *sorted(cuts), len(line)]
    return [p for p in (line[a:b].strip() for a, b in zip(bounds, bounds[1:])) if p]


def _division_joints(folded: str) -> set[int]:
    """Before each 第X label of a rules text's divisions in a notice that lost its breaks (``…细则第一章  总则第一条  为…
    本细则。第二章  政务服务第二条  推行…``): a label of one level (``[outline] division_levels``: 章, 条, …) followed by the
    space a rules text prints after it, in a run of at least ``MIN_SEQUENCE`` going on one by one (``_sequence``).  A
    sentence citing articles (``依照第二十条规定``) prints no space after the label, so it cuts nothing."""
    if "第" not in folded:
        return set()
    runs = [_sequence([(m.start(), cn_to_int(m.group(1))) for m in rx.finditer(folded)]) for rx in _division_res()]
    return {pos for run in runs if len(run) >= MIN_SEQUENCE for pos, _no in run}


#: a run of item numbers that lost their marks is cut only this long (a bare number has no mark to tell it by; three
#: going on one by one after label values are no chance of a text's figures)
BARE_RUN_MIN = 3
#: an item number that lost its mark, glued between two Chinese characters (``…有关部门11完善…``), not a count (a
#: measure word after it: 40学时 is read by the sequence, 12个 never; nor a 第 before it, a page's 第2页)
_BARE_NUMBER_AT = lazy_re(r"(?<=[\u4e00-\u9fff])(?<!第)(\d{1,3})(?=[\u4e00-\u9fff])(?![个年月日号时点项条家所人次元万亿座批页])")
#: a section's heading run on before a bare number: its 一、 label and its words to the number, no mark between
_HEADING_BEFORE = lazy_re(rf"[{_CN}]{{1,3}}、[^、，,。；;：:（）()]+$")
#: a label's value runs on before a position: its colon after the last sentence end (``责任单位：…有关部门``)
_AFTER_LABEL_VALUE = lazy_re(r"[:：][^。；;！!？?]*$")


def _bare_numbers(folded: str) -> set[int]:
    """Before each item number that lost its mark in a notice that lost its breaks, run on after the label line closing
    the item before (``…责任单位：市政府有关部门11完善…。责任单位：…12改革…``, holdout gluednum-unplaced): numbers glued
    between Chinese characters, each after a label's value (``_AFTER_LABEL_VALUE``), going on one by one at least
    ``BARE_RUN_MIN`` long from any number (a page of a list opens at its 11; ``_sequence`` asks a mid-line run to open
    at 1).  ``locate.mark_bare_numbers`` gives the lines their dots back as it does with the breaks."""
    if "：" not in folded and ":" not in folded:
        return set()
    found = [(m.start(), int(m.group(1))) for m in _BARE_NUMBER_AT.finditer(folded)
             if _AFTER_LABEL_VALUE.search(folded[:m.start()]) is not None]
    best: list[int] = []
    for k, (pos, no) in enumerate(found):   # the longest run going on one by one (a figure between is passed over)
        run = [pos]
        for later, later_no in found[k + 1:]:
            if later_no == no + len(run):
                run.append(later)
        best = max(best, run, key=len)
    if len(best) < BARE_RUN_MIN:
        return set()
    # a section's heading between the label value and the number (…有关部门四、严格行政执法12改革…) opens its own line
    heads = {pos - len(m.group()) for pos in best
             if (m := _HEADING_BEFORE.search(folded[max(0, pos - RUN_IN_HEADING_MAX_CHARS):pos])) is not None}
    return set(best) | heads


@lru_cache(maxsize=1)
def _division_res() -> tuple[re.Pattern, ...]:
    """One pattern per division level (``[outline] division_levels``): 第, its number, the level's word, a space."""
    number = f"[{_CN}{CN_HUNDRED}{CN_ZERO_WORD}{CN_ZERO}\\d]{{1,5}}"   # 第一百零一条: the hundreds and 零 too
    return tuple(re.compile(rf"(?<![\d第])第({number})(?:{'|'.join(map(re.escape, words))})(?= )")
                 for words in vocab()["outline"]["division_levels"])


#: a card's number run into a notice that lost its breaks: zero-padded (``…2023年8月底02改造…``),
#: not inside a number, a date, a time or a range (2023-03-15, 17:05, 3.05) nor a count (05个 is
#: no card's: a card's number is followed by its text's first word)
_CARD_NUMBER_AT = lazy_re(r"(?<![\d第\-/.:])0([1-9])(?![\d.%年月日号时点个项条家所:\-/])")


def _card_numbers(folded: str) -> set[int]:
    """Around each card's number (``[outline] card_numbers``: 01 / the item's text / its label
    lines) in a notice that lost its breaks: a zero-padded run from 01 on, each one more than the
    last, at least ``MIN_SEQUENCE`` long.  The number is cut out as a line of its own, as the
    card printed it, so ``formlines.join_item_cards`` reads the card as with its breaks; glued
    between the last card's deadline and the next card's text, no item was told from the next."""
    run = _sequence([(m.start(), _number(m.group(1))) for m in _CARD_NUMBER_AT.finditer(folded)])
    if len(run) < MIN_SEQUENCE or run[0][1] != 1:
        return set()
    if run[-1][1] == 9:
        run += _cards_after_nine(folded, run[-1][0])
    return {at for pos, _no in run for at in (pos, pos + len("01"))}


#: a card's number past 09, printed with no zero (10, 11, …): two digits, with the same bounds
_CARD_NUMBER_ON_AT = lazy_re(r"(?<![\d第\-/.:])([1-9]\d)(?![\d.%年月日号时点个项条家所:\-/])")


def _cards_after_nine(folded: str, nine: int) -> list[tuple[int, int]]:
    """The cards 10, 11, … after a zero-padded run that reached 09 (at ``nine``): each the next
    number, with a label of the card before it between (``…配合单位｜县财政局10建设…``: a number in
    a card's own text, 完成10处, stands before that card's labels).  Left uncut, the cards from 10
    on ran into the ninth card's last label value."""
    copy, labels = match_copy(folded), label_re()
    found, prev = [], nine
    for m in _CARD_NUMBER_ON_AT.finditer(folded, nine + len("09")):
        if int(m.group(1)) == len(found) + 10 and labels.search(copy, prev, m.start()) is not None:
            found.append((m.start(), len(found) + 10))
            prev = m.start()
    return found


#: an item mark (▲) where a line began: after a sentence end or a closing bracket
_ITEM_MARK_AT = lazy_re(rf"(?<=[。；;！!？?）)\]】])[{ITEM_MARKS}]")


def _item_marks(folded: str) -> set[int]:
    """Where the lines a mark opens began in a notice that lost its breaks (an item's
    indicators under it: ``…（牵头单位：发改委）▲区属增加值增长10%左右。▲…``): before each mark
    that follows a sentence end or a closing bracket, when one mark stands so at least
    ``MIN_SEQUENCE`` times (a mark has no number to continue; a list repeats its mark).  Left
    glued, the marks' lines were the item's text after its bracket and the item was lost."""
    found = [(m.start(), m.group()) for m in _ITEM_MARK_AT.finditer(folded)]
    counts = Counter(mark for _at, mark in found)
    return {at for at, mark in found if counts[mark] >= MIN_SEQUENCE}


def _label_joints(folded: str, first_item: int) -> set[int]:
    """Where the label lines of a notice that lost its breaks began: before
    each label word with its colon (``…增长6%以上责任单位：区发改局（二）…``)
    after the first item, outside brackets (a ``（牵头单位：…）`` bracket is the
    item's own), and not one a recipients list or a sentence names
    (``各责任单位：``, ``牵头单位、责任单位：``, ``明确的责任单位：``)."""
    copy = match_copy(folded)
    # a higher level's label (市牵头单位：, 市级牵头部门：) opens at its level word, glued to the unit before it too
    # (…、区发改局市牵头单位：: ``levellabels.level_label_start``), so the joint is there, not inside the label
    return {level_label_start(copy, m.start(), re.sub(r"\s", "", m.group("w")))
            for m in label_re().finditer(copy, first_item + 1)
            if copy[m.start() - 1] not in _NAMED_LABEL_BEFORE
            and bracket_balance(copy[:m.start()], ANY_OPENERS, ANY_CLOSERS) <= 0}


#: a label word after one of these is named in a sentence or a recipients list, not a label line
_NAMED_LABEL_BEFORE = "各的、"
def _page_headings(folded: str, kind: int = 0) -> list[tuple[int, int]]:
    """(position, number) of the headings of a section ``kind`` (``一、``, ``（一）``) of a later page of a split copy
    run into one line (its first numbering on, ``…配合）四、…``, ``…各城市区政府。（四）落实分类处理…``): the first after an
    item's end (``_LABELS``) opens the run, later ones count as it goes on (四、 then 五、); a number inside a sentence
    (``统一、规范``) follows no such end (docs/parsing.md)."""
    run: list[tuple[int, int]] = []
    for m in _LABELS[kind].finditer(folded):
        no = _number(m.group(1))
        if no is not None and not _lists_dates(folded, m.start()) and (not run or no == run[-1][1] + 1):
            run.append((m.start(), no))
    return run


def _number(text: str) -> int | None:
    if text.isdecimal():
        return int(text)
    if text[:1].isdecimal():   # 2-3, 2.3: section and place
        section, place = re.split(r"[.\-－]", text)
        return int(section) * PLACE + int(place)
    if "㈠" <= text <= "㈩":
        return paren_cn_to_int(text)
    return circled_to_int(text) if is_circled(text) else cn_to_int(text)


#: per numbering kind of ``_label_patterns``, which lone labels (a run that never continued)
#: count when other runs of the kind stand in the line: for 一、 and ① none (``统一、规范``
#: before the real ``一、``), for 1. a restart after the first run (``二、…1.…`` in a deep
#: outline whose section holds one item), for the bracketed kinds and 1-1 every one (a
#: section of one （一） item: brackets are rarely prose)
_LONE_RESTARTS = ("none", "all", "later", "all", "none", "all")


#: the numbering kinds of ``_label_patterns`` that number a notice's sections (一、 （一）)
_SECTION_KINDS = (0, 1)
#: a section heading run into its first item (``（一）保障和改善民生（1项）1．…``) is at most this long
RUN_IN_HEADING_MAX_CHARS = 40
#: the marks that part a row's cells in a text copy of a table (a ``|`` dump's bar, a word processor's TAB): a
#: heading and an item they stand between are two cells of one row, never one paragraph whose break was lost
ROW_CELL_MARKS = ("|", "\t")


def cuts_first_subheading(text: str) -> bool:
    """``text`` opens with a section's heading run straight into its first sub-heading (``_first_subheading``)."""
    return _first_subheading(fold(text)) is not None


def _first_subheading(folded: str) -> int | None:
    """Where a section's heading opening a paragraph runs straight into its first sub-heading or item
    (``二、主要任务（一）完善城市基础设施。``, ``三、保障措施（一）加强组织领导。…``: a copy that lost the break
    between them), or None: the paragraph opens with a section's label (一、 （一）) and its heading's words,
    no sentence end and at most ``RUN_IN_HEADING_MAX_CHARS`` (``_under_heading``), run into the first label
    (numbered 1) of a deeper kind, as a notice that lost all its breaks is cut (``repair_breaks``).  A cell mark
    between them (``ROW_CELL_MARKS``: ``一、做好执法信息公开 | 1.加大… | 局政法科 |``, a bar dump's first row under its
    header) makes them two cells of one row: no run-in (holdout kebar-jiangmen, batch 130: before, the row was cut
    after its group cell, and the table lost its first row and section)."""
    for kind in _SECTION_KINDS:
        head = _LOOSE_LABELS[kind].match(folded)
        if head is None:
            continue
        under = _under_heading(folded, [0])
        head_no = _number(head.group(1))
        firsts = [m.start() for deeper, rx in enumerate(_LOOSE_LABELS[kind + 1:], kind + 1)
                  if (m := rx.search(folded, head.end() + 1)) is not None
                  and opens_under(_number(m.group(1)), head_no, deeper in _SECTION_KINDS) and under(m.start())
                  and not _lists_dates(folded, m.start())
                  and not any(mark in folded[head.end():m.start()] for mark in ROW_CELL_MARKS)]
        return min(firsts, default=None)
    return None


def _opened_under_items(folded: str, labels: list[list[tuple[int, int | None]]],
                        found: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """``found`` with the run of each item kind (1. （1） ① 1-1) that opened none yet opened where its first label stands
    right under the heading of a label found of another kind (``_under_heading``: the heading's words only between, no
    sentence end, no clause mark nor space: ``_CLAUSE_MARKS``) at whatever number it bears, when the next label of its kind goes on from it (``_numbered_on``):
    ``…1.开展市容环境整治（2）创建目标：…（3）创建目标：…`` is a digest's summary that left ``（1）`` out (holdout
    targetlabel-unplaced, batch 125: before session 73 a run opened only at 1 or at the line's start, so ``（2）`` and
    ``（3）`` stayed in item 1's heading and the two measures were one)."""
    heads = sorted(pos for chain in found for pos, _no in chain)
    if not heads:
        return found
    under = _under_heading(folded, heads)

    def right_under(pos: int) -> bool:   # a short heading's words: no mark a sentence parts its clauses with
        head = next(h for h in reversed(heads) if h < pos)
        return not any(ch in _CLAUSE_MARKS for ch in folded[head:pos])
    return [chain if chain or kind in _SECTION_KINDS
            else _sequence(labels[kind], _LONE_RESTARTS[kind], tail=lambda pos: under(pos) and right_under(pos))
            for kind, chain in enumerate(found)]


#: marks a heading's words right over a list's first item print none of (``…做好甲，完成3、4、5号楼…``: a count in a
#: sentence, no item; the label's own 、 is past the position)
_CLAUSE_MARKS = "，,、；;：: "


def _text_labels_under(folded: str, cuts: set[int]) -> set[int]:
    """Where a text label's line began under an item's heading in a notice that lost its breaks
    (``…4.开展城乡结合部环境整治创建目标：集中整治…``): the first text label word with its colon
    (``roles.text_label_words``: 创建目标, 任务目标 …) after a label cut at, with heading words between and no sentence
    end, at most ``RUN_IN_HEADING_MAX_CHARS`` on and before the next cut, as the label line stood under its heading.  A
    label right after the number (``（2）创建目标：…``) is the numbered label's own, no cut (before session 73 the heading
    and the label line stayed one line and the label's word was read into the measure's text: holdout
    targetlabel-unplaced)."""
    copy = match_copy(folded)
    found: set[int] = set()
    for cut in cuts:
        number = next((m for rx in _LOOSE_LABELS if (m := rx.match(folded, cut)) is not None), None)
        if number is None:
            continue
        after = min((c for c in cuts if c > cut), default=len(copy))   # the heading's words end at the next cut
        span = copy[number.end():min(after, cut + RUN_IN_HEADING_MAX_CHARS)]
        at = min((k for w in text_label_words() if (k := span.find(w)) > 0
                  and span[k + len(w):k + len(w) + 1] in COLONS), default=None)
        if at is not None and not any(ch in _PARAGRAPH_ENDS for ch in span[:at]):
            found.add(number.end() + at)
    return found


def _under_heading(folded: str, headings: list[int]) -> Callable[[int], bool]:
    """Whether a label at a position stands right after a section's label (``headings``) with only
    that heading's words between: no sentence end, at most ``RUN_IN_HEADING_MAX_CHARS``."""
    def under(pos: int) -> bool:
        head = next((h for h in reversed(headings) if h < pos), None)
        return head is not None and pos - head <= RUN_IN_HEADING_MAX_CHARS \
            and not any(ch in _PARAGRAPH_ENDS for ch in folded[head:pos])
    return under


def _sequence(labels: list[tuple[int, int | None]], lone: str = "none",
              headed: Callable[[int], bool] = lambda pos: False, gaps: Callable[[int], bool] | None = None,
              tail: Callable[[int], bool] | None = None) -> list[tuple[int, int]]:
    """(position, number) of the labels that continue a sequence, in reading order: runs n, n+1, … (a restart at 1 opens
    a new run; the first label may have any number at the line's start).  A lone label whose run never continued is
    dropped when another run follows (``统一、规范`` before the real ``一、``), unless ``lone`` keeps it
    (``_LONE_RESTARTS``); a first lone run of a kind kept only ``later`` is kept too right under a section's
    heading (``headed``).  With ``gaps`` (lost breaks: where an item's bracket closed), a run of ``MIN_SEQUENCE`` labels goes on over
    a lost number (1.… 2.… 4.… 5.…) or a digest's left-out items (``itemjumps.skips_to``); a spurious restart is told first.
    With ``tail`` (lost breaks: the label lines of an item a page before cut stand before a position), the first label of
    its kind opens a run at any number there when the next goes on from it (``_numbered_on``)."""
    runs: list[list[tuple[int, int]]] = []
    numbered = [(pos, no) for pos, no in labels if no is not None]
    for k, (pos, no) in enumerate(numbered):
        last = runs[-1][-1][1] if runs else None
        if last is not None and (no == last + 1 or (no % PLACE == 1 and no // PLACE == last // PLACE + 1 > 1)):
            runs[-1].append((pos, no))
        elif _spurious_restart(runs, no):   # 二、…合一、…三、: the 一、 was a sentence's, the run goes on
            runs.pop()
            runs[-1].append((pos, no))
        elif gaps and runs and no < PLACE and (skips_to(last, no, pos, gaps) or (len(runs[-1]) >= MIN_SEQUENCE and (
                no == last + LOST_NUMBERS + 1 and any(later == no + 1 for _at, later in numbered[k + 1:k + 2])))):
            runs[-1].append((pos, no))   # 2.… 4.… 5.…: the copy lost 3's label; …（…）10.…: a digest left items out
        elif gaps and no < PLACE and (lost := opens_lost_list(numbered, k, gaps)):
            runs.append(lost)   # …（A牵头）； 3.… 4.…: a list whose first item the copy lost (itemjumps)
        elif no in (1, PLACE + 1) or (not runs and (pos == 0 or (tail and tail(pos) and _numbered_on(numbered, k)))):
            runs.append([(pos, no)])   # (a later page of a split copy: its first label numbered on, 4.… 5.…)
    kept = [run for i, run in enumerate(runs)
            if len(run) > 1 or len(runs) == 1 or lone == "all" or (lone == "later" and (i > 0 or headed(run[0][0])))]
    return [label for run in kept for label in run]


def _numbered_on(numbered: list[tuple[int, int]], k: int) -> bool:
    """The ``k``th label of ``numbered``, the first of its kind in a notice that lost its breaks and standing after
    the label lines of an item the page before cut or after an item's end (``_after_label_line``), is numbered on from that page
    (``牵头单位：…配合单位：…（十二）…（十三）…``, ``责任部门：…19、…20、…``: a split copy's later page): the label after it is
    the next number.  Before, only a run opening at the line's start or at 1 was one, so such a page run into one line
    was cut at none of its items and gave no row."""
    return k + 1 < len(numbered) and numbered[k + 1][1] == numbered[k][1] + 1


def _after_label_line(folded: str) -> Callable[[int], bool]:
    """Whether a position of ``folded`` stands after a label with its colon (``责任部门：``, ``牵头单位：``: ``label_re``), the
    first such label in it (a page opening with the label lines of the item the page before cut), or right after an
    item's end (``_ITEM_END``: the page opening with the rest of that item, or a mirror's note for the part it left out,
    ``…（开头部分已省略924字）2.…``).  A table's header run together with its rows (``序号内容与要求责任单位1…市经信局二、…``)
    prints no colon and runs its rows into the next heading: its headings numbered on from a line above (二、 after a
    line 一、) open no run here."""
    first = label_search(match_copy(folded))
    return lambda pos: (first is not None and first.end() <= pos) or (pos > 0 and folded[pos - 1] in _ITEM_END)


def _spurious_restart(runs: list[list[tuple[int, int]]], no: int) -> bool:
    """A label numbered ``no`` goes on the run BEFORE a lone restart (``一、…二、…合一、…三、``: 三 after 二 with a
    lone 一 between): the restart was no label but a sentence's words (三证合一、一照一码), as a run that never
    continued is where another run follows (``_sequence``), and the run it interrupted goes on."""
    return len(runs) >= 2 and len(runs[-1]) == 1 and runs[-1][0][1] in (1, PLACE + 1) \
        and no == runs[-2][-1][1] + 1
