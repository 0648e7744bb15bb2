"""The numeral grammar's one home (``extractor/numerals.py``): its digit classes, the pattern pieces the readers build
from them, the variants some readers keep (docs/parsing.md "One numeral grammar"), and that no module writes a run of
Chinese numerals or the circled range out again."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor import numerals as N
from extractor.numerals import (CIRCLED, CIRCLED_RANGE, CN_NUMERAL_CHARS, CN_ORDINALS, CN_YEAR, DIGIT_RANGES,
                                PAREN_CN, PAREN_CN_CHARS, circled, circled_to_int, cn_class, cn_numeral, cn_run,
                                cn_to_int, is_circled, paren_cn_to_int)

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"


def test_the_ordinals_are_one_to_ten_in_order():
    assert CN_ORDINALS == "一二三四五六七八九十"
    assert [cn_to_int(c) for c in CN_ORDINALS] == list(range(1, 11))


def test_cn_class_is_the_ordinals_and_what_a_reader_adds():
    assert cn_class() == "[一二三四五六七八九十]"
    assert cn_class(N.CN_LIANG) == "[一二三四五六七八九十两]"
    assert cn_class("个", "0-9") == "[0-9个]"
    rx = re.compile(cn_class(r"\d"))
    assert rx.fullmatch("七") and rx.fullmatch("7") and rx.fullmatch("７")
    assert not rx.fullmatch("〇") and not rx.fullmatch("百")


def test_cn_run_counts_a_labels_numeral():
    rx = re.compile(cn_run("{1,3}"))
    assert rx.fullmatch("二十三") and rx.fullmatch("十")
    assert not rx.fullmatch("二十三四") and not rx.fullmatch("")
    assert re.fullmatch(cn_run(), "九十九") and not re.fullmatch(cn_run(), "一百")


@pytest.mark.parametrize("year, ok", [("二〇二三", True), ("二○二三", True), ("二零二三", True), ("二十二三", False),
                                      ("二〇二", False), ("2023", False)])
def test_a_year_in_words_is_four_digits_without_ten(year, ok):
    assert bool(re.fullmatch(CN_YEAR, year)) is ok


def test_every_year_digit_reads_as_its_value():
    assert [cn_to_int(c) for c in N.CN_YEAR_DIGITS] == [0, 0, 0, *range(1, 10)]


def test_the_numeral_chars_hold_every_class_a_reader_builds_on():
    for part in (CN_ORDINALS, N.CN_ZEROS, N.CN_LIANG, N.CN_HUNDRED, N.CN_FORMAL_DIGITS, N.CN_FORMAL_TEN):
        assert set(part) <= set(CN_NUMERAL_CHARS), part
    assert all(cn_to_int(c) is not None for c in CN_NUMERAL_CHARS)


def test_the_digit_ranges_are_ascii_and_full_width_only():
    rx = re.compile(f"[{DIGIT_RANGES}]")
    assert all(rx.fullmatch(c) for c in N.ASCII_DIGITS + N.FULL_WIDTH_DIGITS)
    assert not rx.fullmatch("٣")       # an Arabic-Indic digit: \d takes it, the ranges do not
    assert re.fullmatch(r"\d", "٣")
    assert [int(c) for c in N.FULL_WIDTH_DIGITS] == list(range(10))


def test_the_circled_numbers_are_one_to_twenty():
    assert len(CIRCLED) == N.CIRCLED_MAX == 20 and CIRCLED[0] == "①" and CIRCLED[-1] == "⑳"
    rx = re.compile(f"[{CIRCLED_RANGE}]")
    assert [c for c in map(chr, range(0x2400, 0x2500)) if rx.fullmatch(c)] == list(CIRCLED)
    assert [circled_to_int(c) for c in CIRCLED] == list(range(1, 21))
    assert all(is_circled(c) for c in CIRCLED)
    assert not any(is_circled(t) for t in ("", "1", "㉑", "⓪", "①②", "一"))
    assert [circled(n) for n in (1, 20)] == ["①", "⑳"]


def test_the_bracketed_numerals_are_one_to_ten():
    rx = re.compile(f"[{PAREN_CN}]")
    assert [c for c in map(chr, range(0x3200, 0x3300)) if rx.fullmatch(c)] == list(PAREN_CN_CHARS)
    assert [paren_cn_to_int(c) for c in PAREN_CN_CHARS] == list(range(1, 11))


@pytest.mark.parametrize("n, text", [(0, "零"), (1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五"),
                                     (99, "九十九")])
def test_a_number_written_in_numerals(n, text):
    assert cn_numeral(n) == text


def test_every_number_written_reads_back():
    assert all(cn_to_int(cn_numeral(n)) == n for n in range(1, N.CN_NUMERAL_MAX + 1))


# --- the variants the readers keep (docs/parsing.md "One numeral grammar": each reader's class as measured) ---------

def _class_chars(pattern: str) -> set[str]:
    """The characters of the one character class in ``pattern`` that holds 一 (its ranges spelled out)."""
    body = next(b for b in re.findall(r"\[\^?((?:\\.|[^\]\\])+)\]", pattern) if "一" in b)
    out, i = set(), 0
    while i < len(body):
        if body[i] == "\\":
            out.add(body[i:i + 2])
            i += 2
        elif i + 2 < len(body) and body[i + 1] == "-":
            out.update(map(chr, range(ord(body[i]), ord(body[i + 2]) + 1)))
            i += 3
        else:
            out.add(body[i])
            i += 1
    return out


def test_the_readers_variants_are_the_ordinals_and_what_each_adds():
    from extractor.agencies.namegaps import LONE_CHARACTER_GAP_RE
    from extractor.parse.runtable import _HEADING_LABEL_RE
    from extractor.parse.shortrows import ROW_NUMBER_RE
    from extractor.parse.deadlines import _NOT_AFTER
    from extractor.parse.ranges import _NUMBER
    ordinals = set(CN_ORDINALS)
    assert _class_chars(LONE_CHARACTER_GAP_RE.pattern) == ordinals | {"〇", "零"}
    assert _class_chars(_HEADING_LABEL_RE.pattern) == ordinals | {"百", "零", "〇"}
    assert _class_chars(ROW_NUMBER_RE.pattern) == ordinals | {"〇", r"\d"}
    assert _class_chars(_NOT_AFTER) == ordinals | set("0123456789") | {"两", "〇", "○", "零", "个"}
    assert _class_chars(_NUMBER) == ordinals | {"两"}


def test_no_module_writes_the_numerals_out_again():
    """A run of Chinese numerals or the circled range written into a module's code again would be a class the
    grammar's changes miss: every reader builds it from ``numerals``."""
    runs = re.compile(r"二三四|〇○零|零一二|①-⑳")
    found = [f"{p.relative_to(PACKAGE)}:{n}" for p in sorted(PACKAGE.rglob("*.py")) if p.name != "numerals.py"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if runs.search(line)]
    assert found == []
