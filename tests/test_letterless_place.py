"""Pages that print no letter (a city portal's column page, a department site's repost of a news
item, a mirror in traditional characters): where their date, issuer, title, table title and place
come from, and what is no part of them (the site's name, an image's file name, a portal box's label)."""
import pytest

from extractor import extract
from extractor.agencies.registry import detect_city
from extractor.agencies.resolve import load_resolver
from extractor.layout.infoline import is_info_line
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.layout.noise import is_noise_line
from extractor.layout.siteowner import located_site_owner
from extractor.source.decode import decode_bytes

from conftest import make_raw

ITEMS = ("<p>1.新建城市排水管网20公里，完成老旧管网改造。（牵头单位：市水务局）</p>"
         "<p>进展情况：已完成管网铺设12公里。</p>"
         "<p>2.建成两座污水处理厂提标改造工程。（牵头单位：市城管局、市水务局）</p>"
         "<p>进展情况：一座已完成主体施工。</p>")


def column_page(title_tag: str, heading: str, info: str, body: str) -> str:
    return (f"<html><head><title>{title_tag}</title></head><body><div class='top'>欢迎访问本网站</div>"
            f"<div class='crumbs'>当前位置：首页 &gt; 政务督查</div><div class='article'>"
            f"<div class='bt'>{heading}</div><div class='xx'>{info}</div><div id='zoom'>{body}</div></div>"
            "<div class='footer'>主办单位：本站</div></body></html>")


def located(html: str):
    return locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html")))


def meta_of(html: str):
    return parse_metadata(located(html))


REPORT_HEADING = "2019年重点民生工程一季度进展情况"
REPORT_BODY = (f"<p style='text-align:center'><strong>{REPORT_HEADING}</strong></p>"
               "<p>今年以来，各牵头单位按计划推进重点民生工程，现将进展情况通报如下。</p>"
               f"<p><strong>一、进展顺利的2项</strong></p>{ITEMS}")


def report_page(info: str = "<span>日期：2019-04-12</span>&nbsp;&nbsp;<span>来源： 市政府办公室</span>",
                site: str = "洛阳市人民政府") -> str:
    return column_page(f"{REPORT_HEADING} {site}", REPORT_HEADING, info, REPORT_BODY)


def test_a_portal_info_line_labelled_date_alone_dates_a_letterless_page():
    m = meta_of(report_page())
    assert m.date == "2019-04-12"
    # the line names its source without a place (市政府办公室): no issuer, as in a news lead
    assert m.issuer is None


def test_a_placed_source_on_the_same_line_still_issues_the_page():
    m = meta_of(report_page("<span>日期：2019-04-12</span>&nbsp;<span>来源：洛阳市水务局</span>"))
    assert (m.issuer, m.date) == ("洛阳市水务局", "2019-04-12")


def test_the_site_owners_name_after_a_space_in_the_title_tag_is_no_part_of_the_title():
    loc = located(column_page(f"{REPORT_HEADING} 洛阳市人民政府", "", "", REPORT_BODY))
    assert (loc.page_title, located_site_owner(loc)) == (REPORT_HEADING, "洛阳市人民政府")
    # a last word that is no body's name stays in the title
    loc = located(column_page("2021年度重点工作 补充说明", "", "", REPORT_BODY))
    assert (loc.page_title, located_site_owner(loc)) == ("2021年度重点工作 补充说明", None)


def test_a_column_between_the_title_and_the_sites_name_is_no_part_of_the_title():
    """``…的通知 - 政策法规 - 某网`` (stopbracket-tianjin-2006-1's repost site): the column's name after the
    notice's kind goes with the site's name; a last piece after a title not ending in a document's kind, or
    one holding digits, is the title's own."""
    notice = "某市人民政府关于落实规划纲要主要目标和任务工作分工的通知"
    loc = located(column_page(f"{notice} - 政策法规 - 智策网", "", "", REPORT_BODY))
    assert loc.page_title == notice
    loc = located(column_page("2021年度重点工作 - 补充说明 - 智策网", "", "", REPORT_BODY))
    assert loc.page_title == "2021年度重点工作 - 补充说明"
    loc = located(column_page("某市行动方案-2025年 - 智策网", "", "", REPORT_BODY))
    assert loc.page_title == "某市行动方案-2025年"
    # no site's name after it: the dash's last piece stays (nothing says it is a column)
    loc = located(column_page(f"{notice} - 政策法规", "", "", REPORT_BODY))
    assert loc.page_title == f"{notice} - 政策法规"


