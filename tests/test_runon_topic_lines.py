"""A labelled list run into one line (the metamorphic ``one-line`` copies, session 66): the unnumbered topic lines
heading its items come back as lines of their own, after the list's title (``…任务分解稳定扩大就业。1．…``:
runon._title_topic) and after the unit list closing an item (``…责任单位：市审计局。打好污染防治攻坚战。3．…``:
valueends.topics_after_units); a 进度安排 of stages stays whole (``…完成招标；8月底前…；11月底前完工。2．…``:
valueends._more_stages).  Before, the topics were lost (no item took them for its section) and the stages were cut
after the first period's verb."""
from extractor.engine.extract import extract
from extractor.parse.runon import split_run_on
from extractor.parse.breakrepair import repair_breaks
from extractor.parse.valueends import bullet_items, deadline_ends

TITLE = "某区2024年重点民生工作任务分解"
ITEMS = ("稳定扩大就业。1．新增城镇就业3000人。牵头单位：区人社局配合单位：区财政局完成时限：2024年12月底前"
         "2．开展技能培训1500人次。牵头单位：区人社局完成时限：2024年10月底前提升教育服务水平。"
         "3．新建公办幼儿园1所。牵头单位：区教育局配合单位：区财政局完成时限：2024年9月底前"
         "4．配备心理健康教师10名。牵头单位：区教育局完成时限：2024年8月底前加强养老服务。"
         "5．新建社区养老服务站2个。牵头单位：区民政局配合单位：区财政局完成时限：2024年12月底前")


def test_a_topic_run_on_after_the_list_s_title_is_a_line_of_its_own():
    lines = split_run_on(TITLE + ITEMS)
    assert lines[:3] == [TITLE, "稳定扩大就业。", "1．新增城镇就业3000人。"]
    assert "提升教育服务水平。" in lines
    notice = extract((TITLE + ITEMS).encode("utf-8"))
    assert [(m.measure_no, m.section_no) for m in notice.measures] == [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3)]
    assert [s.title for s in notice.sections] == ["稳定扩大就业。", "提升教育服务水平。", "加强养老服务。"]
    assert notice.table_title == TITLE


def test_no_title_before_the_phrase_cuts_nothing():
    """The words before the phrase must title a division (``text.titles_division``: …任务分解, …任务清单), and the
    phrase close with its stop: a title alone, or a phrase after a letter's sentence, is left as it is."""
    lines = split_run_on("某区2024年重点民生工作任务分解" + ITEMS[len("稳定扩大就业。"):])
    assert lines[0] == TITLE
    assert split_run_on("现印发给你们稳定扩大就业。" + ITEMS[len("稳定扩大就业。"):])[0] == "现印发给你们稳定扩大就业。"


def test_a_topic_run_on_after_an_item_s_unit_list_is_a_line_of_its_own():
    line = ("某省重点工作责任分解1、规范政府举债行为，严控债务增量。牵头单位：省财政厅；责任单位：省发改委、省审计厅。打好精准脱贫攻坚战。"
            "2、全年实现农村贫困人口脱贫。牵头单位：省扶贫办；责任单位：省财政厅。打好污染防治攻坚战。"
            "3、深入实施污染防治行动计划。牵头单位：省环保厅；责任单位：省发改委。")
    parts = repair_breaks(line, lost_breaks=True)
    assert "打好精准脱贫攻坚战。" in parts and "打好污染防治攻坚战。" in parts
    assert "责任单位：省发改委、省审计厅。" in parts
    # a sentence after the unit list (a clause, a note) is no topic: it stays the value's
    kept = repair_breaks("某省重点工作责任分解1、做甲工作。责任单位：省发改委。各市州按月报送进展情况，确保按期完成。2、做乙工作。责任单位：省财政厅。",
                         lost_breaks=True)
    assert "责任单位：省发改委。各市州按月报送进展情况，确保按期完成。" in kept
    # a ； parts the list's groups: the unit after it is no topic (holdout epaperrun-ningbo's list-semicolon copy)
    groups = repair_breaks("某市重点项目推进表1.新增设置电子警察抓拍点。　牵头领导：张某　配合单位：市城管局；市财政局　"
                           "实际完成情况：已完成招标。　2.新开公交线路12条。　配合单位：市公安局；市城管局。", lost_breaks=True)
    assert not any(part.strip() == "市财政局" for part in groups)


def test_a_schedule_of_stages_stays_its_deadline_label_s_value():
    value = "4月底前完成项目招标；8月底前完成任务的60%；11月底前全面完成。"
    line = ("某县民生实事项目任务分工方案1.新建改建农村公路60公里。牵头单位：县交通运输局进度安排：" + value
            + "2.新建公办幼儿园2所。牵头单位：县教育局进度安排：3月底前完成选址；10月底前完成验收。")
    parts = repair_breaks(line, lost_breaks=True)
    assert "进度安排：" + value in parts
    notice = extract(line.encode("utf-8"))
    assert [m.deadline for m in notice.measures] == ["4月底前完成项目招标；8月底前完成任务的60%；11月底前全面完成",
                                                      "3月底前完成选址；10月底前完成验收"]
    # a paragraph run on after one period (an item whose number was lost) is still cut off the value
    lost = "1.做甲工作。完成时限：2023年6月底前企业开办实现一日办结，全程网上办理。"
    assert lost.index("企业") in deadline_ends(lost, {lost.index("完成时限")})


def test_a_list_of_bullets_with_no_number_is_cut_before_each_bullet():
    """Run into one line, a list whose items open with a bullet and no number (``…配合单位：县经信局●地区生产总值…``) is
    cut before each bullet that stands alone at least ``MIN_BULLET_ITEMS`` times, whatever precedes it (holdout
    bulletdata-anji's one-line copy, session 66: before, no cut was made and no item was read); a rating's ★★★ or a
    bullet or two cut nothing."""
    line = ("某县2023年主要目标任务分解●新增城镇就业5000人。牵头单位：县人社局配合单位：县经信局"
            "●新改建农村公路30公里。牵头单位：县交通运输局完成时限：2023年12月底前●新建学校1所。牵头单位：县教育局")
    parts = repair_breaks(line, lost_breaks=True)
    assert [p for p in parts if p.startswith("●")] == ["●新增城镇就业5000人。", "●新改建农村公路30公里。", "●新建学校1所。"]
    assert "配合单位：县经信局" in parts
    notice = extract(line.encode("utf-8"))
    assert [(m.text, [r.name for r in m.lead]) for m in notice.measures] == [
        ("新增城镇就业5000人。", ["县人社局"]), ("新改建农村公路30公里。", ["县交通运输局"]), ("新建学校1所。", ["县教育局"])]
    assert bullet_items("评为★★★级景区●甲●乙") == set()
    assert bullet_items("甲●乙●丙●丁") == {1, 3, 5}
