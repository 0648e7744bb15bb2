"""A role heading over units each followed by its duties (tests/fixtures/README.md, "A role heading over units each
followed by its duties"; page 4 of a law database's split copy of a 镇江 project document, holdout
roleheads-zhenjiang-undated-4, batch 114).  ``3.各协办单位`` / ``(1)市发改委`` / ``负责…。``: the role heading names a
group of units by the role they play in the whole work (a catch-all group, no body's name), so it is the part's
section and gives no lead; each unit line with its paragraph is one measure numbered as printed, led by its unit
(``fromheadings.split_lone_duties``).  Session 68 read the role heading as a unit's name leading every duty under it
(0/7).  An item of the list by unit's numbering naming its units as its subject (``(5)三个辖市和丹徒区负责…``) is a
duty by subject (``unitduties.unit_heading_kinds``), a bare county-level place the gazetteer lists among them."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.unitduties import subject_units
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parsed(lines):
    return parse_body(locate_content(decode_bytes(make_raw("\n".join(lines).encode("utf-8"), path="n.txt"))))


LINES = ["(1)按计划推荐上报行政村。", "(2)三个辖市和丹徒区负责本地农民的上网培训。", "3.各协办单位", "(1)市发改委",
         "负责提供经济监测分析。", "(2)市科技局", "负责提供农业科技政策。", "4.联合共建单位", "(1)市气象局",
         "负责每天提供气象信息。", "(2)市农机局", "负责提供农机服务信息。",
         "(3)市农办、水利局等农业系统其它单位负责相关信息的提供"]


def test_each_unit_line_under_a_role_heading_is_one_measure_in_the_roles_part():
    result = parsed(LINES)
    assert [(m.section and m.section.label, m.measure_no, m.text, m.lead_cells) for m in result.measures] == [
        (None, 2, "三个辖市和丹徒区负责本地农民的上网培训。", ("三个辖市、丹徒区",)),
        ("3.", 1, "负责提供经济监测分析。", ("市发改委",)),
        ("3.", 2, "负责提供农业科技政策。", ("市科技局",)),
        ("4.", 1, "负责每天提供气象信息。", ("市气象局",)),
        ("4.", 2, "负责提供农机服务信息。", ("市农机局",)),
        ("4.", 3, "市农办、水利局等农业系统其它单位负责相关信息的提供", ("市农办、水利局等农业系统其它单位",))]
    assert [(s.label, s.title) for s in result.sections] == [("3.", "各协办单位"), ("4.", "联合共建单位")]


def test_unit_lines_under_a_topic_heading_stay_the_sections_of_their_duties():
    # 三、主要内容 names no role's group: each unit line heads its one duty, as before (modelunitlines-county)
    result = parsed(["三、主要内容", "1、市发改委", "负责提供经济监测分析。", "2、市科技局", "负责提供农业科技政策。",
                     "3、市气象局", "负责提供气象信息。"])
    assert [(m.section.label, m.section.title, m.measure_no, m.lead_cells) for m in result.measures] == [
        ("1、", "市发改委", 1, ("市发改委",)), ("2、", "市科技局", 2, ("市科技局",)), ("3、", "市气象局", 3, ("市气象局",))]


def test_bare_listed_places_beside_a_count_of_places_are_a_subject():
    assert subject_units("三个辖市和丹徒区负责培训。").lead == ("三个辖市、丹徒区",)
    assert subject_units("三个辖市和不存在区负责培训。") is None
