"""An institution's report item naming the office it sets to work as its verb's object (parse/directive.py).

tests/fixtures/README.md "A school's rectification report whose items name the office the school sets to work";
holdout schoolreport-shangzhou-2018-1 (batch 120, real70b): before, such items gave no rows.
"""
from extractor.parse.deadlines import deadline_date
from extractor.parse.directive import directive_item
from extractor.parse.inline import split_assignment


def test_the_office_after_the_directive_verb_leads():
    found = directive_item("学校要求总务处抓紧更换老化灯管，使教室亮度达标，保证2018年7月底完成整改；")
    assert found is not None and found.lead == ("总务处",) and found.support == () and found.form == "prose"
    assert found.deadline == "2018年7月底"


def test_the_deadline_is_the_date_without_its_verb_and_the_gaps_closed():
    found = directive_item("学校要求总务处改造厕所，使卫生条件符合标准 2018 年 10 月低，完成整改任务；")
    assert found is not None and found.deadline == "2018年10月低"


def test_a_slip_of_low_for_end_after_a_month_reads_as_the_months_end():
    assert deadline_date("2018年7月低") == ("2018-07-31", "date")


def test_a_hospital_and_a_company_direct_their_offices_too():
    assert directive_item("医院责成医务科于2020年6月底前完成。").lead == ("医务科",)
    assert directive_item("公司要求人力资源部重新编写岗位说明书。").lead == ("人力资源部",)


def test_the_longest_office_is_read():
    assert directive_item("学校要求各处室认真落实整改任务。").lead == ("各处室",)


def test_an_urged_outside_party_is_no_unit_the_office_of_a_later_clause_leads():
    found = directive_item("学校督促操场施工单位加快施工，总务处同步选购体育器材，确保2018年9月底安装到位；")
    assert found is not None and found.lead == ("总务处",) and found.deadline == "2018年9月底"


def test_wording_gives_nothing():
    assert directive_item("学校要求全体师生积极参与。") is None
    assert directive_item("学校督促全体教师认真备课。") is None
    assert directive_item("要求各单位认真落实。") is None   # no institution's word for itself
    assert directive_item("市政府要求市财政局加强监管。") is None   # a government's sentence: not an institution's


def test_the_paragraph_keeps_its_whole_text():
    text = "学校要求总务处抓紧改造浴室，增加淋浴设施，保证2018年8月底完成整改。"
    rest, found = split_assignment(text)
    assert rest == text and found is not None and found.lead == ("总务处",)


def test_a_copy_with_ascii_marks_and_full_width_digits_reads_alike():
    found = directive_item("学校督促操场施工单位加快施工,总务处同步选购体育器材,确保２０１８年９月低安装到位;")
    assert found is not None and found.lead == ("总务处",) and found.deadline == "２０１８年９月低"
