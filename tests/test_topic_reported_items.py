"""Topic lines with no number over a labelled list whose items include some naming only the body that reports
their figure (``数据提供单位：市统计局``): such an item keeps its place among the items, so a topic right over it or
right under it stands among the items as one over or under a measure (``outline._reported_only``; blindsynth seed
25939: its three ``——…（N项）`` topics were no sections)."""
from extractor import extract

LINES = ["某某市2019年重点任务责任分工表",
         "——全面推进乡村振兴（2项）",
         "1.加快数字政府建设，推动政务数据共享全覆盖。", "牵头部门：市住建局", "配合部门：市食安委",
         "2.社会消费品零售总额增长6%左右。", "数据提供单位：市统计局",
         "——优化营商环境（3项）",
         "3.新开工重大产业项目59个。", "牵头单位：市民政局",
         "4.完成固定资产投资增长8%以上。", "牵头部门：市商务局",
         "5.常住人口城镇化率提高2个百分点。", "数据提供单位：市统计局",
         "——提升城市功能品质（3项）",
         "6.规模以上工业增加值增长5%以上。", "数据提供部门：市统计局",
         "7.推进老旧小区改造。", "牵头部门：市水利局",
         "8.扩大对外贸易，全年进出口总额增长9%。", "牵头部门：市发展和改革委员会"]


def _read(lines):
    notice = extract("\n".join(lines).encode("utf-8"))
    return [s.title for s in notice.sections], [(m.measure_no, m.section_no) for m in notice.measures]


def test_topics_opening_and_closing_on_reported_items_are_sections():
    sections, measures = _read(LINES)
    assert sections == ["全面推进乡村振兴（2项）", "优化营商环境（3项）", "提升城市功能品质（3项）"]
    assert measures == [(1, 1), (3, 2), (4, 2), (7, 3), (8, 3)]


def test_a_lone_short_line_among_the_items_is_still_no_topic():
    """One short line over a reported item, the only such line: too few topic lines, read as before (no section)."""
    lines = [ln for ln in LINES if not ln.startswith("——")]
    lines.insert(lines.index("6.规模以上工业增加值增长5%以上。"), "提升城市功能品质")
    sections, measures = _read(lines)
    assert sections == [] and [no for no, _ in measures] == [1, 3, 4, 7, 8]
