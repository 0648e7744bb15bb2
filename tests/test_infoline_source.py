"""The information line of a page with no letter, as portals print it beside the source:
a source that is an office of the government's own (督查室), a date printed after the source with
no label of its own, a mirror's pinyin glosses inside the source's name."""
from extractor.layout.infoline import BARE_DATE_LABEL, read_info_line
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes
from extractor.text import vocab

from conftest import make_raw

#: a progress table posted alone: heading, info line, one table
TABLE = ("<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
         "<tr><td>1</td><td>新建口袋公园六处</td><td>县城管局</td><td>县财政局</td></tr>"
         "<tr><td>2</td><td>改造老旧管网十公里</td><td>县住建局</td><td>县水利局</td></tr></table>")


def page_meta(info: str, extra: str = "") -> object:
    html = ("<html><head><title>某县2020年民生实事进展表</title></head><body>"
            "<div class='art'><h1>某县2020年民生实事进展表</h1>"
            f"<div class='art-info'>{info}</div>{extra}<div class='art-con'>{TABLE}</div></div></body></html>")
    return parse_metadata(locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html"))))


def test_an_inspection_office_as_source_dates_the_page_and_issues_nothing_unplaced():
    m = page_meta("发布时间：2020-08-14 10:02&nbsp;&nbsp;来源：县政府督查室")
    assert (m.issuer, m.date) == (None, "2020-08-14")


def test_an_inspection_office_with_its_place_issues_the_page():
    m = page_meta("发布时间：2020-08-14 10:02&nbsp;&nbsp;来源：某县人民政府督查室")
    assert (m.issuer, m.date) == ("某县人民政府督查室", "2020-08-14")


def test_a_date_printed_after_the_source_with_no_label_dates_the_page():
    m = page_meta("来源：某县人民政府办公室&nbsp;&nbsp;&nbsp;2020-08-14 10:02",
                  extra="<div class='count'>浏览次数：<span>3</span></div>")
    assert (m.issuer, m.date) == ("某县人民政府办公室", "2020-08-14")


def test_a_date_with_no_label_reports_no_label_of_the_vocabulary():
    # the line prints no 发布时间 or other label for it: the kind of date is the bare date's marker
    info = read_info_line("来源：某县人民政府办公室&nbsp;&nbsp;2020-08-14 10:02&nbsp;浏览次数：3")
    assert info is not None and (info.date, info.date_label) == ("2020-08-14", BARE_DATE_LABEL)
    assert BARE_DATE_LABEL not in vocab()["metadata"]["info_dates"]
    labelled = read_info_line("来源：某县人民政府办公室&nbsp;发布时间：2020-08-14 10:02")
    assert labelled is not None and labelled.date_label == "发布时间"


def test_a_glossed_source_reads_without_its_glosses():
    m = page_meta("來源：縣(xiàn)政府督查室&nbsp;&nbsp;2020-08-14 10:02",
                  extra="<div class='count'>瀏覽量：<span>3</span></div>")
    assert (m.issuer, m.date) == (None, "2020-08-14")


def test_a_date_after_a_source_that_is_no_body_dates_nothing():
    # a repost site's line names itself: its date is the repost's
    m = page_meta("来源：本站&nbsp;&nbsp;2020-08-14 10:02", extra="<div class='count'>浏览次数：<span>3</span></div>")
    assert m.date is None


def test_words_after_the_source_holding_a_date_are_no_date_of_the_page():
    # the source's value runs on into words: a date inside them is not the line's
    m = page_meta("来源：某县人民政府办公室 关于2020年8月14日会议的说明", extra="<div class='count'>浏览次数：3</div>")
    assert m.date is None


def test_a_word_before_a_colon_is_the_next_label_not_the_source():
    # 发布机构: printed empty, the font control's 字体:[…] after it: no source (before: 字体)
    line = read_info_line("<div>发布时间:2020-04-22&nbsp;&nbsp;&nbsp;&nbsp;发布机构:&nbsp;&nbsp;&nbsp;&nbsp;"
                          "字体:[<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>]</div>")
    assert (line.source, line.date) == (None, "2020-04-22")
    line = read_info_line("<div>发布时间:2020-04-22&nbsp;&nbsp;发布机构:某市应急管理局&nbsp;&nbsp;字体:[大 中 小]</div>")
    assert line.source == "某市应急管理局"


def test_a_source_in_tortoise_brackets_ends_at_its_closer_and_a_league_office_issues_nothing():
    # a league portal reposting the region's plan: 〖发布日期:…〗 〖来源:行署办公厅〗 〖作者:〗 (holdout
    # leaguerepost-neimenggu-2014-1): the 〗 closes the source's name, and 行署办公厅 prints no league, so the
    # line dates the page and issues nothing; before, the 〗 was read into the name and the page had no date
    m = page_meta("〖发布日期:2014-10-24〗 〖来源:行署办公厅〗 〖作者:〗")
    assert (m.issuer, m.date) == (None, "2014-10-24")
    line = read_info_line("〖发布日期:2014-10-24〗 〖来源:行署办公厅〗 〖作者:〗")
    assert line.source == "行署办公厅"


def test_a_source_in_lenticular_brackets_with_its_place_issues_the_page():
    m = page_meta("【发布时间：2021-03-02】 【来源：某某县人民政府办公室】 【作者：】")
    assert (m.issuer, m.date) == ("某某县人民政府办公室", "2021-03-02")


def test_glosses_inside_the_lines_labels_leave_them_labels():
    """A mirror glossing characters of the labels themselves (發(fā)布時(shí)間, 信息來(lái)源, 閱讀(dú)次數): the labels read as
    they would unglossed, so the source is not run on into an unknown next label and the posting day is read (the
    generator's twenty-fifth stream cause 11, bs19651, bs19661; holdout glosslabels-wuzhou: before, the source ran into
    閱讀(dú)次數 and named no body, or 發(fā)布時(shí)間 was no label, and the unsigned, undated letter lost its issuer or date)."""
    found = read_info_line("發布時間：2019-04-17 17:26信息來源：某市人民政府辦公室阅讀(dú)次數：")
    assert found is not None and (found.source, found.date) == ("某市人民政府辦公室", "2019-04-17")
    found = read_info_line("發(fā)布時(shí)間：2021-06-08 10:12　信息來(lái)源：某市人民政府辦公室　閱讀(dú)次數：")
    assert found is not None and (found.source, found.date) == ("某市人民政府辦公室", "2021-06-08")


def test_a_glossed_posting_label_still_shows_the_pages_date():
    """The date the page shows (``dates.shown_date``, which checks a signature of digits only, 2023227) is read past a
    gloss inside its label (發布時間(jiān)：) too: before, the label was no label, no shown date checked the digits and
    the letter lost its date (the generator's twenty-fifth stream cause 11, bs2705)."""
    from extractor.layout.dates import shown_date, unglossed
    from extractor.text import vocab as text_vocab
    page = ("<html><body><div class='info'>發布時間(jiān)：2023-03-01 12:38　信息來源：某市人民政府辦公室</div>"
            "<div class='content'><p>关于印发某方案的通知</p></div></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"))))
    assert shown_date(located, text_vocab()["metadata"]) == "2023-03-01"
    assert unglossed("閱讀(dú)次數：") == "閱讀次數：" and unglossed("（一）推进") == "（一）推进"


# A box whose 发布机构 cell is printed EMPTY, the page's heading in the box's next row, and the info line under it naming
# the source (白银区's portal, holdout emptybox-baiyinqu, batch 133): the heading is no value of the empty field.
EMPTY_BOX = ("<table class='box'><tr><td>索 引 号:</td><td>2342/2025-00009</td><td>生成日期:</td><td>2025-04-15</td></tr>"
             "<tr><td>所属机构:</td><td>某区</td><td>发布机构:</td><td>{issuer}</td></tr>"
             "<tr><td colspan='4'>关于印发《某区2025年工作要点》的通知</td></tr></table>"
             "<div>信息来源：某市某区人民政府</div><div>发布时间：2025-04-15 09:46</div>")


def test_an_empty_box_field_takes_no_value_from_the_next_row():
    assert read_info_line(EMPTY_BOX.format(issuer="")).source == "某市某区人民政府"
    assert read_info_line(EMPTY_BOX.format(issuer="&nbsp;")).source == "某市某区人民政府"


def test_a_box_field_with_its_value_keeps_it():
    assert read_info_line(EMPTY_BOX.format(issuer="某区应急管理局")).source == "某区应急管理局"
