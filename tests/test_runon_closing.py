"""A notice run into one line whose last item runs on into what closes it: the next
attachment's mark and title, or the replies a forum prints under a reposted notice
(docs/parsing.md, "A notice run into one line").  With its line breaks each of those is a line
of its own and the last item ends before it; run on, it was the item's last unit name."""
import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.parse.forms import parse_body
from extractor.parse.runon import split_run_on
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parsed(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def rows(notice):
    return [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells)
            for m in notice.measures]


# two attachments, each its own list; the first one's last unit line runs straight into the
# second one's mark, and the mark's number into the title's year
TWO_ATTACHMENTS = [
    "某市人民政府办公室关于印发两项任务清单的通知", "各区人民政府，市政府各部门：",
    "现将《2024年重点项目清单》和《2024年惠民实事清单》印发给你们，请抓好落实。",
    "附件：1.2024年重点项目清单", "2.2024年惠民实事清单", "某市人民政府办公室", "2024年2月5日",
    "附件1", "2024年重点项目清单", "一、产业项目", "1.建成智能制造产业园一期。", "责任单位：市工信局、市发改委",
    "2.新建冷链物流中心1个，对照附件2逐项销号。", "责任单位：市商务局、市交通局",
    "附件2", "2024年惠民实事清单", "1.新增公办幼儿园学位900个。", "责任单位：市教育局、各区人民政府",
    "2.改造农村公路120公里。", "责任单位：市交通局"]
TWO_ATTACHMENTS_ROWS = [
    ("一、", 1, "建成智能制造产业园一期。", ("市工信局、市发改委",), ()),
    ("一、", 2, "新建冷链物流中心1个，对照附件2逐项销号。", ("市商务局、市交通局",), ()),
    (None, 1, "新增公办幼儿园学位900个。", ("市教育局、各区人民政府",), ()),
    (None, 2, "改造农村公路120公里。", ("市交通局",), ())]


def test_two_attachments_with_their_breaks():
    assert rows(parsed("\n".join(TWO_ATTACHMENTS))) == TWO_ATTACHMENTS_ROWS


def test_two_attachments_run_into_one_line_part_at_the_second_ones_mark():
    """The mark is cut off the unit line and its number off the title's year (附件2 / 2024年…):
    alone on its line it starts the second attachment, whose items are under no heading of the
    first.  附件2 inside an item's sentence (对照附件2逐项销号。) is left in it."""
    line = "".join(TWO_ATTACHMENTS)
    pieces = split_run_on(line)
    at = pieces.index("附件2")
    assert pieces[at - 1:at + 3] == ["责任单位：市商务局、市交通局", "附件2", "2024年惠民实事清单",
                                     "1.新增公办幼儿园学位900个。"]
    assert "2.新建冷链物流中心1个，对照附件2逐项销号。" in pieces
    assert rows(parsed(line)) == TWO_ATTACHMENTS_ROWS


@pytest.mark.parametrize("mark", ["附件2", "附件2：", "附件 2 "])
def test_an_attachment_mark_closing_the_last_unit_line_is_cut_however_printed(mark):
    items = ["一、产业项目", "1.建成智能制造产业园一期。", "责任单位：市工信局、市发改委",
             "2.新建冷链物流中心1个。", "责任单位：市商务局、市交通局"]
    line = "".join(["某市人民政府办公室关于印发两项任务清单的通知", "各区人民政府：", "请抓好落实。", *items,
                    mark + "惠民实事清单", "1.改造农村公路120公里。", "责任单位：市交通局"])
    pieces = split_run_on(line)
    assert pieces[-5:] == ["责任单位：市商务局、市交通局", mark.strip(), "惠民实事清单", "1.改造农村公路120公里。",
                           "责任单位：市交通局"]


def test_an_attachment_named_in_the_last_items_wording_is_no_mark():
    """附件 followed by a sentence (or by the item's own words, not a title running into the next
    list's first item) is the item's text."""
    line = ("某市人民政府办公室关于印发任务清单的通知各区人民政府：请抓好落实。一、产业项目1.建成产业园一期。"
            "责任单位：市工信局2.新建物流中心1个，按附件2格式按月报送进展。责任单位：市商务局")
    assert split_run_on(line)[-2:] == ["2.新建物流中心1个，按附件2格式按月报送进展。", "责任单位：市商务局"]


