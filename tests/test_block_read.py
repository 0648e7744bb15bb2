"""A table flattened one cell a paragraph whose rows print no fixed number of paragraphs (a group cell
merged over its rows, two leaders in one cell, a unit cell a name a paragraph), read by what each
paragraph reads as (parse/blockread.py); a page title's pinyin glosses; 平台 as a place word."""
from extractor.layout.locate import locate_content
from extractor.parse.blockread import read_blocks
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes
from extractor.placegroups import join_place_groups

from conftest import make_raw

ROLES = ("section", "measure", "leader", "lead", "support")


def parse_page(paragraphs: list[str], title: str = "某县重点任务分解表"):
    body = "".join(f"<p>{p}</p>\n\n" for p in paragraphs)
    page = f"<html><head><title>{title}</title></head><body><div>{body}</div></body></html>"
    return locate_content(decode_bytes(make_raw(page.encode("utf-8"))))


def rows(parsed):
    return [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells, m.support_cells)
            for m in parsed.measures]


HEADER = ["序号", "项目", "工作任务", "责任领导", "牵头单位", "协办单位"]


def test_rows_with_a_merged_group_cell_two_leaders_and_a_unit_cell_over_paragraphs():
    parsed = parse_body(parse_page(HEADER + [
        "一、做优营商环境",
        "1", "优化审批", "压缩审批时限，推行一窗受理。", "李明", "县审批局", "县司法局、县发改局",
        "2", "开展信用修复专项行动，建立守信激励清单。", "张  华", "周  岚", "县发改局", "（县信用办）",
        "县市场监管局", "县法院，各乡、街道",
        "二、办好民生实事",
        "3", "提质教育", "新建幼儿园2所。", "吴刚", "县教育局", "县财政局",
    ]))
    assert rows(parsed) == [
        ("一、", 1, "压缩审批时限，推行一窗受理。", ("县审批局",), ("县司法局、县发改局",)),
        ("一、", 2, "开展信用修复专项行动，建立守信激励清单。", ("县发改局（县信用办）", "县市场监管局"),
         ("县法院，各乡、街道",)),
        ("二、", 3, "新建幼儿园2所。", ("县教育局",), ("县财政局",)),
    ]
    # the group cell merged over rows 1-2 is kept beside the measure in both rows, never the section
    assert [m.extra.get("项目") for m in parsed.measures] == ["优化审批", "优化审批", "提质教育"]


def test_one_paragraph_a_column_is_left_to_the_readers_before():
    assert read_blocks(["优化审批", "压缩审批时限。", "李明", "县审批局", "县司法局"], ROLES) is None


def test_a_row_two_cuts_read_is_not_guessed():
    # three single names under two unit columns: which column printed two cannot be told
    assert read_blocks(["压缩审批时限。", "李明", "县审批局", "县司法局", "县发改局"], ROLES) is None


def test_a_bracketed_paragraph_opens_no_cell():
    cells = read_blocks(["压缩审批时限。", "李明", "县审批局", "（县政务办）", "县司法局、县发改局"], ROLES)
    assert cells == [None, "压缩审批时限。", "李明", "县审批局（县政务办）", "县司法局、县发改局"]


def test_page_title_loses_a_mirrors_pinyin_glosses():
    located = parse_page(["正文"], title="某县(xiàn)重点任务(wù)分解表")
    assert located.page_title == "某县重点任务分解表"


def test_platforms_and_towns_under_one_ge_are_one_group():
    assert join_place_groups(["各平台", "镇街"]) == ["各平台、镇街"]
    assert join_place_groups(["县商务局", "各平台", "乡镇"]) == ["县商务局", "各平台、乡镇"]


def test_a_platform_company_is_no_place_word():
    assert join_place_groups(["各平台公司", "镇街"]) == ["各平台公司", "镇街"]
