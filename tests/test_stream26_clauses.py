"""The generator's twenty-sixth stream's shapes read by the rules docs/forms.md states (session 64): 办理 after a
department's own 科 office alone (assign.toml [verbs] responsible; holdout kebanli-yueyang), 各负其责 after towns and
streets named or counted (``assign.duty_only_units``; holdout gefucount-kunshan) and a signature date that lost its
日 under a box's labelled date field (``metadata.parse_metadata``; holdout nodaydb-zigong).  Invented notices, own
words."""
import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.parse.assign import parse_verbs
from extractor.parse.inline import split_assignment
from extractor.source.decode import decode_bytes

from conftest import make_raw


@pytest.mark.parametrize("text,lead", [
    ("计划财务科办理", ("计划财务科",)),
    ("計划財務科辦理", ("計划財務科",)),        # a traditional copy
    ("由基础教育科办理", ("基础教育科",)),
])
def test_an_office_alone_before_handle_leads(text, lead):
    found = parse_verbs(text)
    assert found is not None and found.lead == lead and found.support == ()


def test_an_item_closing_with_an_office_handle_bracket():
    rest, found = split_assignment("规范局机关财务管理，完成年度预算绩效自评。（计划财务科办理）")
    assert rest == "规范局机关财务管理，完成年度预算绩效自评。"
    assert found.lead == ("计划财务科",)


@pytest.mark.parametrize("text", ["凭证办理", "按程序办理", "限时办理，年底前完成"])
def test_wording_before_handle_stays_wording(text):
    assert parse_verbs(text) is None


@pytest.mark.parametrize("text,support", [
    ("市应急管理局牵头，市交通运输局、10个镇、街道各负其责", ("市交通运输局、10个镇、街道",)),
    ("市住房城乡建设局牵头，周市镇、张浦镇、千灯镇各负其责", ("周市镇、张浦镇、千灯镇",)),
    ("区审计局牵头，区财政局、东南隅街道、西关街道、属地街道各负其责", ("区财政局、东南隅街道、西关街道、属地街道",)),
])
def test_each_part_after_towns_named_or_counted_supports(text, support):
    found = parse_verbs(text)
    assert found is not None and found.support == support


def test_towns_each_answering_with_no_lead_name_no_role():
    assert parse_verbs("周市镇、张浦镇各负其责") is None   # an exhortation: 各负其责 alone names none


_BOXED = """<html><head><meta charset="utf-8"><title>某市人民政府办公室关于印发某市2024年重点任务分工的通知</title></head>
<body><h2>某市人民政府办公室关于印发某市2024年重点任务分工的通知</h2>
<p>制定机关某市人民政府办公室</p>
<p>发文字号某府办发〔2024〕16号</p>
<p>发文日期2024年04月02日</p>
<p>时效性现行有效</p>
<p>各县（市、区）人民政府，市政府各部门：</p>
<p>　　《某市2024年重点任务分工》已经市政府同意，现印发给你们，请认真贯彻落实。</p>
<p>某市人民政府办公室</p>
<p>2024年4月2</p>
<p>某市2024年重点任务分工</p>
<p>　　（1）建设公共法律服务实体平台5个。（市司法局牵头，市财政局配合）</p>
<p>　　（2）新建管网23公里。（市住建局牵头，市水利局配合）</p>
</body></html>"""


def _meta(page):
    return parse_metadata(locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.html"))))


def test_a_day_lost_signature_under_a_box_date_field_ends_the_letter():
    """Before: the box's 发文日期 line was taken for the signature, so the letter's own date line ran on into the
    plan's name as the table title."""
    meta = _meta(_BOXED)
    assert meta.date == "2024-04-02"
    assert meta.issuer == "某市人民政府办公室"
    assert meta.table_title == "某市2024年重点任务分工"


def test_a_whole_signature_date_under_the_box_reads_as_before():
    meta = _meta(_BOXED.replace("<p>2024年4月2</p>", "<p>2024年4月2日</p>"))
    assert (meta.date, meta.table_title) == ("2024-04-02", "某市2024年重点任务分工")
