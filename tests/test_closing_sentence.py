"""An item closed by a SENTENCE that assigns it (no bracket, no label): ``…。该项任务由X牵头，Y、Z
配合，2025年6月底前完成。`` — the prose form with the item named before its 由 (docs/parsing.md,
"Where the clause stands")."""
import pytest

from extractor.parse.inline import split_assignment

from test_outline import parsed   # a notice of these lines under a title and its recipients


@pytest.mark.parametrize("text,rest,lead,support,deadline", [
    ("推广订单农业。培育示范合作社12家。该项任务由县农业农村局牵头，县供销社、县市场监管局配合，2025年6月底前完成。",
     "推广订单农业。培育示范合作社12家。", ("县农业农村局",), ("县供销社、县市场监管局",), "2025年6月底前完成"),
    ("整治背街小巷。改造街巷40条。本项工作由市城管局负责，持续推进。",
     "整治背街小巷。改造街巷40条。", ("市城管局",), (), "持续推进"),
    ("建设森林步道。新建步道15公里。这项工作由市林业局、市文旅局共同牵头，各县（区）政府配合。",
     "建设森林步道。新建步道15公里。", ("市林业局、市文旅局",), ("各县（区）政府",), None),
    # the subject set off by a comma
    ("提升供水保障。新建水厂1座。此项工作，由县水利局牵头，县住建局配合，年底前完成。",
     "提升供水保障。新建水厂1座。", ("县水利局",), ("县住建局",), "年底前完成"),
], ids=["lead-support-date", "responsible-ongoing", "co-leads", "subject-comma"])
def test_a_closing_sentence_naming_its_item_assigns_it(text, rest, lead, support, deadline):
    got_rest, found = split_assignment(text)
    assert (got_rest, found.lead, found.support, found.deadline, found.form) == (
        rest, lead, support, deadline, "prose")


@pytest.mark.parametrize("text", [
    # 由…负责 in a sentence in the middle of the item: the last sentence assigns nothing
    "建设防洪堤坝。工程由县水利局负责组织实施。各乡镇要加强巡查管护，确保安全度汛。",
    # the closing sentence names a unit in its subject, then goes on with wording
    "新建污水管网30公里。该项目由县住建局负责组织实施，各乡镇要做好征地保障。",
    # a closing sentence that asks every department for something
    "开展安全检查。此项工作各部门要明确专人负责。",
    # 以上工作 names several items: the range grammar's business, not the item's own sentence
    "开展安全检查。以上工作由县应急局牵头，县公安局配合。",
], ids=["you-mid-item", "you-then-wording", "every-department", "range-words"])
def test_prose_that_merely_mentions_a_unit_assigns_nothing(text):
    assert split_assignment(text) == (text, None)


def rows(result):
    return [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline)
            for m in result.measures]


LETTER = ["现将方案印发给你们，请认真组织实施。", "某市人民政府办公室", "2025年3月10日", "某市促进消费工作方案"]
ITEMS = [("一、", "激活商贸消费"),
         ("1.", "举办购物节。全年举办促销活动10场。该项任务由市商务局牵头，市财政局、市市场监管局配合，长期坚持。"),
         ("2.", "建设步行街。改造商业街区2条，配套停车位500个。该项任务由市住建局负责，2025年9月底前完成。"),
         ("二、", "扩大文旅消费"),
         ("3.", "发放文旅消费券。发放消费券300万元。该项任务由市文旅局、市财政局共同牵头，市商务局配合。")]
EXPECTED = [("一、", 1, "举办购物节。全年举办促销活动10场。", ("市商务局",), ("市财政局、市市场监管局",), "长期坚持"),
            ("一、", 2, "建设步行街。改造商业街区2条，配套停车位500个。", ("市住建局",), (), "2025年9月底前完成"),
            ("二、", 3, "发放文旅消费券。发放消费券300万元。", ("市文旅局、市财政局",), ("市商务局",), None)]


def test_numbered_items_closed_by_their_sentence():
    assert rows(parsed(LETTER + [label + text for label, text in ITEMS])) == EXPECTED


def test_numbered_items_closed_by_their_sentence_run_into_one_line():
    assert rows(parsed(["".join(LETTER + [label + text for label, text in ITEMS])])) == EXPECTED


def test_unnumbered_paragraphs_closed_by_their_sentence_under_headings():
    lines = [label + text if label.endswith("、") else text for label, text in ITEMS]
    assert rows(parsed(LETTER + lines)) == EXPECTED


