"""A <title> closing with a portal named as its government "online" (…--某区政府在线) is the notice's title
without the site's name, as one closing with …网 or …门户 (``[html] site_name_ends`` in parse/vocab.toml;
holdout projlabels-guangming, batch 56: before, the title kept ``--光明区政府在线``)."""
from extractor.engine.extract import extract

PAGE = """<html><head><meta charset="utf-8"><title>某区2017年民生实事：公园建设（3项）--某区政府在线</title></head>
<body><div class="logo">某区政府在线</div><div class="main"><h3>某区2017年民生实事：公园建设（3项）</h3>
<p><strong>某某公园绿化提升工程</strong></p>
<p>牵头单位：区城管局</p>
<p>协办单位：区财政局</p>
</div></body></html>"""


def test_a_site_named_online_is_no_part_of_the_title():
    notice = extract(PAGE.encode("utf-8"), name="p.html")
    assert notice.title == "某区2017年民生实事：公园建设（3项）"


def test_a_title_piece_without_a_dash_keeps_its_words():
    # only the piece after the dash is the site's: a notice's own title never loses words to the rule
    page = PAGE.replace("--某区政府在线", "")
    assert extract(page.encode("utf-8"), name="p.html").title == "某区2017年民生实事：公园建设（3项）"
