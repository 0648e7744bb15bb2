"""A list of duties by subject whose lines name a second body (tests/fixtures/README.md "A duty line whose subject is
to cooperate with a body named after the verb"; page 3 of a 西宁 煤烟型污染治理 document on a law site's split copy,
holdout subjectlines-xining-undated-3, batch 113: 3/11 before).  ``10、市城管执法局要配合市、区环保部门开展联合执法`` is
led by the body after 配合, its subject supporting; ``8、市民政局牵头，与区级政府共同做好…`` keeps its line whole, 区级政府
supporting; ``9、A及B对…要高度重视`` names its subject before 对 (``[verbs] subject_followers``); and the list's last line
under the next heading (``4、西宁晚报社、西宁电视台要开设专栏…``) is its own duty, no bracket glued to the steps above
it (``foldsteps.part_glued_bracket``)."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.topicduties import line_duty
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parsed(lines):
    return parse_body(locate_content(decode_bytes(make_raw("\n".join(lines).encode("utf-8"), path="n.txt"))))


def test_a_subject_to_cooperate_supports_the_body_after_the_verb():
    found = line_duty("市城管执法局要配合市、区环保部门开展联合执法，查处冒黑烟行为。")
    assert (found.lead, found.support) == (("市、区环保部门",), ("市城管执法局",))


def test_a_body_between_yu_and_gongtong_supports_the_subject():
    found = line_duty("市民政局牵头，与区级政府共同做好驻军的治理工作。")
    assert (found.lead, found.support) == (("市民政局",), ("区级政府",))


LINES = ["5、市发改委、市经委负责做好气源调度。", "6、市经委要加强煤炭经营管理。", "7、市质监局要严把锅炉质量关。",
         "8、市民政局牵头，与区级政府共同做好驻军的治理工作。", "9、市政府各部门及各工业园区管委会对所属单位的治理要高度重视。",
         "10、市城管执法局要配合市、区环保部门开展联合执法。", "（三）加强宣传监督", "1、通过媒体广泛宣传清洁能源。",
         "2、鼓励群众举报冒黑烟现象。", "3、西宁晚报社、西宁电视台要开设专栏。"]


def test_each_line_of_the_list_is_its_subjects_duty_whole():
    result = parsed(LINES)
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in result.measures] == [
        (5, "市发改委、市经委负责做好气源调度。", ("市发改委、市经委",), ()),
        (6, "市经委要加强煤炭经营管理。", ("市经委",), ()),
        (7, "市质监局要严把锅炉质量关。", ("市质监局",), ()),
        (8, "市民政局牵头，与区级政府共同做好驻军的治理工作。", ("市民政局",), ("区级政府",)),
        (9, "市政府各部门及各工业园区管委会对所属单位的治理要高度重视。", ("市政府各部门、各工业园区管委会",), ()),
        (10, "市城管执法局要配合市、区环保部门开展联合执法。", ("市、区环保部门",), ("市城管执法局",)),
        (3, "西宁晚报社、西宁电视台要开设专栏。", ("西宁晚报社、西宁电视台",), ())]
