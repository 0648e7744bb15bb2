"""A unit's heading run into the lead-in under it that names the same unit (parse/unitleadins.py, session 75): holdout
cutleadin-xuzhou's one-line copy, a duty list by unit whose headings ran into their lead-ins and gave no row.  The
lines here are written by hand."""
from extractor.engine.extract import extract
from extractor.parse.unitleadins import unit_lead_in_joints

LINES = ["某市2025年为民办实事项目责任分解", "某市教育局", "按照职责分工，某市教育局重点抓好以下工作：",
         "1、新建改扩建中小学和幼儿园15所。", "2、改造学校食堂40个。", "某市民政局", "2025年，某市民政局要全力以赴完成以下工作：",
         "1、新建社区助餐点60个。", "2、完成适老化改造800户。"]


def _rows(text: str):
    return [(m.measure_no, m.text, [r.name for r in m.lead]) for m in extract(text.encode("utf-8")).measures]


def test_the_heading_is_cut_off_the_words_before_it_and_its_lead_in():
    line = "2、改造学校食堂40个。某市民政局2025年，某市民政局要全力以赴完成以下工作："
    at = line.index("某市民政局")
    assert unit_lead_in_joints(line) == {at, at + len("某市民政局")}
    title = "某市2025年为民办实事项目责任分解某市教育局按照职责分工，某市教育局重点抓好以下工作："
    at = title.index("某市教育局")
    assert unit_lead_in_joints(title) == {at, at + len("某市教育局")}


def test_the_one_line_copy_reads_as_the_copy_with_its_breaks():
    with_breaks = _rows("\n".join(LINES) + "\n")
    assert [(n, lead) for n, _, lead in with_breaks] == [(1, ["某市教育局"]), (2, ["某市教育局"]),
                                                         (1, ["某市民政局"]), (2, ["某市民政局"])]
    assert _rows("".join(LINES) + "\n") == with_breaks


def test_a_lead_in_naming_no_unit_twice_or_closing_no_colon_cuts_nothing():
    assert unit_lead_in_joints("2、改造学校食堂40个。某市民政局要全力以赴完成以下工作：") == set()   # named once
    assert unit_lead_in_joints("某市民政局负责养老服务，某市民政局负责救助工作。") == set()   # no colon closes it
    assert unit_lead_in_joints("做好宣传工作，做好宣传工作：") == set()   # a repeated clause that names no unit
