"""Stage 5: unnumbered topic lines between items.

Under a numbered heading (``（一）坚定不移做强增长引擎``) a plan may group its items under short lines
that print no number and no bracket (``加强基础设施建设`` / ``6.…`` / ``7.…`` / ``壮大特色产业`` / ``8.…``).
Each such line heads the items under it: their section is the heading right above them (as an
unnumbered heading over a list, threelevel-yuncheng), numbered by its place, with no label
(tests/fixtures/README.md "sections"; docs/parsing.md, "Topic lines").  Invented notice, own words.
"""
import pytest
from types import SimpleNamespace

from extractor.parse.headlines import is_topic_line
from extractor.parse.outlineheads import sections_by_head

from test_table import parse_text

NOTICE = """青岚县2024年重点工作任务责任分解方案
一、主要预期目标
1.地区生产总值增长6%以上。（牵头单位：县发改局）
2.城镇新增就业2000人。（牵头单位：县人社局）
二、主要工作安排
（一）做强产业发展
发展特色农业
3.新建高标准农田2万亩。（牵头单位：县农业农村局；责任单位：各乡镇）
4.培育茶叶品牌3个。（牵头单位：县农业农村局）
壮大工业经济
5.新增规模以上工业企业10家。（牵头单位：县经信局）
（二）增进民生福祉
办好教育事业
6.新建幼儿园2所。（牵头单位：县教育局）
"""


def sections_of(text):
    body = parse_text(text)
    return ([(s.no, s.label, s.title) for s in body.sections],
            [(m.measure_no, m.section.no if m.section else None) for m in body.measures])


def test_topic_lines_head_the_items_under_them():
    """Before, 发展特色农业 ran into the title of （一）, the other topics were dropped, and items 3-6
    took （一）/（二） as their sections."""
    sections, measures = sections_of(NOTICE)
    assert sections == [(1, "一、", "主要预期目标"), (2, None, "发展特色农业"), (3, None, "壮大工业经济"),
                        (4, None, "办好教育事业")]
    assert measures == [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (6, 4)]


def test_labelled_items_take_their_topics_too():
    notice = """青岚县2024年重点工作任务
（一）做强产业发展
发展特色农业
1.新建高标准农田2万亩。
牵头单位：县农业农村局
2.培育茶叶品牌3个。
牵头单位：县农业农村局
壮大工业经济
3.新增规模以上工业企业10家。
牵头单位：县经信局
"""
    sections, measures = sections_of(notice)
    assert sections == [(1, None, "发展特色农业"), (2, None, "壮大工业经济")]
    assert measures == [(1, 1), (2, 1), (3, 2)]


def test_one_short_line_over_an_item_heads_nothing():
    """One such line alone (under a heading, over the first item) may be the heading's wrapped rest:
    read as before, the heading's text."""
    notice = """青岚县2024年重点工作任务
（一）做强产业发展
特色农业方面
1.新建高标准农田2万亩。（牵头单位：县农业农村局）
2.培育茶叶品牌3个。（牵头单位：县农业农村局）
（二）增进民生福祉
3.新建幼儿园2所。（牵头单位：县教育局）
"""
    sections, measures = sections_of(notice)
    assert [label for _no, label, _title in sections] == ["（一）", "（二）"]
    assert measures == [(1, 1), (2, 1), (3, 2)]


def test_short_lines_under_headings_only_head_nothing():
    """Wrapped headings' rests stand under headings, never under a measure: no topic lines."""
    notice = NOTICE.replace("4.培育茶叶品牌3个。（牵头单位：县农业农村局）\n壮大工业经济\n",
                            "4.培育茶叶品牌3个。（牵头单位：县农业农村局）\n（三）壮大工业经济\n")
    notice = notice.replace("（二）增进民生福祉\n办好教育事业\n", "（四）增进民生福祉\n")
    sections, _ = sections_of(notice)
    assert [label for _no, label, _title in sections] == ["一、", "（一）", "（三）", "（四）"]


