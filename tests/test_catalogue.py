"""A bureau's disclosure catalogue read as a task table, and a check plan flattened one cell a line
(parse/catalogue.py, parse/barlevels.py, grid.merged_rows; tests/fixtures/README.md "A disclosure catalogue's rows"
and "A joint inspection list's initiating and cooperating departments, and a plan's inspection categories")."""
from extractor import extract
from extractor.layout.metabox import take_meta_rows
from extractor.parse.barlevels import level_columns
from extractor.parse.catalogue import catalogue_roles, is_catalogue, prints_catalogue_header
from extractor.parse.grid import merged_rows, pipe_grid
from extractor.parse.tableheader import role_of
from extractor.parse.textgrid import sp_header_names


def _rows(text):
    notice = extract(text.encode("utf-8"))
    return notice, [(m.section_no, m.measure_no, m.text, [a.name for a in m.lead], m.deadline) for m in notice.measures]


ONE_ROW_EACH = """信息类别 | 内容描述 | 责任主体 | 公开方式 | 公开时限 |
班子信息 | 局班子成员的分工和简历 | 办公室 | 县政府网站本局栏目 | 信息形成之日起20个工作日内 |
收费信息 | 本局收费项目的依据和标准 | 财务股 | 县政府网站本局栏目 | 信息形成之日起20个工作日内 |
工作信息 | 本局年度计划和总结 | 各股室按照职责分工负责 | 县政府网站本局栏目 | 随时更新 |
"""


def test_a_catalogue_of_one_kind_a_row_gives_each_row_a_measure():
    # 公开方式 is a metadata box's word too: the rows were taken for the page's box and no row was read
    notice, rows = _rows(ONE_ROW_EACH)
    assert rows == [
        (None, 1, "局班子成员的分工和简历", ["办公室"], "信息形成之日起20个工作日内"),
        (None, 2, "本局收费项目的依据和标准", ["财务股"], "信息形成之日起20个工作日内"),
        (None, 3, "本局年度计划和总结", ["各股室"], "随时更新"),
    ]
    assert notice.sections == ()   # each row's own category names it, groups nothing


def test_a_catalogue_header_is_no_metadata_box_and_a_box_still_is():
    lines = ONE_ROW_EACH.splitlines()
    assert take_meta_rows(lines) == (lines, {})
    box = ["索引号 | 000123/2024-01 | 发布机构 | 某县教育局 | 公开方式 | 主动公开", "关于某事的通知"]
    kept, meta = take_meta_rows(box)
    assert kept == ["关于某事的通知"] and meta["发布机构"] == "某县教育局"


def test_grouped_categories_and_the_publisher_column():
    text = """序号 | 信息类别 | 公开内容 | 公开主体 | 责任股室 | 公开时限 |
1 | 机构信息 | 本局的职责和内设机构 | 某县农业局 | 办公室 | 20个工作日内 |
2 | | 本局的办公地址和电话 | 某县农业局 | 办公室 | 20个工作日内 |
3 | 财政信息 | 本局的部门预算 | 某县农业局 | 计财股 | 预算批复后20日内 |
"""
    notice, rows = _rows(text)
    assert rows == [(1, 1, "本局的职责和内设机构", ["办公室"], "20个工作日内"),
                    (1, 2, "本局的办公地址和电话", ["办公室"], "20个工作日内"),
                    (2, 3, "本局的部门预算", ["计财股"], "预算批复后20日内")]
    assert [s.title for s in notice.sections] == ["机构信息", "财政信息"]


def test_only_a_catalogue_header_changes_the_columns():
    names = ("类别", "工作任务", "责任单位", "完成时限")
    assert not is_catalogue(names)
    assert catalogue_roles(["section", "measure", "responsible", "deadline"], [], names) == \
        ["section", "measure", "responsible", "deadline"]
    assert is_catalogue(("信息类别", "内容描述", "责任主体", "公开时限"))


LEVELS = """第一部分 概述
一、主要依据
(一)《某某条例》;
(二)本局政务公开工作规则。
二、责任主体和公开时限
(一)责任主体:某市某局,某市某监测站。
(二)公开时限:信息形成之日起20个工作日内。
某市某局
2021年5月10日
第二部分 主动公开基本目录
序号 | 公开类别及事项 | 公开内容 | 责任单位 |
一级 | 二级 | 三级 |
1 | 机构信息 | 领导分工 | 局领导的分工情况。 | 办公室 |
2 | 内设机构 | 各科室的职责。 | 办公室 |
3 | 规划计划 | 年度计划 | 本局的年度工作计划。 | 规划科 |
4 | 依申请公
"""


def test_a_level_line_under_the_header_and_a_groups_later_rows():
    # the 概述's points (the laws, 责任主体:) give no measure; a row prints the levels that change only
    notice, rows = _rows(LEVELS)
    assert rows == [(1, 1, "局领导的分工情况。", ["办公室"], None),
                    (1, 2, "各科室的职责。", ["办公室"], None),
                    (2, 3, "本局的年度工作计划。", ["规划科"], None)]
    assert [s.title for s in notice.sections] == ["机构信息", "规划计划"]


