"""Lists a court issues among its own offices (batch 84, session 61, sampled by issuing organ other than a people's
government): a plan's `进度和工作成果要求：` label line is the item's schedule (roles.toml [roles] deadline), a doc-number
label glued to the number on a law mirror's field line is no word of it (layout/docnumber.py), a law database's
`【发布部门】…【发文字号】…【发布日期】…` line run on one line is read as its box (layout/metabox.read_field_line), and a
task cell going on with the numbered points of the sub-rows above it under a merged 序号 keeps its numbers as its
list's (parse/tablerow.lists_points).  Before, each failed silently: no deadline, the label inside the doc number, no
issuer, date or table title for a page with no letter, and a sub-row's first point read as the row's number."""
import extractor
from extractor.layout.metabox import field_line_pairs, read_field_line
from extractor.numbering import runs_numbered


def _labelled(due_label: str) -> list:
    html = ("<html><body><p>关于贯彻实施某纲要的分工方案</p><p>一、改革举措及院内分工</p>"
            "<p>1.完善审判监督管理机制。</p><p>牵头部门：审管办</p><p>参加部门：司改办、研究室</p>"
            f"<p>{due_label}：2019年底前出台工作意见；2020年全面推开。</p>"
            "<p>2.推进诉讼服务中心建设。</p><p>牵头部门：立案庭</p><p>参加部门：信息中心</p>"
            f"<p>{due_label}：持续推进。</p></body></html>")
    return list(extractor.extract(html.encode(), name="x.html").measures)


def test_a_progress_and_output_label_is_the_items_schedule():
    first, second = _labelled("进度和工作成果要求")
    assert first.text == "完善审判监督管理机制。"
    assert [u.name for u in first.lead] == ["审管办"]
    assert [u.name for u in first.support] == ["司改办", "研究室"]
    assert first.deadline == "2019年底前出台工作意见；2020年全面推开"
    assert second.deadline == "持续推进"


def test_an_unknown_label_of_the_same_place_gives_no_deadline():
    first, _second = _labelled("工作成果形式")
    assert first.deadline is None


_MIRROR = ("<html><body><h1>某法院办公厅关于印发某分工方案的通知</h1><div>"
           "<p>发文机关某高级人民法院</p><p>发文日期2019年02月21日</p><p>发文字号{number}</p>"
           "<p>本院各单位:</p><p>《某分工方案》已经院领导小组审议通过，现予以印发，请认真落实。</p>"
           "<p>某高级人民法院办公室</p><p>2019年2月21日</p><p>某分工方案</p>"
           "<p>1. 开展政治轮训。</p><p>责任单位:政治部、法官学院</p>"
           "<p>2. 编印改革案例选编。</p><p>责任单位:研究室</p></div></body></html>")


def test_a_doc_number_label_glued_to_the_number_is_no_word_of_it():
    notice = extractor.extract(_MIRROR.format(number="某法办〔2019〕40号").encode(), name="x.html")
    assert notice.doc_number == "某法办〔2019〕40号"
    assert notice.issuer == "某高级人民法院办公室"


def test_a_number_whose_prefix_opens_with_no_label_is_read_whole():
    notice = extractor.extract(_MIRROR.replace("发文字号{number}", "{number}")
                               .format(number="文法办〔2019〕40号").encode(), name="x.html")
    assert notice.doc_number == "文法办〔2019〕40号"   # 文 alone is no label word


_FIELDS = "【发布部门】某高级人民法院【发文字号】某法[2019]99号【发布日期】2019.04.24【效力级别】司法工作文件"


def test_a_law_databases_field_line_is_read_as_its_box():
    assert read_field_line(["李律师 电话:13800000000", "某分工方案", _FIELDS]) == {
        "发布部门": "某高级人民法院", "发文字号": "某法[2019]99号", "发布日期": "2019.04.24", "效力级别": "司法工作文件"}


def test_a_heading_in_lenticular_brackets_is_no_field_line():
    assert field_line_pairs("【专题】某分工方案") == []
    assert field_line_pairs("【专题】某分工方案【来源】某网") == []   # no database's word
    assert field_line_pairs("【效力级别】司法工作文件【时效性】现行有效") == []   # no field of the box
    assert field_line_pairs("某法院" + _FIELDS) == []   # the line holds more than its fields


def test_a_page_with_no_letter_takes_its_issuer_date_and_table_title_from_the_field_line():
    html = (f"<html><body><p>李律师 电话:13800000000</p><p><b>关于贯彻实施某纲要的分工方案</b></p><p>{_FIELDS}</p>"
            "<p>为确保各项任务落地见效，制定本方案。</p><p>一、改革举措及院内分工</p>"
            "<p>1.完善审判监督管理机制。</p><p>牵头部门：审管办</p><p>参加部门：司改办</p>"
            "<p>2.推进诉讼服务中心建设。</p><p>牵头部门：立案庭</p><p>参加部门：信息中心</p></body></html>")
    notice = extractor.extract(html.encode(), name="x.html")
    assert notice.issuer == "某高级人民法院"
    assert notice.date == "2019-04-24"
    assert notice.doc_number == "某法[2019]99号"
    assert notice.title == notice.table_title == "关于贯彻实施某纲要的分工方案"


def test_a_numbered_run_opens_anywhere():
    assert runs_numbered(["3.严厉打击犯罪。", "4.加大救助力度。"])
    assert runs_numbered(["1.强化学习。", "2.组织轮训。"])
    assert not runs_numbered(["3.严厉打击犯罪。"])
    assert not runs_numbered(["3.严厉打击犯罪。", "（4）加大救助力度。"])   # numbered another way
    assert not runs_numbered(["3.严厉打击犯罪。", "5.加大救助力度。"])


def _court_table(second_cell: str):
    rows = ("<tr><td>序号</td><td>任务名称</td><td>任务内容</td><td>牵头部门</td><td>配合部门</td></tr>"
            "<tr><td rowspan='2'>1</td><td rowspan='2'>维护安全稳定</td>"
            "<td>1.依法惩处危害国家安全犯罪。<br>2.常态化开展扫黑除恶斗争。</td><td>刑二庭</td><td>刑一庭</td></tr>"
            f"<tr><td>{second_cell}</td><td>刑一庭</td><td>刑二庭</td></tr>"
            "<tr><td>2</td><td>优化营商环境</td><td>1.平等保护市场主体。<br>2.完善破产审判机制。</td>"
            "<td>民二庭</td><td>执行局</td></tr>")
    html = f"<html><body><h1>2022年某法院工作要点任务分解表</h1><table>{rows}</table></body></html>"
    return list(extractor.extract(html.encode(), name="x.html").measures)


def test_a_sub_row_going_on_with_the_points_above_keeps_its_numbers():
    ms = _court_table("3.严厉打击严重暴力犯罪。<br>4.加大被害人救助力度。")
    assert [(m.measure_no, m.text) for m in ms] == [
        (1, "1.依法惩处危害国家安全犯罪。2.常态化开展扫黑除恶斗争。"),
        (2, "3.严厉打击严重暴力犯罪。4.加大被害人救助力度。"),
        (3, "1.平等保护市场主体。2.完善破产审判机制。")]
    assert [u.name for u in ms[1].lead] == ["刑一庭"]
    assert [u.name for u in ms[1].support] == ["刑二庭"]


def test_a_sub_row_of_one_numbered_point_keeps_its_number_as_the_rows():
    ms = _court_table("（3）严厉打击严重暴力犯罪。")
    assert ms[1].measure_no == 3
    assert ms[1].text == "严厉打击严重暴力犯罪。"