def test_a_site_named_in_its_own_piece_of_the_title_tag_is_the_owner():
    loc = located(column_page(f"{REPORT_HEADING}_政务督查_洛阳市人民政府门户网站", "", "", REPORT_BODY))
    assert (loc.page_title, located_site_owner(loc)) == (REPORT_HEADING, "洛阳市人民政府")


def test_a_progress_reports_own_heading_over_its_items_is_no_table_title():
    m = meta_of(report_page())
    assert m.title == REPORT_HEADING and m.table_title is None


def test_a_lists_heading_over_its_items_is_still_the_table_title():
    heading = "2019年重点民生工程任务清单"
    page = column_page(heading, heading, "<span>发布时间：2019-04-12</span><span>来源：洛阳市水务局</span>",
                       f"<p><strong>{heading}</strong></p><p><strong>一、城市建设</strong></p>{ITEMS}")
    assert meta_of(page).table_title == heading


def test_a_page_with_no_letter_is_placed_by_the_body_whose_site_serves_it():
    notice = extract(report_page().encode("utf-8"), name="p.html")
    assert notice.city == "洛阳市"
    assert notice.measures[0].lead[0].canonical == "洛阳市水务局"



DISTRICT_ITEMS = ("<p>1.新建社区养老服务站3个。（牵头单位：区民政局）</p>"
                  "<p>2.完成老旧小区改造5个。（牵头单位：区住建局）</p>")


def footer_page(footer: str) -> str:
    """A district portal's page whose <title> is the list's title alone (no site's name beside
    it), no letter, a 来源 without its place, and the site's footer under the text."""
    return ("<html><head><title>2024年区民生实事项目分解</title></head><body>"
            "<div class='top'>某区人民政府门户网站</div><div class='article'><div class='bt'>2024年区民生实事项目分解</div>"
            "<div class='xx'>发布日期：2024-03-01 09:00:00　来源：区府办</div>"
            f"<div id='zoom'><p>一、民生保障</p>{DISTRICT_ITEMS}</div></div>"
            f"<div class='footer'>{footer}</div></body></html>")


def test_a_page_whose_title_tag_names_no_site_is_placed_by_the_owner_its_footer_names():
    loc = located(footer_page("主办：洛阳市涧西区人民政府办公室　承办：涧西区大数据中心　网站标识码：4103050001"))
    assert located_site_owner(loc) == "洛阳市涧西区人民政府办公室"
    notice = extract(footer_page("主办单位：洛阳市涧西区人民政府办公室<br>备案号：豫ICP备00000000号").encode("utf-8"),
                     name="p.html")
    assert notice.city == "洛阳市涧西区"
    assert notice.measures[0].lead[0].canonical == "洛阳市涧西区民政局"


def test_a_footer_stating_its_copyright_with_a_colon_names_the_sites_owner():
    """`版权所有：<body>` labels the owner as `主办：` does (a district portal's footer as a content
    mirror keeps it; holdout qtrprog-yueyanglou-2018-4): the page's 区 units are that district's."""
    notice = extract(footer_page("版权所有：洛阳市涧西区人民政府 &nbsp; 豫ICP备00000000号").encode("utf-8"),
                     name="p.html")
    assert notice.city == "洛阳市涧西区"
    assert notice.measures[1].lead[0].canonical == "洛阳市涧西区住房和城乡建设局"


@pytest.mark.parametrize("footer", ["主办单位：本站", "主办：博文网络科技有限公司　版权所有", "承办：洛阳市涧西区人民政府办公室",
                                    "主办单位：本站　联系电话：0379-00000000",
                                    "版权所有：博文网络科技有限公司",
                                    "Copyright &copy; 2016 baogaosu.com 报告速 版权所有"])
