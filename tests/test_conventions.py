"""Lead/support conventions stated in the notice text."""
import pytest

from extractor.agencies.units import split_units
from extractor.parse.conventions import ALL_LEAD, FIRST_LEADS, apply_conventions, detect_convention, split_first_lead
from extractor.source.decode import decode_bytes
from extractor.layout.locate import locate_content
from extractor.models import DraftMeasure, ParsedTable

from conftest import make_raw


def located(text: str):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))


@pytest.mark.parametrize("letter,expected", [
    ("列第一位的责任单位为牵头单位或汇总单位。", FIRST_LEADS),
    ("排名第一的单位为牵头单位，其他单位为参与单位。", FIRST_LEADS),
    ("排名第一的責任單位為牽頭單位。", FIRST_LEADS),
    ("无牵头单位的，责任单位即为牵头单位。", ALL_LEAD),
    ("请认真贯彻执行。", None),
    # the rule as a grammar: 者 or 的, with or without a copula, in a bracket after the word 牵头单位
    ("各牵头单位（列第一位者为工作牵头单位）要主动承担牵头责任。", FIRST_LEADS),
    ("责任单位中列第一位者牵头，其余配合。", FIRST_LEADS),
    ("排在第一位的是牵头单位。", FIRST_LEADS),
    ("以第一个单位为牵头单位。", FIRST_LEADS),
    ("牵头单位为排在第一位的单位。", FIRST_LEADS),
    # the first place alone, its copula printed (a 浙江 county's 2025 政策: 责任单位：A、B，第一为牵头单位，下同)
    ("（责任单位：市科技局、市经信局，第一为牵头单位，下同）", FIRST_LEADS),
    ("（責任單位：市科技局、市經信局，第一為牽頭單位，下同）", FIRST_LEADS),
    ("第一个为牵头单位。", FIRST_LEADS),
    # the first place as a noun with its own noun (a 浙江 county's 2022 分解: 责任单位：A（首位单位为牵头单位，下同）、B)
    ("责任单位：县发改局（首位单位为牵头单位，下同）、县财政局", FIRST_LEADS),
    ("首位部门作为牵头部门，其余为配合部门。", FIRST_LEADS),
    ("该项工作在全省处于首位，县发改局牵头推进。", None),
    # a first place not followed by the rule's words: no rule
    ("第一牵头单位负责汇总上报。", None),
    ("对排名第一的县区牵头开展观摩。", None),
    ("列第一位的单位不是牵头单位时另行标注。", None),
])
def test_detect_convention(letter, expected):
    assert detect_convention(located(letter)) == expected


def draft(lead, support=(), from_responsible=True):
    return DraftMeasure(section=None, measure_no=1, text="某工作", lead_cells=lead, support_cells=support,
                        from_responsible=from_responsible)


@pytest.mark.parametrize("lead,support,first_leads,exp_lead,exp_support", [
    (("A局、B局、C局",), (), True, ("A局",), ("B局", "C局")),
    (("A局 B局",), ("D局",), True, ("A局",), ("B局", "D局")),
    (("各县(市、区)政府、A局",), (), True, ("各县(市、区)政府",), ("A局",)),
    (("A局",), (), True, ("A局",), ()),
    (("A局、B局",), (), False, ("A局、B局",), ()),
    (("A局、B局分别牵头，C局",), (), False, ("A局、B局",), ("C局",)),
    (("A局、B局（分别牵头）",), (), True, ("A局、B局",), ()),
    # the mark with the rest of its verb (分别牵头落实) names no unit after it
    (("A局、B局分别牵头落实",), (), False, ("A局、B局",), ()),
    (("A局、B局分别牵头负责，C局",), (), True, ("A局、B局",), ("C局",)),
])
def test_split_first_lead(lead, support, first_leads, exp_lead, exp_support):
    got = split_first_lead(draft(lead, support), first_leads)
    assert (got.lead_cells, got.support_cells) == (exp_lead, exp_support)


def test_only_bare_responsible_lists_are_re_split():
    labelled = draft(("A局、B局",), from_responsible=False)
    parsed = apply_conventions(located("列第一位的为牵头单位。"), ParsedTable(measures=(labelled,)))
    assert parsed.measures == (labelled,)


def test_split_units_keeps_brackets_whole():
    assert split_units("镇街(园区)、县（市、区）政府，A局") == ("镇街(园区)", "县（市、区）政府", "A局")


