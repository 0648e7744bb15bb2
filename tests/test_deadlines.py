"""A printed deadline as the last day of the period it names (deadlines.py).

Each expected date below was worked out by hand from the wording."""
import pytest

from extractor.parse.deadlines import KINDS, deadline_date, deadline_length

NOTICE = "2015-03-02"


@pytest.mark.parametrize("printed, expected", [
    # a year printed: the period's last day in that year
    ("2016年12月底", ("2016-12-31", "date")),
    ("2016年12月底前", ("2016-12-31", "date")),
    ("2018年10月底前", ("2018-10-31", "date")),
    ("2019年2月底", ("2019-02-28", "date")),
    ("2020年2月底", ("2020-02-29", "date")),          # a leap year
    ("2017年12月", ("2017-12-31", "date")),
    ("2022年6月", ("2022-06-30", "date")),
    ("2009年底", ("2009-12-31", "date")),
    ("2007年底前完成", ("2007-12-31", "date")),
    ("2017年", ("2017-12-31", "date")),
    ("2016年上半年", ("2016-06-30", "date")),
    ("2016年第三季度", ("2016-09-30", "date")),
    ("2016年内", ("2016-12-31", "date")),
    ("2020年6月15日", ("2020-06-15", "date")),
    ("2020年6月中旬", ("2020-06-20", "date")),
    ("2021.6.30", ("2021-06-30", "date")),
    ("２０２０年９月", ("2020-09-30", "date")),       # full-width digits
    ("二○一六年底", ("2016-12-31", "date")),         # ○ (U+25CB) for zero, as old notices print it
    ("2016 年 12 月底", ("2016-12-31", "date")),     # stray spaces
    # a year of two digits before a month (tests/fixtures/README.md "A recurring time in an item's assignment")
    ("23年5月", ("2023-05-31", "date")),
    ("20年6月底前", ("2020-06-30", "date")),
    ("98年6月", ("1998-06-30", "date")),             # from TWO_DIGIT_PIVOT on: the 1900s
    ("2023年5月—24年6月", ("2024-06-30", "date")),
    # several periods: the latest; a month without a year takes the year printed before it
    ("2016年6月底前完成方案，2017年底前全面完成", ("2017-12-31", "date")),
    ("2016年6月底前完成试点，12月底前全面推开", ("2016-12-31", "date")),
    ("2016-2018年", ("2018-12-31", "date")),
    ("“十四五”期间", ("2025-12-31", "date")),        # a named plan period: its last day
    ("2022年9-12月", ("2022-12-31", "date")),       # a span's month word printed once: its last month
    ("9-12月", ("2015-12-31", "notice-year")),
    ("十三五时期", ("2020-12-31", "date")),
    # no year printed: the period in the notice's year
    ("6月底前", ("2015-06-30", "notice-year")),
    ("9月30日前", ("2015-09-30", "notice-year")),
    ("十二月底", ("2015-12-31", "notice-year")),
    ("年内", ("2015-12-31", "notice-year")),
    ("年内完成", ("2015-12-31", "notice-year")),
    ("全年", ("2015-12-31", "notice-year")),
    ("年底前", ("2015-12-31", "notice-year")),
    ("第三季度", ("2015-09-30", "notice-year")),
    ("上半年", ("2015-06-30", "notice-year")),
    ("年内持续推进", ("2015-12-31", "notice-year")),  # a date beside an ongoing word wins
    # no end date
    ("长期", (None, "ongoing")),
    ("长期坚持", (None, "ongoing")),
    ("持续推进", (None, "ongoing")),
    ("常态化", (None, "ongoing")),
    ("長期堅持", (None, "ongoing")),                  # traditional characters, as mirrors print them
    ("每年6月底前", (None, "recurring")),
    ("每季度", (None, "recurring")),
    # not a date: a duration is not the notice year, an impossible day is not a day
    ("三年内完成", (None, "unparsed")),
    ("20年内", (None, "unparsed")),                # two digits with no month: a span of years
    ("用15年时间", (None, "unparsed")),
    ("两个月内", (None, "unparsed")),
    ("2019年2月30日", (None, "unparsed")),
    ("尽快", (None, "unparsed")),
    # nothing printed
    ("", (None, None)),
    ("  ", (None, None)),
    (None, (None, None)),
])
def test_deadline_date(printed, expected):
    assert deadline_date(printed, NOTICE) == expected


