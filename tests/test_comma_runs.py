"""A comma dump run into one line, cut back into its rows (parse/commaruns.py, session 75): holdout dutycsv-unplaced's
one-line copy, whose rows (`6 , 市规划局 , <duty>. ,`) ran together and gave no row.  The lines here are written by hand."""
from extractor.engine.extract import extract
from extractor.layout.noise import strip_extra_commas
from extractor.parse.commaruns import DUMP_RUN_MIN_ROWS, comma_dump_parts

ROWS = ["3 , 市规划局 , 做好垃圾收运设施的规划选址. ,", "4 , 市建委 , 组织在建工地开展垃圾分类. ,,",
        ", 督促施工单位落实分类收集. ,", "5 , 市园林局 , 指导公园景区开展垃圾分类. ,,", ", 督促养护单位分类收运绿化垃圾. ,,",
        ", 做好检查考评. ,", "6 , 市教育局 , 把垃圾分类知识编入中小学教材. ,"]


def test_the_rows_and_their_next_lines_are_cut_where_they_were_printed():
    line = "编辑: 某某 | 2019-07-05 |" + "".join(ROWS)
    assert comma_dump_parts(line) == [("编辑: 某某 | 2019-07-05 |", False), *((row, True) for row in ROWS)]


def test_the_one_line_copy_reads_as_the_copy_with_its_breaks():
    def rows(text):
        return [(m.measure_no, m.text, [r.name for r in m.lead]) for m in extract(text.encode("utf-8")).measures]
    with_breaks = rows("\n".join(ROWS) + "\n")
    assert [n for n, _, _ in with_breaks] == [3, 4, 5, 6]
    assert rows("".join(ROWS) + "\n") == with_breaks


def test_numbers_that_do_not_follow_each_other_cut_nothing():
    """Numbers after commas in a sentence (a count, a year) are no run of rows one by one."""
    line = "完成改造3 , 新建5 , 投资8 , 其中2023年建成12 , 2024年建成20 , 合计32 , 均按期推进。"
    assert comma_dump_parts(line) == [(line, False)]
    two = "3 , 甲局 , 做好甲项工作. ,4 , 乙局 , 做好乙项工作. ,"   # two rows one by one are too few
    assert DUMP_RUN_MIN_ROWS > 2 and comma_dump_parts(two) == [(two, False)]


def test_a_dump_s_empty_cells_are_no_mirror_s_extra_commas():
    """A comma dump's `` ,,`` closing a row's line, run into one line (`` ,,, ``), stays: only a comma glued to the word
    before another mark is a mirror's (layout/noise.py ``strip_extra_commas``)."""
    line = "".join(ROWS) * 2
    assert strip_extra_commas([line]) == [line]
    mirror = ["市甲局：负责规划，，支持建设，、推动落实，。"] * 3
    assert strip_extra_commas(mirror) == ["市甲局：负责规划，支持建设、推动落实。"] * 3