@pytest.mark.parametrize("line, topic", [
    ("加强基础设施建设", True),
    ("办好教育和卫生健康事业", True),
    ("新建停车泊位800个。", False),        # a sentence's rest
    ("（此件公开发布）", False),
    ("牵头单位：县发改局", False),
    ("城乡", False),                        # too short to be a phrase
    ("推进城乡污水管网建设和农村人居环境整治提升工作", False),   # 23 characters: wording
    # a heading's count or leaders after its name (BLIND4401 cause 1): the words before them decide
    ("扩大有效投资（3项）", True),
    ("扩大有效投资（共3项）", True),
    ("统筹发展和安全（2項）", True),
    ("优化营商环境（牵头领导：刘洋）", True),
    ("优化营商环境（牵头单位：县发改局）", False),   # units: an item's assignment, no heading's note
    ("新建停车泊位（含充电桩）", False),      # a note of another kind stays a mark
    ("（3项）", False),
])
def test_a_topic_line_is_a_short_phrase_with_no_marks(line, topic):
    assert is_topic_line(line) is topic


@pytest.mark.parametrize("line, topic", [
    ("着力扩大有效投资。", True),          # a city's topics closed by a full stop (bureaupage-xianning)
    ("着力提振消费需求．", True),
    ("加强基础设施建设", True),
    ("新建停车泊位800个。。", False),      # one stop only
    ("加快建设，扩大投资。", False),        # a clause mark inside: wording
    ("（此件公开发布）。", False),
])
def test_between_items_a_topic_line_may_close_with_a_full_stop(line, topic):
    assert is_topic_line(line, closing_stop=True) is topic
    if line.endswith("。"):
        assert not is_topic_line(line)   # a numbered heading's sentence is asked without the stop


def test_topic_lines_closed_by_a_full_stop_head_the_items_under_them():
    """A city's plan closes its topics with 。 (咸宁 2024, holdout bureaupage-xianning-2024-1); before,
    they ran into the items as text and the items took （一） as their section."""
    notice = NOTICE.replace("发展特色农业\n", "发展特色农业。\n").replace("壮大工业经济\n", "壮大工业经济。\n")
    notice = notice.replace("办好教育事业\n", "办好教育事业。\n")
    sections, measures = sections_of(notice)
    assert sections == [(1, "一、", "主要预期目标"), (2, None, "发展特色农业。"), (3, None, "壮大工业经济。"),
                        (4, None, "办好教育事业。")]
    assert measures == [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (6, 4)]


def test_one_short_sentence_over_an_item_heads_nothing():
    """The MIN_TOPIC_LINES rule holds for lines closed by a stop too: one alone is read as before."""
    notice = """青岚县2024年重点工作任务
（一）做强产业发展
特色农业方面。
1.新建高标准农田2万亩。（牵头单位：县农业农村局）
2.培育茶叶品牌3个。（牵头单位：县农业农村局）
（二）增进民生福祉
3.新建幼儿园2所。（牵头单位：县教育局）
"""
    sections, measures = sections_of(notice)
    assert [label for _no, label, _title in sections] == ["（一）", "（二）"]
    assert measures == [(1, 1), (2, 1), (3, 2)]


FLAT_STOPS = """青岚县2024年重点工作任务分工
做强产业发展。
1.新建高标准农田2万亩。（县农业农村局牵头）
2.培育茶叶品牌3个。（县农业农村局牵头）
壮大工业经济。
3.新增规模以上工业企业10家。（县经信局牵头）
办好教育事业。
4.新建幼儿园2所。（县教育局牵头）
增进民生福祉。
5.新增养老床位300张。（县民政局牵头）
"""


