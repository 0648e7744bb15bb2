"""An item's bracket that a copy ran into its last step's line (``2.稳定扩大就业（1）…；（2）…。（X牵头，Y配合）``, a
notice run into one line or a wrapped one whose last step filled its line) is parted from the step as the line of its
own it was on the page (``foldsteps.part_glued_bracket``; the generator's session-60 cause 2, holdouts
steponeline-anyuan and stepwrap-xiaonan).  Invented notices, own words."""
from extractor.parse.assign import Assignment, parse_verbs
from extractor.parse.foldsteps import part_glued_bracket
from extractor.parse.items import Item

from test_table import parse_text

_UNITS = parse_verbs("县人社局牵头，县财政局配合")
_OTHER = parse_verbs("县教育局牵头")


def _item(kind, rank, no, text, own=None, more_own=False):
    item = Item(kind, rank, no, f"{no}.", text, own=own)
    item.more_own = more_own
    return item


def test_the_last_steps_bracket_is_parted_from_it():
    head, one, two = _item("dot", 1, 2, "稳定扩大就业"), _item("paren", 2, 1, "新增就业2200人；"), \
        _item("paren", 2, 2, "培训3000人次。", own=_UNITS)
    nxt = _item("dot", 1, 3, "新建幼儿园1所。", own=_OTHER)
    events = [head, one, two, nxt]
    part_glued_bracket(events)
    assert events == [head, one, two, _UNITS, nxt] and two.own is None and nxt.own is _OTHER


def test_runs_left_as_they_are():
    """A step before the last with units of its own, a single step, steps numbered from elsewhere, a head with units,
    a heading naming its items' lead (the last item's bracket is its own), a bracket closing a paragraph under the last step (a bare item glued to a heading), and a stand-alone line
    already under the steps: nothing is parted."""
    cases = [
        [_item("dot", 1, 2, "稳定扩大就业"), _item("paren", 2, 1, "新增就业；", own=_OTHER),
         _item("paren", 2, 2, "培训。", own=_UNITS)],
        [_item("dot", 1, 2, "稳定扩大就业"), _item("paren", 2, 1, "培训。", own=_UNITS)],
        [_item("dot", 1, 2, "稳定扩大就业"), _item("paren", 2, 3, "新增就业；"), _item("paren", 2, 4, "培训。", own=_UNITS)],
        [_item("dot", 1, 2, "稳定扩大就业", own=_OTHER), _item("paren", 2, 1, "新增就业；"),
         _item("paren", 2, 2, "培训。", own=_UNITS)],
        [_item("cn", 0, 1, "县发改局牵头工作"), _item("dot", 1, 1, "谋划重大项目20个。"),
         _item("dot", 1, 2, "争取投资2亿元。", own=parse_verbs("县财政局配合"))],
        [_item("cn", 0, 3, "生态建设"), _item("paren", 1, 1, "已完成的有14项。"),
         _item("paren", 1, 2, "进展缓慢的有1项。", own=_UNITS, more_own=True)],
        [_item("dot", 1, 2, "稳定扩大就业"), _item("paren", 2, 1, "新增就业；"), _item("paren", 2, 2, "培训。", own=_OTHER),
         Assignment(lead=("县人社局",))],
    ]
    for events in cases:
        before = [(e, getattr(e, "own", None)) for e in events]
        part_glued_bracket(events)
        assert [(e, getattr(e, "own", None)) for e in events] == before


ONE_LINE = ("青岚县2024年民生实事任务分工一、就业和教育1.新建幼儿园1所。（县教育局牵头，县财政局配合）"
            "2.稳定扩大就业（1）新增城镇就业2200人；（2）开展技能培训3000人次。（县人社局牵头，县财政局配合）"
            "二、养老服务3.新建养老服务点15个。（县民政局牵头）\n")


def test_a_notice_run_into_one_line_reads_as_printed_with_its_breaks():
    """Before, step （2） alone was measure 2 with the item's units, step （1） was lost and 2. was a heading."""
    body = parse_text(ONE_LINE)
    assert [(m.measure_no, m.section.label if m.section else None, m.text, m.lead_cells) for m in body.measures] == [
        (1, "一、", "新建幼儿园1所。", ("县教育局",)),
        (2, "一、", "稳定扩大就业（1）新增城镇就业2200人；（2）开展技能培训3000人次。", ("县人社局",)),
        (3, "二、", "新建养老服务点15个。", ("县民政局",))]
    with_breaks = parse_text("\n".join(["青岚县2024年民生实事任务分工", "一、就业和教育",
                                        "1.新建幼儿园1所。（县教育局牵头，县财政局配合）", "2.稳定扩大就业",
                                        "（1）新增城镇就业2200人；", "（2）开展技能培训3000人次。",
                                        "（县人社局牵头，县财政局配合）", "二、养老服务", "3.新建养老服务点15个。（县民政局牵头）", ""]))
    assert [(m.measure_no, m.text, m.lead_cells) for m in with_breaks.measures] == \
        [(m.measure_no, m.text, m.lead_cells) for m in body.measures]
