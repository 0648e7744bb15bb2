"""Who issues a notice: a joint notice signed by two bodies on ONE line (a space between the names)
is issued by both, joined with 、 as when each signs on a line of its own; a portal box's 发布机构 that
names the body with a bracketed alternative (某市人民政府(办公室)) is no issuer as printed: the title's
issuer comes first when nothing is signed, and a page with no letter and no title naming a body is
issued by the box as printed."""
import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw


def meta_of(text: str, path="n.txt"):
    return parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path=path))))


def letter(signature: str) -> str:
    return f"""关于印发两地协作发展任务分工方案的通知
甲市、乙市各县区人民政府，甲市、乙市政府有关部门：
经两市政府同意，现将《两地协作发展任务分工方案》印发给你们，请认真贯彻落实。
{signature}
2022年3月1日
两地协作发展任务分工方案
一、产业协作
1.共建产业园区。（两市发展改革委牵头，两市商务局配合）
2.开展招商推介。（两市商务局负责）
"""


@pytest.mark.parametrize("signature,issuer", [
    ("甲市人民政府办公室\u3000乙市人民政府办公厅", "甲市人民政府办公室、乙市人民政府办公厅"),
    ("中共丙县委办公室  丙县人民政府办公室", "中共丙县委办公室、丙县人民政府办公室"),
    # a space inside one name, or a name spaced out, is still one body
    ("丙县人民政府 办公室", "丙县人民政府办公室"),
    ("丙 县 人 民 政 府", "丙县人民政府"),
])
def test_bodies_signing_on_one_line(signature, issuer):
    assert meta_of(letter(signature)).issuer == issuer


BOXED = """<html><head><title>戊市人民政府关于2020年重点工作及责任分解的通知</title></head><body>
<table><tr><td>索引号：</td><td>00123/2020-001</td><td>发布机构：</td><td>{box}</td></tr>
<tr><td>文号：</td><td>戊政发〔2020〕8号</td><td>发文日期：</td><td>2020-04-15</td></tr></table>
<h1>戊市人民政府关于2020年重点工作及责任分解的通知</h1>
<p>各县区人民政府，市政府各部门：</p>
<p>为完成全年目标任务，明确了每项工作的责任单位，请认真组织落实。</p>
<p>一、稳定经济增长</p>
<p>1.地区生产总值增长7%。（市发展改革委牵头，市统计局配合）</p>
<p>2.固定资产投资增长10%。（市发展改革委负责）</p>
</body></html>"""


def test_a_box_naming_a_bracketed_alternative_gives_way_to_the_title():
    assert meta_of(BOXED.format(box="戊市人民政府(办公室)"), path="n.html").issuer == "戊市人民政府"


def test_a_plain_box_issuer_is_kept():
    assert meta_of(BOXED.format(box="戊市人民政府办公室"), path="n.html").issuer == "戊市人民政府办公室"


LETTERLESS = """<html><head><title>己区2025年重点工作任务分解表_己区人民政府</title></head><body>
<table class="xxgk-meta"><tr><th>索引号:</th><td>00456/202503-00012</td><th>发布机构:</th><td>{box}</td></tr>
<tr><th>名称:</th><td>己区2025年重点工作任务分解表</td><th>文号:</th><td></td></tr>
<tr><th>发文日期:</th><td>2025-03-20</td><th>发布日期:</th><td>2025-03-21</td></tr></table>
<ul class="xxgk-meta-list"><li><span>发布机构:</span>{box}</li><li><span>发文日期:</span>2025-03-20</li></ul>
<h1>己区2025年重点工作任务分解表</h1>
<div class="info">发布时间:2025-03-21 10:05 信息来源:己区督查考核办 浏览次数:57</div>
<div class="content"><table>
<tr><td>序号</td><td>重点工作任务</td><td>主要责任单位</td><td>协同配合单位</td></tr>
<tr><td>1</td><td>新建城区停车泊位600个。</td><td>区住建局</td><td>区公安分局</td></tr>
<tr><td>2</td><td>改造农村公路30公里。</td><td>区交通运输局</td><td>各乡镇人民政府</td></tr>
</table></div></body></html>"""


