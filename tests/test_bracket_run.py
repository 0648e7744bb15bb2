"""An item that runs several tasks on in one paragraph, each closed by its own bracket of units,
after a run-in heading sentence: ``（一）<heading>。<task>。（A负责落实）<task>。（B、C分别负责落实）``
(docs/parsing.md, "A run of brackets in one item").  Each bracket closes one measure, numbered by
its place; the item is the section its heading titles.  An item whose bracket merely follows a
clause, or that holds one closing bracket, stays one measure."""
from extractor.parse.bracketrun import join_broken_runs, read_bracket_run
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
    assert run is not None and run.heading == "做好河长制信息发布"
    assert [(t, f.lead) for t, f in run.tasks] == [("公布清理任务。", ("县水利局",)), ("公开整治情况。", ("县住建局",))]
    # brackets after clauses inside a sentence: one task naming who does which part
    assert look("完善路网。改造东环路（县交通局牵头）、西环路（县住建局牵头），年底前完工。") is None
    # the last bracket followed by its deadline: the bracket does not close the paragraph
    assert look("完善路网。改造东环路。（县交通局牵头）改造西环路。（县住建局牵头）2025年底前完成。") is None
    # one bracket only
    assert look("完善路网。改造东环路，拓宽西环路。（县交通局牵头）") is None
    # no run-in heading: tasks each closed by their units under one number (read without a heading)
    run = look("统筹推进城区东环路、西环路和滨河路三条主干道的提质改造工程。（县交通局负责）公开改造进度。（县住建局负责）")
    assert run is not None and run.heading is None
    assert [(t, f.lead) for t, f in run.tasks] == [
        ("统筹推进城区东环路、西环路和滨河路三条主干道的提质改造工程。", ("县交通局",)), ("公开改造进度。", ("县住建局",))]
    # one bracket under a run-in heading: a run only where the notice's items are runs
    assert look("完善路网。改造东环路。（县交通局牵头）") is None
    assert read_bracket_run("完善路网。改造东环路。（县交通局牵头）", parse_bracket, in_runs=True).heading == "完善路网"
    # a bracket closing nothing but punctuation after a bracket closes no task of its own
    assert look("完善路网。改造东环路。（县交通局牵头）。（县住建局配合）") is None
    # a bracket naming no unit (a note) closes nothing
    assert look("完善路网。改造东环路。（含人行道）改造西环路。（县住建局牵头）") is None


def test_in_a_notice_of_runs_an_item_with_one_bracket_reads_its_heading_as_its_section():
    """Where the notice's items are bracket runs (a run-in heading, then tasks each closed by its
    units), an item with a run-in heading and one bracket is printed the same way: its heading is
    its section's title, not the opening of its one measure's text."""
    result = parsed([
        "一、推进林业信息公开",
        "（一）做好林长制信息发布。公布年度造林任务。（县林业局负责落实）公开护林员选聘结果。（县人社局负责落实）",
        "（二）做好森林防火信息发布。公开防火期管控措施，按周发布火险等级。（县应急局负责落实）",
        "（三）做好古树保护信息发布。公开古树名录。（县住建局负责落实）发布挂牌保护进展。（各乡镇人民政府分别负责落实）",
    ])
    assert rows(result) == [
        (1, 1, "公布年度造林任务。", ("县林业局",)),
        (1, 2, "公开护林员选聘结果。", ("县人社局",)),
        (2, 3, "公开防火期管控措施，按周发布火险等级。", ("县应急局",)),
        (3, 4, "公开古树名录。", ("县住建局",)),
        (3, 5, "发布挂牌保护进展。", ("各乡镇人民政府",)),
    ]
    assert [s.title for s in result.sections] == ["做好林长制信息发布", "做好森林防火信息发布", "做好古树保护信息发布"]


