"""A later page of a split copy run into one line (breakrepair.repair_breaks, lost breaks): the page opens with the label
lines of the item the page before cut (``牵头单位：…配合单位：…``, ``责任部门：…``), then its own items numbered on from that
page (（十二） （十三）, 19、 20、, ㈦ ㈧).  The first label of its kind standing after such a label line opens a run at any
number when the next label goes on from it (``_numbered_on``, ``_after_label_line``), and so does one right after an
item's end (a sentence end, a closing bracket: ``…（开头部分已省略）2.…3.…``, a mirror's note for the part it left out); a
section's heading numbered on
(（四）) opens one after an item's end as 四、 did (``_page_headings``); ㈠ … ㈩ are （一）'s kind.  Metamorphic pairs
pagelabels-unplaced, circledgoal-xinyu, gufeipage-unplaced and threelabels-unplaced one-line: before, such a page gave
no row or lost its first items."""
from extractor.parse.breakrepair import repair_breaks


def test_bracketed_items_numbered_on_after_the_last_pages_label_lines():
    line = ("牵头单位：市甲局配合单位：各城区、市乙局（十二）开展甲行动。整修灯箱。牵头单位：市丙局（十三）开展乙行动。"
            "拆除违建。牵头单位：市丁局配合单位：市戊局（十四）开展丙行动。清理路面。牵头单位：市己局")
    # (the label lines before the first item stay one piece here: the labelled reader parts them)
    assert repair_breaks(line, lost_breaks=True) == [
        "牵头单位：市甲局配合单位：各城区、市乙局", "（十二）开展甲行动。整修灯箱。", "牵头单位：市丙局",
        "（十三）开展乙行动。拆除违建。", "牵头单位：市丁局", "配合单位：市戊局", "（十四）开展丙行动。清理路面。",
        "牵头单位：市己局"]


def test_items_and_paren_ideograph_goals_numbered_on():
    line = ("责任部门：市甲局、市乙局㈦治理水源污染，水质达标。19、加强水源监测。加密监测频次。责任部门：市丙局"
            "㈧推开信用建设。20、建设信用企业。责任部门：市丁局")
    lines = repair_breaks(line, lost_breaks=True)
    assert "㈦治理水源污染，水质达标。" in lines and "㈧推开信用建设。" in lines
    assert "19、加强水源监测。加密监测频次。" in lines and "20、建设信用企业。" in lines


def test_a_section_heading_numbered_on_after_an_items_end():
    line = ("责任部门：市甲局、各区政府。4. 提供预约回收。公开电话。责任单位：市乙局。5. 实行当日清运。做到不积压。"
            "责任单位：市丙局。（四）落实分类处理按要求配齐设施。1. 可回收物的处理。集中处置。责任单位：市丁局。")
    lines = repair_breaks(line, lost_breaks=True)
    assert any(ln.startswith("4. 提供预约回收") for ln in lines) and any(ln.startswith("5. 实行当日清运") for ln in lines)
    assert any(ln.startswith("（四）落实分类处理") for ln in lines)
    assert any(ln.startswith("1. 可回收物的处理") for ln in lines)


def test_items_numbered_on_after_a_note_for_the_part_left_out():
    line = "某市某项工作实施方案……（开头部分已省略900字）2.宣传发动，增强意识。一是加大宣传。3.全民参与，夯实基础。一是建设单位。"
    assert repair_breaks(line, lost_breaks=True) == [
        "某市某项工作实施方案……（开头部分已省略900字）", "2.宣传发动，增强意识。一是加大宣传。", "3.全民参与，夯实基础。一是建设单位。"]


def test_no_label_line_before_no_run_numbered_on():
    # a table's header run together with its rows prints no colon: its headings numbered on from a line above (二、
    # after a line 一、) stay where the run-together table's reader finds them (holdout runtable-shaoxing)
    line = ("序号内容与要求责任单位1确保增长百分之六。市甲局2编制工作清单。市乙局二、某副市长重点工作序号内容与要求责任单位"
            "3实施城市更新。市丙局三、某副市长重点工作序号内容与要求责任单位4新建学校。市丁局")
    assert repair_breaks(line, lost_breaks=True) == [line]


def test_a_label_numbered_on_that_nothing_continues_opens_nothing():
    line = "责任单位：市甲局、市乙局共同推进12、其余工作另行部署，做好甲工作。做好乙工作。"
    assert repair_breaks(line, lost_breaks=True) == [line]


def test_a_line_with_its_breaks_is_not_cut_so():
    # only a notice that lost its breaks is read for a page before; a line opening with a label word keeps its items
    line = "牵头单位：市甲局（十二）开展甲行动。（十三）开展乙行动。"
    assert repair_breaks(line) == [line]


def test_a_lone_bracketed_heading_alone_is_no_cut_of_its_own():
    # with no item of the page cut around it, a lone （七） after a sentence's end is left to the line's other joints
    # (spaceduties: duties by subject parted by spaces, holdout commaduty-unplaced)
    line = "[接上页] 交通部门，负责道路建设。 教育部门，负责学校建设。 水利部门，负责防洪工作。 （七）严格目标考核。每半年通报一次。"
    assert repair_breaks(line, lost_breaks=True) == [line]
