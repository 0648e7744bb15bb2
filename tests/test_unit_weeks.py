"""Tables laid out by unit, unit cells wrapping one long name, and a heading row inside a group.

Written for holdout batch 23's weekly work table and merged-goal table, in other words and for
other places (docs/parsing.md §8):

- a work table laid out BY UNIT: each unit's 序号 and name merged over two rows, a narrow label
  cell calling one row the work done this period and the other the work planned for the next,
  the task cell holding numbered items.  The planned row's items are the unit's measures (lead:
  the row's unit), the done row's are none, and each unit is a section (label its 序号 as
  printed, title its name);
- a narrow unit cell whose line breaks wrap ONE name (某市<br>交通<br>运输局<br>…<br>分局,
  某乡<br>人民政府) is one unit; a cell whose lines each name a unit stays several;
- a short heading row across the task and unit columns beside a 序号 and 项目名称 merged down
  over the group heads nothing of its own: no measure, and the rows under it stay the group's.
"""
from __future__ import annotations

import pytest

from extractor.engine.extract import extract
from extractor.parse.unitweeks import join_wrapped_name
from test_merged_groups import _page
from test_project_tables import _got, _sections

TITLE = "4月8日-4月12日各单位河湖保护工作完成情况及下周安排"


def _weekly(done: str = "本周<br>完成<br>情况", planned: str = "下周<br>工作<br>计划", people: bool = True) -> str:
    units = (
        ("1", "临江市<br>交通<br>运输局<br>西湖<br>分局",
         "<p>1、巡查航道两次，清理浮标一处。</p><p>2、完成码头安全检查。</p>",
         "<p>1、开展汛前航道疏浚，清除淤积点三处。</p><p>2、督促渡口落实救生设备配备。</p>"),
        ("2", "区城管局",
         "<p>1.清运沿河垃圾20吨。</p>",
         "<p>1.整治沿河占道经营摊点。</p><p>2.更换破损垃圾桶40个。</p><p>3.启用滨河公厕两座。</p>"),
        ("3", "石门乡<br>人民政府",
         "<p>（1）完成河长公示牌更新。</p>",
         "<p>（1）组织村级河长开展一次集中巡河。（2）排查入河排污口并建立台账。</p>"),
    )
    who = "<td>张　三、李四</td>" if people else "<td></td>"
    rows = ["<table border='1'><tr><td>序号</td><td>责任单位</td><td colspan='2'>工作完成情况及下周工作计划</td>"
            "<td>责任人</td></tr>"]
    for no, unit, done_items, plan_items in units:
        rows.append(f"<tr><td rowspan='2'>{no}</td><td rowspan='2'>{unit}</td><td>{done}</td>"
                    f"<td>{done_items}</td>{who}</tr>")
        rows.append(f"<tr><td>{planned}</td><td>{plan_items}</td>{who}</tr>")
        rows.append("<tr><td colspan='5'>&nbsp;</td></tr>")
    return "".join(rows) + "</table>"


WEEKLY_WANT = [(1, 1, "开展汛前航道疏浚，清除淤积点三处。"), (2, 1, "督促渡口落实救生设备配备。"),
               (3, 2, "整治沿河占道经营摊点。"), (4, 2, "更换破损垃圾桶40个。"), (5, 2, "启用滨河公厕两座。"),
               (6, 3, "组织村级河长开展一次集中巡河。"), (7, 3, "排查入河排污口并建立台账。")]
WEEKLY_SECTIONS = [(1, "1", "临江市交通运输局西湖分局"), (2, "2", "区城管局"), (3, "3", "石门乡人民政府")]
WEEKLY_LEADS = [("临江市交通运输局西湖分局",)] * 2 + [("区城管局",)] * 3 + [("石门乡人民政府",)] * 2


def _names(refs) -> tuple[str, ...]:
    return tuple(r.name for r in refs)


def _leads(notice):
    return [_names(m.lead) for m in notice.measures]


def test_a_table_by_unit_gives_the_planned_items_each_led_by_its_unit():
    notice = extract(_page(_weekly(), TITLE), name="w.html")
    assert _got(notice) == WEEKLY_WANT
    assert _sections(notice) == WEEKLY_SECTIONS
    assert _leads(notice) == WEEKLY_LEADS
    assert all(not m.support for m in notice.measures)   # the 责任人 column names people