@pytest.mark.parametrize("lead,first_leads,exp_lead,exp_support", [
    # 工作报告任务分解: the lead marked inside one 责任单位 cell, whatever the convention
    (("A局（牵头）、B局",), False, ("A局",), ("B局",)),
    (("A局、B局(牵头单位)、C局",), True, ("B局",), ("A局", "C局")),
    (("A局（牵头）", "B局", "各区政府"), False, ("A局",), ("B局", "各区政府")),   # <br> parts
    (("A局牵头，B局、C局配合",), False, ("A局",), ("B局、C局",)),                 # verbs in the cell
    (("A局★、B局、C局",), False, ("A局",), ("B局", "C局")),                        # 注：带“★”的为牵头单位
    # the sign printed before the name (浙江's tables: ▲发改局，各部门): the signed unit leads
    (("▲丁局，戊局，各乡镇（街道）",), False, ("丁局",), ("戊局", "各乡镇（街道）")),
    (("戊局、△丁局",), True, ("丁局",), ("戊局",)),                                # the sign over the convention
    (("己局，戊局，相关部门",), False, ("己局，戊局，相关部门",), ()),              # the row with no sign: as before
    (("各县（市、区）政府，A局",), False, ("各县（市、区）政府，A局",), ()),        # no mark: as before
    # one verb clause alone in the cell: the verb goes, as it does beside a second clause
    (("甲局负责",), False, ("甲局",), ()),
    (("甲局牵头",), False, ("甲局",), ()),
    (("甲局、乙局具体负责",), False, ("甲局、乙局",), ()),
    (("甲局、乙局负责",), True, ("甲局",), ("乙局",)),      # a 负责 list is still divided by the convention
    (("甲局负责，乙局配合",), False, ("甲局",), ("乙局",)),
])
def test_lead_marked_inside_a_responsible_list(lead, first_leads, exp_lead, exp_support):
    got = split_first_lead(draft(lead), first_leads)
    assert (got.lead_cells, got.support_cells) == (exp_lead, exp_support)


def test_lead_mark_dropped_from_a_lead_column():
    got = split_first_lead(draft(("A局（牵头）",), ("B局",), from_responsible=False))
    assert (got.lead_cells, got.support_cells) == (("A局",), ("B局",))


def test_lead_sign_before_the_name_dropped_from_a_lead_column():
    got = split_first_lead(draft(("▲甲中心",), ("乙局",), from_responsible=False))
    assert (got.lead_cells, got.support_cells) == (("甲中心",), ("乙局",))


@pytest.mark.parametrize("cell", ["▲", "丁▲局、戊局"])
def test_a_sign_that_marks_no_name_leaves_the_list(cell):
    """A sign alone (a ticked cell) or inside a name marks no unit: the list stays bare."""
    got = split_first_lead(draft((cell,)), False)
    assert (got.lead_cells, got.support_cells) == ((cell,), ())


def test_convention_stated_in_a_table_header_cell():
    html = ("<html><body><div class='content'><p>关于印发某分工的通知</p><table>"
            "<tr><td>序号</td><td>工作任务</td><td>责任单位（排第一位的为牵头单位）</td></tr>"
            "<tr><td>1</td><td>甲</td><td>A局、B局</td></tr></table></div></body></html>")
    page = locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html")))
    assert detect_convention(page) == FIRST_LEADS


def test_a_note_row_under_the_table_states_the_convention():
    body = "".join(f"<tr><td>{n}</td><td>第{n}项工作</td><td>甲局、乙局</td></tr>" for n in range(1, 9))
    page = ("<html><body><p>某市通知</p><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
            + body + "<tr><td colspan='3'>注：责任单位有两个的，排在第一位的为牵头单位。</td></tr>"
            "</table></body></html>")
    loc = locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.html")))
    assert detect_convention(loc) == FIRST_LEADS


def _noted_table(note_row: str) -> str:
    body = "".join(f"<tr><td>{n}</td><td>第{n}项工作</td><td>甲局、乙局</td></tr>" for n in range(1, 9))
    rows = body.split("</tr>")
    return ("<html><body><p>某市通知</p><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
            + "</tr>".join(rows[:4]) + "</tr>" + note_row + "</tr>".join(rows[4:]) + "</table></body></html>")


def test_a_note_row_between_the_rows_states_the_convention():
    """A row merged across between a table's rows (the 5th of 10, out of reach of the edge rows) states
    the rule as one under the table does (holdout noterow-tianmen-2021-11; before, it was not read)."""
    page = _noted_table("<tr><td colspan='3'>注：列第一位的为牵头单位。</td></tr>")
    loc = locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.html")))
    assert detect_convention(loc) == FIRST_LEADS


