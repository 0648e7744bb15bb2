"""A members' list of duties on a 重庆 county portal (城口县减灾委员会办公室's 2019 成员单位工作职责, holdout
unitstop-chengkou-2019-20, batch 114: 0/1 before, its doc number, date and table title unread).  The portal's box is a
block of paragraphs each printing ``[ label ] value`` fields (``metabox._square_fields``); the list's name is centred
over three lines ending in 职责 (``[metadata] table_title_ends``); a paragraph opening with its unit closed by a full
stop (``县委宣传部。负责…``) right under a sentence leading in to the duties (``…的工作职责明确如下。``) is that unit's duty,
however few such paragraphs the page keeps (``unitduties.bare_duties``)."""
from extractor.layout.locate import locate_content
from extractor.layout.metabox import _line_pairs
from extractor.parse.forms import parse_body
from extractor.parse.unitduties import bare_duties
from extractor.source.decode import decode_bytes

from conftest import make_raw

PAGE = """<html><head><title>某县减灾委员会办公室关于印发成员单位工作职责的通知</title></head><body>
<div class="box"><p><span>[ 索引号 ]</span> 1150/2021-00166 <span>[ 发文字号 ]</span> 城减灾委办发〔2019〕20号</p>
<p><span>[ 主题分类 ]</span> 其他 <span>[ 体裁分类 ]</span> 行政规范性文件</p>
<p><span>[ 成文日期 ]</span> 2019-09-16 <span>[ 发布日期 ]</span> 2021-08-02</p></div>
<div class="article"><h2>某县减灾委员会办公室关于印发成员单位工作职责的通知</h2>
<p>各乡镇人民政府，有关单位：</p><p>现将《成员单位工作职责》印发给你们，请认真遵照执行。</p>
<p>某县减灾委员会办公室</p><p>2019年9月16日</p>
<p>某县减灾委员会</p><p>某县自然灾害应急总指挥部</p><p>成员单位工作职责</p>
<p>按照有关要求，经商定，现将各成员单位的工作职责明确如下。</p>
<p>县委宣传部。负责组织媒体做好减灾宣传报道。</p></div></body></html>"""


def test_square_bracket_fields_of_a_box_line_are_its_pairs():
    assert _line_pairs("[ 索引号 ] 1150/2021-00166 [ 发文字号 ] 城减灾委办发〔2019〕20号") == [
        "[索引号] 1150/2021-00166", "[发文字号] 城减灾委办发〔2019〕20号"]
    assert _line_pairs("[ 专题 ] 防灾减灾") == ["[专题] 防灾减灾"]   # read as a box only among box words
    assert _line_pairs("[图片] 某县召开会议") == ["[图片] 某县召开会议"]


def test_one_unit_duty_under_a_lead_in_sentence_is_a_measure():
    lines = ["现将各成员单位的工作职责明确如下。", "县委宣传部。负责组织媒体做好减灾宣传报道。"]
    found = bare_duties(lines, lambda line: False)
    assert {k: (text, a.lead) for k, (text, a) in found.items()} == {1: ("负责组织媒体做好减灾宣传报道。", ("县委宣传部",))}
    assert bare_duties(["会议强调：", "县委宣传部。负责组织媒体做好减灾宣传报道。"], lambda line: False) == {}


def test_the_page_reads_its_box_title_and_duty():
    located = locate_content(decode_bytes(make_raw(PAGE.encode("utf-8"), path="p.html")))
    assert located.meta.get("发文字号") == "城减灾委办发〔2019〕20号"
    result = parse_body(located)
    assert [(m.measure_no, m.text, m.lead_cells) for m in result.measures] == [
        (1, "负责组织媒体做好减灾宣传报道。", ("县委宣传部",))]
