"""Notices reposted inside other sites' pages: the page's own parts around the letter (a box of
bulleted list entries, a tender site's members' masks, a law database's info table, a draft's
status line under the plan's heading) are no part of the notice's fields or items."""
import pytest

import extractor
from extractor.layout.locate import locate_content, parse_html
from extractor.layout.metabox import _labelled_box
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw


def meta_of(text: str, path: str = "p.html"):
    return parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path=path))))


# a county bureau's page whose 政策速递 box lists notices as bulleted entries, the first with the
# whole notice folded under its entry; the box's other entries and its 查看更多 link follow the notice
BULLET_BOX = """<html><head><meta charset="utf-8"><title>办事指南-某县人力资源和社会保障局</title></head><body>
<div class="left"><h3>办事指南</h3><p>办理时间：工作日上午。</p></div>
<div class="right"><div class="panel"><h3>政策速递</h3>
<ul>
<li><div class="t">● 某县人民政府办公室关于印发某县稳就业十条措施的通知</div>
<div class="c">
<p>各乡镇人民政府,县直各单位:</p>
<p>经县人民政府同意,现将《某县稳就业十条措施》印发给你们,请认真执行。</p>
<p>2024年3月5日</p>
<p>某县稳就业十条措施</p>
<p>一、扩大岗位供给</p>
<p>1.开发一批公益性岗位,优先安置就业困难人员。(责任单位:县人社局、县财政局)</p>
<p>2.支持小微企业吸纳高校毕业生,按规定给予一次性补贴。(责任单位:县人社局)</p>
<p>二、强化技能培训</p>
<p>3.组织开展订单式职业技能培训,全年培训3000人次。(责任单位:县人社局、县教育局)</p>
</div></li>
<li><div class="t">● 某县人民政府关于调整最低工资标准的通知</div></li>
<li><div class="t">● 某县医疗保障局关于做好门诊共济保障工作的公告</div></li>
</ul>
<a href="/more">查看更多&gt;&gt;</a>
</div></div></body></html>"""


def test_a_bullet_before_the_title_of_a_listed_notice_is_list_chrome():
    m = meta_of(BULLET_BOX)
    assert m.title == "某县人民政府办公室关于印发某县稳就业十条措施的通知"
    assert m.issuer == "某县人民政府办公室"


def test_the_entries_listed_after_the_notice_end_it():
    notice = extractor.extract(BULLET_BOX.encode("utf-8"), name="box.html")
    assert [d.text for d in notice.measures][-1] == "组织开展订单式职业技能培训,全年培训3000人次。"
    assert [r.name for r in notice.measures[-1].lead] == ["县人社局", "县教育局"]


def test_bulleted_items_of_a_plan_are_no_list_entries():
    """Bullets opening the plan's own lines (its unnumbered 要点) are its items, not a list of
    other notices: only a bulleted line that titles a document ends the notice."""
    page = BULLET_BOX.replace("<p>1.", "<p>● ").replace("<p>2.", "<p>● ").replace("<p>3.", "<p>● ")
    notice = extractor.extract(page.encode("utf-8"), name="box.html")
    assert notice.measures[-1].text == "组织开展订单式职业技能培训,全年培训3000人次。"


# a tender site's copy of a bureau's consultation notice: the members' mask stands where the
# deadline, the phone number and the signature's date were; the plan follows under 附件：
MASKED = """<html><head><meta charset="utf-8"><title>招标信息网</title></head><body>
<div class="detail"><h1>关于公开征求《某市2025年数字经济提升行动方案(征求意见稿)》意见的公告</h1>
<p>地区：某省-某市类型：其他公告发布时间：*开通会员可解锁*收藏</p>
<p>某市工业和信息化局起草了《某市2025年数字经济提升行动方案(征求意见稿)》,现向社会公开征求意见,请于*开通会员可解锁*前反馈。</p>
<p>1.电子邮件反馈:abc@example.com</p>
<p>2.信函反馈,地址:某市工业和信息化局规划科(某区行政中心)。</p>
<p>(联系电话:*开通会员可解锁*)</p>
<p>某市工业和信息化局</p>
<p>*开通会员可解锁*</p>
<p>附件：</p>
<p>某市2025年数字经济提升行动方案</p>
<p>（征求意见稿）</p>
<p>一、主要任务</p>
<p>(一)建设算力中心。(牵头单位:市工信局;责任单位:市发展改革委)</p>
<p>(二)培育数字企业。(牵头单位:市工信局;责任单位:市科技局)</p>
<p>以上部分内容需 开通会员 后查看完整信息</p>
</div></body></html>"""


