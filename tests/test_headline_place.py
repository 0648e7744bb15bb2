"""A news headline's place label: ``安陆：35个重点项目“认主”`` reports from 安陆市, a listed place printed without its
level word before the headline's colon (registry._headline_place; holdout glossquote-anlu, batch 118: a 孝感 daily's
item whose units are printed bare, 畜牧局, 交通局, 李店镇, and whose page names no issuer).  Asked after every other
title source; a label that is no place, or names two listed places, names none."""
import pytest

from extractor.agencies.registry import detect_city
from extractor.engine.extract import extract


@pytest.mark.parametrize("title,place", [
    ("安陸：35個重點項目“認主”", "安陆市"),          # a traditional mirror's headline
    ("安陆市：重点项目逐一明确责任单位", "安陆市"),   # printed in full
    ("通知：关于做好项目交办工作", None),            # a label that is no place
    ("重要：项目建设推进会召开", None),
])
def test_a_headlines_place_label_places_the_notice(title, place):
    assert detect_city(None, title) == place


def test_the_bare_units_of_a_news_quote_are_the_labels_places():
    body = ("<p>“食品工业园，责任单位畜牧局；物流园，责任单位李店镇、交通局……”3月18日，在重点项目交办会上，"
            "各项目逐一落实了责任单位。</p><p>该市要求各责任单位做好协调服务。</p>")
    page = (f"<html><head><meta charset='utf-8'><title>安陆：重点项目“认主”</title></head><body>"
            f"<h1>安陆：重点项目“认主”</h1><div class='content'>{body}</div></body></html>").encode("utf-8")
    notice = extract(page, name="anlu-news.html")
    assert [[a.canonical for a in m.lead] for m in notice.measures] == [
        ["安陆市畜牧局"], ["安陆市李店镇人民政府", "安陆市交通局"]]