@pytest.mark.parametrize("done, planned", [("本月工作<br>完成情况", "下月工作<br>安排"),
                                           ("工作进展", "下一步<br>工作计划")])
def test_other_period_words_label_the_rows_too(done, planned):
    notice = extract(_page(_weekly(done, planned, people=False), TITLE), name="w.html")
    assert _got(notice) == WEEKLY_WANT


def test_a_task_cell_numbering_its_points_in_a_table_by_task_stays_one_measure():
    """No label column: 1. 2. in a task cell are the task's points, not measures of their own."""
    table = ("<table border='1'><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
             "<tr><td>1</td><td><p>1.修订河道保洁标准。</p><p>2.建立保洁考核台账。</p></td>"
             "<td>区水务局</td><td>区财政局</td></tr>"
             "<tr><td>2</td><td>完成沿河绿道建设。</td><td>区住建局</td><td>区城管局</td></tr></table>")
    notice = extract(_page(table, "某区河道保洁工作任务分工表"), name="t.html")
    assert [m.measure_no for m in notice.measures] == [1, 2]
    assert notice.measures[0].text.startswith("1.修订")


def test_a_status_column_of_its_own_labels_no_rows():
    """完成情况 as a column's own header, its cells the status of each task: no by-unit table."""
    table = ("<table border='1'><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>推进情况</td></tr>"
             "<tr><td>1</td><td>完成沿河绿道建设。</td><td>区住建局</td><td>已完成</td></tr>"
             "<tr><td>2</td><td>启用滨河公厕两座。</td><td>区城管局</td><td>推进中</td></tr></table>")
    notice = extract(_page(table, "某区河道保洁工作任务分工表"), name="t.html")
    assert _got(notice) == [(1, None, "完成沿河绿道建设。"), (2, None, "启用滨河公厕两座。")]



@pytest.mark.parametrize("header", ["完成情况及下步安排", "本周完成情况"])
def test_a_short_header_naming_work_done_over_rows_labelled_done_and_planned_holds_the_tasks(header):
    """The rows' own labels (本周完成情况 / 下周工作计划 beside each task cell) say which work is
    done and which is planned: the column beside them holds both, whatever its short header
    names (a 完成情况 of 12 characters or fewer is otherwise a progress column of no role)."""
    table = _weekly().replace("工作完成情况及下周工作计划", header)
    notice = extract(_page(table, TITLE), name="w.html")
    assert _got(notice) == WEEKLY_WANT
    assert _leads(notice) == WEEKLY_LEADS


def test_a_progress_column_in_a_table_by_unit_with_no_row_labels_holds_no_tasks():
    """The negative look-alike: a unit's row per unit under 完成情况, no row labelled as done or
    planned work: a progress report of no task column, no measures."""
    table = ("<table border='1'><tr><td>序号</td><td>责任单位</td><td>完成情况及下步安排</td></tr>"
             "<tr><td>1</td><td>区城管局</td><td>已清运沿河垃圾20吨，下一步整治沿河占道经营摊点。</td></tr>"
             "<tr><td>2</td><td>区水务局</td><td>已完成河道清淤两公里，下一步修订河道保洁标准。</td></tr></table>")
    notice = extract(_page(table, "某区河道保洁工作完成情况"), name="t.html")
    assert notice.measures == ()


# --- a unit cell's line breaks ----------------------------------------------------------------

def _tasks(lead: str, support: str) -> bytes:
    table = ("<table border='1'><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
             f"<tr><td>1</td><td>完成沿河绿道建设。</td><td>{lead}</td><td>{support}</td></tr></table>")
    return _page(table, "某区河道保洁工作任务分工表")


