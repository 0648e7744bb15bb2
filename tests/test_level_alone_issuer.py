"""A title's issuer printed by its level alone (县人民政府办公室关于…) names no place, so the clues that place a
notice naming no issuer place it too: the doc number's abbreviation the page names (嘉政办发 and the recipients'
嘉鱼经济开发区 -> 嘉鱼县), and the issuer then reads as the county's body standing alone, as its units are named
(嘉鱼县人民政府办公室, not under its city).  Holdout mixsquare-jiayu, batch 60: before, no issuer and the 县 units
unresolved (agencies/noticeplace.py, engine/extract.py ``_placed_issuer``)."""
from __future__ import annotations

from extractor.engine.extract import extract_raw

from conftest import make_raw


def _notice(doc_number: str, recipients: str):
    text = "\n".join([
        doc_number, "县人民政府办公室关于印发2021年重点工作责任分解的通知", recipients,
        "经县人民政府同意，现将2021年重点工作责任分解印发给你们，请认真落实。", "2021年5月12日",
        "2021年重点工作责任分解", "一、主要目标",
        "（一）地方一般公共预算收入增长8%。（牵头单位：县财政局；责任单位：县统计局）",
        "（二）新增城镇就业3000人。（牵头单位：县人社局；责任单位：各镇人民政府）"])
    return extract_raw(make_raw(text.encode("utf-8"), path="n.txt"))


def test_a_level_alone_issuer_is_placed_by_the_abbreviation_the_page_names():
    n = _notice("嘉政办发〔2021〕5号", "各镇人民政府，县政府各部门，嘉鱼经济开发区：")
    assert n.issuer == "嘉鱼县人民政府办公室"
    assert n.measures[0].lead[0].canonical == "嘉鱼县财政局"


def test_with_no_place_named_the_level_alone_issuer_names_none():
    n = _notice("某政办发〔2021〕5号", "各镇人民政府，县政府各部门：")
    assert n.issuer is None
    assert n.measures[0].lead[0].canonical is None