def test_a_row_of_cells_between_the_rows_states_no_convention():
    """Only a row merged across is a note row: a task's own cells are not read for the rule there."""
    page = _noted_table("<tr><td>9</td><td>注：列第一位的为牵头单位。</td><td>甲局</td></tr>")
    loc = locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.html")))
    assert detect_convention(loc) is None


# --- the lead-mark probe: lead_mark_ends is what a lead_mark match can end with ------

try:
    from re import _parser as _sre_parser   # Python 3.11+
except ImportError:                          # Python 3.10
    import sre_parse as _sre_parser


def _last_chars(items) -> set[str]:
    """The characters a match of the parsed pattern ``items`` can end with
    (anchors skipped); a form this does not follow fails the test."""
    for op, av in reversed(list(items)):
        name = str(op)
        if name == "AT":
            continue
        if name == "LITERAL":
            return {chr(av)}
        if name == "IN":
            out = set()
            for item_op, item in av:
                assert str(item_op) in ("LITERAL", "RANGE"), f"cannot list the characters of {item_op}"
                out.update({chr(item)} if str(item_op) == "LITERAL" else map(chr, range(item[0], item[1] + 1)))
            return out
        if name == "SUBPATTERN":
            return _last_chars(av[-1])
        if name == "BRANCH":
            return set().union(*(_last_chars(branch) for branch in av[1]))
        assert name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1, f"the pattern may end in {name} {av}"
        return _last_chars(av[2])
    raise AssertionError("a pattern that can match the empty string")


def test_lead_mark_ends_are_the_marks_last_characters():
    from extractor.parse.labels import assign_vocab

    voc = assign_vocab()["conventions"]
    assert _last_chars(_sre_parser.parse(voc["lead_mark"])) == set(voc["lead_mark_ends"])


def test_simplified_makes_no_lead_mark_end():
    """A cell without a lead_mark_ends character has no marked unit only if the
    simplified copy the mark is matched in never gains one: no character converts to one."""
    from extractor.parse.labels import assign_vocab
    from extractor.hanzi import to_simplified

    ends = set(assign_vocab()["conventions"]["lead_mark_ends"])
    chars = [chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000 and chr(c) not in ends]
    assert not ends & set(to_simplified("".join(chars)))



def test_a_note_row_under_an_attachments_table_states_the_convention():
    """A workbook's note row merged across under its table (注：责任单位中排在第一位的为牵头单位)
    is read as a note row under an HTML table is (before: an attachment's grids were not
    looked at, and every unit of the 责任单位 cell led)."""
    from dataclasses import replace
    from extractor.parse.grid import Cell

    def row(texts, r):
        return [Cell((t,) if t else (), (r, 0 if len(set(texts)) == 1 else c), col_copy=len(set(texts)) == 1 and c > 0)
                for c, t in enumerate(texts)]
    rows = [["序号", "重点工作", "责任单位", "完成时限"], ["1", "新增A级景区5家。", "市文旅局、市发改委", "年底"],
            ["2", "新增就业4万人。", "市人社局", "年底"], ["3", "建成污水厂。", "市住建局", "年底"],
            ["4", "新建公园2个。", "市住建局", "年底"], ["注：责任单位中排在第一位的为牵头单位，其他为配合单位。"] * 4]
    grid = [row(texts, r) for r, texts in enumerate(rows)]
    page = located("大同市2021年重点工作任务分工表")
    assert detect_convention(page) is None
    assert detect_convention(replace(page, grids=((grid, "xls-table"),))) == FIRST_LEADS
    middle = grid[:3] + [row(["注：排在第一位的为牵头单位。"] * 4, 3)] + grid[3:5] + [row([str(n), "甲。", "市住建局", "年底"], n)
                                                                          for n in range(5, 8)]
    assert detect_convention(replace(page, grids=((middle, "xls-table"),))) == FIRST_LEADS   # between the rows too


def test_a_paragraph_under_an_attachments_table_states_the_convention():
    """A page whose attachment (.doc, .docx, PDF) prints the rule as a paragraph under its table
    (``Located.grid_lines``, the attachment's outline) reads it as the page's own note: before, only
    the page's lines were looked at, and every unit of a 责任单位 cell led."""
    from dataclasses import replace
    from extractor.models import TABLE_MARK

    page = located("关于印发某区重点工作任务分解表的通知\n各部门：\n现将分解表印发给你们，请认真落实。")
    outline = ("附件", "某区重点工作任务分解表", f"{TABLE_MARK}0", "注：排在第一位的为牵头单位，其他为配合单位。")
    assert detect_convention(page) is None
    assert detect_convention(replace(page, grid_lines=outline)) == FIRST_LEADS
    assert detect_convention(replace(page, grid_lines=outline[:3])) is None


