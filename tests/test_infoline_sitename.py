"""A news line of the day and its source with the portal's own name printed before the day
(``中国东莞政府门户网站　　2021-03-08 11:40:23　来源: 东莞市生态环境局``): the line still issues and dates a
letterless page (``infoline._named_dated_source_re``; holdout garbledfields-dongguan-2021-1)."""
from extractor.layout.infoline import BARE_DATE_LABEL, read_info_line

from test_infoline_source import page_meta


def test_a_site_name_before_the_day_and_source_reads_the_line():
    line = read_info_line("<div class='info'>中国某市政府门户网站\u3000\u3000\u30002021-03-08 11:40:23\u3000 来源: 某市生态环境局</div>")
    assert (line.source, line.date, line.date_label) == ("某市生态环境局", "2021-03-08", BARE_DATE_LABEL)


def test_the_page_is_issued_and_dated_by_that_line():
    m = page_meta("中国某县政府门户网站\u3000\u30002020-08-14 10:02:11\u3000来源: 某县住房和城乡建设局")
    assert (m.issuer, m.date) == ("某县住房和城乡建设局", "2020-08-14")


def test_in_traditional_characters_too():
    line = read_info_line("<div>中國某市政府門戶網站\u3000\u30002021-03-08 11:40:23\u3000 來源: 某市生態環境局</div>")
    assert (line.source, line.date) == ("某市生態環境局", "2021-03-08")


def test_a_day_without_its_time_after_a_word_is_no_such_line():
    # a name and a bare day may end a sentence: only a time of day makes the run a portal's line
    assert read_info_line("<p>会议纪要 2021-03-08 来源：某市生态环境局</p>") is None


def test_a_sentence_before_the_day_is_no_site_name():
    assert read_info_line("<p>经研究，现印发如下。 2021-03-08 11:40 来源：某市生态环境局</p>") is None
