"""A Word copy's gaps between the runs of one name: a federation's name broken before its last character stays in its
label's list (``联合 会`` is no verb), a wrapped name's spaced rest goes on its label line, and a catch-all group after
a gap is a name of its own (blindsynth session 57 seeds 4815, 3297, 3619; holdouts wordgaps-mianzhu, spacedgroup-shifeng)."""
from extractor.agencies.namegaps import close_broken_names
from extractor.agencies.registry import default_patterns
from extractor.parse.assign import parse_labels
from extractor.parse.labels import verb_re
from extractor.parse.labelwraps import continues_label


def test_a_federation_broken_before_its_last_character_is_no_verb():
    assert verb_re("role_hint").search("市妇女联合 会") is None
    assert verb_re("role_hint").search("市残疾人联合\u3000会") is None
    assert verb_re("role_hint").search("联合 开展执法检查") is not None
    found = parse_labels("配合部門：區財政局，區應急管理局，柳州市柳南區婦女聯合 會", "labelled")
    assert found is not None and found.support == ("區財政局，區應急管理局，柳州市柳南區婦女聯合 會",)
    assert not found.extra


def test_a_wrapped_names_spaced_rest_goes_on_its_label_line():
    assert continues_label(["配合单位：市财政局、市应急管理局、孝德镇人民"], "政 府")
    assert continues_label(["配合单位：市财政局、市应急管理局、孝德镇人民"], "政府")
    assert not continues_label(["配合单位：市财政局、市应急管理局"], "完成 时限")


def test_a_catch_all_group_after_a_gap_is_a_name_of_its_own():
    patterns = default_patterns()
    assert close_broken_names("区应急管理局\u3000区科协\u3000属地街道", patterns) == "区应急管理局\u3000区科协\u3000属地街道"
    assert close_broken_names("区财政局 区科协 相关街道", patterns) == "区财政局 区科协 相关街道"
    assert close_broken_names("伏羲 山管委 会", patterns) == "伏羲山管委会"   # a broken name is still closed


def test_a_level_word_alone_before_its_list_mark_after_a_gap_opens_a_level_phrase():
    """A cell parting its names by spaces whose last name is a level phrase over one kind of department (``市民政局　市、
    县（市、区）人力资源社会保障部门``): the lone 市 before its 、 opens the phrase, no one-character rest of the name
    before the gap, and the cell splits into the name and ONE catch-all (blindsynth session 63 cause 3, bs008, bs660;
    holdout levelcell-zhenjiang: before, 市民政局市 and 县（市、区）… were read)."""
    from extractor.agencies.units import split_units
    patterns = default_patterns()
    for cell in ("市民政局\u3000市、县（市、区）人力资源社会保障部门", "市公安局 市、縣（區）自然资源主管部门",
                 "农业农村厅 省、市、县自然资源主管部门"):
        assert close_broken_names(cell, patterns) == cell
    assert split_units("市民政局\u3000市、县（市、区）人力资源社会保障部门") == ("市民政局", "市、县（市、区）人力资源社会保障部门")
    assert close_broken_names("资源规划 局、市财政局", patterns) == "资源规划局、市财政局"   # a lone character before 、 but no level word
