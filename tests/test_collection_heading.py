"""A model-text site's heading that the first text's label opens with names the collection, not the notice
(``collection.heads_collection``); a label closing with 第, the ordinal and 篇 (``…范文第1篇``) numbers a text as the
other label forms do (holdout modelunitlines-county-2005-1, batch 115: before, the site's heading titled a county's
实施意见 and the second text was read on).  Invented page, own words."""
from extractor.engine.extract import extract
from extractor.layout.collection import heads_collection, next_text_label, text_label

PAGE = """<html><head><title>安全检查会议记录(精选6篇)</title></head><body>
<h1>安全检查会议记录</h1>
<div class="content">
<h2>安全检查会议记录范文第1篇</h2>
<p>为进一步压实安全生产责任，及时消除各类隐患，结合我县上半年检查中发现的问题，经研究，现将有关工作分工明确如下：</p>
<p>1、牵头组织全县安全生产大检查，汇总各部门发现的隐患。（牵头单位：县应急局）</p>
<p>2、排查在建工地的脚手架和起重设备，建立整改台账。（牵头单位：县住建局；配合单位：县应急局）</p>
<h2>安全检查会议记录范文第2篇</h2>
<p>本次会议由项目经理主持，施工、监理单位有关人员参加。</p>
</div></body></html>"""


def test_a_label_closing_with_its_ordinal_and_the_count_word():
    assert text_label("安全检查会议记录范文第1篇") == ("ordinal", 1)
    assert text_label("安全检查会议记录范文第2篇") == ("ordinal", 2)
    assert next_text_label("安全检查会议记录范文第2篇", ["安全检查会议记录范文第1篇", "1、县应急局"])
    assert text_label("第二篇") is None and text_label("第二篇　加快构建现代产业体系") is None   # a plan's parts


def test_the_heading_the_first_label_opens_with_names_the_collection():
    assert heads_collection("安全检查会议记录", PAGE)
    assert not heads_collection("安全检查会议记录范文", PAGE.replace("第1篇", "第3篇"))   # no first text's label
    assert not heads_collection("某县安全生产工作方案", PAGE)
    notice = extract(PAGE.encode("utf-8"))
    assert notice.title is None
    assert [(m.measure_no, m.text[:6]) for m in notice.measures] == [(1, "牵头组织全县"), (2, "排查在建工地")]


def test_a_heading_the_site_counts_its_texts_by_names_the_collection():
    # 小编精心整理的12篇社区办公室人员 (holdout collectgu-county-undated-1, batch 126), or 社区办公室人员(精选12篇)
    from extractor.layout.collection import heads_collection
    blurb = "<h1>社区办公室人员</h1><div>下面是小编精心整理的12篇社区办公室人员，希望能帮到您。</div><p>一、推进法律进机关</p>"
    assert heads_collection("社区办公室人员", blurb)
    assert heads_collection("社区办公室人员", "<title>社区办公室人员(精选12篇)</title><h1>社区办公室人员</h1>")
    # a notice's heading the page only mentions beside a count of something else is no collection's
    assert not heads_collection("关于印发某镇防溺水方案的通知",
                                "<h1>关于印发某镇防溺水方案的通知</h1><p>共分3篇章。关于印发某镇防溺水方案的通知如下</p>")
