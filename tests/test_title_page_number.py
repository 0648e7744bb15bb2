"""A split copy's page number after a heading it cut inside a book title is no word of the title
(``layout/titlelines.without_page_number``; holdout areapage-hunan, batch 127)."""
import pytest

from extractor.layout.titlelines import without_page_number


@pytest.mark.parametrize("title,expected", [
    ("湖南省人民政府办公厅关于印发《洞庭湖生态环(14)", "湖南省人民政府办公厅关于印发《洞庭湖生态环"),
    ("某省人民政府办公厅关于印发《某某行动计划（ 2 ）", "某省人民政府办公厅关于印发《某某行动计划"),
    # a whole title closing with a bracketed number keeps it: no 《 left open
    ("某市2021年重点工作（2）", "某市2021年重点工作（2）"),
    ("关于印发《某方案》的通知(3)", "关于印发《某方案》的通知(3)"),
    ("关于印发《某方案（2021）》的通知", "关于印发《某方案（2021）》的通知"),
    (None, None),
])
def test_page_number_after_a_cut_heading(title, expected):
    assert without_page_number(title) == expected
