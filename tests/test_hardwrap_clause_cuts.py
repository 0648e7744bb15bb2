"""A short notice's few wrapped paragraphs under a portal's many lines and its heading left whole show their wrap
when every line at the width was cut inside a clause (``wrapwidth._cut_inside_clauses``)."""
from extractor.engine.extract import extract
from extractor.parse.hardwraps import join_hard_wraps
from extractor.parse.wrapwidth import _cut_inside_clauses, find_wrap

WIDTH = 34

#: the portal's lines over the letter and under it; the page's heading and its date line are longer than the wrap
PAGE_HEAD = ["某某市人民政府门户网站", "首页 | 政务公开 | 政务服务 | 互动交流 | 走进某某市", "当前位置：首页 > 政务公开 > 政府文件",
             "索引号：013579246/2020-00417", "发布机构：某某市人民政府办公室", "成文日期：2020-04-13", "主题分类：综合政务",
             "某某市人民政府办公室关于印发某某市2020年稳就业保民生重点任务分解表的通知",
             "发布日期：2020-04-20\u3000信息来源：某某市人民政府办公室\u3000【字体：大 中 小】"]
LETTER_HEAD = ["某某市人民政府办公室", "关于印发某某市2020年稳就业保民生重点任务分解表的通知", "某政办发〔2020〕12号",
               "各镇人民政府、街道办事处，市各有关部门："]
LETTER = "\u3000\u3000《某某市2020年稳就业保民生重点任务分解表》已经市政府同意，现印发给你们，请认真贯彻落实。"
SIGNATURE = ["某某市人民政府办公室", "2020年4月13日", "某某市2020年稳就业保民生重点任务分解表"]
#: unit-colon items: the units and a colon over duty clauses parted by ；
ITEMS = ["1、市人社局：负责开发公益性岗位300个，兜底安置就业困难人员；组织线上招聘会12场。",
         "2、市农业农村局、市财政局：统筹发放种粮补贴；指导新建高标准农田2万亩，完成验收。",
         "3、市住建局：完成城镇老旧小区改造9个，惠及居民1600户。"]
PAGE_FOOT = ["【打印本页】【关闭窗口】", "分享到：微信 微博 QQ空间", "主办：某某市人民政府办公室\u3000承办：某某市数据中心",
             "建议使用1920×1080分辨率浏览"]


def _cut(paragraph: str) -> list[str]:
    return [paragraph[k:k + WIDTH] for k in range(0, len(paragraph), WIDTH)]


def _page() -> list[str]:
    return [*PAGE_HEAD, *LETTER_HEAD, *_cut(LETTER), *SIGNATURE, *(line for item in ITEMS for line in _cut(item)),
            *PAGE_FOOT]


def test_few_lines_cut_inside_clauses_show_the_wrap():
    lines = _page()
    full = [line for line in lines if len(line) == WIDTH]
    # the shares the copy's other lines ask for are not met: three full lines among thirty, under two longer ones
    assert len(full) == 3 and len([ln for ln in lines if len(ln) > WIDTH]) == 2 and 2 * len(full) < 0.25 * len(lines)
    assert find_wrap(lines).width == WIDTH
    joined = join_hard_wraps(lines)
    assert [line for line in joined if line.startswith(("1、", "2、", "3、"))] == ITEMS
    assert LETTER in joined


def test_the_duties_wrapped_past_the_width_are_read():
    notice = extract("\n\n".join(_page()).encode("utf-8"))
    assert [(m.measure_no, m.text) for m in notice.measures] == [
        (1, "负责开发公益性岗位300个，兜底安置就业困难人员；组织线上招聘会12场。"),
        (2, "统筹发放种粮补贴；指导新建高标准农田2万亩，完成验收。"), (3, "完成城镇老旧小区改造9个，惠及居民1600户。")]
    assert [[a.name for a in m.lead] for m in notice.measures] == [["市人社局"], ["市农业农村局", "市财政局"], ["市住建局"]]
    assert notice.table_title == "某某市2020年稳就业保民生重点任务分解表"