def test_level_columns_puts_each_cell_under_its_level():
    lines = ["序号 | 公开类别及事项 | 公开内容 | 责任单位 |", "", "一级 | 二级 | 三级 |",
             "1 | 甲类 | 甲一 | 内容一 | 办公室 |", "2 | 甲二 | 内容二 | 办公室 |", "3 | 乙"]
    assert level_columns(lines) == [
        "| 序号 | 公开类别及事项 | 二级 | 三级 | 公开内容 | 责任单位 |", "",
        "| 1 | 甲类 | 甲一 | | 内容一 | 办公室 |", "| 2 | | 甲二 | | 内容二 | 办公室 |", "3 | 乙"]
    plain = ["序号 | 工作任务 | 责任单位 |", "1 | 做甲 | 市商务局 |"]
    assert level_columns(plain) == plain


def test_the_catalogue_header_is_asked_of_the_page_lines():
    assert prints_catalogue_header(["序号 | 公开类别及事项 | 公开内容 | 责任单位 |"])
    assert not prints_catalogue_header(["序号 | 工作任务 | 责任单位 | 完成时限 |"])
    assert not prints_catalogue_header(["公开时限：20个工作日内"])


def test_a_check_plans_words():
    assert role_of("抽查事项") == "measure"
    assert role_of("初步检查时间") == "deadline"
    assert role_of("检查对象") is None


def test_a_bar_line_is_no_text_sp_header():
    assert sp_header_names("序号 | 公开类别及事项 | 公开内容 | 责任单位 |") == []
    assert sp_header_names("序号 工作任务 牵头单位 完成时限") == ["序号", "工作任务", "牵头单位", "完成时限"]


def test_a_category_merged_over_its_matters_in_a_pipe_dump():
    # 序号 | 类别 | 事项 | 股室 | 时间: category 1 spans two matters, the second printed from its 事项 cell on
    tokens = ["1", "甲类检查", "查甲", "一中队", "6月", "查乙", "一中队", "7月", "", "", "2", "乙类检查", "查丙", "二中队", "8月"]
    grid = pipe_grid(tokens, 5, {"number": 0, "measure": 2})
    assert [[c.text for c in row] for row in grid] == [
        ["1", "甲类检查", "查甲", "一中队", "6月"], ["1", "甲类检查", "查乙", "一中队", "7月"],
        ["2", "乙类检查", "查丙", "二中队", "8月"]]
    assert [c.row_copy for c in grid[1][:3]] == [True, True, False]
    # cells that do not cut into whole rows stay one row (its surplus to the last cell, as before)
    assert merged_rows(["1", "甲", "查甲", "一中队", "6月", "补记"], "number", 5, {"number": 0, "measure": 2}) == \
        [(["1", "甲", "查甲", "一中队", "6月", "补记"], "number")]


PLAN = """某县某局2021年度抽查工作计划
序号 |
抽查类别 |
抽查事项 |
检查对象 |
执行股室 |
初步检查时间 |
备注 |
1 |
甲类检查 |
对甲产品开展检查 |
甲企业 |
执法一中队 |
2021年6月 |
|
对乙产品开展检查 |
乙企业 |
执法一中队 |
2021年7月 |
|
||
2 |
丙类检查 |
对丙产品开展检查 |
丙企业 |
执法二中队 |
2021年9月 |
|
"""


def test_a_plan_flattened_one_cell_a_line():
    notice, rows = _rows(PLAN)
    assert rows == [(1, 1, "对甲产品开展检查", ["执法一中队"], "2021年6月"),
                    (1, 2, "对乙产品开展检查", ["执法一中队"], "2021年7月"),
                    (2, 3, "对丙产品开展检查", ["执法二中队"], "2021年9月")]
    assert [(s.label, s.title) for s in notice.sections] == [("1", "甲类检查"), ("2", "丙类检查")]


BROKEN = """| 主动公开事项目录 | ||||||||
| 序号 | 公开事项 | 公开内容(要素) | 公开依据 | 公开时限 | 公开主体 | 公开对象 | 责任股室 | ||
| 一级事项 | 二级事项 | 三级事项 | 全社会 | 特定群体 | ||||||
| 1 | 机构信息 | 机构职能 | 基本信息 | 本局的职责和办公地址 | 《某某条例》第十条 |
20个工作日内 | 某县农业局 | √ | | 办公室 |
| 2 | 领导信息 | 局领导的分工和简历 | 《某某条例》第十条 |
20个工作日内 | 某县农业局 | √ | | 办公室 | ||
| 3 | 财政信息 | 部门预算 | 本局的年度预算 | 《某某条例》
"""


def test_two_groups_of_sub_columns_and_rows_broken_over_two_lines():
    # 公开对象 prints its own sub-columns beside the category's levels ([catalogue] spans); a row breaks after a long
    # cell, its rest opening with no bar; a group's later row prints its innermost level only; the cut last row is none
    notice, rows = _rows(BROKEN)
    assert rows == [(1, 1, "本局的职责和办公地址", ["办公室"], "20个工作日内"),
                    (1, 2, "局领导的分工和简历", ["办公室"], "20个工作日内")]
    assert [s.title for s in notice.sections] == ["机构信息"]