def test_a_page_with_no_letter_is_issued_by_its_bracketed_box_as_printed():
    """No letter, no title naming a body: the box's 发布机构 as printed issues the page, though it
    names the body with a bracketed alternative, before the information line's 信息来源, which
    names another body (dupmeta-qiaocheng, holdout 30: the issuer was none)."""
    meta = meta_of(LETTERLESS.format(box="己区政府(办公室)"), path="n.html")
    assert (meta.issuer, meta.date) == ("己区政府(办公室)", "2025-03-20")


def test_a_plain_box_issues_a_page_with_no_letter_as_before():
    assert meta_of(LETTERLESS.format(box="己区人民政府办公室"), path="n.html").issuer == "己区人民政府办公室"


SOURCE_ONLY = """<html><head><title>庚区2011年为民办实事项目</title></head><body>
<h2>庚区2011年为民办实事项目</h2>
<div class="info">来源：{source}&nbsp;&nbsp;日期：2011-02-12</div>
<div class="content">
<p>1.新建社区居家养老服务站15个。</p>
<p>责任部门：民政局&nbsp;&nbsp;&nbsp;配合部门：各街道</p>
<p>2.维修破损背街小巷。</p>
<p>责任部门：城建局&nbsp;&nbsp;&nbsp;配合部门：相关街道</p>
</div></body></html>"""


@pytest.mark.parametrize("source", ["政府办", "政府办公室", "人民政府办公室"])
def test_a_source_naming_the_office_by_its_kind_alone_issues_nothing(source):
    """A letterless page's source line printing the government's office by kind alone, no place and no level word
    (来源：政府办, holdout bareunits-ganjingzi, batch 75), prints no place, as 市政府办公室 does: it dates the page
    and issues nothing (docs/forms.md; until session 59 the 政府办 issued the page)."""
    meta = meta_of(SOURCE_ONLY.format(source=source), path="n.html")
    assert (meta.issuer, meta.date) == (None, "2011-02-12")


def test_a_source_naming_the_office_with_its_place_still_issues_the_page():
    meta = meta_of(SOURCE_ONLY.format(source="庚区人民政府办公室"), path="n.html")
    assert (meta.issuer, meta.date) == ("庚区人民政府办公室", "2011-02-12")


def unsigned_letter_page(info: str, doc_number: str = "") -> str:
    """A portal's page of a city government's letter that runs straight into its list, with no signature
    and no date (芜湖 2021, holdout leadlines-wuhu-2021-1), under the page's information line."""
    number = f"<p>{doc_number}</p>" if doc_number else ""
    return f"""<html><body>
<h1>甲市人民政府关于2021年重点工作及责任分解的通知</h1>
<div class="info">{info}</div>
{number}
<p>各县市区人民政府，市政府各部门、各直属单位：</p>
<p>现将市政府2021年重点工作任务分解下达给你们，请认真组织实施。</p>
<p>一、确保完成全年主要预期目标</p>
<p>1.地区生产总值增长8.5%左右。</p>
<p>牵头责任单位：市发展和改革委员会。</p>
<p>协同责任单位：市财政局、市统计局。</p>
<p>2.一般公共预算收入增长5%左右。</p>
<p>牵头责任单位：市财政局。</p>
<p>协同责任单位：市税务局。</p>
</body></html>"""


def test_an_unsigned_letter_is_dated_by_the_line_naming_its_body():
    """The portal's line names the body that wrote the letter, with its place: its posting dates a letter
    whose signature and date the copy does not print, as that line then names its issuer."""
    page = unsigned_letter_page("发布时间：2021-04-01 09:11 信息来源： 甲市人民政府 阅读次数：")
    meta = meta_of(page, path="n.html")
    assert (meta.issuer, meta.date) == ("甲市人民政府", "2021-04-01")


