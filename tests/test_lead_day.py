"""A news item whose lead opens with the day a body issued the plan it names by its book title
(``2月23日，某省人民政府办公厅印发《…方案》``): that day dates the notice, in the year that puts it
within ``LEAD_DAY_MAX_DAYS`` before the page's posting date when the lead prints no year (holdout
runonlead-guangdong; docs/forms.md, the news lead)."""
import pytest

from extractor.layout.dates import lead_date
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw

ITEMS = ("<p>推进数字政府建设，提升政务服务一网通办水平。部门分工：省政务服务数据管理局牵头，省发展改革委等配合。</p>"
         "<p>加快农村公路提档升级。部门分工：省交通运输厅牵头，省财政厅等配合。</p>")


def news_page(lead: str, posted: str = "2023-02-27") -> str:
    return ("<html><head><title>某省印发年度分工方案 - 某某协会</title></head><body>"
            "<div class='nav'>首页 > 新闻中心 > 行业资讯</div><h2>某省印发年度分工方案</h2>"
            f"<div class='info'>发布时间：{posted}　浏览量：12</div>"
            f"<div class='content'><p>{lead}</p>{ITEMS}</div><div class='foot'>版权所有 某某协会</div></body></html>")


def meta_of(html: str):
    return parse_metadata(locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html"))))


PLAN = "《2023年省〈政府工作报告〉工作任务分工方案》"


@pytest.mark.parametrize("opening, posted, iso", [
    ("2月23日，", "2023-02-27", "2023-02-23"),
    ("２月２３日，", "2023-02-27", "2023-02-23"),        # full-width digits
    ("12月28日，", "2023-01-05", "2022-12-28"),        # posted in the next year
    ("2023年2月23日，", "2023-06-30", "2023-02-23"),    # the year printed: no window
])
def test_the_day_a_lead_opens_with_dates_the_notice(opening, posted, iso):
    meta = meta_of(news_page(f"{opening}广东省人民政府办公厅印发{PLAN}，把年度任务逐项分解。", posted))
    assert meta.title == "2023年省〈政府工作报告〉工作任务分工方案"
    assert meta.issuer == "广东省人民政府办公厅"
    assert meta.date == iso


def test_a_lead_without_a_day_leaves_the_notice_undated():
    meta = meta_of(news_page(f"近日，广东省人民政府办公厅印发{PLAN}，把年度任务逐项分解。"))
    assert meta.title == "2023年省〈政府工作报告〉工作任务分工方案"
    assert meta.date is None      # the posting time dates the news item, not the notice


def test_a_day_far_from_the_posting_is_no_date():
    meta = meta_of(news_page(f"2月23日，广东省人民政府办公厅印发{PLAN}。", posted="2023-09-30"))
    assert meta.date is None


@pytest.mark.parametrize("day, shown, iso", [
    ((None, 2, 23), "2023-02-23", "2023-02-23"),
    ((None, 2, 23), "2023-02-22", None),               # after the posting: last year's is too far
    ((None, 2, 30), "2023-03-01", None),               # no such day
    ((None, 2, 23), None, None),                        # no posting date: a month and day alone
    ((2023, 2, 23), None, "2023-02-23"),
])
def test_lead_date(day, shown, iso):
    assert lead_date(day, shown) == iso



@pytest.mark.parametrize("subject", ["潮州", "潮州市"])
def test_a_lead_naming_a_place_alone_titles_the_notice_and_issues_nothing(subject):
    """日前，潮州印发《…实施方案（2019—2020年）》。全文如下：the place stands for its government, whose
    name the page does not print: the quoted plan titles the notice (its period in brackets too), no
    body issues it (holdout verbrule-chaozhou, batch 55: before, the page's headline was the title)."""
    meta = meta_of(news_page(f"日前，{subject}印发《潮州市打赢蓝天保卫战实施方案（2019—2020年）》。全文如下："))
    assert meta.title == "潮州市打赢蓝天保卫战实施方案（2019—2020年）"
    assert meta.issuer is None


def test_a_lead_whose_subject_is_no_place_names_no_notice():
    meta = meta_of(news_page(f"日前，记者印发《潮州市打赢蓝天保卫战实施方案（2019—2020年）》。"))
    assert meta.title == "某省印发年度分工方案"


@pytest.mark.parametrize("follows", ["以下为方案全文：", "以下為方案全文：", "全文如下："])
def test_a_plans_name_under_a_line_announcing_its_full_text_is_the_title(follows):
    """A repost printing `以下为方案全文：` over the plan's name: the name is the document's title, the page's
    headline the news item's (holdout daxiemirror-guizhou, batch 55: before, the headline was the title)."""
    html = ("<html><head><title>某省出台行动方案：推动复工复产提速</title></head><body>"
            "<h1>某省出台行动方案：推动复工复产提速</h1><div class='content'>"
            "<p>方案提出，对受困企业逐户明确包保责任人。</p>"
            f"<p>{follows}</p><p>某省促进复工复产推动经济恢复振兴行动方案</p>"
            "<p>为落实有关要求，制定本方案。</p><p>一、有序推进复工复产</p>"
            "<p>1.成立督查帮扶工作组，协调解决重大问题。（责任单位：省发展改革委）</p>"
            "<p>2.保障重点物资运输畅通。（责任单位：省交通运输厅）</p></div></body></html>")
    meta = meta_of(html)
    assert meta.title == "某省促进复工复产推动经济恢复振兴行动方案"


def test_a_headline_telling_of_no_issue_keeps_the_title_over_an_announced_heading():
    """The heading under `全文如下：` gives way only to a headline that tells of an issue (出台, 印发: a news item's);
    a headline naming a document of its own (…工作情况通报) stays the title."""
    html = ("<html><head><title>某省复工复产工作情况通报</title></head><body>"
            "<h1>某省复工复产工作情况通报</h1><div class='content'>"
            "<p>方案提出，对受困企业逐户明确包保责任人。</p>"
            "<p>全文如下：</p><p>某省促进复工复产推动经济恢复振兴行动方案</p>"
            "<p>为落实有关要求，制定本方案。</p><p>一、有序推进复工复产</p>"
            "<p>1.成立督查帮扶工作组，协调解决重大问题。（责任单位：省发展改革委）</p>"
            "<p>2.保障重点物资运输畅通。（责任单位：省交通运输厅）</p></div></body></html>")
    assert meta_of(html).title == "某省复工复产工作情况通报"


def test_a_lead_publishing_the_plan_openly_names_its_issuer():
    # 公开发布 (batch 122, holdout runpair-danjiangkou): 公开 stands between the body and its verb as 正式 does
    meta = meta_of(news_page(f"2月23日，湖北省丹江口市人民政府公开发布{PLAN}，提出全年目标。"))
    assert meta.title == "2023年省〈政府工作报告〉工作任务分工方案"
    assert meta.issuer == "湖北省丹江口市人民政府"
    assert meta.date == "2023-02-23"