def test_a_signature_over_a_masked_date_before_the_attachment_still_signs():
    m = meta_of(MASKED)
    assert m.issuer == "某市工业和信息化局"
    assert m.date is None


def test_an_attachment_mark_ending_in_a_colon_is_no_recipients_line():
    assert meta_of(MASKED).recipients == ()


def test_the_plans_heading_over_its_draft_status_line_is_the_table_title():
    assert meta_of(MASKED).table_title == "某市2025年数字经济提升行动方案"


def test_a_members_mask_is_no_text_of_the_notice():
    lines = locate_content(decode_bytes(make_raw(MASKED.encode("utf-8"), path="p.html"))).lines
    assert not any("开通会员" in line for line in lines)


# a law database's copy: its info table prints two label | value pairs a row, one value empty (the
# notice prints no number), between the page's heading and the letter
LAW_PAGE = """<html><head><meta charset="utf-8"><title>法规库</title></head><body>
<div class="main"><h1>某省农业农村厅关于印发《某省高标准农田建设实施方案》的通知</h1>
<table class="meta">
<tr><td>发布单位</td><td>某省农业农村厅</td><td>发布文号</td><td></td></tr>
<tr><td>发布日期</td><td>2023-05-09</td><td>实施日期</td><td>2023-05-09</td></tr>
<tr><td>时效性</td><td>现行有效</td><td>效力级别</td><td>地方规范性文件</td></tr>
</table>
<div class="content">
<p>各市（州）农业农村局，厅机关各处室：</p>
<p>现将《某省高标准农田建设实施方案》印发给你们，请认真组织实施。</p>
<p>某省农业农村厅</p>
<p>2023年5月6日</p>
<p style="text-align:center"><strong>某省高标准农田建设实施方案</strong></p>
<p>一、重点任务</p>
<p>（一）统筹建设资金。〔责任单位：财政厅、省农业农村厅〕</p>
<p>（二）强化质量监管。〔责任单位：省农业农村厅〕</p>
</div></div></body></html>"""


def test_a_law_databases_info_table_of_paired_labels_is_the_box_not_the_letter():
    m = meta_of(LAW_PAGE)
    assert m.recipients == ("各市（州）农业农村局", "厅机关各处室")
    assert (m.issuer, m.date) == ("某省农业农村厅", "2023-05-06")
    assert m.table_title == "某省高标准农田建设实施方案"
    assert m.doc_number is None


def test_a_task_table_with_short_cells_is_no_box_of_paired_labels():
    table = parse_html("<table><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>发布日期</td></tr>"
                       "<tr><td>1</td><td>修路</td><td>县交通局</td><td>2023-01-01</td></tr></table>")
    assert not _labelled_box(next(table.iter("table")))


# a model-essay site's copy: the list's heading, its draft status, then a lead-in sentence ending in
# 如下：, and the page's own <h1> worded otherwise
ESSAY_PAGE = """<html><head><meta charset="utf-8"><title>范文网</title></head><body>
<div class="article"><h1>某城市群2024年工作要点</h1>
<p style="text-align:center"><strong>某城市群发展2024年重点任务清单</strong></p>
<p>（征求意见稿）</p>
<p>为推进城市群协同发展，按照省里有关要求，现将2024年重点任务列出如下：</p>
<p>一、规划衔接</p>
<p>1.编制城市群综合交通规划。(责任单位:甲市发改委，完成时限:2024年6月)</p>
<p>2.建立重点项目库。(责任单位:乙市发改委，完成时限:2024年3月)</p>
</div></body></html>"""


