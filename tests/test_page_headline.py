"""The page's own title where the notice prints none (``pagetitle``): a topic site's name after a <title>'s dash
(…问题--某市创建国家卫生城市专题) is the site's, as a portal's is (``[html] site_name_ends`` 专题, 专栏: holdout
handover-puyang, batch 67: before, the title kept ``--…专题``); and a page with no ``<h1>`` and no <title> naming a
notice is titled by the heading element that opens its content (an ``<h2>`` headline: holdout photocap-jianhu,
batch 67: before, the page had no title)."""
from extractor.engine.extract import extract

TOPIC = """<html><head><meta charset="utf-8"><title>检查组交办城区背街小巷环境问题--某市创建文明城市专题</title></head>
<body><table><tr><td class="title">检查组交办城区背街小巷环境问题</td></tr></table>
<p>5月6日，检查组对城区背街小巷进行了检查，现将问题交办如下：</p>
<p>1.东关街垃圾堆放。责任单位：区城管局。</p>
<p>2.西关街车辆乱停。责任单位：区交警大队。</p>
</body></html>"""

HEADLINE = """<html><head><meta charset="utf-8"><title>列表详情</title></head>
<body><div class="nav"><a href="/">首页</a></div>
<div class="detail"><h2 class="detailTitle">县开展城区环境专项检查</h2>
<div class="info">某县日报　2021-03-02</div>
<div class="con"><p>近日，县检查组对城区点位开展专项检查。</p>
<p>图①：北环路公交站台广告破损。责任单位：县交通局。</p>
<p>图②：南环路围挡画面脱落。责任单位：县住建局。</p>
</div></div></body></html>"""


def test_a_topic_site_after_the_dash_is_no_part_of_the_title():
    assert extract(TOPIC.encode("utf-8"), name="p.html").title == "检查组交办城区背街小巷环境问题"


def test_a_column_after_the_dash_is_no_part_of_the_title():
    page = TOPIC.replace("某市创建文明城市专题", "创文工作专栏")
    assert extract(page.encode("utf-8"), name="p.html").title == "检查组交办城区背街小巷环境问题"


def test_a_dash_before_other_words_keeps_them():
    # only a site's or column's name goes: a title's own piece after a dash stays
    page = TOPIC.replace("--某市创建文明城市专题", "--第二批")
    assert extract(page.encode("utf-8"), name="p.html").title == "检查组交办城区背街小巷环境问题--第二批"


def test_a_headline_in_an_h2_titles_a_page_without_h1():
    assert extract(HEADLINE.encode("utf-8"), name="p.html").title == "县开展城区环境专项检查"


def test_a_heading_after_the_contents_first_text_is_no_headline():
    # a heading inside the text (a part's heading under the lead) titles nothing
    page = HEADLINE.replace('<h2 class="detailTitle">县开展城区环境专项检查</h2>', "").replace(
        "<p>图①", "<h3>一、检查发现的问题</h3><p>图①")
    assert extract(page.encode("utf-8"), name="p.html").title != "一、检查发现的问题"


def test_an_h1_wins_over_an_h2():
    page = HEADLINE.replace('<div class="nav">', "<h1>县开展城区环境专项检查情况</h1><div class=\"nav\">")
    assert extract(page.encode("utf-8"), name="p.html").title == "县开展城区环境专项检查情况"
