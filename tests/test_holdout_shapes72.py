"""Four shapes the holdout printed that gave wrong rows (session 72, fix72b), each read by a general rule, and the
neighbouring shapes each rule must leave alone:

- a run-in name closed by a stop over a 由 clause that opens the task (``（一）县级抓统筹。由A、B牵头，成立…``:
  namedfirst.name_then_leading; holdout twoduelabels-county-2023-2);
- a part's undertaking sentence, its target's label and the target as three paragraphs (undertaking.py; holdout
  chengbanparas-unplaced-2015-1);
- a project heading closed by a stop over a ``工作内容：`` line and its ``责任单位：`` line (labelled._prints_sentence, the
  heading's number the measure's; holdout workcontent-suzhouah-2006-2);
- a closing bracket cut after a complete clause and the next clause's units (cutclause.py; holdout
  cutclause-liupanshui-2022-1).
"""
from extractor.engine.extract import extract
from extractor.parse.assign import Assignment
from extractor.parse.cutclause import with_cut_clause
from extractor.parse.labelled import _prints_sentence
from extractor.parse.namedfirst import name_then_leading
from extractor.parse.proseassign import split_leading
from extractor.parse.undertaking import join_undertakings, target_label, undertaking_sentence


def _rows(text: str):
    notice = extract(text.encode("utf-8"))
    labels = {s.no: s.label for s in notice.sections}
    return [(m.measure_no, labels.get(m.section_no), m.text, [a.name for a in m.lead], [a.name for a in m.support])
            for m in notice.measures]


# -- a run-in name over a 由 clause ---------------------------------------------------------------------------------

def test_a_short_name_closed_by_a_stop_then_a_leading_clause_is_assigned_by_it():
    text, found = name_then_leading("县级抓统筹。由县农业农村局、县委宣传部牵头，成立工作专班，统筹推进。", split_leading)
    assert text == "县级抓统筹。成立工作专班，统筹推进。"
    assert found.lead == ("县农业农村局、县委宣传部",)


def test_a_first_sentence_of_wording_or_no_unit_clause_is_no_name():
    # a sentence too long for a name, with a clause mark: wording, not the item's name
    assert name_then_leading("各乡镇要加强组织领导，明确责任。由县农业农村局牵头，成立工作专班。", split_leading) is None
    # a second sentence opening with 由 but naming no unit
    assert name_then_leading("县级抓统筹。由此可见，工作专班很重要，要抓紧成立。", split_leading) is None
    # a unit opening the second sentence as its subject is not read here
    assert name_then_leading("县级抓统筹。县农业农村局要牵头成立工作专班。", split_leading) is None


def test_the_point_under_a_part_heading_gives_its_row():
    rows = _rows("某县乡风文明建设实施方案\n六、加强组织领导\n（一）县级抓统筹。由县农业农村局、县委宣传部牵头，"
                 "成立工作专班，专班办公室设在县农业农村局。\n")
    assert rows == [(1, "六、", "县级抓统筹。成立工作专班，专班办公室设在县农业农村局。",
                     ["县农业农村局", "县委宣传部"], [])]


# -- an undertaking sentence, a label and a target as three paragraphs --------------------------------------------

PARAS = ["一、治理畜牧业产品污染", "由乡三农服务中心承办，乡畜牧站、卫生院配合。", "治理工作目标：",
         "全乡生猪定点屠宰率达到100%；猪肉抽检合格率达到98%。"]


def test_the_three_paragraphs_are_joined_as_one():
    assert join_undertakings(PARAS) == [PARAS[0], "".join(PARAS[1:])]


def test_only_an_undertaking_sentence_a_short_label_and_wording_are_joined():
    assert undertaking_sentence(PARAS[1])
    assert not undertaking_sentence("由乡三农服务中心承办，乡畜牧站配合。加强检查。")   # two sentences
    assert not undertaking_sentence("由于时间紧，任务重，各单位要抓紧。")                # no unit
    assert target_label("治理工作目标：") and not target_label("责任单位：")
    assert not target_label("为做好本项工作，特制定如下主要措施：")                     # a lead-in sentence
    # a lead-in over numbered items: the items stay items
    lines = [PARAS[1], "主要措施：", "（一）由乡畜牧站负责，加强检查。"]
    assert join_undertakings(lines) == lines


def test_the_part_gives_one_row_led_and_supported_by_the_sentence():
    rows = _rows("某乡2015年度工作方案\n\n" + "\n\n".join(PARAS) + "\n")
    assert rows == [(1, "一、", "治理工作目标：全乡生猪定点屠宰率达到100%；猪肉抽检合格率达到98%。",
                     ["乡三农服务中心"], ["乡畜牧站", "卫生院"])]


