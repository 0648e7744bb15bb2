"""A list organised by unit: numbered headings that are a unit's name (with the count of its
tasks) over items that name only support and a deadline, or only a deadline.  The heading's
unit leads them (docs/parsing.md, "A numbered heading that is a unit's name")."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.headlines import heading_unit
from extractor.source.decode import decode_bytes

from conftest import make_raw
from test_outline import parsed   # a notice's body lines under a letter's title and recipients


def rows(result):
    return [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline)
            for m in result.measures]


@pytest.mark.parametrize("text,unit", [
    ("区市场监管局（3项）", "区市场监管局"), ("市交通运输局(共2项)", "市交通运输局"),
    ("市教育局 共2项", "市教育局"), ("县审计局、县统计局（4项）", "县审计局、县统计局"),
    ("县卫生健康局", "县卫生健康局"), ("县卫生健康局（两项）", "县卫生健康局"),
    # wording that ends like a unit is no unit's name: a topic, a sentence about a unit
    ("关于组建县数据资源局", None), ("加快建设县级融媒体中心（2项）", None), ("新建县人民医院", None),
    ("新建中小学校5所", None), ("县发改局牵头工作（2项）", None), ("主要目标（3项）", None)])
def test_heading_unit(text, unit):
    assert heading_unit(text) == unit


def test_numbered_unit_headings_give_their_unit_as_lead_to_a_text_list():
    """No letter states the rule: a heading that is only a unit's name over items naming no
    lead is read as the lists grouped by department with bare name lines are."""
    result = parsed(["一、区市场监管局（2项）",
                     "1.抽检食品2000批次，合格率保持在98%以上。（配合单位：区农业农村局；完成时限：2023年11月底前）",
                     "2.新登记市场主体3000户。（完成时限：2023年12月底前）",
                     "二、区文化广电旅游局（1项）",
                     "3.创建省级旅游度假区1个。（配合单位：区自然资源局、各街道办事处；完成时限：2023年10月底前）"])
    assert rows(result) == [
        ("一、", 1, "抽检食品2000批次，合格率保持在98%以上。", ("区市场监管局",), ("区农业农村局",), "2023年11月底前"),
        ("一、", 2, "新登记市场主体3000户。", ("区市场监管局",), (), "2023年12月底前"),
        ("二、", 3, "创建省级旅游度假区1个。", ("区文化广电旅游局",), ("区自然资源局、各街道办事处",),
         "2023年10月底前")]
    assert [s.title for s in result.sections] == ["区市场监管局（2项）", "区文化广电旅游局（1项）"]
    assert not result.warnings


def test_an_item_under_a_unit_heading_that_names_its_own_lead_keeps_it():
    result = parsed(["（一）县财政局（共2项）",
                     "1.盘活存量资金1.2亿元。（配合单位：县国资中心；完成时限：2022年9月底）",
                     "2.组建县级融资担保公司。（牵头单位：县金融工作局；配合单位：县财政局；完成时限：2022年12月底）",
                     "（二）县教育局（共1项）",
                     "3.新建幼儿园4所。（配合单位：县住建局；完成时限：2022年8月底）"])
    assert [(m.measure_no, m.lead_cells, m.support_cells) for m in result.measures] == [
        (1, ("县财政局",), ("县国资中心",)), (2, ("县金融工作局",), ("县财政局",)), (3, ("县教育局",), ("县住建局",))]


def test_headings_that_end_like_a_unit_but_are_wording_give_no_lead():
    """A topic heading (加快建设县级融媒体中心) or a sentence about a unit (关于组建…局) names the
    subject of its items, not who leads them."""
    result = parsed(["一、加快建设县级融媒体中心", "1.建成融媒体指挥平台。（配合单位：县财政局；完成时限：2022年6月底）",
                     "二、关于组建县数据资源局", "2.完成机构组建。（配合单位：县委编办；完成时限：2022年3月底）"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [(1, ()), (2, ())]


def test_one_numbered_unit_heading_alone_heads_nothing():
    result = parsed(["一、县发改委", "1.谋划重大项目20个。（配合单位：县财政局；完成时限：2022年10月底）",
                     "二、保障措施", "2.加强调度。（配合单位：县政府督查室；完成时限：每季度）"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [(1, ()), (2, ())]


def test_numbered_unit_headings_on_an_html_page():
    page = ("<html><head><title>某市重点任务责任清单</title></head><body>"
            "<h1>某市人民政府办公室关于印发2023年重点任务责任清单的通知</h1>"
            "<p>各县（区）人民政府，市政府各部门：</p>"
            "<p>清单已经市政府同意，现印发给你们，请认真抓好落实。</p>"
            "<p>某市人民政府办公室</p><p>2023年2月20日</p>"
            "<p><strong>一、市交通运输局（2项）</strong></p>"
            "<p>1.新改建农村公路300公里。（配合单位：市财政局；完成时限：2023年12月底）</p>"
            "<p>2.开通城乡公交线路5条。（完成时限：2023年9月底）</p>"
            "<p><strong>二、市水利局（1项）</strong></p>"
            "<p>3.治理水土流失面积40平方公里。（配合单位：市林业局；完成时限：2023年11月底）</p>"
            "</body></html>")
    result = parse_body(locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="list.html"))))
    assert [(m.measure_no, m.lead_cells, m.support_cells, m.deadline) for m in result.measures] == [
        (1, ("市交通运输局",), ("市财政局",), "2023年12月底"), (2, ("市交通运输局",), (), "2023年9月底"),
        (3, ("市水利局",), ("市林业局",), "2023年11月底")]


def test_numbered_unit_headings_over_labelled_items_in_a_mobile_copy():
    """A phone's copy: the count after a space, each item's labels on lines of their own."""
    result = parsed(["一、县商务局 共2项", "1.新增限上商贸企业15家。", "配合单位：县市场监管局", "完成时限：2024年12月",
                     "2.举办消费促进活动10场。", "完成时限：2024年全年",
                     "二、县经济信息化局 共1项", "3.新增规上工业企业12家。", "配合单位：县统计局", "完成时限：2024年12月"])
    assert rows(result) == [
        ("一、", 1, "新增限上商贸企业15家。", ("县商务局",), ("县市场监管局",), "2024年12月"),
        ("一、", 2, "举办消费促进活动10场。", ("县商务局",), (), "2024年全年"),
        ("二、", 3, "新增规上工业企业12家。", ("县经济信息化局",), ("县统计局",), "2024年12月")]


def test_lines_after_the_last_items_deadline_only_bracket_are_not_its_text():
    """The item whose bracket holds only its deadline closes its paragraph as one holding units
    does: a repost's closing lines under it are no part of its text."""
    result = parsed(["一、县自然资源局（1项）", "1.完成国土空间规划编制。（配合单位：各乡镇；完成时限：2024年6月底）",
                     "二、县林业局（1项）", "2.完成造林2万亩。（完成时限：2024年4月底）",
                     "长按二维码关注我们", "点击“在看”分享给更多朋友"])
    assert rows(result)[-1] == ("二、", 2, "完成造林2万亩。", ("县林业局",), (), "2024年4月底")