# a forum's archive view of a reposted notice: the poster's line over it, the replies under it,
# each under its poster's name and stamp, then the archive's link line to the full thread
FORUM = [
    "某某论坛 -> 本地新闻 -> 某市2023年重点工作分解出炉", "楼主 2023-03-01 08:30",
    "据市政府网消息，市政府近日印发2023年重点工作责任分解，部分内容如下。",
    "一、稳住经济增长", "1.地区生产总值增长6%左右。", "牵头单位：市发改委。", "配合单位：市统计局、各县区政府。",
    "2.社会消费品零售总额增长8%。", "牵头单位：市商务局。", "配合单位：市财政局等，各县区政府。",
    "（未完待续，详见某市人民政府网）",
    "路过的网友 2023-03-01 09:15", "消费券什么时候发，有消息吗", "楼主 2023-03-01 09:40",
    "等通知吧，估计下个月", "查看完整版本: [-- 某市2023年重点工作分解出炉 --] [-- top --]"]
FORUM_ROWS = [
    ("一、", 1, "地区生产总值增长6%左右。", ("市发改委",), ("市统计局、各县区政府",)),
    ("一、", 2, "社会消费品零售总额增长8%。", ("市商务局",), ("市财政局等，各县区政府",))]


def test_a_reposted_notice_with_its_breaks_ends_before_the_replies():
    assert rows(parsed("\n".join(FORUM))) == FORUM_ROWS


def test_a_reposted_notice_run_into_one_line_ends_where_the_first_reply_is_stamped():
    """The first reply's poster and stamp (a name, then a date with its clock time) open the
    page's tail: the last label line ends before them, with the editor's note it closed on."""
    line = "".join(FORUM)
    pieces = split_run_on(line)
    assert "配合单位：市财政局等，各县区政府。（未完待续，详见某市人民政府网）" in pieces
    assert any(p.startswith("路过的网友 2023-03-01 09:15") for p in pieces)
    assert rows(parsed(line)) == FORUM_ROWS


@pytest.mark.parametrize("item", [
    "2.社会消费品零售总额增长8%。请于 2023-03-15 09:00前报送进展。",
    "2.社会消费品零售总额增长8%，截至2023-03-15 09:00已发放消费券。",
], ids=["deadline-after-sentence", "inside-sentence"])
def test_a_date_and_time_inside_the_last_item_opens_no_tail(item):
    """A date with a clock time in an item's own sentence (a deadline by the hour) is not a
    reply's stamp: the stamp follows a sentence end or a bracket and a poster's name, and
    the item's own words before a deadline (请于) are followed by one (前)."""
    line = "".join(FORUM[:7] + [item, "牵头单位：市商务局。"])
    assert split_run_on(line)[-2:] == [item, "牵头单位：市商务局。"]


# a notice with no cover letter of its own (the 意见 is the notice): its doc number, recipients
# and preamble, items numbered on across headings, each closed by a verb bracket, then the
# closing requirement and the signature
OPINION = [
    "某政发〔2019〕7号", "各乡镇人民政府，县直各部门：",
    "为落实《某省人民政府关于稳定经济运行的意见》（某政发〔2019〕2号）要求，现提出以下措施。",
    "一、扩大有效投资",
    "（一）加快重点项目建设。对列入省级重点的项目实行专班推进，按月通报进度。（县发改局牵头；县自然资源局、住建局，各乡镇人民政府配合）",
    "（二）盘活存量用地。清理批而未供土地，年内处置率达到百分之六十。（县自然资源局牵头；县财政局，各乡镇人民政府配合）",
    "二、稳定就业",
    "（三）强化就业帮扶。为返乡人员提供免费技能培训，全年培训三千人次。（县人社局牵头；县财政局、农业农村局，各乡镇人民政府配合）",
    "各乡镇人民政府和县直各部门要细化落实措施，每月底前将进展情况报县政府督查室。",
    "某某县人民政府", "2019年3月6日"]
