"""One vocabulary per role: the table header reader and the label reader know the same words."""
import pytest

from extractor.parse.assign import parse_labels
from extractor.parse.labels import label_role
from extractor.parse.roles import OTHER, header_roles, label_roles
from extractor.parse.tableheader import role_of

SHARED = ("lead", "support", "responsible", "deadline", "leader", OTHER)


@pytest.mark.parametrize("role", SHARED)
def test_both_readers_know_every_word_of_a_shared_role(role):
    # the header's own words of a unit role (相关单位: [header_roles] header_support) come after them all
    shared = header_roles()[role][:len(label_roles()[role])]
    assert shared == label_roles()[role]
    assert all(label_role(w) is None and role_of(w) == role for w in header_roles()[role][len(shared):])
    for word in shared:
        assert label_role(word) == role
        assert role_of(word) == role


def test_words_once_known_to_one_reader_only():
    # a header knew 时间节点 but a label did not; a label knew 牵头责任部门 but a header did not
    assert role_of("牵头责任部门") == "lead"
    found = parse_labels("牵头责任部门：市发改局；时间节点：2024年底前", "labelled")
    assert found.lead == ("市发改局",)
    assert found.deadline == "2024年底前"


def test_roles_of_one_reader_only_stay_there():
    assert "division" not in header_roles() and role_of("任务分工") is None
    assert "measure" not in label_roles() and label_role("工作任务") is None


def test_a_unit_word_is_known_with_either_noun():
    """Notices print 单位 and 部门 interchangeably in these words: the vocabulary lists one and
    both readers know the other (协同责任单位 is listed, 协同责任部门 is not)."""
    assert "协同责任部门" in label_roles()["support"] and role_of("协同责任部门") == "support"
    assert role_of("主责单位") == "lead" and label_role("落实部门") == "responsible"
    assert "责任主体" in label_roles()["responsible"] and "责任主部门" not in label_roles()["responsible"]


def test_a_town_or_a_department_names_its_offices_in_the_labels():
    """A town's notice names its 科室 (offices) and a bureau's its 处室 / 股室 in the same words the
    city prints with 单位: 配合科室 supports as 配合单位 does, and beside it 责任科室 leads."""
    found = parse_labels("责任科室：社会事务办；配合科室：财政所、各村（社区）；完成时间：6月底前", "labelled")
    assert (found.lead, found.support) == (("社会事务办",), ("财政所、各村（社区）",))
    found = parse_labels("牵头处室：规划处；配合处室：财务处、法规处", "labelled")
    assert (found.lead, found.support) == (("规划处",), ("财务处、法规处",))
    found = parse_labels("责任股室：项目股；协办股室：财务股", "labelled")
    assert (found.lead, found.support) == (("项目股",), ("财务股",))
    assert role_of("配合科室") == "support" and role_of("牵头处室") == "lead" and role_of("责任股室") == "responsible"


def test_a_supervision_list_dates_its_items_by_when_they_close():
    """督办 lists and ledgers print 办结时间 / 完成日期 / 截止时间 where a plan prints 完成时限:
    the label line and the table header read them as the deadline (办结时限 and 整改时限 were
    read already, through the word 时限 they end in)."""
    for word in ("办结时间", "完成日期", "截止时间"):
        found = parse_labels(f"牵头单位：县住建局；配合单位：县财政局；{word}：2023年9月30日前", "labelled")
        assert (found.lead, found.deadline) == (("县住建局",), "2023年9月30日前"), word
        assert role_of(word) == "deadline" and label_role(word) == "deadline"


def test_a_main_duty_unit_is_paired_with_a_shared_duty_unit():
    """Some 贵州 and 四川 plans name the roles 主责单位 (lead, known) and 协责单位 (support): the
    second was unknown, so its line was glued to the lead's value as one more unit."""
    found = parse_labels("主责单位：县水务局；协责单位：县财政局、各乡镇；完成时限：2022年10月底", "labelled")
    assert (found.lead, found.support, found.deadline) == (("县水务局",), ("县财政局、各乡镇",), "2022年10月底")
    assert role_of("协责单位") == "support" and role_of("协责部门") == "support"


def test_a_taking_part_unit_supports_and_its_label_may_follow_a_space():
    """A national 部门分工 list prints `（牵头单位：X 参加单位：A、B）`: 参加单位 (the units taking part) was
    unknown, so the second label and its units were read as names of the lead's list (holdout
    spacelabel-guojia).  Known, it is a label, and the space before it ends the lead's value."""
    found = parse_labels("牵头单位：能源局 参加单位：发展改革委、国资委", "inline-label")
    assert (found.lead, found.support) == (("能源局",), ("发展改革委、国资委",))
    assert role_of("参加单位") == "support" and role_of("参加部门") == "support"


def test_the_main_ones_of_a_role_hold_that_role():
    """主要 before a lead or support word (主要协作单位, 主要配合部门, 主要牵头单位) keeps its role: the label is
    found whole, and its 主要 is no piece of the label line over it (灵璧's 牵头责任单位 / 主要协作单位 lines,
    holdout labelpage-lingbi: before, only 协作单位 was found and the lead list read 县卫健委主要)."""
    assert role_of("主要协作单位") == "support" and role_of("主要配合部门") == "support"
    assert role_of("主要牵头单位") == "lead" and role_of("主要责任单位") == "lead"
    assert label_role("主要协作单位") == "support"
    found = parse_labels("牵头责任单位：县卫健委、县民政局 主要协作单位：各乡镇人民政府、县政府有关部门", "labelled")
    assert (found.lead, found.support) == (("县卫健委、县民政局",), ("各乡镇人民政府、县政府有关部门",))


def test_a_joint_check_list_names_its_initiating_department_the_lead():
    # 发起部门 | 配合部门 in a 双随机、一公开 抽查事项清单 (holdout inspectpipe-unplaced, batch 114)
    assert role_of("发起部门") == "lead"
    assert role_of("發起部門") == "lead"
    found = parse_labels("发起部门：市卫生健康委员会；配合部门：市教育局", "labelled")
    assert found.lead == ("市卫生健康委员会",)
    assert found.support == ("市教育局",)


def test_xu_alone_names_the_number_column_only_as_a_whole_cell():
    """序 for 序号 (序 | 重点任务 | 具体举措 | 责任单位: holdout taskgroup-unplaced, batch 124), as a whole cell only:
    the words holding it (秩序, 程序, 序时进度) name no number column."""
    assert role_of("序") == "number"
    assert role_of("秩序") is None and role_of("程序") is None