def test_a_bracket_wrapped_at_its_label_stays_the_items_own_in_a_hard_wrapped_copy():
    """A phone copy wrapped at a fixed width cuts an item's bracket before a label: its second half
    (``完成时限：…）``) is no labelled line of its own, for either reader."""
    result = parsed(["一、区市场监管局（2项）", "1.抽检食品2000批次。（配合单位：区农业农村局；",
                     "完成时限：2023年11月底前）", "2.新登记市场主体3000户。（完成时限：", "2023年12月底前）",
                     "二、区文化广电旅游局（1项）", "3.创建省级旅游度假区1个。（配合单位：区自然资源局；完成时限：2023年10月底前）"])
    assert rows(result) == [
        ("一、", 1, "抽检食品2000批次。", ("区市场监管局",), ("区农业农村局",), "2023年11月底前"),
        ("一、", 2, "新登记市场主体3000户。", ("区市场监管局",), (), "2023年12月底前"),
        ("二、", 3, "创建省级旅游度假区1个。", ("区文化广电旅游局",), ("区自然资源局",), "2023年10月底前")]


def test_the_only_numbered_heading_of_its_level_naming_a_unit_over_bare_items_leads_them():
    """A short list of one unit's tasks: a single heading, no sibling of its level it could be a
    stray point among, over items that name no unit of their own."""
    result = parsed(["（一）县林业局", "1.完成植树造林1.5万亩。", "2.建成森林防火通道12公里。"])
    assert [(m.measure_no, m.text, m.lead_cells) for m in result.measures] == [
        (1, "完成植树造林1.5万亩。", ("县林业局",)), (2, "建成森林防火通道12公里。", ("县林业局",))]


def test_a_lone_unit_heading_over_items_with_units_of_their_own_gives_no_lead():
    """Items that carry their own units are read from their brackets; a lone heading naming a unit
    over them may be their subject, so it gives nothing."""
    result = parsed(["一、县交通运输局", "1.改造农村公路40公里。（配合单位：县财政局；完成时限：2022年10月底）",
                     "2.新建客运站1座。（牵头单位：县住建局；完成时限：2022年12月底）"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [(1, ()), (2, ("县住建局",))]


def test_a_lone_topic_heading_over_bare_items_gives_no_lead():
    result = parsed(["一、加快建设县级融媒体中心", "1.建成融媒体指挥平台。（牵头单位：县委宣传部）",
                     "2.开通客户端。（牵头单位：县融媒体中心）"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [(1, ("县委宣传部",)), (2, ("县融媒体中心",))]


@pytest.mark.parametrize("head", ["区应急局(安委办)", "区应急局（安委办）"])
def test_a_unit_heading_with_its_second_sign_in_brackets_leads_its_bare_items(head):
    """``一、区应急局(安委办)`` over bare items names their lead with its second sign (docs/agencies.md, "A second
    sign in brackets"), in either width of bracket; the bracket is no list of units closing an item.  Before,
    the heading was read as a measure ``区应急局`` led by ``安委办`` and its item named no unit (blindsynth
    bs3946)."""
    result = parsed([f"一、{head}", "1.开展安全生产专项整治，坚决遏制较大以上事故发生。",
                     "二、区民政局", "2.完成54座病险水库除险加固。", "3.新建养老服务中心2个。"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [(1, (head,)), (2, ("区民政局",)),
                                                                       (3, ("区民政局",))]
    assert [s.title for s in result.sections] == [head, "区民政局"]
