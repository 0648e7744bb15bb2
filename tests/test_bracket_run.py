"""An item that runs several tasks on in one paragraph, each closed by its own bracket of units,
after a run-in heading sentence: ``（一）<heading>。<task>。（A负责落实）<task>。（B、C分别负责落实）``
(docs/parsing.md, "A run of brackets in one item").  Each bracket closes one measure, numbered by
its place; the item is the section its heading titles.  An item whose bracket merely follows a
clause, or that holds one closing bracket, stays one measure."""
from extractor.parse.bracketrun import read_bracket_run
from extractor.parse.inline import parse_bracket

from test_outline import parsed   # a notice of these lines under a title and its recipients


def rows(result):
    return [(m.section.no if m.section else None, m.measure_no, m.text, m.lead_cells) for m in result.measures]


def test_each_bracket_of_an_item_closes_one_measure_under_the_items_heading():
    result = parsed([
        "一、推进河湖治理信息公开",
        "（一）做好河长制信息发布。公布年度河湖清理任务，按月通报进度。（县水利局负责落实）"
        "公开入河排污口整治情况。（县生态环境局、县住建局分别负责落实）",
        "（二）做好水源地保护信息发布。公开水源地水质监测结果。（县卫健局负责落实）划定保护区界标。（县自然资源局负责落实）",
        "二、强化政策解读",
        "（一）提升解读实效。起草部门同步报送解读材料。（县政府办负责落实）"
        "通过图解、短视频等形式开展解读，增强针对性。（各乡镇人民政府、县直各单位分别负责落实）",
    ])
    assert rows(result) == [
        (1, 1, "公布年度河湖清理任务，按月通报进度。", ("县水利局",)),
        (1, 2, "公开入河排污口整治情况。", ("县生态环境局、县住建局",)),
        (2, 3, "公开水源地水质监测结果。", ("县卫健局",)),
        (2, 4, "划定保护区界标。", ("县自然资源局",)),
        (3, 5, "起草部门同步报送解读材料。", ("县政府办",)),
        (3, 6, "通过图解、短视频等形式开展解读，增强针对性。", ("各乡镇人民政府、县直各单位",)),
    ]
    assert [(s.label, s.title) for s in result.sections] == [
        ("（一）", "做好河长制信息发布"), ("（二）", "做好水源地保护信息发布"), ("（一）", "提升解读实效")]


def test_an_item_with_one_closing_bracket_stays_one_measure():
    result = parsed(["一、重点任务",
                     "（一）完善养老服务。新建社区养老驿站5个，推进医养结合。（县民政局牵头，县卫健局配合）",
                     "（二）加强食品安全监管。开展校园周边食品专项检查。（县市场监管局牵头）"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [(1, ("县民政局",)), (2, ("县市场监管局",))]
    assert result.measures[0].text.startswith("完善养老服务。")


def look(text):
    return read_bracket_run(text, parse_bracket)


def test_a_run_is_read_only_after_sentence_ends_up_to_the_paragraphs_end():
    run = look("做好河长制信息发布。公布清理任务。（县水利局负责落实）公开整治情况。（县住建局负责落实）")
    assert run is not None and run[0] == "做好河长制信息发布"
    assert [(t, f.lead) for t, f in run[1]] == [("公布清理任务。", ("县水利局",)), ("公开整治情况。", ("县住建局",))]
    # brackets after clauses inside a sentence: one task naming who does which part
    assert look("完善路网。改造东环路（县交通局牵头）、西环路（县住建局牵头），年底前完工。") is None
    # the last bracket followed by its deadline: the bracket does not close the paragraph
    assert look("完善路网。改造东环路。（县交通局牵头）改造西环路。（县住建局牵头）2025年底前完成。") is None
    # one bracket only
    assert look("完善路网。改造东环路，拓宽西环路。（县交通局牵头）") is None
    # no run-in heading (the first sentence is a task's, too long for a heading): left as one item
    assert look("统筹推进城区东环路、西环路和滨河路三条主干道的提质改造工程。（县交通局负责）"
                "公开改造进度。（县住建局负责）") is None
    # a bracket naming no unit (a note) closes nothing
    assert look("完善路网。改造东环路。（含人行道）改造西环路。（县住建局牵头）") is None
