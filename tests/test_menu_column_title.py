"""A <title> naming only the column the page sits in, a link of the site's menu (``首页 | 通知公告 | 政策法规``) or a
breadcrumb's column (``首页 >> 地方财政 >> 正文``), is no notice's title (pagetitle.names_menu_column; holdout
runcells-cnipa, partparas-hebei, squarebracket-biaozhun, batch 112)."""
from extractor.layout.locate import parse_html
from extractor.layout.pagetitle import page_title_and_site

_NAV = '<div class="nav"><a href="/">首页</a> <a href="/tzgg">通知公告</a> <a href="/zcfg">政策法规</a></div>'


def title_of(html):
    return page_title_and_site(parse_html(html))[0]


def test_a_title_naming_a_menu_link_is_no_title():
    assert title_of(f"<html><head><title>通知公告</title></head><body>{_NAV}<p>正文</p></body></html>") is None


def test_a_breadcrumbs_column_before_the_page_is_no_title():
    page = ('<html><head><title>地方财政 - 某某资讯网</title></head><body>'
            '<div>您的位置：<a href="/">首页</a> &gt;&gt; <a href="/dfcz/">地方财政</a> <a href="/x">更多</a></div>'
            '<p>正文</p></body></html>')
    assert title_of(page) is None


def test_a_title_the_menu_does_not_name_stays():
    assert title_of(f"<html><head><title>某县工作要点</title></head><body>{_NAV}</body></html>") == "某县工作要点"


def test_a_link_with_no_link_after_it_or_a_long_title_is_no_column():
    # the breadcrumb's last link is the page itself; a long title is a notice's even where a list links it
    last = '<div><a href="/">首页</a> &gt; <a href="/a">某县工作要点</a></div>'
    assert title_of(f"<html><head><title>某县工作要点</title></head><body>{last}</body></html>") == "某县工作要点"
    long = "某县二〇二一年重点工作任务分解方案"
    links = f'<div><a href="/a">{long}</a> <a href="/b">其他</a></div>'
    assert title_of(f"<html><head><title>{long}</title></head><body>{links}</body></html>") == long