def test_a_footer_naming_no_body_with_a_place_as_its_owner_places_nothing(footer):
    """The look-alikes: a footer naming no body (本站), a company of no place, a body under another
    label than 主办 (承办 runs the site for the owner), 版权所有 with no colon naming anything after it."""
    notice = extract(footer_page(footer).encode("utf-8"), name="p.html")
    assert notice.city is None


@pytest.mark.parametrize("signer, city", [
    ("王城路街道办事处", None),                         # the street alone: the district's site places nothing
    ("洛阳市西工区王城路街道办事处", "洛阳市西工区"),   # its signature's own district (session 42), not the site
])
def test_a_letter_signed_by_a_street_office_is_not_placed_by_its_districts_site(signer, city):
    body = ("<p>关于印发王城路街道2021年重点工作任务的通知</p><p>各社区：</p><p>现将重点工作印发给你们，请认真落实。</p>"
            f"<p>{signer}</p><p>2021年3月2日</p>"
            "<p>1.完成老旧小区改造两个。（牵头单位：应急办）</p>")
    page = column_page("关于印发王城路街道2021年重点工作任务的通知 - 洛阳市西工区人民政府", "", "", body)
    notice = extract(page.encode("utf-8"), name="p.html")
    assert notice.issuer == signer
    assert notice.city == city
    assert notice.measures[0].lead[0].canonical is None      # the street's own office, no district's


def test_a_mirrors_traditional_info_line_is_dropped_and_is_no_recipients_line():
    page = column_page("關于重點項目推進情況的督查通報_本地頻道", "關于重點項目推進情況的督查通報",
                       "時間：2016-03-02 08:10:11 &nbsp;來源：某某日報 &nbsp;點擊：<script>count()</script>",
                       "<p>3月1日，市督查辦對重點項目進行了督查，現將結果通報如下：</p>"
                       "<p>1.濱河公園項目，要求3月底完成綠化。責任單位：西工區。</p>"
                       "<p>洛陽市重點項目建設指揮部</p><p>2016年3月2日</p>")
    loc = located(page)
    assert not any(line.startswith("時間") for line in loc.lines)
    m = parse_metadata(loc)
    assert m.recipients == ()
    assert (m.issuer, m.date) == ("洛陽市重點項目建設指揮部", "2016-03-02")


def test_a_label_ending_a_longer_label_is_no_info_label():
    assert is_info_line("日期：2020-06-30 来源：洛阳市水务局")
    assert not is_info_line("完成日期：2020-06-30 来源：洛阳市水务局")   # 完成日期 is an item's label
    assert not is_info_line("请点击：下载附件 来源：洛阳市水务局")


def test_an_image_file_name_printed_as_a_paragraph_is_page_noise():
    assert is_noise_line("640.webp.jpg") and is_noise_line("IMG_0412.JPG") and is_noise_line("微信图片_20220301.png")
    assert not is_noise_line("1.推进图片库建设。") and not is_noise_line("1.上报 效果图.jpg 两张")


REPOST_HEADING = "头条！洛阳公布2022年民生实事项目"
LIST_TITLE = "2022年民生实事项目清单"


def repost_page(lead: str) -> str:
    body = (f"<p>640.webp.jpg</p><p>{lead}</p><p><strong>{LIST_TITLE}</strong></p>"
            "<p><strong>一、城市建设</strong></p><p>1.新建城市排水管网20公里。</p><p>牵头单位：市水务局</p>"
            "<p>配合单位：市财政局</p><p>2.建成两座污水处理厂。</p><p>牵头单位：市城管局</p>")
    return column_page(REPOST_HEADING, REPOST_HEADING, "<span>时间：2022-02-10 09:00</span><span>来源：洛阳发布</span>",
                       body)


def test_a_lead_naming_the_notice_by_its_kind_alone_issues_it_and_leaves_it_untitled():
    m = meta_of(repost_page(f"近日，洛阳市人民政府办公室印发通知，公布《{LIST_TITLE}》。一起来看。"))
    assert (m.title, m.issuer, m.table_title) == (None, "洛阳市人民政府办公室", LIST_TITLE)


def test_a_lead_naming_an_unplaced_issuer_leaves_the_headline_as_before():
    m = meta_of(repost_page(f"近日，市政府办公室印发通知，公布《{LIST_TITLE}》。"))
    assert (m.title, m.issuer, m.table_title) == (REPOST_HEADING, None, LIST_TITLE)


