"""A text copy's metadata box printed as rows of cells parted by spaces alone, no colon after a label (浙江's
政府信息公开 box: 索引号 / 组配分类 / 发布机构 / 生成日期 / 公开方式), read as its pipe and TAB rows are
(metabox.take_meta_rows, ``_spaced_box_row``): a row whose every label is one the box vocabulary names.  Holdout
progressbl-zhoushan: before, the box stayed in the text, the page had no issuer and was dated by its posting line."""
from extractor.layout.metabox import take_meta_rows

BOX = ["当前位置：", "某市人民政府> 法定主动公开内容> 市政府工作报告>",
       "索引号 001008009005001/2021-187470",
       "组配分类 市政府工作报告 发布机构 市政府办公室",
       "生成日期 2021-11-22 公开方式 主动公开",
       "2021年度市政府工作报告重点工作任务1-11月完成情况"]


def test_a_spaced_box_is_read_and_taken_out():
    lines, meta = take_meta_rows(BOX)
    assert meta["发布机构"] == "市政府办公室" and meta["生成日期"] == "2021-11-22"
    assert meta["索引号"] == "001008009005001/2021-187470" and meta["组配分类"] == "市政府工作报告"
    assert lines == [BOX[0], BOX[1], BOX[5]]


def test_a_traditional_copy_of_the_box():
    _lines, meta = take_meta_rows(["組配分類 市政府工作報告 發佈機構 市政府辦公室", "生成日期 2021-11-22 公開方式 主動公開"])
    assert meta["发布机构"] == "市政府辦公室" and meta["生成日期"] == "2021-11-22"


def test_lines_that_only_look_like_a_box_are_kept():
    lines = ["发布机构 负责 此项 工作",            # a label opening prose: 此项 is no box label
             "某市人民政府> 法定主动公开内容>",     # crumbs
             "发布机构 市政府办公室 生成日期",       # an odd count: no label, value pairs
             "2021年度重点工作任务完成情况"]
    assert take_meta_rows(lines) == (lines, {})