def test_without_the_notice_date_only_printed_years_give_a_date():
    assert deadline_date("2016年12月底", None) == ("2016-12-31", "date")
    assert deadline_date("6月底前", None) == (None, "notice-year")
    assert deadline_date("6月底前", "") == (None, "notice-year")


def test_the_year_is_the_notice_s_own():
    assert deadline_date("6月底前", "2021-11-30") == ("2021-06-30", "notice-year")
    assert deadline_date("年内", "2019-01-05") == ("2019-12-31", "notice-year")


def test_every_kind_given_is_listed():
    assert {deadline_date(t, NOTICE)[1] for t in ("2016年", "年内", "长期", "每年", "尽快")} == set(KINDS)


@pytest.mark.parametrize("text,deadline", [
    ("2023年6月—12月企业开办实现一日办结。", "2023年6月—12月"),
    ("2023年4月底前深化审批改革。", "2023年4月底前"),
    ("持续推进二、市场环境", "持续推进"),
    ("2023年6月底前，12月底前完成新建厂房。", "2023年6月底前，12月底前完成"),
    ("年内完成", "年内完成"),
    ("2023年底前，力争", "2023年底前"),       # a join is kept only when a date follows it
    ("企业开办实现一日办结。", ""),
    ("三年内建成", ""),                         # a duration, no date
    ("23年9月，牵头单位：县卫健委", "23年9月"),      # a year of two digits before a month
    ("20年时间建成", ""),                       # two digits with no month: no year
    # a recurring time with the point of its period (deadlines.toml recurring_points): read whole
    ("每季度末；牵头单位：县医保局", "每季度末"),
    ("每月底前加强要素保障。", "每月底前"),        # a label's value run on into the next topic line
    ("每月10日前报送", "每月10日前"),
    ("每月下旬", "每月下旬"),
    ("每年中央财政下达", "每年"),                # 中 opens another word after 每年: no point
    # an ongoing word with a verb of carrying on (deadlines.toml ongoing_verbs): read whole, as 持续推进 is
    ("常态化推进扩大有效投资。", "常态化推进"),    # a label's value run on into the next topic line
    ("常态化开展", "常态化开展"),
    ("长期实施，牵头单位：区财政局", "长期实施"),
    ("常态化管理", "常态化"),                    # no verb of carrying on: the ongoing word alone
    # a span of months printing the month word once (blindsynth session 59): read whole, as 2022年9月-12月 is
    ("2022年9-12月；牵头单位：市发改委", "2022年9-12月"),
    ("2022年9—12月底前完成", "2022年9—12月底前完成"),
    ("2022年9至12月", "2022年9至12月"),
    ("2022年3-5个工作日", "2022年"),              # no month word after the span: a count, no month
    ("2022年9、12月", "2022年"),                  # 、 lists two things, no span
])
def test_deadline_length_is_where_the_deadline_stops(text, deadline):
    assert text[:deadline_length(text)] == deadline


def test_an_ongoing_deadline_label_keeps_the_topic_line_under_it_apart():
    """完成时限：常态化推进 right above an unnumbered topic line closed by a stop (the generator's session-58 stream,
    bs4004): the topic line heads the next items, never the deadline's rest (labelwraps._ends_cut_stage read the
    value as a stage going on past its period 常态化)."""
    from extractor.engine.extract import extract

    lines = ["某区2023年重点工作任务", "", "稳定经济增长。", "1、推进重点项目建设，全年完成投资50亿元。",
             "牵头单位：区发改局", "完成时限：常态化推进", "改善城乡环境。", "2、实施老旧小区改造12个。",
             "牵头单位：区住建局", "完成时限：常态化开展", "保障改善民生。", "3、新增城镇就业2000人。",
             "牵头单位：区人社局", "完成时限：2023年12月底前"]
    n = extract("\n".join(lines).encode("utf-8"), name="t.txt")
    assert [(m.measure_no, m.section_no, m.deadline) for m in n.measures] == [
        (1, 1, "常态化推进"), (2, 2, "常态化开展"), (3, 3, "2023年12月底前")]
    assert [s.title for s in n.sections] == ["稳定经济增长。", "改善城乡环境。", "保障改善民生。"]
