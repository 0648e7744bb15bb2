"""A short letterless list of two items hard-wrapped at one width shows its wrap by its two widest lines when both
were cut inside a clause over a shorter rest (``wrapwidth.WRAPPED_MIN_CUT_LINES``; blindsynth seed 26290, wrap 33:
before, no wrap was found, the first item's text kept its ``，`` and the second item and its section were lost)."""
from extractor.engine.extract import extract
from extractor.parse.wrapwidth import find_wrap

LINES = ["某某区2021年政府工作报告重点工作任务分工",
         "（一）保障和改善民生",
         "1．关于“推进城区雨污分流改造，年内完成老旧管网更新”的问题，",
         "由区住建局会同区财政局、区城管局负责落实。",
         "（二）优化营商环境",
         "2．关于“推行企业开办全程网办，压缩办理时间至半日”的问题，由",
         "区行政审批局会同区市场监管局研究提出落实意见。"]


def test_two_widest_lines_cut_inside_clauses_show_the_wrap():
    assert len(LINES[2]) == len(LINES[5]) == max(map(len, LINES))
    assert find_wrap(LINES).width == len(LINES[2])


def test_the_two_items_are_read_whole():
    notice = extract("\n".join(LINES).encode("utf-8"))
    assert [(m.measure_no, m.section_no, m.text, [a.name for a in m.lead], [a.name for a in m.support])
            for m in notice.measures] == [
        (1, 1, "关于“推进城区雨污分流改造，年内完成老旧管网更新”的问题", ["区住建局"], ["区财政局", "区城管局"]),
        (2, 2, "关于“推行企业开办全程网办，压缩办理时间至半日”的问题", ["区行政审批局"], ["区市场监管局"])]
    assert [s.title for s in notice.sections] == ["保障和改善民生", "优化营商环境"]


def test_two_widest_lines_ending_their_sentences_show_none():
    """A notice with its own breaks: its two longest lines, as long by chance, end their sentences."""
    lines = [LINES[0], LINES[1], LINES[2][:-1] + "。", "由区住建局负责落实。", LINES[4], LINES[5][:-1] + "。",
             "区行政审批局负责落实。"]
    assert find_wrap(lines) is None


def test_a_widest_line_over_an_item_shows_none():
    """The line after a widest line cut so opens an item: it is no rest, and two lines prove nothing."""
    lines = [LINES[0], LINES[2], "2．由区住建局会同区财政局负责落实。", LINES[5], LINES[6]]
    assert find_wrap(lines) is None


def test_two_text_table_rows_of_one_width_show_none():
    """A text table's header and first row as long as each other (cells parted by spaces; the header holds no clause
    mark): no prose a wrap cut (``wrapwidth._prose_cut``; tests/test_sp_lone_rows's last-row table read no row when
    they were taken for a wrap)."""
    lines = ["序号 目标任务 责任单位 上半年推进情况", "1 新建高标准农田2万亩。 区农业农村委", "区财政局", "已施工1.2万亩。"]
    assert len(lines[0]) == len(lines[1])
    assert find_wrap(lines) is None
