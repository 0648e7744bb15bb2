"""A text copy of a portal page keeps its information box as lines over the letter (索引号：…,
发布机构：…, 成文日期：…).  The box's dated line is no signature: the letter has not begun when a
title follows it, so the letter's own numbered points (一、…。二、…。) before its signature do not
end the letter there (docs/parsing.md, "A portal's metadata box")."""
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw

BOX = ["索引号：11350500/2024-00321", "发布机构：莆田市荔城区人民政府办公室", "成文日期：2024-04-02", "主题分类：综合政务"]
LETTER = ["荔城区人民政府办公室关于印发荔城区2024年城乡建设重点任务清单的通知",
          "荔政办〔2024〕17号",
          "各镇人民政府、街道办事处，区直各单位：",
          "《荔城区2024年城乡建设重点任务清单》已经区政府研究同意，现印发给你们，请抓好落实。"]
POINTS = ["一、统一思想认识。各单位要把城乡建设摆上重要位置，主要负责同志亲自过问。",
          "二、强化协调配合。各牵头单位要主动对接配合单位，形成工作合力。"]
SIGNED = ["莆田市荔城区人民政府办公室", "2024年4月2日", "荔城区2024年城乡建设重点任务清单"]
PLAN = ["（一）改善人居环境",
        "1.改造背街小巷12条。（牵头单位：区住建局；配合单位：区财政局）",
        "2.新建口袋公园5个。（牵头单位：区城管局；配合单位：各街道办事处）"]


def read(lines, path="n.txt"):
    located = locate_content(decode_bytes(make_raw("\n".join(lines).encode("utf-8"), path=path)))
    return parse_metadata(located), parse_body(located)


def test_the_box_date_over_the_title_does_not_end_the_letter_at_its_own_points():
    """Signed with the place's full name under a title printing the short one: the signature
    names the issuer, and the plan's heading after the date is the table title.  Before, the
    box's 成文日期 line counted as the signature's date, so the letter ended at its first point:
    the issuer came from the title (荔城区…, the place's short name) and no table title was read."""
    meta, body = read(BOX + LETTER + POINTS + SIGNED + PLAN)
    assert meta.issuer == "莆田市荔城区人民政府办公室"
    assert meta.date == "2024-04-02"
    assert meta.table_title == "荔城区2024年城乡建设重点任务清单"
    assert [(m.section.title, m.measure_no, m.lead_cells) for m in body.measures] == [
        ("改善人居环境", 1, ("区住建局",)), ("改善人居环境", 2, ("区城管局",))]


def test_the_same_letter_without_its_points_reads_the_same():
    """The look-alike that read right before: no points between the letter and its signature."""
    meta, body = read(BOX + LETTER + SIGNED + PLAN)
    assert (meta.issuer, meta.table_title) == ("莆田市荔城区人民政府办公室", "荔城区2024年城乡建设重点任务清单")
    assert len(body.measures) == 2


def test_a_bare_date_over_a_plan_title_still_signs_a_letter_printed_without_a_title():
    """The rule is the box's dated field (a label before the date) over the title: a letter printed
    without its title, signed with a bare date, then the plan's own title opening with 关于 and
    its items, still ends at the signature - the plan's points are not the letter's."""
    letter = ["各镇人民政府、街道办事处，区直各单位：",
              "现将《关于推进城乡建设的实施方案》印发给你们，请抓好落实。",
              "莆田市荔城区人民政府办公室", "2024年4月2日",
              "关于推进城乡建设的实施方案",
              "一、改造背街小巷12条。（牵头单位：区住建局；配合单位：区财政局）",
              "二、新建口袋公园5个。（牵头单位：区城管局；配合单位：各街道办事处）"]
    meta, body = read(letter)
    assert (meta.issuer, meta.date) == ("莆田市荔城区人民政府办公室", "2024-04-02")
    assert [m.lead_cells for m in body.measures] == [("区住建局",), ("区城管局",)]
