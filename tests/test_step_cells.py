"""A task column numbering each row's STEPS (``tablerow.numbers_steps``), the "三张清单" header words matched only
as whole cells (``roles.toml [header_exact]``), and a bare 村（社区） as the villages together.

A 浙江 zone's task list prints 工作指标 | 任务清单 | 责任清单 | 时限清单: each row's 任务清单 cell holds its steps
numbered from 1 (``1.落实…；`` alone, or ``1.…；2.…；``), and no 序号 column numbers the rows.  Every cell of the
column opening with 1, the numbers are the cells' own lists', as they are beside a 序号 column: the row keeps its
cell whole, and its number is the one its 工作指标 cell prints (``（4）``), the same for every row under a cell merged
over several (tests/fixtures/README.md; holdout mergedind-changxing, session 62), else its place.  Before, 任务清单 and 责任清单 were unknown, the indicator column
was read as the task and no unit was found (holdout taskrows-changxing, batch 71).
"""
import pytest

from extractor.agencies.registry import default_patterns
from extractor.parse.tableheader import role_of
from test_table import parse_html

HEAD = ["工作指标", "任务清单", "责任清单", "时限清单"]


def _table(rows: list[list[str]], head=HEAD) -> str:
    cells = lambda r: "".join(f"<td>{c}</td>" for c in r)   # noqa: E731
    return ("<p>某度假区防汛防台体系提能升级任务清单</p><table border='1'><tr>" + cells(head) + "</tr>"
            + "".join(f"<tr>{cells(r)}</tr>" for r in rows) + "</table>")


def _rows(parsed):
    return [(m.measure_no, m.text, m.lead_cells, m.deadline) for m in parsed.measures]


@pytest.mark.parametrize("word,role", [
    ("任务清单", "measure"), ("责任清单", "responsible"), ("时限清单", "deadline"),
    # inside a longer cell they name nothing: a running title, a sentence
    ("某县2023年优化营商环境任务清单", None), ("建立责任清单", None),
])
def test_list_words_name_a_column_only_as_a_whole_cell(word, role):
    assert role_of(word) == role


def test_a_steps_column_keeps_each_cell_whole_and_the_rows_print_no_number():
    parsed = parse_html(_table([
        ["（1）明确防汛第一责任人。", "<p>1.落实行政首长负责制；</p><p>2.制定职责清单；</p>", "党政办 应消站", "4月"],
        ["（2）明确专人负责统筹协调。", "<p>1.确定防汛联络员；</p>", "应消站", "4月"],
        ["（3）建立村级应急工作组。", "<p>1.组建村级应急工作组；</p>", "村（社区）", "汛前"],
    ]))
    assert _rows(parsed) == [   # numbered by their indicators; the cells' spaces part the units later (docs/forms.md)
        (1, "1.落实行政首长负责制；2.制定职责清单；", ("党政办 应消站",), "4月"),
        (2, "1.确定防汛联络员；", ("应消站",), "4月"),
        (3, "1.组建村级应急工作组；", ("村（社区）",), "汛前"),
    ]


def test_an_indicator_merged_over_two_rows_numbers_both_and_the_rows_after_keep_theirs():
    html = _table([]).replace("</table>", "".join([
        "<tr><td>（1）明确防汛第一责任人。</td><td><p>1.落实行政首长负责制；</p></td><td>党政办</td><td>4月</td></tr>",
        "<tr><td rowspan='2'>（2）落实汛期值班值守。</td><td><p>1.编排值班表；</p></td><td>党政办</td><td>5月</td></tr>",
        "<tr><td><p>1.村级落实值班人员；</p></td><td>村（社区）</td><td>6月</td></tr>",
        "<tr><td>（3）建立村级应急工作组。</td><td><p>1.组建村级应急工作组；</p></td><td>村（社区）</td><td>汛前</td></tr>",
    ]) + "</table>")
    assert _rows(parse_html(html)) == [
        (1, "1.落实行政首长负责制；", ("党政办",), "4月"),
        (2, "1.编排值班表；", ("党政办",), "5月"),
        (2, "1.村级落实值班人员；", ("村（社区）",), "6月"),   # not 3: the merged （2） is this row's too
        (3, "1.组建村级应急工作组；", ("村（社区）",), "汛前"),   # not 4: its own printed number
    ]


def test_indicators_printing_no_number_leave_the_rows_numbered_by_place():
    parsed = parse_html(_table([
        ["明确防汛第一责任人。", "<p>1.落实行政首长负责制；</p>", "党政办", "4月"],
        ["明确专人负责统筹协调。", "<p>1.确定防汛联络员；</p>", "应消站", "4月"],
    ]))
    assert [m.measure_no for m in parsed.measures] == [1, 2]


def test_task_cells_numbered_on_keep_their_numbers_as_the_rows():
    """1. 2. 5. running on down the column number the rows, as before: their labels are cut off."""
    parsed = parse_html(_table([
        ["（1）明确防汛第一责任人。", "1.落实行政首长负责制；", "党政办", "4月"],
        ["（2）明确专人负责统筹协调。", "2.确定防汛联络员；", "应消站", "4月"],
        ["（3）建立村级应急工作组。", "5.组建村级应急工作组；", "村（社区）", "汛前"],
    ]))
    assert [(m.measure_no, m.text) for m in parsed.measures] == [
        (1, "落实行政首长负责制；"), (2, "确定防汛联络员；"), (5, "组建村级应急工作组；")]


def test_one_row_opening_with_1_is_any_lists_first_item():
    parsed = parse_html(_table([["（1）明确防汛第一责任人。", "1.落实行政首长负责制；", "党政办", "4月"]]))
    assert [(m.measure_no, m.text) for m in parsed.measures] == [(1, "落实行政首长负责制；")]


@pytest.mark.parametrize("name,group", [
    ("村（社区）", True), ("村(居)", True), ("社区", True), ("村", True),
    ("村（社区）两委", True), ("社区卫生服务中心", False), ("村级组织", False),
])
def test_bare_villages_are_a_catch_all(name, group):
    assert default_patterns().is_group(name) is group
