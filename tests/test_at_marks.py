"""A policy mirror's ``@@`` marks set after every word (layout/noise.py ``strip_at_marks``), a store's cut inside the last
item's closing bracket (parse/qmarkbrackets.py ``close_cut_bracket``) and a national letter's recipients group
(placegroups.py): holdout atnoise-guojia-2022-371 (batch 121), which before session 71 gave no row, date, issuer or
table title.  The lines here are written by hand."""
from extractor.engine.extract import extract
from extractor.layout.noise import AT_MARK_MIN_RUNS, strip_at_marks
from extractor.layout.recipients import split_recipients
from extractor.parse.qmarkbrackets import close_cut_bracket

MARK = "\x00table"


def test_a_page_full_of_at_marks_loses_them_and_a_mail_address_keeps_its_one():
    lines = ["各区@@、县@@人民政府@@：", "国家某局@@@@", "2023年@@5月@@8日@@", "联系邮箱：office@example.cn"]
    assert strip_at_marks(lines) == ["各区、县人民政府：", "国家某局", "2023年5月8日", "联系邮箱：office@example.cn"]


def test_a_few_at_marks_are_left_as_printed():
    lines = ["账号：user@@host", "其他文字。"] + ["一行@@"] * (AT_MARK_MIN_RUNS - 2)
    assert strip_at_marks(lines) == lines


def test_a_bracket_the_store_cut_is_closed_after_its_assignment_clause():
    lines = ["（一）推进甲工作。", "（二）推进乙工作。完成丙。（市发改委、市财政局等负责。以下各项均需各区落"]
    assert close_cut_bracket(lines, MARK)[-1] == "（二）推进乙工作。完成丙。（市发改委、市财政局等负责。）"


def test_a_cut_bracket_holding_no_assignment_or_a_closed_one_stays():
    for last in ("（二）推进乙工作（含丙、丁两项", "（二）推进乙工作。（市发改委负责）", "（二）推进乙工作，加快落"):
        lines = ["（一）推进甲工作。", last]
        assert close_cut_bracket(lines, MARK) == lines


def test_a_national_letter_s_provinces_and_the_corps_are_one_recipient():
    assert split_recipients("有关直属机构，各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委，全国工商联") == (
        "有关直属机构", "各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委", "全国工商联")
    assert split_recipients("各省、自治区、直辖市人民政府，国务院各部委") == ("各省、自治区、直辖市人民政府", "国务院各部委")


def test_a_mirror_s_page_cut_inside_its_bracket_gives_its_item():
    text = ("各省@@、自治区@@、直辖市@@人民政府@@：\n现将@@《某某重点任务@@》印发给你们@@，请认真贯彻执行@@。\n"
            "国家某委@@@@\n2023年@@5月@@8日@@\n某某重点任务@@\n一@@、推进甲类工作@@\n"
            "（一@@）完善制度@@。健全有关机制@@，推动工作落实@@。（国家某委@@、财政部@@等负责@@。以下各项均需各省@@级有关部门落")
    notice = extract(text.encode("utf-8"))
    assert notice.date == "2023-05-08" and notice.issuer == "国家某委"
    assert [(m.measure_no, m.text, [r.name for r in m.lead]) for m in notice.measures] == [
        (1, "完善制度。健全有关机制，推动工作落实。", ["国家某委", "财政部"])]
