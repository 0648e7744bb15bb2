"""Bodies notices print that the template lacked (holdout batch 24b's shapes, in other places): merged bureaus
printed in full are their own official names, a city's highway and local-railway bureaus are its bodies.
Written by hand from what such bodies are called; no case is a fixture's."""
import pytest

from namekit import assert_reads


@pytest.mark.parametrize("name,city,date,canonical", [
    # merged bureaus printed in full, bare (the issuing government's) or after the level word
    ("发展改革和统计局", "济源市", "2023-04-01", "济源市发展改革和统计局"),
    ("市发展改革和统计局", "焦作市", "2022-04-01", "焦作市发展改革和统计局"),
    ("工业信息和科技局", "济源市", "2023-04-01", "济源市工业信息和科技局"),
    ("县工业信息和科技局", "信阳市息县", "2022-04-01", "息县工业信息和科技局"),
    # the investment bureau under a name of its own
    ("市投资合作局", "宝鸡市", "2021-06-01", "宝鸡市投资合作局"),
    # a city's or county's highway bureau, a city's local railway bureau
    ("市公路局", "淄博市", "2008-03-01", "淄博市公路局"),
    ("县公路局", "菏泽市郓城县", "2008-03-01", "郓城县公路局"),
    ("市地方铁路局", "淄博市", "2008-03-01", "淄博市地方铁路局"),
])
def test_printed_names_of_their_own(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city", [
    ("市铁路局", "淄博市"),          # the national railway's bureaus are no city's body
    ("县地方铁路局", "菏泽市郓城县"),   # a city's body only
    ("省公路局", "山东省"),           # a province's is a 公路事业发展中心 / 交通运输厅's, not listed
])
def test_look_alikes_stay_unresolved(resolver, name, city):
    assert resolver.resolve(name, city=city, date="2008-03-01").match == "unresolved"