OPINION_ROWS = [
    ("一、", 1, "加快重点项目建设。对列入省级重点的项目实行专班推进，按月通报进度。", ("县发改局",),
     ("县自然资源局、住建局", "各乡镇人民政府")),
    ("一、", 2, "盘活存量用地。清理批而未供土地，年内处置率达到百分之六十。", ("县自然资源局",),
     ("县财政局", "各乡镇人民政府")),
    ("二、", 3, "强化就业帮扶。为返乡人员提供免费技能培训，全年培训三千人次。", ("县人社局",),
     ("县财政局、农业农村局", "各乡镇人民政府"))]


def meta(text: str):
    return parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def test_an_opinion_with_its_breaks():
    text = "\n".join(OPINION)
    assert rows(parsed(text)) == OPINION_ROWS
    m = meta(text)
    assert (m.doc_number, m.recipients) == ("某政发〔2019〕7号", ("各乡镇人民政府", "县直各部门"))


@pytest.mark.parametrize("joint", [" ", "", "\u00a0\u00a0\u00a0"], ids=["space", "nothing", "no-break-spaces"])
def test_the_last_item_run_into_the_closing_requirement_keeps_its_row(joint):
    """Run into one line, the last item's verb bracket is followed by the closing requirement
    (a sentence of its own, no number) and the signature: the bracket ends the item, the
    requirement is cut off as its own line, as it was printed.  Left on the item, the bracket
    closed nothing and the last item gave no row."""
    line = joint.join(OPINION)
    pieces = split_run_on(line)
    assert "各乡镇人民政府和县直各部门要细化落实措施，每月底前将进展情况报县政府督查室。" in pieces
    assert rows(parsed(line)) == OPINION_ROWS


@pytest.mark.parametrize("joint", [" ", "", "\u00a0\u00a0\u00a0"], ids=["space", "nothing", "no-break-spaces"])
def test_the_recipients_after_a_doc_number_on_the_run_on_line(joint):
    """With no title on the line, the recipients' colon after the notice's doc number still ends
    the recipients line; the number a sentence cites in its bracket (（某政发〔2019〕2号）) is no
    joint: the sentence goes on after it."""
    line = joint.join(OPINION)
    pieces = split_run_on(line)
    assert pieces[:3] == ["某政发〔2019〕7号", "各乡镇人民政府，县直各部门：", OPINION[2]]
    m = meta(line)
    assert (m.doc_number, m.recipients) == ("某政发〔2019〕7号", ("各乡镇人民政府", "县直各部门"))


@pytest.mark.parametrize("after", ["2019年底前完成。", "。"], ids=["deadline", "full-stop"])
def test_what_closes_the_last_items_own_clause_stays_on_it(after):
    """A deadline or the full stop after the last item's bracket is the item's own: nothing is cut."""
    line = " ".join(OPINION[3:5])[:-1] + "）" + after + " 某某县人民政府 2019年3月6日"
    assert split_run_on(line)[1].endswith("配合）" + after)


# a notice printed with no title line (an info table's copy over the recipients), items under
# label lines, the last 责任单位 list closing with a catch-all after a comma, then the signature
UNTITLED = [
    "各县（市、区）人民政府，市人民政府各部门：", "现将2021年重点工作任务分解如下，请认真落实。",
    "（一）扩大有效投资", "1.新开工亿元以上项目50个。", "牵头单位：市发改委", "责任单位：市财政局、市自然资源局",
    "2.完善园区道路和供排水设施。", "牵头单位：市住建局", "责任单位：市生态环境局、市水务局，各县（市、区）政府",
    "绵阳市人民政府办公室", "2021年3月12日"]
UNTITLED_ROWS = [
    ("（一）", 1, "新开工亿元以上项目50个。", ("市发改委",), ("市财政局、市自然资源局",)),
    ("（一）", 2, "完善园区道路和供排水设施。", ("市住建局",), ("市生态环境局、市水务局，各县（市、区）政府",))]


def test_an_untitled_notice_with_its_breaks():
    text = "\n".join(UNTITLED)
    assert rows(parsed(text)) == UNTITLED_ROWS
    assert (meta(text).issuer, meta(text).date) == ("绵阳市人民政府办公室", "2021-03-12")


