"""A hard-wrapped copy whose items lost their mark (``5完成…`` / ``6推进…``): a line opening with the number after
the paragraph's own opens the next item, even under a line that filled the width (``textlayer.lost_item_number``,
``hardwraps._opens_wrapped_item``; blindsynth seed 4726: ``…完成时限:2023年6月底前)。`` was exactly 36 characters at a
width of 36, and item 6 ran into item 5)."""
from extractor.parse.hardwraps import join_hard_wraps
from extractor.parse.textlayer import lost_item_number

WRAPPED = ["3深化“放管服”改革，政务服务事项网上可办率达到96%(牵头单位:市人社",
           "局、市财政局,配合单位:城中区人民政府,完成时限:持续推进)。",
           "4推进国家卫生城市复审工作，巩固创建成果(牵头单位:市市场监管局,责任单",
           "位:市住建局、市科技局,完成时限:2023年5月底前)。",
           "5完成高标准农田建设23万亩，粮食播种面积保持稳定(牵头单位:市审计局,",
           "配合单位:市应急局、全市项目建设各专班,完成时限:2023年6月底前)。",
           "6推进国家卫生城市复审工作，巩固创建成果(牵头单位:市发改委,责任单位:",
           "市商务局,完成时限:2023年7月—9月)。",
           "7新开工重大产业项目20个，完成固定资产投资增长5%以上(牵头单位:市审",
           "计局,完成时限:2023年全年)。"]


def test_lost_item_numbers():
    assert lost_item_number("6推进国家卫生城市复审工作") == ("bare", 6)
    assert lost_item_number("6。推进国家卫生城市复审工作") == ("stop", 6)
    assert lost_item_number("6个部门负责落实") is None   # a quantity
    assert lost_item_number("6.推进国家卫生城市复审工作") is None   # a numbering reads it


def test_an_item_under_a_line_that_filled_the_width_opens():
    assert len(WRAPPED[5]) == 36 == max(map(len, WRAPPED))
    joined = join_hard_wraps(["柳州市2023年重点工作任务分工"] + WRAPPED)
    assert [line[:2] for line in joined[1:]] == ["3深", "4推", "5完", "6推", "7新"]
    assert joined[3].endswith("2023年6月底前)。")


def test_a_figure_after_the_paragraphs_number_goes_on():
    # the rest opening with a number that does not follow the paragraph's (5 under 5) is a figure's rest
    lines = WRAPPED[:4] + ["5完成高标准农田建设，粮食播种面积保持稳定，完成固定资产投资增长比例达到",
                           "5以上(牵头单位:市审计局,完成时限:年底)。"]
    joined = join_hard_wraps(["柳州市2023年重点工作任务分工"] + lines)
    assert joined[-1].startswith("5完成") and joined[-1].endswith("完成时限:年底)。")
