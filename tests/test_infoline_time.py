"""A topic page posting a list alone: its info line may label the date 时间： alone (时间：… 浏览次数：…
信息来源：…), and its <title> may open with the site owner's name and a space (某市人民政府 <the list's
title>).  时间 counts as a label only standing alone, never as the end of a longer label (完成时间：)."""
from extractor.layout.infoline import read_info_line
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw


def page_meta(html: str):
    return parse_metadata(locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html"))))


def topic_page(title: str, info: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='nav'>首页 > 专题专栏</div>"
            "<div class='main'><div class='title'>民生实事项目责任分解（2022年）</div>"
            f"<div class='info'>{info}</div><div class='con'>"
            "<p>一、教育文化</p><p>1.新建改扩建中小学校5所。</p><p>责任单位：市教育局、市财政局</p>"
            "<p>2.新建城市书房10家。</p><p>责任单位：市文广旅体局</p></div></div></body></html>")


INFO = "时间：2022-03-02 10:15 <span>浏览次数：<script>document.write(hits(1))</script></span> 信息来源： 某市政府"


def test_a_lone_time_label_dates_a_page_with_no_letter():
    m = page_meta(topic_page("某市人民政府 民生实事项目责任分解（2022年）", INFO))
    assert (m.issuer, m.date) == ("某市政府", "2022-03-02")


def test_a_title_opening_with_the_site_owners_name_loses_it():
    m = page_meta(topic_page("某市人民政府 民生实事项目责任分解（2022年）", INFO))
    assert m.title == "民生实事项目责任分解（2022年）"


def test_a_title_naming_two_issuers_before_guanyu_keeps_them():
    m = page_meta(topic_page("甲市人民政府办公室 乙市人民政府办公室关于印发民生实事项目责任分解的通知", INFO))
    assert m.title == "甲市人民政府办公室 乙市人民政府办公室关于印发民生实事项目责任分解的通知"


def test_time_at_the_end_of_a_longer_label_is_no_info_label():
    found = read_info_line("信息来源：某市政府 浏览次数：12 <p>1.新建城市书房10家。完成时间：2022-12-31</p>")
    assert found.source == "某市政府" and found.date is None
