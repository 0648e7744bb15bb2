"""The scorer itself: what counts as right, and how a miss is reported."""
from pathlib import Path
from types import SimpleNamespace

from extractor.evaluate import Case, Score, _score_agencies, _score_measures, format_report, ratio
from extractor.models import AgencyRef, Measure


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
