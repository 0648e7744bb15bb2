"""A copy of a WeChat public account's article (公众号) reposting a notice: the headline, the
``原创`` line and the posting time over the notice, the article's footer under it (预览时标签不可点,
阅读 N, 关注该公众号, the account's name, 在看 / 点赞 / 写留言 …).  The posting time is no signature
date, and the footer is page chrome, not the last item's text (docs/parsing.md, "A WeChat
article's lines").  Invented notices, own words."""
import pytest

from extractor.layout.dates import find_date, is_posting_stamp
from extractor.layout.locate import locate_content
from extractor.layout.noise import is_wechat_controls
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


def test_a_page_with_only_a_posting_stamp_is_not_dated_by_it():
    """The stamp says when an account or a forum posted the page, not when the notice was issued
    (README, ``date``): a notice printing no date of its own has none.  A portal's information line
    naming the issuing body as its source dates a page with no letter (``layout/infoline.py``); a bare
    stamp names no source."""
    assert find_date(["某县2024年工作要点", "2024-03-09 20:15"]) == (None, None)


def test_a_letter_signed_without_a_date_under_a_posting_stamp_has_no_date():
    meta, body = read(HEADER + LETTER[:-2] + LETTER[-1:] + ITEMS + FOOTER)
    assert (meta.date, meta.issuer) == (None, "云溪市青岚县人民政府办公室")
    assert len(body.measures) == 2


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


@pytest.mark.parametrize("line, controls", [
    ("关注该公众号", True),
    ("阅读 4127", True),
    ("阅读 1.2万", True),
    ("阅读 10万+", True),
    ("收藏 赞 在看", True),
    ("点赞在看写留言", True),
    ("阅读", False),                  # no count
    ("阅读原文", False),              # a stop prefix, not a control
    ("在看守所附近新建停车场", False),   # a sentence opening with a control's word
    ("赞助企业", False),
])
def test_a_wechat_controls_line_is_only_controls_and_counts(line, controls):
    assert is_wechat_controls(line) is controls


LEAD_LIST = ["青岚县2024年民生实事任务分工方案",
             "（一）县住建局牵头工作",
             "1.新建城区停车泊位800个。",
             "2.改造老旧小区12个。",
             "（二）县交通运输局牵头工作",
             "3.改造农村公路40公里。",
             "4.新开通城乡公交线路3条。"]


def test_the_footer_under_the_last_bare_item_is_no_part_of_its_text():
    """Items with no units of their own under a heading naming their lead: an item's next lines
    are its text until the next item, so the footer's lines ran into the last item's text
    (…3条。预览时标签不可点阅读4127关注该公众号…写留言; blindsynth bs2951, bs3015)."""
    _, body = read(HEADER + LETTER[:-1] + LEAD_LIST + FOOTER)
    assert [(m.measure_no, m.text, m.lead_cells) for m in body.measures] == [
        (1, "新建城区停车泊位800个。", ("县住建局",)), (2, "改造老旧小区12个。", ("县住建局",)),
        (3, "改造农村公路40公里。", ("县交通运输局",)), (4, "新开通城乡公交线路3条。", ("县交通运输局",))]


def test_a_footer_printing_no_prompt_loses_its_controls_all_the_same():
    """A footer of the account's name, its count and its buttons only (no 预览时标签不可点): the
    controls are dropped wherever they sit; the account's name, a line of the page's own, is what
    is left of it."""
    footer = ["", "阅读 1.2万", "收藏 赞 在看", "关注该公众号"]
    _, body = read(HEADER + LETTER[:-1] + LEAD_LIST + footer)
    assert body.measures[-1].text == "新开通城乡公交线路3条。"


@pytest.mark.parametrize("footer", [["", "阅读 4127", "青岚发布", "在看", "点赞", "写留言"],
                                    ["", "阅读 1.2万", "关注该公众号", "青岚发布"]])
def test_the_accounts_name_among_the_footers_controls_is_no_text_of_the_last_item(footer):
    """A footer printing no stop prompt (no 预览时标签不可点, no 阅读原文): its controls are dropped, and
    the account's name beside them, the name the 原创 byline over the article prints, is the page's
    too (session 42's closing note: it was the last item's text)."""
    _, body = read(HEADER + LETTER[:-1] + LEAD_LIST + footer)
    assert body.measures[-1].text == "新开通城乡公交线路3条。"


def test_a_signature_naming_the_account_stays_the_signature():
    # a body posting its own notice under its own name: the name over the date is its signature,
    # no controls beside it
    header = ["青岚县发展和改革委员会关于印发2024年重点项目清单的通知", "原创 小编 青岚县发展和改革委员会",
              "2024-03-09 20:15", ""]
    letter = ["各乡镇人民政府，县直各单位：", "现将《2024年重点项目清单》印发给你们，请认真贯彻落实。",
              "青岚县发展和改革委员会", "2024年3月5日", "2024年重点项目清单"]
    meta, _ = read(header + letter + ITEMS + ["", "阅读 4127", "在看"])
    assert (meta.issuer, meta.date) == ("青岚县发展和改革委员会", "2024-03-05")


def test_the_html_article_footer_is_dropped_as_its_text_copy_is():
    """The page itself: the footer's lines stand in ``rich_media_tool`` and ``qr_code_pc`` blocks
    after the article's ``js_content`` block (blindsynth bs1789, bs810)."""
    paragraphs = "".join(f"<p>{line}</p>" for line in LETTER[:-1] + LEAD_LIST)
    tools = "".join(f'<div class="rich_media_tool">{line}</div>' for line in FOOTER[1:3])
    codes = "".join(f'<div class="qr_code_pc">{line}</div>' for line in FOOTER[3:])
    page = (f'<html><head><meta charset="utf-8"><title>{HEADER[0]}</title></head><body>'
            f'<div id="js_article" class="rich_media"><h1 class="rich_media_title">{HEADER[0]}</h1>'
            f'<div class="rich_media_meta_list">原创 小编 青岚发布 <em id="publish_time">2024-03-09 20:15</em></div>'
            f'<div class="rich_media_content" id="js_content">{paragraphs}</div>{tools}{codes}</div></body></html>')
    meta, body = read([page], path="n.html")
    assert meta.date == "2024-03-05"
    assert [m.text for m in body.measures][-1] == "新开通城乡公交线路3条。"
    assert len(body.measures) == 4


def test_a_footer_printing_no_prompt_run_into_one_line_ends_the_text():
    """Run into one line, the footer opens at its reading count after the last item's sentence end
    (…3条。阅读 4127青岚发布在看点赞写留言): cut there, the piece ends the content."""
    _, body = read(["".join(HEADER + LETTER[:-1] + LEAD_LIST + ["阅读 4127", "青岚发布", "在看", "点赞", "写留言"])])
    assert body.measures[-1].text == "新开通城乡公交线路3条。"


def test_a_sentence_opening_with_reading_and_a_figure_stays_in_the_item():
    line = "".join(HEADER + LETTER[:-1] + LEAD_LIST[:-1] + ["4.开展全民读书活动。阅读100本好书，分享读书心得。"])
    _, body = read([line])
    assert body.measures[-1].text == "开展全民读书活动。阅读100本好书，分享读书心得。"
