"""A page with no letter whose content block opens at its list, under a label over the text (a wiki's 政策全文),
is headed by the page's own heading printed outside that block (the entry's <h1> over its abstract and
infobox): that heading is the list's table title as it is the title (tests/fixtures/README.md, table_title;
holdout wikimeasures-heilongjiang).  A heading that names no plan or names a letter heads nothing."""
import pytest

from extractor.engine.extract import extract

PAGE = """<html><head><meta charset="utf-8"><title>{h1}_百科词条</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/c/1">政治</a></div>
<div class="entry"><h1>{h1}</h1>
<div class="entry-abstract"><p>今年以来，受能源产品产量下滑影响，全省经济增速有所放缓，稳增长任务繁重。为落实国家稳增长、促改革、调结构、惠民生的部署，省政府决定，将正在实施和今明两年拟采取的稳增长措施予以公布，请各地各部门抓好落实。</p></div>
<div class="basic-info"><h2>基本介绍</h2><ul><li>中文名：{h1}</li><li>背景：能源工业增速下滑，投资和消费增长乏力</li></ul></div>
<div class="entry-body"><h2>{label}</h2>
<p>一、加快基础设施建设</p>
<p>1.推进支线机场建设，今明两年完成投资30亿元，开工建设一批通用机场。（省发改委、省交通运输厅负责）</p>
<p>2.加强重点水利工程建设，今明两年完成投资480亿元，实施大型灌区续建配套。（省水利厅负责）</p>
<p>二、保持农业稳定增长</p>
<p>3.稳定粮食播种面积，推广高产栽培技术，确保粮食总产稳定增长，建设一批现代农业示范区。（省农业厅负责）</p>
<p>4.推进规模化畜禽养殖，新建标准化规模养殖场500个，提高畜牧业产值比重。（省畜牧兽医局负责）</p>
<p>三、培育工业新增量</p>
<p>5.围绕石化、装备、食品等重点产业延伸产业链，今明两年新开工亿元以上工业项目400个。（省工信委、省科技厅负责）</p>
<p>6.扩大对外经贸合作，建设一批境外资源开发和加工园区，推进口岸基础设施建设。（省商务厅负责）</p>
</div></div></body></html>"""


@pytest.mark.parametrize("h1,label,table_title", [
    ("某省促进经济稳增长的若干措施", "政策全文", "某省促进经济稳增长的若干措施"),
    ("某省促进经济稳增长的若干措施", "全文", "某省促进经济稳增长的若干措施"),
    # a heading naming no plan by its kind, or a letter's title, heads no list
    ("某省稳增长", "政策全文", None),
    ("某省人民政府关于促进经济稳增长的通知", "政策全文", None),
])
def test_the_pages_heading_heads_a_list_with_nothing_over_it_but_a_label(h1, label, table_title):
    notice = extract(PAGE.format(h1=h1, label=label).encode("utf-8"))
    assert len(notice.measures) == 6
    assert notice.table_title == table_title


LETTER_PAGE = """<html><head><meta charset="utf-8"><title>关于落实重点工作的任务分工_百科词条</title></head><body>
<div class="entry"><h1>关于落实重点工作的任务分工</h1>
<div class="entry-body"><h2>印发通知</h2>
<p>某市人民政府印发关于落实重点工作任务分工的通知</p>
<p>（某政规〔2021〕4号）</p>
<p>各区人民政府，市政府各委、办、局：</p>
<p>现将《关于落实重点工作的任务分工》印发给你们，请认真贯彻执行。</p>
<p>某市人民政府</p>
<p>2021年5月26日</p>
<h2>{label}</h2>
<p>一、任务分工</p>
<p>（一）总体要求</p>
<p>1.统筹做好疫情防控和经济社会发展各项工作，确保开好局、起好步。（市政府各部门分别负责，年内持续推进）</p>
<p>（二）主要预期目标</p>
<p>2.地区生产总值增长6%以上，新增就业30万人左右。（市发展改革委、市人社局按职责分工负责，年内持续推进）</p>
<p>3.粮食产量稳定在225万吨以上。（市农业农村委负责，年内完成）</p>
</div></div></body></html>"""


@pytest.mark.parametrize("label", ["主要内容", "主要內容", "政策全文"])
def test_a_wikis_heading_under_the_signature_names_no_list(label):
    """A wiki's heading over the text printed right under the letter's signature (主要内容, 政策全文:
    ``[metadata] body_labels``) is no plan's name: with no other line naming the list, no table title
    (holdout wikidue-tianjin, batch 93: before, 主要內容 was the table title)."""
    notice = extract(LETTER_PAGE.format(label=label).encode("utf-8"))
    assert len(notice.measures) == 3
    assert notice.table_title is None
