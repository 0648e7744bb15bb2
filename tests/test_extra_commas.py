"""A mirror's extra comma set right before another mark (layout/noise.py ``strip_extra_commas``): holdout
colonglosses-chongqing-2022-1 (batch 132), a glossed mirror of 重庆's 托育 职责 list whose every duty kept the commas
before session 74.  The lines here are written by hand."""
from extractor.engine.extract import extract
from extractor.layout.noise import EXTRA_COMMA_MIN_RUNS, strip_extra_commas


def test_a_page_full_of_extra_commas_loses_them_and_keeps_its_own():
    lines = ["市甲局：负责规划，，支持建设，、推动落实，。", "市乙局：负责培养，，加强建设，。配合做好服务，，提供指导，。"]
    assert strip_extra_commas(lines) == ["市甲局：负责规划，支持建设、推动落实。", "市乙局：负责培养，加强建设。配合做好服务，提供指导。"]


def test_a_slip_or_two_is_left_as_printed():
    lines = ["市甲局：负责规划，，支持建设。"] + ["市乙局：负责培养，，加强建设。"] * (EXTRA_COMMA_MIN_RUNS - 2)
    assert strip_extra_commas(lines) == lines


def test_a_comma_between_words_stays():
    lines = ["一、甲，乙，丙。"] * EXTRA_COMMA_MIN_RUNS
    assert strip_extra_commas(lines) == lines


def test_a_mirror_s_duty_lines_read_without_the_commas():
    text = ("某市托育服务部门职责分工方案\n为推动托育服务发展，，现将部门职责明确如下：\n"
            "市发展改革委：负责将托育服务纳入规划，，支持机构建设，，扶持示范机构。配合落实扶持政策，。指导服务收费，。\n"
            "市教委：负责人才培养，，指导院校建设相关专业，。")
    notice = extract(text.encode("utf-8"))
    assert [(m.text, [r.name for r in m.lead]) for m in notice.measures] == [
        ("负责将托育服务纳入规划，支持机构建设，扶持示范机构。配合落实扶持政策。指导服务收费。", ["市发展改革委"]),
        ("负责人才培养，指导院校建设相关专业。", ["市教委"])]


def test_a_letterless_heading_over_unit_lines_names_the_list():
    """The heading over a preamble and unnumbered ``<unit>：`` duty lines names the list, as over an outline
    (layout/tabletitle.py ``_opens_unit_lines``); one such line under a letter's text heads nothing."""
    text = ("某市托育服务部门职责分工方案\n为推动托育服务发展，现将部门职责明确如下：\n"
            "市发展改革委：负责将托育服务纳入规划，支持机构建设。\n市教委：负责人才培养，指导院校建设相关专业。")
    notice = extract(text.encode("utf-8"))
    assert (notice.title, notice.table_title) == ("某市托育服务部门职责分工方案", "某市托育服务部门职责分工方案")
    one = "某市托育服务工作安排\n为推动托育服务发展，现将有关事项安排如下。\n市发展改革委：负责将托育服务纳入规划，支持机构建设。"
    assert extract(one.encode("utf-8")).table_title is None
