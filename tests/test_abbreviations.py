"""A notice's own short names for its units (``X（以下简称Y）`` in a unit list): the bracket is no part of the
unit's name, and a later ``Y`` is the body ``X`` is (docs/agencies.md "A notice's own short names")."""
import pytest

from extractor import extract
from extractor.agencies.abbreviations import defined_abbreviations

NOTICE = ("界首市人民政府关于印发2020年市政府重点工作的通知\n各乡、镇、街道：\n现予印发。\n界首市人民政府\n2020年7月30日\n"
          "2020年市政府重点工作\n一、优化经济治理\n1.争创国家级高新区。\n牵头负责领导：某某。\n"
          "牵头责任单位：安徽阜阳界首高新技术产业开发区管委会（以下简称高新区管委会），市发展改革委。\n"
          "协同责任单位：市财政局。\n2.新增规模以上工业企业30户。\n牵头负责领导：某某。\n牵头责任单位：市经济和信息化局。\n"
          "协同责任单位：高新区管委会、市发展改革委。\n")


def test_the_short_names_bracket_is_no_part_of_the_name_and_the_short_name_is_its_body():
    notice = extract(NOTICE.encode("utf-8"), name="n.txt")
    first, second = notice.measures
    assert [r.name for r in first.lead] == ["安徽阜阳界首高新技术产业开发区管委会", "市发展改革委"]
    zone = first.lead[0]
    short = second.support[0]
    assert short.name == "高新区管委会" and zone.canonical == "安徽阜阳界首高新技术产业开发区管理委员会"
    assert (short.canonical, short.agency_id) == (zone.canonical, zone.agency_id)


@pytest.mark.parametrize("line,found", [
    ("牵头单位：市发展和改革委员会（以下简称市发改委，下同）、市财政局", {"市发改委": "市发展和改革委员会"}),
    ("责任单位：某某新区管理委员会(以下简称“新区管委会”)", {"新区管委会": "某某新区管理委员会"}),
    ("根据《某某规划》（以下简称《规划》），制定本方案。", {}),   # a book title's short name: no unit
    ("市甲局（简称甲局）；市乙局（简称甲局）", {}),               # one short name for two bodies says nothing
])
def test_definitions_read_off_the_lines(line, found):
    assert defined_abbreviations([line]) == found
