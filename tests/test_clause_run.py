"""Tasks assigned as a RUN of clauses inside one paragraph, each opening with its units:
``由A牵头，B、C配合，于4月底前完成<task>；由D负责，…，<task>；…`` — a meeting report on a county
site lists what each department is to do this way, with no item numbers, brackets or labels
(docs/parsing.md, "A run of assigning clauses").  Each clause is a measure numbered by its place;
its text is the task, its deadline the date phrase printed before the task verb."""
import pytest

from extractor.engine.extract import extract
from extractor.parse.clauserun import read_clause_run

from test_outline import parsed   # a notice of these lines under a title and its recipients


def page(*paragraphs: str) -> bytes:
    """A county site's news page: headline, info line, the story's paragraphs, the links after it."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<html><head><meta charset='utf-8'><title>临澧县召开城乡供水一体化工作调度会-临澧县人民政府</title>"
            "</head><body><div class='crumb'>当前位置：首页 &gt; 新闻动态 &gt; 工作动态</div>"
            "<h1>临澧县召开城乡供水一体化工作调度会</h1>"
            "<div class='info'>发布日期：2023-03-08 来源：县水利局 点击数：1024</div>"
            f"<div class='content'>{body}</div>"
            "<div>上一篇：县林业局开展春季森林防火演练</div><div>下一篇：县召开春耕生产推进会</div>"
            "</body></html>").encode("utf-8")


LEAD_IN = "3月7日，临澧县召开城乡供水一体化工作调度会，副县长李××出席会议并讲话。"
TASKS = ("针对存在的问题，会议明确，由县水利局牵头，县财政局、县自然资源局配合，于4月底前完成第二水厂扩建工程主体施工；"
         "由县住建局负责，县城管局、县交警大队配合，在5月15日前完成城区主管网改造；"
         "由合口镇牵头，县水利局配合，年底前建成镇级加压泵站2座。"
         "各乡镇要安排专人对接，确保工程顺利推进。")
ATTENDANCE = "县直有关部门负责人、各乡镇分管负责人参加会议。"


def rows(notice):
    return [(m.measure_no, m.section_no, m.text, tuple(a.name for a in m.lead), tuple(a.name for a in m.support),
             m.deadline, m.form) for m in notice.measures]


def test_a_news_page_assigning_tasks_as_clauses_gives_one_row_per_clause():
    notice = extract(page(LEAD_IN, TASKS, ATTENDANCE), name="linli-news.html")
    assert rows(notice) == [
        (1, None, "完成第二水厂扩建工程主体施工", ("县水利局",), ("县财政局", "县自然资源局"), "4月底前", "inline-verb"),
        (2, None, "完成城区主管网改造", ("县住建局",), ("县城管局", "县交警大队"), "5月15日前", "inline-verb"),
        (3, None, "建成镇级加压泵站2座", ("合口镇",), ("县水利局",), "年底前", "inline-verb"),
    ]


@pytest.mark.parametrize("clause,text,lead,support,deadline", [
    # the deadline printed with its year, set off by a comma before the task
    ("由县教育局牵头，县财政局配合，2024年8月底前，完成城区3所学校食堂改造", "完成城区3所学校食堂改造",
     ("县教育局",), ("县财政局",), "2024年8月底前"),
    # no deadline at all: the task opens right after the units
    ("由县卫健局负责，各乡镇人民政府配合，做好村卫生室标准化建设", "做好村卫生室标准化建设",
     ("县卫健局",), ("各乡镇人民政府",), None),
    # the deadline after the task, a clause of its own
    ("由县商务局牵头，县市场监管局配合，启动农贸市场提质改造，6月底前完成", "启动农贸市场提质改造",
     ("县商务局",), ("县市场监管局",), "6月底前完成"),
    # an ongoing word is wording, not a deadline cut off the task
    ("由县生态环境局牵头，县农业农村局配合，持续推进畜禽养殖污染治理", "持续推进畜禽养殖污染治理",
     ("县生态环境局",), ("县农业农村局",), None),
], ids=["year-comma", "no-deadline", "deadline-after", "ongoing-is-wording"])
def test_each_clause_of_a_run_reads_by_the_one_grammar(clause, text, lead, support, deadline):
    filler = "由县发改局牵头，县统计局配合，在9月底前完成项目入库"
    run = read_clause_run(f"会议要求，{clause}；{filler}；{filler}。")
    assert run is not None and len(run) == 3
    got, found = run[0]
    assert (got, found.lead, found.support, found.deadline) == (text, lead, support, deadline)


def test_the_run_under_a_numbered_heading_is_that_heading_s_section():
    result = parsed(["一、近期重点任务", TASKS])
    assert [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells) for m in result.measures] == [
        ("一、", 1, "完成第二水厂扩建工程主体施工", ("县水利局",)),
        ("一、", 2, "完成城区主管网改造", ("县住建局",)),
        ("一、", 3, "建成镇级加压泵站2座", ("合口镇",))]


def test_a_news_story_with_one_assigning_sentence_is_no_notice():
    one = "会议明确，由县水利局牵头，县财政局、县自然资源局配合，于4月底前完成第二水厂扩建工程主体施工。"
    assert extract(page(LEAD_IN, one, ATTENDANCE), name="linli-news.html").measures == ()


@pytest.mark.parametrize("text", [
    # two clauses: below the run's minimum (MIN_RUN_CLAUSES)
    "会议要求，由县水利局牵头，县财政局配合，于4月底前完成水厂扩建；由县住建局负责，在5月底前完成管网改造。",
    # 由 clauses naming who chaired and who reported: no 牵头/负责, no units' roles
    "会议由县委副书记主持；由县长作工作报告；由各乡镇人民政府汇报工作进展。",
    # units and roles, but no task verb after them: a report of what was done
    "由县水利局牵头，县财政局配合，水厂扩建资金已全部到位；由县住建局牵头，县城管局配合，管网改造已过半；"
    "由县交通局牵头，县公路段配合，农村公路提质工程已验收。",
    # items that CLOSE with their units (the task before 由): the prose form's, not a run
    "做好防汛物资储备，由县应急局牵头，县水利局配合；开展汛前隐患排查，由县自然资源局牵头，各乡镇配合；"
    "修订防汛应急预案，由县水利局负责，县应急局配合。",
], ids=["two-clauses", "no-roles", "no-task-verb", "closing-units"])
def test_paragraphs_that_are_no_run_give_none(text):
    assert read_clause_run(text) is None


def test_items_closing_with_their_own_sentence_read_as_before():
    result = parsed(["一、防汛准备",
                     "1.储备防汛物资。新增编织袋5万条。此项工作由县应急局牵头，县水利局配合，5月底前完成。",
                     "2.排查隐患点位。全面排查山洪灾害隐患。此项工作由县自然资源局牵头，各乡镇配合。",
                     "3.修订应急预案。修订县级防汛预案。此项工作由县水利局负责，县应急局配合。"])
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline, m.form) for m in result.measures] == [
        (1, "储备防汛物资。新增编织袋5万条。", ("县应急局",), ("县水利局",), "5月底前完成", "prose"),
        (2, "排查隐患点位。全面排查山洪灾害隐患。", ("县自然资源局",), ("各乡镇",), None, "prose"),
        (3, "修订应急预案。修订县级防汛预案。", ("县水利局",), ("县应急局",), None, "prose")]


# A dispatch's orders relayed by a news item (holdout sandclauses-lanzhou, batch 113): a task opening with an adverb
# of haste, 督促 or an occasion before its verb; counties named bare or as a city's 各 group; the last order with no 由.
DISPATCH = ("由某市城管委牵头，各县区负责，立即启动应急预案，督促裸露地面全部苫盖；"
            "由兰州市各县区负责，大风过后马上组织道路保洁，降尘随降随清；"
            "由某市国土局牵头，城关区、皋兰县负责，督促施工工地落实抑尘措施；"
            "某市房产局牵头，各县区负责，督促物业公司清理楼顶积尘。")


def test_a_dispatch_s_orders_read_as_a_run_whatever_their_task_opens_with():
    found = read_clause_run(DISPATCH)
    assert [(task, a.lead, a.support) for task, a in found] == [
        ("立即启动应急预案，督促裸露地面全部苫盖", ("某市城管委",), ("各县区",)),
        ("大风过后马上组织道路保洁，降尘随降随清", ("兰州市各县区",), ()),
        ("督促施工工地落实抑尘措施", ("某市国土局",), ("城关区、皋兰县",)),   # the list is split later, as any
        ("督促物业公司清理楼顶积尘", ("某市房产局",), ("各县区",)),
    ]


@pytest.mark.parametrize("text", [
    # a first clause with no 由 opens no run (only a later order may leave it out)
    "某市房产局牵头，各县区负责，督促物业公司清理楼顶积尘；某市建设局牵头，督促工地苫盖；某市城管委牵头，启动预案。",
    # an occasion before wording that is no task (a report) is no task
    "由县水利局牵头，县财政局配合，汛期过后资金已到位；由县住建局负责，汛期过后工程已完工；由合口镇牵头，汛期过后泵站已建成。",
    # a bare name the gazetteer does not list is no unit of a run clause
    "由县水利局牵头，某某片区、某某园负责，启动整治；由县住建局负责，启动改造；由合口镇牵头，启动建设。",
])
def test_what_a_dispatch_run_does_not_stretch_to(text):
    found = read_clause_run(text) or []
    assert len(found) < 3 or all(a.support != ("某某片区", "某某园") for _t, a in found)
