"""Points run in with a topic's name whose clauses name their bodies as the bare subject of the verb, with no modal
and no role word between (区城市管理部门执行…, 各镇街、工程项目主管部门牵头抓好…, 区城市管理部门按照…): read as a modal's
subject is, in a run of such points only (parse/modalduties.py ``_bare_subject``; docs/parsing.md "Duties whose
subjects are named with 要 or 作为"; holdout subjectpoints-changping-2024-1, batch 129)."""
from extractor.parse.headlines import task_verbs_end
from extractor.parse.modalduties import modal_duty

from test_modal_duties import rows


PAGE = """县建筑垃圾治理工作方案
工作任务涉及以下几个方面：
（一）源头治理。各乡镇、工程项目主管部门牵头抓好建筑垃圾管理，督促施工单位按时清运现场垃圾，执行电子运单制度。
（二）运输企业治理。县城市管理部门执行运输企业的准入条件，督促运输服务单位加强车辆管理。
（三）消纳场所治理。规范消纳场所设置，由属地乡镇作为责任主体申请设置，县城市管理部门按照有关规定从严审批。
（四）暂存点治理。各乡镇执行暂存点设置运行规范，对投放点的看护责任提出明确要求。
（五）违法运输治理。开展联合执法；落实各乡镇轮流牵头开展运输检查。
"""


def test_each_point_is_led_by_its_bare_subjects():
    assert [(no, lead, support) for no, lead, support, _ in rows(PAGE)] == [
        (1, ("各乡镇", "工程项目主管部门"), ()),   # 督促施工单位: the body urged is the verb's object, no unit
        (2, ("县城市管理部门",), ()),               # 执行 after the units: a task's verb
        (3, ("属地乡镇", "县城市管理部门"), ()),    # 由X作为…: X; then a subject before 按照
        (4, ("各乡镇",), ()),                       # a catch-all, read since the kind is a run of such points
        (5, ("各乡镇",), ()),                       # 落实X轮流牵头: a role verb's subject after the task's verb
    ]


def test_two_such_points_are_no_run():
    # one or two points opening with a body are any plan's wording: below MIN_MODAL_POINTS nothing is read
    two = "\n".join(PAGE.splitlines()[:4]) + "\n"
    assert rows(two) == []


def test_a_body_urged_or_a_noun_after_the_units_is_no_subject():
    assert modal_duty("源头治理。督促运输服务单位按时清运现场垃圾。") is None
    assert modal_duty("职责划分。县城市管理部门的职责另行规定。") is None
    assert modal_duty("运输治理。县城市管理部门执行准入条件。").lead == ("县城市管理部门",)
    # a bracket closing the point names its units as brackets do (its own readers), no subject of a clause
    assert modal_duty("建设孵化平台。依托大学科技园建设一批孵化基地。（省科技厅、省教育厅负责）") is None


def test_task_verbs_end():
    assert task_verbs_end("落实各乡镇轮流牵头") == 2
    assert task_verbs_end("加快推进建设") == 4
    assert task_verbs_end("各乡镇执行") == 0


def test_units_leading_in_turns_lose_the_modifier():
    # 轮流 says how the units share the lead, as 分别 does: no part of the last unit's name
    got = rows("县夜市整治方案\n一、主要任务\n1.做好夜间巡查工作。（县公安局、县城管局轮流牵头，各乡镇配合）\n"
               "2.做好卫生保洁工作。（县卫健局牵头）\n")
    assert got[0][1:3] == (("县公安局、县城管局",), ("各乡镇",))
