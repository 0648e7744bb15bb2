"""A notice run into one line whose items print no units of their own, one bracket after each group
naming the group's units (README's range convention; the line-broken copy prints the bracket on a
line of its own under the group: tailunits).  Run on, that bracket closes the group's last item."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.runon import split_run_on
from extractor.source.decode import decode_bytes

from conftest import make_raw

LETTER = ("湖州市人民政府办公室关于印发湖州市2036年湖羊产业振兴任务分解表的通知各区县人民政府，市直各单位："
          "《湖州市2036年湖羊产业振兴任务分解表》已经市政府同意，现印发给你们，请认真贯彻落实。"
          "湖州市人民政府办公室2036年2月14日（此件公开发布）附件湖州市2036年湖羊产业振兴任务分解表")
GROUPED = (LETTER + "一、扩大养殖规模1. 新建标准化羊舍12万平方米。2. 引进良种公羊300头。"
           "3. 建成饲草基地5000亩。（责任单位：市农业农村局牵头，市财政局配合；完成时限：2036年底前）"
           "二、延伸产业链条4. 培育羊肉加工企业6家。5. 打造湖羊品牌2个。（责任单位：市商务局牵头，市市场监管局配合；"
           "完成时限：长期坚持）")


def parsed(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def rows(notice):
    return [(m.measure_no, m.text, m.lead_cells, m.deadline) for m in notice.measures]


def test_a_bracket_closing_each_group_of_bare_items_is_cut_off_as_the_groups_line():
    """Every run of items prints its only bracket after its last item (none on two items in a row): the
    bracket is the group's line, cut off its item, so every item of the group takes its units (before:
    the bracket was item 3's and item 5's own, items 1, 2 and 4 named no unit and gave no row)."""
    lines = split_run_on(GROUPED)
    assert "3. 建成饲草基地5000亩。" in lines
    assert lines[lines.index("3. 建成饲草基地5000亩。") + 1].startswith("（责任单位：市农业农村局牵头")
    got = rows(parsed(GROUPED))
    assert [(no, text) for no, text, _, _ in got] == [
        (1, "新建标准化羊舍12万平方米。"), (2, "引进良种公羊300头。"), (3, "建成饲草基地5000亩。"),
        (4, "培育羊肉加工企业6家。"), (5, "打造湖羊品牌2个。")]
    assert [lead[0].split("牵头")[0] for _, _, lead, _ in got] == ["市农业农村局"] * 3 + ["市商务局"] * 2
    assert [deadline for *_, deadline in got] == ["2036年底前"] * 3 + ["长期坚持"] * 2


def test_items_printing_their_own_brackets_keep_them_though_one_names_no_unit():
    """The look-alike: two items in a row print a bracket each (items 3 and 4), so the notice's items
    name their own units and a bracket is its item's: item 2, printing none, takes no one's."""
    text = GROUPED.replace("二、延伸产业链条4. 培育羊肉加工企业6家。",
                           "4. 培育羊肉加工企业6家。（责任单位：市经信局）二、延伸产业链条")
    lines = split_run_on(text)
    assert "3. 建成饲草基地5000亩。" not in lines
    got = rows(parsed(text))
    assert [no for no, *_ in got] == [3, 4, 5]
