"""The place a doc number's prefix abbreviates by its first character, named in the page's own words: a district's 2011
notice (镇政办发〔2011〕15号) prints no issuer, no place in its title (关于印发区政府…) and only 区 units, and its items
name 镇海经济开发区: the notice is 宁波市镇海区's (holdout docsite-zhenhai, batch 57: before, its units were
unresolved)."""
from extractor.agencies.placeclues import place_from_doc_number


def test_the_abbreviated_place_the_page_names_places_the_notice():
    lines = ["镇政办发〔2011〕15号", "关于印发区政府二〇一一年政府工作报告任务分解的通知", "各镇人民政府、街道办事处：",
             "9.优化镇海经济开发区空间布局。（区发改局、区经信局）"]
    assert place_from_doc_number(["区发改局", "区经信局"], "镇政办发〔2011〕15号", lines) == "宁波市镇海区"


def test_no_place_the_page_names_or_two_of_them_is_no_answer():
    lines = ["各镇人民政府：", "1.推进工作。（区发改局）"]
    assert place_from_doc_number(["区发改局"], "镇政办发〔2011〕15号", lines) is None
    assert place_from_doc_number(["区发改局"], None, ["镇海经济开发区"]) is None
    assert place_from_doc_number([], "镇政办发〔2011〕15号", ["镇海经济开发区"]) is None
