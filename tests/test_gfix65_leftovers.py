"""Session 65's fixes for the independent generator's leftovers of earlier streams (docs/blindsynth.md, gfix65):

- bulleted items numbered by their place among the list's ITEMS, a report-only item keeping its place
  (``Outline.parsed``; holdout bulletdata-anji);
- a mirror's pinyin glosses out of the first-row keys that pair tables one a section (``forms.first_row_keys``;
  holdout glosstables-kecheng);
- a signature date that lost its 年, 月 and 日 beside the signing body's line closes the letter's part
  (``text.signs_with_digits``, ``Outline.add_more``; holdout digitpoints-putian);
- a street office alone before a role verb after the sentence's first assignment (``proseassign._names_units``;
  holdout chengbanstreet-siming);
- a title printed twice counts once among the lines a wrap left whole (``wrapwidth._wrap_width``; holdout
  wrapwhole-jingmen)."""
import pytest
from lxml import html as lhtml

from extractor.layout.locate import locate_content
from extractor.parse.forms import first_row_keys, parse_body
from extractor.parse.hardwraps import join_hard_wraps
from extractor.source.decode import decode_bytes
from extractor.text import signs_with_digits

from conftest import make_raw


def parse_text(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


LETTER = ("某县人民政府办公室关于印发目标任务分解的通知\n各乡镇人民政府，县政府各部门：\n现印发给你们，请认真抓好落实。\n"
          "某县人民政府办公室\n2024年2月20日\n目标任务分解\n")


@pytest.mark.parametrize("label", ["数据提供单位：县统计局", "督办单位：县政府督查室"])
def test_a_report_only_bulleted_item_keeps_its_place(label):
    parsed = parse_text(LETTER + "●新增城镇就业8000人。\n牵头单位：县人力社保局\n●地区生产总值增长6.5%左右。\n"
                        + label + "\n●新建农村公路60公里。\n牵头单位：县交通运输局\n配合单位：县财政局\n")
    assert [(m.measure_no, m.lead_cells) for m in parsed.measures] == [
        (1, ("县人力社保局",)), (3, ("县交通运输局",))]


def test_bulleted_items_naming_their_units_are_numbered_one_to_n_as_before():
    parsed = parse_text(LETTER + "●新增城镇就业8000人。\n牵头单位：县人力社保局\n●新建农村公路60公里。\n"
                        "牵头单位：县交通运输局\n")
    assert [m.measure_no for m in parsed.measures] == [1, 2]


def test_printed_numbers_stay_as_printed_beside_a_report_only_item():
    parsed = parse_text(LETTER + "1.新增城镇就业8000人。\n牵头单位：县人力社保局\n2.地区生产总值增长6.5%左右。\n"
                        "数据提供单位：县统计局\n5.新建农村公路60公里。\n牵头单位：县交通运输局\n")
    assert [m.measure_no for m in parsed.measures] == [1, 5]


def _table(header: str) -> str:
    return (f"<table><tr><td>序號</td><td>重點工作</td><td>{header}</td></tr>"
            "<tr><td>1</td><td>做好某項工作。</td><td>區財政局</td></tr></table>")


def test_a_glossed_header_keys_as_the_unglossed_one():
    tables = [lhtml.fromstring(_table("責任單位")), lhtml.fromstring(_table("責(zé)任單位"))]
    keys = first_row_keys(tables)
    assert keys[0] == keys[1]


def test_a_glossed_header_spaced_out_keys_as_the_unglossed_one():
    tables = [lhtml.fromstring(_table("責任單位")), lhtml.fromstring(_table("責 (zé) 任 單 位"))]
    keys = first_row_keys(tables)
    assert keys[0] == keys[1]


def test_a_header_with_other_words_keys_apart():
    tables = [lhtml.fromstring(_table("責任單位")), lhtml.fromstring(_table("牽頭單位"))]
    keys = first_row_keys(tables)
    assert keys[0] != keys[1]


@pytest.mark.parametrize("text, above, signs", [
    ("2022116", "莆田市人民政府办公室", True),
    ("20221106", "某县人民政府", True),
    ("２０２２１１６", "莆田市人民政府办公室", True),    # full-width digits
    ("2022116", "各牵头单位要细化工作措施。", False),   # a sentence signs nothing
    ("2022116", None, False),
    ("12345", "莆田市人民政府办公室", False),          # no year's digits
    ("2022年1月16日", "莆田市人民政府办公室", False),   # a whole date is is_signature_date's
])
def test_signs_with_digits(text, above, signs):
    assert signs_with_digits(text, above) is signs


POINTS = ("某市人民政府办公室关于印发某市2022年重点任务分工的通知\n各县（区）人民政府，市直各有关单位：\n"
          "现印发给你们，请认真贯彻落实。\n一、强化责任落实。各牵头单位要细化工作措施。\n二、加强跟踪问效。各牵头单位按季报送进展。\n"
          "某市人民政府办公室\n{date}\n某市2022年重点任务分工\n"
          "一、提升政务服务效能\n推行企业开办全程网办，压缩开办时间。（市市场监督管理局牵头；市公安局配合）\n"
          "二、优化项目审批服务\n实行工程建设项目分级分类审批。（市住房和城乡建设局牵头；市自然资源局配合）\n"
          "三、加大金融支持力度\n扩大普惠小微企业贷款投放。（市财政局负责）\n")


@pytest.mark.parametrize("date", ["2022年1月16日", "2022116"])
def test_a_letter_signed_by_digits_keeps_its_points_out_of_the_plan(date):
    parsed = parse_text(POINTS.format(date=date))
    assert [(s.no, s.label, s.title) for s in parsed.sections] == [
        (1, "一、", "提升政务服务效能"), (2, "二、", "优化项目审批服务"), (3, "三、", "加大金融支持力度")]
    assert [m.text for m in parsed.measures] == ["推行企业开办全程网办，压缩开办时间。", "实行工程建设项目分级分类审批。",
                                                 "扩大普惠小微企业贷款投放。"]


PARTS = ("某区人民政府办公室关于印发某区2021年工作方案的通知\n各街道办事处，区直各单位：\n现印发给你们，请认真组织实施。\n"
         "某区人民政府办公室\n2021年4月9日\n某区2021年工作方案\n一、提升城市服务品质\n"
         "由区建设局承办，{support}协办。工作目标：完成老旧小区改造20个。主要措施：\n"
         "1、实施老旧小区改造提升（区建设局牵头，区民政局配合）。\n")


@pytest.mark.parametrize("support", ["鹭江街道", "鹭江街道、中华街道", "区财政局、鹭江街道"])
def test_street_offices_alone_before_a_role_verb_support(support):
    parsed = parse_text(PARTS.format(support=support))
    target = parsed.measures[0]
    assert target.text == "工作目标：完成老旧小区改造20个。"
    assert (target.lead_cells, target.support_cells) == (("区建设局",), (support,))   # one cell, split when resolved


def test_a_street_alone_opening_a_paragraph_is_still_no_leading_assignment():
    """The first clause keeps the old test: places alone there may say where a task lies."""
    from extractor.parse.inline import split_leading
    text = "鹭江街道负责开展老旧小区改造，完成20个。"
    assert split_leading(text) == (text, None)


def _wrapped(title_lines: list[str]) -> list[str]:
    body = ["某市人民政府办公室", "2023年5月8日", "某市2023年城市更新重点工作任务分工",
            "1.完成老旧小区改造60个。牵头单位：市财政局、市住房和城乡建设",
            "局、市自然资源和规划局。",
            "2.新建改造城市道路15条，打通断头路5条。牵头单位：市交通运输",
            "局、市公安局。",
            "3.新增城市公园绿地20公顷，建成口袋公园10个。牵头单位：市生",
            "态环境局、市水利和湖泊局。",
            "《荆门市2023年城市更新重点工作任务分工》已经市人民政府常务会",
            "议同意，现印发给你们，请认真贯彻落实。"]
    return ["某市人民政府门户网站", "首页 政务公开 政务服务 互动交流", *title_lines, *body]


TITLE = "某市人民政府办公室关于印发某市2023年城市更新重点工作任务分工的通知通知通知"
INFO = "〖发布时间：2023-05-10〗〖信息来源：某市人民政府办公室〗〖阅读次数：860〗"


def test_a_title_printed_twice_is_one_line_left_whole():
    joined = join_hard_wraps(_wrapped([TITLE, INFO, TITLE]))
    assert "3.新增城市公园绿地20公顷，建成口袋公园10个。牵头单位：市生态环境局、市水利和湖泊局。" in joined


def test_three_different_longer_lines_still_show_no_wrap_over_four():
    other = TITLE.replace("城市更新", "城乡建设")
    joined = join_hard_wraps(_wrapped([TITLE, INFO, other]))
    assert "态环境局、市水利和湖泊局。" in joined
