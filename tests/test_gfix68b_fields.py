"""Session 68's fixes for the independent generator's thirtieth stream (docs/blindsynth.md "Session 68 axes";
/work/coord/blind68-causes.md), each a general reading:

- a signature date left as a Word date field's value, ``{ 2021 4 5``, is the date its digits say: the line reads as the
  printed date would, so it dates the notice and closes the signature and the letter (``noise.field_dates``; cause 1);
- the notice's own doc number glued before a title printed again under the title block is no word of the title,
  whatever form it is printed in (traditional, spaced, in 【】, its 〕号 lost: ``titlelines.without_own_number``;
  cause 2).

Every notice here is written for the test; each fix's cases fail on main c3053fc6's code, the guards beside them (what
stays as it was) pass on both."""
from __future__ import annotations

import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.layout.noise import field_dates
from extractor.layout.titlelines import without_own_number
from extractor.source.decode import decode_bytes

from conftest import make_raw

PLAN = "某县2021年重点工作任务分解表"
ITEMS = ("1.新建社区养老服务中心12个。\n牵头单位：县民政局\n配合单位：县财政局\n"
         "2.完成病险水库除险加固30座。\n牵头单位：县水利局\n配合单位：县财政局\n")


def metadata(text: str):
    return parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def letter(date_line: str, number: str = "", title: str = f"某县人民政府办公室关于印发{PLAN}的通知") -> str:
    return (f"某县人民政府办公室文件\n{number}\n{title}\n各乡镇人民政府，县直各部门：\n"
            f"现将《{PLAN}》印发给你们，请认真贯彻落实。\n某县人民政府办公室\n（此件公开发布）\n{date_line}\n{PLAN}\n" + ITEMS)


# -- a Word field's date (cause 1)

@pytest.mark.parametrize("line", ["{ 2021 4 5", "{ 2021 4 5 }", "｛ 2021  4  5", "{2021 4 5"])
def test_a_field_date_dates_the_notice_and_closes_the_signature(line):
    meta = metadata(letter(line))
    assert (meta.date, meta.issuer, meta.table_title) == ("2021-04-05", "某县人民政府办公室", PLAN)


def test_a_field_date_reads_as_the_printed_date_would():
    assert metadata(letter("{ 2021 4 5")) == metadata(letter("2021年4月5日"))


@pytest.mark.parametrize("line", ["{ 2021 2 30", "{ 2021 13 5", "{ 2021 4", "{ 2021 4 5 6", "2021 4 5", "{ 1021 4 5",
                                  "{ 2021 4 5 号"])
def test_no_date_no_field_stays_as_printed(line):
    assert field_dates(["x", line]) == ["x", line]


def test_a_page_without_a_brace_is_returned_as_it_is():
    texts = ["2021 4 5", "一、总体要求"]
    assert field_dates(texts) is texts


# -- the notice's own number glued to its title (cause 2)

TITLE = "某县人民政府办公室关于印发某县2021年重点工作任务分解表的通知"


@pytest.mark.parametrize("number, glued", [
    ("某政办〔2021〕18号", "某政办〔2021〕18号"),
    ("某政辦[2021]18號", "某政辦[2021]18號"),        # traditional, as printed
    ("某政办[2021]18号", "某政办 [2021]18号"),        # a stray space in the glued copy
    ("某政办〔2021〕18号", "某政办〔2021〕18 号"),
    ("某交发【2021】18号", "某交发【2021】18号"),
    ("某政办〔202118", "某政办〔202118"),             # its 〕 and 号 lost on both lines
])
def test_the_own_number_glued_to_the_title_is_cut(number, glued):
    assert without_own_number(glued + TITLE, number) == TITLE


def test_a_glued_title_reads_as_the_letters_title():
    meta = metadata(letter("2021年4月5日", "某政辦[2021]18號", f"某政辦[2021]18號{TITLE}"))
    assert (meta.title, meta.doc_number) == (TITLE, "某政辦[2021]18號")


@pytest.mark.parametrize("title, number", [
    (TITLE, "某政办〔2021〕18号"),                               # no number before it
    ("某政办〔2021〕19号" + TITLE, "某政办〔2021〕18号"),          # another number: not the notice's own
    ("某政办〔2021〕18号文件落实情况的报告", "某政办〔2021〕18号"),    # no title after it
    (TITLE, None),
    (None, "某政办〔2021〕18号"),
])
def test_other_titles_stay_as_printed(title, number):
    assert without_own_number(title, number) == title
