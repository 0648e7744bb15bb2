"""A dash bullet a PDF's text or a converter writes in ASCII: —— as ---- (each full-width dash two half-width ones), so a
half-width run may be ``HALF_WIDTH_DASHES`` times as long as a full-width one (numbering._bullet_dashes; holdout
splitdash-guotuziyuanbu-2017-83, batch 130: before, ---- was no bullet and stayed in each item's text)."""
import pytest

from extractor.numbering import HALF_WIDTH_DASHES, MAX_BULLET_DASHES, strip_dash_bullet

from test_cut_dash_item import parse_text


@pytest.mark.parametrize("line,want", [
    ("----编制数据资源目录。", "编制数据资源目录。"),
    ("--编制数据资源目录。", "编制数据资源目录。"),
    ("——编制数据资源目录。", "编制数据资源目录。"),
    # longer runs are rules or separators, as before, and a line closing with dashes is one
    ("-" * (MAX_BULLET_DASHES * HALF_WIDTH_DASHES + 1) + "编制", "-" * (MAX_BULLET_DASHES * HALF_WIDTH_DASHES + 1) + "编制"),
    ("————编制", "————编制"),
    ("----分隔线----", "----分隔线----"),
    ("----2023年底前完成", "----2023年底前完成"),
])
def test_strip_dash_bullet(line, want):
    assert strip_dash_bullet(line) == want


def test_ascii_dash_items_under_a_topic_keep_no_dash():
    parsed = parse_text("某部关于推进平台建设的通知\n一、任务分工\n1.数据资源体系建设。（由规划司负责）\n"
                        "----编制空间数据资源目录。（由信息中心牵头，测绘局配合）\n"
                        "----开展数据资源的更新维护。（由测绘局负责）\n")
    assert [m.text for m in parsed.measures][-2:] == ["编制空间数据资源目录。", "开展数据资源的更新维护。"]