@pytest.mark.parametrize("joint", ["", " "], ids=["nothing", "space"])
def test_a_signature_run_into_the_last_unit_list_is_cut_off_at_its_place(joint):
    """Run into one line with no title to say who signs, the signature still closes the notice the
    way every notice closes: a name opening with a listed place (绵阳市) and ending like an issuer,
    right after a unit name (…各县（市、区）政府), then the date.  It is cut off the last unit list as
    the lines printed it; left on, it was the last unit's name (and the date its deadline)."""
    line = joint.join(UNTITLED)
    assert split_run_on(line)[-3:] == [
        "责任单位：市生态环境局、市水务局，各县（市、区）政府", "绵阳市人民政府办公室", "2021年3月12日"]
    assert rows(parsed(line)) == UNTITLED_ROWS
    assert (meta(line).issuer, meta(line).date) == ("绵阳市人民政府办公室", "2021-03-12")


@pytest.mark.parametrize("tail", [
    "责任单位：市生态环境局、市水务局，各县（市、区）政府某某市人民政府办公室2021年3月12日",   # no listed place
    "责任单位：市生态环境局、市水务局，相关工作绵阳市人民政府办公室2021年3月12日",   # no unit name before it
    "责任单位：市生态环境局、市水务局，各县（市、区）政府绵阳市人民政府办公室2021年3月12日起施行",   # a date going on
])
def test_no_listed_place_after_a_unit_name_cuts_no_signature(tail):
    line = "".join(UNTITLED[:8]) + tail
    assert split_run_on(line)[-1] == tail


# a zone's notice with no title line, its office signing by the zone's official name right after the
# last unit list (…，各街道办事处 | 宁德经济技术开发区管理委员会办公室): no listed place opens the name
ZONE_UNTITLED = [line.replace("各县（市、区）政府", "各街道办事处") for line in UNTITLED[:-2]] + [
    "宁德经济技术开发区管理委员会办公室", "2021年3月12日"]


@pytest.mark.parametrize("joint", ["", " "], ids=["nothing", "space"])
def test_a_zone_signing_run_into_the_last_unit_list_is_cut_off(joint):
    """The zone's office signs by the zone's official name opening with its city printed short (宁德,
    ``zones.signed_zone``), as after an attachment's title (below): that name and the date are the
    signature, cut off the last unit list (before: they were the last unit's name and its deadline)."""
    line = joint.join(ZONE_UNTITLED)
    assert split_run_on(line)[-3:] == [
        "责任单位：市生态环境局、市水务局，各街道办事处", "宁德经济技术开发区管理委员会办公室", "2021年3月12日"]
    assert (meta(line).issuer, meta(line).date) == ("宁德经济技术开发区管理委员会办公室", "2021-03-12")


@pytest.mark.parametrize("signer", ["产业协作经济技术开发区管理委员会办公室", "宁德经开区管委会办公室"])
def test_a_zone_name_no_place_opens_or_printed_short_after_a_unit_list_cuts_no_signature(signer):
    # words before the kind that name no place, or a short kind (经开区) that prints no official name
    tail = f"责任单位：市生态环境局、市水务局，各街道办事处{signer}2021年3月12日"
    line = "".join(UNTITLED[:8]) + tail
    assert split_run_on(line)[-1] == tail


# a letter with its 附件 line over the signature, run into one line: the attachment's title runs
# straight into the signer's name (no sentence end between them)
ANNEXED_LETTER = ("南平市人民政府办公室关于印发南平市2034年茶产业提升任务分解表的通知各县（市、区）人民政府，市直各单位："
                  "《南平市2034年茶产业提升任务分解表》已经市政府同意，现印发给你们，请认真组织实施。"
                  "附件：南平市2034年茶产业提升任务分解表南平市人民政府办公室2034年5月6日（此件公开发布）"
                  "附件南平市2034年茶产业提升任务分解表"
                  "1.新建生态茶园2万亩。（牵头单位：市农业农村局）2.培育茶叶龙头企业5家。（牵头单位：市工信局）")


def test_an_attachment_line_run_into_the_signature_is_cut_before_the_signer():
    """The attachment's title ends with a title word (…分解表) and the signer's name opens with a place
    the gazetteer lists (南平市…): the name and the date are the signature (before: the 附件 line's
    colon hid it, no date and no table title were read)."""
    lines = split_run_on(ANNEXED_LETTER)
    assert "附件：南平市2034年茶产业提升任务分解表" in lines
    assert lines[lines.index("附件：南平市2034年茶产业提升任务分解表") + 1:][:2] == ["南平市人民政府办公室", "2034年5月6日"]
    meta = parse_metadata(locate_content(decode_bytes(make_raw(ANNEXED_LETTER.encode("utf-8"), path="n.txt"))))
    assert (meta.issuer, meta.date, meta.table_title) == ("南平市人民政府办公室", "2034-05-06", "南平市2034年茶产业提升任务分解表")


