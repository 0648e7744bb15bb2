"""Units printed with no label of their own before labels that all name people (``（经开区管委会，责任人：某某）``, a point
among ``（责任单位：A、B，责任人：…）`` ones) are the units those people answer for, read as a 责任单位 label's would be
(``assign._names_people_only``, ``inline.parse_bracket``; holdout pointunits-xianyang-2023-1, batch 134: before, the
bracket named no unit, the point was lost and every point after it was matched one place early)."""
from extractor.engine.extract import extract
from extractor.parse.assign import parse_labels
from extractor.parse.inline import parse_bracket

PAGE = "<html><body><h1>某市城区易涝点及责任人</h1>\n<p>一、轻微积水点</p>\n{body}\n</body></html>"


def _measures(*lines: str):
    body = "\n".join(f"<p>{line}</p>" for line in lines)
    return extract(PAGE.format(body=body).encode("utf-8")).measures


def test_units_before_a_people_label_lead_their_point():
    ms = _measures("1、民生路（责任单位：市住建局、甲区政府，责任人：张某13800000001）",
                   "2、秦盛大道（经开区管委会，责任人：李某13800000002）",
                   "3、朝阳路（责任单位：市城管局，责任人：王某13800000003）")
    assert [m.measure_no for m in ms] == [1, 2, 3]
    assert [r.name for r in ms[1].lead] == ["经开区管委会"] and ms[1].text == "秦盛大道"


def test_labelled_units_and_words_that_name_no_unit_stay_as_they_were():
    found = parse_labels("责任单位：市住建局，责任人：张某", "inline-label")
    assert found.lead == ("市住建局",)
    # a short phrase that names no unit before a people label names none: no units, as before
    bracket = parse_bracket("重点推进，责任人：张某")
    assert bracket is None or not bracket.has_units
    # beside a unit label the words before the labels stay a note, never a unit
    noted = parse_bracket("预期性指标，牵头单位：市发改委")
    assert noted.lead == ("市发改委",)
