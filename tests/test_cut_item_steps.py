"""An item whose line a page break cut (``3.建设…平台29个，实现`` / ``镇街全覆盖。（责任单位：…）``) holds a measure of its
level as an item closing its own line with its bracket does, so items of that level printed over steps and one
assignment are one measure each, their steps their text (``foldsteps.fold_sub_items``; tests/fixtures/README.md "An
item over steps that share one assignment"; the generator's session-60 cause 3, bs1104; holdout
stepcut-hanjiang).  Invented notices, own words."""
from extractor.parse.headlines import stops_inside_sentence

from test_table import parse_text


def _notice(third):
    return "\n".join(["青岚县2023年农村人居环境整治任务分工",
                      "1.改善村容村貌", "（1）清理村内积存垃圾；", "（2）拆除危旧房屋30间。",
                      "（牵头单位：县农业农村局；配合单位：县财政局）",
                      "2.提升供水水平", "（1）新建供水管网12公里；", "（2）改造老旧水厂2座。",
                      "（牵头单位：县水利局）", *third, ""])


def _rows(text):
    body = parse_text(text)
    return [(m.measure_no, m.section.label if m.section else None, m.text, m.lead_cells) for m in body.measures]


def test_a_cut_item_holds_a_measure_of_its_level():
    """Before, item 3's bracket, on the paragraph under its cut line, did not count: the level held no measure, the
    steps were read as the measures and items 1 and 2 as their sections."""
    rows = _rows(_notice(["3.完成农村户厕改造1200户，无害化卫生厕所普及率提高到", "90%以上。（牵头单位：县卫健委）"]))
    assert rows == [
        (1, None, "改善村容村貌（1）清理村内积存垃圾；（2）拆除危旧房屋30间。", ("县农业农村局",)),
        (2, None, "提升供水水平（1）新建供水管网12公里；（2）改造老旧水厂2座。", ("县水利局",)),
        (3, None, "完成农村户厕改造1200户，无害化卫生厕所普及率提高到90%以上。", ("县卫健委",))]


def test_a_heading_over_a_paragraph_of_its_own_holds_none():
    """The look-alike: a heading's short phrase over a paragraph closing with its own bracket is a section over an
    item whose number was lost, no measure of the heading's level: every item of that level is printed over steps,
    so the steps stay the measures (threelevel-yuncheng's reading)."""
    rows = _rows(_notice(["3.改善农村厕所", "完成农村户厕改造1200户。（牵头单位：县卫健委）"]))
    assert [(no, section) for no, section, _, _ in rows][:4] == [(1, "1."), (2, "1."), (1, "2."), (2, "2.")]


def test_stops_inside_sentence():
    assert stops_inside_sentence("完成农村户厕改造1200户，无害化卫生厕所普及率提高到")
    assert stops_inside_sentence("加快推进产业项目建设，完成产业项目投资增长10%以 ")
    assert not stops_inside_sentence("完成农村户厕改造1200户。")
    assert not stops_inside_sentence("推进改革；")
    assert not stops_inside_sentence("主要措施：")
    assert not stops_inside_sentence("改善农村厕所")   # a heading's short phrase
    assert not stops_inside_sentence("")