def test_an_ad_hoc_office_signing_gives_the_notice_its_place():
    assert detect_city("洛阳市“三城联创”活动办公室") == "洛阳市"
    assert detect_city("洛阳市西工区防汛抗旱指挥部") == "洛阳市西工区"
    # a street's office is no body of the district its name opens with
    assert detect_city("洛阳市西工区王城路街道党政办公室") is None


def test_a_district_or_county_printed_alone_is_its_government():
    resolver = load_resolver()
    names = {n: resolver.resolve(n, city="洛阳市").canonical for n in ("西工区", "澗西區", "嵩县")}
    assert names == {"西工区": "洛阳市西工区人民政府", "澗西區": "洛阳市涧西区人民政府", "嵩县": "嵩县人民政府"}


def test_a_place_alone_the_gazetteer_does_not_list_under_the_city_names_no_government():
    resolver = load_resolver()
    assert resolver.resolve("鼓楼区", city="洛阳市").canonical is None     # 南京's, 福州's …: none of 洛阳's
    assert resolver.resolve("高新区", city="洛阳市").canonical != "洛阳市高新区人民政府"
    assert resolver.resolve("西工区", city=None).canonical is None         # which city's?


def test_a_portal_boxs_label_over_the_title_is_no_recipients_line():
    letter = ("<p>政策解读：</p><p>《洛阳市重点工作分工方案》解读</p>"
              "<p>洛阳市人民政府关于印发重点工作分工方案的通知</p><p>洛政〔2022〕5号</p>"
              "<p>各县区人民政府，市直各单位：</p><p>现将方案印发给你们，请认真贯彻落实。</p>"
              "<p>洛阳市人民政府</p><p>2022年3月1日</p>")
    assert meta_of(column_page("通知", "", "", letter)).recipients == ("各县区人民政府", "市直各单位")
    # with no title over it, the first such line is still the recipients line
    plain = "<p>各县区人民政府：</p><p>现将方案印发给你们，请认真贯彻落实。</p><p>洛阳市人民政府</p><p>2022年3月1日</p>"
    assert meta_of(column_page("通知", "", "", plain)).recipients == ("各县区人民政府",)


@pytest.mark.parametrize("name", [
    "烟台市人民政府门户网站", "烟台市人民政府网", "三水区政府公众网", "政务督查", "某县日报", "某市人民政府门户",
    "臨江市人民政府門戶網站", "臨江市人民政府網", "網", "门户网站", "某市生态环境局首页", "",
])
def test_a_site_owner_is_the_name_the_endings_taken_off_one_at_a_time_leave(name):
    """``site_owner`` converts the name once a round and sorts the endings once: the answer is the
    one converting it for every ending asked gives."""
    from extractor.hanzi import simplified
    from extractor.layout.pagetitle import _is_body_name, site_owner
    from extractor.text import vocab

    site_ends = tuple(vocab()["html"]["site_name_ends"])
    left = name
    while (end := next((e for e in sorted(site_ends, key=len, reverse=True)
                        if simplified(left).endswith(e) and len(left) > len(e)), None)):
        left = left[:-len(end)]
    assert site_owner(name, site_ends) == (left if _is_body_name(left) else None)


@pytest.mark.parametrize("title_tag, owner", [
    (f"{REPORT_HEADING} 洛阳市人民政府", "洛阳市人民政府"),
    (f"{REPORT_HEADING}_政务督查_洛阳市人民政府门户网站", "洛阳市人民政府"),
    (f"{REPORT_HEADING}-臨江市人民政府網", "臨江市人民政府"),
    (f"{REPORT_HEADING}_政务督查_三水区政府公众网", None),
    ("2021年度重点工作 补充说明", None),
    (f"{REPORT_HEADING}_某县日报_某市生态环境局首页", "某市生态环境局"),   # the first piece names no body
    (f"洛阳市人民政府 {REPORT_HEADING}_某县日报_某市生态环境局首页", "洛阳市人民政府"),
    (f"{REPORT_HEADING}|政务督查", None),
])
def test_the_site_owner_read_when_asked_is_the_first_name_beside_the_title_that_names_a_body(title_tag, owner):
    """``siteowner.located_site_owner`` reads the names beside the title (``site_pieces``) the page
    was located with: the first body's name among them, as asking each piece while the title was read gave
    (the footer here names none: 主办单位：本站)."""
    from extractor.layout.pagetitle import site_owner
    from extractor.text import vocab

    site_ends = tuple(vocab()["html"]["site_name_ends"])
    loc = located(column_page(title_tag, "", "", REPORT_BODY))
    assert loc.page_title == (REPORT_HEADING if REPORT_HEADING in title_tag else title_tag)
    assert located_site_owner(loc) == owner
    assert owner == next((o for o in map(lambda p: site_owner(p, site_ends), loc.site_pieces) if o), None)


