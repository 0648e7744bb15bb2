"""A stored copy cut inside its last item's LABELLED bracket, inside a unit's name (``…。（牵头单位：省工业和信息`` and
the store ends: a policy aggregator's repost of 贵州's 2019 大健康 工作要点, holdout cutunit-guizhou-2019-1, batch 116):
the cut name names no body, so the label names only the whole names before it (``inline._cut_name_start``), and an
item whose only name was cut gives no row (tests/fixtures/README.md 'A part of a notice').  Before, the cut name was
read as the item's lead and the item gave a surplus row.  A whole name, a deadline or a body the vocabulary reads by
the agency knowledge (县一中) closing the bracket stays."""
from extractor.engine.extract import extract
from extractor.parse.inline import split_assignment


def _page(*paragraphs):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>某省工作要点</title></head>"
            f"<body><div class='article'>{body}</div></body></html>").encode("utf-8")


def _rows(notice):
    return [(m.measure_no, m.text, [a.name for a in m.lead], [a.name for a in m.support]) for m in notice.measures]


def test_an_item_cut_inside_its_only_units_name_gives_no_row():
    notice = extract(_page("三、重点任务", "1.加强品牌宣传推介。（牵头单位：省工业和信息化厅）",
                           "2.推动医药企业技术改造升级。（牵头单位：省工业和信息"))
    assert _rows(notice) == [(1, "加强品牌宣传推介。", ["省工业和信息化厅"], [])]


def test_the_whole_names_before_the_cut_one_keep_their_roles():
    assert split_assignment("建设X。（牵头单位：省工信厅、省财政")[1].lead == ("省工信厅",)
    found = split_assignment("建设X。（牵头单位：省工信厅；配合单位：省财政")[1]
    assert (found.lead, found.support) == (("省工信厅",), ())


def test_a_whole_name_or_a_deadline_closing_the_bracket_stays():
    assert split_assignment("建设X。（牵头单位：省工信厅、省财政厅")[1].lead == ("省工信厅、省财政厅",)
    assert split_assignment("建设X。（牵头单位：县一中")[1].lead == ("县一中",)
    found = split_assignment("建设X。（牵头单位：省工信厅；完成时限：2019年底")[1]
    assert (found.lead, found.deadline) == (("省工信厅",), "2019年底")