#: a labelled list with its own breaks: each item's text, as long as each other, holds a clause and ends in no
#: mark, under the portal's heading; each stands over its label line, which no wrap leaves
OWN_ITEMS = ["1.新建城市口袋公园6处，改造提升沿河绿道12公里", "牵头单位：市城管局", "配合单位：市自然资源局、市财政局",
             "2.新增公共停车泊位900个，建成智慧停车平台1个", "牵头单位：市公安局", "完成时限：2020年底前",
             "3.完成背街小巷整治20条，补齐路灯和排水设施短板", "牵头单位：市住建局", "配合单位：各街道办事处"]


def test_lines_holding_a_clause_over_label_lines_are_no_wrap():
    lines = [*PAGE_HEAD, *OWN_ITEMS, *PAGE_FOOT]
    texts = OWN_ITEMS[::3]
    assert len({len(t) for t in texts}) == 1 and all("，" in t for t in texts)
    assert find_wrap(lines) is None
    assert join_hard_wraps(lines) == lines


def test_a_longer_line_cut_inside_a_clause_shows_no_fixed_wrap():
    """A PDF's text runs its lines to many lengths: one longer than the shared length and cut inside a clause
    (the copy left whole only titles and the page's lines) says the length is no fixed wrap."""
    longer = "经市政府同意，现将《某某市2020年稳就业保民生重点任务分解表》印发给"
    lines = _page()
    assert len(longer) > WIDTH
    lines = [*lines[:13], longer, *lines[13:]]
    assert find_wrap(lines) is None


#: a letter whose first clause (the plan's title in its brackets) is longer than the wrap: its first full line holds
#: no clause mark, the full line under it does and ends in none
LONG_CLAUSE_LETTER = ("\u3000\u3000《某某市2020年稳就业保民生和扩大有效投资重点任务分解表》已经市政府同意，现印发给你们，"
                      "请认真贯彻落实。各牵头单位要于每季度末将进展情况报市政府督查室。")
#: the page's lines under its footer's first ones
MORE_FOOT = ["相关链接：国务院办公厅关于进一步优化营商环境的意见", "网站标识码：1234567890"]


def test_a_first_clause_longer_than_the_wrap_shows_it_with_the_full_line_under_it():
    lines = [*PAGE_HEAD, *LETTER_HEAD, *_cut(LONG_CLAUSE_LETTER), *SIGNATURE,
             *(line for item in ITEMS for line in _cut(item)), *PAGE_FOOT, *MORE_FOOT]
    first, second = _cut(LONG_CLAUSE_LETTER)[:2]
    assert len(first) == len(second) == WIDTH and "，" not in first and "，" in second
    # four full lines and three rests among thirty lines: short of the share of the copy a wrapped body makes
    full = [line for line in lines if len(line) == WIDTH]
    assert len(full) == 4 and 2 * len(full) - 1 < 0.25 * len(lines)
    assert find_wrap(lines).width == WIDTH
    joined = join_hard_wraps(lines)
    assert LONG_CLAUSE_LETTER in joined
    assert [line for line in joined if line.startswith(("1、", "2、", "3、"))] == ITEMS


def test_a_line_holding_no_clause_over_a_whole_sentence_is_no_cut():
    """A heading holding no clause mark over a line as long that ends its sentence: a notice's own breaks, however
    many full lines cut inside a clause stand elsewhere."""
    heading = "某某市2020年稳就业保民生和扩大有效投资重点任务及其责任分解一览表"
    sentence = "各牵头单位要于每季度末将工作进展情况报市政府督查室，逾期不报的通报。"
    cut = [line for item in ITEMS for line in _cut(item)]
    assert len(heading) == len(sentence) == WIDTH and "，" not in heading
    for lines in ([heading, sentence, *cut], [heading, *cut[:2], sentence, *cut[2:]]):
        assert _cut_inside_clauses(lines, [len(line) for line in lines], WIDTH, 2) is False
    # the same heading over a full line cut inside a clause is a paragraph's first full line
    lines = [heading, *_cut(LONG_CLAUSE_LETTER)[1:], *cut]
    assert _cut_inside_clauses(lines, [len(line) for line in lines], WIDTH, 2) is True
