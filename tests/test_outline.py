"""The outline reader: numbering levels, headings that name a lead, items nothing covers."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.assign import parse_heading_lead
from extractor.parse.deadlinephrases import parse_heading_deadline
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parsed(lines: list[str]):
    text = "\n".join(["某县人民政府办公室关于印发重点工作任务分工方案的通知", "各乡镇人民政府，县直各单位："] + lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def rows(result):
    return [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells, m.form)
            for m in result.measures]


def test_a_heading_that_names_a_lead_gives_it_to_the_bare_items_below():
    result = parsed(["一、县示范区管委会牵头工作（2项）", "1﹒推进园区扩区调位。", "2﹒引进亿元以上项目10个。",
                     "二、县发改局、县财政局牵头工作", "3﹒争取中央预算内投资。（县审计局配合）"])
    assert rows(result) == [
        ("一、", 1, "推进园区扩区调位。", ("县示范区管委会",), (), "inline-verb"),
        ("一、", 2, "引进亿元以上项目10个。", ("县示范区管委会",), (), "inline-verb"),
        ("二、", 3, "争取中央预算内投资。", ("县发改局、县财政局",), ("县审计局",), "inline-verb")]
    assert [s.title for s in result.sections] == ["县示范区管委会牵头工作（2项）", "县发改局、县财政局牵头工作"]


def test_a_paragraph_alone_under_a_heading_naming_a_lead_is_its_one_item():
    """Leaders' headings over headings that name a lead (``（一）市甲局牵头的工作``): under a lead
    heading either one paragraph with no number or numbered items, each with or without a label
    line of support after it.  The paragraph is the heading's one item (numbered by its place),
    not the heading's text; the numbered items are no steps of the heading above them."""
    result = parsed(["一、赵某市长负责的工作", "统筹全市年度目标的落实。",
                     "（一）市档案局牵头的工作", "完成馆藏档案数字化二期。",
                     "（二）市气象局牵头的工作", "建成乡镇自动气象站全覆盖网络。", "协同单位：市水利局和各区人民政府。",
                     "（三）市机关事务局牵头的工作", "1.推进公务用车平台建设。", "协同单位：市财政局、市交通局。",
                     "2.开展节约型机关创建。",
                     "二、钱某副市长负责的工作", "协助市长做好有关工作。",
                     "（一）市地震局牵头的工作", "1.开展活断层探测。", "协同单位：市自然资源局等市直有关部门。"])
    assert [(m.section.title, m.measure_no, m.text, m.lead_cells, m.support_cells, m.form) for m in result.measures] == [
        ("市档案局牵头的工作", 1, "完成馆藏档案数字化二期。", ("市档案局",), (), "inline-verb"),
        ("市气象局牵头的工作", 2, "建成乡镇自动气象站全覆盖网络。", ("市气象局",), ("市水利局、各区人民政府",), "labelled"),
        ("市机关事务局牵头的工作", 1, "推进公务用车平台建设。", ("市机关事务局",), ("市财政局、市交通局",), "labelled"),
        ("市机关事务局牵头的工作", 2, "开展节约型机关创建。", ("市机关事务局",), (), "inline-verb"),
        ("市地震局牵头的工作", 1, "开展活断层探测。", ("市地震局",), ("市自然资源局等市直有关部门",), "labelled")]
    assert [(s.no, s.label) for s in result.sections] == [(1, "（一）"), (2, "（二）"), (3, "（三）"), (4, "（一）")]


def test_a_paragraph_opening_the_numbered_items_of_a_lead_heading_is_no_item():
    """Negative: a lead heading whose paragraph is followed by its numbered items keeps the
    paragraph as its own text (an opening sentence), and a topic heading naming no lead keeps
    its paragraph too: neither becomes a measure."""
    result = parsed(["一、市档案局牵头的工作", "主要包括以下两项：", "1.完成馆藏档案数字化。", "2.修订档案管理办法。",
                     "二、优化营商环境", "持续深化改革。", "1.压缩开办时间。（市市场监管局负责）"])
    assert [(m.measure_no, m.text, m.lead_cells) for m in result.measures] == [
        (1, "完成馆藏档案数字化。", ("市档案局",)), (2, "修订档案管理办法。", ("市档案局",)),
        (1, "压缩开办时间。", ("市市场监管局",))]


def test_a_part_naming_a_lead_over_headings_gives_it_to_the_items_not_the_headings():
    """第一部分 …主责任务 > 一、… > （一）… > 1.: the part's lead goes to the level that holds
    items (here they name their own leads), never to the headings between."""
    result = parsed(["第一部分　区政府主责任务（3项）", "一、主要指标（3项）", "（一）约束性指标（2项）",
                     "1.水质稳定达到Ⅳ类。", "牵头单位：区水务局", "2.森林覆盖率达到37%。", "牵头单位：区园林绿化局",
                     "（二）预期性指标（1项）", "3.回收利用率达到38%以上。"])
    assert [r[:4] for r in rows(result)] == [("（一）", 1, "水质稳定达到Ⅳ类。", ("区水务局",)),
                                            ("（一）", 2, "森林覆盖率达到37%。", ("区园林绿化局",)),
                                            ("（二）", 3, "回收利用率达到38%以上。", ("区政府",))]


