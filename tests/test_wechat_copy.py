"""A copy of a WeChat public account's article (公众号) reposting a notice: the headline, the
``原创`` line and the posting time over the notice, the article's footer under it (预览时标签不可点,
阅读 N, 关注该公众号, the account's name, 在看 / 点赞 / 写留言 …).  The posting time is no signature
date, and the footer is page chrome, not the last item's text (docs/parsing.md, "A WeChat
article's lines").  Invented notices, own words."""
import pytest

from extractor.layout.dates import find_date, is_posting_stamp
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw

HEADER = ["刚刚，青岚县2024年民生实事任务分工方案印发", "原创 小编 青岚发布", "2024-03-09 20:15", ""]
LETTER = ["青岚县人民政府办公室",
          "关于印发青岚县2024年民生实事任务分工方案的通知",
          "各乡镇人民政府，县直各单位：",
          "　　《青岚县2024年民生实事任务分工方案》已经县政府同意，现印发给你们，请认真贯彻落实。",
          "　　一、提高认识。各单位要把民生实事摆在突出位置，主要负责同志亲自抓。",
          "　　二、加强督查。县政府督查室将定期跟踪督办，并通报进展情况。",
          "云溪市青岚县人民政府办公室",
          "2024年3月5日",
          "青岚县2024年民生实事任务分工方案"]
ITEMS = ["1.新建城区停车泊位800个。（县住建局牵头，县公安局配合）",
         "2.改造农村公路40公里。（县交通运输局牵头，各乡镇人民政府配合）"]
FOOTER = ["", "预览时标签不可点", "阅读 4127", "微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文",
          "青岚发布", "向上滑动看下一个", "长按识别二维码关注我们", "在看", "点赞", "分享", "写留言"]


def read(lines, path="n.txt"):
    located = locate_content(decode_bytes(make_raw("\n".join(lines).encode("utf-8"), path=path)))
    return parse_metadata(located), parse_body(located)


@pytest.mark.parametrize("line, stamp", [
    ("2024-03-09 20:15", True),
    ("2024-03-09 20:15:07", True),
    ("2024年3月9日 20：15", True),      # a full-width colon folds to ":"
    ("2024年3月5日", False),            # a signature prints the day alone
    ("2024-03-05", False),
    ("完成时限：2024年3月5日 20:15", False),   # a sentence, no date line
])
def test_a_posting_stamp_is_a_date_line_printing_its_clock_time(line, stamp):
    assert is_posting_stamp(line) is stamp


def test_the_signature_date_wins_over_a_posting_stamp_after_it():
    assert find_date(["某县人民政府", "2024年3月5日", "2024-03-09 20:15"]) == (1, "2024-03-05")


def test_a_page_with_only_a_posting_stamp_is_dated_by_it():
    assert find_date(["某县2024年工作要点", "2024-03-09 20:15"]) == (1, "2024-03-09")


def test_the_posting_time_over_the_notice_is_no_signature_date():
    """Taken for the signature's date, the posting time ended the letter at its own first point
    (一、提高认识。…): the notice was dated by the posting, its signer and the table's title lost,
    and the title read without the issuer's line over 关于 (blindsynth bs1149, bs2973)."""
    meta, body = read(HEADER + LETTER + ITEMS + FOOTER)
    assert meta.date == "2024-03-05"
    assert meta.issuer == "云溪市青岚县人民政府办公室"
    assert meta.title == "青岚县人民政府办公室关于印发青岚县2024年民生实事任务分工方案的通知"
    assert meta.table_title == "青岚县2024年民生实事任务分工方案"
    assert [(m.measure_no, m.lead_cells) for m in body.measures] == [(1, ("县住建局",)), (2, ("县交通运输局",))]


def test_the_same_notice_without_the_article_around_it_reads_the_same():
    meta, _ = read(LETTER + ITEMS)
    assert (meta.date, meta.issuer, meta.table_title) == ("2024-03-05", "云溪市青岚县人民政府办公室",
                                                          "青岚县2024年民生实事任务分工方案")

