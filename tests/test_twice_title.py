"""A document site's dump running its cover's lines together prints the list's name, the cover's date and the name
again (``xx县…职责分解201X/X/XXxx县…职责分解``, holdout dumpunitheads-county-2015-1, batch 90): the table title is the
name once (``tabletitle.once_around_date``)."""
from extractor.layout.tabletitle import once_around_date


def test_a_name_printed_twice_around_a_date_is_the_name_once():
    assert once_around_date("某县创建园林县城责任分解201X/X/XX某县创建园林县城责任分解") == "某县创建园林县城责任分解"
    assert once_around_date("某市重点任务分工表2021年3月5日某市重点任务分工表") == "某市重点任务分工表"


def test_other_titles_stay_as_they_are():
    assert once_around_date("某市重点任务分工表2021年3月5日某县重点任务分工表") == "某市重点任务分工表2021年3月5日某县重点任务分工表"
    assert once_around_date("某市2021年重点任务分工表") == "某市2021年重点任务分工表"
    assert once_around_date(None) is None