def test_a_heading_that_is_a_deadline_gives_it_to_the_items_below_that_print_none():
    """A list ordered by when its items are due: the heading's deadline as printed, without its
    verb, goes to each item that prints no deadline of its own; the heading stays the section."""
    result = parsed(["一、2023年6月底前需完成的任务", "1.完成老旧小区改造方案编制。（责任单位：县住建局）",
                     "2.建成便民服务中心1处。（责任单位：县民政局；完成时限：2023年5月）",
                     "二、2023年底前完成事项（1项）", "3.实现村级光纤网络全覆盖。（县工信局牵头，县电信公司配合）"])
    assert [(m.section.label, m.measure_no, m.lead_cells, m.deadline) for m in result.measures] == [
        ("一、", 1, ("县住建局",), "2023年6月底前"), ("一、", 2, ("县民政局",), "2023年5月"),
        ("二、", 3, ("县工信局",), "2023年底前")]
    assert [s.title for s in result.sections] == ["2023年6月底前需完成的任务", "2023年底前完成事项（1项）"]


@pytest.mark.parametrize("heading", ["2023年工作任务", "加快完成的重点工作", "持续推进的工作"])
def test_a_heading_that_states_no_deadline_gives_none(heading):
    assert parse_heading_deadline(heading) is None


def test_an_ongoing_heading_among_deadline_headings_gives_its_phrase():
    """A list grouped by when its items are due often closes with the items that run on
    (…年底前完成的工作 / 持续推进的事项): among dated siblings the ongoing heading is a deadline
    too, its phrase as printed without the noun."""
    result = parsed(["一、2024年3月底前完成的工作", "1.完成县城污水管网改造。", "牵头单位：县住建局",
                     "二、2024年底前完成的工作", "2.建成农产品冷链仓储中心。", "牵头单位：县商务局",
                     "三、持续推进的事项", "3.开展河湖清四乱专项行动。", "牵头单位：县水利局",
                     "4.做好森林防火宣传。", "牵头单位：县林业局　完成时限：2024年4月底前"])
    assert [(m.section.label, m.measure_no, m.deadline) for m in result.measures] == [
        ("一、", 1, "2024年3月底前"), ("二、", 2, "2024年底前"), ("三、", 3, "持续推进"), ("三、", 4, "2024年4月底前")]
    assert [s.title for s in result.sections] == ["2024年3月底前完成的工作", "2024年底前完成的工作", "持续推进的事项"]


def test_an_ongoing_heading_that_names_its_period_gives_it_alone():
    """``长期坚持的任务`` names its time itself: it gives its phrase even among topic headings."""
    result = parsed(["一、优化营商环境", "1.推行证照分离改革。", "牵头单位：县市场监管局",
                     "二、长期坚持的任务", "2.开展安全生产隐患排查。", "牵头单位：县应急局"])
    assert [m.deadline for m in result.measures] == [None, "长期坚持"]


def test_an_ongoing_heading_among_topic_headings_is_a_topic():
    """``持续推进的工作`` among sections named for their subject names a subject, not a time."""
    result = parsed(["一、优化营商环境", "1.推行证照分离改革。", "牵头单位：县市场监管局",
                     "二、持续推进的工作", "2.开展安全生产隐患排查。", "牵头单位：县应急局"])
    assert [m.deadline for m in result.measures] == [None, None]


def test_a_heading_that_names_a_person_gives_nothing():
    assert parse_heading_lead("于某某市长主抓重点工作") is None
    assert parse_heading_lead("加快发展生态工业") is None
    assert parse_heading_lead("市发改委负责的重点任务（5项）").lead == ("市发改委",)


def test_an_item_with_its_own_lead_keeps_it():
    result = parsed(["一、县发改局牵头工作", "1.推进项目建设。（县住建局牵头，县财政局配合）", "2.争取资金。"])
    assert [(m.lead_cells, m.support_cells) for m in result.measures] == [
        (("县住建局",), ("县财政局",)), (("县发改局",), ())]


def test_items_nothing_covers_are_named_in_a_warning():
    result = parsed(["一、重点任务", "1.推进项目建设。（县住建局牵头）", "2.争取资金。", "3.建成厂房。（县发改局负责）"])
    assert [m.measure_no for m in result.measures] == [1, 3]
    assert any("1 numbered item(s)" in w and "2." in w for w in result.warnings)


def test_a_deadline_line_under_an_item_that_names_its_units_itself_fills_its_deadline():
    """``…由X牵头，Y配合。`` then ``完成时限：…`` on its own line: the line completes the
    item's own clause.  A line naming a field the clause has already is no complement."""
    result = parsed(["一、稳定增长", "1.新培育企业3家。由县工信局牵头，县科技局配合。", "完成时限：2024年1月—12月",
                     "2.建设农田5万亩。由县农业农村局牵头。", "完成时限：持续推进"])
    assert [(m.measure_no, m.lead_cells, m.support_cells, m.deadline, m.form) for m in result.measures] == [
        (1, ("县工信局",), ("县科技局",), "2024年1月—12月", "prose"),
        (2, ("县农业农村局",), (), "持续推进", "prose")]


def test_items_whose_numbers_are_not_printed_are_the_paragraphs_each_followed_by_labels():
    """Word's auto-numbers lost in a copy: under typed section headings, each paragraph
    followed by its own labelled lines is an item, numbered by its place in the notice;
    the first one is not glued to the heading."""
    result = parsed(["一、政务服务", "推进一件事一次办。", "牵头单位：县行政服务中心　配合单位：县直各单位",
                     "企业开办一日办结。", "牵头单位：县市场监管局", "二、市场环境", "落实减税降费政策。",
                     "牵头单位：县税务局　完成时限：持续推进"])
    assert rows(result) == [
        ("一、", 1, "推进一件事一次办。", ("县行政服务中心",), ("县直各单位",), "labelled"),
        ("一、", 2, "企业开办一日办结。", ("县市场监管局",), (), "labelled"),
        ("二、", 3, "落实减税降费政策。", ("县税务局",), (), "labelled")]
    assert [s.title for s in result.sections] == ["政务服务", "市场环境"]