@pytest.mark.parametrize("cell, want", [
    ("临江市<br>交通<br>运输局<br>西湖<br>分局", ("临江市交通运输局西湖分局",)),
    ("石门乡<br>人民政府", ("石门乡人民政府",)),
    ("区城管<br>执法局", ("区城管执法局",)),
    ("临江市生态环境局<br>青石湖<br>分局", ("临江市生态环境局青石湖分局",)),   # a whole name wrapped on
    ("青石街道<br>办事处", ("青石街道办事处",)),       # a street's name, then its office's head word
    ("临江市<br>城市轨道<br>交通局", ("临江市城市轨道交通局",)),   # 道 alone ends no street
    ("县政府<br>办公室", ("县政府办公室",)),   # one line naming a unit, then the head word: one name
    # a body's office ending in a division's word (办事处) holds a body: the head word wraps on
    ("青石街道办事处<br>党工委", ("青石街道办事处党工委",)),
    ("市交通运输局<br>办公室", ("市交通运输局办公室",)),
])
def test_breaks_inside_one_name_wrap_it(cell, want):
    notice = extract(_tasks(cell, "区财政局"), name="t.html")
    assert _names(notice.measures[0].lead) == want


@pytest.mark.parametrize("cell, want", [
    ("高新区<br>各街道<br>区财政局", ("高新区", "各街道", "区财政局")),
    ("区发改局<br>区商务局", ("区发改局", "区商务局")),
    ("石门乡<br>桃源镇", ("石门乡", "桃源镇")),
    ("各镇人民政府<br>街道办事处", ("各镇人民政府", "街道办事处")),   # the towns' and the 街道's offices
    ("区公安<br>区财政局", ("区公安", "区财政局")),   # a short name on a line of its own
    ("区教育局<br>各中小学", ("区教育局", "各中小学")),
    # a street office on a line of its own between two whole names (街道: assign.toml place_end)
    ("县海关<br>青石街道<br>临江市工商业联合会", ("县海关", "青石街道", "临江市工商业联合会")),
    ("县水务局<br>桃源街道<br>临江市审计局", ("县水务局", "桃源街道", "临江市审计局")),
    # a body's section (某某股) on a line of its own names a unit, as the halls under it do
    ("法规审批股<br>档案馆<br>科技馆", ("法规审批股", "档案馆", "科技馆")),
    # a province department's 处室 one a line, its own 办公室 among them: a bare head word after
    # lines that each name a unit wraps nothing (blindsynth bs222)
    ("社会发展处<br>固定资产投资处<br>办公室<br>综合规划处", ("社会发展处", "固定资产投资处", "办公室", "综合规划处")),
    ("政策法规处<br>产业发展处<br>办公室", ("政策法规处", "产业发展处", "办公室")),
    # a head word under a division inside a body (处, 科, 股, 室: [table] division_ends) is a unit of
    # its own, however few lines name units: a 处 holds no 办公室 (blindsynth bs7729, bs8374)
    ("综合规划处<br>办公室", ("综合规划处", "办公室")),
    ("產業發展處<br>辦公室", ("產業發展處", "辦公室")),
    ("综合<br>规划处<br>办公室", ("综合规划处", "办公室")),   # the division itself wrapped, then the cut
    ("办公室<br>法规审批股<br>办公室", ("办公室", "法规审批股", "办公室")),
    ("督查室<br>办公室", ("督查室", "办公室")),
])
def test_lines_each_naming_a_unit_stay_apart(cell, want):
    notice = extract(_tasks("区住建局", cell), name="t.html")
    assert _names(notice.measures[0].support) == want


#: a user's registry (``--registry DIR``) for a made-up city whose zones notices print by short names
#: that end like no unit (青石湖, 桃源园), as 东莞's registry lists 松山湖 and 生态园
ZONE_REGISTRY = """
[city]
name = "临江市"
short = "临江"
province = "江南省"
id_prefix = "ljx"

[[agency]]
agency_id = "ljx-qsh"
name = "临江青石湖高新技术产业开发区管理委员会"
kind = "development zone"
short = ["青石湖管委会"]
aliases = ["青石湖高新区", "青石湖"]

[[agency]]
agency_id = "ljx-gaj"
name = "临江市公安局"
kind = "government department"

[[agency]]
agency_id = "ljx-tyy"
name = "临江桃源产业园管理委员会"
kind = "development zone"
short = ["桃源园管委会"]
aliases = ["桃源园"]
"""


