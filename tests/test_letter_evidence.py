"""What a letter's own lines say when pieces of it are missing or mangled (holdout batches 31-32):
a letterless page's heading with no end word is not run on into its preamble, and its information
line's body issues it, not the site's name over the heading; an unnumbered letter no name signs is
issued by that line's body and dated by a signature printed as digits alone; a page template's
<title> naming only the site's column is no title; a plan's heading wrapped before 责任分解方案 is
joined; a mis-decoded note line neither heads nor joins the plan's title; and in a one-line copy,
附件 run into a title opening with a numeral keeps the numeral the letter's title names."""
import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.parse.runon import split_run_on
from extractor.source.decode import decode_bytes
from extractor.text import is_garbled

from conftest import make_raw


def meta_of(page: str, path="n.html"):
    return parse_metadata(locate_content(decode_bytes(make_raw(page.encode("utf-8"), path=path))))


LETTERLESS = """<html><head><meta charset="utf-8"><title>丁市丙区关于扶持小微企业发展的若干措施--政府文件</title></head><body>
<div class="site-head"><span class="site-name">丁市丙区人民政府</span></div>
<div class="detail">
<h3>丁市丙区关于扶持小微企业发展的若干措施</h3>
<div class="info"><span>来源：丙区工业和信息化局</span><span>发布时间：2023-05-10</span></div>
<div class="TRS_Editor">
{preamble}<p>　　<strong>一、降低经营成本</strong></p>
<p>　　（一）减免租金。对入驻孵化载体的小微企业减免首年租金。（责任单位：区工业和信息化局、区财政局）</p>
<p>　　（二）缓缴社保。对困难企业按规定缓缴社会保险费。（责任单位：区人力资源局）</p>
<p>　　<strong>二、优化金融服务</strong></p>
<p>　　（三）扩大首贷。引导银行机构扩大小微企业首贷规模。（责任单位：区金融服务中心）</p>
</div></div></body></html>"""


@pytest.mark.parametrize("preamble", [
    "<p>　　为帮助小微企业渡过难关，结合本区实际，提出以下措施。</p>\n",
    "",     # no preamble: the first heading stands right under the title
])
def test_letterless_heading_is_not_run_on_and_its_source_issues_it(preamble):
    meta = meta_of(LETTERLESS.format(preamble=preamble))
    assert meta.title == "丁市丙区关于扶持小微企业发展的若干措施"
    assert meta.issuer == "丙区工业和信息化局"      # not the site's name over the heading
    assert meta.date == "2023-05-10"


UNSIGNED = """<html><head><meta charset="utf-8"><title>关于印发《戊市教育局2024年工作要点》的通知_戊市教育局</title></head><body>
<div class="article"><h1>关于印发《戊市教育局2024年工作要点》的通知</h1>
<div class="newsinfo">发布时间：{posted} 09:30　信息来源：戊市教育局　阅读次数：12</div>
<div class="content">
<p>各县区教育局，各直属学校，机关各科室：</p>
{number}<p>现将《戊市教育局2024年工作要点》印发给你们，请结合实际抓好落实。</p>
<p>&nbsp;</p>
<p style="text-align:right">{signed}</p>
<p>&nbsp;</p>
<p style="text-align:center"><strong>戊市教育局2024年工作要点</strong></p>
<p>&nbsp;</p>
<p><strong>一、加强队伍建设</strong></p>
<p>1.开展教师培训。组织全员轮训一次。（责任科室：教师工作科）</p>
<p>2.选派骨干支教。选派骨干教师到乡村学校支教。（责任科室：人事科、教师工作科）</p>
</div></div></body></html>"""


@pytest.mark.parametrize("signed,posted,date", [
    ("2024415", "2024-04-16", "2024-04-15"),     # 4-15 only: 41-5 is no date
    ("20240415", "2024-04-16", "2024-04-15"),
    ("2024111", "2024-01-12", None),             # 1-11 or 11-1: not read
    ("20250113", "2025-01-15", "2025-01-13"),    # a month of two digits: 01-13, never 11-3
    ("20241103", "2024-11-05", "2024-11-03"),
    ("2024415", "2024-09-30", None),             # far from the posting: a number, no date
])
def test_unsigned_letter_dated_by_digits_alone_and_issued_by_its_source(signed, posted, date):
    meta = meta_of(UNSIGNED.format(signed=signed, posted=posted, number=""))
    assert meta.date == date
    assert meta.issuer == "戊市教育局"
    if date:
        assert meta.table_title == "戊市教育局2024年工作要点"


def test_a_traditional_mirrors_posting_label_checks_the_digits_alone():
    page = (UNSIGNED.format(signed="2024415", posted="2024-04-16", number="")
            .replace("发布时间", "發布時間").replace("信息来源", "信息來源").replace("阅读次数", "閱讀次數"))
    assert meta_of(page).date == "2024-04-15"


def test_numbered_unsigned_letter_takes_no_issuer_from_the_source_line():
    page = UNSIGNED.format(signed="2024415", posted="2024-04-16", number="<p>戊教〔2024〕3号</p>\n")
    assert meta_of(page).issuer is None


