"""A label keeps no white space inside it (``numbering.printed_label``): a Word copy whose runs were
parted by spaces prints ``一 、`` and ``1 .`` for 一、 and 1. (holdout spacedunits-xinmi-2021-1,
batch 54: before, its sections were labelled ``一 、``)."""
from __future__ import annotations

import pytest

from extractor.numbering import split_measure_label, split_numbering, split_section_label


@pytest.mark.parametrize("text, label", [("一 、 承担的重点工作任务", "一、"), ("（ 二 ）加快发展", "（二）"),
                                         ("第三 章 总则", "第三章")])
def test_section_label_without_its_spaces(text, label):
    assert split_section_label(text)[1] == label


@pytest.mark.parametrize("text, label", [("1 . 严格管控政府债务", "1."), ("（ 2 ）推进改革", "（2）")])
def test_measure_label_without_its_spaces(text, label):
    assert split_measure_label(text)[1] == label


def test_numbered_paragraph_label_without_its_spaces():
    kind, _rank, number, label, rest = split_numbering("二 、 承担的郑州市重点工作")
    assert (kind, number, label, rest) == ("cn", 2, "二、", "承担的郑州市重点工作")


def test_a_label_printed_whole_is_as_before():
    assert split_section_label("（一）加快发展")[1] == "（一）"
    assert split_measure_label("3.推进改革")[1] == "3."


#: every white-space character str.split and re's \s know (29 code points)
_WHITE_SPACE = [chr(i) for i in range(0x110000) if chr(i).isspace()]


@pytest.mark.parametrize("space", _WHITE_SPACE)
def test_every_white_space_character_is_taken_out(space):
    """The callers ask printed_label only of a label holding a space or an unprintable character:
    every kind of white space is one of those, so none is left in a label."""
    assert split_section_label(f"一{space}、加快发展")[1] == "一、"
    assert split_section_label(f"（{space}二{space}）加快发展")[1] == "（二）"
    assert split_measure_label(f"1{space}.严格管控")[1] == "1."
    assert split_measure_label(f"（{space}2）推进")[1] == "（2）"
    assert split_numbering(f"二{space}、承担的重点工作")[3] == "二、"
