"""A project table copied one cell a paragraph whose header prints over two levels (parse/blheads.py): a cell's name
printed as two paragraphs (建设 / 性质), a year's group cell (2016年工作) whose columns (计划投资, 主要建设内容) print after
the first level's last cell, and a sum row and a section's row with their figures between the header and row 1
(holdout spamcells-yueyang, batch 127; session 73)."""
from extractor import extract
from extractor.parse.blheads import is_sum_cell, joined_pieces, second_level

HEADER = ["序 号", "项 目 名 称", "建设", "性质", "建设地点", "建设规模和内容", "总投资", "累计", "投资", "2016年工作",
          "责任", "单位", "业主单位", "计划", "投资", "主要建设", "内容"]


def _page(rows: list[list[str]]) -> bytes:
    paras = ["附件1", "某市2016年重点推进的重大建设项目计划表", "单位：万元", *HEADER,
             "合    计", "300", "200", "100", "一、基础设施（2）", "300", "200", "100"]
    for row in rows:
        paras += row
    return "\n\n".join(paras).encode("utf-8") + b"\n"


ROWS = [["1", "甲铁路某段", "续建", "某市", "线路长20公里；其中特大桥一座", "100", "50", "30", "架梁铺轨，完成征地拆迁",
         "市发改委", "市国土局", "某铁路股份公司"],
        ["2", "乙高速公路", "续建", "某市", "全长9.7公里，其中主线2.2公里", "200", "150", "70", "竣工",
         "市交通局", "某集团公司"]]


def test_the_rows_under_a_two_level_header_are_read():
    notice = extract(_page(ROWS), name="p.txt")
    assert [(m.measure_no, m.text, [u.name for u in m.lead], [u.name for u in m.support], m.deadline)
            for m in notice.measures] == [
        (1, "线路长20公里；其中特大桥一座", ["市发改委", "市国土局"], [], None),
        (2, "全长9.7公里，其中主线2.2公里", ["市交通局"], [], None)]
    assert [(s.label, s.title) for s in notice.sections] == [("一、", "基础设施（2）")]


def test_a_names_pieces_are_joined_only_where_together_they_name_a_column():
    assert joined_pieces(["序号", "项目名称", "建设", "性质", "责任", "单位"]) == ["序号", "项目名称", "建设性质", "责任单位"]
    # two names each naming a column stay two; two pieces naming nothing together stay two
    assert joined_pieces(["总投资", "计划投资"]) == ["总投资", "计划投资"]
    assert joined_pieces(["建设", "地点"]) == ["建设", "地点"]


def test_a_years_group_takes_the_columns_printed_after_the_first_levels_last():
    names = ["序号", "项目名称", "总投资", "2016年工作", "责任单位", "业主单位", "计划投资", "主要建设内容"]
    assert second_level(names) == ["序号", "项目名称", "总投资", "2016年工作计划投资", "2016年工作主要建设内容",
                                   "责任单位", "业主单位"]
    # no group cell, or one column only after the owner: the header as printed
    plain = ["序号", "项目名称", "总投资", "责任单位", "业主单位"]
    assert second_level(plain) == plain
    one = ["序号", "项目名称", "2016年工作", "责任单位", "计划投资"]
    assert second_level(one) == one


def test_a_sum_rows_paragraphs():
    assert is_sum_cell("19271255") and is_sum_cell("合    计") and is_sum_cell("3651.5")
    assert not is_sum_cell("2023年底") and not is_sum_cell("一、基础设施（25）") and not is_sum_cell("市发改委")


def test_full_width_figures_and_a_traditional_sum_word_are_a_sum_rows():
    assert is_sum_cell("１９２７１２５５") and is_sum_cell("合    計")
    names = ["序号", "项目名称", "２０１６年工作", "责任单位", "业主单位", "计划投资", "主要建设内容"]
    assert second_level(names)[2:4] == ["２０１６年工作计划投资", "２０１６年工作主要建设内容"]
