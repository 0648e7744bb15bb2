"""A letterless copy placed by the label its page's <title> prints before the notice's own title
(咸安区 + 2023年区《政府工作报告》…方案_华中_site: holdout topicline-xianan), only when nothing else places it
(docs/agencies.md, "The notice's jurisdiction").
"""
from __future__ import annotations

import pytest

from extractor.agencies.noticeplace import notice_place
from extractor.agencies.placeclues import city_from_page_label
from extractor.models import Metadata


TITLE = "2023年区《政府工作报告》确定的重点工作任务责任分解方案"


@pytest.mark.parametrize("pieces, want", [
    (("咸安区" + TITLE, "华中", "某某时讯"), "咸宁市咸安区"),
    (("某某区" + TITLE,), None),                 # no place the gazetteer lists
    (("咸安区要闻" + TITLE,), None),             # more than a place before the title
    ((TITLE, "咸安区"), None),                   # the place apart from the title: no label of it
])
def test_city_from_page_label(pieces, want):
    assert city_from_page_label(pieces, TITLE) == want


def test_a_letterless_page_is_placed_by_its_title_label_only_when_nothing_else_places_it():
    meta = Metadata(doc_number=None, title=TITLE, issuer=None, date=None, recipients=(), table_title=TITLE)
    labels = ("咸安区" + TITLE,)
    assert notice_place(meta, (), lambda: (), lambda: None, page_labels=labels) == "咸宁市咸安区"
    # a site owner the <title> names places it first
    assert notice_place(meta, (), lambda: (), lambda: "宜昌市人民政府", page_labels=labels) == "宜昌市"


@pytest.mark.parametrize("lines, want", [
    # a repost's lead naming the site that published the plan (holdout dataunit-chengdu, batch 51)
    (["近日，成都市人民政府网站发布了《2022年〈政府工作报告〉目标任务责任分解方案》。"], "成都市人民政府"),
    (["日前，某省宜昌市人民政府门户网站公布《某某实施方案》。"], "某省宜昌市人民政府"),
    (["近日，市政府网站发布了《某某方案》。"], None),             # a level alone names no place
    (["近日，某某资讯网发布了《某某方案》。"], None),             # no body's name before the site word
    (["成都市人民政府网站今天上线新版。"], None),                 # no document published
])
def test_lead_site_owner(lines, want):
    from extractor.layout.newslead import lead_site_owner
    assert lead_site_owner(lines) == want


def test_a_letterless_page_is_placed_by_the_site_its_lead_names_only_when_nothing_else_places_it():
    """The body whose site a repost's lead says published the notice places it last: its own site, its title's
    label and the rest come first; the lead's site owner is never the issuer."""
    meta = Metadata(doc_number=None, title=TITLE, issuer=None, date=None, recipients=(), table_title=TITLE)
    assert notice_place(meta, (), lambda: (), lambda: None, lead_site=lambda: "成都市人民政府") == "成都市"
    assert notice_place(meta, (), lambda: (), lambda: "宜昌市人民政府", lead_site=lambda: "成都市人民政府") == "宜昌市"
    assert notice_place(meta, (), lambda: (), lambda: None, page_labels=("咸安区" + TITLE,),
                        lead_site=lambda: "成都市人民政府") == "咸宁市咸安区"
