"""text-sp copies flattened by a content farm (holdout flatprog-huaiyuan, batch 34): rows one a line with
single spaces between the cells, where a leader's two-character name keeps the space Word centred it with
(陈 涛), a row whose cells hold two lines each is printed one cell line a paragraph under its number alone,
and a mark before a number flags the task (★6).  docs/forms.md, text-sp."""
from test_textgrid import parse_text, rows

HEADER = "序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况"


def test_a_padded_leaders_name_is_one_cell():
    """陈 涛 under 牵头县领导: the task keeps its words, the leader is the one person (before: 陈 ran into the task)."""
    p = parse_text([HEADER, "1 地区生产总值增长8%以上。 陈 涛 县发改委 数据汇总中",
                    "2 社会消费品零售总额增长10%。 吴 敏 县商务局 增长三成"])
    assert rows(p) == [(None, 1, "地区生产总值增长8%以上。", ("县发改委",), (), None),
                       (None, 2, "社会消费品零售总额增长10%。", ("县商务局",), (), None)]
    assert p.measures[0].extra.get("牵头县领导") == "陈涛"


def test_a_row_printed_one_cell_line_a_paragraph_under_its_number_alone():
    """Row 2's cells hold two leaders, two units and two progress lines, printed a line each under
    the number; row ★3 is flagged with a star: every row is read (before: the table ended at row 2)."""
    p = parse_text([HEADER, "1 地区生产总值增长8%以上。 陈 涛 县发改委 数据汇总中",
                    "2", "能耗强度和主要污染物排放控制在下达指标以内。", "陈 涛", "吴 敏", "县发改委", "县生态环境分局",
                    "县发改委：能耗强度达标。", "县生态环境分局：排放量达标。",
                    "★3 融入长三角产业分工。 陈 涛 县发改委 已对接项目12个",
                    "4 新增规上农产品加工企业10家。 郑海波 县农业农村局 新增2家"])
    assert rows(p) == [
        (None, 1, "地区生产总值增长8%以上。", ("县发改委",), (), None),
        (None, 2, "能耗强度和主要污染物排放控制在下达指标以内。", ("县发改委", "县生态环境分局"), (), None),
        (None, 3, "融入长三角产业分工。", ("县发改委",), (), None),
        (None, 4, "新增规上农产品加工企业10家。", ("县农业农村局",), (), None),
    ]


def test_a_lone_number_whose_lines_fit_no_columns_ends_the_table():
    """A number alone over lines no column reading fits (a paragraph of prose) is no row."""
    p = parse_text([HEADER, "1 地区生产总值增长8%以上。 陈 涛 县发改委 数据汇总中",
                    "2", "全县上下要进一步提高认识，加强协调，确保各项目标任务全面完成，切实推动工作落实见效。"])
    assert [m.measure_no for m in p.measures] == [1]


def test_a_zone_printed_without_its_committee_is_a_unit_paragraph():
    """A unit cell printed a name a paragraph whose second name is a development zone by place and kind
    (怀远经济开发区, no 管委会): both lead (before: the zone was no unit, and the row lost it to the
    progress column)."""
    p = parse_text([HEADER, "1 地区生产总值增长8%以上。 陈 涛 县发改委 数据汇总中",
                    "2", "培育汽车零部件产业集群。", "吴 敏", "招商服务中心", "怀远经济开发区",
                    "招商服务中心：在谈项目10个。", "怀远经济开发区：3个项目进场施工。"])
    assert rows(p)[1] == (None, 2, "培育汽车零部件产业集群。", ("招商服务中心", "怀远经济开发区"), (), None)


def test_a_zone_kind_alone_is_no_zone_name():
    from extractor.parse.blockread import names_units
    assert names_units("怀远经济开发区") and names_units("某某高新区")
    assert not names_units("开发区") and not names_units("经济开发区")


PROGRESS_HEADER = "序号 目标任务 责任单位 上半年推进情况"


def test_a_short_rows_further_units_print_as_paragraphs_under_it():
    """A row printing its first unit after the task and each further unit, then the progress, as paragraphs
    of their own (a district's progress table flattened, holdout spunitlines-tongliang): every unit leads,
    the progress is no unit (before: the further units went to the progress and the row kept one lead)."""
    p = parse_text([PROGRESS_HEADER, "1 地区生产总值增长6%。 区发展改革委 同比增长3.1%。",
                    "2 农业增加值增长4.5%。 区农业农村委", "区林业局", "区畜牧业发展中心", "农业增加值同比增长3.8%。",
                    "3 规上工业增加值增长7%。 区经济信息委 同比增长1.2%。"])
    assert rows(p) == [(None, 1, "地区生产总值增长6%。", ("区发展改革委",), (), None),
                       (None, 2, "农业增加值增长4.5%。", ("区农业农村委", "区林业局", "区畜牧业发展中心"), (), None),
                       (None, 3, "规上工业增加值增长7%。", ("区经济信息委",), (), None)]


def test_a_rows_paragraphs_over_a_section_heading_do_not_end_the_table():
    """Paragraphs under a row (its further units and its progress) followed by a section's heading and the
    rows under it: the rows go on (before: the table ended at the first paragraph, the later sections lost)."""
    p = parse_text([PROGRESS_HEADER, "一、主要预期目标", "1 地区生产总值增长6%。 区发展改革委 同比增长3.1%。",
                    "2 居民收入增长6.5%。 区发展改革委", "区人力社保局", "同比增长5.2%。",
                    "二、重点工作", "（一）培育新质生产力", "3 新认定高新技术企业20家。 区科技局 入库31家。"])
    assert [(m.measure_no, m.lead_cells) for m in p.measures] == [
        (1, ("区发展改革委",)), (2, ("区发展改革委", "区人力社保局")), (3, ("区科技局",))]
    assert [m.section.label for m in p.measures] == ["一、", "一、", "（一）"]


def test_the_last_rows_further_unit_then_a_blank_line_closes_the_table():
    """The table's last row printing a further unit and its progress, then a blank line: the unit is the
    row's, and nothing after the blank line joins it."""
    p = parse_text([PROGRESS_HEADER, "1 新建高标准农田2万亩。 区农业农村委", "区财政局", "已施工1.2万亩。", "",
                    "分享到：微信"])
    assert rows(p) == [(None, 1, "新建高标准农田2万亩。", ("区农业农村委", "区财政局"), (), None)]


def test_a_progress_paragraph_naming_no_unit_stays_the_progress():
    """Under a row whose progress cell is printed, a paragraph naming a unit is more progress, not a unit."""
    p = parse_text([PROGRESS_HEADER, "1 地区生产总值增长6%。 区发展改革委 同比增长3.1%。", "区统计局",
                    "2 规上工业增加值增长7%。 区经济信息委 同比增长1.2%。"])
    assert [m.lead_cells for m in p.measures] == [("区发展改革委",), ("区经济信息委",)]
