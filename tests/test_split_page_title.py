"""A document site splitting a text over pages prints the page after its title (``…实施方案(第2/2页)``, holdout
twoduelabels-county-2023-2, batch 103): the page is no word of the title (``[html] split_page_note_re``, ``pagetitle._split_page_re``)."""
from extractor.layout.locate import parse_html
from extractor.layout.pagetitle import page_title_and_site


def title_of(html):
    return page_title_and_site(parse_html(html))[0]


def test_a_split_texts_page_after_the_title_is_dropped():
    assert title_of("<html><body><h1>某县专项行动实施方案(第2/2页)</h1></body></html>") == "某县专项行动实施方案"
    assert title_of("<html><head><title>某市工作要点（第3页）_某文库</title></head><body></body></html>") == "某市工作要点"
    assert title_of("<html><body><h1>某县方案(第1页/共3页)</h1></body></html>") == "某县方案"


def test_a_title_that_is_only_a_page_mark_or_names_a_page_inside_stays():
    assert title_of("<html><body><h1>关于第2页内容的说明</h1></body></html>") == "关于第2页内容的说明"
