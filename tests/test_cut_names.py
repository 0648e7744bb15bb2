"""A label's value cut inside a bracket its last name opened, and a document site's note that it left the opening out
(holdout threelabels-unplaced, batch 125)."""
from extractor.layout.noise import without_elisions
from extractor.parse.assign import parse_labels
from extractor.parse.unitvalue import without_cut_name


def test_a_name_cut_inside_its_own_bracket_is_no_unit():
    got = parse_labels("牵头单位：市爱卫办；配合单位：市爱卫会各成员单位；责任单位：各镇（", "inline-label")
    assert got.lead == ("市爱卫办",) and got.support == ("市爱卫会各成员单位",)


def test_the_whole_names_before_the_cut_stay():
    assert without_cut_name("县甲局、县乙局、各镇（区") == "县甲局、县乙局"
    assert without_cut_name("各镇（") == ""


def test_a_value_whose_brackets_close_is_left_alone():
    for value in ("各县（市、区）政府、县乙局", "市甲局（市乙办）", "县甲局"):
        assert without_cut_name(value) == value


def test_a_document_sites_opening_note_is_dropped_and_the_heading_stays():
    lines = ["市某某工作实施方案", "……（开头部分已省略924字）", "2.做好某项工作。（牵头单位：市甲局）"]
    assert without_elisions(lines) == ["市某某工作实施方案", "2.做好某项工作。（牵头单位：市甲局）"]


def test_a_sentence_saying_something_was_left_out_stays():
    lines = ["市某某方案", "会议纪要中省略了具体数字的部分由办公室补齐。", "1.做好某项工作。"]
    assert without_elisions(lines) == lines


def test_a_note_run_into_one_line_is_cut_out_and_dropped():
    from extractor.layout.cleanlines import clean_text_lines
    line = ("市某某工作实施方案……（开头部分已省略924字）2.做好某项工作，加强宣传发动，广泛动员群众参与，持续增强群众健康意识。"
            "（牵头单位：市甲局）3.做好另一项工作，加强健康细胞建设，引导群众养成良好的卫生习惯和健康生活方式。（牵头单位：市乙局）")
    got = clean_text_lines([line])
    assert got[0] == "市某某工作实施方案" and not any("省略" in g for g in got)
    assert any(g.startswith("2.做好某项工作") for g in got)


def test_a_number_alone_on_its_line_ends_what_the_note_hides():
    lines = ["市某某方案", "……（开头部分已省略924字）", "2.", "做好某项工作。（牵头单位：市甲局）"]
    assert without_elisions(lines) == ["市某某方案", "2.", "做好某项工作。（牵头单位：市甲局）"]