@pytest.fixture
def zone_registry(tmp_path, monkeypatch):
    """The registry above named as a user's folder.  The run's resolver is built first, over the
    shipped registry, so that the folder reaches no later test through it."""
    from extractor.agencies.registry import REGISTRY_ENV
    from extractor.agencies.resolve import load_resolver

    load_resolver()
    (tmp_path / "linjiang.toml").write_text(ZONE_REGISTRY, encoding="utf-8")
    monkeypatch.setenv(REGISTRY_ENV, str(tmp_path))


@pytest.mark.parametrize("cell, want", [
    # whole names one a line, a zone's registry short name among them (the bench's 东莞 cells)
    ("县水务局<br>青石湖<br>临江市审计局", ("县水务局", "青石湖", "临江市审计局")),
    ("青石湖<br>临江市知识产权局", ("青石湖", "临江市知识产权局")),
    ("临江市司法局<br>桃源园<br>石门镇人民政府", ("临江市司法局", "桃源园", "石门镇人民政府")),
    ("桃源园<br>石门镇政府", ("桃源园", "石门镇政府")),
    ("区委组织部<br>桃源园<br>石门镇政府", ("区委组织部", "桃源园", "石门镇政府")),
    # a name wrapped after the known one is read on its own
    ("桃源园<br>石门镇<br>人民政府", ("桃源园", "石门镇人民政府")),
    ("临江市公安局<br>青石湖<br>临江市审计局", ("临江市公安局", "青石湖", "临江市审计局")),
    ("青石湖<br>桃源园<br>临江市审计局", ("青石湖", "桃源园", "临江市审计局")),
])
def test_a_short_name_the_registry_lists_on_a_line_of_its_own_is_a_unit(zone_registry, cell, want):
    notice = extract(_tasks("区住建局", cell), name="t.html")
    assert _names(notice.measures[0].support) == want


@pytest.mark.parametrize("cell, want", [
    # cells whose split only the parse step makes (the resolver re-splits no glued line of these)
    ("青石湖<br>桃源园<br>临江市审计局", ("青石湖", "桃源园", "临江市审计局")),
    ("桃源园<br>石门镇政府", ("桃源园", "石门镇政府")),
])
def test_a_registry_passed_to_extract_is_the_one_the_parse_step_reads(tmp_path, cell, want):
    """``extract(registry=...)`` (the library API) reaches the parse step too, not only the resolver
    (found by wrap36): the folder passed as a registry, not named in $EXTRACTOR_REGISTRY, keeps its
    zones' short names units of their own; the next call without it reads the shipped registry again."""
    import os

    from extractor.agencies.registry import REGISTRY_ENV, load_registry

    assert not os.environ.get(REGISTRY_ENV)
    (tmp_path / "linjiang.toml").write_text(ZONE_REGISTRY, encoding="utf-8")
    with_it = extract(_tasks("区住建局", cell), registry=load_registry(tmp_path), name="t.html")
    assert _names(with_it.measures[0].support) == want
    without = extract(_tasks("区住建局", cell), name="t.html")
    assert _names(without.measures[0].support) != want


@pytest.mark.parametrize("cell, want", [
    # the session-34 shape: a known short name inside one wrapped name, a bare head word after it
    ("临江市<br>生态<br>环境局<br>青石湖<br>分局", ("临江市生态环境局青石湖分局",)),
    ("临江市生态环境局<br>青石湖<br>分局", ("临江市生态环境局青石湖分局",)),
    ("青石湖<br>管委会", ("青石湖管委会",)),
    ("桃源园<br>管理委员会", ("桃源园管理委员会",)),
    # the line and the next one joined are a name the registry lists (青石湖高新区)
    ("青石湖<br>高新区<br>管委会", ("青石湖高新区管委会",)),
    # a fragment after it: the zone's own branch wrapped (the zone's 公安分局)
    ("青石湖<br>公安<br>分局", ("青石湖公安分局",)),
    ("临江市公安局<br>青石湖<br>交通<br>大队", ("临江市公安局青石湖交通大队",)),
    # a whole name the registry lists (临江市公安局) wrapped on into a fragment by its form
    ("临江市公安局<br>青石湖<br>分局", ("临江市公安局青石湖分局",)),
    ("临江市公安局<br>交通警察<br>支队", ("临江市公安局交通警察支队",)),
])
def test_a_short_name_the_registry_lists_still_wraps_on_into_a_head_or_a_known_name(zone_registry, cell, want):
    notice = extract(_tasks(cell, "区财政局"), name="t.html")
    assert _names(notice.measures[0].lead) == want