def test_one_run_among_items_of_one_bracket_leaves_them_whole():
    """A notice whose items mostly close with one bracket is no notice of runs: one run among them
    does not cut the others' opening sentences off as headings."""
    result = parsed([
        "一、重点任务",
        "（一）完善养老服务。新建社区养老驿站5个。（县民政局牵头）",
        "（二）加强食品安全监管。开展校园周边食品专项检查。（县市场监管局牵头）",
        "（三）改善农村道路。硬化通组道路30公里。（县交通局牵头）",
        "（四）做好供水保障。改造老旧管网8公里。（县水务局负责）新建加压泵站1座。（县住建局负责）",
    ])
    texts = [m.text for m in result.measures]
    assert texts[:3] == ["完善养老服务。新建社区养老驿站5个。", "加强食品安全监管。开展校园周边食品专项检查。",
                         "改善农村道路。硬化通组道路30公里。"]


def test_tasks_each_closed_by_their_units_under_one_number_are_a_measure_each():
    """An item with no heading of its own whose sentences are each closed by their own bracket of
    units holds several tasks under one number: a measure each, numbered as printed (as a table's
    number merged over two tasks: tests/fixtures/README.md), in the item's section."""
    result = parsed([
        "一、城乡建设",
        "1.完成城北片区雨污分流管网改造，新建截污干管6公里，年内全面投入运行。（县住建局负责）"
        "建成城北污水提升泵站并同步接入监管平台。（县水务局负责）",
        "2.新建城市公园2个。（县自然资源局负责）",
    ])
    assert rows(result) == [
        (1, 1, "完成城北片区雨污分流管网改造，新建截污干管6公里，年内全面投入运行。", ("县住建局",)),
        (1, 1, "建成城北污水提升泵站并同步接入监管平台。", ("县水务局",)),
        (1, 2, "新建城市公园2个。", ("县自然资源局",)),
    ]


def test_a_note_or_a_deadline_bracket_inside_an_item_splits_nothing():
    """Brackets that name no unit (a note inside a task, a deadline closing one sentence) leave the
    item one measure with its closing units."""
    result = parsed([
        "一、城乡建设",
        "1.完成城北片区道路改造（含人行道和绿化带），同步更换路灯。推进背街小巷整治。（县住建局负责）",
        "2.完成老旧小区加装电梯20部。（2025年6月底前）推进小区充电桩建设。（县住建局负责）",
    ])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [(1, ("县住建局",)), (2, ("县住建局",))]
    assert result.measures[0].text == "完成城北片区道路改造（含人行道和绿化带），同步更换路灯。推进背街小巷整治。"


def test_in_a_notice_of_runs_a_longer_run_in_heading_is_still_the_items_heading():
    """A 工作要点's item headings name their theme at length (围绕…做好…信息公开): in a notice whose
    items are runs, a first sentence longer than a point's heading, with tasks after it before the
    first bracket, is the item's heading as its neighbours' are; elsewhere it stays a task's text."""
    long_head = "（三）围绕深化工程建设项目审批制度改革和持续优化营商环境做好信息公开。"
    assert len("围绕深化工程建设项目审批制度改革和持续优化营商环境做好信息公开") > 24
    result = parsed([
        "一、推进重点领域信息公开",
        "（一）做好林长制信息发布。公布年度造林任务。（县林业局负责落实）公开护林员选聘结果。（县人社局负责落实）",
        "（二）做好古树保护信息发布。公开古树名录。（县住建局负责落实）发布挂牌保护进展。（各乡镇人民政府分别负责落实）",
        long_head + "公开审批事项清单。（县行政审批局负责落实）公开中介服务收费标准。（县发改局负责落实）",
    ])
    assert [(s.label, s.title) for s in result.sections][-1] == (
        "（三）", "围绕深化工程建设项目审批制度改革和持续优化营商环境做好信息公开")
    assert [(m.measure_no, m.text) for m in result.measures][-2:] == [(5, "公开审批事项清单。"), (6, "公开中介服务收费标准。")]
    alone = look(long_head[3:] + "公开审批事项清单。（县行政审批局负责落实）公开中介服务收费标准。（县发改局负责落实）")
    assert alone.heading is None and alone.tasks[0][0].startswith("围绕深化")


def test_tasks_closed_by_semicolons_read_without_a_heading():
    """Tasks ending with ； (no full stop before the first bracket) print no heading sentence."""
    run = read_bracket_run("改造东环路；（县交通局牵头）改造西环路；（县住建局牵头）", parse_bracket, in_runs=True)
    assert run is not None and run.heading is None and [t for t, _ in run.tasks] == ["改造东环路；", "改造西环路；"]


