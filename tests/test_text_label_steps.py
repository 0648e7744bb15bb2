"""An 整改 list's item printed as a heading naming its subject, label lines, a bare 整改措施 label and its numbered steps
(``labelled._steps_under_text_label``; holdout citypage-jiangxi, batch 95, written before the code).

    （二）某市。
    整改目标：…
    整改时限：2018年底。
    整改措施：
    1、…
    2、…
    责任单位：某市政府。

is ONE measure numbered as the heading (2), its text the steps joined as printed, the target kept beside it
(``extra``), the time its deadline; before, each step was a measure of its own under a section named by the place,
the target ran into the text, and a page opening inside an item (its steps with no heading over them) gave measures
that belong to the page before.
"""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parse_text(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def item(no: str, city: str, steps: list[str], deadline: str = "2018年底。") -> str:
    lines = [f"（{no}）{city}。", f"整改目标：{city}年底前完成园区周边居民搬迁。", f"整改时限：{deadline}", "整改措施："]
    lines += [f"{i + 1}、{s}" for i, s in enumerate(steps)]
    return "\n".join(lines + [f"责任单位：{city}政府。"]) + "\n"


STEPS = ["开展居民户数核查，制定搬迁补偿方案。", "同步推进安置区建设，确保按期入住。"]


def test_the_steps_under_a_bare_text_label_are_the_headings_one_measure():
    parsed = parse_text("整改措施清单\n" + item("一", "甲市", STEPS) + item("二", "乙市", STEPS[:1], "2019年底。"))
    assert [(m.measure_no, m.text, m.lead_cells, m.deadline) for m in parsed.measures] == [
        (1, "1、" + STEPS[0] + "2、" + STEPS[1], ("甲市政府",), "2018年底"),
        (2, "1、" + STEPS[0], ("乙市政府",), "2019年底")]
    assert parsed.sections == ()
    assert parsed.measures[0].extra.get("整改目标") == "甲市年底前完成园区周边居民搬迁"


def test_steps_with_no_heading_over_them_go_on_from_an_earlier_page():
    """A page opening inside an item: its time, its bare label and steps and its unit, then the next items."""
    opening = "整改时限：2020年6月底。\n整改措施：\n1、制定棚户区改造方案。\n2、先行启动安置房建设。\n责任单位：丙市政府。\n"
    parsed = parse_text(opening + item("二", "甲市", STEPS))
    assert [(m.measure_no, m.lead_cells) for m in parsed.measures] == [(2, ("甲市政府",))]


def test_a_text_label_with_its_value_on_its_line_reads_as_before():
    """``整改措施：…`` with the measure on its own line, under numbered items of their own: no steps are moved."""
    parsed = parse_text("整改措施清单\n1.加快管网建设。\n牵头单位：县住建局\n2.推进雨污分流。\n牵头单位：县水务局\n")
    assert [(m.measure_no, m.text) for m in parsed.measures] == [(1, "加快管网建设。"), (2, "推进雨污分流。")]
