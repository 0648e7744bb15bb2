"""A doc number printed after the title on its line, a space between (…的通知 鄂政办发〔2023〕63号): no word of the
title, and the notice's number; a damaged one (萬寿街辦發〔2025102) too.  A forwarding title with no 关于 so closed is
still a title.  A letterhead run into the title (某区人民政府办公室文件关于…) is no word of it either.

Written for blindsynth's thirty-sixth stream's causes 1-4 (docs/parsing.md "A doc number after the title on its line";
tests/fixtures/README.md "A doc number printed after the title on its line"; holdout numtail-changzhou-2023-1).
"""
from __future__ import annotations

import pytest

from extractor.layout.numbertail import closing_number, without_closing_number
from test_metadata import meta_of

TITLE = "关于印发青溪区2023年优化营商环境重点任务分工方案的通知"
LETTER = ("{head}\n各镇人民政府、街道办事处，区府直属各单位：\n现将方案印发给你们，请认真组织实施。\n"
          "青溪区人民政府办公室\n2023年3月9日\n")


@pytest.mark.parametrize("space", [" ", "　", "  ", "\xa0"])
def test_a_number_after_the_title_and_a_space_is_the_number_not_the_title(space):
    m = meta_of(LETTER.format(head=TITLE + space + "青政办发〔2023〕63号"))
    assert m.title == TITLE
    assert m.doc_number == "青政办发〔2023〕63号"


def test_a_traditional_title_closed_by_its_number():
    title = "關于印發2023年《政府工作報告》重點任務分解落實方案的通知"
    m = meta_of(LETTER.format(head=title + " 常政發〔2023〕1號"))
    assert m.title == title
    assert m.doc_number == "常政發〔2023〕1號"


def test_a_damaged_number_after_the_title_is_the_number():
    # session 51's number that lost its 〕 and 号
    m = meta_of(LETTER.format(head="青溪街道办事处关于印发青溪街道2025年重点任务清单 青街办发〔2025102"))
    assert m.title == "青溪街道办事处关于印发青溪街道2025年重点任务清单"
    assert m.doc_number == "青街办发〔2025102"


def test_a_forwarding_title_with_no_guanyu_closed_by_its_number_is_a_title():
    title = "青溪区人民政府办公室印发青溪区2023年优化营商环境重点任务分工方案的通知"
    m = meta_of(LETTER.format(head=title + " 青政办发〔2023〕10号"))
    assert m.title == title
    assert m.doc_number == "青政办发〔2023〕10号"


def test_a_letterhead_run_into_the_title_is_no_word_of_it():
    m = meta_of(LETTER.format(head="青溪区人民政府办公室文件" + TITLE))
    assert m.title == TITLE
    # an issuer's name before 关于 is the title's own (GB/T 9704's title block)
    issued = "青溪区人民政府办公室" + TITLE
    assert meta_of(LETTER.format(head=issued)).title == issued


@pytest.mark.parametrize("line", [
    "关于转发某政发〔2021〕3号文件的通知",          # a number inside the title's words
    "关于印发青溪区方案的通知青政办发〔2023〕63号",    # run into the title with no space: not this reader's
    "青政办发〔2023〕63号",                          # a number alone on its line: no words before it
    "关于印发青溪区方案的通知 （第二批）",            # a last piece that is no number
    "关于印发青溪区方案的通知 青溪区人民政府文件青政发〔2023〕63号",   # a red header run into it: no bare number
])
def test_lines_with_no_number_closing_them_after_a_space(line):
    assert closing_number(line) is None
    assert without_closing_number(line) == line


def test_closing_number_reads_the_piece_as_printed():
    assert closing_number("关于印发某方案的通知 鄂政办发 〔2023〕 63号") is None   # spaced inside: not one piece
    assert closing_number("关于印发某方案的通知 鄂政办发〔2023〕63号 ") == "鄂政办发〔2023〕63号"
    assert without_closing_number("关于印发某方案的通知 鄂政办发〔2023〕63号") == "关于印发某方案的通知"
