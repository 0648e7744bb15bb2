"""A note in an item's bracket that gives units to every item from there on: ``以下各项均需各县市区落实，
不再逐项列出`` (a 荆门 2021 分工 notice, session 42's closing note), ``具体任务均需各县市区人民政府落实，下同``,
``各县市区人民政府均为各项任务责任单位，以下不再列出``.  It is a rule, not a unit name: the notice does not list
those units item by item, so every item from the note on takes them as support (an item naming them
already keeps them where it prints them).  The dev fixture rulenote-jingmen-2021-9 is the whole shape;
these are the ways the note is printed, and the look-alikes that give no unit: a note saying the units get
no division of labour (``具体任务均涉及相关市（州）人民政府，不再做分工，下同``, a 四川 plan's wording, read so by the
holdout's lawmirror-sichuan-2022-18: they are involved, not assigned), the first-leads rule
(``列第一位的为牵头单位，下同``) and a note about one item only."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.conventions import apply_conventions
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw

LETTER = ["某市人民政府办公室关于印发某市2021年重点任务分工方案的通知", "各县、市、区人民政府，市政府各部门：",
          "现将《某市2021年重点任务分工方案》印发给你们，请认真抓好落实。", "某市人民政府办公室", "2021年5月17日",
          "某市2021年重点任务分工方案"]
def _later(unit: str) -> list[str]:
    # item 4 names the rule's units itself: it keeps them once, where it prints them
    return ["2.培育新材料产业链，打造百亿级产业集群。（牵头单位：市经信局；配合单位：市商务局）",
            "3.支持企业开展研发活动，新认定高新技术企业60家。（牵头单位：市科技局）",
            f"4.推进老旧小区改造，全年完成改造小区90个。（牵头单位：市住建局；配合单位：{unit}）"]


LATER = _later("各县市区")
FIRST = "1.实施技术改造提升行动，全年推进技改项目120个以上。"


def _units(first_bracket: str, later: list[str] = LATER):
    text = "\n".join(LETTER + [FIRST + first_bracket] + later)
    located = locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))
    return [(m.measure_no, m.lead_cells, m.support_cells) for m in apply_conventions(located, parse_body(located)).measures]


LATER_WITH = [(2, ("市经信局",), ("市商务局", "{u}")), (3, ("市科技局",), ("{u}",)), (4, ("市住建局",), ("{u}",))]


def _later_with(unit: str):
    return [(n, lead, tuple(unit if s == "{u}" else s for s in support)) for n, lead, support in LATER_WITH]


def test_a_note_after_the_responsible_units_gives_every_later_item_the_counties():
    found = _units("（责任单位：市经信局、市发改委，各县市区，以下各项均需各县市区落实，不再逐项列出）")
    assert found == [(1, ("市经信局、市发改委，各县市区",), ())] + _later_with("各县市区")


def test_a_note_in_a_verb_bracket_gives_its_item_and_every_later_item_the_counties():
    found = _units("（市经信局牵头，市发改委配合；以下各项均需各县市区落实，不再一一列出）")
    assert found == [(1, ("市经信局",), ("市发改委", "各县市区"))] + _later_with("各县市区")


def test_a_same_below_note_gives_its_item_and_every_later_item_the_units():
    found = _units("（牵头单位：市经信局；配合单位：市发改委。具体任务均需各县市区人民政府落实，下同）",
                   _later("各县市区人民政府"))
    assert found == [(1, ("市经信局",), ("市发改委", "各县市区人民政府"))] + _later_with("各县市区人民政府")


def test_a_note_giving_the_units_no_division_of_labour_gives_no_unit():
    # 不再做分工: the cities take part in the work but get no assignment, here or below
    found = _units("（牵头单位：市经信局；配合单位：市发改委。具体任务均涉及各县市区人民政府，不再做分工，下同）")
    assert [support for _n, _lead, support in found] == [("市发改委",), ("市商务局",), (), ("各县市区",)]


def test_units_named_as_every_items_responsible_units_go_to_every_later_item():
    found = _units("（牵头单位：市经信局；配合单位：市发改委；各县市区人民政府均为各项任务责任单位，以下不再列出）",
                   _later("各县市区人民政府"))
    assert found == [(1, ("市经信局",), ("市发改委", "各县市区人民政府"))] + _later_with("各县市区人民政府")


def test_the_first_leads_rule_gives_no_unit():
    found = _units("（责任单位：市经信局、市发改委（列第一位的为牵头单位，下同））")
    assert [support for _n, _lead, support in found] == [("市发改委",), ("市商务局",), (), ("各县市区",)]


def test_a_note_about_its_own_item_gives_no_later_item_a_unit():
    # names units, but says nothing of the items after it (no 以下各项 / 下同, nothing "not listed again")
    found = _units("（牵头单位：市经信局；配合单位：市发改委；此项需各县市区配合落实到位）")
    assert [support for _n, _lead, support in found][1:] == [("市商务局",), (), ("各县市区",)]


# The same rule in a unit's own bracket (session 43's left shape; holdout unitnote-shiyan-2022-12): the unit
# is its item's, and the bracket's rule gives it to every later item; naming no unit, the rule means the one
# it closes.

def test_a_rule_in_a_units_own_bracket_gives_that_unit_to_every_later_item():
    found = _units("（牵头单位：市经信局；配合单位：市发改委、各县市区（以下各项均需落实，不再逐项列出））")
    assert found == [(1, ("市经信局",), ("市发改委、各县市区",))] + _later_with("各县市区")


def test_a_rule_in_a_units_own_bracket_naming_the_units_gives_those():
    found = _units("（责任单位：市经信局、各县市区人民政府（以下各项均需各县市区人民政府配合，不再逐项列出））",
                   _later("各县市区人民政府"))
    assert found == [(1, ("市经信局、各县市区人民政府",), ())] + _later_with("各县市区人民政府")


def test_a_units_own_bracket_saying_no_division_of_labour_gives_no_unit():
    found = _units("（牵头单位：市经信局；配合单位：各县市区（以下各项均需参与，不再做分工））")
    assert [support for _n, _lead, support in found] == [("各县市区",), ("市商务局",), (), ("各县市区",)]


# A line of its own stating the rule between the items (注：以下各项…; holdout notelinerule-xiaogan-2023-4):
# no item's text, and only the items after it take the units.

def test_a_rule_line_between_items_gives_the_units_to_the_items_after_it():
    note = "注：以下各项任务均需各县市区落实，不再逐项列出。"
    found = _units("（牵头单位：市经信局；配合单位：市发改委）", LATER[:1] + [note] + LATER[1:])
    assert found == [(1, ("市经信局",), ("市发改委",)), (2, ("市经信局",), ("市商务局",)),
                     (3, ("市科技局",), ("各县市区",)), (4, ("市住建局",), ("各县市区",))]


def test_a_rule_line_over_a_heading_goes_to_the_first_item_under_it():
    later = [LATER[0], "以下各项均需各县市区人民政府落实，不再逐项列出。", "二、扩大有效投资"] + _later("各县市区人民政府")[1:]
    found = _units("（牵头单位：市经信局；配合单位：市发改委）", later)
    assert [support for _n, _lead, support in found] == [("市发改委",), ("市商务局",), ("各县市区人民政府",),
                                                         ("各县市区人民政府",)]


def test_a_note_line_that_gives_no_units_stays_unread():
    note = "注：以下各项任务均涉及各县市区，不再做分工。"
    found = _units("（牵头单位：市经信局；配合单位：市发改委）", LATER[:1] + [note] + LATER[1:])
    assert [support for _n, _lead, support in found] == [("市发改委",), ("市商务局",), (), ("各县市区",)]


def test_a_rule_run_on_after_an_items_bracket_in_a_one_line_copy_is_a_line_of_its_own():
    from extractor.parse.runon import split_run_on
    note = "注：以下各项任务均需各县市区落实，不再逐项列出。"
    text = ("一、推动工业提质增效1.实施技术改造。（牵头单位：市经信局；配合单位：市发改委）" + note + "二、扩大有效投资"
            "2.推进老旧小区改造。（牵头单位：市住建局）")
    assert note in split_run_on(text)


def test_a_units_own_bracket_rule_run_on_stays_on_its_unit():
    from extractor.parse.runon import split_run_on
    text = ("1.实施技术改造。（牵头单位：市经信局；配合单位：各县（市、区）人民政府（以下各项均需落实，不再逐项列出））"
            "2.推进老旧小区改造。（牵头单位：市住建局）")
    assert split_run_on(text)[0].endswith("（以下各项均需落实，不再逐项列出））")


# A rule line after the LAST item (holdout closingrule-ezhou-2022-6), or one looking back between the items
# (以上各项, 上述任务: unitlists.rule_reach): it holds for the items above it.  Before, both were dropped.

OTHERS = _later("市发改委")


def test_a_rule_line_after_the_last_item_gives_the_units_to_every_item_above_it():
    note = "注：以上各项任务均需各县市区落实，不再逐项列出。"
    found = _units("（牵头单位：市经信局）", OTHERS + [note, "抄送：市委各部门。"])
    assert [support for _n, _lead, support in found] == [("各县市区",), ("市商务局", "各县市区"), ("各县市区",),
                                                         ("市发改委", "各县市区")]


def test_a_closing_rule_line_saying_neither_which_items_holds_for_the_list_above():
    note = "所有任务均需各县市区落实，不再逐项列出。"
    found = _units("（牵头单位：市经信局）", OTHERS + [note])
    assert [support for _n, _lead, support in found] == [("各县市区",), ("市商务局", "各县市区"), ("各县市区",),
                                                         ("市发改委", "各县市区")]


def test_a_rule_line_looking_ahead_after_the_last_item_heads_nothing():
    note = "注：以下各项任务均需各县市区落实，不再逐项列出。"
    found = _units("（牵头单位：市经信局）", OTHERS + [note])
    assert [support for _n, _lead, support in found] == [(), ("市商务局",), (), ("市发改委",)]


def test_a_rule_line_looking_back_between_items_gives_the_units_to_the_items_above_it():
    note = "注：上述任务均需各县市区落实，不再逐项列出。"
    found = _units("（牵头单位：市经信局）", OTHERS[:1] + [note] + OTHERS[1:])
    assert [support for _n, _lead, support in found] == [("各县市区",), ("市商务局", "各县市区"), (), ("市发改委",)]


def test_a_rule_looking_back_in_the_last_items_bracket_gives_every_item_the_units():
    last = "4.推进老旧小区改造。（牵头单位：市住建局；以上各项均需各县市区落实，不再逐项列出）"
    found = _units("（牵头单位：市经信局）", OTHERS[:2] + [last])
    assert [support for _n, _lead, support in found] == [("各县市区",), ("市商务局", "各县市区"), ("各县市区",),
                                                         ("各县市区",)]


# The same rule in a row merged across a table's rows, read as the line is (holdout noterow-tianmen-2021-11
# has the first-leads rule there: test_conventions).

def _table_units(note_row: str, at: int):
    rows = [f"<tr><td>{n}</td><td>第{n}项工作。</td><td>市局{n}</td><td>市配{n}</td></tr>" for n in range(1, 5)]
    rows.insert(at, f"<tr><td colspan='4'>{note_row}</td></tr>")
    page = ("<html><body><p>某市人民政府办公室关于印发某市重点任务分工方案的通知</p><table><tr><td>序号</td><td>工作任务</td>"
            "<td>牵头单位</td><td>配合单位</td></tr>" + "".join(rows) + "</table></body></html>")
    located = locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.html")))
    return [m.support_cells for m in apply_conventions(located, parse_body(located)).measures]


@pytest.mark.parametrize("note, at, expected", [
    ("注：以下各项任务均需各县市区落实，不再逐项列出。", 2,    # between the rows: the rows after it
     [("市配1",), ("市配2",), ("市配3", "各县市区"), ("市配4", "各县市区")]),
    ("注：以上各项任务均需各县市区落实，不再逐项列出。", 4,    # under the last row, looking back: every row
     [("市配1", "各县市区"), ("市配2", "各县市区"), ("市配3", "各县市区"), ("市配4", "各县市区")]),
    ("注：以下各项任务均需各县市区落实，不再逐项列出。", 4,    # under the last row, looking ahead: none
     [("市配1",), ("市配2",), ("市配3",), ("市配4",)]),
    ("注：以下各项任务均涉及各县市区，不再做分工。", 2,        # no division of labour: none
     [("市配1",), ("市配2",), ("市配3",), ("市配4",)]),
])
def test_a_rule_row_across_a_table_is_read_as_a_rule_line(note, at, expected):
    assert _table_units(note, at) == expected


def test_the_two_every_item_patterns_read_the_same_words():
    """``[verbs] every_item`` and ``every_item_owner`` are built of the pieces they share (unitlists.every_item_re):
    every word naming the items reads in both, with its units or naming none."""
    from extractor.parse.labels import assign_vocab
    from extractor.parse.unitlists import every_item_re
    for items in assign_vocab()["verbs"]["every_item_items"].split("|"):
        assert every_item_re("every_item").fullmatch(f"{items}各项均需各县市区落实").group("units") == "各县市区"
        assert every_item_re("every_item_owner").fullmatch(f"{items}各项均需落实")
    assert every_item_re("every_item_owner").fullmatch("以下各项均需各县市区落实") is None   # naming units: not the owner's


def test_a_label_after_a_duty_clause_naming_the_rule_units_keeps_its_role_in_its_own_item():
    # 〔A、B等按职责分工负责。责任单位：X。以下均需X落实，不再列出。〕 (玉林's 2024 降碳 方案: holdout dutyrule-yulin, batch 95):
    # the label is no part of X's name; item 1 names X by a role label beside a duty clause naming no lead, so X leads
    # there with A and B (the item names the rule's units itself, as a 责任单位 list naming them does), and supports
    # every later item
    assert _units("〔市财政局、市人社局等按职责分工负责。责任单位：各县（市、区）人民政府。以下均需各县（市、区）"
                  "人民政府落实，不再列出。〕", _later("市财政局")) == [
        (1, ("市财政局、市人社局", "各县（市、区）人民政府"), ()),
        (2, ("市经信局",), ("市商务局", "各县（市、区）人民政府")),
        (3, ("市科技局",), ("各县（市、区）人民政府",)),
        (4, ("市住建局",), ("市财政局", "各县（市、区）人民政府"))]


def test_a_label_among_verb_clauses_keeps_its_role_and_no_unit_its_word():
    # a support label after a lead clause supports, and so does a 责任单位 label beside a lead (as a 责任单位 column
    # beside a 牵头 column): never `配合单位：` or `责任单位：` glued to a name
    from extractor.parse.assign import parse_verbs
    found = parse_verbs("市发改委牵头。配合单位：市财政局、市商务局")
    assert (found.lead, found.support) == (("市发改委",), ("市财政局、市商务局",))
    found = parse_verbs("市发改委牵头。责任单位：市财政局、市商务局")
    assert (found.lead, found.support) == (("市发改委",), ("市财政局、市商务局",))


def test_units_listed_after_a_duty_clause_before_a_rule_naming_them_support_every_item():
    # …等按职责分工负责；A，B、C〔以下均需A，B、C落实，不再列出〕 (镇江's 2022 就业 措施: holdout glossnote-zhenjiang): the
    # units before the rule are the ones it gives every item, so they support item 1 and every later item, once each
    # (the note's lists parted by a comma are each a cell); the bureaus before them lead
    assert _units("（市财政局、市人社局等按职责分工负责；各县、区人民政府，滨江新区、高新区管委会〔以下均需各县、区人民政府，"
                  "滨江新区、高新区管委会落实，不再列出〕）", _later("市财政局")) == [
        (1, ("市财政局、市人社局",), ("各县、区人民政府", "滨江新区、高新区管委会")),
        (2, ("市经信局",), ("市商务局", "各县、区人民政府", "滨江新区、高新区管委会")),
        (3, ("市科技局",), ("各县、区人民政府", "滨江新区、高新区管委会")),
        (4, ("市住建局",), ("市财政局", "各县、区人民政府", "滨江新区、高新区管委会"))]


@pytest.mark.parametrize("mark", ["，", "/", "；", " "])
def test_an_item_printing_the_rules_units_with_another_mark_names_them_already(mark):
    """The item holding the note prints the note's units in its own list parted by another mark than the note's 、
    (a copy's commas, a slash, a semicolon, a space: holdout unlistednote-huaian's list-* pairs): it names them
    already and takes them no second time as support; the later items take them as before."""
    found = _units(f"（责任单位：市经信局{mark}各县区人民政府{mark}园区管委会。以下各项均需各县区人民政府、园区管委会落实，"
                   "不再单独列出）", _later("各县区人民政府、园区管委会"))
    assert found[0][0] == 1 and found[0][2] == ()
    assert found[1:] == _later_with("各县区人民政府、园区管委会")


def test_a_zhu_ze_note_gives_its_units_to_every_later_item_as_such_notes_do():
    # 〔X主责落实，Y等部门按照职责分工负责，以下均需X主责落实，不再列出〕 (holdout mainresp-yunnan, batch 133): X leads its
    # own item by its verb; the note's 主责 is its adverb, and its units go to the later items as every such note's do
    found = _units("（各县市区主责落实，市发改委等部门按照职责分工负责，以下均需各县市区主责落实，不再列出）")
    assert found[0] == (1, ("各县市区",), ("市发改委",))
    assert found[1:] == _later_with("各县市区")


# 不再重复 for 不再列出 (数智贵州建设2026年工作要点; tests/fixtures/README.md "A note that the units are not repeated",
# holdout norepeat-guizhou-2026-1): the units go with every later item; 不再重复分工 is still no division of labour.

def test_a_not_repeated_note_gives_every_later_item_the_counties():
    found = _units("（责任单位：市经信局、市发改委，各县市区。除专门列出外，以下任务均涉及各县市区，不再重复）")
    assert found == [(1, ("市经信局、市发改委，各县市区",), ())] + _later_with("各县市区")


def test_a_not_repeated_division_of_labour_gives_no_unit():
    found = _units("（牵头单位：市经信局；配合单位：市发改委。以下任务均涉及各县市区，不再重复分工）")
    assert [support for _n, _lead, support in found] == [("市发改委",), ("市商务局",), (), ("各县市区",)]
