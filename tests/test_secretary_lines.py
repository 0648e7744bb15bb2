"""A bracket line of its own under each item naming a person by a post other than 领导 (责任秘书长, a
city government's secretary-general who follows the task up) and then the units: the person goes to
the measure's extra, the units are that item's only (roles.toml [roles] leader)."""
from extractor.engine.extract import extract
from extractor.parse.assign import parse_labels

PAGE = """<html><head><meta charset="utf-8"><title>某某市人民政府关于印发防汛工作安排的通知</title></head>
<body><div class="content">
二、三项防汛措施<br>
1.开展堤防隐患排查，汛前完成整改销号。<br>
(分管秘书长：赵某某，责任单位：县水务局)<br>
2.储备防汛物资，落实抢险队伍。<br>
(责任秘书长：孙某某，责任单位：县应急局、县粮食局)<br>
3.做好汛期值班值守工作。<br>
(责任副秘书长：周某某，责任单位：县政府办公室)<br>
</div></body></html>"""


def test_secretary_is_a_person_and_each_bracket_line_is_its_item_s():
    notice = extract(PAGE.encode("utf-8"))
    got = [(m.measure_no, m.text, [a.name for a in m.lead], [a.name for a in m.support], m.extra)
           for m in notice.measures]
    assert got == [
        (1, "开展堤防隐患排查，汛前完成整改销号。", ["县水务局"], [], {"分管秘书长": "赵某某"}),
        (2, "储备防汛物资，落实抢险队伍。", ["县应急局", "县粮食局"], [], {"责任秘书长": "孙某某"}),
        (3, "做好汛期值班值守工作。", ["县政府办公室"], [], {"责任副秘书长": "周某某"}),
    ]


def test_secretary_label_alone_names_no_unit():
    assert parse_labels("责任秘书长：钱某某", "labelled") is None


def test_secretary_word_in_wording_is_no_label():
    # look-alike: 秘书长 in an item's sentence, no colon after it: the verbs still read the units
    found = parse_labels("牵头单位：县政府办公室；配合单位：县秘书长联席会议办公室", "labelled")
    assert found.lead == ("县政府办公室",) and found.support == ("县秘书长联席会议办公室",) and found.extra == {}


MIRROR_PAGE = """<html><head><meta charset="utf-8"><title>某某县人民政府关于印发2012年水利建设工作意见的通知 - 某法规库</title></head>
<body><h1>某某县人民政府关于印发2012年水利建设工作意见的通知</h1><div class="content">
上述目标要分解到乡镇，确保按期完成。<br>
二、重点工作<br>
1.完成小型水库除险加固十座。(责任单位：县水务局)<br>
2.新建高标准农田五万亩。(责任单位：县农业农村局)<br>
</div><div class="page">共4页 上一页 1 2 3 4 下一页</div></body></html>"""

ATTACHMENT_PAGE = """<html><head><meta charset="utf-8"><title>附件</title></head><body><div class="content">
某某县2012年水利建设重点任务清单<br>
一、重点工作<br>
1.完成小型水库除险加固十座。(责任单位：县水务局)<br>
2.新建高标准农田五万亩。(责任单位：县农业农村局)<br>
</div></body></html>"""


def test_a_letter_s_title_over_a_mirror_page_s_outline_heads_no_list():
    notice = extract(MIRROR_PAGE.encode("utf-8"))
    assert notice.title == "某某县人民政府关于印发2012年水利建设工作意见的通知"
    assert notice.table_title is None and len(notice.measures) == 2


def test_a_plan_s_own_heading_over_its_outline_still_heads_it():
    notice = extract(ATTACHMENT_PAGE.encode("utf-8"))
    assert notice.table_title == "某某县2012年水利建设重点任务清单" and len(notice.measures) == 2