def test_a_one_line_copy_of_items_whose_numbers_are_lost_keeps_them_apart():
    """The same list run into one line: each item follows the last label's deadline with
    nothing between (cut where the deadline stops reading as one), and a section's first
    item follows its heading (cut at the task verb that opens the item)."""
    lines = ["现将方案印发给你们。", "一、政务服务", "推进一件事一次办，新增套餐20项。",
             "牵头单位：县行政服务中心　完成时限：2023年6月—12月", "企业开办实现一日办结。",
             "牵头单位：县市场监管局　完成时限：2023年4月底前", "二、市场环境", "加快推进减税降费，应享尽享。",
             "牵头单位：县税务局　完成时限：持续推进"]
    want = [("一、", 1, "推进一件事一次办，新增套餐20项。", ("县行政服务中心",), (), "labelled"),
            ("一、", 2, "企业开办实现一日办结。", ("县市场监管局",), (), "labelled"),
            ("二、", 3, "加快推进减税降费，应享尽享。", ("县税务局",), (), "labelled")]
    assert rows(parsed(lines)) == want
    joined = parsed(["".join(ln.replace("\u3000", "") for ln in lines)])
    assert rows(joined) == want
    assert [m.deadline for m in joined.measures] == ["2023年6月—12月", "2023年4月底前", "持续推进"]
    assert [s.title for s in joined.sections] == ["政务服务", "市场环境"]


def test_numbered_items_run_into_one_line_are_not_cut_at_their_verbs():
    """Only a heading with unnumbered items under it is cut: numbered items that carry their
    labels stay whole however their text opens, and a deadline's note stays with it."""
    lines = ["现将方案印发给你们，请认真贯彻落实。", "一、政务服务", "1.营商环境推进一件事一次办。",
             "牵头单位：县行政服务中心", "完成时限：2023年底前（暂定）", "2.企业开办实现一日办结。",
             "牵头单位：县市场监管局", "完成时限：2023年4月底前", "3.政务服务落实好差评制度。", "牵头单位：县政务服务局"]
    result = parsed(["".join(lines)])
    assert [r[:3] for r in rows(result)] == [("一、", 1, "营商环境推进一件事一次办。"),
                                            ("一、", 2, "企业开办实现一日办结。"),
                                            ("一、", 3, "政务服务落实好差评制度。")]
    assert [m.deadline for m in result.measures] == ["2023年底前（暂定）", "2023年4月底前", None]


def test_items_numbered_by_section_and_place_are_items_under_their_sections():
    result = parsed(["一、推进城乡建设", "1-1 建成农田3万亩。（牵头单位：县财政局）", "1-2 引进企业4家。（牵头单位：县商务局）",
                     "二、促进产业发展", "2-1 打造园区2个。（牵头单位：县工信局）"])
    assert [r[:3] for r in rows(result)] == [("一、", 1, "建成农田3万亩。"), ("一、", 2, "引进企业4家。"),
                                            ("二、", 1, "打造园区2个。")]


def test_unnumbered_paragraphs_each_ending_with_their_bracket_are_items():
    """Word's numbers lost in a list whose items carry their own brackets: each paragraph is an
    item, the first under a heading is cut off it, and a list without headings is read too."""
    result = parsed(["现将方案印发给你们。", "某县人民政府办公室", "2021年4月6日", "（一）提升民生保障",
                     "实施重点项目6个。（县农业农村局牵头负责，2021年底前完成）", "完成河道治理3公里。（由县统计局负责）",
                     "新建公园2个。（县住建局牵头负责）", "（二）扩大有效投资", "开展专项检查5次。（由县发改局负责）"])
    assert [r[:4] for r in rows(result)] == [("（一）", 1, "实施重点项目6个。", ("县农业农村局",)),
                                            ("（一）", 2, "完成河道治理3公里。", ("县统计局",)),
                                            ("（一）", 3, "新建公园2个。", ("县住建局",)),
                                            ("（二）", 4, "开展专项检查5次。", ("县发改局",))]
    flat = parsed(["现将方案印发给你们。", "2021年4月6日", "实施重点项目6个。（牵头单位：县农业农村局）",
                   "完成河道治理3公里。（牵头单位：县统计局）"])
    assert [r[1:4] for r in rows(flat)] == [(1, "实施重点项目6个。", ("县农业农村局",)),
                                           (2, "完成河道治理3公里。", ("县统计局",))]


def test_one_paragraph_with_a_bracket_after_an_item_is_no_list():
    result = parsed(["一、重点任务", "1.建成厂房。（县住建局负责）", "以上任务年底前完成。（县政府督查室负责）"])
    assert [r[1:3] for r in rows(result)] == [(1, "建成厂房。")]


def test_sections_of_one_unnumbered_item_each_are_cut_off_their_headings():
    """Numbers lost under headings that hold one item but one: the single items stand glued under
    their headings alone, and only one paragraph with a sentence of its own stands where no item
    waits; it still is a list, so every first item is cut off its heading (a leader's bracket on
    the heading stays the heading's)."""
    result = parsed(["现将方案印发给你们。", "某县人民政府办公室", "2025年1月3日",
                     "（一）促进产业发展（牵头领导：张伟）", "建成厂房2处。由县审计局牵头，县统计局配合，6月底前完成。",
                     "新建公园6个。由县住建局负责，9月底前完成。", "（二）扩大有效投资（牵头领导：李明）",
                     "建设社区7个。由县民政局负责，年底前完成。"])
    assert [r[:4] for r in rows(result)] == [("（一）", 1, "建成厂房2处。", ("县审计局",)),
                                            ("（一）", 2, "新建公园6个。", ("县住建局",)),
                                            ("（二）", 3, "建设社区7个。", ("县民政局",))]


