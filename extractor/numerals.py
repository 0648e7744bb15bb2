"""The numeral grammar's one home: the characters numbers are printed with, the pattern pieces the readers
build from them, and their values.

A notice counts in Arabic digits (ASCII and full-width: ``１．``), in Chinese numerals (一、 （三） 第十章 附件二
二〇二三年), in their formal (financial) forms (壹、 as a converter writes 一、) and in circled numbers (① … ⑳).
Every reader that asks "is this a numeral?" builds its character class here, so a numeral added to the grammar is
added once.  The readers do not all ask the same class, and the differences are kept on purpose (each reader's
behaviour is what its fixtures were measured on; docs/parsing.md "One numeral grammar" names every variant and why
it was not merged):

- ``CN_ORDINALS`` (一 … 十), the common class: a label's or an ordinal's numeral (一、 （三） 第十章 附件二 十四五);
  a run of them writes up to 99 (二十三);
- ``CN_YEAR_DIGITS`` (〇 ○ 零 and 一 … 九, no 十): a year written digit by digit (二〇二三年);
- ``CN_NUMERAL_CHARS``: every character a number may be written with (zeros, 两, 百, 千, the formal digits),
  for the readers that take any numeral (a date in words, ``numbering``'s labels, a count of places);
- the zeros (``CN_ZERO`` 〇, ``CN_ZERO_CIRCLE`` ○, ``CN_ZERO_WORD`` 零), ``CN_LIANG`` (两, 兩), ``CN_HUNDRED``
  and the formal digits as parts a reader adds to the common class (``cn_class``).

``cn_to_int`` reads a numeral's value, ``circled_to_int`` / ``paren_cn_to_int`` a circled or bracketed one's;
``cn_numeral`` and ``circled`` write a number so (a Word list's automatic labels, ``source/office/docxnum``).
This module imports nothing of the package: ``text``, ``numbering`` and every stage build on it.
"""
from __future__ import annotations

from functools import lru_cache

#: one to nine, in their order: ``CN_ONE_TO_NINE[n - 1]`` is n's digit
CN_ONE_TO_NINE = "一二三四五六七八九"
#: ten: after the digits, the one more character a label's numeral counts with (十, 十二, 二十)
CN_TEN = "十"
#: the numerals a label, an ordinal or a count of parts is written with: one to ten (一、 （三） 第十章 附件二,
#: a five-year plan's 十四五); the class most readers ask, and the base ``cn_class`` adds to
CN_ORDINALS = CN_ONE_TO_NINE + CN_TEN
#: zero as printed: the ideographic zero 〇, the white circle ○ that a typist takes for it (二○二三年), and 零
CN_ZERO, CN_ZERO_CIRCLE, CN_ZERO_WORD = "〇", "○", "零"
CN_ZEROS = CN_ZERO + CN_ZERO_CIRCLE + CN_ZERO_WORD
#: two as a count says it (两项, 两个月: a duration, never a label's numeral), and its traditional form
CN_LIANG, CN_LIANG_TRADITIONAL = "两", "兩"
#: a hundred: the unit a numeral of a long list's label reaches (一百零一)
CN_HUNDRED = "百"
#: the digits of a year written one by one (二〇二三年, 二○二三, 二零二三): the zeros and one to nine, no ten
CN_YEAR_DIGITS = CN_ZEROS + CN_ONE_TO_NINE
#: a year so, as a pattern piece: four of them (a doc number's 〔二〇二三〕, a deadline's 二〇二三年)
CN_YEAR = f"[{CN_YEAR_DIGITS}]{{4}}"
#: the formal (financial) digits 壹 … 玖, in both scripts and the variants a traditional copy prints (叄, 參): a
#: converter writing 一 as 壹 everywhere turns the labels 一、 and （一） into 壹、 and （壹） (daxiemirror-guizhou)
CN_FORMAL_DIGITS = "壹贰貳叁叄參肆伍陆陸柒捌玖"
#: the formal ten (拾), which a heading's formal label prints for 十
CN_FORMAL_TEN = "拾"
#: every character a Chinese numeral is written with: the zeros (and ◯, the large circle), 两, the units 十 百 千,
#: the formal digits and units (dates in words, ``numbering``'s labels, a count of places: ``placegroups``)
CN_NUMERAL_CHARS = "零〇○◯一二两三四五六七八九十百千" + CN_FORMAL_DIGITS + "拾佰仟"

