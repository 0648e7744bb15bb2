"""Duties by subject run into one line with a space where each paragraph broke (``parse/spaceduties.py``), and a page's
text set in a table's only cell (``htmllines._one_text_cell``): holdout commaduty-unplaced, batch 125."""
from lxml import html as lhtml

from extractor.layout.htmllines import LAYOUT_CELL_MIN_SENTENCES, _is_layout_table, _one_text_cell
from extractor.parse.runon import split_run_on
from extractor.parse.spaceduties import space_duty_joints

DUTIES = ("[接上页] 交通部门，负责村级公路建设。 教育部门，负责试点村的义务教育。 水利部门，负责组织饮水安全工程建设。 "
          "旅游部门，指导旅游产业发展。 （七）严格目标考核。领导小组负责考核验收。")


def test_a_run_of_duties_parted_by_spaces_is_cut_into_its_paragraphs():
    assert split_run_on(DUTIES) == ["[接上页]", "交通部门，负责村级公路建设。", "教育部门，负责试点村的义务教育。",
                                    "水利部门，负责组织饮水安全工程建设。", "旅游部门，指导旅游产业发展。",
                                    "（七）严格目标考核。领导小组负责考核验收。"]


def test_two_duties_are_no_run():
    line = "交通部门，负责村级公路建设。 教育部门，负责试点村的义务教育。 今年要加强组织领导。 要按时完成。"
    assert space_duty_joints(line) == set()


def test_a_space_inside_a_sentence_cuts_nothing():
    line = "交通部门负责村级公路 建设。教育部门负责义务 教育。水利部门负责饮水 工程。科技部门负责科技 服务。"
    assert space_duty_joints(line) == set()


def test_a_line_with_no_space_is_left_alone():
    assert space_duty_joints("交通部门负责公路。教育部门负责教育。水利部门负责水利。") == set()


def _table(cell: str):
    return lhtml.fromstring(f"<table><tr><td>{cell}</td></tr><tr><td></td></tr></table>")


def test_a_table_whose_only_text_cell_prints_sentences_frames_the_page():
    cell = "交通部门，负责公路建设。" * LAYOUT_CELL_MIN_SENTENCES
    assert _one_text_cell(_table(cell)) and _is_layout_table(_table(cell))


def test_a_one_cell_menu_or_title_box_stays_a_table():
    assert not _one_text_cell(_table("首页 | 政务公开 | 通知公告"))
    assert not _one_text_cell(_table("交通部门，负责公路建设。" * (LAYOUT_CELL_MIN_SENTENCES - 1)))
    two = lhtml.fromstring("<table><tr><td>甲。乙。丙。</td><td>丁。</td></tr></table>")
    assert not _one_text_cell(two)


def test_a_duty_on_population_work_is_no_post():
    from extractor.parse.unitduties import subject_units
    got = subject_units("人口和计生部门，负责人口和计划生育达标工作。")
    assert got is not None and got.lead == ("人口和计生部门",)
    assert subject_units("人劳部门，负责人员培训和人才引进工作。").lead == ("人劳部门",)


def test_the_person_in_charge_is_still_a_post():
    from extractor.parse.unitduties import subject_units
    assert subject_units("镇党政办公室负责人") is None
    assert subject_units("镇党政办公室负责人，张某某") is None