def test_a_titled_item_with_its_bracket_in_its_second_paragraph_is_one_item():
    # no paragraph stands where no item waits: nothing was lost, the paragraph is the item's
    result = parsed(["一、重点任务", "1.推进污水管网建设", "新建管网10公里。（县住建局负责）",
                     "2.提升供水保障", "新建水厂1座。（县水利局负责）"])
    assert [r[1:4] for r in rows(result)] == [(1, "推进污水管网建设新建管网10公里。", ("县住建局",)),
                                             (2, "提升供水保障新建水厂1座。", ("县水利局",))]


def test_units_named_once_for_a_section_are_its_items_units():
    """Label lines (or a heading's bracket) right under a heading name the units of the items
    under it, each with its own deadline line; the headings are no measures."""
    labelled = parsed(["（一）加强社会治理", "牵头单位：县退役军人事务局", "配合部门：县教育局 县公安局",
                       "1、引进企业4家。", "完成时间：2022年12月底前", "2、扩容幼儿园9个。",
                       "（二）促进产业发展", "牵头单位：县医疗保障局", "3、新增就业700人。"])
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows(labelled)] == [
        ("（一）", 1, "引进企业4家。", ("县退役军人事务局",), ("县教育局 县公安局",)),
        ("（一）", 2, "扩容幼儿园9个。", ("县退役军人事务局",), ("县教育局 县公安局",)),
        ("（二）", 3, "新增就业700人。", ("县医疗保障局",), ())]
    assert [m.deadline for m in labelled.measures] == ["2022年12月底前", None, None]
    inline = parsed(["一、守牢安全底线（牵头部门：县人社局）", "(1)新增就业200人。（完成时间：2022年6月底前）",
                     "(2)引进企业3家。", "二、扩大有效投资（牵头部门：县农业农村局）", "(3)新建公路40公里。"])
    assert [(r[0], r[2], r[3]) for r in rows(inline)] == [("一、", "新增就业200人。", ("县人社局",)),
                                                          ("一、", "引进企业3家。", ("县人社局",)),
                                                          ("二、", "新建公路40公里。", ("县农业农村局",))]
    assert [m.deadline for m in inline.measures] == ["2022年6月底前", None, None]
    verbs = parsed(["（一）提升民生保障（县卫生健康局牵头，县发改局配合）", "1、改造农贸市场9个。（2025年6月—11月）",
                    "2、新建公园7个。"])
    assert [(r[2], r[3], r[4]) for r in rows(verbs)] == [("改造农贸市场9个。", ("县卫生健康局",), ("县发改局",)),
                                                         ("新建公园7个。", ("县卫生健康局",), ("县发改局",))]
    assert [m.deadline for m in verbs.measures] == ["2025年6月—11月", None]


def test_a_heading_with_units_over_items_naming_their_own_keeps_them():
    result = parsed(["（一）加强社会治理", "牵头单位：县退役军人事务局", "1、引进企业4家。", "牵头单位：县商务局"])
    assert [(r[0], r[2], r[3]) for r in rows(result)][-1] == ("（一）", "引进企业4家。", ("县商务局",))


def _row(m):
    return (m.section.label, m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline)


def test_a_headings_units_fill_the_roles_its_items_leave_empty_in_their_brackets():
    """A heading's bracket names the lead of its section; each item's own bracket names its
    support and deadline, or the deadline only, or nothing: every item is a measure with the
    heading's lead, its own support and deadline; the headings are sections, not measures."""
    result = parsed(["一、优化营商环境（牵头单位：县发改局）",
                     "1.推行证照分离改革。（配合单位：县市场监管局；完成时限：2024年6月底前）",
                     "2.开展政策宣讲20场。（完成时限：2024年9月底前）", "3.建成企业服务中心。",
                     "二、改善生态环境（牵头单位：县生态环境局）",
                     "4.完成河道清淤8公里。（配合单位：县水利局、县农业农村局；完成时限：2024年10月底前）"])
    assert [_row(m) for m in result.measures] == [
        ("一、", 1, "推行证照分离改革。", ("县发改局",), ("县市场监管局",), "2024年6月底前"),
        ("一、", 2, "开展政策宣讲20场。", ("县发改局",), (), "2024年9月底前"),
        ("一、", 3, "建成企业服务中心。", ("县发改局",), (), None),
        ("二、", 4, "完成河道清淤8公里。", ("县生态环境局",), ("县水利局、县农业农村局",), "2024年10月底前")]
    assert [s.title for s in result.sections] == ["优化营商环境", "改善生态环境"]
    assert {m.form for m in result.measures} == {"inline-label"} and result.warnings == ()


