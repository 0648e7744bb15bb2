"""Where the assignment sits: units named once for a whole section, a unit's name
heading the items it leads - one mechanism whatever form the items take (the
outline's; both text readers feed it)."""
import pytest

from extractor.parse.headlines import is_unit_heading

from test_outline import parsed   # a notice's body lines under a letter's title and recipients


def rows(result):
    return [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline)
            for m in result.measures]


def test_labelled_lines_under_a_section_heading_go_to_each_of_its_items():
    result = parsed(["（一）加强社会治理", "牵头单位：县公安局", "配合单位：县司法局、县民政局",
                     "1、建设智慧社区5个。", "完成时限：2022年12月底前", "2、开展矛盾纠纷排查。",
                     "（二）促进产业发展", "牵头单位：县工信局", "3、新增规上企业4家。", "完成时限：2022年6月底前"])
    assert rows(result) == [
        ("（一）", 1, "建设智慧社区5个。", ("县公安局",), ("县司法局、县民政局",), "2022年12月底前"),
        ("（一）", 2, "开展矛盾纠纷排查。", ("县公安局",), ("县司法局、县民政局",), None),
        ("（二）", 3, "新增规上企业4家。", ("县工信局",), (), "2022年6月底前")]
    assert [s.title for s in result.sections] == ["加强社会治理", "促进产业发展"]


def test_a_heading_bracket_names_the_units_of_its_items():
    result = parsed(["一、守牢安全底线（牵头单位：县应急局；配合单位：县消防救援大队）",
                     "(1)开展安全生产专项整治。（完成时限：2022年6月底前）",
                     "(2)排查整改隐患90处。（完成时限：2022年9月底前）",
                     "二、扩大有效投资（牵头单位：县发改局）",
                     "(3)新开工项目20个。（完成时限：2022年12月底前）"])
    assert rows(result) == [
        ("一、", 1, "开展安全生产专项整治。", ("县应急局",), ("县消防救援大队",), "2022年6月底前"),
        ("一、", 2, "排查整改隐患90处。", ("县应急局",), ("县消防救援大队",), "2022年9月底前"),
        ("二、", 3, "新开工项目20个。", ("县发改局",), (), "2022年12月底前")]


def test_section_units_over_items_with_no_deadline_need_two_title_headings():
    lines = ["一、推进城乡建设", "牵头单位：县住建局", "1.新建养老服务中心2个。", "2.建设充电桩80个。",
             "二、守牢安全底线", "牵头单位：县水利局", "3.建成高标准农田4万亩。"]
    assert [(m.measure_no, m.lead_cells) for m in parsed(lines).measures] == [
        (1, ("县住建局",)), (2, ("县住建局",)), (3, ("县水利局",))]


def test_a_measure_with_labels_over_its_own_steps_stays_one_measure():
    """Labels right under a numbered measure ending like a sentence, then its steps
    (1)(2): the measure keeps its units, and its steps are its text, joined with their
    numbers as printed, as steps printed before the labels are (they were dropped)."""
    result = parsed(["1.加强古城风貌管控。", "牵头单位：县住建局", "（1）修缮传统民居18处；", "（2）拆除违规牌匾200块。",
                     "2.规范经营秩序。", "牵头单位：县市场监管局", "（1）开展价格专项整治；"])
    assert [(m.measure_no, m.text, m.lead_cells) for m in result.measures] == [
        (1, "加强古城风貌管控。（1）修缮传统民居18处；（2）拆除违规牌匾200块。", ("县住建局",)),
        (2, "规范经营秩序。（1）开展价格专项整治；", ("县市场监管局",))]


def test_a_step_after_the_labels_that_names_its_own_units_stays_a_measure():
    result = parsed(["1.加强古城风貌管控。", "牵头单位：县住建局", "（1）修缮传统民居18处。（县文旅局负责）",
                     "（2）拆除违规牌匾200块。（县城管局负责）"])
    steps = [(m.text, m.lead_cells) for m in result.measures if "古城" not in m.text]
    assert steps == [("修缮传统民居18处。", ("县文旅局",)), ("拆除违规牌匾200块。", ("县城管局",))]
    assert not any("（1）" in m.text for m in result.measures)


