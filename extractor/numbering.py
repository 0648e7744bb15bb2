"""The numbering grammar: the labels paragraphs, cells and rows open with.

``NUMBERING`` lists every numbering a text-form paragraph may start with, outermost level first
(第一篇 > 第一章 > 第一节 > 第一条 > 一、 > （一）/㈠ > 1. > 1-1 > （1） > ① > ▲ / —— bullets); ``split_numbering`` reads a
paragraph's label with it, ``bare_label`` a text that is nothing but a label.  The grids read their
section and measure cells with ``SECTION_RE`` / ``MEASURE_RE`` (``split_section_label``,
``split_measure_label``).  Labels are found in the matching copy (``text.fold``: ``１．``, ``1﹒``)
and returned as printed.  The numerals they count in, and ``cn_to_int`` that turns 十七 / 二○○七 into numbers
for them and for dates, are ``numerals.py``'s (imported here too, where the readers asked them before).
Word lists (``[outline]`` item marks, dashes, number units) live in ``parse/vocab.toml``."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .hanzi import simplified
from .numerals import (CIRCLED, CIRCLED_RANGE, CN_NUMERAL_CHARS as _CN, DIGIT_RANGES, PAREN_CN, circled_to_int, cn_run,
                       cn_to_int, paren_cn_to_int)
from .text import fold, printed_class, vocab

#: the words a 第X label names its level by (第一章, 第一部分, 第一组: ``[outline] division_words``)
_DIVISIONS = "|".join(map(re.escape, vocab()["outline"]["division_words"]))
#: the numbering kinds of the 第X levels, outermost first (``[outline] division_levels``: 篇/部分/组 >
#: 章 > 节 > 条): a chapter heads the articles under it, as a law text nests them
DIVISION_KINDS = ("part", "chapter", "subchapter", "article")


def _division_numbering() -> tuple[tuple[str, re.Pattern], ...]:
    """One ``NUMBERING`` entry per 第X level (``[outline] division_levels``), outermost first."""
    levels = vocab()["outline"]["division_levels"]
    assert len(levels) == len(DIVISION_KINDS), "one numbering kind per division level"
    assert sorted(w for level in levels for w in level) == sorted(vocab()["outline"]["division_words"])
    return tuple((kind, re.compile(rf"^\s*(?P<label>第\s*(?P<n>[{_CN}\d]+)\s*(?:{'|'.join(map(re.escape, words))}))\s*"))
                 for kind, words in zip(DIVISION_KINDS, levels))
#: section labels: (一)  一、  第一章 / 第一部分 / 第一条 / 第一组
#: the parenthesized ideographs ㈠ … ㈩ (``numerals.PAREN_CN``: 博尔塔拉's 2017 就业创业 办法); ``fold`` keeps one
#: character for one, so they are matched as themselves
SECTION_RE = re.compile(
    rf"^\s*(?P<label>[（(]\s*(?P<n1>[{_CN}]+)\s*[)）]|(?P<n4>[{PAREN_CN}])|(?P<n2>[{_CN}]+)\s*[、.．]"
    rf"|第(?P<n3>[{_CN}\d]+)\s*(?:{_DIVISIONS}))\s*"
)


def _measure_pattern(marks) -> re.Pattern:
    """The measure label grammar, each mark written as ``marks`` makes its character class."""
    return re.compile(
        rf"^\s*(?P<label>(?P<n1>\d{{1,3}})\s*(?:{marks('、．')}|{marks('.')}(?!\d))"
        rf"|{marks('（(')}\s*(?P<n2>\d{{1,3}})\s*{marks(')）')}|(?P<n3>[{CIRCLED_RANGE}]))\s*"
    )


#: measure labels: 1、 1. 1． (1) （1） ①
MEASURE_RE = _measure_pattern(lambda chars: "[" + re.escape(chars) + "]")
BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\s*$")

#: ``MEASURE_RE`` as it matches the folded copy, on the text as printed: ``split_measure_label``
#: reads each task cell by it, where folding the cell's head first cost twice the match
MEASURE_PRINTED_RE = _measure_pattern(printed_class)

#: the marks that open an item of a level of their own with no number (▲ lines under an
#: item: its indicators; ● or —— bullets: a 要点's unnumbered items), ``[outline] item_marks``
ITEM_MARKS = "".join(vocab()["outline"]["item_marks"])
#: the longest dash run that is a bullet (——— at most): a longer one is a rule or a separator
MAX_BULLET_DASHES = 3
#: a half-width dash prints a full-width one as this many (a PDF's text or a converter writes —— as ----): its run as a
#: bullet may be as many times as long
HALF_WIDTH_DASHES = 2
#: the characters whose runs are dash bullets (folded: －－ is --)
BULLET_DASHES = "".join(d[0] for d in vocab()["outline"]["item_dashes"])


def _bullet_dashes() -> str:
    """Dash bullets (``[outline] item_dashes``: ——, ———, ――, －－ folded to --) as one alternation:
    each a run of its character from its listed length to ``MAX_BULLET_DASHES`` (an ASCII dash's to
    ``HALF_WIDTH_DASHES`` times that: ---- for ——), followed by no
    more dashes and no digit (a range's rest wrapped onto the line, ``——2023年``), on a line that
    does not end with a dash (a separator ``------分隔线------``, a page foot ``—— 2 ——``)."""
    dashes = vocab()["outline"]["item_dashes"]
    chars = re.escape(BULLET_DASHES)
    runs = "|".join(f"{re.escape(d[0])}{{{len(d)},{MAX_BULLET_DASHES * (HALF_WIDTH_DASHES if d[0].isascii() else 1)}}}"
                    for d in dashes)
    return rf"(?:{runs})(?![{chars}])(?!\s*\d)(?!.*[{chars}]\s*$)"


def _caption_words() -> str:
    """The words a photo's caption opens with before its number (``[outline] caption_words``: 图①：),
    as an alternation."""
    return "|".join(re.escape(w) for w in vocab()["outline"]["caption_words"])


#: the ``NUMBERING`` kinds written in Chinese numerals (第一章, 一、, （一）): the ones ``SECTION_RE`` reads,
#: numbering sections where a notice numbers its measures in digits
SECTION_KINDS = (*DIVISION_KINDS, "cn", "pcn")

#: every numbering a text-form paragraph may start with, outermost level first
#: (一、 > （一） > 1. > （1） > ① > △).  The text forms decide per notice which
#: level carries the measures; SECTION_RE/MEASURE_RE above stay as the grids use them.
NUMBERING = (
    *_division_numbering(),
    ("cn", re.compile(rf"^\s*(?P<label>(?P<n>[{_CN}]+)\s*[、.．])\s*")),
    ("pcn", re.compile(rf"^\s*(?P<label>[（(]\s*(?P<n>[{_CN}]+)\s*[)）]|(?P<pc>[{PAREN_CN}]))\s*")),
    ("num", re.compile(rf"^\s*(?P<label>(?:{_caption_words()})\s*(?P<fn>\d{{1,3}})\s*[：:]|(?P<n>\d{{1,3}})\s*(?:[、．]|\.(?!\d)))\s*")),
    # items numbered by their section and place (1.1, 1-1, 2-3) under 一、 headings: the number
    # is the place.  Never before a unit or a date word (``[outline] number_units``, checked in
    # simplified characters by split_numbering): 1.5万亩 opens with a quantity, 1-2月 with a
    # range of months; nor before a digit: 1.1.1 is a third level
    ("snum", re.compile(r"^\s*(?P<label>\d{1,2}\s*[.\-－](?P<n>\d{1,3}))(?![\d.%％]|"
                        r"\s*[-－.]\d)\s*")),
    # a coded point of a three-level outline under its 1.1 (1.1.1, an assessment system's observation point under its
    # secondary index): the number is its place under the secondary one, its last part
    ("tnum", re.compile(r"^\s*(?P<label>\d{1,2}\.\d{1,2}\.(?P<n>\d{1,3}))(?![\d.%％])\s*")),
    ("pnum", re.compile(r"^\s*(?P<label>[（(]\s*(?P<n>\d{1,3})\s*[)）]|(?P<p>[⑴-⒇]))\s*")),
    ("circ", re.compile(rf"^\s*(?P<label>(?:{_caption_words()})\s*(?P<fc>[{CIRCLED_RANGE}])\s*[：:]|(?P<c>[{CIRCLED_RANGE}]))\s*")),
    # a bullet: an item mark, a dash run, or a middle dot (· ・ fold to "."; never before a digit
    # or another dot)
    ("mark", re.compile(rf"^\s*(?P<label>[{ITEM_MARKS}]|{_bullet_dashes()}|\.(?![\d.]))\s*")),
)


#: a name of one level of a thing split over levels (一级指标, 三级任务): a numeral, 级, and the level's noun (a few
#: characters); a header printing its levels as columns names each so
_LEVEL_NAME_RE = re.compile(rf"^({cn_run('{1,2}')})级(\S{{1,4}})$")
_LEVEL_NAME_MAX_CHARS = 7


def level_name(text: str) -> tuple[int, str] | None:
    """(the level, its noun) of a level's name without white space (``二级指标`` -> (2, 指标); 二級指標 of a mirror in
    traditional characters alike), or None."""
    if len(text) > _LEVEL_NAME_MAX_CHARS:   # (most cells: before the characters are folded)
        return None
    m = _LEVEL_NAME_RE.match(simplified(text))
    if m is None:
        return None
    n = cn_to_int(m.group(1))
    return (n, m.group(2)) if n else None


def printed_label(label: str) -> str:
    """A label as printed, without the white space the grammar lets stand inside it: a Word copy
    whose runs were parted by spaces prints ``一 、`` and ``1 .`` for 一、 and 1. (a label is a code, as
    a doc number is, not prose).  A label with no space and every character printable holds no white
    space (every white-space character but the space is unprintable): its callers test that first, in C,
    and ask this of the others alone (a call per cell cost more than the test)."""
    return "".join(label.split())


def split_section_label(text: str) -> tuple[int | None, str | None, str]:
    """Split a section cell into (number, label as printed, title)."""
    m = SECTION_RE.match(text)
    if not m:
        return None, None, text.strip()
    num = m.group("n1") or m.group("n2") or m.group("n3")
    label = m.group("label")   # most labels hold no white space: printed_label is asked of the others alone
    value = paren_cn_to_int(m.group("n4")) if m.group("n4") else cn_to_int(num)
    return value, label if " " not in label and label.isprintable() else printed_label(label), \
        text[m.end():].strip()


def section_numbers(printed: list[int | None]) -> list[int | None]:
    """The sections' numbers, in the notice's order: as printed, unless two print the same
    number (a second table or list numbering ``一、`` again, a status heading repeated under
    every area): then every section's place in the notice, 1..n, so numbers stay unique
    (tests/fixtures/README.md).  The tables' sections and the outline's are numbered so."""
    known = [n for n in printed if n is not None]
    if len(set(known)) == len(known):
        return list(printed)
    return list(range(1, len(printed) + 1))


def measures_numbered_by_place(parsed, start: int = 0):
    """``parsed`` (a ``ParsedTable``) with each measure printed without a number numbered by
    its place, counted on from ``start`` (the measures of the tables before it in the notice):
    a transposed table's columns, a text-bl cycle table's rows (docs/forms.md)."""
    return replace(parsed, measures=tuple(
        d if d.measure_no is not None else replace(d, measure_no=start + place)
        for place, d in enumerate(parsed.measures, 1)))


def split_measure_label(text: str) -> tuple[int | None, str | None, str]:
    """Split a measure cell into (number, label as printed, text); the label
    is read as ``MEASURE_RE`` finds it in the folded copy (``1﹒``, ``１．``), by
    ``MEASURE_PRINTED_RE`` in the text itself."""
    m = MEASURE_PRINTED_RE.match(text)
    if not m:
        return None, None, text.strip()
    n3 = m.group("n3")
    num = circled_to_int(n3) if n3 else int(m.group("n1") or m.group("n2"))   # int() reads １２ as 12
    label = text[m.start("label"):m.end("label")]
    return num, label if " " not in label and label.isprintable() else printed_label(label), text[m.end():].strip()


#: a dash bullet opening a text (——, ———, －－ folded): the label of an item with no number
_DASH_BULLET_RE = re.compile(rf"^\s*{_bullet_dashes()}\s*")


def is_dash_label(label: str) -> bool:
    """True for an item label that is a dash bullet (``——``: ``split_numbering``'s ``mark`` kind
    read a dash run, ``_bullet_dashes``), not a mark character (▲ ●) or a middle dot."""
    return bool(label) and all(ch in BULLET_DASHES for ch in fold(label.strip()))


def strip_dash_bullet(text: str) -> str:
    """``text`` without the dash bullet that opens it (``——新建…``: an item's label as a number
    is, ``_bullet_dashes``), when text follows it; any other text as it is (a dash before a digit,
    a dash alone, a dash inside the text).  A mark (★ ◆ ▲) stays: in a table's task cell it marks
    a kind of task (a key one), part of the text as printed.  Only a text whose first character is
    a dash is folded and matched (most task cells open with a word)."""
    head = fold(text.lstrip()[:1])
    if not head or head not in BULLET_DASHES:
        return text
    m = _DASH_BULLET_RE.match(fold(text))   # folding is one character for one: positions stay
    rest = text[m.end():].strip() if m else ""
    return rest or text


def opens_numbered_list(lines) -> bool:
    """True when ``lines`` (a cell's lines) are a numbered list: the first opens with item 1
    and a later one with item 2 numbered the same way (1. and 2., （1） and （2）, ① and ②).
    Its numbers are the list's, not the number of the row the cell is in."""
    if len(lines) < 2:
        return False
    first, label, _text = split_measure_label(lines[0])
    if first != 1:
        return False
    for line in lines[1:]:
        no, other, _text = split_measure_label(line)
        if no == 2:
            return _label_form(other) == _label_form(label)
    return False


def runs_numbered(lines) -> bool:
    """True when ``lines`` (a cell's lines) are a numbered run: the first opens with an item of any number and a
    later one with the next number, numbered the same way (3. and 4.): ``opens_numbered_list`` from anywhere."""
    if len(lines) < 2:
        return False
    first, label, _text = split_measure_label(lines[0])
    if first is None:
        return False
    for line in lines[1:]:
        no, other, _text = split_measure_label(line)
        if no == first + 1:
            return _label_form(other) == _label_form(label)
    return False


def continues_list(items, line) -> bool:
    """True when ``line`` opens the item after ``items``, a numbered list one item a line whose
    first opens with item 1 (``1.…`` ``2.…`` then ``3.…``), numbered the same way."""
    first, label, _text = split_measure_label(items[0])
    if first != 1:
        return False
    no, other, _text = split_measure_label(line)
    return no == len(items) + 1 and _label_form(other) == _label_form(label)


def _label_form(label: str) -> str:
    return "#" if label[0] in CIRCLED[:2] else re.sub(f"[{DIGIT_RANGES}]+", "#", label)


def split_numbering(text: str) -> tuple[str, int, int | None, str, str] | None:
    """(kind, rank, number, label as printed, rest) of a numbered paragraph, or None.

    ``rank`` is the level's place in ``NUMBERING`` (0 outermost); ``number``
    is None for marks such as △ that carry no number.  The label is found in
    the folded copy (``１．`` ``1﹒`` ``（１）``) and returned as printed.
    """
    printed, text = text, fold(text)
    for rank, (kind, rx) in enumerate(NUMBERING):
        m = rx.match(text)
        if not m or not text[m.end():].strip() or kind == "snum" and counts_before(text, m.end("label")):
            continue
        label = printed[m.start("label"):m.end("label")]
        if " " in label or not label.isprintable():
            label = printed_label(label)
        return kind, rank, _label_number(m), label, printed[m.end():].strip()
    return None


@lru_cache(maxsize=1)
def _number_units() -> frozenset[str]:
    return frozenset(vocab()["outline"]["number_units"])


def counts_before(text: str, at: int) -> bool:
    """True when ``text[at]`` is a word that makes the number before it a quantity or a date
    (``[outline] number_units``: 1.5万亩, 1-2月), in simplified characters: a traditional copy
    prints 1.5萬畝 and means the same."""
    return simplified(text[at:at + 1]) in _number_units()


def _label_number(m: re.Match) -> int | None:
    """The number a ``NUMBERING`` match gives: ⑴ and ① by their place, 1-1 by its place in
    its section (the ``n`` group), None for a mark."""
    if m.groupdict().get("p"):
        return ord(m.group("p")) - ord("⑴") + 1
    if m.groupdict().get("pc"):
        return paren_cn_to_int(m.group("pc"))
    if m.groupdict().get("c") or m.groupdict().get("fc"):
        return circled_to_int(m.group("c") or m.group("fc"))
    if m.groupdict().get("fn"):
        return cn_to_int(m.group("fn"))
    return cn_to_int(m.group("n")) if m.groupdict().get("n") else None


def bare_label(text: str) -> tuple[str, int | None] | None:
    """(kind, number) of a text that is nothing but a numbering label (``1.``, ``（2）``, ``三、``,
    ``①``, ``1-1``): a line holding only its item's number, a table's 序号 cell; else None."""
    folded = fold(text).strip()
    for kind, rx in NUMBERING if folded else ():
        m = rx.match(folded)
        if m is not None and m.end() == len(folded) and kind not in _NOT_BARE_KINDS:
            return kind, _label_number(m)
    return None


#: kinds no label alone is read as: a mark carries no number, and a three-part code alone (a 序号 cell's ``1.1.1``)
#: numbers no row (tests/test_table.py); the ``tnum`` kind is for a coded point's own line
_NOT_BARE_KINDS = ("mark", "tnum")


def label_rank(label: str | None) -> int | None:
    """The level of a label printed alone (``一、`` 1, ``（一）`` 2, ``第一章`` 0): its place in
    ``NUMBERING``, outermost first, as ``split_numbering`` ranks a paragraph's; None for no label,
    a bullet mark, or a numeral printed bare (``一`` in a 序号 cell names no level)."""
    found = bare_label(label) if label else None
    if found is None:
        return None
    return next(rank for rank, (kind, _rx) in enumerate(NUMBERING) if kind == found[0])


def is_bare_label(text: str) -> bool:
    """True for a line that is nothing but a numbering label (``1.``, ``（2）``, ``三、``, ``①``)."""
    return bare_label(text) is not None