def test_a_lists_heading_over_its_draft_status_and_lead_in_sentence_is_the_table_title():
    assert meta_of(ESSAY_PAGE).table_title == "某城市群发展2024年重点任务清单"


# a county portal's page-information table: one row of three label | value pairs, the notice's
# number in it only, the hit counter's value left for a script; the plan's heading on two lines
PORTAL_INFO_ROW = """<html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>
<div class="main"><h1>某县人民政府办公室关于印发《县十八届人大二次会议〈政府工作报告〉目标任务分解方案》的通知</h1>
<table class="info"><tr><td>信息来源:</td><td>某县人民政府办公室</td><td>文&nbsp;&nbsp;号:</td>
<td>某府办函〔2022〕8号</td><td>点击数:</td><td><span id="n"></span></td></tr></table>
<div class="content">
<p>各乡镇人民政府，县级各部门：</p>
<p>现将《县十八届人大二次会议〈政府工作报告〉目标任务分解方案》印发给你们，请抓好落实。</p>
<p>某县人民政府办公室</p>
<p>2022年2月8日</p>
<p style="text-align:center"><strong>县十八届人大二次会议《政府工作报告》</strong></p>
<p style="text-align:center"><strong>目标任务分解方案</strong></p>
<p>1.新建农村公路50公里。</p>
<p>责任单位：县交通运输局</p>
<p>2.新增城镇就业1000人。</p>
<p>责任单位：县人社局</p>
</div></div></body></html>"""


def test_a_portals_info_row_of_page_labels_and_the_number_is_the_box_not_the_letter():
    m = meta_of(PORTAL_INFO_ROW)
    assert m.doc_number == "某府办函〔2022〕8号"
    assert m.recipients == ("各乡镇人民政府", "县级各部门")
    assert (m.issuer, m.date) == ("某县人民政府办公室", "2022-02-08")
    assert m.table_title == "县十八届人大二次会议《政府工作报告》目标任务分解方案"


# a content site's post reposting a city's measures behind a lead printed a phrase a line (the day, the office,
# the verb, the measures' name, a line saying the text follows), no letter, number or posting date
LEAD_LINES = """<html><head><meta charset="utf-8"><title>某市促进消费若干措施</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/p/">政策</a></div>
<div class="post">
<p><strong>6月24日</strong></p>
<p>某市人民政府办公室</p>
<p>发布</p>
<p><strong>某市促进消费若干措施</strong></p>
<p>全文内容如下</p>
<p>为扩大消费，结合我市实际，制定本措施。</p>
<p>一、促进居民增收</p>
<p>（一）扩大就业。全年新增城镇就业2万人以上。（责任单位：市人社局、市财政局）</p>
<p>（二）稳定经营收入。支持个体工商户发展。（责任单位：市市场监管局）</p>
</div></body></html>"""


def test_a_line_saying_the_text_follows_is_passed_looking_up_for_the_heading():
    """`全文内容如下` stands between the measures' name and their opening paragraph: the name is the
    list's title (holdout issuedlines-xianning, batch 41: before, the line was taken for the heading and,
    naming no plan, gave none)."""
    from extractor.layout.tabletitle import is_follows_line
    assert meta_of(LEAD_LINES).table_title == "某市促进消费若干措施"
    assert is_follows_line("全文内容如下") and is_follows_line("全文如下：") and is_follows_line("详情如下")
    assert not is_follows_line("某市促进消费若干措施")
    assert not is_follows_line("为扩大消费，现将有关事项通知如下：")   # a letter's sentence, no repost's line


def test_a_lead_printed_a_phrase_a_line_names_the_issuer():
    """The day, the office, `发布` alone, the measures' name: a lead set over lines (a post's card) says who
    issued the plan it names, as a lead sentence does (holdout issuedlines-xianning, batch 41: before, no
    issuer). The day has no year and the page no posting date: no date."""
    from extractor.layout.newslead import read_lead
    m = meta_of(LEAD_LINES)
    assert (m.title, m.issuer, m.date) == ("某市促进消费若干措施", "某市人民政府办公室", None)
    lead = read_lead(["6月24日", "某市人民政府办公室", "印发了", "《某市促进消费若干措施》", "全文如下"])
    assert lead == ("某市促进消费若干措施", "某市人民政府办公室", (None, 6, 24))
    assert read_lead(["政策解读", "发布", "某市促进消费若干措施"]) is None          # no body over the verb
    assert read_lead(["市人民政府办公室", "发布", "某市促进消费若干措施"]) is None      # a body without its place
    assert read_lead(["某市人民政府办公室", "发布", "关于做好消费工作，请各单位落实。"]) is None   # a sentence, no plan's name