#: the ASCII digits, and the full-width ones a copy typed in a Chinese input method prints (２０２３年, １．)
ASCII_DIGITS = "0123456789"
FULL_WIDTH_DIGITS = "０１２３４５６７８９"
#: both, as the ranges of a character class (``[0-9０-９]``): unlike ``\\d``, no other script's digits
DIGIT_RANGES = "0-9０-９"

#: circled numbers exist for 1 to 20 (① … ⑳, U+2460-U+2473)
CIRCLED_MAX = 20
CIRCLED_FIRST = "①"
CIRCLED = "".join(chr(ord(CIRCLED_FIRST) + n) for n in range(CIRCLED_MAX))
#: the circled numbers as a character class's range
CIRCLED_RANGE = f"{CIRCLED[0]}-{CIRCLED[-1]}"
#: the parenthesized ideographs ㈠ … ㈩ (U+3220-U+3229): one character each for （一） … （十）, as a portal's editor
#: prints them; as a character class's range, and as characters
PAREN_CN = "㈠-㈩"
PAREN_CN_CHARS = "".join(chr(c) for c in range(ord("㈠"), ord("㈩") + 1))


def cn_class(extra: str = "", base: str = CN_ORDINALS) -> str:
    """A character class of the numerals ``base`` (one to ten unless told) and ``extra`` after them, in that order:
    ``cn_class()`` is ``[一二三四五六七八九十]``, ``cn_class(CN_LIANG)`` ``[一二三四五六七八九十两]``, ``cn_class(r"\\d")``
    the ordinals and any digit.  A reader names its own variant with it (docs/parsing.md "One numeral grammar")."""
    return f"[{base}{extra}]"


def cn_run(times: str = "+", extra: str = "") -> str:
    """A run of ``cn_class(extra)``: ``cn_run("{1,3}")`` is ``[一二三四五六七八九十]{1,3}`` (a label's numeral, up to
    九十九), ``cn_run()`` any length."""
    return cn_class(extra) + times


#: Chinese digits -> their values: the zeros (and the Latin O a typed year prints for 〇), 两, the formal digits
CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "◯": 0, "Ｏ": 0, "O": 0, "o": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             # the formal numerals (壹 for 一: a converter's copy prints its labels 壹、 and （壹）)
             "壹": 1, "贰": 2, "貳": 2, "叁": 3, "叄": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9}
#: the units, common and formal
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}

#: distinct numerals ``cn_to_int`` keeps: labels (一 … 九十九, 1 … 999) and date parts recur on every page
_NUMERAL_CACHE = 4096


@lru_cache(maxsize=_NUMERAL_CACHE)
def cn_to_int(text: str) -> int | None:
    """Convert 十七 / 二十三 / 一○○七 / 17 to an integer; None if not a number.
    Cached: every section label and date part asks it, and they recur."""
    text = text.strip()
    if not text:
        return None
    if text.isdecimal():   # not isdigit(): ① and ² are digits that int() refuses
        return int(text)
    if all(c in CN_DIGITS for c in text):  # digit by digit: 二○○七
        return int("".join(str(CN_DIGITS[c]) for c in text))
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def circled_to_int(ch: str) -> int:
    """① -> 1 ... ⑳ -> 20."""
    return ord(ch) - ord(CIRCLED_FIRST) + 1


def is_circled(ch: str) -> bool:
    """``ch`` is one of the circled numbers ① … ⑳."""
    return len(ch) == 1 and CIRCLED[0] <= ch <= CIRCLED[-1]


def paren_cn_to_int(ch: str) -> int:
    """㈠ -> 1 ... ㈩ -> 10."""
    return ord(ch) - ord("㈠") + 1


#: the largest number ``cn_numeral`` writes (two digits: a list's automatic labels)
CN_NUMERAL_MAX = 99


def cn_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 35 -> 三十五 (0 -> 零; up to ``CN_NUMERAL_MAX``)."""
    digits = CN_ZERO_WORD + CN_ONE_TO_NINE
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens % 10]) + CN_TEN + (digits[ones] if ones else "")


def circled(n: int) -> str:
    """1 -> ① ... 20 -> ⑳ (``CIRCLED_MAX``)."""
    return CIRCLED[n - 1]