def test_headings_naming_a_lead_over_items_naming_their_own_units_are_sections():
    """Headings closing with their area's lead (一、强化科技创新（市科技局牵头）) over items that each print
    their own units: the headings are section titles, no measures, and give nothing (a 浙江 county's 2025
    政策, holdout firstlead-dongyang); the unnumbered goal paragraph under a heading is no item.  Before,
    each heading was a measure of its own.  One such heading whose name ends a sentence stays a measure
    over its own steps."""
    result = parsed(["一、强化科技创新（市科技局牵头）", "深化科技体制改革，研发投入强度达到2.9%。",
                     "（一）建设创新平台。（责任单位：市科技局、市经信局）", "（二）支持技术攻关。（责任单位：市科技局）",
                     "二、扩大有效投资（市发改局牵头）", "（一）保障项目用地。（责任单位：市自然资源和规划局）"])
    assert rows(result) == [("一、", 1, "建设创新平台。", ("市科技局、市经信局",), (), "inline-label"),
                            ("一、", 2, "支持技术攻关。", ("市科技局",), (), "inline-label"),
                            ("二、", 1, "保障项目用地。", ("市自然资源和规划局",), (), "inline-label")]
    assert [(s.label, s.title) for s in result.sections] == [("一、", "强化科技创新"), ("二、", "扩大有效投资")]
    one = parsed(["一、加强古城风貌管控。（牵头单位：县住建局）", "（一）修缮古建筑5处。（牵头单位：县文旅局）",
                  "（二）整治沿街立面。（牵头单位：县城管局）"])
    assert rows(one)[0] == (None, 1, "加强古城风貌管控。", ("县住建局",), (), "inline-label")


def test_an_items_own_lead_or_support_wins_over_its_headings():
    """Per role: a heading naming lead and support gives each to the items that print none;
    an item printing its own lead (or support) keeps it and still takes the other role."""
    result = parsed(["（一）提升教育质量（牵头单位：县教育局；配合单位：县财政局）",
                     "1、新建幼儿园3所。（配合单位：县住建局；完成时限：2024年8月底前）",
                     "2、培训教师500人次。（牵头单位：县人社局；完成时限：2024年11月底前）",
                     "（二）织密社会保障（牵头单位：县民政局）", "3、新建养老服务站5个。（完成时限：2024年12月底前）"])
    assert [_row(m) for m in result.measures] == [
        ("（一）", 1, "新建幼儿园3所。", ("县教育局",), ("县住建局",), "2024年8月底前"),
        ("（一）", 2, "培训教师500人次。", ("县人社局",), ("县财政局",), "2024年11月底前"),
        ("（二）", 3, "新建养老服务站5个。", ("县民政局",), (), "2024年12月底前")]


def test_label_lines_under_a_heading_fill_the_roles_its_labelled_items_leave_empty():
    """The same with labels on lines of their own: under the heading, then under each item."""
    result = parsed(["（一）提升教育质量", "牵头单位：县教育局", "1、新建幼儿园3所。", "配合单位：县住建局",
                     "完成时限：2024年8月底前", "2、培训教师500人次。", "牵头单位：县人社局", "完成时限：2024年11月底前",
                     "3、改造校舍6处。", "完成时限：2024年9月底前",
                     "（二）织密社会保障", "牵头单位：县民政局", "配合单位：县财政局", "4、新建养老服务站5个。",
                     "配合单位：各乡镇人民政府", "完成时限：2024年12月底前", "5、发放临时救助金。"])
    assert [_row(m) for m in result.measures] == [
        ("（一）", 1, "新建幼儿园3所。", ("县教育局",), ("县住建局",), "2024年8月底前"),
        ("（一）", 2, "培训教师500人次。", ("县人社局",), (), "2024年11月底前"),
        ("（一）", 3, "改造校舍6处。", ("县教育局",), (), "2024年9月底前"),
        ("（二）", 4, "新建养老服务站5个。", ("县民政局",), ("各乡镇人民政府",), "2024年12月底前"),
        ("（二）", 5, "发放临时救助金。", ("县民政局",), ("县财政局",), None)]
    assert {m.form for m in result.measures} == {"labelled"} and result.warnings == ()


@pytest.mark.parametrize("points", [[], ["一、提高认识。", "二、抓好落实。"]])
def test_the_first_unnumbered_item_is_the_paragraph_over_the_first_labels(points):
    """After the letter (its own points or none) the first item whose number was lost is the
    paragraph right over the first label lines: not lost, and not glued to the signature and
    the plan's title."""
    result = parsed(points + ["某县人民政府办公室", "2021年1月28日", "某县2021年重点任务分工方案", "组织培训7000人次。",
                              "牵头部门：县人社局", "新建公园2个。", "牵头部门：县住建局"])
    assert [r[1:4] for r in rows(result)] == [(1, "组织培训7000人次。", ("县人社局",)), (2, "新建公园2个。", ("县住建局",))]


def test_a_numbered_item_with_a_second_paragraph_keeps_it_when_no_number_is_lost():
    result = parsed(["一、政务服务", "1.推进一件事一次办，", "新增套餐服务20项。", "牵头单位：县行政服务中心",
                     "2.企业开办一日办结。", "牵头单位：县市场监管局"])
    assert [r[:3] for r in rows(result)] == [("一、", 1, "推进一件事一次办，新增套餐服务20项。"),
                                            ("一、", 2, "企业开办一日办结。")]


def test_a_unit_name_alone_on_a_line_heads_the_items_that_unit_leads():
    """A list grouped by department: each unit's name on a line of its own over its items,
    whose brackets name only support and deadline (one only the deadline)."""
    result = parsed(["县发改委", "1.谋划重大项目20个。（配合单位：县财政局；完成时限：2022年10月底）",
                     "县农业农村局", "2.建设高标准农田6万亩。（配合单位：县水务局；完成时限：2022年11月底）",
                     "3.培育龙头企业5家。（完成时限：持续推进）"])
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline, m.form) for m in result.measures] == [
        (1, "谋划重大项目20个。", ("县发改委",), ("县财政局",), "2022年10月底", "inline-label"),
        (2, "建设高标准农田6万亩。", ("县农业农村局",), ("县水务局",), "2022年11月底", "inline-label"),
        (3, "培育龙头企业5家。", ("县农业农村局",), (), "持续推进", "inline-label")]
    assert result.sections == ()


