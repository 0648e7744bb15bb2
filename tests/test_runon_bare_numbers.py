"""Item numbers that lost their marks (11完善…) in a notice that also lost its breaks: each run on right after the label
line closing the item before (…责任单位：市政府有关部门11完善…), the number glued between two Chinese characters.  A
run of them going on one by one after label values is cut before each, and a section heading standing between a label
value and the number opens a line of its own (breakrepair._bare_numbers, xfail73: holdout gluednum-unplaced's one-line
copy, where no row was read).  A figure in a text (40学时, 12个) or a page's number (第2页) is none."""
from extractor.engine.extract import extract
from extractor.parse.breakrepair import repair_breaks

LINES = ["责任单位：市政府法制办、市政府有关部门", "11完善规范性文件定期清理制度。每两年集中清理一次。",
         "责任单位：市政府办公厅、市政府法制办", "四、严格行政执法", "12改革行政执法体制。适当下移执法重心。",
         "责任单位：市政府法制办、市编委办", "13落实行政执法人员持证上岗制度，每年参加不少于40学时的培训。",
         "责任单位：市政府法制办、市人事局"]


def test_bare_numbers_after_label_values_are_cut():
    assert repair_breaks("".join(LINES), lost_breaks=True) == LINES


def test_the_items_read_as_with_their_breaks():
    def rows(text):
        return [(m.measure_no, m.section_no, m.text, [r.name for r in m.lead])
                for m in extract(text.encode("utf-8")).measures]
    assert rows("".join(LINES)) == rows("\n".join(LINES))
    assert [no for no, *_ in rows("".join(LINES))] == [11, 12, 13]


def test_figures_and_short_runs_are_no_items():
    """Two bare numbers only, figures with their measure words, and numbers with no label value before them stay."""
    two = "".join(LINES[:5])
    assert repair_breaks(two, lost_breaks=True) == [two]
    figures = "责任单位：县财政局新建学校3所，改造道路4条，新增学位5个。"
    assert repair_breaks(figures, lost_breaks=True) == [figures]
