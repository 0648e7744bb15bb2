"""A text grid's own title row, and a part heading's name over a table (tests/fixtures/README.md "A disclosure
catalogue's rows"): the grid's first line holding one cell over its header names the table (its table title), never
the notice; a 第X部分 line right over the table, with nothing above naming it, gives its name without the label, and
that name is no title of the notice (headingwraps.grid_title_row, part_named; holdout subheadcat-guyang-2025-1,
ledgerbox-guangdong-2021-1, tradcat-suixi-2021-1)."""
from extractor.layout.headingwraps import grid_title_row, part_named

from test_metadata import meta_of

ROWS = ["| 1 | 政府信息公开工作 | 本机关的职能职责 | 固阳县农牧局 | 办公室 |",
        "| 2 | 领导信息 | 局领导的姓名 | 固阳县农牧局 | 办公室 |",
        "| 3 | 机构设置 | 内设机构及职能 | 固阳县农牧局 | 办公室 |"]


def test_a_grid_opening_with_a_one_cell_row_names_its_table_not_the_notice():
    m = meta_of("\n".join(["| 主动公开事项目录 | ||||||", "| 序号 | 公开事项 | 公开内容 | 公开主体 | 责任股室 |", *ROWS]))
    assert m.table_title == "主动公开事项目录"
    assert m.title is None


def test_a_title_row_with_an_extraction_gap_loses_the_gap():
    assert grid_title_row(["2021 年政务公开工作重点任务台账 |", "序号 | 工作任务 | 责任处室 |"], 0) == "2021年政务公开工作重点任务台账"


def test_a_one_cell_row_over_no_header_or_a_sentence_is_no_title_row():
    assert grid_title_row(["| 主动公开事项目录 |", "| 备注 |"], 0) is None
    assert grid_title_row(["| 以下事项按年度更新。 |", "| 序号 | 公开事项 |"], 0) is None
    assert grid_title_row(["| 1 | 领导信息 | 办公室 |", "| 2 | 机构设置 | 办公室 |"], 0) is None
    assert grid_title_row(["| 主动公开事项目录 |"], None) is None
    # a header broken over two lines (holdout semicells-taishan-2021-1): a column's word alone, no title
    assert grid_title_row(["| 责任单位 |", "一、做好规划公开。 | 1.主动公开规划纲要。 | 市直有关部门 |"], 0) is None
    assert grid_title_row(["| 工作任务 |", "| 序号 | 具体要求 | 责任单位 |"], 0) is None


def test_a_part_heading_names_the_table_under_a_signature_without_its_label():
    lines = ["第一部分 概述", "一、主要依据", "（一）《中华人民共和国政府信息公开条例》；",
             "湛江市生态环境局遂溪分局", "2021年11月30日", "第二部分 主动公开基本目录",
             "序号 | 政府信息公开类别及事项 | 公开内容 | 责任单位 |",
             "1 | 机构概况 | 局领导的姓名、职务等。 | 办公室 |", "2 | 主要职责 | 本局主要职责。 | 办公室 |",
             "3 | 机构设置 | 内设机构。 | 办公室 |"]
    m = meta_of("\n".join(lines))
    assert m.table_title == "主动公开基本目录"
    assert m.title is None


def test_a_part_name_is_read_only_after_a_part_label():
    assert part_named("第二部分 主动公开基本目录") == "主动公开基本目录"
    assert part_named("二、主动公开基本目录") is None          # a numbered heading is passed as before
    assert part_named("第二章 主动公开基本目录") is None       # a chapter is no part
    assert part_named("第二部分 工作要求：各单位要…。") is None
