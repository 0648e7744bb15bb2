"""Stage 5: a heading's one item printed without a number, and sections whose numbers repeat.

A progress report lists its items under status headings repeated in every area
(``一、道路工程`` / ``（一）已完工的有2项。`` / ``（二）未完工的有2项。`` / ``1.…（责任单位：…）``); a
heading holding one item may print it with no number, as a paragraph of its own that closes
with its bracket.  Where the heading's numbering kind heads numbered measures elsewhere in
the notice, that paragraph is the heading's item, numbered by its place among the notice's
measures, not the heading's second paragraph (docs/parsing.md, "Items whose numbers are not
printed").  The status headings' printed number repeats in every area, so the sections are
numbered by their place in the notice (tests/fixtures/README.md).
"""
from test_table import parse_text

NOTICE = """某县重点项目三季度督查情况
一、道路工程（共4项）
（一）已完工的有2项。
（二）未完工的有2项。
1.东环路拓宽工程。（责任单位：县交通局）
2.西河桥维修工程。（责任单位：县住建局、城关镇政府）
二、水利工程（共3项）
（一）已完工的有2项。
（二）未完工的有1项。
南渠清淤疏浚工程。（责任单位：县水利局）
三、园林工程（共2项）
（一）已完工的有2项。
四、产业项目（共5项）
（一）已完工的有3项。
（二）未完工的有2项。
1.年产五万吨饲料加工项目。（责任单位：县工信局）
2.冷链物流中心项目。（责任单位：县商务局）
"""


def rows(parsed):
    return [(m.measure_no, m.section.no if m.section else None, m.text, m.lead_cells) for m in parsed.measures]


def test_a_status_headings_lone_unnumbered_item_is_its_measure_numbered_by_place():
    p = parse_text(NOTICE)
    assert rows(p) == [
        (1, 1, "东环路拓宽工程。", ("县交通局",)),
        (2, 1, "西河桥维修工程。", ("县住建局、城关镇政府",)),
        (3, 2, "南渠清淤疏浚工程。", ("县水利局",)),
        (1, 3, "年产五万吨饲料加工项目。", ("县工信局",)),
        (2, 3, "冷链物流中心项目。", ("县商务局",))]
    # only the headings holding items are sections, numbered by place: （二） repeats in every area
    assert [(s.no, s.label, s.title) for s in p.sections] == [
        (1, "（二）", "未完工的有2项。"), (2, "（二）", "未完工的有1项。"), (3, "（二）", "未完工的有2项。")]


def test_an_items_second_paragraph_stays_its_text_where_its_kind_numbers_measures():
    # （一）（二） are the measures here: a second paragraph closing with the bracket is the
    # item's own, whatever other headings print
    p = parse_text("""某镇2024年重点工作
一、基础设施
（一）新建村级文化广场三处。（责任单位：镇文化站）
（二）改造农村公路。
完成通村公路硬化十二公里。（责任单位：镇交通办）
二、社会事业
（一）建成镇敬老院。（责任单位：镇民政办）
""")
    assert rows(p) == [
        (1, 1, "新建村级文化广场三处。", ("镇文化站",)),
        (2, 1, "改造农村公路。完成通村公路硬化十二公里。", ("镇交通办",)),
        (1, 2, "建成镇敬老院。", ("镇民政办",))]
