"""A department's own lists (batch 130): its offices and units named by no name are groups (其他股室, 属下单位,
局主办科室: extractor/agencies/agency_patterns.toml [groups]), and 参照落实 / 按职能分工落实 close a supporting clause
(parse/assign.toml verb_modifiers, by_duty)."""
import pytest
from extractor.engine.extract import extract


def _rows(text: str):
    notice = extract(text.encode("utf-8"))
    return [(m.measure_no, m.section_no, m.text, [r.name for r in m.lead], [r.name for r in m.support])
            for m in notice.measures]



@pytest.mark.parametrize("name", ["其他股室", "其它科室", "属下单位", "下属单位", "局主办科室", "主办科室", "承办处室"])
def test_a_body_s_offices_and_units_named_by_no_name_are_a_group(resolver, name):
    assert resolver.resolve(name).kind == "group"


@pytest.mark.parametrize("name", ["办公室", "计划财务股", "直属机关工委", "主办单位办公室"])
def test_an_office_of_its_own_stays_a_body(resolver, name):
    assert resolver.resolve(name).kind != "group"



def test_towns_carrying_out_after_the_city_s_model_support():
    """参照落实 and 按职能分工落实 close a supporting clause as 落实 and 按职责分工落实 do (the modifiers are no name)."""
    rows = _rows("工作任务 | 具体要求 | 责任单位 |\n"
                    "一、做好规划公开。 | 1.主动公开规划纲要。 | 市发展和改革局牵头，市直有关部门配合；各镇（街）参照落实 |\n"
                    "二、做好财政公开。 | 2.推动预算公开。 | 市财政局牵头，市有关单位、各镇（街）按职能分工落实 |\n")
    assert [(r[3], r[4]) for r in rows] == [(["市发展和改革局"], ["市直有关部门", "各镇（街）"]),
                                            (["市财政局"], ["市有关单位", "各镇（街）"])]
