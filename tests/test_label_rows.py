"""A TAB or bar dump whose copy set a row's first label on a line of its own (a PDF's copy: ``3.`` / ``回复… | 各科室 |
|``): the label is joined to the row line under it, which it opens (textcells.join_label_rows, asked by
textgrid.parse_tab_text).  Metamorphic number-own-line and heading-number-own-line pairs of shiftpipe-jiangmen,
provtask-xian and spamwords-jingzhou: before, the label was read as the rest of the row above's last cell or as a
section's heading row, and the row under it was read one column off."""
from extractor.parse.textcells import join_label_rows

from test_textgrid import parse_text, rows


def _is_bar_row(line: str) -> bool:
    return line.strip().strip("|").count("|") >= 2


def test_a_label_alone_opens_the_row_under_it():
    assert join_label_rows(["二、做好网站公开。 | 2.更新概况。 | 办公室 |", "3.", "回复网民意见。 | 各科室 | |"], _is_bar_row) \
        == ["二、做好网站公开。 | 2.更新概况。 | 办公室 |", "3.回复网民意见。 | 各科室 | |"]
    assert join_label_rows(["（2）", "开展清理。\t市司法局\t11月底"], lambda ln: "\t" in ln) == ["（2）开展清理。\t市司法局\t11月底"]


def test_a_label_over_no_row_stays():
    # a heading's number over its words, a number over a paragraph: no row to open
    lines = ["一、", "工作要求", "3.", "各单位要抓好落实。", "4."]
    assert join_label_rows(lines, _is_bar_row) == lines
    assert join_label_rows(["做甲 | 市局 | |", "二、做乙 | 县局 | |"], _is_bar_row) == ["做甲 | 市局 | |", "二、做乙 | 县局 | |"]


def test_bar_rows_under_a_group_cell_with_labels_on_lines_of_their_own():
    p = parse_text(["工作任务 | 具体要求 | 责任部门 |",
                    "一、做好财政公开。 | 1.公开预算决算。 | 财务科 |",
                    "二、", "做好网站公开。 | 2.更新概况信息。 | 办公室 |",
                    "3.", "回复网民意见。 | 各科室 | |",
                    "4.更新公众号信息。 | 办公室牵头，各科室配合 | |",
                    "三、做好政策解读。 | 5.解读重要政策。 | 各科室 |"])
    assert rows(p) == [(1, 1, "公开预算决算。", ("财务科",), (), None),
                       (2, 2, "更新概况信息。", ("办公室",), (), None),
                       (2, 3, "回复网民意见。", ("各科室",), (), None),
                       (2, 4, "更新公众号信息。", ("办公室牵头，各科室配合",), (), None),
                       (3, 5, "解读重要政策。", ("各科室",), (), None)]
    assert {m.form for m in p.measures} == {"text-bar"}