def _page(lines: list[str]):
    """A web page printing ``lines`` a paragraph each under a letter, its signature and the list's title."""
    body = "".join(f"<p>{ln}</p>" for ln in ["某县人民政府办公室关于印发重点工作责任清单的通知", "各乡镇人民政府，县直各单位：",
                                             "现将清单印发给你们，请认真落实。", "某县人民政府办公室", "2024年3月1日",
                                             "某县2024年重点工作责任清单", *lines])
    page = f"<html><body>{body}</body></html>"
    return parse_body(locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.html"))))


def test_a_unit_name_line_heads_its_items_past_a_lead_in_closing_with_a_colon():
    """A duty list by unit (holdout unitheads-shanghai, batch 50): each unit's name on a line, one
    paragraph saying what it takes on (…主要承担以下工作：), then its duties numbered afresh; the lead-in
    is no item, the name heads the duties."""
    result = _page(["县发改委", "2024年，县发改委要统筹推进重大项目建设，主要承担以下工作：", "1.谋划重大项目20个。",
                    "2.争取专项债券项目10个。", "县农业农村局", "2024年，县农业农村局主要承担以下工作：",
                    "1.建设高标准农田6万亩。"])
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in result.measures] == [
        (1, "谋划重大项目20个。", ("县发改委",), ()), (2, "争取专项债券项目10个。", ("县发改委",), ()),
        (1, "建设高标准农田6万亩。", ("县农业农村局",), ())]
    assert result.sections == ()


def test_a_unit_lead_in_cut_by_a_wrap_is_one_lead_in():
    """The lead-in broken at the page's width before its colon (…全力以赴完成 / 以下工作：, holdout
    cutleadin-xuzhou-2025-4, generator bs18946; ``outlineheads.join_cut_lead_ins``): still one lead-in, the name still
    heads the items under it; before, name and lead-in ran into the unit before's last item and took its lead."""
    result = _page(["县发改委", "2024年，县发改委要统筹推进重大项目建设，主要承担以下工作：", "1.谋划重大项目20个。",
                    "县农业农村局", "2024年，县农业农村局要紧扣全年目标，全力完成", "以下工作：",
                    "1.建设高标准农田6万亩。"])
    assert [(m.measure_no, m.text, m.lead_cells) for m in result.measures] == [
        (1, "谋划重大项目20个。", ("县发改委",)), (1, "建设高标准农田6万亩。", ("县农业农村局",))]


@pytest.mark.parametrize("first,rest", [
    ("2024年，县农业农村局要抓好农业生产。", "以下工作："),      # a whole sentence: nothing cut
    ("2024年，县农业农村局要紧扣全年目标", "一是抓好粮食生产，二是稳定生猪生产："),   # a long line: no rest
    ("2024年，县农业农村局要紧扣全年目标", "牵头单位："),        # a label of its own
])
def test_lines_that_are_no_cut_lead_in_stay_apart(first, rest):
    from extractor.parse.outlineheads import join_cut_lead_ins
    assert join_cut_lead_ins(["县农业农村局", first, rest]) == ["县农业农村局", first, rest]


def test_a_cut_lead_in_needs_a_unit_name_over_it():
    from extractor.parse.outlineheads import join_cut_lead_ins
    lines = ["二、强化组织保障", "各地要紧扣全年目标，全力完成", "以下工作："]
    assert join_cut_lead_ins(lines) == lines


def test_a_unit_name_line_over_a_paragraph_that_leads_in_to_nothing_heads_nothing():
    result = _page(["县发改委", "2024年，县发改委要统筹推进重大项目建设。", "1.谋划重大项目20个。",
                    "县农业农村局", "2024年，县农业农村局要抓好农业生产。", "1.建设高标准农田6万亩。"])
    assert all(not m.lead_cells for m in result.measures)


def test_a_heading_broken_at_the_pages_width_keeps_its_last_words():
    """A document site's copy of a Word file, one printed line a paragraph: a heading that filled its line goes
    on with a few words on the next (holdout midletter-shijingshan, batch 50: before, the title lost 领导)."""
    result = _page(["一、提高城市基层党建工作水平，加强党对基层治理的全面", "领导", "1.健全街道党工委领导机制。",
                    "牵头单位：区委组织部", "二、推进管理体制改革", "2.调整街道内设机构。", "牵头单位：区委编办"])
    assert [s.title for s in result.sections] == ["提高城市基层党建工作水平，加强党对基层治理的全面领导", "推进管理体制改革"]
    # a short heading is whole: a short line under it is no part of it
    result = _page(["一、推进管理体制改革", "街道", "1.调整街道内设机构。", "牵头单位：区委编办",
                    "二、提升服务水平", "2.完善接诉即办机制。", "牵头单位：区政府办"])
    assert [s.title for s in result.sections][:1] == ["推进管理体制改革"]