def test_brackets_standing_before_their_full_stop_or_a_clauses_comma_close_a_task_each():
    """A province's 部门分工 opinion (湖南 2016, batch 33) prints each task's bracket BEFORE the task's
    full stop (…政策（A负责）。) or after a clause before its comma (…政策（A负责），建设…（B牵头）。): each
    closes one task, whose text takes the full stop after the bracket; a clause's text ends before the
    comma.  The leaders' posts opening each bracket are people, never units."""
    run = look("加快创新发展。完善成果转化政策（分管副省长负责，省科技厅牵头）。"
               "落实研发费用加计扣除政策（分管副省长负责，省财政厅牵头），建设一批众创空间（分管副省长负责，省科技厅牵头）。")
    assert run is not None and run.heading == "加快创新发展"
    assert [(t, f.lead) for t, f in run.tasks] == [
        ("完善成果转化政策。", ("省科技厅",)), ("落实研发费用加计扣除政策", ("省财政厅",)),
        ("建设一批众创空间。", ("省科技厅",))]
    # still no run: brackets before a list's 、, or a last bracket followed by more wording
    assert look("完善路网。改造东环路（县交通局牵头）、西环路（县住建局牵头）。") is None
    assert look("完善路网。改造东环路（县交通局牵头），拓宽西环路（县住建局牵头），年底前完工。") is None


def test_a_bracket_s_later_sentence_stating_a_rule_names_no_units():
    """After its units' sentence a bracket may state how to read the notice's brackets (下同): that
    sentence is a note whole, its 其他有关部门配合 or 其他部门和单位按职责分工负责 no support units; the first
    sentence keeps its units even when it holds a note (以下各项均需…落实)."""
    found = parse_bracket("分管副省长、协管副秘书长负责，省科技厅牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同")
    assert (found.lead, found.support) == (("省科技厅",), ())
    found = parse_bracket("分管副省长负责，省科技厅、省发改委等负责。列第一位的为牵头部门，其他部门和单位按职责分工负责，下同")
    assert found.support == () and "下同" in found.extra["备注"]
    # a later sentence with no rule in it is read as before (its units count)
    found = parse_bracket("省科技厅牵头。省财政厅配合")
    assert (found.lead, found.support) == (("省科技厅",), ("省财政厅",))


def test_a_paragraph_of_targets_each_followed_by_its_bracket_under_a_heading_is_a_measure_each():
    """stopbracket-tianjin-2006-1: a heading line over a paragraph running targets on, each closed by a
    bracket AFTER its full stop, the run broken by a line break before one bracket: the heading is the
    section, each target a measure (its full stop kept), numbered by place; a line that is only a bracket
    still covers the items above it, and bracket-first lines are not joined to the line before them."""
    result = parsed([
        "一、主要目标",
        "1.主要指标的责任部门。",
        "常住人口控制在1150万人左右。（市公安局牵头）单位产值能耗降低20%。（市经委牵头）耕地保有量不减少。",
        "（市国土房管局牵头）污染物排放总量减少10%。（市环保局、市水利局牵头）",
    ])
    assert rows(result) == [
        (1, 1, "常住人口控制在1150万人左右。", ("市公安局",)),
        (1, 2, "单位产值能耗降低20%。", ("市经委",)),
        (1, 3, "耕地保有量不减少。", ("市国土房管局",)),
        (1, 4, "污染物排放总量减少10%。", ("市环保局、市水利局",)),
    ]
    # bracket-first lines open their sentences: none is joined to the line before it
    lines = ["（市建委牵头）建成地铁二号线。", "（市交通局牵头）建成港口集疏运道路。"]
    assert join_broken_runs(lines, parse_bracket) == lines
    # nor is a line that is only a bracket (it covers the items above it)
    lines = ["常住人口控制在1150万人左右。（市公安局牵头）耕地保有量不减少。", "（责任单位：市国土房管局）"]
    assert join_broken_runs(lines, parse_bracket) == lines