# -- a project heading closed by a stop over 工作内容： and 责任单位： ----------------------------------------------------

def test_a_project_name_closed_by_one_stop_prints_no_sentence():
    assert not _prints_sentence("小街巷、小绿地建设工程。")
    assert not _prints_sentence("新建400个公共充电桩项目")
    assert _prints_sentence("各单位要提高认识，加强领导。")
    assert _prints_sentence("加强组织领导。")                     # a verb phrase closed by a stop: a sentence
    assert _prints_sentence("完成改造。推进验收")
    assert _prints_sentence("各街道办事处要在今年年底以前全部完成小街巷绿化建设工程。")   # longer than a name


def test_project_headings_hold_their_work_line_numbered_as_printed():
    rows = _rows("某市绿化工程实施方案\n（七）小街巷、小绿地建设工程。\n工作内容：每个街道今年绿化小街巷两条。\n"
                 "责任单位：市文明办，市林业局\n（八）单位庭院绿化建设工程。\n工作内容：单位绿地率不低于25%。\n"
                 "责任单位：市园林处。\n")
    assert rows == [(7, "（七）", "每个街道今年绿化小街巷两条。", ["市文明办", "市林业局"], []),
                    (8, "（八）", "单位绿地率不低于25%。", ["市园林处"], [])]


# -- a bracket cut after a complete clause and the next one's units -------------------------------------------------

CUT = "市工信局、市发改委等按职责分工负责，各县（区）人民政府"


def test_the_cut_clauses_units_support():
    found = with_cut_clause(CUT, Assignment(lead=("市工信局、市发改委", "各县（区）人民政府"), form="inline-verb"))
    assert found.lead == ("市工信局、市发改委",)
    assert found.support == ("各县（区）人民政府",)


def test_a_bracket_with_no_cut_clause_is_left_as_read():
    whole = Assignment(lead=("市工信局",), support=("市发改委",), form="inline-verb")
    assert with_cut_clause("市工信局牵头，市发改委配合", whole) is whole
    one = Assignment(lead=("市工信局、市发改委",), form="inline-verb")
    assert with_cut_clause("市工信局、市发改委", one) is one


def test_an_item_whose_bracket_the_copy_cut_keeps_the_places_as_support():
    rows = _rows("某市节能减排实施方案\n1.推进重点行业超低排放改造，完成改造项目10个。（市工信局、市发改委等按职责分工负责，"
                 "各县（区）人民政府\n")
    assert rows[0][3:] == (["市工信局", "市发改委"], ["各县（区）人民政府"])


def test_a_heading_closed_by_one_stop_is_a_phrase_heading():
    from extractor.parse.partheads import is_phrase_heading
    assert is_phrase_heading("重点行业绿色升级工程。")
    assert is_phrase_heading("重点行业绿色升级工程")
    assert not is_phrase_heading("加强组织领导。")              # a verb phrase closed by a stop: a sentence
    assert not is_phrase_heading("推进改造。完成验收。")
    assert not is_phrase_heading("各地要按照要求加强组织领导；")


def test_a_heading_closed_by_a_stop_over_its_task_is_its_section():
    rows = _rows("二、实施节能减排重点工程\n（一）重点行业绿色升级工程。\n推进钢铁行业超低排放改造，培育一批标杆企业。"
                 "（市工信局、市发改委等按职责分工负责，各县（区）人民政府\n")
    assert rows == [(1, "（一）", "推进钢铁行业超低排放改造，培育一批标杆企业。", ["市工信局", "市发改委"],
                     ["各县（区）人民政府"])]


def test_a_project_heading_run_on_into_its_paragraph_is_cut_off_it_in_a_one_line_copy():
    from extractor.parse.runon import split_run_on
    text = ("二、实施节能减排重点工程（一）重点行业绿色升级工程。推进钢铁行业超低排放改造，培育一批标杆企业。"
            "（市工信局、市发改委等按职责分工负责，各县（区）人民政府")
    assert split_run_on(text) == ["二、实施节能减排重点工程", "（一）重点行业绿色升级工程。",
                                  "推进钢铁行业超低排放改造，培育一批标杆企业。（市工信局、市发改委等按职责分工负责，各县（区）人民政府"]


def test_a_verb_phrase_closed_by_a_stop_is_no_heading_cut_in_a_one_line_copy():
    from extractor.parse.runon import headed_paragraph_joints
    assert headed_paragraph_joints(["（一）加强组织领导。各地要建立工作专班，按月调度。（省政府办公厅负责）"]) == {}
    assert headed_paragraph_joints(["（一）重点行业绿色升级工程。推进钢铁行业改造。（市工信局负责）"]) == {0: {14}}