def test_sub_items_under_one_label_set_are_the_text_of_their_item():
    """Items 1. are measures (item 2 carries its labels right under it); items 1 and 3 print
    their steps （1）（2） on lines of their own and one set of labels after the last of them:
    the steps carry no units of their own, so they are their item's text, not measures."""
    result = parsed(["一、改善人居环境", "1.推进污水管网建设：", "（1）新建污水管网12公里；", "（2）改造雨污合流管网5公里。",
                     "牵头单位：县住建局", "配合单位：县财政局", "完成时限：2023年10月底前",
                     "2.完成农村户厕改造800户。", "牵头单位：县农业农村局", "完成时限：2023年6月底前",
                     "二、提升集镇功能", "3.提升集镇风貌：", "（1）整治集镇立面2处；", "（2）新建口袋公园3个；", "（3）规范户外广告。",
                     "牵头单位：县城管局", "配合单位：各乡镇"])
    assert rows(result) == [
        ("一、", 1, "推进污水管网建设：（1）新建污水管网12公里；（2）改造雨污合流管网5公里。", ("县住建局",),
         ("县财政局",), "2023年10月底前"),
        ("一、", 2, "完成农村户厕改造800户。", ("县农业农村局",), (), "2023年6月底前"),
        ("二、", 3, "提升集镇风貌：（1）整治集镇立面2处；（2）新建口袋公园3个；（3）规范户外广告。", ("县城管局",),
         ("各乡镇",), None)]


def test_sub_items_before_a_bracket_line_are_the_text_of_their_item():
    result = parsed(["1.推进污水管网建设：", "（1）新建污水管网12公里；", "（2）改造雨污合流管网5公里。",
                     "（牵头单位：县住建局；配合单位：县财政局）", "2.完成农村户厕改造800户。（县农业农村局负责）"])
    assert [r[1:5] for r in rows(result)] == [
        (1, "推进污水管网建设：（1）新建污水管网12公里；（2）改造雨污合流管网5公里。", ("县住建局",), ("县财政局",)),
        (2, "完成农村户厕改造800户。", ("县农业农村局",), ())]


def test_sub_items_stay_measures_where_their_parents_level_holds_none():
    """（一） only heads its steps anywhere in the notice: the steps are the measures and one
    label set covers each of them (as before)."""
    result = parsed(["一、重点任务", "（一）优化企业开办。", "（1）推行全程电子化登记；", "（2）压缩开办时间至2个工作日。",
                     "牵头单位：县市场监管局", "（二）提升登记效率。", "（1）推行一窗受理。", "牵头单位：县自然资源局"])
    assert [r[:4] for r in rows(result)] == [
        ("（一）", 1, "推行全程电子化登记；", ("县市场监管局",)), ("（一）", 2, "压缩开办时间至2个工作日。", ("县市场监管局",)),
        ("（二）", 1, "推行一窗受理。", ("县自然资源局",))]


def test_a_unit_heading_gives_its_lead_to_labelled_items():
    result = parsed(["县商务局", "①培育规模以上工业企业4家。", "协办单位：县住建局、县应急局", "时间节点：2025年12月底前",
                     "县农业农村局", "②实施农村供水保障工程4处。", "协办单位：县水利局", "时间节点：2025年6月底前",
                     "③建设公共充电桩800个。", "协办单位：县交通运输局"])
    assert rows(result) == [
        (None, 1, "培育规模以上工业企业4家。", ("县商务局",), ("县住建局、县应急局",), "2025年12月底前"),
        (None, 2, "实施农村供水保障工程4处。", ("县农业农村局",), ("县水利局",), "2025年6月底前"),
        (None, 3, "建设公共充电桩800个。", ("县农业农村局",), ("县交通运输局",), None)]


def test_a_run_of_co_leads_after_a_deadline_line_heads_the_next_items():
    """``县民政局、县退役军人局`` under a deadline line is the next group's heading, not
    the rest of the date (a wrapped unit list goes on only after a unit label)."""
    result = parsed(["县财政局", "1.完成隐患点治理3处。", "配合单位：县医保局", "完成时限：每年",
                     "县民政局、县退役军人局", "2.开展专项整治。", "配合单位：县教育局", "完成时限：每季度"])
    assert [(m.lead_cells, m.deadline) for m in result.measures] == [
        (("县财政局",), "每年"), (("县民政局、县退役军人局",), "每季度")]


@pytest.mark.parametrize("line,expected", [
    ("县发改委", True), ("区审计局、卫健局", True), ("省住房和城乡建设厅，省民政厅", True),
    ("省应急管理厅；省市场监督管理局", True), ("完成时限：每年", False), ("县发改委牵头，县财政局配合", False),
    ("加快发展生态工业", False), ("新建中小学校5所", False)])
def test_is_unit_heading(line, expected):
    assert is_unit_heading(line) is expected
