"""A unit's duties set apart by a colon or a stop whose first words are 会同 and bodies (``10.市商务局：会同市发展改革委负责…``)
give those bodies as support, as the 会同 units of a 由 clause or of a modal's subject do (``modalduties.opening_with_units``;
holdout colonduties-unplaced-undated-2, batch 134: before, the 会同 body was dropped and the line led by its unit alone)."""
from extractor.engine.extract import extract

PAGE = "<html><body><h1>某市应急避难场所建设实施意见</h1>\n{body}\n</body></html>"


def _measures(*lines: str):
    body = "\n".join(f"<p>{line}</p>" for line in lines)
    return extract(PAGE.format(body=body).encode("utf-8")).measures


def _names(refs) -> list[str]:
    return [r.name for r in refs]


LINES = ("9.市教育局：负责在具备条件的学校设置应急避难场所，组织学生开展疏散演练。",
         "10.市商务局：会同市发展改革委负责应急避难场所所需物资供应点的建设和储备。",
         "11.市卫生局：做好市级应急避难场所内的医疗卫生保障，会同市民政局做好伤员转运。")


def test_the_bodies_named_first_by_huitong_support_the_unit():
    m = {x.measure_no: x for x in _measures(*LINES)}[10]
    assert _names(m.lead) == ["市商务局"]
    assert _names(m.support) == ["市发展改革委"]
    assert m.text.startswith("会同市发展改革委负责")


def test_a_duty_line_opening_otherwise_names_no_support():
    m = {x.measure_no: x for x in _measures(*LINES)}
    assert _names(m[9].lead) == ["市教育局"] and _names(m[9].support) == []
    # a 会同 later in the duties works with that duty only: the line's support stays as before
    assert _names(m[11].lead) == ["市卫生局"] and _names(m[11].support) == []