@pytest.mark.parametrize("info", [
    "发布时间：2021-04-01 09:11 阅读次数：",                    # no source: a repost's stamp
    "发布时间：2021-04-01 09:11 信息来源： 市政府办 阅读次数：",   # a source without its place
])
def test_a_line_naming_no_placed_body_dates_no_unsigned_letter(info):
    assert meta_of(unsigned_letter_page(info), path="n.html").date is None


def test_a_numbered_unsigned_letter_takes_no_date_from_the_line():
    """As for its issuer (docs/forms.md): a numbered letter without a signature takes nothing from it."""
    page = unsigned_letter_page("发布时间：2021-04-01 09:11 信息来源： 甲市人民政府 阅读次数：", "甲政秘〔2021〕19号")
    assert meta_of(page, path="n.html").date is None


def spaced(text: str) -> str:
    """``text`` as a copy that sets a blank line after every line prints it."""
    return "\n\n".join(line for line in text.splitlines() if line.strip()) + "\n"


def test_two_signing_lines_parted_by_a_blank_copys_spacing_are_both_bodies():
    # a joint letter's two signing lines in a copy with a blank line after every line: the blanks are the copy's
    # spacing, so the party office four lines over the date still signs (blindsynth's thirty-fourth stream, bs351)
    text = spaced(letter("中共丙县委办公室\n丙县人民政府办公室"))
    assert "中共丙县委办公室\n\n丙县人民政府办公室\n\n2022年3月1日" in text
    assert meta_of(text).issuer == "中共丙县委办公室、丙县人民政府办公室"
    assert meta_of(letter("中共丙县委办公室\n丙县人民政府办公室")).issuer == "中共丙县委办公室、丙县人民政府办公室"


def test_one_signing_line_in_a_spaced_copy_stays_one_body():
    # the paragraph over the one signing line signs nothing, blanks passed or not
    assert meta_of(spaced(letter("丙县人民政府办公室"))).issuer == "丙县人民政府办公室"


def test_a_blank_outside_a_spaced_copy_still_parts_the_signature():
    # a copy that sets no blank after its lines: a blank line over the signing line ends what signs, as before
    text = letter("丙县人民政府办公室").replace("请认真贯彻落实。\n", "请认真贯彻落实。\n丁县教育局\n\n\n")
    assert meta_of(text).issuer == "丙县人民政府办公室"


def test_a_spaced_copy_that_dropped_a_line_between_signature_and_date():
    # two blanks over the date where the copy dropped a line (bs1879): still spacing
    text = spaced(letter("中共丙县委办公室\n丙县人民政府办公室")).replace("\n\n2022年3月1日", "\n\n\n2022年3月1日")
    assert "丙县人民政府办公室\n\n\n2022年3月1日" in text
    assert meta_of(text).issuer == "中共丙县委办公室、丙县人民政府办公室"


@pytest.mark.parametrize("signature,issuer", [
    # a party office's name run into the government office's: two bodies, cut before the place
    ("中共南平市委办公室南平市人民政府办公室", "中共南平市委办公室、南平市人民政府办公室"),
    # an unlisted place after the party's name cuts nothing: the line is one name as printed
    ("中共丙县委办公室丙县人民政府办公室", "中共丙县委办公室丙县人民政府办公室"),
    ("中共日照市委日照市人民政府", "中共日照市委、日照市人民政府"),
    # one party body's name is not cut; a name not opening with the party's prefix is one name as printed
    ("中共丙县委办公室", "中共丙县委办公室"),
    ("日照市人民政府办公室", "日照市人民政府办公室"),
])
def test_a_party_bodys_name_run_into_the_governments(signature, issuer):
    assert meta_of(letter(signature)).issuer == issuer
