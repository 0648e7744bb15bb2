"""A letterless repost placed by its preface's 结合X实际 (agencies/placeclues.place_from_own_words;
holdout unlistednote-huaian-2022-1, batch 43)."""

from extractor import extract
from extractor.agencies.placeclues import place_from_own_words

NAMES = ("市工信局", "市财政局", "市税务局")


def test_the_preface_names_the_place():
    assert place_from_own_words(NAMES, ["为稳住经济，结合淮安实际，制定如下实施细则。"]) == "淮安市"
    assert place_from_own_words(NAMES, ["结合淮安市的实际，制定本方案。"]) == "淮安市"


def test_no_place_or_two_places_name_none():
    assert place_from_own_words(NAMES, ["结合我市实际，制定如下措施。"]) is None
    assert place_from_own_words(NAMES, ["结合工作实际，制定如下措施。"]) is None
    assert place_from_own_words(NAMES, ["结合淮安实际", "结合宿迁实际"]) is None
    assert place_from_own_words(("县财政局",), ["结合淮安实际"]) is None   # a county's units: 淮安县 is no listed place


def test_a_letterless_repost_resolves_its_bare_units():
    text = ("《关于进一步稳定经济增长的具体实施细则》\n"
            "为深入贯彻省里部署，结合淮安实际，制定如下实施细则。\n"
            "一、落实财税支持政策\n"
            "1.设立工业发展引导资金。（责任单位：市工信局、市财政局）\n"
            "2.落实小规模纳税人减免政策。（责任单位：市税务局）\n")
    notice = extract(text.encode("utf-8"))
    names = {a.name: a.canonical for m in notice.measures for a in (*m.lead, *m.support)}
    assert names["市工信局"] == "淮安市工业和信息化局"
    assert names["市税务局"] == "国家税务总局淮安市税务局"
