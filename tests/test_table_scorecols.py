"""An assessment (考核) table: beside the task, a score column (分值) and a scoring-rule column
(评分标准) whose cells are sentences as long as a task's.  考核内容 / 考核指标 head the task column
(``roles.toml [header_roles] measure``); 分值, 评分标准 … are known words of no role
(``[other_roles]``), kept as extra columns and never taken for the task column, so the choice
holds with an empty row added or the table cut in two (docs/forms.md)."""
import pytest

from extractor.parse.tableheader import role_of

from test_table import parse_html
from test_textgrid import parse_text


def rows(parsed):
    return [(m.section.no if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells,
             m.deadline) for m in parsed.measures]


@pytest.mark.parametrize("word,role", [
    ("考核内容", "measure"), ("考核指标", "measure"), ("工作内容", "measure"),
    ("分值", "other"), ("评分标准", "other"), ("考核标准", "other"), ("计分办法", "other"), ("权重", "other"),
])
def test_assessment_header_words(word, role):
    assert role_of(word) == role


def _kaohe_table(task_word: str, empty_row: bool = False, cut: bool = False) -> str:
    head = (f"<tr><td>序号</td><td>{task_word}</td><td>分值</td><td>评分标准</td><td>牵头单位</td>"
            "<td>配合单位</td></tr>")
    body = [
        "<tr><td colspan='6'>一、生态环保（30分）</td></tr>",
        "<tr><td>1</td><td>空气质量优良天数比例达到95%。</td><td>15</td>"
        "<td>达到目标得满分；每低1个百分点扣2分，扣完为止。</td><td>市生态环境局</td><td>各区人民政府</td></tr>",
        "<tr><td>2</td><td>完成造林绿化1.5万亩。</td><td>15</td>"
        "<td>全部完成得满分；未完成按完成比例计分，低于80%不得分。</td><td>市林业局</td><td>市财政局</td></tr>",
        "<tr><td colspan='6'>二、公共服务（20分）</td></tr>",
        "<tr><td>3</td><td>新增公办学位2000个。</td><td>20</td>"
        "<td>按期完成得满分；每少100个扣1分；工程延期一个月扣2分。</td><td>市教育局</td><td>市住建局、市发改委</td></tr>",
        "<tr><td colspan='2'>合计</td><td>50</td><td colspan='3'></td></tr>",
    ]
    if empty_row:
        body.insert(2, "<tr>" + "<td></td>" * 6 + "</tr>")
    first, second = (body[:3], body[3:]) if cut else (body, [])
    html = "<p>某市2020年度目标责任考核指标分解表</p><table border='1'>" + head + "".join(first) + "</table>"
    if second:
        html += "<p>续表</p><table border='1'>" + head + "".join(second) + "</table>"
    return html


TABLE_EXPECTED = [
    (1, 1, "空气质量优良天数比例达到95%。", ("市生态环境局",), ("各区人民政府",), None),
    (1, 2, "完成造林绿化1.5万亩。", ("市林业局",), ("市财政局",), None),
    (2, 3, "新增公办学位2000个。", ("市教育局",), ("市住建局、市发改委",), None),
]


@pytest.mark.parametrize("task_word", ["考核指标", "考核内容", "年度目标"])
@pytest.mark.parametrize("empty_row,cut", [(False, False), (True, False), (False, True)])
def test_an_assessment_tables_task_column_is_never_its_scoring_rule(task_word, empty_row, cut):
    """序号 | 考核指标 | 分值 | 评分标准 | 牵头单位 | 配合单位: the task column is the task word's
    (or, under a word the vocabulary does not know, the longest cells apart from the known scoring
    columns), with an empty row added or the table cut in two; score and rule stay extra."""
    parsed = parse_html(_kaohe_table(task_word, empty_row, cut))
    assert rows(parsed) == TABLE_EXPECTED
    assert parsed.measures[0].extra["分值"] == "15"
    assert parsed.measures[0].extra["评分标准"].startswith("达到目标得满分")


def test_a_text_copy_of_an_assessment_table_keeps_its_task_column():
    """The same table as a text copy, its cells apart by tabs, the scoring rule the longest cells."""
    parsed = parse_text(["序号\t考核内容\t分值\t评分标准\t牵头单位\t配合单位", "一、生态环保（30分）",
                         "1\t空气质量优良天数比例达到95%。\t15\t达到目标得满分；每低1个百分点扣2分，扣完为止。\t"
                         "市生态环境局\t各区人民政府",
                         "2\t完成造林绿化1.5万亩。\t15\t全部完成得满分；未完成按完成比例计分，低于80%不得分。\t市林业局\t市财政局",
                         "二、公共服务（20分）",
                         "3\t新增公办学位2000个。\t20\t按期完成得满分；每少100个扣1分；工程延期一个月扣2分。\t市教育局\t"
                         "市住建局、市发改委"])
    assert rows(parsed) == TABLE_EXPECTED