def test_one_unit_name_alone_on_a_line_heads_nothing():
    result = parsed(["县发改委", "1.谋划重大项目20个。（配合单位：县财政局；完成时限：2022年10月底）"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [(1, ())]


def test_the_cover_letters_points_are_not_the_plans_sections():
    """一、二、三、 in the letter, then its signature date, then the plan's items with no
    section of their own: the items have no section (before: all under the letter's 三、)."""
    result = parsed(["一、提高思想认识。各部门要高度重视。", "二、强化督查问效。每季度督查。", "某县人民政府办公室",
                     "2023年3月15日", "某县重点任务分工方案", "1.新建清洁能源项目。（牵头单位：县发改委）",
                     "2.城镇新增就业3500人。（牵头单位：县人社局）"])
    assert [(m.section, m.measure_no) for m in result.measures] == [(None, 1), (None, 2)]
    # the plan's own sections after the signature still count
    result = parsed(["一、提高思想认识。各部门要高度重视。", "2023年3月15日", "一、能源", "1.新建清洁能源项目。（牵头单位：县发改委）"])
    assert [(m.section.title, m.measure_no) for m in result.measures] == [("能源", 1)]


def test_a_labelled_line_wrapped_inside_its_date_goes_on_to_the_next_line():
    result = parsed(["1.推进一件事一次办。", "牵头单位：县行政服务中心　完成时限：2023", "年6月—12月",
                     "2.企业开办一日办结。", "牵头单位：县市场监管局"])
    assert [(m.measure_no, m.text, m.deadline) for m in result.measures] == [
        (1, "推进一件事一次办。", "2023年6月—12月"), (2, "企业开办一日办结。", None)]


def test_a_labelled_line_that_leaves_a_bracket_open_goes_on_to_the_next_line():
    """A wrapped rule note (``（除标注外，列第一位的为牵头单位`` / ``，下同）``) is one note, not unit names."""
    result = parsed(["1.地区生产总值增长6.5%左右。", "责任单位：县发改委、县统计局（除标注外，列第一位的为牵头单位",
                     "，下同）", "2.一般公共预算收入增长5%。", "责任单位：县财政局"])
    units = [u for m in result.measures for u in (*m.lead_cells, *m.support_cells)]
    assert not any("下同" in u or "除标注" in u for u in units) and len(result.measures) == 2


@pytest.mark.parametrize("mark", ["★", "●", "◆"])
def test_indicator_lines_under_an_item_are_its_text_after_or_before_its_bracket(mark):
    """An item's indicators printed under it, each on a line opening with a mark (★ ● ◆ …),
    after its closing bracket or before it: part of its text, mark kept, nothing between, as a
    continuation line is; the next numbered item keeps its own text."""
    result = parsed(["一、稳住农业基本盘", "1．抓好粮食生产，稳定播种面积。（牵头单位：县农业农村局；责任单位：县财政局）",
                     f"{mark}粮食总产量稳定在30万吨以上。", f"{mark}新建高标准农田2万亩。",
                     "2．发展特色林果产业。", f"{mark}林果面积达到5万亩。", "（牵头单位：县林草局）",
                     "3．推进农村改厕。（责任单位：县卫健委）"])
    assert [r[1:5] for r in rows(result)] == [
        (1, f"抓好粮食生产，稳定播种面积。{mark}粮食总产量稳定在30万吨以上。{mark}新建高标准农田2万亩。",
         ("县农业农村局",), ("县财政局",)),
        (2, f"发展特色林果产业。{mark}林果面积达到5万亩。", ("县林草局",), ()),
        (3, "推进农村改厕。", ("县卫健委",), ())]


@pytest.mark.parametrize("bullet", ["——", "———", "－－", "――", "●", "▪", "•", "·"])
def test_a_bullet_that_opens_an_unnumbered_item_is_its_label_not_its_text(bullet):
    """A 要点 list whose items carry no number, each opened by a bullet (a dash pair as typed,
    ●, •, …) and closed by its own bracket: the bullet is the item's label, as a number would be,
    so the measure's text starts after it; the items are counted in order across the notice."""
    result = parsed(["一、扩大有效投资", f"{bullet}开工建设重点项目30个，完成投资50亿元。（牵头单位：县发改局；配合单位：县财政局）",
                     f"{bullet} 盘活闲置土地800亩。（牵头单位：县自然资源局；完成时限：2024年10月）",
                     "二、提升城市品质", f"{bullet}改造老旧小区12个。（牵头单位：县住建局）"])
    assert [r[:5] for r in rows(result)] == [
        ("一、", 1, "开工建设重点项目30个，完成投资50亿元。", ("县发改局",), ("县财政局",)),
        ("一、", 2, "盘活闲置土地800亩。", ("县自然资源局",), ()),
        ("二、", 3, "改造老旧小区12个。", ("县住建局",), ())]


@pytest.mark.parametrize("rule", ["------本页结束------", "——————", "—— 2 ——", "···"])
def test_a_line_of_dashes_or_dots_opens_no_item(rule):
    """A separator or page foot typed with dashes (``------分隔线------``) is no bullet: after the
    last item it is no item of its own and never the item's text."""
    result = parsed(["1.新建污水管网15公里。（牵头单位：县住建局）", "2.完成河道清淤8条。（牵头单位：县水利局）", rule])
    assert [r[1:4] for r in rows(result)] == [(1, "新建污水管网15公里。", ("县住建局",)),
                                             (2, "完成河道清淤8条。", ("县水利局",))]


def test_a_wrapped_line_opening_with_a_traditional_quantity_stays_in_its_item():
    """A traditional copy whose page width broke an item before its quantity (…造林 / 2.6萬畝…):
    the line is the item's text as in simplified (2.6万亩), not an item numbered 2.6."""
    result = parsed(["一、生態建設", "1.實施國土綠化行動，完成營造林",
                     "2.6萬畝，治理水土流失面積30平方公里。（牽頭單位：縣林業局；完成時限：2021年底前）",
                     "2.推進河湖長制落實。（牽頭單位：縣水利局）"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [(1, ("縣林業局",)), (2, ("縣水利局",))]
    assert "2.6萬畝" in result.measures[0].text


@pytest.mark.parametrize("mark", ["附件2", "附件二", "附件 3："])
@pytest.mark.parametrize("shape", ["labelled", "bracket"])
def test_a_second_attachment_on_the_page_closes_the_sections_of_the_first(mark, shape):
    """Two lists issued together on one page: 附件1's items under headings, then another
    attachment mark, its title and items numbered from 1 again with no heading of their own.
    The mark closes 附件1's last heading: the second list's items have no section (before: they
    took the section of 附件1's last heading)."""
    def item(no, text, unit):
        return [f"{no}.{text}", f"责任单位：{unit}"] if shape == "labelled" else [f"{no}.{text}（责任单位：{unit}）"]
    result = parsed(["现印发给你们，请认真贯彻执行。", "某县人民政府办公室", "2022年2月18日",
                     "附件1", "2022年县政府工作报告重点工作分工", "一、王××县长主抓工作",
                     *item(1, "全年地区生产总值增长7%。", "县发改局、县统计局"), "二、李××副县长主抓工作",
                     *item(2, "粮食产量稳定在30万吨以上。", "县农业农村局"),
                     mark, "2022年县政府十件民生实事分工",
                     *item(1, "新建城乡公厕20座。", "县住建局、各乡镇人民政府"),
                     *item(2, "免费为适龄妇女开展两癌筛查。", "县卫健局")])
    assert [(m.section.label if m.section else None, m.measure_no, m.text) for m in result.measures] == [
        ("一、", 1, "全年地区生产总值增长7%。"), ("二、", 2, "粮食产量稳定在30万吨以上。"),
        (None, 1, "新建城乡公厕20座。"), (None, 2, "免费为适龄妇女开展两癌筛查。")]


def test_a_letter_that_is_the_plan_keeps_its_unnumbered_items():
    """A 通知 dividing the work in its own points, its date closing it (the 十一五 分工 letters): the
    unnumbered targets under a sub-heading, each closing with its bracket, are items though they stand
    before the signature date, for nothing after the date can be a measure (holdout lawfields-yangzhou:
    before, only the first target under each sub-heading came out)."""
    result = parsed(["二、责任主体及工作分工", "1、约束性指标的责任部门", "能源消耗下降20%左右。（县经贸委牵头）",
                     "耕地保有量不低于控制目标。（县国土资源局牵头）", "人口自然增长率控制在3‰以内。（县卫健委牵头）",
                     "2、预期性指标的责任部门", "生产总值年均增长9%。（县发改委牵头）", "三、工作要求",
                     "各单位要每年报告进展。", "二○○七年二月十五日"])
    assert [r[:4] for r in rows(result)] == [("1、", 1, "能源消耗下降20%左右。", ("县经贸委",)),
                                            ("1、", 2, "耕地保有量不低于控制目标。", ("县国土资源局",)),
                                            ("1、", 3, "人口自然增长率控制在3‰以内。", ("县卫健委",)),
                                            ("2、", 4, "生产总值年均增长9%。", ("县发改委",))]


def test_a_cover_letters_bracketed_paragraph_is_no_item_when_the_plan_follows():
    """The same paragraphs in a cover letter whose plan follows its signature date stay the letter's."""
    result = parsed(["现将方案印发给你们。", "请于每月5日前报送进展。（联系人：县发改局）", "如有问题及时反馈。（县政府办负责）",
                     "某县人民政府办公室", "2021年4月6日", "一、重点任务", "1.建成厂房。（县住建局负责）",
                     "2.新建公园。（县林业局负责）"])
    assert [r[1:3] for r in rows(result)] == [(1, "建成厂房。"), (2, "新建公园。")]


@pytest.mark.parametrize("tail", [["某县人民政府办公室", "2017年9月30日"], ["某县人民政府办公室"]])
def test_a_signature_under_the_last_bare_item_is_not_its_text(tail):
    """Unnumbered paragraphs each closing with their own bracket (a 实施意见's items under （一） sub-headings),
    then the notice's signature: the unit's name alone is no text of the item above, which closed with its own
    assignment (holdout paralead-dongguan, batch 51: before, the last item's text ended with the issuer's name)."""
    result = parsed(["为推动合作，提出本实施意见。", "一、深化经济合作", "（一）优化发展格局",
                     "参与城市群建设，推动片区组团联动发展。（牵头单位：县发改局）",
                     "支持创新券跨区域通用，吸引服务机构来此设立分支机构。（牵头单位：县科技局、县财政局）"] + tail)
    assert [(m.measure_no, m.text, m.lead_cells) for m in result.measures] == [
        (1, "参与城市群建设，推动片区组团联动发展。", ("县发改局",)),
        (2, "支持创新券跨区域通用，吸引服务机构来此设立分支机构。", ("县科技局、县财政局",))]



def test_a_task_paragraph_under_an_item_closed_by_its_bracket_keeps_the_items_number():
    # 1.<heading>。…［A牵头，B配合］ / <heading>。…［A牵头，C配合］ (佳木斯's 2018 方案: holdout sqnote-jiamusi): the
    # paragraph is another task under item 1's number, never a lost bare item
    result = parsed(["二、工作任务", "（一）实施最严格水资源管理。",
                     "1.控制用水总量。加强取用水监管，实行计划用水。（市水务局牵头，市工信委配合）",
                     "严控地下水超采。划定禁采区和限采区，关停自备井。（市水务局牵头，市国土资源局配合）",
                     "2.提高用水效率。推广节水器具。（市水务局牵头，市发改委配合）"])
    assert [(m.measure_no, m.text[:8], m.support_cells) for m in result.measures] == [
        (1, "控制用水总量。加", ("市工信委",)), (1, "严控地下水超采。", ("市国土资源局",)), (2, "提高用水效率。推", ("市发改委",))]
