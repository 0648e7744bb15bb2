"""A table with no 序号 column whose rows number their tasks under merged groups (1., 2. … again under each) while a
group of one row prints no number: that row is numbered by its place, the others keep theirs (transposed.rows_unnumbered;
holdout paracells-pengjiang-2021-1, batch 130; tests/fixtures/README.md "Unnumbered items on a part of a notice")."""
from test_table import parse_html

HEAD = "<tr><td><p>工作任务</p></td><td><p>具体要求</p></td><td><p>责任股室</p></td></tr>"
ONE_ROW_GROUPS = ("<tr><td><p>一、做好各类规划主动公开。</p></td><td><p>做好各项规划的归集整理与主动公开。</p></td>"
                  "<td><p>办公室</p></td></tr>"
                  "<tr><td><p>二、做好监管执法信息公开。</p></td><td><p>加大行政执法信息公开力度。</p></td>"
                  "<td><p>办公室、各股室</p></td></tr>")
MERGED_GROUP = ("<tr><td rowspan='2'><p>三、做好财政信息公开。</p></td><td><p>1.推动单位预算、决算公开。</p></td>"
                "<td rowspan='2'><p>办公室、各股室</p></td></tr>"
                "<tr><td><p>2.推动补贴信息公开向村和社区延伸。</p></td></tr>")


def numbers(body):
    return [(m.measure_no, m.text) for m in parse_html(f"<table border='1'>{body}</table>").measures]


def test_a_group_of_one_unnumbered_row_is_numbered_by_its_place():
    assert numbers(HEAD + ONE_ROW_GROUPS + MERGED_GROUP) == [
        (1, "做好各项规划的归集整理与主动公开。"), (2, "加大行政执法信息公开力度。"),
        (1, "推动单位预算、决算公开。"), (2, "推动补贴信息公开向村和社区延伸。")]


def test_rows_printing_numbers_keep_them():
    # an unnumbered row after numbered ones takes its place (3), the printed numbers stay as printed
    later = ("<tr><td><p>四、做好网站专栏信息公开。</p></td><td><p>及时回复网民提出的意见。</p></td>"
             "<td><p>办公室</p></td></tr>")
    assert [n for n, _ in numbers(HEAD + MERGED_GROUP + later)] == [1, 2, 3]


def test_a_number_column_keeps_its_rows_unnumbered():
    # a 序号 column whose cell a row leaves empty says the row has no number of its own: not numbered by place
    body = ("<tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
            "<tr><td>1</td><td>推动单位预算公开。</td><td>财政局</td></tr>"
            "<tr><td></td><td>推动补贴信息公开。</td><td>财政局</td></tr>"
            "<tr><td>3</td><td>回复网民提出的意见。</td><td>办公室</td></tr>")
    assert numbers(body)[1][0] is None

