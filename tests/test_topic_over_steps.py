"""A topic line over an item printed over its steps (``3.加快城市更新步伐`` / ``（1）…；`` / ``（2）…。`` / its labels or
bracket alone) heads a measure, as over an item closing with its own bracket (``items.opens_over_steps``; the
generator's session-60 cause 1, holdouts topicsteps-tianyuan and dashsteps-beihu)."""
from extractor.parse.assign import parse_verbs
from extractor.parse.items import Item, opens_over_steps

_UNITS = parse_verbs("区教育局牵头，区财政局配合")


def _item(kind, rank, no, text, own=None):
    return Item(kind, rank, no, f"{no}．", text, own=own)


def test_an_item_over_its_steps_and_then_its_assignment():
    events = [_item("dot", 1, 3, "新建公办幼儿园2所"), _item("paren", 2, 1, "完成主体工程；"),
              _item("paren", 2, 2, "装修并开园招生。"), _UNITS]
    assert opens_over_steps(events, 0, {"dot"})
    assert not opens_over_steps(events, 0, set())   # its kind a measure's nowhere else: the steps are the measures
    assert not opens_over_steps(events, 1, {"dot", "paren"})   # a step is no item over steps


def test_no_steps_or_a_step_with_units_of_its_own():
    assert not opens_over_steps([_item("dot", 1, 3, "新建公办幼儿园2所"), _UNITS], 0, {"dot"})
    stepped = [_item("dot", 1, 3, "新建公办幼儿园2所"), _item("paren", 2, 1, "完成主体工程；", own=_UNITS), _UNITS]
    assert not opens_over_steps(stepped, 0, {"dot"})
    same_level = [_item("dot", 1, 3, "新建公办幼儿园2所"), _item("dot", 1, 4, "配备教师。"), _UNITS]
    assert not opens_over_steps(same_level, 0, {"dot"})