def test_a_name_opening_with_no_listed_place_after_an_attachments_title_is_not_cut_off():
    """The look-alike: after the title word a name that opens with no place the gazetteer lists (a body
    named by its own words, which may as well continue the attachment's title) is not taken for a signer:
    the 附件 line is cut as before, the name stays on it."""
    text = ANNEXED_LETTER.replace("分解表南平市人民政府办公室2034年5月6日", "分解表茶叶协会秘书处2034年5月6日")
    lines = split_run_on(text)
    assert "茶叶协会秘书处" not in lines
    assert any("分解表茶叶协会秘书处" in line for line in lines)


# a development zone's one-line copy: its office signs by the zone's official name, which opens with
# its city printed short (宁德 for 宁德市), not with a listed place; the title prints the zone short
ZONE_LETTER = ("宁德经开区管委会办公室关于印发宁德经开区2035年港口物流提升任务分工的通知各街道，管委会各部门："
               "《宁德经开区2035年港口物流提升任务分工》已经管委会同意，现印发给你们，请抓好落实。"
               "附件：宁德经开区2035年港口物流提升任务分工宁德经济技术开发区管理委员会办公室2035年4月9日"
               "宁德经开区2035年港口物流提升任务分工"
               "1.新开集装箱航线3条。（牵头单位：港航局）2.建成冷链仓库2座。（牵头单位：商务局）")


def test_a_zone_signing_by_its_official_name_after_an_attachments_title_is_cut_off():
    """A zone's office signs by the zone's official name (…经济技术开发区管理委员会办公室) opening with its
    place printed short (宁德, ``zones.signed_zone``): that name and the date are the signature, though no
    listed place opens it (before: no date and no table title were read)."""
    lines = split_run_on(ZONE_LETTER)
    title = "附件：宁德经开区2035年港口物流提升任务分工"
    assert title in lines
    assert lines[lines.index(title) + 1:][:2] == ["宁德经济技术开发区管理委员会办公室", "2035年4月9日"]
    meta = parse_metadata(locate_content(decode_bytes(make_raw(ZONE_LETTER.encode("utf-8"), path="n.txt"))))
    assert (meta.issuer, meta.date, meta.table_title) == (
        "宁德经济技术开发区管理委员会办公室", "2035-04-09", "宁德经开区2035年港口物流提升任务分工")


def test_a_zone_name_opening_with_no_place_after_an_attachments_title_is_not_cut_off():
    """The look-alike: an official kind's name whose words before the kind name no place (产业协作经济技术
    开发区…: any title word inside the attachment's title would give a cut too early) is no signer."""
    text = ZONE_LETTER.replace("分工宁德经济技术开发区管理委员会办公室", "分工产业协作经济技术开发区管理委员会办公室")
    lines = split_run_on(text)
    assert "产业协作经济技术开发区管理委员会办公室" not in lines
    assert not any(line.endswith("管理委员会办公室") and not line.startswith("附件") for line in lines)


def test_a_line_joined_with_spaces_parts_its_recipients_and_the_title_after_a_spaced_note():
    # a county portal's notice run into one cell, its pieces parted by single spaces (holdout runpara-haiyan):
    # the recipients' colon with a space after it ends the recipients, and a note after the date with a space
    # before it is a piece of its own, so the list's title after it is not dropped with it
    line = ("各镇人民政府（街道办事处），县政府各部门、直属各单位： 现将某分解印发给你们，请认真贯彻执行。 "
            "某县人民政府办公室 2022年4月18日 （此件公开发布） 某县重点工作责任分解 一、张某县长牵头重点工作 "
            "1.推进某项工作。 责任单位：县发改局 2.完成某项任务。 责任单位：县财政局")
    pieces = split_run_on(line)
    assert pieces[0] == "各镇人民政府（街道办事处），县政府各部门、直属各单位："
    assert "某县重点工作责任分解" in pieces and "2022年4月18日" in pieces
    assert pieces[pieces.index("某县重点工作责任分解") + 1] == "一、张某县长牵头重点工作"


