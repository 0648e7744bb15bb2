"""A pipe dump padding every row to the table's width with its spans' empty cells at the row's end
(``parse/textpipe._padded_rows``): a two-level header (责任单位 over 牵头单位 | 协助单位) printed as two rows,
a section word spanning a group's cell and the row's name, the group cell merged over its later rows."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.textpipe import _padded_rows
from extractor.source.decode import decode_bytes

from conftest import make_raw

COVER = ["关于印发某市重点工程分工的通知", "各区人民政府：", "现印发给你们。", "某市人民政府办公室", "2021年3月1日"]


def parse_pipe(cells):
    text = "\n".join(COVER + [f"{c} |" for c in cells])
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def rows(parsed):
    return [(m.section.title if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells,
             m.deadline, m.form) for m in parsed.measures]


HEAD = ["序号", "工程类别与名称", "工程目的", "责任单位", "时间安排", "投资估算 | |",
        "牵头单位", "协助单位 | | | | | |"]


def test_two_level_header_and_a_group_cell_merged_over_its_rows():
    """Each row is the row's cells then the empty cells its spans cover, printed last: the header's second row
    splits 责任单位, the section word 工程类别与名称 spans the group's cell and the row's name, and a row printing one
    cell fewer (its closing empty cell aside) is a later row of the group above (holdout catpipe-yueyang)."""
    p = parse_pipe(HEAD + ["1", "甲类工程", "修编管网规划", "截污到位", "市规划局", "市住建局 市环保局", "2013年底", "50",
                           "2", "新建分流管网", "分流排放", "市住建局", "属地区政府", "长期坚持", "100 |",
                           "3", "补建无网区管网", "全面截污", "市住建局", "属地区政府", "2年内完成", "200 |",
                           "4", "乙类工程", "整治养殖场", "减少排污", "市环保局", "市农业局", "2014年完成", "--",
                           "5", "关停直排场户", "减少排污", "属地区政府", "市环保局", "2014年完成", "40 |",
                           "6", "划定禁养区", "减少排污", "属地区政府", "市农业局", "2013年完成", "20"])
    assert rows(p) == [("甲类工程", 1, "修编管网规划", ("市规划局",), ("市住建局 市环保局",), "2013年底", "text-pipe"),
                       ("甲类工程", 2, "新建分流管网", ("市住建局",), ("属地区政府",), "长期坚持", "text-pipe"),
                       ("甲类工程", 3, "补建无网区管网", ("市住建局",), ("属地区政府",), "2年内完成", "text-pipe"),
                       ("乙类工程", 4, "整治养殖场", ("市环保局",), ("市农业局",), "2014年完成", "text-pipe"),
                       ("乙类工程", 5, "关停直排场户", ("属地区政府",), ("市环保局",), "2014年完成", "text-pipe"),
                       ("乙类工程", 6, "划定禁养区", ("属地区政府",), ("市农业局",), "2013年完成", "text-pipe")]


def test_two_level_header_over_whole_rows():
    """With no section word to widen, the two header rows alone: every row prints the table's width."""
    head = ["序号", "工作任务", "责任单位", "完成时限 |", "牵头单位", "配合单位 | | |"]
    p = parse_pipe(head + ["1", "建设停车场。", "市住建局", "市公安局", "年底前",
                           "2", "改造背街小巷。", "市城管局", "各区政府", "6月底前"])
    assert rows(p) == [(None, 1, "建设停车场。", ("市住建局",), ("市公安局",), "年底前", "text-pipe"),
                       (None, 2, "改造背街小巷。", ("市城管局",), ("各区政府",), "6月底前", "text-pipe")]


def test_dumps_not_padded_so_are_left_to_the_reader():
    """A header with no empty cells, a second row naming no unit role, rows that do not come out at the width,
    or a first row printing too few cells: not read so (None), whatever the reader then makes of them."""
    whole = ["1", "建设停车场。", "市住建局", "市公安局", "年底前", "2", "改造背街小巷。", "市城管局", "各区政府", "6月底前"]
    assert _padded_rows(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"], whole) is None
    assert _padded_rows(["序号", "工作任务", "责任单位", "完成时限", "", "备注", "说明", "", "", ""], whole) is None
    head = ["序号", "工作任务", "责任单位", "完成时限", "", "牵头单位", "配合单位", "", "", ""]
    assert _padded_rows(head, whole[:5] + ["2", "改造背街小巷。", "市城管局", "6月底前"]) is None
    assert _padded_rows(head, ["1", "建设停车场。", "市住建局", "年底前", "2", "改造背街小巷。", "市城管局",
                               "各区政府", "6月底前"]) is None
    assert _padded_rows(head, whole) is not None
