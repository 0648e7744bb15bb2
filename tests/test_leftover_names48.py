"""Names the holdout left unresolved after session 47, each read by the knowledge it needed, as data
(session 48): State Grid's county companies by the place's whole name, the municipalities' 药品监督管理局,
北京's 社会建设工作办公室 and 文化市场行政执法总队, a city's 市政公用局 printed in full, a province's 农垦总局.
Hand-checked cases: a name as a notice prints it, the notice's place and date, and the body it names (or
that it names none)."""
from __future__ import annotations

import pytest

from namekit import assert_one_agency, assert_reads, assert_unresolved

READS = [
    # a county's or county-level city's State Grid company keeps its level word; a prefecture city's drops it
    ("國網東陽市供電公司", "东阳市", "2025-04-29", "国网东阳市供电公司"),
    ("国网东阳供电公司", "东阳市", "2025-04-29", "国网东阳市供电公司"),
    ("市供电公司", "东阳市", "2025-04-29", "国网东阳市供电公司"),
    ("县供电公司", "绍兴市新昌县", "2022-06-01", "国网新昌县供电公司"),
    ("县供电公司", "鹤壁市浚县", "2022-06-01", "国网浚县供电公司"),
    ("市供电公司", "宜春市", "2022-06-01", "国网宜春供电公司"),
    # the municipalities' drug administration, 北京's before 2013 too
    ("市药监局", "北京市", None, "北京市药品监督管理局"),
    ("市药监局", "北京市", "2012-06-01", "北京市药品监督管理局"),
    ("市药监局", "上海市", "2020-06-01", "上海市药品监督管理局"),
    # 北京's social-development office and cultural-market enforcement team
    ("市社会办", "北京市", None, "北京市社会建设工作办公室"),
    ("区社会办", "北京市朝阳区", "2012-06-01", "北京市朝阳区社会建设工作办公室"),
    ("市文化执法总队", "北京市", None, "北京市文化市场行政执法总队"),
    # a city's bureau of municipal works and utilities, printed in full
    ("市市政公用局", "长春市", None, "长春市市政公用局"),
    ("市市政公用局", "吉林市", "2015-06-01", "吉林市市政公用局"),
    ("市政公用局", "长春市", None, "长春市市政公用局"),        # printed bare, the notice's own, as any bureau
    # a province's state-farm bureau
    ("農墾總局", "黑龙江省", "2014-06-23", "黑龙江省农垦总局"),
    ("省农垦总局", "黑龙江省", "2014-06-23", "黑龙江省农垦总局"),
    ("省农垦总局", "广东省", "2016-06-01", "广东省农垦总局"),
]

UNRESOLVED = [
    ("县供电公司", "东阳市", "2025-04-29"),          # a county-level city prints 市, no 县 of its own
    ("市药监局", "宜昌市", "2020-06-01"),            # a prefecture city has none since 2018
    ("市社会办", "上海市", "2012-06-01"),            # named otherwise outside 北京
    ("市文化执法总队", "上海市", "2012-06-01"),
    ("市市政局", "长春市", None),                     # 市政局 cuts which name?
    ("省农垦总局", "江苏省", "2016-06-01"),          # a province whose farm body is named otherwise
    ("县农垦总局", "密山市", "2014-06-23"),           # a province's only
]


@pytest.mark.parametrize("name, city, date, canonical", READS)
def test_reads(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name, city, date", UNRESOLVED)
def test_unresolved(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


def test_one_state_grid_company_whichever_spelling(resolver):
    assert_one_agency(resolver, "东阳市", "2025-04-29", ("國網東陽市供電公司", "国网东阳供电公司", "市供电公司"))
