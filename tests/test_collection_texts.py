"""Several texts on one page (tests/fixtures/README.md, session 56): a model-text site's collection prints each text
under a label numbering it (…方案篇一, …方案篇二); the notice is the first text, and the collection's heading
(…(10篇)) is no title (layout/collection.py, layout/pagetitle.names_collection)."""
from extractor.engine.extract import extract
from extractor.layout.collection import next_text_label, text_label
from extractor.layout.pagetitle import names_collection

PAGE = """<html><head><title>创建卫生城市工作方案(5篇)_公文范文_范文网</title></head><body>
<h1>创建卫生城市工作方案(5篇)</h1>
<div class="content">
<p>创建卫生城市工作方案篇一</p>
<p>（一）环境整治</p>
<p>1、开展城区主次干道大清扫，做到路面无垃圾、无积水。责任单位：市城管局、市住建局。</p>
<p>2、规范农贸市场经营秩序，杜绝占道经营。责任单位：市市场监管局。</p>
<p>创建卫生城市工作方案篇二</p>
<p>（一）宣传发动</p>
<p>1、在县电视台开设创卫专栏，及时报道创建动态。责任单位：县委宣传部。</p>
<p>2、在公交站点设置公益广告。责任单位：县住建局、县城管局。</p>
</div></body></html>"""


def test_the_first_text_of_a_collection_is_the_notice():
    notice = extract(PAGE.encode("utf-8"))
    assert [m.text[:4] for m in notice.measures] == ["开展城区", "规范农贸"]
    assert notice.title is None


def test_labels_and_collections():
    assert text_label("创建卫生城市工作方案篇二") == ("tail", 2)
    assert text_label("【第3篇】") == ("bracket", 3)
    assert text_label("第二篇　加快构建现代产业体系") is None   # a plan's part heading
    assert not next_text_label("创建卫生城市工作方案篇二", ["（一）环境整治"])   # no first label seen: no collection
    assert names_collection("文明城市创建工作方案【热选8篇】")
    assert not names_collection("某县（第一篇）方案") and not names_collection("重点任务（3项）")


NUMBERED_PAGE = """<html><head><title>安全生产专项整治方案(通用3篇)_范文库</title></head><body>
<h1>安全生产专项整治方案(通用3篇)</h1>
<div class="text">
<p>【第1篇】安全生产专项整治方案</p>
<p>1.开展危化品企业隐患排查，建立问题清单。（牵头单位：县应急局；配合单位：县消防救援大队）</p>
<p>2.整治城镇燃气管道老化问题。（牵头单位：县住建局）</p>
<p>【第2篇】安全生产专项整治方案</p>
<p>1.排查校园周边交通隐患。（牵头单位：市教育局；配合单位：市公安局）</p>
</div></body></html>"""


def test_a_label_printing_its_number_before_the_kind_ends_the_first_text():
    notice = extract(NUMBERED_PAGE.encode("utf-8"))
    assert [m.text[:4] for m in notice.measures] == ["开展危化", "整治城镇"]
    # neither the first text's label nor the collection's heading titles the notice or its list
    assert notice.title is None and notice.table_title is None


def test_bracket_labels_with_the_kind_after_them():
    assert text_label("【第2篇】民生实事项目任务清单") == ("bracket 民生实事项目任务清单", 2)
    first = ["【第1篇】民生实事项目任务清单", "1.新建公园2个。"]
    assert next_text_label("【第2篇】民生实事项目任务清单", first)
    # a plan's parts in brackets each print their own title: no collection of one kind of text
    assert not next_text_label("【第二篇】加快构建现代产业体系", ["【第一篇】总体要求", "1.坚持稳中求进。"])
    assert not next_text_label("【第2篇】", first)   # a bare label after labels naming a kind: another form


def test_a_count_closing_the_heading_with_no_bracket_names_a_collection():
    # batch 118: a model-text page headed 开发区改革实施方案6篇 over its first text (holdout threelabels-gansu-2017-1)
    assert names_collection("开发区改革实施方案6篇") and names_collection("开发区改革实施方案范文汇总五篇")
    # a part numbered with 第 closes no collection's name; nor does a title's own kind
    assert not names_collection("计划第一篇") and not names_collection("关于印发某某方案的通知")


DOC_LABEL_PAGE = """<html><head><title>开发区高质量发展实施方案范文(精选4篇)</title></head><body>
<h1>开发区高质量发展实施方案范文(精选4篇)</h1>
<div class="content">
<h2>开发区高质量发展实施方案范文 文档1</h2>
<p>为推动高新区高质量发展，结合我市实际，制定本方案。</p>
<p>一、积极创建高新区</p>
<p>（一）争创国家级高新区。压实园区创建主体责任。（牵头单位：市科技局；配合单位：市财政局）</p>
</div></body></html>"""


def test_a_texts_document_label_is_no_headline():
    # batch 118: the label 文档1 over the first text was read as the notice's title (holdout fanwenzone-yulin-2021-1)
    assert text_label("开发区高质量发展实施方案范文 文档1") == ("tail", 1)
    notice = extract(DOC_LABEL_PAGE.encode("utf-8"))
    assert notice.title is None
    assert [m.text[:4] for m in notice.measures] == ["争创国家"]
