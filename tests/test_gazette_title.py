"""A document as a gazette (政府公报) or a collection of documents prints it: the issuer on a line of its own, the
关于… title under it (wrapped over lines), the date in brackets under the title standing in for the signature, the
doc number, the recipients, and no signature at the end.  The issuer's line and the 关于 lines are one title block
there: the title is the issuer's name and the 关于… lines joined (docs/parsing.md, "A title under its issuer's own
line").  Without the bracketed date (a letter's own issuer line over its title and number, signed at the end) the
block is the title's all the same, the number under it (tests/fixtures/README.md, `title`; session 37)."""
from test_metadata import meta_of

GAZETTE = "\n".join([
    "某某市人民政府公报", "2020年第2期",
    "某某市人民政府", "关于2020年办好城乡十项民生工程", "的通知", "（2020年2月14日）", "某政发〔2020〕4号",
    "各区人民政府，市政府各部门：", "市政府决定，2020年集中办好十项民生工程。现将有关事项通知如下：",
    "一、改造老旧小区", "（一）完成老旧小区改造60个。（责任单位：市住房城乡建设局）",
])


def test_a_gazettes_title_block_keeps_its_issuer_line():
    m = meta_of(GAZETTE)
    assert (m.title, m.issuer, m.date, m.doc_number) == (
        "某某市人民政府关于2020年办好城乡十项民生工程的通知", "某某市人民政府", "2020-02-14", "某政发〔2020〕4号")


def test_an_issuer_line_over_a_title_with_no_bracketed_date_and_the_number_under_it_opens_the_title():
    """The same letter with its number under the title and a signature at the end: a letterhead stands over
    the number, never between it and the title, so the issuer's line is the title block's first line (before
    session 37 it stayed out of the title)."""
    text = GAZETTE.replace("（2020年2月14日）\n", "").replace(
        "（一）完成老旧小区改造60个。（责任单位：市住房城乡建设局）",
        "（一）完成老旧小区改造60个。（责任单位：市住房城乡建设局）\n某某市人民政府\n2020年2月14日")
    assert meta_of(text).title == "某某市人民政府关于2020年办好城乡十项民生工程的通知"


def test_a_bracketed_date_under_a_title_opening_with_its_issuer_changes_nothing():
    text = GAZETTE.replace("某某市人民政府\n关于", "某某市人民政府关于")
    assert meta_of(text).title == "某某市人民政府关于2020年办好城乡十项民生工程的通知"
