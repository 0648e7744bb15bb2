"""A newspaper's report of a city's task list, kept by a mirror: the headline only in the page's <title>, the items
unnumbered sentences each with labelled lines under it, grouped under keyword headings (``关键词 教育``).

Written for holdout schedlabel-zhengzhou (batch 62), in other words and for another city: the headings are the
sections of the items under them (the first one over the report's first item too), never the text of the item under
them; the place the headline opens with before its verb of announcing (漳州公布…) places the notice.  A heading
printed once, or headings that share no first word, are read as before.
"""
from __future__ import annotations

from extractor.engine.extract import extract

ITEMS = (("教育", (("新建公办幼儿园8所。", "市教育局"), ("改造农村薄弱学校15所。", "市教育局"))),
         ("医疗", (("新建社区卫生服务站12个。", "市卫生健康委"), ("为60岁以上老人免费体检一次。", "市卫生健康委"))),
         ("交通", (("新开公交线路6条。", "市交通运输局"),)))


def _page(headings=lambda k, topic: f"关键词 {topic}", headline="漳州公布2019年十件民生实事分解表_新闻_某生活网") -> bytes:
    body = ["<p>　　今年的民生实事由谁来办、何时办完？市政府日前公布了分解表，每件实事都写明了责任单位和进度。</p>",
            "<p>　　本报挑出其中几项，请市民一起监督。 记者 李明</p>"]
    for k, (topic, items) in enumerate(ITEMS):
        body.append(f"<p><strong>{headings(k, topic)}</strong></p>")
        for text, unit in items:
            body += [f"<p>　　{text}</p>", f"<p>　　责任单位：{unit}</p>", "<p>　　进度安排：6月底前开工；12月底前完成。</p>"]
    return (f"<html><head><meta charset='utf-8'><title>{headline}</title></head><body><div class='main'>"
            f"<div class='TRS_Editor'>{''.join(body)}</div></div></body></html>").encode("utf-8")


def test_keyword_headings_are_the_sections_of_the_items_under_them():
    notice = extract(_page(), name="p.html")
    assert [(s.no, s.title) for s in notice.sections] == [(1, "关键词教育"), (2, "关键词医疗"), (3, "关键词交通")]
    assert [(m.measure_no, m.section_no, m.text) for m in notice.measures] == [
        (1, 1, "新建公办幼儿园8所。"), (2, 1, "改造农村薄弱学校15所。"), (3, 2, "新建社区卫生服务站12个。"),
        (4, 2, "为60岁以上老人免费体检一次。"), (5, 3, "新开公交线路6条。")]


def test_the_headlines_place_before_its_verb_of_announcing_places_the_notice():
    notice = extract(_page(), name="p.html")
    assert notice.city == "漳州市"
    assert notice.measures[0].lead[0].canonical == "漳州市教育局"


def test_headings_sharing_no_first_word_head_nothing():
    notice = extract(_page(headings=lambda k, topic: f"{('关键词', '领域', '方面')[k]} {topic}"), name="p.html")
    assert notice.sections == ()