# a school's report copied as one line, its line breaks printed as single spaces: the closing paragraph and the
# signature under the last item are lines of their own (runon.spaced_closing_joints; holdout schoolreport-shangzhou)
SPACED_REPORT = ("校舍整改报告 某区某中学 关于校舍存在问题整改报告 某区某中学于 2018 年 6 月 1 日召集各部门负责人，开展了自查，"
                 "自查中发现下列不足： 1、灯具老化； 2、浴室陈旧。 对照上述不足，现将整改安排报告如下： "
                 "1、学校要求总务处更换灯具，保证 2018 年 7 月底完成整改； "
                 "2、学校要求总务处改造浴室，保证 2018 年 8 月底完成整改。 "
                 "今后我校将经常开展自查，确保通过验收。 某区某中学 2018.06.15")


def test_a_spaced_copys_closing_paragraph_is_no_part_of_the_last_item():
    lines = split_run_on(SPACED_REPORT)
    assert "2、学校要求总务处改造浴室，保证 2018 年 8 月底完成整改。" in lines
    assert "今后我校将经常开展自查，确保通过验收。" in lines


def test_a_full_stop_and_space_in_a_copy_not_spaced_cuts_nothing():
    # no letter joint on a space: the stop and space inside the last item are the item's own
    line = ("一、加强领导。1、学校要求总务处更换灯具，完成整改； 2、学校要求总务处改造浴室。 今后继续推进整改工作。")
    assert not any(piece.startswith("今后") for piece in split_run_on(line))


def test_a_spaced_copys_signature_line_parts_its_date():
    lines = split_run_on(SPACED_REPORT)
    assert lines[-2:] == ["某区某中学", "2018.06.15"]


def test_a_spaced_copys_last_item_going_on_to_its_bracket_stays_whole():
    # the sentence after the stop and space is the item's own: its assignment bracket follows it
    line = SPACED_REPORT.replace("2、学校要求总务处改造浴室，保证 2018 年 8 月底完成整改。 今后我校将经常开展自查，确保通过验收。",
                                 "2、改造浴室，增加淋浴设施。 年底前完成改造。（总务处负责）")
    assert not any(piece.startswith("年底前") for piece in split_run_on(line))


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".WPS"])
def test_an_attachment_line_printing_its_file_suffix_run_into_the_signature(suffix):
    """The 附件 line prints the attachment's file name with its suffix (襄城县 2021: `….xlsx`; blindsynth's
    thirty-fourth stream, bs1665): the title word stands before the suffix, and the signer after it is cut off
    as after a bare title (before: no date and no table title were read)."""
    text = ANNEXED_LETTER.replace("分解表南平市人民政府办公室", f"分解表{suffix}南平市人民政府办公室")
    lines = split_run_on(text)
    assert f"附件：南平市2034年茶产业提升任务分解表{suffix}" in lines
    meta = parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert (meta.issuer, meta.date, meta.table_title) == ("南平市人民政府办公室", "2034-05-06", "南平市2034年茶产业提升任务分解表")


def test_a_suffix_with_no_title_word_before_it_cuts_no_signer():
    # the suffix stands for no title word: 某某.docx after a name that ends like no plan keeps the name on the line
    text = ANNEXED_LETTER.replace("分解表南平市人民政府办公室", "分解表附录.docx南平市人民政府办公室")
    assert "南平市人民政府办公室" not in split_run_on(text)


def test_a_joint_signature_run_into_the_attachment_line_is_cut_and_read_as_both_bodies():
    """A joint letter's two signers run into its 附件 line and into each other (blind72's cause 5, bs823): the
    party office's name opens with 中共 before its place ([metadata] party_prefixes), so the signature is cut off,
    and the issuer is both bodies (tests/fixtures/README.md, a letter two bodies issue together)."""
    text = ANNEXED_LETTER.replace("分解表南平市人民政府办公室", "分解表中共南平市委办公室南平市人民政府办公室")
    lines = split_run_on(text)
    assert "附件：南平市2034年茶产业提升任务分解表" in lines
    meta = parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert (meta.issuer, meta.date, meta.table_title) == (
        "中共南平市委办公室、南平市人民政府办公室", "2034-05-06", "南平市2034年茶产业提升任务分解表")
