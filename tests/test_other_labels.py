"""Labels and columns the grammar gives no role: a score (分值, 分数), a weight (权重), the scoring
rule (评分标准, 考核方式 …).  A 考核 (assessment) plan prints them beside the roles: an item's
bracket may open with its score (``（分值：15分；牵头单位：A；…）``), its label lines may hold a
score line, and its table a score column and a scoring-rule column beside the task.

They are known words (``roles.toml [other_roles]``): a label of theirs is kept in the measure's
``extra`` and does not stop the role labels after it from being read, and a column of theirs is
kept as an extra column, never the task column (docs/forms.md, docs/parsing.md)."""
import pytest

from extractor.parse.assign import parse_labels
from extractor.parse.labels import starts_with_label

from test_table import parse_html, parse_text

COVER = ["某县人民政府办公室关于印发2021年目标考核任务分解方案的通知", "各乡镇人民政府，县直各部门：",
         "现将方案印发给你们，请认真抓好落实。", "某县人民政府办公室", "2021年2月3日", "某县2021年目标考核任务分解方案"]


def rows(parsed):
    return [(m.section.no if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells,
             m.deadline) for m in parsed.measures]


@pytest.mark.parametrize("text,lead,support,deadline,extra", [
    ("分值：15分；牵头单位：县农业农村局；配合单位：县财政局；完成时限：2021年底",
     ("县农业农村局",), ("县财政局",), "2021年底", {"分值": "15分"}),
    ("权重：20%，责任单位：县教育局", ("县教育局",), (), None, {"权重": "20%"}),
    # between the role labels: the value before it ends where it begins
    ("牵头单位：县卫健委；评分标准：每少1个扣2分；配合单位：各乡镇", ("县卫健委",), ("各乡镇",), None,
     {"评分标准": "每少1个扣2分"}),
    # the body that reports an indicator's figure neither leads nor supports (holdout dataunit-chengdu,
    # batch 51: before, 数据提供单位：市统计局 was read as one more unit of the list before it)
    ("牵头单位：市农业农村局；责任单位：市林业局；数据提供单位：市统计局", ("市农业农村局",), ("市林业局",), None,
     {"数据提供单位": "市统计局"}),
    ("牵头单位：市发改委；数据提供单位：国家统计局某调查队", ("市发改委",), (), None, {"数据提供单位": "国家统计局某调查队"}),
])
def test_a_label_with_no_role_is_kept_in_extra_and_the_roles_are_read(text, lead, support, deadline, extra):
    found = parse_labels(text, "inline-label")
    assert (found.lead, found.support, found.deadline, found.extra) == (lead, support, deadline, extra)


@pytest.mark.parametrize("text,opens", [
    ("分数：10分；牵头单位：县水务局", True),
    ("考核方式：现场核查，配合单位：县民政局", True),
    ("分值：10分", False),            # no role label after it: no label line of the grammar's
    ("评分标准：完成得满分", False),
])
def test_a_run_opening_with_a_label_of_no_role_opens_labels_when_a_role_follows(text, opens):
    assert starts_with_label(text) is opens


BRACKETS = COVER + [
    "一、乡村振兴（25分）",
    "1.建成高标准农田2万亩。（分数：10分，牵头单位：县农业农村局，配合单位：县财政局、县水务局，完成时限：2021年11月底）",
    "2.新增集体经济收入超10万元的村15个。（权重：15%；牵头单位：县乡村振兴局；完成时限：2021年12月）",
    "二、社会事业（20分）",
    "3.新建幼儿园3所。（分值：20分；评分标准：每少1所扣5分；牵头单位：县教育局；配合单位：县住建局；完成时限：2021年9月）",
]

EXPECTED = [
    (1, 1, "建成高标准农田2万亩。", ("县农业农村局",), ("县财政局、县水务局",), "2021年11月底"),
    (1, 2, "新增集体经济收入超10万元的村15个。", ("县乡村振兴局",), (), "2021年12月"),
    (2, 3, "新建幼儿园3所。", ("县教育局",), ("县住建局",), "2021年9月"),
]


