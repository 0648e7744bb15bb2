"""A bare unit list in a bracket the copy's end cut, right after the item's stop, is the item's assignment (session 68).

Two stored copies end inside their last item's bracket: `…中医类医院。（国家中医药局、国家发展改革委、财政部` (holdout
corprepost-zhongyiyao) and `…監管責任和措施。（市政府辦公室、市` (wikibracket-xianyang: the cut left a lone level word of
the next name).  An unclosed bracket was read only when it held labels or verbs, so both items were lost.  A bare list
there, after the sentence's stop, is now read (the lone level word dropped), in the form of the bracket before it; a
bracket inside a sentence (`建设市民中心（含市图书馆`) stays wording.
"""
from extractor.models import Located
from extractor.parse.inline import parse_inline, split_assignment


def test_a_cut_list_after_the_stop_names_the_items_units():
    text, found = split_assignment("对取消和下放的审批事项同步落实监管责任和措施。（市政府办公室、市")
    assert text == "对取消和下放的审批事项同步落实监管责任和措施。"
    assert found is not None and found.lead == ("市政府办公室",)


def test_a_cut_list_keeps_every_whole_name():
    text, found = split_assignment("原则上每个县级区域各设置1个中医类医院。（国家中医药局、国家发展改革委、财政部")
    assert found is not None and "财政部" in "".join(found.lead)


def test_a_bracket_inside_a_sentence_stays_wording():
    assert split_assignment("建设市民中心（含市图书馆")[1] is None


def test_the_cut_item_takes_the_form_of_the_bracket_before_it():
    lines = ("一、加强监管", "1.编制清单。（市政府办公室牵头，市财政局配合）",
             "2.落实责任。（市政府办公室、市财政局")
    parsed = parse_inline(Located(decoded=None, lines=lines))
    assert [d.form for d in parsed.measures] == ["inline-verb", "inline-verb"]
    assert parsed.measures[1].lead_cells == ("市政府办公室、市财政局",)


def test_a_cut_list_before_the_items_stop_names_its_units_when_it_lists_two():
    # holdout cutbracket-baodi-2022-1 (batch 128): the plan prints its units before the stop, the store cut inside the
    # third name (a lone level word, dropped); the item printed a sentence before the bracket
    text, found = split_assignment("保护生态空间（对应指标：自然生态空间）。继续加强保护，确保功能不降低（市规划和自然资源局某分局、区农业农村委、区")
    assert text == "保护生态空间（对应指标：自然生态空间）。继续加强保护，确保功能不降低"
    assert found is not None and found.lead == ("市规划和自然资源局某分局、区农业农村委",)


def test_one_cut_name_inside_a_clause_or_a_list_with_no_sentence_before_stays_wording():
    assert split_assignment("已有一句。继续建设市民中心（市图书馆")[1] is None            # one name: a note of the sentence
    assert split_assignment("建设市民中心和文化馆（市图书馆、市文化馆")[1] is None       # no sentence before it
