"""The scorer itself: what counts as right, and how a miss is reported."""
from pathlib import Path
from types import SimpleNamespace

from extractor.evaluate import Case, Score, _score_agencies, _score_measures, _score_sections, format_report, ratio
from extractor.models import AgencyRef, Measure, Section


def _case(measures, agencies=None, form="labelled"):
    expected = {"form": form, "measures": measures, "agencies": agencies or {}}
    return Case(name="x.txt", path=Path("x.txt"), form=form, expected=expected)


def _m(no, text, lead, form="labelled"):
    return Measure(seq=no, section_no=None, measure_no=no, text=text, form=form,
                   lead=tuple(AgencyRef(name=n, agency_id=None, canonical=None) for n in lead))


def _want(no, text, lead, **more):
    return {"measure_no": no, "section_no": None, "text": text, "lead": lead, "support": [],
            "deadline": None, **more}


def test_nothing_to_score_is_not_measured_never_100_percent():
    assert ratio(0, 0) == "not measured"
    assert ratio(3, 4) == "75% (3/4)"
    table = format_report({"all": Score(cases=1)})
    assert "not measured" in table and "100%" not in table


def test_a_miss_names_the_measure_and_the_field():
    case = _case([_want(1, "甲。", ["市发改委"]), _want(2, "乙。", ["市财政局"])])
    score = Score()
    _score_measures(case, (_m(1, "甲。", ["市发改委"]), _m(2, "乙。", ["市税务局"])), score)
    assert (score.measures_right, score.measures_total) == (1, 2)
    assert [str(m) for m in score.mismatches] == [
        "x.txt: measure 2 (no. 2): lead: expected ['市财政局'], got ['市税务局']"]


def test_one_measure_may_expect_its_own_form():
    case = _case([_want(1, "甲。", ["县发改局"], form="html-table"), _want(2, "乙。", ["县财政局"])])
    score = Score()
    _score_measures(case, (_m(1, "甲。", ["县发改局"], form="html-table"), _m(2, "乙。", ["县财政局"])), score)
    assert score.measures_right == 2, [str(m) for m in score.mismatches]
    score = Score()
    _score_measures(case, (_m(1, "甲。", ["县发改局"]), _m(2, "乙。", ["县财政局"])), score)
    assert score.measures_right == 1 and score.mismatches[0].field == "form"


def test_agency_map_null_means_a_group_and_unresolved_means_no_match():
    refs = (AgencyRef(name="市发改委", agency_id="a", canonical="绵阳市发展和改革委员会", match="derived"),
            AgencyRef(name="相关部门", agency_id=None, canonical=None, match="group", kind="group"),
            AgencyRef(name="区国投公司", agency_id="u1", canonical=None),
            AgencyRef(name="各镇街", agency_id="u2", canonical=None))
    notice = SimpleNamespace(city="绵阳市", measures=(Measure(seq=1, section_no=None, measure_no=1, text="甲",
                                                           lead=refs[:1], support=refs[1:]),))
    agencies = {"市发改委": "绵阳市发展和改革委员会", "相关部门": None, "区国投公司": "unresolved",
                "各镇街": None, "市财政局": "绵阳市财政局"}
    score = Score()
    _score_agencies(_case([], agencies), notice, score)
    assert (score.agencies_right, score.agencies_total) == (3, 5)
    assert {m.where for m in score.mismatches} == {"agency 各镇街", "agency 市财政局"}
    # coverage counts the specific names (not the groups): 市发改委 resolved; 区国投公司
    # and 市财政局 (not printed) did not
    tally = score.agency_cities["绵阳市"]
    assert (tally.specific, tally.resolved, tally.right, tally.total) == (3, 1, 3, 5)
    assert dict(tally.rules) == {"derived": 1, "unresolved": 1}


def _sect(no, label, title):
    return Section(no=no, label=label, title=title)


def _sections_case(sections):
    return Case(name="x.txt", path=Path("x.txt"), form="labelled",
                expected={"form": "labelled", "measures": [], "sections": sections})


def _score_sections_of(expected, got):
    score = Score()
    _score_sections(_sections_case(expected), SimpleNamespace(sections=tuple(got)), score)
    return score


_TWO = [{"no": 2, "label": "二、", "title": "主要任务"}, {"no": 3, "label": "三、", "title": "保障措施（2项）"}]


def test_sections_are_right_when_the_lists_are_equal():
    score = _score_sections_of(_TWO, [_sect(2, "二、", "主要任务"), _sect(3, "三、", "保障措施（2项）")])
    assert (score.meta_right["sections"], score.meta_total["sections"]) == (1, 1)
    assert score.mismatches == []


def test_a_wrong_section_title_names_the_section_as_expected_and_as_got():
    score = _score_sections_of(_TWO, [_sect(2, "二、", "主要任务"), _sect(3, "三、", "保障措施")])
    assert (score.meta_right["sections"], score.meta_total["sections"]) == (0, 1)
    assert [str(m) for m in score.mismatches] == [
        "x.txt: sections: expected [(3, '三、', '保障措施（2项）')], got [(3, '三、', '保障措施')]"]


def test_a_missing_section_and_an_extra_section_are_misses():
    missing = _score_sections_of(_TWO, [_sect(2, "二、", "主要任务")])
    assert missing.meta_right["sections"] == 0
    assert [str(m) for m in missing.mismatches] == [
        "x.txt: sections: expected [(3, '三、', '保障措施（2项）')], got []"]
    extra = _score_sections_of(_TWO[:1], [_sect(2, "二、", "主要任务"), _sect(3, "三、", "保障措施（2项）")])
    assert extra.meta_right["sections"] == 0
    assert [str(m) for m in extra.mismatches] == [
        "x.txt: sections: expected [], got [(3, '三、', '保障措施（2项）')]"]


def test_no_label_printed_is_null_and_not_an_empty_label():
    want = [{"no": 1, "label": None, "title": "组织技能培训"}]
    assert _score_sections_of(want, [_sect(1, None, "组织技能培训")]).meta_right["sections"] == 1
    assert _score_sections_of(want, [_sect(1, "", "组织技能培训")]).meta_right["sections"] == 0


def test_the_same_sections_in_another_order_are_wrong_and_listed_whole():
    score = _score_sections_of(_TWO, [_sect(3, "三、", "保障措施（2项）"), _sect(2, "二、", "主要任务")])
    assert score.meta_right["sections"] == 0
    assert score.mismatches[0].expected == [(2, "二、", "主要任务"), (3, "三、", "保障措施（2项）")]


def test_a_fixture_without_sections_is_not_scored_on_them():
    score = Score()
    case = Case(name="x.txt", path=Path("x.txt"), form="labelled", expected={"form": "labelled", "measures": []})
    _score_sections(case, SimpleNamespace(sections=(_sect(1, "一、", "甲"),)), score)
    assert score.meta_total["sections"] == 0 and score.mismatches == []


def test_the_report_prints_sections_as_a_column():
    score = _score_sections_of(_TWO, [_sect(2, "二、", "主要任务")])
    header, _, row, *_ = format_report({"all": score}).splitlines()
    assert header.split(" | ")[-2:] == ["sections", "agencies"]
    assert row.split(" | ")[-2] == "0%"
