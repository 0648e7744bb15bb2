"""A plan's own name may open with a verb of policy before the place it is for (加快西宁市流通业发展实施意见,
a consulting site's copy with no letter: holdout nbsplbl-xining, batch 64).  A notice no issuer, doc number or
title chain placed takes the listed place right after those verbs (``agency_patterns.toml [city] title_verbs``),
as it takes one the title opens with; before, its 市 units named no city.  Never past another word, never over
an issuer's place."""
import pytest

import extractor
from extractor.agencies.registry import detect_city


@pytest.mark.parametrize("issuer,title,city", [
    (None, "加快西宁市流通业发展实施意见", "西宁市"),
    (None, "关于进一步加快西宁市商贸流通发展的实施意见", "西宁市"),     # opener, then two verbs
    (None, "推进仪陇县乡村振兴工作方案", "南充市仪陇县"),
    (None, "2016年加快泰州市服务业发展的意见", "泰州市"),               # a year before the verb
    # negatives
    (None, "加快工业发展的若干政策", None),                              # a verb, then no place
    (None, "加强城市管理工作方案", None),
    (None, "加快建设西宁市物流枢纽的意见", None),                        # another word between: not read
    ("浙江省人民政府办公厅", "关于加快衢州市发展的若干意见", "浙江省"),   # the issuer's place first
])
def test_a_place_after_a_titles_verb_places_a_letterless_notice(issuer, title, city):
    assert detect_city(issuer, title) == city


def test_city_units_of_a_letterless_copy_resolve_in_the_place_after_the_verb():
    html = ("<html><body><div class='tit'>加快西宁市流通业发展实施意见</div><div class='con'>"
                    "<p>为加快流通业发展，结合我市实际，提出如下实施意见。</p><p>一、重点任务</p>"
                    "<p>1.完善商业网点布局。（牵头单位：市商务局&nbsp;&nbsp;责任单位：市财政局）</p>"
                    "<p>2.发展电子商务。（牵头单位：市商务局&nbsp;&nbsp;责任单位：市发改委）</p>"
                    "</div></body></html>")
    notice = extractor.extract(html.encode(), name="copy.html")
    assert notice.city == "西宁市"
    names = {a.name: a.canonical for m in notice.measures for a in (*m.lead, *m.support)}
    assert names == {"市商务局": "西宁市商务局", "市财政局": "西宁市财政局", "市发改委": "西宁市发展和改革委员会"}