@pytest.mark.parametrize("parts, want", [
    # traditional characters: the registry's names are matched in simplified ones
    (("縣水務局", "青石湖", "臨江市審計局"), 3),
    (("臨江市生態環境局", "青石湖", "分局"), 1),
    # look-alikes the registry does not list stay fragments that wrap on (青石潭, 青石)
    (("临江市生态环境局", "青石潭", "分局"), 1),
    (("临江市", "青石", "湖区", "分局"), 1),
])
def test_registry_short_names_in_a_wrapped_cell_whatever_their_characters(zone_registry, parts, want):
    assert len(join_wrapped_name(parts)) == want


#: pages of the bench's corpus whose unit cells are read (its first 150 held 14 such cells glued in session 35)
BENCH_PAGES = 150


def test_the_bench_corpus_cells_of_whole_names_one_a_line_stay_apart():
    """bench/bench.py prints a unit cell of several units as registry names of 东莞 (full, short or
    an alias: 生态园, 松山湖, 东莞市司法局) one a line over ``<br>``: no line there wraps a name, so
    ``join_wrapped_name`` gives every such cell's lines back as they are."""
    import importlib.util
    import re
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("bench_corpus", Path(__file__).parents[1] / "bench" / "bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    units, seed = bench.load_unit_names(), bench.parse_args([]).seed
    cells = 0
    for index in range(BENCH_PAGES):
        data, encoding, _ = bench.page_html(seed, index, units)
        for cell in re.findall(r"<td>([^<>]*(?:<br/?>[^<>]*)+)</td>", data.decode(encoding)):
            parts = tuple(filter(None, re.split(r"<br/?>", cell)))
            cells += 1
            assert join_wrapped_name(parts) == parts, index
    assert cells > BENCH_PAGES   # the corpus prints such cells (about 24 a page)


# --- a heading row inside a merged group ---------------------------------------------------------

def _goals(heading: str, first: bool = True) -> str:
    """Goal 2's rows under a 序号 and 目标名称 merged down over them, a row across the task and
    unit columns opening them (``first``) or standing between its rows."""
    across = f"<tr><td colspan='3'>{heading}</td></tr>"
    rows = ["<table border='1'><tr><td>序号</td><td>目标名称</td><td>工作标准</td><td>牵头单位</td>"
            "<td>配合单位</td></tr>",
            "<tr><td rowspan='2'>1</td><td rowspan='2'>河湖水质稳定向好</td><td>(1)国控断面达标率100%。</td>"
            "<td>区生态环境局</td><td>各乡镇</td></tr>",
            "<tr><td>(2)完成入河排污口整治。</td><td>区水务局</td><td>区生态环境局</td></tr>"]
    if first:
        rows.append(f"<tr><td rowspan='3'>2</td><td rowspan='3'>滨水空间品质提升</td><td colspan='3'>{heading}</td></tr>"
                    "<tr><td>(3)建成滨河步道5公里。</td><td>区住建局</td><td>区城管局</td></tr>")
    else:
        rows.append("<tr><td rowspan='3'>2</td><td rowspan='3'>滨水空间品质提升</td><td>(3)建成滨河步道5公里。</td>"
                    "<td>区住建局</td><td>区城管局</td></tr>" + across)
    rows.append("<tr><td>(4)改造沿河公园两处。</td><td>区城管局</td><td>区住建局</td></tr></table>")
    return "".join(rows)


GOALS_WANT = [(1, 1, "国控断面达标率100%。"), (2, 1, "完成入河排污口整治。"), (3, 2, "建成滨河步道5公里。"),
              (4, 2, "改造沿河公园两处。")]


@pytest.mark.parametrize("first", [True, False])
def test_a_heading_across_the_task_columns_inside_a_group_is_no_measure(first):
    notice = extract(_page(_goals("建设滨水绿道", first), "某区2024年主要目标任务责任分解表"), name="g.html")
    assert _got(notice) == GOALS_WANT
    assert _sections(notice) == [(1, "1", "河湖水质稳定向好"), (2, "2", "滨水空间品质提升")]
    assert _leads(notice)[2:] == [("区住建局",), ("区城管局",)]


def test_a_sentence_across_the_task_columns_stays_a_task():
    """A whole sentence printed across the task and unit columns is a task with no unit cells,
    not a heading: it stays a measure."""
    notice = extract(_page(_goals("各乡镇落实河长巡河制度，每月至少巡河两次。", first=False),
                           "某区2024年主要目标任务责任分解表"), name="g.html")
    assert "各乡镇落实河长巡河制度，每月至少巡河两次。" in [m.text for m in notice.measures]


@pytest.mark.parametrize("parts", [
    ("临江市", "交通", "运输局", "西湖", "分局"), ("石门乡", "人民政府"), ("区城管", "执法局"),
    ("区城管", "执法"), ("交通", "运输"), ("石门", "桃源"), ("区发改局", "区商务局"), ("石门乡", "桃源镇"),
    ("市发展和改革委员会", "市财政局"), ("各镇人民政府", "街道办事处"), ("区公安", "区财政局"),
    ("某某", "人民政府"), ("人民政府", "某某"), ("市", "交通运输局"), ("交通运输局", "市"),
    ("臨江市", "交通", "運輸局"), ("區城管", "執法局"), ("石門鄉", "人民政府"), ("區發改局", "區商務局"),
    # a line that is not all Chinese, one opening a name after the first, three whole names: the
    # marks ``_line_marks`` keeps of each line give what the tests asked one by one gave
    ("临江市", "交通 运输局"), ("交通", "5G运输局"), ("交通", "各街道"), ("各街道", "交通"),
    # (a line the agency registry lists, 东莞市教育局, cuts a cell of its own: tested above)
    ("市海关", "东城街道", "东莞市工商业联合会"), ("临江市教育局", "临江市洪梅镇人民政府", "人民政府"),
])
def test_a_wrapped_name_is_found_whatever_order_its_tests_run_in(parts):
    """``join_wrapped_name`` asks the parts' own tests (each line's marks, cached) before the
    joined name's unit ending (the dear one): the answer is the one the tests asked one after
    another, the ending first, give."""
    from extractor.hanzi import simplified
    from extractor.parse.unitlists import ends_like_unit
    from extractor.parse.unitweeks import _bare_heads, _fragment, _opens_name, join_wrapped_name
    from extractor.text import CJK_ONLY_RE

    joined = "".join(parts)
    lines = len(parts) >= 2 and all(map(CJK_ONLY_RE.fullmatch, parts)) and not any(map(_opens_name, parts[1:]))
    heads = [simplified(p) in _bare_heads() for p in parts]
    named = sum(1 for p, head in zip(parts, heads) if not head and ends_like_unit(p))   # lines naming a unit
    wraps = lines and ends_like_unit(joined) and ((any(heads[1:]) and named < 2)
                                                  or any(_fragment(simplified(p)) for p in parts))
    assert join_wrapped_name(parts) == ((joined,) if wraps else parts)


@pytest.mark.parametrize("parts", [(), ("临江市交通运输局",), ("交通",), ("交通 运输局",)])
def test_a_cell_of_one_line_or_none_is_no_wrapped_name(parts):
    """``tablerow._unit_parts`` does not ask ``join_wrapped_name`` of a cell of fewer than two lines:
    it gives such a cell's parts back as they are."""
    assert join_wrapped_name(parts) is parts


def test_a_cell_whose_lines_hold_no_mark_it_acts_on_is_given_back_as_the_steps_gave_it():
    """perf56: ``join_wrapped_name`` gives a cell back at once when none of its lines' marks is one a step
    acts on (``_ACTS``: a head word, a branch, a fragment); the same answer as running every step, the
    former reading (here), on random cells of whole names, fragments, head words, branches, divisions,
    lines opening a name, lines not all Chinese, registry names and traditional characters."""
    import random

    from extractor.parse import unitweeks as uw

    def former(parts):
        if len(parts) < 2:
            return parts
        marks = tuple(map(uw._line_marks, parts))
        if any(m & uw._HEAD and before & uw._DIVISION for before, m in zip(marks, marks[1:])):
            return uw._cut_under_divisions(parts, marks)
        if any(m & uw._BRANCH for m in marks[1:]):
            parts = uw._branches_joined(parts, marks)
            if len(parts) < 2:
                return parts
            marks = tuple(map(uw._line_marks, parts))
        if not uw._may_wrap(marks):
            return uw._fragments_joined(parts, marks)
        whole = uw._whole_lines(parts)
        if not any(whole):
            return uw._joined(parts)
        named = tuple(m & ~uw._FRAGMENT if w else m for m, w in zip(marks, whole))
        out, start = [], 0
        for i in range(1, len(parts) + 1):
            if i == len(parts) or (whole[i - 1] and not marks[i] & (uw._FRAGMENT | uw._HEAD)
                                   and uw.simplified(parts[i - 1] + parts[i]) not in uw._registry_names()):
                run = parts[start:i]
                out.extend(uw._joined(run) if len(run) > 1 and uw._may_wrap(named[start:i]) else run)
                start = i
        return tuple(out)

    lines = ["市发改局", "东莞市司法局", "虎门镇政府", "市发展和改革委员会", "临江市教育局", "区公安", "交通", "运输局",
             "市数据资源", "管理局", "区城管", "执法局", "人民政府", "办公室", "分局", "西湖分局", "青溪区分局", "某局",
             "综合规划处", "社会发展处", "各街道", "各镇人民政府", "街道办事处", "生态园", "松山湖", "公安", "市",
             "交通 运输局", "5G运输局", "臨江市", "運輸局", "區城管", "執法局", "石门乡", "大通湖"]
    rng = random.Random(56)
    acted = 0
    for _ in range(3000):
        parts = tuple(rng.choice(lines) for _ in range(rng.randint(2, 4)))
        want = former(parts)
        assert join_wrapped_name(parts) == want, parts
        acted += want != parts
    assert acted > 300   # the draws reach the steps that cut, join or wrap, not only the shortcut


def _row(*origins, texts=None, copies=()):
    """A grid row of cells with these origins (a text each, row copies where asked)."""
    from extractor.parse.grid import Cell
    texts = texts or [f"格{i}" for i in range(len(origins))]
    return [Cell((t,) if t else (), o, row_copy=i in copies) for i, (o, t) in enumerate(zip(origins, texts))]


@pytest.mark.parametrize("row, start", [
    (_row((0, 0), (0, 1), (0, 1), (0, 1)), 1), (_row((0, 0), (0, 1), (0, 1), (0, 3)), 1),
    (_row((0, 0), (0, 1), (0, 2), (0, 1)), 1), (_row((0, 0), (0, 0), (0, 0)), 1),
    (_row((0, 0), (0, 1), (0, 1)), 1), (_row((0, 0), (0, 1), (0, 1)), 2), (_row((0, 0), (0, 1), (0, 1)), 0),
    (_row((0, 0), (0, 1), (0, 1), copies=(1,)), 1), (_row((0, 0), (0, 1), (0, 1), texts=["a", "", ""]), 1),
    (_row((0, 0), (0, 1), (0, 2), (0, 2), (0, 2)), 2), (_row((0, 0), (0, 1), (0, 2), (0, 2), (0, 4)), 2),
])
def test_rest_width_text_reads_the_last_cell_first_with_the_same_answer(row, start):
    """``rest_width_text`` rules a row out by its last cell's origin before looking at every cell
    after ``start``: the answer is the one the whole look gives."""
    from extractor.parse.columns import rest_width_text

    own = row[start] if 0 < start < len(row) - 1 else None
    whole = (own is not None and not own.row_copy and own.text and row[start - 1].origin != own.origin
             and all(c.origin == own.origin for c in row[start + 1:]))
    assert rest_width_text(row, start) == (own.text if whole else None)
