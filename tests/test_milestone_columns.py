"""A column naming a PART of the year (第二季度任务目标, 一季度目标, 上半年目标: ``roles.toml
[milestone_columns]``) holds the stage the task should reach by then, not the task: where no header word
names the task column and the longest cells are guessed to be the tasks (``columns.unnamed_task_column``),
such a column is passed over, however long its clauses run (holdout qtrtarget-zhoucun, batch 34: the
quarter's ①② clauses are longer than the year's target).  It is kept beside the measure as an extra column."""
from test_table import parse_html


def rows(parsed):
    return [(m.measure_no, m.text, m.lead_cells) for m in parsed.measures]


def _table(head: list[str], body: list[list[str]]) -> str:
    tr = lambda cells: "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"   # noqa: E731
    return "<p>某区2023年二季度工作完成情况</p><table border='1'>" + tr(head) + "".join(map(tr, body)) + "</table>"


QUARTER = ("①完成年度项目招标并开工建设，同步开展征地补偿；②组织现场观摩一次，形成阶段性总结材料。",
           "①完成首批企业走访并建立问题清单；②对清单问题逐项销号，按月报送办理情况。")


def test_the_years_target_is_the_task_beside_a_longer_quarter_column():
    """序号 | 年度目标 | 第二季度任务目标 | 分管区领导 | 责任单位: neither target word is a task word; the
    quarter's column is longer, yet the year's target is the task and the quarter's an extra."""
    parsed = parse_html(_table(
        ["序号", "年度目标", "第二季度任务目标", "分管区领导", "责任单位"],
        [["1", "新建农田水利设施，改善灌溉面积1万亩。", QUARTER[0], "宋某", "区水利局"],
         ["2", "开展助企服务，解决企业诉求200件以上。", QUARTER[1], "韩某", "区工信局"]]))
    assert rows(parsed) == [(1, "新建农田水利设施，改善灌溉面积1万亩。", ("区水利局",)),
                            (2, "开展助企服务，解决企业诉求200件以上。", ("区工信局",))]
    assert parsed.measures[0].extra.get("第二季度任务目标") == QUARTER[0]


def test_a_half_year_column_is_passed_over_too():
    """上半年目标 beside 全年目标: the year's column holds the task."""
    parsed = parse_html(_table(
        ["序号", "全年目标", "上半年目标", "责任单位"],
        [["1", "新增城镇就业3000人。", "新增城镇就业1500人，组织专场招聘会不少于5场，开展技能培训两期。", "区人社局"],
         ["2", "完成老旧小区改造12个。", "完成6个小区的设计和招标，其中3个进场施工并完成管网改造。", "区住建局"]]))
    assert rows(parsed) == [(1, "新增城镇就业3000人。", ("区人社局",)),
                            (2, "完成老旧小区改造12个。", ("区住建局",))]


def test_a_quarter_word_beside_a_named_task_column_changes_nothing():
    """重点任务 | 第一季度 | 牵头单位 (qtrcols-ruijin's kind): the task word names the task column."""
    parsed = parse_html(_table(
        ["序号", "重点任务", "第一季度", "牵头单位"],
        [["1", "推进景区提质", "完成规划编制并报批，启动游客中心和停车场建设", "区文旅局"]]))
    assert rows(parsed) == [(1, "推进景区提质", ("区文旅局",))]


def test_the_years_target_is_the_task_beside_a_unit_column_listing_more():
    """A unit cell listing four bureaus runs longer than a short target: unit, leader and group columns are no
    task column however long (``columns._NO_TASK_ROLES``; blindsynth BLIND5201 cause 5: before, the unit column
    won the guess and the table gave no row)."""
    units = ("市公安局、市交通运输局、市水利局、市住房和城乡建设局", "市商务局、市住房和城乡建设局、市卫健委、市生态环境局")
    parsed = parse_html(_table(
        ["序号", "年度目标", "第二季度任务目标", "分管领导", "责任单位", "完成时限", "完成情况"],
        [["1", "扩大对外贸易，进出口总额增长6%。", "完成前期手续", "宋某、韩某", units[0], "10月底前", "已完成"],
         ["2", "新增省级研发平台4家。", "启动建设", "韩某", units[1], "年底前", "正在推进"]]))
    assert rows(parsed) == [(1, "扩大对外贸易，进出口总额增长6%。", (units[0],)), (2, "新增省级研发平台4家。", (units[1],))]


def test_a_category_of_one_row_groups_beside_the_years_target_stays_the_section():
    """类别 | 序号 | 年度目标 | 第三季度目标 | … with no task word: the 类别 cells (a leader's group, one row each) are the
    sections and the year's target the task, the column no word names whose cells are the tasks (blindsynth
    BLIND5201 cause 5, bs5297: before, the 类别 cells were read as the tasks)."""
    parsed = parse_html(_table(
        ["类别", "序号", "年度目标", "第三季度目标", "分管领导", "牵头单位", "责任单位", "完成时限"],
        [["宋某市长主抓重点工作", "1", "实施农村人居环境整治提升行动，建成示范村7个。", "完成30%", "宋某", "市商务局", "市审计局", "持续推进"],
         ["韩某副市长主抓重点工作", "1", "建设公共法律服务实体平台26个，实现镇街全覆盖。", "序时推进", "韩某", "市统计局", "市人社局", "年底"]]))
    assert [(m.text, m.section.title, m.lead_cells) for m in parsed.measures] == [
        ("实施农村人居环境整治提升行动，建成示范村7个。", "宋某市长主抓重点工作", ("市商务局",)),
        ("建设公共法律服务实体平台26个，实现镇街全覆盖。", "韩某副市长主抓重点工作", ("市统计局",))]


def test_a_category_of_one_row_groups_before_the_number_beside_a_task_word_stays_the_section():
    """类别 | 序号 | 主要任务 | 牵头部门 | 协办单位, each 类别 a group of one row, no cell merged: both 类别 and 主要任务
    can head sections and neither merges a cell, so the first was taken for the tasks (blindsynth bs5695).  A column
    printed before the row number groups the rows the number counts: the task column is the one after it.  The
    look-alike with the number first (序号 | 项目 | 主要任务) keeps the first, test_table's
    test_two_section_words_neither_merging_a_cell_keep_the_first_as_the_tasks."""
    parsed = parse_html(_table(
        ["类别", "序号", "主要任务", "牵头部门", "协办单位"],
        [["优化营商环境", "1", "推行企业开办一日办结，压减审批材料三成。", "区行政审批局", "区市场监管局"],
         ["改善城乡面貌", "1", "完成背街小巷改造15条，新增绿地2万平方米。", "区住建局", "区城管局"]]))
    assert [(m.measure_no, m.text, m.section.no, m.section.title, m.lead_cells) for m in parsed.measures] == [
        (1, "推行企业开办一日办结，压减审批材料三成。", 1, "优化营商环境", ("区行政审批局",)),
        (1, "完成背街小巷改造15条，新增绿地2万平方米。", 2, "改善城乡面貌", ("区住建局",))]
