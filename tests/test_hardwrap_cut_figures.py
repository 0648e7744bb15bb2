"""A wrap that cuts a figure (``完成时限：20`` / ``21.09）``): the rest line opens with digits that read like a
two-level item number (21.09 as item 9 of 21), but a number that follows no item of its kind is a figure's rest,
joined to the line above (``hardwraps._cut_figure``; holdout cutdate-youxian-2021-1, generator seed 16234:
``202`` / ``0.07)`` read as a section 0.07 and the deadline 202)."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.hardwraps import join_hard_wraps
from extractor.source.decode import decode_bytes

from conftest import make_raw

WIDTH = 24
#: four items, each closing with a bracket that ends in a year.month deadline
ITEMS = ["1.改造老旧供水管网二十公里。（牵头单位：县水利局；配合单位：县财政局、县发改局；完成时限：2021.09）",
         "2.新建污水处理设施五处。（牵头单位：县住建局；配合单位：县财政局、各乡镇政府；完成时限：2021.06）",
         "3.开展水质抽检，结果向社会公开。（牵头单位：县卫健局；配合单位：县财政局；完成时限：2021.12）",
         "4.建立供水工程统一管护机制。（牵头单位：县财政局；配合单位：县水利局、县审计局；完成时限：2021.10）"]


def cut(text: str, width: int) -> list[str]:
    """``text`` cut every ``width`` characters, anywhere (a phone reader's copy)."""
    return [text[at:at + width] for at in range(0, len(text), width)]


def test_a_figure_cut_by_the_wrap_goes_on_though_its_rest_reads_like_an_item_number():
    lines = [piece for item in ITEMS for piece in cut(item, WIDTH)]
    # the wrap cuts the dates inside their year (20 / 21.09）, 202 / 1.06）, 20 / 21.10）) or after its dot (2021. / 12）)
    assert {"21.09）", "1.06）", "12）", "21.10）"} <= set(lines)
    assert join_hard_wraps(["某县2021年供水保障任务分工"] + lines) == ["某县2021年供水保障任务分工"] + ITEMS


def test_the_deadlines_are_read_whole_and_no_section_is_made_of_a_rest():
    text = "\n".join(["某县2021年供水保障任务分工"] + [piece for item in ITEMS for piece in cut(item, WIDTH)])
    result = parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert [(m.measure_no, m.deadline) for m in result.measures] == [
        (1, "2021.09"), (2, "2021.06"), (3, "2021.12"), (4, "2021.10")]
    assert not result.sections


def test_an_item_numbered_in_order_under_a_line_ending_in_a_figure_still_opens():
    # every item's line reaches the width and ends in a figure; each next line is the next item
    items = ["1.全年新增城镇就业岗位不少于三万个，目标值12", "2.城镇调查失业率控制在百分之五以内，目标值55",
             "3.农村劳动力转移就业达到两万人次，年度目标20"]
    assert {len(line) for line in items} == {WIDTH}
    lines = ["某县2021年就业工作任务分工", "一、就业目标"] + items + [
        "二、工作要求", "各乡镇、各部门要加强协调配合。", "各牵头单位要按季度报送进展。", "附件：任务清单",
        "某县人民政府办公室", "2021年3月10日"]
    assert join_hard_wraps(lines) == lines



#: three items run on in one paragraph (blind69's cause 3, bs920; holdout runoncut-heilongjiang-2013-2)
RUN_ON = ("1.新建高标准农田五万亩，粮食面积保持稳定。（市农业局牵头，市财政局配合）"
          "2.开展双随机抽查，抽查比例不低于百分之五，结果向社会公开。（市市场监管局负责）"
          "3.完善服务业统计监测制度，按季发布服务业运行情况。（市统计局主办，市发改委协办）")


def test_a_number_cut_from_its_dot_goes_on_with_the_dot():
    """The wrap falls between the second item's number and its dot (``…配合）2`` / ``.开展…``): the rest line opens
    with the dot alone, a dot mark to the numbering, yet it is the number's and goes on in the line above."""
    width = RUN_ON.index("2.") + 1
    lines = cut(RUN_ON, width)
    assert lines[0].endswith("）2") and lines[1].startswith(".开展") and len(lines) >= 4
    assert join_hard_wraps(["某市2031年重点任务分工"] + lines) == ["某市2031年重点任务分工", RUN_ON]


def test_a_dot_mark_opens_an_item_only_under_no_figure():
    from extractor.parse.hardwraps import _opens_wrapped_item
    assert not _opens_wrapped_item(".开展双随机抽查。", ["1.新建农田。（市农业局牵头）2"])
    assert not _opens_wrapped_item("．５万亩。", ["完成改造面积12"])
    assert _opens_wrapped_item(".开展双随机抽查。", ["1.新建农田。（市农业局牵头）"])
