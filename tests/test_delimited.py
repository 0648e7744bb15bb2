"""A table that reached the store as delimited text (parse/delimited.py): a CSV export, a converter's `` , `` dump, a
law database's ``| X`` cells, with or without a header row.  Before session 71 such a page gave no row (holdout
dutycsv-unplaced-2019-6, csvplan-unplaced-undated-1, pipecont-huzhou-undated-4).  The rows here are written by hand."""
import csv

import pytest

from extractor.layout.locate import locate_content
from extractor.parse.delimited import delimiter_of, parse_delimited_text, split_cells
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


def _located(text: str):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))


def _rows(parsed):
    return [(d.measure_no, d.section.title if d.section else None, d.text, d.lead_cells, d.support_cells, d.deadline,
             d.form) for d in parsed.measures]


@pytest.mark.parametrize("line", [
    '1,"甲,乙",丙',                 # a quoted cell holding the delimiter
    '1,"他说""好""",丙',            # "" inside a quoted cell is a quote
    '1, 甲 ,丙',                    # white space after the delimiter skipped (and the cell stripped)
    '1,甲"乙,丙',                   # a quote inside an unquoted cell is text
    '1,"甲"乙,丙',                  # text after a quoted cell's closing quote joins it
])
def test_cells_are_cut_as_the_csv_module_cuts_them(line):
    assert split_cells(line, ",") == [c.strip() for c in next(csv.reader([line], skipinitialspace=True))]


def test_a_comma_inside_a_bracket_parts_nothing():
    assert split_cells("3,完成整治（市住建局,市水务局配合）,市城管局", ",") == ["3", "完成整治（市住建局,市水务局配合）", "市城管局"]
    assert split_cells("| 1 | 做甲 | 市商务局 |", "|") == ["1", "做甲", "市商务局"]


def test_a_headerless_comma_dump_reads_its_columns_from_their_cells():
    """No header row: bare numbers the row's number, unit names the lead, the longest text the task; a duty cell printed
    over lines (``, <line> ,``) is one cell, its lines run together; a row cut by the store kept as far as printed."""
    text = ("3 , 县财政局 , 统筹安排专项资金，保障设施运行. ,,\n"
            ", 做好资金绩效评价. ,\n"
            "4 , 县住建局 , 指导各乡镇建设收集点，并做好检查. ,\n"
            "5 , 县教育局 , 把分类知识编入校本课程，推进校园")
    parsed = parse_delimited_text(_located(text))
    assert _rows(parsed) == [
        (3, None, "统筹安排专项资金，保障设施运行.做好资金绩效评价.", ("县财政局",), (), None, "text-bar"),
        (4, None, "指导各乡镇建设收集点，并做好检查.", ("县住建局",), (), None, "text-bar"),
        (5, None, "把分类知识编入校本课程，推进校园", ("县教育局",), (), None, "text-bar")]


def test_a_csv_under_its_header_is_read_as_the_tab_copy_is():
    """A spreadsheet's CSV (no space by its commas: text-tab, the comma for the TAB): the sheet's title padded with
    commas over the header, a quoted header cell holding a line break, a quoted task cell of two lines."""
    text = ("重点工作任务分解表,,,,\n"
            "序号,工作任务,牵头单位,配合单位,\"完成\n时限\"\n"
            "1,\"新建公办幼儿园2所。\n新增学位600个。\",县教育局,县财政局,2024年8月\n"
            "2,改造老旧小区8个。,县住建局,\"县财政局、县自然资源局\",2024年12月\n")
    parsed = parse_delimited_text(_located(text))
    assert _rows(parsed) == [
        (1, None, "新建公办幼儿园2所。新增学位600个。", ("县教育局",), ("县财政局",), "2024年8月", "text-tab"),
        (2, None, "改造老旧小区8个。", ("县住建局",), ("县财政局、县自然资源局",), "2024年12月", "text-tab")]


