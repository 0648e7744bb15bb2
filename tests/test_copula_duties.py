"""Duties named in copula sentences (tests/fixtures/README.md "One matter handed out in copula sentences", batch 88):
a paragraph whose sentences each open by naming units and their role after a copula and go on with the unit's duty
(``X为该议案办理工作的牵头责任单位，负责…。A、B为协办单位，…``) is one task, its text whole, its units those the
sentences name (parse/copuladuty.py; holdout copuladuty-enshi-2012-1)."""
from extractor.engine.extract import extract
from extractor.parse.copuladuty import copula_duties

DUTIES = ("州水利局为该议案办理工作的牵头责任单位，负责拟定办理方案并组织实施。"
          "州财政局、州林业局、来凤县政府为协办单位，各单位要密切配合，共同抓好落实。")


def _rows(page: str):
    notice = extract(page.encode("utf-8"))
    return ([(s.no, s.label, s.title) for s in notice.sections],
            [(m.measure_no, m.section_no, m.text, [r.name for r in m.lead], [r.name for r in m.support])
             for m in notice.measures])


def test_the_copula_sentences_name_the_lead_and_the_supports():
    found = copula_duties(DUTIES)
    assert found is not None and found.lead == ("州水利局",)
    assert found.support == ("州财政局、州林业局、来凤县政府",)


def test_a_paragraph_of_wording_or_a_rule_names_no_units():
    assert copula_duties("牵头单位为排在第一位的单位，其他为配合单位。") is None   # a letter's rule: no unit before 为
    assert copula_duties("要把上述要求落实为具体措施，确保按期完成。") is None
    assert copula_duties("成立议案办理工作领导小组，由副州长任组长。") is None


def test_a_sentence_naming_units_and_nothing_else_is_the_closing_sentence_reading():
    # the text of such an item is the item without the sentence (proseassign._unit_copula_sentence), not the paragraph
    assert copula_duties("市发改委为牵头单位，市财政局为配合单位。") is None


def test_every_sentence_must_open_with_units_named_so():
    assert copula_duties(DUTIES + "同时要加强宣传，及时回应代表关切。") is None


def test_the_point_on_duties_is_one_measure_numbered_as_the_point():
    sections, measures = _rows("关于印发州人大代表议案办理方案的通知\n"
                               "来凤县人民政府，州政府有关部门：\n"
                               "现将《议案办理方案》印发给你们，请认真组织实施。\n"
                               "议案办理方案\n"
                               "一、成立领导小组\n"
                               "成立议案办理工作领导小组，由副州长任组长，领导小组办公室设在州水利局。\n"
                               "二、明确工作责任\n"
                               f"{DUTIES}\n"
                               "三、实行跟踪督办\n"
                               "州政府督查室要把议案办理工作列入督查重点，实行跟踪督查。\n")
    assert sections == [(2, "二、", "明确工作责任")]
    assert measures == [(2, 2, DUTIES, ["州水利局"], ["州财政局", "州林业局", "来凤县政府"])]


def test_a_note_stating_the_notice_s_rule_names_no_units():
    # a note under a table (the generator's bs1295): the conventions' rule, no unit and no duty
    assert copula_duties("注：责任单位中列第一位的单位为牵头单位，其他为配合单位。") is None
    assert copula_duties("责任单位中列第一位的单位为牵头单位，其他单位为配合单位。") is None
