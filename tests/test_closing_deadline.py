"""A deadline bracket closing an item's sentence before its stop, its unit label after the sentence
(labelled._closing_deadline; holdout tentexts-collection-2022-1, batch 68)."""
from extractor.engine.extract import extract


def test_a_deadline_bracket_before_the_stop_goes_to_the_deadline():
    """A bracket holding a deadline or schedule label and no unit, closing the item's sentence before its stop, with
    the unit label after the sentence (labelled._closing_deadline; tests/fixtures/README.md schedule convention)."""
    notice = extract("（一）社会宣传\n"
                     "1、在公交站点设置公益广告（时间安排：2023年9月至验收结束）。责任单位：市住建局。\n"
                     "2、在公园设置宣传牌（2023年底前）。责任单位：市水利局。\n"
                     "3、在社区设置宣传栏（完成时限：2023年8月）。责任单位：市民政局；完成时限：2023年6月。\n"
                     .encode("utf-8"))
    assert [(m.text, m.deadline) for m in notice.measures] == [
        ("在公交站点设置公益广告。", "2023年9月至验收结束"),
        ("在公园设置宣传牌（2023年底前）。", None),   # no label: the words stay the item's
        ("在社区设置宣传栏（完成时限：2023年8月）。", "2023年6月")]   # the labels' own deadline wins
