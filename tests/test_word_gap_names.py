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
