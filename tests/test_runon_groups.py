"""A notice run into one line whose items print no units of their own, one bracket after each group
naming the group's units (README's range convention; the line-broken copy prints the bracket on a
line of its own under the group: tailunits).  Run on, that bracket closes the group's last item."""
import pytest

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


# a county's list under headings that name each run's lead, run into one line: the last item of each
# run prints its own bracket naming its support, and the signature follows the last one straight away
HEADLEAD = ("关于印发金寨县2024年重点工作任务分工的通知各乡镇人民政府，县直各单位：现将重点工作任务分工印发给你们，请认真落实。"
            "一、县发改局牵头工作1.谋划储备重大项目20个。2.争取中央预算内投资2亿元。3.完成重点项目年度投资50亿元。（县财政局配合）"
            "二、县农业农村局牵头工作4.新建高标准农田2万亩。5.培育市级以上龙头企业3家。（县商务局配合）"
            "金寨县人民政府办公室2024年3月1日")


def _units(notice):
    return [(m.measure_no, m.lead_cells, m.support_cells) for m in notice.measures]


def test_a_signature_after_the_last_items_bracket_leaves_the_bracket_on_the_item():
    """The signer's name never opens with a bracket: after the last item's sentence end its own bracket
    stands before the name (…3家。（县商务局配合）金寨县人民政府办公室), and stays the item's (before: the
    issuer was read as （县商务局配合）金寨县人民政府办公室 and item 5 lost its support)."""
    assert split_run_on(HEADLEAD)[-3:] == ["5.培育市级以上龙头企业3家。（县商务局配合）", "金寨县人民政府办公室", "2024年3月1日"]
    notice = parsed(HEADLEAD)
    assert _units(notice)[-1] == (5, ("县农业农村局",), ("县商务局",))


@pytest.mark.parametrize("runs", [2, 1])
def test_under_headings_naming_the_lead_the_last_items_bracket_is_its_own(runs):
    """Each run's items take their lead from the heading over them (…牵头工作), so the bracket on a run's
    last item is that item's own, as printed with breaks, and not a group line spreading its support over
    the run (session 41's oneline41 risk: items 1, 2 and 4 would take 县财政局 / 县商务局 as support)."""
    text = HEADLEAD if runs == 2 else HEADLEAD.replace(HEADLEAD[HEADLEAD.index("二、"):HEADLEAD.index("金寨县人民政府办公室20")], "")
    expected = [(1, ("县发改局",), ()), (2, ("县发改局",), ()), (3, ("县发改局",), ("县财政局",)),
                (4, ("县农业农村局",), ()), (5, ("县农业农村局",), ("县商务局",))]
    assert _units(parsed(text)) == expected[:5 if runs == 2 else 3]


#: the same list as a copy that joined its lines with a space each prints it (blindsynth seed 7299): the headings'
#: counts set on the line under them and the groups' brackets on lines of their own, each after one space
SPACED = ("附件 湖州市2036年湖羊产业振兴任务分解表 一、扩大养殖规模 （3项） 1. 新建标准化羊舍12万平方米。 2. 引进良种公羊300头。 "
          "3. 建成饲草基地5000亩。 （责任单位：市农业农村局牵头，市财政局配合；完成时限：2036年底前） 二、延伸产业链条 （2项） "
          "4. 培育羊肉加工企业6家。 5. 打造湖羊品牌2个。 （责任单位：市商务局牵头，市市场监管局配合；完成时限：长期坚持）")


def test_a_space_joined_copys_group_brackets_and_heading_counts():
    """A space before the group's bracket is the break the copy joined, so the bracket is cut off as the group's
    line (before: it stayed item 3's and item 5's own and item 4, first under its heading, was lost); the space
    before a heading's count is that break too, dropped as a count set under its heading is joined to it
    (formlines.count_gap_closed; before: 扩大养殖规模 （3项）)."""
    lines = split_run_on(SPACED)
    assert "一、扩大养殖规模（3项）" in lines and "3. 建成饲草基地5000亩。" in lines
    notice = parsed(SPACED)
    assert [(no, lead[0].split("牵头")[0]) for no, _, lead, _ in rows(notice)] == [
        (1, "市农业农村局"), (2, "市农业农村局"), (3, "市农业农村局"), (4, "市商务局"), (5, "市商务局")]


def test_a_count_gap_is_closed_only_after_a_section_heading():
    from extractor.parse.formlines import count_gap_closed
    assert count_gap_closed("（二）全面推进乡村振兴 （2项）") == "（二）全面推进乡村振兴（2项）"
    assert count_gap_closed("二、延伸產業鏈條　（共2項）") == "二、延伸產業鏈條（共2項）"
    assert count_gap_closed("4. 培育龙头企业 （2项）") == "4. 培育龙头企业 （2项）"   # an item, no heading
    assert count_gap_closed("（二）全面推进乡村振兴 （牵头领导：张三）") == "（二）全面推进乡村振兴 （牵头领导：张三）"
