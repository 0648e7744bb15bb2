"""An ad-hoc office signing by its level word alone (市卫生城市复审工作督导组), placed by the page's footer.

A city's topic site prints an inspection group's hand-over list signed by the group with no place (the place goes
without saying on its own site) and names its owner in the footer with a space before 主办
(``某市爱国卫生运动委员会办公室 主办``).  The footer names the site's owner and so the notice's place
(``siteowner._name_before``, ``placeclues.city_from_site``), and the group, an office the place set up for the work
(``[city] office_ends``: 办公室, 领导小组, 指挥部, 督导组, 督查组, 检查组; ``signers.names_ad_hoc_office``), is printed by
its level alone as a gazette's 市人民政府 is: it is the place's, written with it (``issuerplace.issuer_with_place``).
A department the template knows (市委办公室) or a street's office is no ad-hoc office.  Holdout handover-puyang-2017-1.
"""
from __future__ import annotations

import pytest

from extractor.agencies.issuerplace import issuer_with_place, prints_level_alone
from extractor.engine.extract import extract
from extractor.layout.siteowner import footer_owner


@pytest.mark.parametrize("name,alone", [("市卫生城市复审工作督导组", True), ("县防汛抗旱指挥部", True),
                                        ("区创建全国文明城区工作领导小组办公室", True), ("市场监督管理局", False),
                                        ("市委办公室", False), ("区胜利街道督导组", False),
                                        ("濮阳市卫生城市复审工作督导组", False)])
def test_an_ad_hoc_office_by_its_level_alone(name, alone):
    assert prints_level_alone(name) is alone


def test_the_office_is_written_with_the_notice_s_place():
    assert issuer_with_place("市卫生城市复审工作督导组", "濮阳市") == "濮阳市卫生城市复审工作督导组"
    assert issuer_with_place("县防汛抗旱指挥部", "信阳市罗山县") == "信阳市罗山县防汛抗旱指挥部"
    # a place of another level: left as printed
    assert issuer_with_place("市卫生城市复审工作督导组", "信阳市罗山县") == "市卫生城市复审工作督导组"


@pytest.mark.parametrize("footer,owner", [
    ("<td>信阳市爱国卫生运动委员会办公室 主办&nbsp;&nbsp;豫ICP备00000000号</td>", "信阳市爱国卫生运动委员会办公室"),
    ("<td>信阳市爱国卫生运动委员会办公室\u3000主办</td>", "信阳市爱国卫生运动委员会办公室"),
    ("<td>信阳市爱国卫生运动委员会办公室主办　承办：某公司</td>", "信阳市爱国卫生运动委员会办公室"),
    ("<p>整改情况由市爱卫办 主办，各区配合。</p>", None),     # an item's assignment: no footer
])
def test_a_space_may_part_the_owner_from_the_label_after_it(footer, owner):
    assert footer_owner(f"<html><body><p>正文</p><table><tr>{footer}</tr></table></body></html>") == owner


def _page(footer: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>督导组交办城区环境卫生问题--信阳市创建国家卫生城市专题</title></head>"
            "<body><table><tr><td class='title'>督导组交办城区环境卫生问题</td></tr><tr><td class='content'>"
            "<p>5月8日，市卫生城市复审工作督导组对城区部分小区进行了检查，现将发现的问题交办如下：</p>"
            "<p>1.某小区垃圾桶破损。责任单位：浉河区老城办。</p>"
            "<p>2.某路段积存垃圾。责任单位：平桥区平桥办。</p>"
            "<p>上述责任单位要对存在的问题务必于5月12日前整改完毕。</p>"
            "<p align='right'>市卫生城市复审工作督导组</p></td></tr></table>"
            f"<table><tr>{footer}</tr></table></body></html>").encode("utf-8")


def test_the_footer_places_the_group_signing_by_its_level_alone():
    notice = extract(_page("<td>信阳市爱国卫生运动委员会办公室 主办&nbsp;&nbsp;豫ICP备00000000号</td>"), name="p.html")
    assert notice.issuer == "信阳市卫生城市复审工作督导组"
    assert len(notice.measures) == 2


def test_with_no_place_the_group_signs_as_printed():
    # unlike a government printed by its level alone (区政府 names no body without its place), the group's own
    # words name it: the signature stays as printed (tests/test_closing_signer.py reads the same)
    notice = extract(_page("<td>本站 主办</td>"), name="p.html")
    assert notice.issuer == "市卫生城市复审工作督导组"
