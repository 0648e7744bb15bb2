"""Where a unit label's value stops naming units (assign.read_unit_value).

The vocabulary (assign.toml unit_end / place_group / place_end) is the fast path; a name it does not
know after a comma is asked of the agency knowledge (agencies/bodies.py: does the template know it,
or is it a place's body by its opening and ending, as jieba cuts it?) before it is cut off as a note.
"""
import pytest

from extractor.agencies.bodies import looks_like_body
from extractor.parse.assign import parse_labels


# Bodies the vocabulary has no ending for, listed after a comma: units of the list, not a note.
@pytest.mark.parametrize("text,support", [
    ("配合单位：县教育局，县一中、县二中", ("县教育局，县一中、县二中",)),
    ("配合单位：县卫健局，县卫校；此项列入年度考核", ("县卫健局，县卫校",)),
    ("配合单位：县文旅局，县文工团", ("县文旅局，县文工团",)),
    ("配合单位：县发改局，县粮食储备库", ("县发改局，县粮食储备库",)),
    ("配合单位：县教育局，县实验幼儿园、县机关幼儿园", ("县教育局，县实验幼儿园、县机关幼儿园",)),
    ("配合单位：县工信局，县经济开发区", ("县工信局，县经济开发区",)),
    ("配合单位：县卫健局，县人民医院医共体", ("县卫健局，县人民医院医共体",)),
    ("配合单位：县教育局，仪陇县一中", ("县教育局，仪陇县一中",)),
])
def test_a_places_body_after_a_comma_stays_a_unit(text, support):
    found = parse_labels(text, "labelled")
    assert (found.support, found.extra.get("备注", "")) == (support, "" if "；" not in text else "此项列入年度考核")


# Prose after the units stays a note, even where it opens with a level word or ends like a body.
@pytest.mark.parametrize("text,note", [
    ("配合单位：县财政局，县城新建幼儿园", "县城新建幼儿园"),
    ("配合单位：区财政局，区级统筹安排", "区级统筹安排"),
    ("配合单位：市人社局，市民满意度明显提升", "市民满意度明显提升"),
    ("配合单位：县财政局，县乡两级联动推进", "县乡两级联动推进"),
    ("配合单位：市住建局，市统一部署到各区", "市统一部署到各区"),
    ("配合单位：县财政局，县财政给予补助", "县财政给予补助"),
    ("配合单位：县卫健局，此项列入民生实事", "此项列入民生实事"),
])
def test_prose_after_the_units_is_no_body(text, note):
    found = parse_labels(text, "labelled")
    assert (found.support[0].count("，"), found.extra.get("备注")) == (0, note)


@pytest.mark.parametrize("name,body", [
    ("县一中", True), ("县体校", True), ("县文工团", True), ("县消防救援大队", True),
    ("县城新建幼儿园", False), ("市民服务", False), ("区级统筹", False), ("新建幼儿园", False),
])
def test_looks_like_body(name, body):
    assert looks_like_body(name) is body