def test_a_law_database_dump_with_no_header_takes_its_group_cells_down():
    """``| X`` a line, a bare ``|`` closing a row, a cell of several units one a line: the group's numeral and name on
    its first row only (merged over the rows under it), two unit cells that both lead, a span of years the deadline."""
    text = ("二\n| 推进水环境治理\n| 新建污水管网20公里。\n| 各镇人民政府\n| 县住建局\n县水务局\n| 2016-2020\n|\n"
            "完成黑臭水体整治。\n| 各镇人民政府\n| 县生态环境局\n| 2016-2020\n|\n"
            "建设农村生活污水处理设施。\n| 各镇人民政府\n| 县农业农村局\n| 2016-2020\n|\n"
            "开展入河排污口排查。\n| 县水务局\n| 县生态环境局\n县农业农村局\n| 2016-")
    parsed = parse_delimited_text(_located(text))
    assert [(s.no, s.label, s.title) for s in parsed.sections] == [(2, "二", "推进水环境治理")]
    assert _rows(parsed) == [
        (1, "推进水环境治理", "新建污水管网20公里。", ("各镇人民政府", "县住建局", "县水务局"), (), "2016-2020", "text-pipe"),
        (2, "推进水环境治理", "完成黑臭水体整治。", ("各镇人民政府", "县生态环境局"), (), "2016-2020", "text-pipe"),
        (3, "推进水环境治理", "建设农村生活污水处理设施。", ("各镇人民政府", "县农业农村局"), (), "2016-2020", "text-pipe"),
        (4, "推进水环境治理", "开展入河排污口排查。", ("县水务局", "县生态环境局", "县农业农村局"), (), "2016-", "text-pipe")]


@pytest.mark.parametrize("text", [
    # a copy printing ASCII commas in its prose: no column lists units
    "各乡镇人民政府,县直各单位:\n现将工作要点印发给你们,请认真贯彻落实.\n一,推进乡村振兴,加快产业发展,提高农民收入.\n"
    "二,加强生态保护,开展河道治理,改善人居环境.\n三,优化营商环境,深化放管服改革,提升服务效能.\n",
    # a letter with a comma here and there: the lines holding one are not most of the lines
    "各单位：\n现将方案印发给你们，请认真落实。\n一、总体要求\n坚持稳中求进, 推动高质量发展。\n二、主要任务\n"
    "（一）推进产业升级。\n（二）加强要素保障, 做好服务。\n三、保障措施\n加强组织领导。\n",
    # a letter copied with ASCII punctuation: its recipients list units once, its paragraphs cut at commas print any width
    "各乡镇人民政府,各街道办事处,县直有关单位:\n现将《工作安排》印发给你们,请认真贯彻执行.\n"
    "(一)依法做好防控工作.落实防控措施,引导企业依法复工,维护社会稳定.\n责任单位:县卫生健康委,各乡镇人民政府按职责分工负责.\n"
    "(二)优化营商环境.推进政务服务,清理不适应的文件,提升服务效能.\n责任单位:县司法局,县政府各部门按职责分工负责.\n"
    "(三)加强执法监督.推行执法公示,开展案卷评查.\n责任单位:县司法局,县直各执法部门按职责分工负责.\n",
    # unit names listed with commas (a distribution list): no task column
    "抄送:县委办,县人大办,县政协办\n县纪委,县法院,县检察院\n县人武部,县总工会,团县委\n",
])
def test_prose_with_commas_is_no_table(text):
    assert parse_delimited_text(_located(text)) is None


def test_a_bar_table_under_its_header_is_left_to_text_bar():
    text = "序号 | 工作任务 | 责任单位\n1 | 做甲工作。 | 县教育局\n2 | 做乙工作。 | 县财政局\n3 | 做丙工作。 | 县商务局\n"
    assert delimiter_of(_located(text).lines) == "|"
    assert parse_delimited_text(_located(text)) is None
    assert {d.form for d in parse_body(_located(text)).measures} == {"text-bar"}
