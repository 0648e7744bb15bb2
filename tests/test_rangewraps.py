"""A range line (以上两项由X牵头，Y配合) that a laid-out or space-separated copy wraps over two
lines is one range row of the text table, not a row's rest and not the table's end."""
import pytest

from test_textgrid import parse_text


def _row(*texts):
    """One line of a copy laid out in columns (pdftotext -layout: a character a position)."""
    return "  ".join(t.ljust(w) for t, w in zip(texts, (3, 18, 8, 6))).rstrip()


def _copies(first, second):
    """The table printed three ways: one row a line with single spaces, laid out in columns with
    the range line from the left margin, and laid out with it inside the task column."""
    rows = [("1", "新建城乡供水管网45公里"), ("2", "改造农村饮水安全工程8处")]
    after = [("3", "建设污水处理厂提标工程", "县住建局", "年底前"), ("4", "完成河道清淤20公里", "县水利局", "汛期前")]
    spaced = (["序号 重点任务 责任单位 完成时限"] + [" ".join(r) for r in rows] + [first, second]
              + [" ".join(r) for r in after] + ["抄送：县委办公室。"])
    laid = ([_row("序号", "重点任务", "责任单位", "完成时限")] + [_row(*r) for r in rows] + [first, second]
            + [_row(*r) for r in after] + ["", "抄送：县委办公室。"])
    inside = ([_row("序号", "重点任务", "责任单位", "完成时限")] + [_row(*r) for r in rows]
              + [_row("", first), _row("", second)] + [_row(*r) for r in after] + ["", "抄送：县委办公室。"])
    return {"spaced": spaced, "laid": laid, "inside": inside}


def _rows(parsed):
    return [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in parsed.measures]


WRAPS = {
    "after a list mark": ("以上两项由县水利局牵头，县财政局、县发改局、", "各乡镇人民政府配合，2024年底前完成"),
    "inside a name": ("以上两项由县水利局牵头，县财政局、县发", "改局、各乡镇人民政府配合，2024年底前完成"),
    "after a comma": ("以上两项由县水利局牵头，县财政局、县发改局、各乡镇人民政府配合，", "2024年底前完成"),
    "inside a date": ("以上两项由县水利局牵头，县财政局、县发改局、各乡镇人民政府配合，2024", "年底前完成"),
    "before the verb": ("以上两项由县水利局牵头，县财政局、县发改局、各乡镇", "人民政府配合，2024年底前完成"),
}


@pytest.mark.parametrize("copy", ["spaced", "laid", "inside"])
@pytest.mark.parametrize("wrap", sorted(WRAPS))
def test_a_range_line_wrapped_over_two_lines_is_one_range_row(wrap, copy):
    parsed = parse_text(_copies(*WRAPS[wrap])[copy])
    ranged = (("县水利局",), ("县财政局、县发改局、各乡镇人民政府",), "2024年底前完成")
    assert _rows(parsed) == [(1, "新建城乡供水管网45公里", *ranged), (2, "改造农村饮水安全工程8处", *ranged),
                             (3, "建设污水处理厂提标工程", ("县住建局",), (), "年底前"),
                             (4, "完成河道清淤20公里", ("县水利局",), (), "汛期前")]


@pytest.mark.parametrize("copy", ["spaced", "laid"])
def test_a_labelled_range_line_wrapped_inside_a_name_is_one_range_row(copy):
    lines = _copies("以上两项牵头单位：县水利局；配合单位：县财政局、各乡镇人民", "政府；完成时限：2024年底前")[copy]
    assert _rows(parse_text(lines))[:2] == [
        (1, "新建城乡供水管网45公里", ("县水利局",), ("县财政局、各乡镇人民政府",), "2024年底前"),
        (2, "改造农村饮水安全工程8处", ("县水利局",), ("县财政局、各乡镇人民政府",), "2024年底前")]


def test_a_whole_range_line_takes_no_sentence_after_the_table():
    # the range line closes the table; the letter's sentence under it is no part of it
    lines = ["序号 重点任务 责任单位 完成时限", "1 新建城乡供水管网45公里", "2 改造农村饮水安全工程8处",
             "以上两项牵头单位：县水利局；配合单位：各乡镇人民政府", "各单位要高度重视，加强组织领导。"]
    assert _rows(parse_text(lines)) == [
        (1, "新建城乡供水管网45公里", ("县水利局",), ("各乡镇人民政府",), None),
        (2, "改造农村饮水安全工程8处", ("县水利局",), ("各乡镇人民政府",), None)]