def test_the_first_topic_closed_by_a_stop_heads_the_first_items():
    """The first topic line, right under the list's title over item 1, heads items 1 and 2 as the lines
    between the items head theirs (blindsynth session 49 cause 1: before, items 1-2 had no section and
    every later one was numbered one place early)."""
    sections, measures = sections_of(FLAT_STOPS)
    assert sections == [(1, None, "做强产业发展。"), (2, None, "壮大工业经济。"), (3, None, "办好教育事业。"),
                        (4, None, "增进民生福祉。")]
    assert measures == [(1, 1), (2, 1), (3, 2), (4, 3), (5, 4)]


@pytest.mark.parametrize("first", [
    "具体任务分工如下。",     # a preamble leading in to the list
    "做强产业发展",            # no stop where the topics between the items print one: the list's own line
])
def test_a_line_over_item_one_unlike_the_topics_heads_nothing(first):
    sections, measures = sections_of(FLAT_STOPS.replace("做强产业发展。\n", first + "\n"))
    assert sections == [(1, None, "壮大工业经济。"), (2, None, "办好教育事业。"), (3, None, "增进民生福祉。")]
    assert measures == [(1, None), (2, None), (3, 1), (4, 2), (5, 3)]


def test_one_topic_between_items_leaves_the_sentence_over_item_one_alone():
    """Fewer than MIN_TOPIC_LINES topics closed by a stop between the items: the one-sentence preamble over
    item 1 is no section, and nothing is read as a topic (read as before)."""
    notice = FLAT_STOPS.replace("办好教育事业。\n", "").replace("增进民生福祉。\n", "")
    sections, measures = sections_of(notice)
    assert sections == []
    assert [no for no, _section in measures] == [1, 2, 3, 4, 5]


DASHED = """青岚县2024年重点工作任务分解方案
——做强产业发展
31.新建高标准农田2万亩。（牵头单位：县农业农村局；责任单位：各乡镇）
32.培育茶叶品牌3个。（责任单位：县农业农村局）
——增进民生福祉
33.新建幼儿园2所。（牵头单位：县教育局；责任单位：县财政局）
34.新增养老床位300张。（责任单位：县民政局）
"""


def test_dash_led_topic_lines_head_the_items_under_them():
    """A topic line printed with a dash bullet (``——做强产业发展``, no number) between items is a topic
    line as one printed bare: it heads the items under it, the dashes no part of its title.  Before, each
    was an item of its own (a bullet's level) folded into the item above as its text (…2所。——增进民生福祉)
    and no section was read (holdout pagenine-wuhan)."""
    body = parse_text(DASHED)
    assert [(s.no, s.label, s.title) for s in body.sections] == [(1, None, "做强产业发展"), (2, None, "增进民生福祉")]
    assert [(m.measure_no, m.section.no) for m in body.measures] == [(31, 1), (32, 1), (33, 2), (34, 2)]
    assert body.measures[1].text == "培育茶叶品牌3个。"


def test_a_dash_topic_over_bare_items_a_count_line_closes_heads_them():
    """The first dash topic of a list stands over bare items whose units a line closing the run gives
    (``（1）…`` ``（2）…`` ``以上两项目标的责任单位均为X。``): the items are measures by that line, so the topic
    heads them (blindsynth BLIND5201 cause 4: before, only a topic over an item printing its own units or
    labelled lines right under it counted, and the first section was lost)."""
    body = parse_text("\n".join([
        "某市2023年优化营商环境重点任务清单", "——全面推进乡村振兴", "（1）建成5G基站3600个。", "（2）新建农田2万亩。",
        "以上两项目标的责任单位均为市农业农村局。", "——加强生态环境保护", "（3）新建管网49公里。",
        "该项工作牵头单位为市住建局，配合单位为市生态环境局。"]))
    assert [(s.no, s.title) for s in body.sections] == [(1, "全面推进乡村振兴"), (2, "加强生态环境保护")]
    assert [(m.measure_no, m.section.no, m.lead_cells) for m in body.measures] == [
        (1, 1, ("市农业农村局",)), (2, 1, ("市农业农村局",)), (3, 2, ("市住建局",))]