def test_an_items_bracket_opening_with_its_score_is_read():
    """A 考核 plan's items close with one bracket whose first label is the score: the role
    labels after it are read, the score is kept in extra, the section keeps its score."""
    parsed = parse_text("\n".join(BRACKETS))
    assert rows(parsed) == EXPECTED
    assert [m.extra for m in parsed.measures] == [{"分数": "10分"}, {"权重": "15%"},
                                                  {"分值": "20分", "评分标准": "每少1所扣5分"}]
    assert [s.title for s in parsed.sections] == ["乡村振兴（25分）", "社会事业（20分）"]


LABEL_LINES = COVER + [
    "一、乡村振兴",
    "1.建成高标准农田2万亩。",
    "分数：10分",
    "牵头单位：县农业农村局",
    "配合单位：县财政局、县水务局",
    "完成时限：2021年11月底",
    "2.新增集体经济收入超10万元的村15个。",
    "权重：15%；牵头单位：县乡村振兴局；完成时限：2021年12月",
    "二、社会事业",
    "3.新建幼儿园3所。",
    "考核方式：现场查看",
    "牵头单位：县教育局",
    "配合单位：县住建局",
    "完成时限：2021年9月",
]


def test_label_lines_with_a_score_line_among_them_are_read():
    """The same plan as label lines: a score line (alone, or opening a line of labels) is one of
    the item's label lines, not its text, and the roles after it are the item's own."""
    parsed = parse_text("\n".join(LABEL_LINES))
    assert rows(parsed) == EXPECTED
    assert [m.extra for m in parsed.measures] == [{"分数": "10分"}, {"权重": "15%"}, {"考核方式": "现场查看"}]


def test_a_task_cells_label_lines_may_open_with_a_score():
    """A table with no unit column whose task cell prints its label lines under the task, the
    score first: the lines from the score on are the cell's labels, the task's wording above."""
    parsed = parse_html("""<table><tr><td>序号</td><td>考核内容</td><td>完成时限</td></tr>
      <tr><td>1</td><td>全年接待游客突破800万人次<br>分值：8分<br>牵头单位：县文旅局<br>配合单位：各镇人民政府</td>
          <td>12月底</td></tr>
      <tr><td>2</td><td>建成5G基站120个<br>权重：5%<br>牵头单位：县工信局</td><td>10月底</td></tr></table>""")
    assert rows(parsed) == [(None, 1, "全年接待游客突破800万人次", ("县文旅局",), ("各镇人民政府",), "12月底"),
                            (None, 2, "建成5G基站120个", ("县工信局",), (), "10月底")]
    assert [m.extra for m in parsed.measures] == [{"分值": "8分"}, {"权重": "5%"}]


YIELD_LINES = [
    "某市与邻市共同推进城市群建设2020年重点任务清单",
    "一、规划衔接方面",
    "1. 推动国土空间规划等重大规划有效衔接。",
    "工作成果：建立规划编制会商机制，推动各领域规划同步实施。",
    "责任单位：某市发展改革委",
    "二、基础设施方面",
    "2. 配合做好铁路提速改造前期工作。",
    "预期成果：完成提速改造项目前期研究。",
    "责任单位：某市交通运输局、某市自然资源局",
]


def test_a_label_line_naming_what_the_item_yields_is_no_text_of_it():
    """An item's label line naming what it is to yield (工作成果：, 预期成果：) before its unit line is one of
    its label lines, kept in extra, as a 成果形式 column is (tests/fixtures/README.md "An item's label line naming
    what it yields"; holdout lostlabel-haidong, batch 93: before, the line was glued to the item's text)."""
    parsed = parse_text("\n".join(YIELD_LINES))
    assert rows(parsed) == [(1, 1, "推动国土空间规划等重大规划有效衔接。", ("某市发展改革委",), (), None),
                            (2, 2, "配合做好铁路提速改造前期工作。", ("某市交通运输局、某市自然资源局",), (), None)]
    assert [m.extra for m in parsed.measures] == [{"工作成果": "建立规划编制会商机制，推动各领域规划同步实施"},
                                                  {"预期成果": "完成提速改造项目前期研究"}]
