"""A table whose stored copy stops inside its last row, before the row's unit cells (parse/tablerow.cut_last_row;
holdout cellparas-cnipa, batch 112): the row gives no measure and its merged group cell no section."""
from extractor.engine.extract import extract

_HEAD = ("<html><body><h1>某某工作推进计划</h1><table>"
         "<tr><td>具体任务</td><td>工作措施</td><td>执行部门</td><td>完成时间</td></tr>")
_ROWS = ("<tr><td rowspan='2'>（一）完善法规政策</td><td>1.开展立法研究。围绕基本法开展研究。</td><td>条法司</td><td>年内</td></tr>"
         "<tr><td>2.加强顶层设计。编制建设指南。</td><td>管理司</td><td>年内</td></tr>")


def _read(last_row: str):
    notice = extract((_HEAD + _ROWS + last_row + "</table></body></html>").encode("utf-8"))
    return [s.label for s in notice.sections], [(m.measure_no, m.text[:8]) for m in notice.measures]


def test_a_last_row_cut_before_its_units_gives_no_measure_and_no_section():
    sections, measures = _read("<tr><td>（二）质量保障建设</td><td>3.提升申请质量。完善评价指标体系，建设专利申请</td></tr>")
    assert sections == ["（一）"]
    assert [m[0] for m in measures] == [1, 2]


def test_a_last_row_closing_its_sentence_or_printing_its_unit_cells_stays():
    _, measures = _read("<tr><td>（二）质量保障建设</td><td>3.提升申请质量。完善评价指标体系。</td></tr>")
    assert [m[0] for m in measures] == [1, 2, 3]     # its sentence closes: no cut, a row of no unit as before
    _, measures = _read("<tr><td>（二）质量保障建设</td><td>3.提升申请质量。完善评价指标体系</td><td></td><td></td></tr>")
    assert [m[0] for m in measures] == [1, 2, 3]     # its unit cells printed empty: no cut