@pytest.mark.parametrize("lead,support,from_responsible", [
    (("A局",), ("B局",), False),                      # nothing to tidy: given back as it is
    (("A局（牵头）",), ("B局",), False),              # a lead mark to strip
    (("A局★",), (), False),
    (("A局",), ("B局（资金保障）",), False),          # a remark in a support cell
    (("A局及B局",), (), False),                       # a conjunction
    ((), ("B局和C局",), True),                        # no lead cells: only marks stripped
    (("A局、B局",), ("C局",), True),                  # a bare list: re-split
    (("A局",), (), True),
])
def test_the_one_probe_skips_only_drafts_the_conventions_leave(lead, support, from_responsible):
    """``apply_conventions`` probes each draft once before tidying and splitting it
    (``_nothing_to_tidy``): a skipped draft is what the two steps would give back."""
    from extractor.parse.conventions import tidy_cells

    d = draft(lead, support, from_responsible)
    for first_leads in (True, False):
        letter = "列第一位的为牵头单位。" if first_leads else "请认真贯彻执行。"
        parsed = apply_conventions(located(letter), ParsedTable(measures=(d,)))
        assert parsed.measures == (split_first_lead(tidy_cells(d), first_leads),)



_BOLD_PAGE = """<html><head><title>某区2025年重点任务推进情况</title></head><body>
<h1>某区2025年重点任务推进情况</h1>
<table border="1">
<tr><td>序号</td><td>重点任务</td><td>完成情况</td><td>责任单位<br>{rule}</td></tr>
<tr><td>1</td><td>推进老旧小区改造30个。</td><td>已开工22个。</td>
<td><strong>区住房城乡建设局</strong>、区民政局、各街道办事处</td></tr>
<tr><td>2</td><td>培育支柱产业，引进重点企业5家。</td><td>已引进3家。</td>
<td><b>区工业和信息化局</b>、<b>区发展改革局</b>、区科技局</td></tr>
<tr><td>3</td><td>办好<strong>消费季</strong>活动。</td><td>已举办。</td><td><strong>区商务局</strong></td></tr>
</table></body></html>"""


def _rows(rule: str):
    from extractor.engine.extract import extract_raw
    notice = extract_raw(make_raw(_BOLD_PAGE.format(rule=rule).encode("utf-8"), path="p.html"))
    return [([r.name for r in m.lead], [r.name for r in m.support]) for m in notice.measures]


@pytest.mark.parametrize("rule", ["(加黑为牵头单位)", "（加粗的为牵头单位）", "（牵头单位用黑体标注）"])
def test_a_header_saying_bold_units_lead_makes_them_the_leads(rule):
    # 济南市市中区's 2025 progress table (batch 49): the bold units lead, the rest support; a bold word of the task
    # (消费季) names no unit, and a cell whose one unit is bold keeps it the lead
    assert _rows(rule) == [(["区住房城乡建设局"], ["区民政局", "各街道办事处"]),
                           (["区工业和信息化局", "区发展改革局"], ["区科技局"]),
                           (["区商务局"], [])]


def test_bold_type_marks_no_lead_where_the_notice_says_nothing_of_it():
    assert _rows("") == [(["区住房城乡建设局", "区民政局", "各街道办事处"], []),
                         (["区工业和信息化局", "区发展改革局", "区科技局"], []),
                         (["区商务局"], [])]


def test_a_header_cells_rule_reads_past_a_mirrors_pinyin_gloss():
    """A mirror glossing the characters it prints (牽(qiān)頭) does so in the table's cells too; the page's lines lose
    their glosses when located, the header cell's text did not, and the rule in it went unread (blindsynth seed 4241,
    gfix66: every unit of each cell read as a lead)."""
    html = ("<html><body><div class='content'><p>關於印發某區重點工作任務責任分工表的通知</p><table>"
            "<tr><th>序號</th><th>工作任務</th><th>責任單位（列第一位者為牽(qiān)頭單位）</th></tr>"
            "<tr><td>1</td><td>甲</td><td>區衛健局、區醫保局</td></tr></table></div></body></html>")
    page = locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html")))
    assert detect_convention(page) == FIRST_LEADS