REPOST = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="news-body">
<p>各区人民政府，市人民政府各部门：</p>
<p>《2022年市〈政府工作报告〉重点任务责任分解方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。</p>
<p>己市人民政府办公厅</p>
<p>2022年2月10日</p>
<p style="text-align:center"><strong>2022年市《政府工作报告》重点任务</strong></p>
<p style="text-align:center"><strong>责任分解方案</strong></p>
<p><strong>一、稳定经济增长</strong></p>
<p>（一）地区生产总值增长6%。（牵头单位：市发改委；责任单位：市统计局）</p>
<p>（二）固定资产投资增长8%。（牵头单位：市发改委；责任单位：市住建局）</p>
</div></body></html>"""


@pytest.mark.parametrize("title,expected", [
    ("新闻详情-行业资讯", None),      # the template's column and kind of page name no notice
    ("文章详情", None),
    ("己市2022年重点任务责任分解方案", "己市2022年重点任务责任分解方案"),
    # a law database's page of a split text, its page's number after it, and the database's name as a search engine;
    # a site's policy column over its kind of page (batch 108: colonpage-guangzhou, runbrackets-wuhu)
    ("法律法规全文（第3页）_法律法规_法律搜索", None),
    ("政策法规_详情", None),
    ("己市2022年重点任务责任分解方案_法律法规_法律搜索", "己市2022年重点任务责任分解方案"),
    # a news channel and its column by subject (batch 111: thiswork-guowuyuan-2017-1, a glossed mirror's <title>)
    ("兩會新聞_兩會頻道", None),
    ("两会新闻_两会频道", None),
    ("己市2017年政府工作报告量化指标任务分工_两会频道", "己市2017年政府工作报告量化指标任务分工"),
])
def test_template_title_is_no_title_and_a_wrapped_plan_heading_joins(title, expected):
    meta = meta_of(REPOST.format(title=title))
    assert meta.title == expected
    assert meta.table_title == "2022年市《政府工作报告》重点任务责任分解方案"


MOJIBAKE = """<html><head><meta charset="utf-8"><title>庚市人民政府辦公廳關於印發優化營商環境工作方案的通知</title></head><body>
<div class="content">
<p>庚市人民政府辦公廳關於印發優化營商環境工作方案的通知</p>
<p>各區、縣人民政府，市人民政府各工作部門：</p>
<p>《庚市優化營商環境工作方案》已經市政府同意，現印發給你們，請認真貫徹執行。</p>
<p>庚市人民政府辦公廳</p>
<p>2024年4月12日</p>
<p>　{note}</p>
<p>庚市優化營商環境工作方案</p>
<p>一、提升政務服務</p>
<p>1.推行一網通辦。（責任單位：市政務服務局）</p>
<p>2.壓減審批時限。（責任單位：市發改委）</p>
</div></body></html>"""


@pytest.mark.parametrize("note", ["?。ù思_發布)", "(\ufffd\ufffd_\ufffd發布)"])
def test_misdecoded_note_neither_heads_nor_joins_the_plan_title(note):
    assert meta_of(MOJIBAKE.format(note=note)).table_title == "庚市優化營商環境工作方案"


@pytest.mark.parametrize("line,garbled", [
    ("?。ù思_發布)", True),
    ("（此件公开发布）", False),
    ("为什么要做好这项工作?", False),     # a question mark in words
    ("??", True),
    ("", False),
])
def test_is_garbled(line, garbled):
    assert is_garbled(line) is garbled


def test_attachment_mark_run_into_a_title_opening_with_a_numeral():
    text = ("关于印发三河镇2024年重点项目任务分工表的通知三河政发【2024】5号各村（社区），镇直各单位：《三河镇2024年重点项目"
            "任务分工表》已经镇政府同意，现印发给你们，请认真贯彻落实。一、提高认识。各单位要高度重视。二、压实责任。各牵头单位要"
            "履行职责。某县三河镇人民政府2024年4月4日（此件主动公开）附件三河镇2024年重点项目任务分工表1．新建村道5公里。"
            "（牵头单位：交通运输所）2．改造农贸市场1个。（牵头单位：市场监管所）")
    lines = split_run_on(text)
    assert "附件" in lines
    assert "三河镇2024年重点项目任务分工表" in lines


def test_attachment_number_kept_when_the_letter_names_the_title_without_it():
    text = ("关于印发重点项目任务分工表的通知各村（社区），镇直各单位：现将重点项目任务分工表印发给你们，请认真贯彻落实。"
            "一、提高认识。各单位要高度重视。二、压实责任。各牵头单位要履行职责。某县三河镇人民政府2024年4月4日"
            "附件三重点项目任务分工表1．新建村道5公里。（牵头单位：交通运输所）2．改造农贸市场1个。（牵头单位：市场监管所）")
    lines = split_run_on(text)
    assert "附件三" in lines
    assert "重点项目任务分工表" in lines


# the same rule in a copy with its lines (holdout attachnum-liupanshui-2023-6): the 附件 line holds the title
LINED = ["关于印发{named}的通知", "各村（社区），镇直各单位：", "《{named}》已经镇政府同意，现印发给你们，请认真贯彻落实。",
         "某县三河镇人民政府", "2024年4月4日", "{mark_line}", "1．新建村道5公里。（牵头单位：镇交通运输所）",
         "2．改造农贸市场1个。（牵头单位：镇市场监管所）"]


@pytest.mark.parametrize("named,mark_line,table_title", [
    # the letter names the title with its numeral: the numeral is the title's
    ("三河镇2024年重点项目任务分工表", "附件三河镇2024年重点项目任务分工表", "三河镇2024年重点项目任务分工表"),
    ("三河镇2024年重点项目任务分工表", "附件一三河镇2024年重点项目任务分工表", "三河镇2024年重点项目任务分工表"),
    # named without it: the numeral numbers the attachment
    ("重点项目任务分工表", "附件三重点项目任务分工表", "重点项目任务分工表"),
    # a colon after the number: the number is the mark's whatever the letter says
    ("三河镇2024年重点项目任务分工表", "附件三：河镇2024年重点项目任务分工表", "河镇2024年重点项目任务分工表"),
])
def test_attachment_mark_run_into_a_title_in_a_copy_with_lines(named, mark_line, table_title):
    text = "\n".join(LINED).format(named=named, mark_line=mark_line)
    assert meta_of(text, path="n.txt").table_title == table_title