def test_a_page_that_is_no_web_page_has_no_site():
    loc = locate_content(decode_bytes(make_raw("一、重点工作\n1. 推进某某工作。（责任单位：市发改委）\n".encode(), path="p.txt")))
    assert loc.site_pieces is None and located_site_owner(loc) is None


@pytest.mark.parametrize("heading,title", [
    # a spam mirror prints its own name after the title in the heading and the <title> alike
    ("某市人民政府关于2021年重点工作及责任分解的通知-某某网络平台", "某市人民政府关于2021年重点工作及责任分解的通知"),
    # what follows a title's dash and names a document, or holds a digit, is the title's own
    ("某市行动方案-2025年", "某市行动方案-2025年"),
    ("关于印发某方案的通知-实施方案", "关于印发某方案的通知-实施方案"),
])
def test_a_sites_name_a_dash_puts_after_the_heading_is_no_part_of_the_title(heading, title):
    """spamtitle-luan-2021-1: ``…的通知-<site>``, the title ending in its kind, the name after the dash short,
    with no digit or punctuation, naming no document (``pagetitle.without_dashed_name``)."""
    html = (f"<html><head><title>{heading}</title></head><body><h1>{heading}</h1>"
            "<p>各县区人民政府，市政府各部门：</p><p>现将有关事项通知如下。</p>"
            "<p>1.地区生产总值增长8%。</p><p>牵头责任单位：市发改委。</p></body></html>")
    assert parse_metadata(located(html)).title == title


OPINION_BODY = ("<p>为进一步优化营商环境，现提出如下实施意见。</p><p>一、持续减少审批事项</p>"
                "<p>1.深化商事制度改革。推行证照合一。（市市场监管局牵头负责）</p>"
                "<p>2.精简投资审批。编制核准目录。（市发展改革委牵头负责）</p>")


@pytest.mark.parametrize("heading,table_title", [
    # a body and 关于: the notice's title by its issuer, subject and kind, no list's name (holdout runinsub-chizhou)
    ("某市人民政府关于创优营商环境的实施意见(某政〔2017〕101号)", None),
    ("某市人民政府办公室关于创优营商环境的实施方案", None),
    # a place and 关于: the list's name (tocwidget-yantian)
    ("某市某区关于持续优化营商环境的若干措施", "某市某区关于持续优化营商环境的若干措施"),
])
def test_a_heading_naming_its_issuer_and_关于_names_no_list(heading, table_title):
    m = meta_of(column_page(f"{heading}_某市人民政府", heading, "来源：某市人民政府网", OPINION_BODY))
    assert m.table_title == table_title


def test_a_law_databases_reading_page_and_its_table_of_contents_name_no_notice():
    # a law database's page opening at its items (正文阅览 as its <title>, an empty 目录 box over the text: holdout
    # tocitems-unplaced): neither names the notice or its list
    html = ("<html><head><title>正文阅览</title></head><body><div class='crumbs'>首页 &gt; 法律法规 &gt; 正文阅览</div>"
            "<div class='toc'><div>目录</div><ul></ul></div><div class='fulltext'>"
            "<p>1.实行医疗联合体网格化管理。推动组建医疗联合体。(市卫生计生委、市人力社保局负责，排在第一位的为牵头部门，下同)</p>"
            "<p>2.明确医疗机构功能定位。推动慢性病诊治下沉基层。(市卫生计生委负责)</p></div></body></html>")
    m = meta_of(html)
    assert (m.title, m.table_title) == (None, None)
