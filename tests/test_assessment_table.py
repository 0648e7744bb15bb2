"""An assessment table (a county's 工作绩效考核项目表: 项目名称及分值 | 赋分办法 | 总牵头单位 | 考核责任单位) hands each scored
item to its 总牵头单位 (lead) and names in 考核责任单位 the body that scores it, which only checks (tests/fixtures/README.md
"An assessment table's 总牵头单位 and 考核责任单位, and the rows it leaves blank"; ``roles.toml [other_roles]`` and
``[checking_labels]``); a category's numbered rows left blank for the assessed departments to fill in (``1.`` … ``5.``,
``……``) give no measure whatever the cells merged beside them name (``tablerow.blank_task_row``).  Holdout
blankrows-unplaced (batch 104, real65e), written before the code: the blank rows gave measures of no text and the
考核责任单位 column was read as the items' support."""
import pytest

from extractor import extract
from extractor.parse.roles import checking_label_words
from extractor.parse.tableheader import role_of

def names(refs) -> tuple[str, ...]:
    return tuple(r.name for r in refs)


HEAD = ("<tr><td colspan='2'>项目名称及分值</td><td>赋分办法</td><td>总牵头单位</td><td>考核责任单位</td></tr>")


def page(rows: str) -> bytes:
    return ("<html><head><title>文章正文</title></head><body><p>附件2</p><p>2012年度工作绩效考核项目表</p>"
            f"<table border='1'>{HEAD}{rows}</table></body></html>").encode("utf-8")


BLANK = ("<tr><td rowspan='4'>(一)重点工作(500分)</td><td>1.</td><td rowspan='4'>按实绩赋分</td>"
         "<td rowspan='4'>县委办、县府办</td><td rowspan='4'>县考核办</td></tr>"
         "<tr><td>2.</td></tr><tr><td>3.</td></tr><tr><td>……</td></tr>")
SCORED = ("<tr><td rowspan='2'>(二)机关作风建设(100分)</td><td>1.服务窗口群众评议(60分)</td><td rowspan='2'>按排名赋分</td>"
          "<td rowspan='2'>县直机关工委</td><td>县委办、县监察局</td></tr>"
          "<tr><td>2.机关学习制度落实(40分)</td><td>县委宣传部</td></tr>")


def test_an_assessing_column_is_no_unit_column():
    assert role_of("考核责任单位") == "other"
    assert role_of("考核责任部门") == "other"   # the same column as 部门 names it (metamorphic label-bumen)
    assert role_of("总牵头单位") == "lead"
    assert role_of("责任单位") == "responsible"   # the role word alone still names the units carrying a task out
    assert "考核责任单位" in checking_label_words()


def test_scored_items_are_led_by_their_merged_lead_and_name_no_assessing_unit():
    notice = extract(page(SCORED), name="k.html")
    assert [(m.measure_no, m.section_no, m.text, names(m.lead), names(m.support)) for m in notice.measures] == [
        (1, 2, "服务窗口群众评议(60分)", ("县直机关工委",), ()),
        (2, 2, "机关学习制度落实(40分)", ("县直机关工委",), ())]


def test_rows_left_blank_give_no_measure_and_their_category_no_section():
    notice = extract(page(BLANK + SCORED), name="k.html")
    assert [(m.measure_no, m.section_no, m.text) for m in notice.measures] == [
        (1, 2, "服务窗口群众评议(60分)"), (2, 2, "机关学习制度落实(40分)")]
    assert [(s.no, s.label) for s in notice.sections] == [(2, "(二)")]


@pytest.mark.parametrize("cell", ["1.", "5．", "……", "…", "1.……"])
def test_a_task_cell_printing_only_its_number_or_an_ellipsis_is_blank(cell):
    rows = (f"<tr><td>(一)重点工作</td><td>{cell}</td><td>按实绩赋分</td><td>县委办</td><td>县考核办</td></tr>"
            "<tr><td>(二)机关建设</td><td>2.机关学习制度落实(40分)</td><td>按排名赋分</td><td>县直机关工委</td><td>县委宣传部</td></tr>")
    notice = extract(page(rows), name="k.html")
    assert [(m.section_no, m.text) for m in notice.measures] == [(2, "机关学习制度落实(40分)")]


def test_a_task_cell_with_words_after_its_number_is_a_task():
    rows = "<tr><td>(一)重点工作</td><td>1.招商引资</td><td>按实绩赋分</td><td>县商务局</td><td>县考核办</td></tr>"
    notice = extract(page(rows), name="k.html")
    assert [(m.measure_no, m.text, names(m.lead), names(m.support)) for m in notice.measures] == [
        (1, "招商引资", ("县商务局",), ())]