def test_a_first_task_closed_before_a_clauses_comma_still_follows_the_items_heading():
    """essaybracket-hunan-2018-1: the heading's first task is a clause whose bracket stands before its comma
    (`（二）抓好产业项目建设。新开工…落地（…省发改委牵头…），加快培育…（…）。`): the heading is asked of the clause as of
    a sentence, so it is the item's section title, not the first task's opening words."""
    L = "分管副省长、协管副秘书长负责，"
    result = parsed([
        "一、落实工作总体部署",
        f"（一）抓好产业项目建设。新开工一批重大产业项目，推动签约项目落地（{L}省发改委牵头，省商务厅按职责分工负责），"
        f"加快培育工业新兴优势产业链（{L}省经信委牵头）。",
    ])
    assert [(m.section.title, m.measure_no, m.text, m.lead_cells, m.support_cells) for m in result.measures] == [
        ("抓好产业项目建设", 1, "新开工一批重大产业项目，推动签约项目落地", ("省发改委",), ("省商务厅",)),
        ("抓好产业项目建设", 2, "加快培育工业新兴优势产业链。", ("省经信委",), ()),
    ]


def test_a_run_among_whole_items_keeps_its_number_and_its_heading():
    """The run itself, among items that each close with one bracket, keeps its number: its tasks stand
    under it, the heading in the first one's text (tests/fixtures/README.md: a number over several tasks
    stays each task's), in the section the other items are in; its heading titles no section of its own."""
    result = parsed([
        "一、重点任务",
        "1.做好供水保障。改造老旧管网8公里。（县水务局负责）新建加压泵站1座。（县住建局负责）",
        "2.完善养老服务。新建社区养老驿站5个。（县民政局牵头）",
        "3.加强食品安全监管。开展校园周边食品专项检查。（县市场监管局牵头）",
    ])
    assert rows(result) == [
        (1, 1, "做好供水保障。改造老旧管网8公里。", ("县水务局",)),
        (1, 1, "新建加压泵站1座。", ("县住建局",)),
        (1, 2, "完善养老服务。新建社区养老驿站5个。", ("县民政局",)),
        (1, 3, "加强食品安全监管。开展校园周边食品专项检查。", ("县市场监管局",)),
    ]
    assert [s.title for s in result.sections] == ["重点任务"]


def test_sub_items_run_into_their_items_paragraph_keep_their_numbers():
    # 1.<heading>。(1)<task>。(X牵头负责)(2)<task>。(X牵头负责): a city's 意见 running its sub-items into the paragraph
    # (holdout runinsub-chizhou): each closed sub-item is a measure numbered as printed, restarting under each item,
    # its text without its number; the item is the section its heading titles
    result = parsed([
        "一、持续减少审批事项",
        "1.深化商事制度改革。(1)全面推行证照合一。整合涉企证照事项。(市市场监管局牵头负责)(2)推行登记全程电子化。"
        "推行网上申请。(市市场监管局牵头负责)",
        "2.精简投资审批。(1)编制核准目录。(市发展改革委牵头，市商务局配合)(2)推行区域评估。(市发展改革委牵头负责)",
    ])
    assert rows(result) == [
        (1, 1, "全面推行证照合一。整合涉企证照事项。", ("市市场监管局",)),
        (1, 2, "推行登记全程电子化。推行网上申请。", ("市市场监管局",)),
        (2, 1, "编制核准目录。", ("市发展改革委",)),
        (2, 2, "推行区域评估。", ("市发展改革委",)),
    ]
    assert [(s.label, s.title) for s in result.sections] == [("1.", "深化商事制度改革"), ("2.", "精简投资审批")]
    # tasks printing no numbers keep their places' numbers, as before
    result = parsed(["一、推进信息公开",
                     "（一）做好信息发布。公布清理任务。（县水利局负责落实）公开整治情况。（县住建局负责落实）"])
    assert [m.measure_no for m in result.measures] == [1, 2]


# batch 122 (holdout runpair-danjiangkou-2022-1): a copy's end cuts the task after a run's last bracket
CUT_RUN = ("1.强化园区污水治理。列出环境问题清单并制定整改方案。（牵头单位：县经济开发区；责任单位：县生态环境分局，甲镇、乙镇）"
           "加强对污水处理设施的监管执法。（牵头单位：县生态环境分局；责任单位：县经济开发区，甲镇）积极推动企业废水资源化利")


