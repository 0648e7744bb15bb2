"""A text-sp table flattened one row a paragraph, cells parted by single spaces: empty (merged)
cells as runs of spaces, in-cell wraps as spaces, the header's words bounded by its spaces, the
innermost merged level as the section, and the signature under the table."""
import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.parse.forms import parse_body
from extractor.parse.spacedrows import spaced_cells
from extractor.parse.textcolumns import split_header_words
from extractor.source.decode import decode_bytes

from conftest import make_raw

NAMES = ["序号", "类别", "主要任务", "分解措施", "牵头单位", "配合单位"]


def test_header_word_the_spaces_bound_is_one_column():
    """分解 is no vocabulary word: printed in one word with 措施 it is that column's, not a column
    of its own (before, 分解 and 措施 were two columns, one more than the rows print)."""
    assert split_header_words(" ".join(NAMES)) == NAMES
    # letter-spaced throughout: the spaces bound nothing, the words still decide
    assert split_header_words("序 号 具 体 工 作 任 务 牵 头 单 位") == ["序号", "具体工作任务", "牵头单位"]


@pytest.mark.parametrize("rest,cells", [
    # both group cells printed, each wrapped once: 6 then 2 characters, 4 then 4
    (" 改善农村人居 环境 清理村庄 生活垃圾 做甲。 县住建局 县财政局",
     ["改善农村人居环境", "清理村庄生活垃圾", "做甲。", "县住建局", "县财政局"]),
    # the first group cell merged from the row above: one space more
    ("  治理河道 黑臭水体 做乙。 县水利局 县环保局", ["", "治理河道黑臭水体", "做乙。", "县水利局", "县环保局"]),
    # both merged: two spaces more
    ("   做丙。 县农业局 县财政局", ["", "", "做丙。", "县农业局", "县财政局"]),
])
def test_spaced_cells_read_empty_cells_and_wraps(rest, cells):
    assert spaced_cells(rest, NAMES) == cells


def test_spaced_cells_leave_a_row_the_spaces_say_nothing_of():
    """One piece a column and no run of spaces: the plain reading holds (None); so it does where no
    cut of the group pieces reads as wraps (a wider line after a shorter one)."""
    assert spaced_cells(" 甲类 改善环境 做甲。 县住建局 县财政局", NAMES) is None
    assert spaced_cells(" 甲 改善环境 清理村庄生活 做甲。 县住建局 县财政局", NAMES) is None


def test_page_lines_keep_the_runs_of_spaces_their_source_prints():
    """A browser shows a run of spaces as one; the lines read so keep the source's runs beside them,
    tags inside the paragraph (a span a character) and no-break spaces or not."""
    page = ("<html><body><p>1 甲 乙</p><p>2&nbsp;&nbsp;丙 &amp;丁</p>"
            "<p>3<span> </span> <span>戊</span>   己</p></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"))))
    assert located.spaced == {"2 丙 &丁": "2  丙 &丁", "3 戊 己": "3  戊   己"}


PAGE = """<html><head><title>某县推进农村环境整治任务分工</title></head><body><div id="zoom">
<p>某县农村环境整治领导小组办公室关于印发农村环境整治任务分工的通知</p>
<p>某县农村环境整治任务分工表</p>
<p>序号 类别 主要任务 分解措施 牵头单位 配合单位</p>
<p>1 改善农村人居 环境 清理村庄 生活垃圾 建立村收集、镇转运的垃圾处理体系。 县住建局 县财政局</p>
<p>2   开展村庄清洁行动，每季度组织一次集中整治。 县农业农村局 县财政局</p>
<p>3  治理河道 黑臭水体 排查农村黑臭水体并建立清单。 县水利局 县生态环境局</p>
<p>4 提升基础 设施 改造农村 公路 完成农村公路改造50公里。 县交通运输局 县财政局</p>
<p>&nbsp;</p>
<p>某县农村环境整治领导小组办公室</p>
<p>2021年4月2日</p>
</div></body></html>"""


