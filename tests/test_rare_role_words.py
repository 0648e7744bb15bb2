"""The rarer words a notice may print for the common roles (batch 64, session 55, sampled the store by them):
主抓单位 leads beside 协助单位, 次要责任单位 supports beside 主要责任单位, 办结时限 is the deadline, and a 督办单位 (the
office that follows a task up) is kept in extra, neither lead nor support (roles.toml [roles], [other_roles];
docs/parsing.md).  Before, each of them failed silently: 主抓单位's line ran into the item's text and the item had no
lead, 次要's 责任单位 was found inside the label and 次要 read into the lead (市发改局次要), 办结时限's deadline was lost,
and the 督办单位 line ran into the lead list over it (市发改局督办单位：)."""
import pytest

import extractor


def _first(lead_label: str, support_label: str, deadline_label: str):
    html = ("<html><body><h1>某市人民政府办公室关于印发2022年重点工作分解的通知</h1><div class='c'><p>一、经济发展</p>"
            f"<p>1.推进工业园区建设。</p><p>{lead_label}：市发改局</p><p>{support_label}：市财政局、市商务局</p>"
            f"<p>{deadline_label}：2022年12月底</p>"
            f"<p>2.加快商贸流通发展。</p><p>{lead_label}：市商务局</p><p>{support_label}：市财政局</p>"
            f"<p>{deadline_label}：2022年10月底</p></div></body></html>")
    return extractor.extract(html.encode(), name="x.html").measures[0]


@pytest.mark.parametrize("lead_label,support_label,deadline_label", [
    ("主抓单位", "协助单位", "完成时限"),
    ("主要责任单位", "次要责任单位", "完成时限"),
    ("牵头单位", "配合单位", "办结时限"),
    ("主抓单位", "次要责任单位", "办结时限"),
    # 其他责任单位 / 协同配合单位 beside 主要责任单位 (华容县 2021, 谯城区 2020; blind67's cause 3): before, 责任单位 was
    # found inside the label and 其他 / 协同 read into the lead (市发改局其他), or the support and deadline were lost
    ("主要责任单位", "其他责任单位", "完成时限"),
    ("主要责任单位", "其它责任单位", "完成时限"),
    ("主要责任单位", "协同配合单位", "完成时限"),
    ("牵头单位", "其他责任单位", "完成时限"),
    # 责任（配合）单位 beside 牵头单位 (盘锦市大洼区 2021; blind71's cause 1): before, an unknown label, its line ran into
    # the lead's (市发改局责任（配合）单位：市财政局) and the support was lost; the traditional and half-width prints too
    ("牵头单位", "责任（配合）单位", "完成时限"),
    ("牵头单位", "责任(配合)单位", "完成时限"),
    ("牽頭單位", "責任（配合）單位", "完成時限"),
    ("牵头部门", "责任（配合）部门", "完成时限"),
])
def test_a_rare_role_word_names_its_role(lead_label, support_label, deadline_label):
    m = _first(lead_label, support_label, deadline_label)
    assert m.text == "推进工业园区建设。"
    assert [u.name for u in m.lead] == ["市发改局"]
    assert [u.name for u in m.support] == ["市财政局", "市商务局"]
    assert m.deadline == "2022年12月底"


def test_the_office_that_follows_a_task_up_neither_leads_nor_supports():
    m = _first("牵头单位", "督办单位", "完成时限")
    assert [u.name for u in m.lead] == ["市发改局"]
    assert not m.support
    assert m.extra.get("督办单位") == "市财政局、市商务局"


@pytest.mark.parametrize("support_label", ["责任（配合）单位", "责任(配合)单位", "責任（配合）單位"])
def test_a_bracketed_cooperating_label_supports_inside_an_items_bracket(support_label):
    """（牵头单位：X；责任（配合）单位：A、B；完成时限：…） (blind71's cause 1, holdout peihebracket-dawa-2021-5): before,
    the label was unknown and the supports were lost."""
    text = ("某区人民政府办公室关于印发2021年重点工作任务分解表的通知\n一、稳定经济增长\n"
            f"1．地区生产总值增长6%左右。（牵头单位：区发改局；{support_label}：区统计局、区财政局；完成时限：2021年12月底）\n"
            f"2．规模以上工业增加值增长7%。（牵头单位：区工信局；{support_label}：各镇（街道）；完成时限：2021年11月底）\n")
    ms = extractor.extract(text.encode(), name="x.txt").measures
    assert [[u.name for u in m.lead] for m in ms] == [["区发改局"], ["区工信局"]]
    assert [[u.name for u in m.support] for m in ms] == [["区统计局", "区财政局"], ["各镇（街道）"]]
    assert [m.deadline for m in ms] == ["2021年12月底", "2021年11月底"]
