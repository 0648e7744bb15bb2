"""A news item on an office's list of problems (holdout problist-jingzhou): no letter, a lead opening with the day,
the office and its verb (``9月6日，区创卫办通报…``); the day dates the list, in the year of the day the page was
posted (newslead.read_day_lead, metadata._day_lead_date, infoline.dated_source_day)."""
from extractor.engine.extract import extract
from extractor.layout.newslead import read_day_lead

_LIST = ("<p>具体问题如下：</p><p>1. 区图书馆</p><p>（1）门前非机动车乱停放；</p><p>问题整改责任单位：区文化馆 整改时限：3天</p>"
         "<p>2. 区汽车站</p><p>（1）候车厅地面有垃圾。</p><p>问题整改责任单位：区交通运输局 整改时限：5天</p>")


def _page(lead: str, info: str = "<span>2022-09-07 10:12</span> <span>来源：某某日报</span> <span>编辑：李某</span>") -> bytes:
    return ("<html><head><title>创卫进行时丨问题清单通报</title></head><body><h1>创卫进行时丨问题清单通报</h1>"
            f"<div class=\"info\">{info}</div><div class=\"content\"><p>{lead}</p>{_LIST}</div></body></html>"
            ).encode("utf-8")


def test_the_lead_names_its_day_before_the_office_and_its_verb():
    assert read_day_lead(["9月6日，区创卫办通报近期暗访中发现的问题，要求限期整改。"]) == (None, 9, 6)
    assert read_day_lead(["2022年9月6日，区创卫办交办问题12个。"]) == (2022, 9, 6)
    # no body before the verb, or a verb of no issuing
    assert read_day_lead(["9月6日，记者从有关部门通报中获悉"]) is None
    assert read_day_lead(["9月6日，区创卫办召开推进会"]) is None


def test_the_list_is_dated_by_its_lead_in_the_posting_year():
    notice = extract(_page("9月6日，区创卫办通报近期暗访中发现的问题，要求相关单位限期整改。"))
    assert notice.date == "2022-09-06"
    assert [(m.measure_no, [r.name for r in m.lead], m.deadline) for m in notice.measures] == [
        (1, ["区文化馆"], "3天"), (2, ["区交通运输局"], "5天")]


def test_a_day_the_posting_does_not_place_is_no_date():
    # posted months later: the lead's day is no date of that year's list (dates.LEAD_DAY_MAX_DAYS)
    late = "<span>2022-12-20 10:12</span> <span>来源：某某日报</span> <span>编辑：李某</span>"
    assert extract(_page("9月6日，区创卫办通报近期暗访中发现的问题，要求相关单位限期整改。", late)).date is None
    # a lead opening with no body and verb dates nothing
    assert extract(_page("9月6日，我们走访了城区多个点位，发现不少问题。")).date is None