def test_a_run_whose_last_task_the_copys_end_cut_gives_its_bracketed_tasks():
    result = parsed(["二、主要工作任务", "（一）全面控制污染物排放。", CUT_RUN])
    assert rows(result) == [
        (1, 1, "列出环境问题清单并制定整改方案。", ("县经济开发区",)),
        (1, 2, "加强对污水处理设施的监管执法。", ("县生态环境分局",)),
    ]
    assert [(s.label, s.title) for s in result.sections] == [("1.", "强化园区污水治理")]


def test_the_cut_task_is_dropped_only_at_the_notices_end():
    # the same line with an item after it is no copy's cut: its words keep the run from closing (one item, as before)
    result = parsed(["二、主要工作任务", CUT_RUN, "2.加强监测。开展水质监测。（县生态环境分局负责）"])
    assert [m.measure_no for m in result.measures] == [1, 2]
    assert result.measures[0].text.endswith("积极推动企业废水资源化利")


def test_a_deadline_after_the_last_bracket_is_no_cut_task():
    from extractor.parse.bracketrun import without_cut_task
    from extractor.parse.deadlinephrases import is_deadline_clause
    line = "1.整治河道。清理垃圾。（县水利局负责）疏浚河床。（县住建局负责）2024年底前完成"
    assert without_cut_task(line, parse_bracket, is_deadline_clause) == line
    assert without_cut_task(CUT_RUN, parse_bracket, is_deadline_clause).endswith("甲镇）")


# batch 129 (holdout clausebrackets-daxing-2018-1): a district's 要点 prints each bracket INSIDE its task's sentence,
# the stop after it, and the copy's end cuts the next task
CUT_CLAUSE_RUN = ("（一）围绕促进功能提升做好信息公开。按时公布重点工作的完成情况（区政府办牵头，相关单位负责落实）。"
                  "做好产业协作的信息公开（区发改委、区教委分别负责落实）。公开高精尖")


def test_a_run_of_brackets_before_their_stops_whose_last_task_the_copy_cut_gives_its_tasks():
    result = parsed(["一、加强重点工作信息公开", CUT_CLAUSE_RUN])
    assert rows(result) == [
        (1, 1, "按时公布重点工作的完成情况。", ("区政府办",)),
        (1, 2, "做好产业协作的信息公开。", ("区发改委、区教委",)),
    ]
    assert [(s.label, s.title) for s in result.sections] == [("（一）", "围绕促进功能提升做好信息公开")]


def test_the_cut_words_after_a_bracket_before_its_stop_go_and_nothing_else_does():
    from extractor.parse.bracketrun import without_cut_task
    from extractor.parse.deadlinephrases import is_deadline_clause
    assert without_cut_task(CUT_CLAUSE_RUN, parse_bracket, is_deadline_clause).endswith("分别负责落实）。")
    # a whole last task after the stop is no cut: the line stays
    whole = CUT_CLAUSE_RUN + "企业的信息。"
    assert without_cut_task(whole, parse_bracket, is_deadline_clause) == whole
    # a bracket before a clause's comma stands inside a sentence: no run ends on such a line
    comma = "（一）做好公开。公布完成情况（区政府办负责），公开协作（区发改委负责）。公开高精尖"
    assert without_cut_task(comma, parse_bracket, is_deadline_clause) == comma


def test_a_cut_task_holding_a_clauses_comma_is_dropped_too():
    # batch 129 (holdout gatewaystop-haidian-2018-1): bare brackets with their stop inside, the cut task already past a comma
    from extractor.parse.bracketrun import without_cut_task
    from extractor.parse.deadlinephrases import is_deadline_clause
    line = ("（二）围绕疏解整治做好信息公开。发布疏解进展。（区经信办、区商务委。）做好拆除违法建设的信息公开。"
            "（区住房城乡建设委、区城管委。）编制并发布战略规划，动态发布美丽")
    assert without_cut_task(line, parse_bracket, is_deadline_clause).endswith("区城管委。）")
    result = parsed(["一、着力加强重点工作信息公开", line])
    assert [m.text for m in result.measures] == ["发布疏解进展。", "做好拆除违法建设的信息公开。"]
