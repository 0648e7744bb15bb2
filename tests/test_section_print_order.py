"""The notice's sections are listed where their headings are printed, not in the order their first measures come:
an item whose own sentences name no unit over sub-items carrying the units is their section (tests/fixtures/README.md,
"An item over the sub-items that carry the units"), and its sub-items may come before a measure of the heading over
it, which is still listed first (outline.Outline.parse; holdout subunits-jiangsu)."""
from extractor.engine.extract import extract


def _rows(page: str):
    notice = extract(page.encode("utf-8"))
    return ([(s.no, s.label) for s in notice.sections],
            [(m.measure_no, m.section_no) for m in notice.measures])


PAGE = ("一、目标分解\n"
        "3.全市新增造林面积二万亩。 (林业处)\n"
        "二、任务分解\n"
        "(四)改善城乡人居环境。\n"
        "12.推进清洁家园行动。\n"
        "(1)整治村庄河塘一百条。(水利处)\n"
        "13.建成污水处理设施二十座。 (环保处)\n"
        "(六)提高公共服务水平。\n"
        "25.办好社区卫生服务。\n"
        "(2)新建社区卫生站三十个。(卫生处)\n"
        "26.扩大养老服务覆盖。 (民政处)\n")


def test_a_heading_is_listed_before_the_item_heading_its_sub_items():
    sections, measures = _rows(PAGE)
    assert sections == [(1, "一、"), (4, "(四)"), (12, "12."), (6, "(六)"), (25, "25.")]
    assert measures == [(3, 1), (1, 12), (13, 4), (2, 25), (26, 6)]


def test_sections_in_order_of_their_measures_are_listed_as_before():
    sections, _ = _rows("一、目标分解\n"
                        "1.全市新增造林面积二万亩。(林业处)\n"
                        "二、任务分解\n"
                        "2.建成污水处理设施二十座。(环保处)\n")
    assert sections == [(1, "一、"), (2, "二、")]
