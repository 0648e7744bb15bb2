"""A district portal's heading opening with the document's validity and its doc number (西城区's 2017 and 2018
政务公开工作要点, holdout leadthenduty-xicheng-2017-14 and stopafter-xicheng-2018-6, batch 109): the mark and the
number are no words of the title (tests/fixtures/README.md "A validity mark before a portal's heading")."""
from extractor.engine.extract import extract
from extractor.layout.titlelines import without_number_opening, without_validity_mark

TITLE = "北京市某区人民政府办公室关于印发某区2017年政务公开工作要点的通知"


def test_the_mark_and_the_number_leave_the_title():
    assert without_number_opening(f"(失效)某政办发〔2017〕14号 {TITLE}") == TITLE
    assert without_number_opening(f"(失效)某政办发〔2018〕6号{TITLE}") == TITLE
    assert without_number_opening(f"某政办发〔2018〕6号{TITLE}") == TITLE       # an issuer-opened title
    assert without_number_opening("某交发 [2022] 97号关于印发《某方案》的通知") == "关于印发《某方案》的通知"


def test_what_is_no_mark_or_number_stays():
    assert without_validity_mark("(失效)某区2020年政务公开工作要点") == "某区2020年政务公开工作要点"
    assert without_validity_mark("（湖北省）关于做好某工作的通知") == "（湖北省）关于做好某工作的通知"   # a place, no mark
    assert without_number_opening("北京市人民政府关于某事的通知") == "北京市人民政府关于某事的通知"
    assert without_number_opening("15号线建设指挥部关于某事的通知") == "15号线建设指挥部关于某事的通知"   # no doc number


def test_a_portal_page_with_such_a_heading():
    page = (f"<html><head><title>某区人民政府</title></head><body><div>信息详情</div>"
            f"<h1>(失效)某政办发〔2017〕14号 {TITLE}</h1><div>发布时间：2017-06-30</div>"
            "<p>区政府各委、办、局，各街道办事处：</p><p>现将《某区2017年政务公开工作要点》印发给你们，请认真贯彻落实。</p>"
            "<p>北京市某区人民政府办公室</p><p>2017年6月30日</p><p>某区2017年政务公开工作要点</p>"
            "<p>一、做好公开</p><p>1.公开财政预算决算。（区财政局负责落实）</p><p>2.公开合作项目信息。（区财政局负责落实）</p>"
            "</body></html>")
    notice = extract(page.encode("utf-8"), name="yaodian.html")
    assert notice.title == TITLE
    assert notice.doc_number == "某政办发〔2017〕14号"


def test_a_law_databases_column_of_rules_is_no_title():
    """A law database's <title> naming its column of rules after its own name (食品伙伴网食品法规, over a repost that
    opens at the recipients: holdout lonebracket-beijing-2017-1, batch 109) names no notice: title None."""
    page = ("<html><head><title>某某伙伴网食品法规</title></head><body><div id='content'>"
            "各区人民政府，市政府各委、办、局：<br/>现将《某市2017年政务公开工作要点》印发给你们，请认真贯彻落实。<br/>"
            "某市人民政府办公厅<br/>2017年4月16日<br/>某市2017年政务公开工作要点<br/>一、做好公开<br/>"
            "（一）稳定预期。按月公开财政收支。（市财政局、市统计局分别负责落实）<br/></div></body></html>")
    assert extract(page.encode("utf-8"), name="yaodian.html").title is None
