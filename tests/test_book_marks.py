"""A heading that is one name in 《》 is that name (layout/titlelines.without_book_marks; holdout
unlistednote-huaian-2022-1, batch 43)."""

from extractor import extract
from extractor.layout.titlelines import without_book_marks


def test_the_marks_round_a_whole_name_go():
    assert without_book_marks("《关于进一步稳定经济增长的具体实施细则》") == "关于进一步稳定经济增长的具体实施细则"
    assert without_book_marks("《某市促进消费若干措施》") == "某市促进消费若干措施"


def test_a_title_quoting_a_document_or_a_quote_naming_no_kind_stays():
    assert without_book_marks("关于印发《某市方案》的通知") == "关于印发《某市方案》的通知"
    assert without_book_marks("《某市方案》《某县方案》") == "《某市方案》《某县方案》"
    assert without_book_marks("《人民日报》") == "《人民日报》"


def test_a_letterless_repost_is_titled_by_the_quoted_name():
    text = ("《关于进一步稳定经济增长的具体实施细则》\n"
            "为深入贯彻省里部署，结合实际，制定如下实施细则。\n"
            "一、落实财税支持政策\n"
            "1.设立工业发展引导资金。（责任单位：市工信局、市财政局）\n"
            "2.落实小规模纳税人减免政策。（责任单位：市税务局）\n")
    notice = extract(text.encode("utf-8"))
    assert notice.title == "关于进一步稳定经济增长的具体实施细则"
    assert notice.table_title == "关于进一步稳定经济增长的具体实施细则"