def _located():
    return locate_content(decode_bytes(make_raw(PAGE.encode("utf-8"))))


def test_flattened_rows_read_by_their_spaces_and_the_inner_level_is_the_section():
    parsed = parse_body(_located())
    got = [(m.section.title if m.section else None, m.text, m.lead_cells, m.support_cells) for m in parsed.measures]
    assert got == [
        ("清理村庄生活垃圾", "建立村收集、镇转运的垃圾处理体系。", ("县住建局",), ("县财政局",)),
        ("清理村庄生活垃圾", "开展村庄清洁行动，每季度组织一次集中整治。", ("县农业农村局",), ("县财政局",)),
        ("治理河道黑臭水体", "排查农村黑臭水体并建立清单。", ("县水利局",), ("县生态环境局",)),
        ("改造农村公路", "完成农村公路改造50公里。", ("县交通运输局",), ("县财政局",)),
    ]
    assert {m.form for m in parsed.measures} == {"text-sp"}


def test_signature_under_the_table_dates_the_notice():
    assert parse_metadata(_located()).date == "2021-04-02"


#: a header naming no task word: 类别 and 主要任务 may both head groups (blindsynth BLIND6801 cause 2)
GROUP_WORD_NAMES = ["序号", "类别", "主要任务", "牵头部门", "配合单位", "完成时间"]


@pytest.mark.parametrize("rest,cells", [
    # the group's first row: its name wrapped once (4 then 2 characters), then the task and the trailing columns
    (" 优化营商 环境 建设平台27个。 市民政局 市应急局/各镇（街道） 2022年7月—9月",
     ["优化营商环境", "建设平台27个。", "市民政局", "市应急局/各镇（街道）", "2022年7月—9月"]),
    # a continuing row: the merged 类别 cell prints empty, one space more
    ("  开展安全生产专项整治。 市农业农村局 市应急局/市直有关部门 2022年4月—6月",
     ["", "开展安全生产专项整治。", "市农业农村局", "市应急局/市直有关部门", "2022年4月—6月"]),
])
def test_with_no_task_word_the_last_group_words_column_holds_the_tasks(rest, cells):
    """Groups print before what they group: 主要任务, the last group word's column, holds the tasks.  Before,
    the spaces said nothing there (no task column named), so the group's name was read as the first row's task
    and a continuing row's support cell as its lead."""
    assert spaced_cells(rest, GROUP_WORD_NAMES) == cells


GROUP_WORD_PAGE = """某市2022年重点任务分工方案
序号 类别 主要任务 牵头部门 配合单位 完成时间
1 优化营商 环境 建设公共法律服务实体平台27个，实现镇街全覆盖。 市民政局 市应急局/各镇（街道） 2022年7月—9月
2  开展安全生产专项整治，坚决遏制较大以上事故发生。 市农业农村局 市应急局/市直有关部门 2022年4月—6月
3 全面推进乡村振兴 新建改扩建中小学和幼儿园7所。 市住建局 市科技局/市医保局 2022年7月底前
"""


def test_rows_under_two_group_words_give_the_groups_as_sections():
    parsed = parse_body(locate_content(decode_bytes(make_raw(GROUP_WORD_PAGE.encode("utf-8"), path="n.txt"))))
    got = [(m.section.title if m.section else None, m.text, m.lead_cells, m.support_cells, m.deadline)
           for m in parsed.measures]
    assert got == [
        ("优化营商环境", "建设公共法律服务实体平台27个，实现镇街全覆盖。", ("市民政局",), ("市应急局/各镇（街道）",), "2022年7月—9月"),
        ("优化营商环境", "开展安全生产专项整治，坚决遏制较大以上事故发生。", ("市农业农村局",), ("市应急局/市直有关部门",),
         "2022年4月—6月"),
        ("全面推进乡村振兴", "新建改扩建中小学和幼儿园7所。", ("市住建局",), ("市科技局/市医保局",), "2022年7月底前"),
    ]
