"""A part heading over sub-items that each print their own labels, its level holding a measure elsewhere (a part
printing a sentence over a paragraph and labels of its own): the first sub-item carries the labels right under it
and the part is their section (``foldsteps._numbered_on_after``; tests/fixtures/README.md "An item over the
sub-items that carry the units"; holdout labelpagetwo-baise, batch 92).  Invented notices, own words."""
from test_table import parse_text


def _rows(text):
    return [(m.measure_no, m.section.label if m.section else None, m.text, m.lead_cells)
            for m in parse_text(text).measures]


_PARTS = ["第2页",
          "(二)改进政务服务大厅。",
          "1、设置综合受理窗口，推行一窗受理、集成服务。",
          "牵头单位:县政务服务中心",
          "责任单位:县直有关部门",
          "完成时限:2010年6月底",
          "2、延长周末服务时间，提供预约办理服务。",
          "牵头单位:县政务服务中心",
          "完成时限:2010年9月底",
          "(三)建成县级数据备份中心。",
          "按照统一标准建设数据备份中心，完成主要业务系统数据备份。",
          "牵头单位:县工信局",
          "完成时限:2010年12月底",
          ""]


def test_sub_items_over_their_own_labels_under_a_part():
    """Before, (二)'s line and its item 1 ran together as one measure numbered 2 under no section: part (三)
    holds a measure of its own, so the part level counted as a measure's and item 1 as (二)'s one step."""
    assert _rows("\n".join(_PARTS)) == [
        (1, "(二)", "设置综合受理窗口，推行一窗受理、集成服务。", ("县政务服务中心",)),
        (2, "(二)", "延长周末服务时间，提供预约办理服务。", ("县政务服务中心",)),
        (3, None, "建成县级数据备份中心。按照统一标准建设数据备份中心，完成主要业务系统数据备份。", ("县工信局",))]


def test_a_lone_step_sharing_its_items_labels_is_still_its_text():
    """The look-alike: one step under an item and the labels, then the next item of the item's own level (not a
    sub-item numbered on): the step is the item's text, as before."""
    text = "\n".join(["第2页",
                      "1.完善受理机制。", "（1）设置综合受理窗口。", "牵头单位：县政务服务中心",
                      "2.延长服务时间。", "牵头单位：县政务服务中心", ""])
    assert _rows(text) == [
        (1, None, "完善受理机制。（1）设置综合受理窗口。", ("县政务服务中心",)),
        (2, None, "延长服务时间。", ("县政务服务中心",))]
