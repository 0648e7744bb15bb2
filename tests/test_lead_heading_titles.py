"""Lead headings of one list, some over items that each print their own lead and some over items that take it,
are all section titles (fromheadings.give_section_units: the count of ``_titles`` is over the headings of one
level and numbering, whichever way their items read them)."""
from extractor.engine.extract import extract

NOTICE = "\n".join([
    "某某市2022年重点工作任务分工",
    "一、扩大有效投资（市发展和改革委员会牵头）",
    "1.新开工重大产业项目12个，完成投资80亿元。（牵头单位：市住房和城乡建设局；配合单位：市财政局）",
    "2.新改建农村公路60公里。（牵头单位：市交通运输局；配合单位：市自然资源局）",
    "二、保障和改善民生（市民政局牵头）",
    "3.新建社区养老服务中心5个。（配合单位：市财政局）",
    "4.新增普惠托位300个。（配合单位：市卫生健康委员会）",
])


def test_a_lead_heading_over_items_printing_their_own_lead_is_a_title():
    notice = extract(NOTICE.encode("utf-8"))
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 1), (3, 2), (4, 2)]
    assert [[a.name for a in m.lead] for m in notice.measures] == [
        ["市住房和城乡建设局"], ["市交通运输局"], ["市民政局"], ["市民政局"]]
    assert [[a.name for a in m.support] for m in notice.measures] == [
        ["市财政局"], ["市自然资源局"], ["市财政局"], ["市卫生健康委员会"]]
    assert [s.title for s in notice.sections] == ["扩大有效投资", "保障和改善民生"]
