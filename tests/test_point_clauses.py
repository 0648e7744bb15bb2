"""A plan's point that divides the work in clauses, each opening with its units (tests/fixtures/README.md, "A point
that divides the work in clauses, each opening with its units"; holdout dutyclauses-unplaced-2006-2, batch 108:
before, the page gave no measure)."""
from extractor.agencies.registry import default_patterns
from extractor.agencies.units import split_units, tidy_name
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.pointclauses import paragraph_clauses, point_clauses
from extractor.source.decode import decode_bytes

from conftest import make_raw

POINT = ("明确分工，责任到人。市发改委负责编制全市节能规划；市经贸委负责全市工业领域节能；市规划局、市建设局负责建筑领域节能；"
         "市农业局、市林业局等负责本系统、本行业节能；市科技、财政、统计、质量技术监督等部门按照各自职责，协同做好相关工作。"
         "各县（市、区）政府的主要领导是本单位节能工作的第一责任人。")


def test_each_clause_of_a_point_dividing_the_work_is_a_measure_led_by_its_subject():
    found = point_clauses(POINT)
    assert [clause for clause, _ in found] == [
        "市发改委负责编制全市节能规划；", "市经贸委负责全市工业领域节能；", "市规划局、市建设局负责建筑领域节能；",
        "市农业局、市林业局等负责本系统、本行业节能；", "市科技、财政、统计、质量技术监督等部门按照各自职责，协同做好相关工作。"]
    assert [own.lead for _, own in found] == [
        ("市发改委",), ("市经贸委",), ("市规划局、市建设局",), ("市农业局、市林业局",),
        ("市科技、财政、统计、质量技术监督等部门",)]
    assert all(own.support == () for _, own in found)


def test_a_point_whose_name_divides_nothing_is_read_as_before():
    assert point_clauses(POINT.replace("明确分工，责任到人。", "加强领导，统筹协调。")) is None


def test_a_point_whose_clauses_do_not_all_open_with_units_is_read_as_before():
    assert point_clauses("明确分工，责任到人。市发改委负责编制规划；要加快推进节能改造；市经贸委负责工业节能。") is None


def test_two_clauses_are_no_run_of_shares():
    assert point_clauses("明确分工，责任到人。市发改委负责编制规划；市经贸委负责工业节能。") is None


def test_a_run_of_kinds_whose_last_kind_prints_etc_is_one_catch_all_as_printed():
    patterns = default_patterns()
    run = "市科技、财政、统计、质量技术监督等部门"
    assert split_units(run) == (run,)
    assert tidy_name(run, patterns) == run
    assert patterns.is_group(run)


def test_a_list_of_bodies_closed_by_etc_keeps_its_bodies():
    patterns = default_patterns()
    assert split_units("市公安局、市交通局等部门") == ("市公安局", "市交通局等部门")
    assert tidy_name("市交通局等部门", patterns) == "市交通局"


# --- the same clauses in a paragraph with no number (tests/fixtures/README.md "The same clauses in a paragraph with
# no number of its own"; holdout gazclauses-heilongjiang-2003-1, batch 115: before, the page gave no measure) ---

PARAGRAPH = ("依据各部门的职能，委员会对成员单位的职责任务作了具体分工：省甲委员会负责统筹规划与投入；省乙厅负责保障入学权利，"
             "办好各类教育；省丙厅负责组织有关健康等")


def test_each_clause_after_a_paragraphs_opening_sentence_dividing_the_work_is_a_measure():
    found = paragraph_clauses(PARAGRAPH)
    assert [clause for clause, _ in found] == [
        "省甲委员会负责统筹规划与投入；", "省乙厅负责保障入学权利，办好各类教育；", "省丙厅负责组织有关健康等"]
    assert [own.lead for _, own in found] == [("省甲委员会",), ("省乙厅",), ("省丙厅",)]


def test_an_opening_sentence_that_divides_nothing_or_ends_a_sentence_first_is_read_as_before():
    assert paragraph_clauses(PARAGRAPH.replace("职责任务作了具体分工", "工作提出如下要求")) is None
    assert paragraph_clauses("各单位要高度重视。" + PARAGRAPH) is None   # a full stop before the colon
    assert paragraph_clauses(PARAGRAPH.replace("省乙厅负责", "要加快")) is None


def test_the_clauses_of_an_unnumbered_paragraph_share_its_place_as_their_number():
    result = parse_body(locate_content(decode_bytes(make_raw(
        ("第二节 职责分工\n委员会是议事协调机构，其职能有5项。\n" + PARAGRAPH + "\n").encode("utf-8"), path="n.txt"))))
    assert [(m.measure_no, m.text[:5], m.lead_cells) for m in result.measures] == [
        (1, "省甲委员会", ("省甲委员会",)), (1, "省乙厅负责", ("省乙厅",)), (1, "省丙厅负责", ("省丙厅",))]