def test_a_mid_item_you_clause_is_not_the_lead():
    """The item's own closing sentence gives its units; the 由…负责 sentence in its middle does not."""
    result = parsed(LETTER + ["一、激活商贸消费",
                              "1.建设农贸市场。市场由各县（区）政府负责建设运营。该项任务由市商务局牵头，市发改委配合。",
                              "2.培育夜间经济。打造夜市街区3个。该项任务由市商务局负责。"])
    assert rows(result) == [
        ("一、", 1, "建设农贸市场。市场由各县（区）政府负责建设运营。", ("市商务局",), ("市发改委",), None),
        ("一、", 2, "培育夜间经济。打造夜市街区3个。", ("市商务局",), (), None)]


# The same closing sentence with no 由: the item's subject, then verb clauses or label clauses
# (此项工作X牵头，Y配合 / 该项任务牵头单位为X，配合单位为Y / 本项工作责任单位：X).
@pytest.mark.parametrize("text,rest,lead,support,deadline", [
    ("疏浚城区河道。清淤河段8公里。此项工作区水务局牵头，区城管局、各街道办事处配合，2026年5月底前完成。",
     "疏浚城区河道。清淤河段8公里。", ("区水务局",), ("区城管局、各街道办事处",), "2026年5月底前完成"),
    ("开展农技培训。培训农民2000人次。该项任务牵头单位为县农业农村局，配合单位为县人社局、县妇联。",
     "开展农技培训。培训农民2000人次。", ("县农业农村局",), ("县人社局、县妇联",), None),
    ("完善养老服务网络。新建社区养老站6个。本项工作责任单位：区民政局。",
     "完善养老服务网络。新建社区养老站6个。", ("区民政局",), (), None),
    # a label clause after a ； still belongs to the closing sentence
    ("建设智慧停车平台。接入车位3000个。该项工作牵头单位：市公安局交警支队；配合单位：市城管局；完成时限：2026年底。",
     "建设智慧停车平台。接入车位3000个。", ("市公安局交警支队",), ("市城管局",), "2026年底"),
    ("推进垃圾分类。覆盖小区120个。本项任务责任单位为区城管局、各街道办事处，长期坚持。",
     "推进垃圾分类。覆盖小区120个。", ("区城管局、各街道办事处",), (), "长期坚持"),
], ids=["verbs", "labels-copula", "labels-colon", "labels-semicolons", "responsible-copula"])
def test_a_closing_sentence_without_you_assigns_its_item(text, rest, lead, support, deadline):
    got_rest, found = split_assignment(text)
    assert found is not None
    assert (got_rest, found.lead, found.support, found.deadline) == (rest, lead, support, deadline)


@pytest.mark.parametrize("text", [
    # the subject then a unit with wording: a unit's part in the item, not its assignment
    "新建污水管网30公里。此项工作县住建局要加强督导，确保年底完工。",
    # a label word in the wording, no label clause
    "明确责任分工。该项任务牵头单位要定期调度，配合单位要主动对接。",
    # no subject naming the item: a unit opens the last sentence with wording
    "整治违法建设。区城管局牵头开展专项行动，拆除违建2万平方米。",
], ids=["unit-then-wording", "label-words-in-wording", "no-subject"])
def test_a_closing_sentence_without_you_that_only_mentions_units_assigns_nothing(text):
    assert split_assignment(text)[1] is None


ITEMS_NO_YOU = [("一、", "改善人居环境"),
                ("1.", "治理农村污水。建设处理设施20座。此项工作县生态环境局牵头，县水利局配合，2026年底前完成。"),
                ("2.", "改造农村厕所。改造户厕1500户。该项任务牵头单位为县农业农村局，配合单位为县卫健委。"),
                ("二、", "提升公共服务"),
                ("3.", "建设村级卫生室。新建卫生室12个。本项工作责任单位：县卫健委。")]
EXPECTED_NO_YOU = [
    ("一、", 1, "治理农村污水。建设处理设施20座。", ("县生态环境局",), ("县水利局",), "2026年底前完成"),
    ("一、", 2, "改造农村厕所。改造户厕1500户。", ("县农业农村局",), ("县卫健委",), None),
    ("二、", 3, "建设村级卫生室。新建卫生室12个。", ("县卫健委",), (), None)]


def test_numbered_items_closed_by_a_sentence_without_you():
    assert rows(parsed(LETTER + [label + text for label, text in ITEMS_NO_YOU])) == EXPECTED_NO_YOU