def test_dash_bulleted_items_over_their_likes_stay_items():
    """Dash-bulleted items that carry their own units are items, and a short dash line over them is one
    of them, no topic: a 要点's unnumbered items (the dash is their numbering)."""
    notice = """青岚县2024年重点工作要点
（一）做强产业发展
——新建高标准农田
——培育茶叶品牌3个。（牵头单位：县农业农村局）
——新增规模以上工业企业10家。（牵头单位：县经信局）
（二）增进民生福祉
——新建幼儿园
——新建养老院2所。（牵头单位：县民政局）
"""
    body = parse_text(notice)
    assert [s.label for s in body.sections] == ["（一）", "（二）"]
    assert [m.text for m in body.measures][:2] == ["培育茶叶品牌3个。", "新增规模以上工业企业10家。"]


@pytest.mark.parametrize("first, second", [
    ("——做强产业发展（2项）", "——增进民生福祉（2项）"),
    ("——做强产业发展（牵头领导：刘洋）", "——增进民生福祉（牵头领导：王平、李明）"),
])
def test_dash_topic_lines_keep_their_count_or_leaders_in_the_title(first, second):
    """A dash topic line printing its count (（2项）) or its leaders (（牵头领导：刘洋）) after its name heads the
    items under it as one printing none, the bracket kept in its title (tests/fixtures/README.md "sections").
    Before, a count made the line no topic (glued onto the item above as its text) and a leaders' bracket
    made it an item of its own, taking the next item's number (BLIND4401 cause 1: bs223, bs2692)."""
    body = parse_text(DASHED.replace("——做强产业发展", first).replace("——增进民生福祉", second))
    assert [(s.no, s.label, s.title) for s in body.sections] == [(1, None, first[2:]), (2, None, second[2:])]
    assert [(m.measure_no, m.section.no) for m in body.measures] == [(31, 1), (32, 1), (33, 2), (34, 2)]
    assert body.measures[1].text == "培育茶叶品牌3个。"


# A heading that runs its point on after a colon (湖南's 2019 opinion: `（一）总体要求：<prose>。` over the targets
# paragraph) is titled by its phrase; a heading whose name a full stop closes keeps its line (a count after it).
def test_a_heading_running_its_point_on_after_a_colon_is_titled_by_its_phrase():
    heads = [SimpleNamespace(no=1, label="（一）", text="总体要求：坚持稳中求进工作总基调，统筹做好各项工作。"),
             SimpleNamespace(no=2, label="（二）", text="社会事业发展目标。共4项。"),
             SimpleNamespace(no=3, label="（三）", text="重点抓好以下工作：")]
    assert [s.title for s in sections_by_head(heads).values()] == [
        "总体要求", "社会事业发展目标。共4项。", "重点抓好以下工作："]


# The same with the phrase closed by a full stop over the point's prose (湖南's 2018 opinion:
# `（一）总的要求和主要预期目标。以…为指导，…。`): titled by the phrase when the prose after it is longer than a heading's
# own note (`headlines.RUN_IN_PROSE_MIN_CHARS`); a note or a count after the stop stays in the title.
def test_a_heading_running_its_point_on_after_a_full_stop_is_titled_by_its_phrase():
    heads = [SimpleNamespace(no=1, label="（一）", text="总的要求和主要预期目标。以新时代中国特色社会主义思想为指导，坚持稳中求进"
                                                      "工作总基调，按照高质量发展的要求推动经济社会持续健康发展。"),
             SimpleNamespace(no=2, label="（二）", text="节能降耗和污染物减排目标。属约束性目标，共3项，必须确保完成。"),
             SimpleNamespace(no=3, label="（三）", text="社会事业发展目标。共4项。")]
    assert [s.title for s in sections_by_head(heads).values()] == [
        "总的要求和主要预期目标", "节能降耗和污染物减排目标。属约束性目标，共3项，必须确保完成。", "社会事业发展目标。共4项。"]