# a repost's lead a phrase a line over the list (blindsynth session 49 causes 2-4), the list as a text copy
TAB_LIST = ("序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t新建城市公园3个。\t市住建局\t市财政局\t2023年底前\n"
            "2\t新增城镇就业2万人。\t市人社局\t市财政局\t2023年底前\n"
            "3\t完成老旧小区改造40个。\t市住建局\t各区政府\t2023年10月底前\n")
ITEM_LIST = ("一、办好民生实事\n1.新建城市公园3个。（牵头单位：市住建局）\n"
             "2.新增城镇就业2万人。（牵头单位：市人社局）\n")


def lead_page(day, body, office="某市人民政府办公室", verb="发布", name="某市2023年民生实事项目任务清单"):
    return f"{day}\n{office}\n{verb}\n{name}\n全文如下\n{body}"


def test_a_dated_lead_over_lines_signs_no_letter():
    """A lead's day printing its year (`2023年6月24日`) is a date line, but it dates the plan the lead names and
    signs no letter: the list's name under the lead is its table title, not the office, verb and name run
    together as a title wrapped under a signature (blindsynth session 49 cause 3, 30 of 30 such copies)."""
    from extractor.layout.newslead import dates_a_lead
    m = meta_of(lead_page("2023年6月24日", ITEM_LIST), "p.txt")
    assert (m.title, m.issuer, m.date, m.table_title) == (
        "某市2023年民生实事项目任务清单", "某市人民政府办公室", "2023-06-24", "某市2023年民生实事项目任务清单")
    lines = ["2023年6月24日", "", "某市人民政府办公室", "", "印发了", "", "《某市促进消费若干措施》"]
    assert dates_a_lead(lines, 0)
    assert not dates_a_lead(lines, 2)                                      # no day there
    assert not dates_a_lead(["2023年6月24日", "某市人民政府办公室", "某市促进消费若干措施"], 0)   # no verb: a signature
    assert not dates_a_lead(["某市人民政府办公室", "2023年6月24日", "附件", "某市促进消费若干措施"], 1)


@pytest.mark.parametrize("day", ["6月24日", "2023年6月24日"])
def test_the_line_saying_the_text_follows_over_a_text_table_is_no_title(day):
    """Over a table's text copy, as over an outline, `全文如下` is passed looking up for the heading over the table
    (blindsynth session 49 cause 2: before, it was the table title of 18 of 21 such copies)."""
    m = meta_of(lead_page(day, TAB_LIST), "p.txt")
    assert m.table_title == "某市2023年民生实事项目任务清单"
    assert m.issuer == "某市人民政府办公室"


def test_a_lead_over_lines_in_traditional_characters_names_the_issuer():
    """A traditional copy's lines (`某市人民政府辦公室` / `出臺` / `某市…任務清單`) are read in simplified characters
    and kept as printed (blindsynth session 49 cause 4: before, no issuer, 7 of 7 such copies; over a text table
    the follows line was then the title too)."""
    from extractor.layout.newslead import read_lead
    assert read_lead(["6月24日", "某市人民政府辦公室", "出臺", "某市2023年民生實事項目任務清單"]) == (
        "某市2023年民生實事項目任務清單", "某市人民政府辦公室", (None, 6, 24))
    m = meta_of(lead_page("6月24日", TAB_LIST, office="某市人民政府辦公室", verb="出臺",
                          name="某市2023年民生實事項目任務清單"), "p.txt")
    assert (m.title, m.issuer, m.table_title) == ("某市2023年民生實事項目任務清單", "某市人民政府辦公室",
                                                  "某市2023年民生實事項目任務清單")
