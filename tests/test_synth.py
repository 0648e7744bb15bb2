"""The synthetic-notice generator (tests/synth, docs/synth.md): deterministic,
its truth consistent with what it prints, and three notices whose truth was
checked by hand against the printed page."""
import io
import re
import unicodedata

import pytest

import opencc

import synth
from synth.compose import ITEM_NUMBERING, compose
from synth.third import THIRD
from synth.wide import WIDE

_T2S = opencc.OpenCC("t2s")

#: Seeds of every container and medium, read by the consistency checks.
SAMPLE = range(1, 61)
#: Seeds holding the wide axes' rarer values (tests/synth/wide.py), so the
#: consistency checks read each: unit headings (25 a Word list, 27), section
#: units (53, 68 Word lists), a deadline line (54, 70, 145), letter points (22,
#: 76, 140, 185), numbers lost (19, 41, 47, 76), deep outlines (62, 74, 84), a
#: 续表 .docx (89), role marks (66, 71); later axes: pdf layout copies (7, 13, 14),
#: law database copies (28, 55), WeChat articles (36, 94), traditional mirrors
#: (22, 24), 按职责分工负责 (2, 19), 责任领导 and 备注 columns (3, 13, 32, 45, 79), Word
#: list numbers in a table (102, 396).
WIDE_SAMPLE = (2, 3, 7, 13, 14, 19, 22, 24, 25, 27, 28, 32, 36, 41, 45, 47, 53, 54, 55, 62, 66, 68, 70, 71, 74, 76,
               79, 84, 89, 94, 102, 140, 145, 185, 396)
#: Seeds of the third wave's values (tests/synth/third.py): 责任单位 alone (11, 16),
#: 牵头+责任单位 with a person label, sub-headings and items （一） (94), [ ] brackets
#: (5, 17), a 责任人 column (7 a PDF copy, 21), section leaders in a traditional
#: page (135), sub-headings (20), ， before groups (3, 29), preambles (2, 4).
THIRD_SAMPLE = (2, 3, 4, 5, 7, 11, 16, 17, 20, 21, 29, 94, 135)


def _printed(s: synth.Synth) -> str:
    """The notice's visible text: a page's or copy's characters, or every
    cell and paragraph of an office file."""
    if s.suffix in (".html", ".txt"):
        text = s.data.decode("gb18030" if s.truth["axes"]["encoding"] == "gbk" else "utf-8")
        return re.sub(r"<[^>]+>", "\n", text)
    if s.suffix == ".docx":
        import docx
        doc = docx.Document(io.BytesIO(s.data))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(s.data))
    return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value)


def _layout_columns(text: str, axes: dict) -> str:
    """A PDF layout copy read column by column (each column's pieces joined
    down the page), so a wrapped cell's text reads whole."""
    from synth.mirrors import PDF_CELL_CHARS, PDF_GUTTER, layout_kinds
    spans, start = [], 0
    for kind in layout_kinds(axes):
        spans.append((start, start + 2 * PDF_CELL_CHARS[kind]))
        start += 2 * PDF_CELL_CHARS[kind] + len(PDF_GUTTER)
    columns = [[] for _ in spans]
    for line in text.splitlines():
        offsets, at = [], 0  # display column of each character
        for c in line:
            offsets.append(at)
            at += 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for col, (a, b) in zip(columns, spans):
            col.append("".join(c for c, o in zip(line, offsets) if a <= o < b).strip())
    return "\n".join("".join(col) for col in columns)


def test_same_seed_same_notice():
    for seed in (*SAMPLE, *WIDE_SAMPLE, *THIRD_SAMPLE):
        a, b = synth.notice(seed), synth.notice(seed)
        assert a.truth == b.truth and a.suffix == b.suffix
        if a.suffix in (".html", ".txt"):
            assert a.data == b.data
        else:  # the zip stamps the time of writing; the content is the same
            assert _printed(a) == _printed(b)


def test_seeds_differ_and_cover_every_container_and_medium():
    notices = [synth.notice(seed) for seed in synth.SEEDS]
    assert len({n.data for n in notices}) == len(notices)
    pairs = {(n.truth["axes"]["container"], n.truth["axes"]["medium"]) for n in notices}
    assert {c for c, _ in pairs} == {"table", "labelled", "inline-label", "inline-verb", "sentence",
                                     "leading-clause"}
    assert {m for _, m in pairs} == {"html", "txt", "docx", "xlsx"}
    assert all(set(synth.AXES) <= set(n.truth["axes"]) for n in notices)
    for axis, values in {**WIDE, **THIRD}.items():  # every wide and third value is drawn on SEEDS
        assert set(values) <= {n.truth["axes"][axis] for n in notices}, axis


def _kept_notices(axes: dict, seeds, plan_of) -> int:
    """How many notices of ``seeds`` hold every axis of ``axes`` at its first
    value (or n/a), asserting each is the notice ``plan_of(seed)`` renders:
    the same bytes (pages and copies), the same truth."""
    from synth.render import render
    kept = 0
    for seed in seeds:
        s = synth.notice(seed)
        if all(s.truth["axes"][a] in (values[0], "n/a") for a, values in axes.items()):
            plan = plan_of(seed)
            data, suffix = render(plan)
            assert suffix == s.suffix and plan.truth()["measures"] == s.truth["measures"]
            if suffix in (".html", ".txt"):
                assert data == s.data
            kept += 1
    return kept


def test_wide_axes_keep_the_first_generators_notice():
    """A notice whose wide and third axes all hold their first value (or
    n/a) is the one the first generator printed: the same bytes, the same
    truth."""
    assert _kept_notices({**WIDE, **THIRD}, range(1, 601), compose) >= 5


def test_third_axes_keep_the_wide_generators_notice():
    """A notice whose third axes all hold their first value (or n/a) is the
    one the generator printed before them (tests/synth/third.py draws from a
    stream of its own): the same bytes, the same truth."""
    from synth.wide import widen

    def widened(seed):
        plan = compose(seed)
        widen(plan)
        return plan
    assert _kept_notices(THIRD, range(1, 201), widened) >= 20


@pytest.mark.parametrize("seed", sorted({*SAMPLE, *WIDE_SAMPLE, *THIRD_SAMPLE}))
def test_truth_is_printed(seed):
    """Every measure's text, unit name and deadline stands in the notice, and
    every printed unit has an expected outcome (a canonical or a group)."""
    s = synth.notice(seed)
    text = _printed(s)
    truth = s.truth
    if truth["axes"]["text layout"] == "pdf layout":
        text += "\n" + _layout_columns(text, truth["axes"])
    for m in truth["measures"]:
        assert m["text"] in text
        for name in (*m["lead"], *m["support"]):
            assert name in text
            assert name in truth["agencies"]
        if m["deadline"]:
            assert m["deadline"] in text
    printed = {u for m in truth["measures"] for u in (*m["lead"], *m["support"])}
    assert printed == set(truth["agencies"])
    place = truth["axes"]["place"]
    for name, canonical in truth["agencies"].items():
        assert canonical is None or place in canonical, (name, canonical)  # 中共X市委… too
        if canonical is None:  # a group (read in simplified characters: a mirror may print 相關)
            simple = _T2S.convert(name)
            assert simple.startswith(("各", "相关")) or "有关" in simple, name
    if s.suffix in (".html", ".txt"):
        for key in ("doc_number", "title", "issuer"):
            printed = text.replace("\n", "")
            assert truth[key] in printed or truth["axes"]["spacing"] == "one-line"


# Three notices read by hand (python -m synth --show SEED prints them): the
# truth below was written from the printed page, not copied from the program.

def _measure(no, section, text, lead, support, deadline):
    return {"measure_no": no, "section_no": section, "text": text, "lead": lead, "support": support,
            "deadline": deadline}


def test_hand_checked_table_with_section_column():
    """Seed 4: a 仪陇县 page, a table whose first column (类别) spans each
    section's rows, units joined by 和, a group closing each support cell."""
    plan = compose(4)  # the first generator's notice (before the wide axes)
    truth = plan.truth()
    assert plan.axes["medium"] == "html" and truth["axes"]["sections"] == "rowspan-column"
    assert truth["doc_number"] == "仪府办发〔2020〕18号" and truth["date"] == "2020-03-07"
    assert truth["measures"] == [
        _measure(1, 1, "完成地质灾害隐患点治理3处。", ["县农业农村局"], ["县司法局", "各乡镇人民政府"], "持续推进"),
        _measure(2, 1, "开展审计项目2个，推动问题整改。", ["县退役军人事务局"], ["县应急管理局", "县级有关部门"],
                 "长期坚持"),
        _measure(3, 2, "推广政务服务事项网上办理，新增事项50项。", ["县财政局"], ["县市场监管局", "各乡镇人民政府"],
                 "长期坚持"),
        _measure(4, 3, "培育规模以上工业企业3家。", ["县人力资源社会保障局"], ["县司法局", "各乡镇人民政府"], "长期坚持"),
    ]
    assert truth["agencies"] == {
        "县农业农村局": "仪陇县农业农村局", "县司法局": "仪陇县司法局", "各乡镇人民政府": None,
        "县退役军人事务局": "仪陇县退役军人事务局", "县应急管理局": "仪陇县应急管理局", "县级有关部门": None,
        "县财政局": "仪陇县财政局", "县市场监管局": "仪陇县市场监督管理局",
        "县人力资源社会保障局": "仪陇县人力资源和社会保障局"}


def test_hand_checked_verb_bracket_district_notice():
    """Seed 6: a 成都市武侯区 page, items ① under 一、 headings closing with
    （[由]X牵头，相关部门参与|配合，…月底前完成）; the 区 of 区发改局 carries
    over to 应急管理局 in one 、 run."""
    truth = compose(6).truth()  # the first generator's notice
    assert truth["axes"]["container"] == "inline-verb"
    assert [m["section_no"] for m in truth["measures"]] == [1, 1, 1, 2, 2]
    assert truth["measures"][1] == _measure(2, 1, "新建口袋公园6个，增加城市绿地。", ["区发改局", "应急管理局"],
                                            ["相关部门"], "10月底前完成")
    assert truth["measures"][3] == _measure(4, 2, "推进法律服务进社区，建设公共法律服务站8个。", ["区教育局"],
                                            ["相关部门"], "10月底前完成")
    agencies = truth["agencies"]
    assert agencies["应急管理局"] == "成都市武侯区应急管理局"
    assert agencies["区发改局"] == "成都市武侯区发展和改革局"
    assert agencies["区人社局"] == "成都市武侯区人力资源和社会保障局"
    assert agencies["相关部门"] is None


def test_hand_checked_labelled_notice_with_deng():
    """Seed 12: a text copy (CRLF) of labelled items 1﹒, units joined by 及,
    each support list closing with 等部门 (not a unit)."""
    truth = compose(12).truth()  # the first generator's notice
    assert truth["issuer"] == "成都市武侯区人民政府办公室"
    assert truth["doc_number"] == "武府办发〔2021〕3号" and truth["date"] == "2021-03-07"
    assert truth["measures"][0] == _measure(1, None, "完成退役军人服务站规范化建设7个。", ["区统计局"],
                                            ["区发改局", "区审计局"], "10月底前")
    assert truth["measures"][2] == _measure(3, None, "推进中小学校建设，新增学位800个。", ["区农业农村局"],
                                            ["区应急局", "区发改局", "区市场监管局"], "10月底前")
    assert len(truth["measures"]) == 4
    agencies = truth["agencies"]
    assert agencies["区市场监管局"] == "成都市武侯区市场监督管理局"
    assert agencies["区退役军人局"] == "成都市武侯区退役军人事务局"
    assert agencies["区住房城乡建设局"] == "成都市武侯区住房和城乡建设局"
    assert not any("等" in name for name in agencies)


# Notices of the wide axes, read by hand (python -m synth --show SEED).

def test_hand_checked_unit_headings_with_party_bodies():
    """Seed 27: a 常德市武陵区 text copy; a line holding only the lead's name
    (co-leads split by a space) heads the items it leads; the brackets name
    only 配合单位 and 时间节点; 区委组织部 and 区妇女联合会 among the units."""
    truth = synth.notice(27).truth
    assert truth["axes"]["lead placement"] == "unit heading" and truth["axes"]["bodies"] == "party and mass"
    ms = truth["measures"]
    assert [m["lead"] for m in ms] == [["区人力资源和社会保障局", "区应急管理局"]] * 2 + [["区司法局"]] * 2 + [
        ["区司法局", "区教育局"], ["区总工会"], ["区总工会"]]
    assert ms[2] == _measure(3, 1, "建成应急避难场所9处。", ["区司法局"], ["区委组织部", "各街道办事处"], "2025年6月底前")
    assert ms[4]["support"] == ["区妇女联合会", "区直有关单位"] and ms[4]["section_no"] == 2
    assert [m["deadline"] for m in ms].count(None) == 6
    agencies = truth["agencies"]
    assert agencies["区委组织部"] == "中共常德市武陵区委组织部"
    assert agencies["区妇女联合会"] == "常德市武陵区妇女联合会"
    assert agencies["区总工会"] == "常德市武陵区总工会"


def test_hand_checked_split_table_with_role_marks():
    """Seed 31: a 宜昌市 page; one 责任单位 column whose cells mark 牵头：X<br>
    配合：Y及Z; the table split after row 2, 续表 and the header again; 团市委 leads
    row 3."""
    truth = synth.notice(31).truth
    assert truth["axes"]["table split"] == "续表" and truth["axes"]["role marks"] == "牵头：/配合："
    assert truth["measures"][0] == _measure(1, 1, "实施农村供水保障工程7处，巩固提升农村饮水安全水平。", ["市人社局"],
                                            ["市应急局", "市总工会"], "10月底前")
    assert truth["measures"][2] == _measure(3, 2, "实施公办幼儿园扩容工程7个。", ["团市委"],
                                            ["市财政局", "市住房城乡建设局", "市水利局"], "11月底前")
    assert len(truth["measures"]) == 4
    assert truth["agencies"]["团市委"] == "共青团宜昌市委员会"
    assert truth["agencies"]["市总工会"] == "宜昌市总工会"


def test_hand_checked_deep_outline():
    """Seed 9: a 常德市武陵区 text copy, 一、 > （一） > 1. > （1）, the measures
    at （1）（2）, label lines after each."""
    truth = synth.notice(9).truth
    assert truth["axes"]["outline"] == "deep"
    assert truth["measures"][0] == _measure(1, 1, "新改建农村公路30公里，提升通行条件。", ["区民政局"], [], "6月底前")
    assert truth["measures"][4] == _measure(5, 2, "建设公共充电桩400个。", ["区应急局", "区市场监管局"], [], "11月底前")
    assert [m["section_no"] for m in truth["measures"]] == [1, 1, 1, 1, 2]


def test_hand_checked_deadline_on_its_own_line():
    """Seed 54: a 西陵区 page; items （1） end 由X负责。 and the next paragraph is
    完成时限：10月底前 (no 完成 in the deadline)."""
    truth = synth.notice(54).truth
    assert truth["axes"]["lead placement"] == "deadline line"
    assert truth["measures"][1] == _measure(2, 2, "组织职业技能培训6000人次。", ["区市场监督管理局", "区发展和改革局"], [],
                                            "6月底前")
    assert [m["deadline"] for m in truth["measures"]] == ["10月底前", "6月底前", "6月底前", "10月底前", "10月底前",
                                                          "6月底前", "10月底前"]


def test_hand_checked_numbered_by_section_with_milestones():
    """Seed 12: a 武侯区 text copy, items 1.1 1.2 2.1 3.1 under 一、二、三、, two
    milestones in each 时间节点 line, 区委组织部 and 区总工会 among 协办单位."""
    truth = synth.notice(12).truth
    assert truth["axes"]["outline"] == "1.1" and truth["axes"]["deadline form"] == "milestones"
    assert truth["measures"][1] == _measure(2, 1, "完成地质灾害隐患点治理3处。", ["区教育局"], ["区统计局", "区总工会"],
                                            "2021年3月底前启动，2021年10月底前完成验收")
    assert truth["measures"][3] == _measure(4, 3, "新增城镇就业800人，城镇登记失业率控制在合理区间。", ["区财政局"],
                                            ["区住房城乡建设局", "区委组织部"], "6月底前完成选址，11月底前建成投用")


def test_hand_checked_word_numbered_items():
    """Seed 25: a .docx of labelled items in Word's List Number style (the
    numbers are the style's, the text has none), under unit headings."""
    import docx
    s = synth.notice(25)
    assert s.suffix == ".docx" and s.truth["axes"]["item numbers"] == "autonum"
    doc = docx.Document(io.BytesIO(s.data))
    items = [p.text for p in doc.paragraphs if p.style.name == "List Number"]
    assert items == [m["text"] for m in s.truth["measures"]] and not any(t[0].isdigit() for t in items)
    assert s.truth["measures"][0] == _measure(1, None, "完成地质灾害隐患点治理3处。", ["湖南省妇女联合会"],
                                              ["湖南省退役军人事务厅", "湖南省医疗保障局"], "每年")
    assert s.truth["agencies"]["中共湖南省委组织部"] == "中共湖南省委组织部"


def test_hand_checked_pdf_layout_copy():
    """Seed 14: a 西陵区 text copy of a PDF table (pdftotext's layout): a two-row
    header, cells wrapped inside words and names (医疗保障 / 局), the deadline
    2022年6月30日 / 前 over two lines."""
    s = synth.notice(14)
    truth = s.truth
    assert truth["axes"]["text layout"] == "pdf layout" and truth["axes"]["unit columns"] == "two-row header"
    assert truth["measures"][0] == _measure(1, 1, "开展安全生产专项整治，排查整改隐患20处。", ["区民政局", "医疗保障局"],
                                            ["区审计局", "财政局", "市场监管局"], "2022年6月30日前")
    assert truth["measures"][1] == _measure(2, 1, "组织职业技能培训5000人次。", ["区应急局"],
                                            ["区医疗保障局", "司法局", "卫健局"], "2022年6月30日前")
    lines = s.data.decode("gb18030").splitlines()
    assert any(line.rstrip().endswith("2022年6月30日") for line in lines)
    assert "开展安全生产专项整治，排查整改隐患20处。" not in "".join(lines)  # wrapped, not whole


def test_hand_checked_law_database_copy():
    """Seed 55: a law database's copy of a 章贡区 PDF table: 【发文字号】 block and
    正文：, related links after; a page number (— 3 —) between rows 4 and 5."""
    s = synth.notice(55)
    truth = s.truth
    assert truth["axes"]["mirror"] == "law database" and truth["axes"]["table split"] == "split"
    assert truth["doc_number"] == "章府办字〔2024〕58号" and truth["date"] == "2024-01-21"
    assert truth["title"] == "章贡区人民政府办公室关于印发章贡区2024年稳经济促发展重点任务清单的通知"
    assert truth["measures"][5] == _measure(6, None, "完成退役军人服务站规范化建设8个。", ["区农业农村局"], [], "持续推进")
    text = s.data.decode("utf-8" if truth["axes"]["encoding"] != "gbk" else "gb18030")
    assert "— 3 —" in text
    # its cells are centred in their rows: row 2's number, lead and deadline print on a line of their own
    # between the two lines of its wrapped task
    assert truth["axes"]["pdf cell align"] == "middle"
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index("新改建农村公路80公里，提升通行条")
    assert lines[at + 1].split() == ["2", "区人社局及医保局", "长期坚持"] and lines[at + 2] == "件。"


def test_hand_checked_traditional_mirror():
    """Seed 22: a 泾县 page in traditional characters; the letter's points 一、
    二、三、; leading clauses …牽頭，相關部門按職責分工負責，…; names and texts as
    printed (traditional), canonical names simplified, the doc number as printed (號)."""
    truth = synth.notice(22).truth
    assert truth["axes"]["mirror"] == "traditional" and truth["axes"]["support verb"] == "按职责分工负责"
    assert truth["doc_number"] == "涇政辦〔2020〕2號"
    assert truth["measures"][1] == _measure(2, None, "組織職業技能培訓7000人次。", ["縣衛生健康局"], ["各鄉鎮人民政府"], None)
    assert truth["agencies"]["縣氣象局"] == "泾县气象局" and truth["agencies"]["縣稅務局"] == "国家税务总局泾县税务局"
    assert truth["agencies"]["相關部門"] is None


def test_hand_checked_co_leads_each_lead():
    """Seed 6: a 武侯区 page of verb brackets with no printed numbers; two
    co-leads …分别牵头 (each leads its part: both are leads), month ranges."""
    s = synth.notice(6)
    truth = s.truth
    assert truth["axes"]["co-leads"] == "分别牵头" and truth["axes"]["item numbers"] == "lost"
    assert "（由区发改局、应急管理局分别牵头，相关部门参与，2022年1月—12月）" in s.data.decode("utf-8")
    assert truth["measures"][1] == _measure(2, 1, "新建口袋公园6个，增加城市绿地。", ["区发改局", "应急管理局"], ["相关部门"],
                                            "2022年1月—12月")


def test_hand_checked_leader_column_and_numbers_restarting():
    """Seed 3: a 宁乡市 TAB copy; a 责任领导 column (李明（副市长）) between the
    task and 主办单位, 序号 starting again at 1 under 二、, 续表 and the header
    again; the people are not units."""
    s = synth.notice(3)
    truth = s.truth
    assert truth["axes"]["extra column"] == "责任领导" and truth["axes"]["table numbers"] == "restart"
    text = s.data.decode("gb18030")
    assert "1\t建设公共充电桩800个。\t刘芳（常务副市长）\t市水利局\t" in text
    assert truth["measures"][2] == _measure(3, 2, "建设公共充电桩800个。", ["市水利局"], ["市医疗保障局", "市直有关单位"],
                                            "2023年3月—6月")
    assert truth["measures"][3]["deadline"] is None
    assert not any("长" in name for name in truth["agencies"])


def test_hand_checked_word_numbered_table():
    """Seed 102: a .docx table whose 序号 cells hold Word's list numbers (List
    Number style, no digits typed), beside a 责任领导 column and a 责任单位 cell
    marked 牵头：; month ranges."""
    import docx
    s = synth.notice(102)
    assert s.truth["axes"]["docx numbers"] == "Word list"
    table = docx.Document(io.BytesIO(s.data)).tables[0]
    numbers = table.columns[0].cells[1:]
    assert [(c.text, c.paragraphs[0].style.name) for c in numbers] == [("", "List Number")] * 4
    assert [c.text for c in table.rows[1].cells[1:]] == ["改造提升农贸市场9个。", "陈志强", "牵头：省人力资源和社会保障厅",
                                                         "2021年1月—12月"]
    assert s.truth["measures"][0] == _measure(1, None, "改造提升农贸市场9个。", ["省人力资源和社会保障厅"], [],
                                              "2021年1月—12月")


# Notices of the third wave's axes, read by hand (python -m synth --show SEED).

def test_hand_checked_responsible_units_alone():
    """Seed 11: a 宁乡市 text copy run into one line; labelled items （1） whose
    only label is 责任单位：A；B；C (no 牵头单位: every unit leads, as 无牵头单位的，
    责任单位即为牵头单位 says), after a paragraph of the year's targets, under
    headings closing with （牵头领导：…） (people, no units)."""
    s = synth.notice(11)
    truth = s.truth
    assert truth["axes"]["unit labels"] == "责任单位 alone" and truth["axes"]["preamble"] == "targets"
    text = s.data.decode("gb18030")
    assert "（1）完成地质灾害隐患点治理2处。责任单位：市农业农村局；市人力资源和社会保障局；市医疗保障局；市气象局（2）" in text
    assert "一、提升民生保障（牵头领导：周海涛、孙丽）" in text
    assert truth["measures"][0] == _measure(1, 1, "完成地质灾害隐患点治理2处。",
                                            ["市农业农村局", "市人力资源和社会保障局", "市医疗保障局", "市气象局"], [], None)
    assert truth["measures"][3] == _measure(4, 2, "完成城镇老旧小区改造3个。", ["市卫生健康局", "市发展和改革局", "市退役军人事务局"],
                                            [], None)
    assert all(m["support"] == [] for m in truth["measures"])
    assert truth["agencies"]["市气象局"] == "宁乡市气象局" and "孙丽" not in truth["agencies"]


def test_hand_checked_leader_label_and_responsible_support():
    """Seed 94: a WeChat repost of a 宁乡市 notice; items （一）（二） again under
    each 一、, topic lines between them, brackets （责任领导：X；牵头部门：Y；
    责任单位：Z等部门；完成时间：…）: the leader is a person, 责任单位 after 牵头部门
    are the support units."""
    s = synth.notice(94)
    truth = s.truth
    a = truth["axes"]
    assert (a["unit labels"], a["leader label"], a["item level"], a["sub-heading"]) == (
        "牵头+责任单位", "person label", "（一）", "unnumbered")
    page = s.data.decode("utf-8")
    assert ("（一）实施重点项目4个，完成年度投资计划。（责任领导：孙丽；牵头部门：市教育局；责任单位：市水利局；市公安局；"
            "市卫健局等部门；完成时间：2023年6月—11月）") in page
    assert truth["measures"][0] == _measure(1, 1, "实施重点项目4个，完成年度投资计划。", ["市教育局"],
                                            ["市水利局", "市公安局", "市卫健局"], "2023年6月—11月")
    assert truth["measures"][6] == _measure(7, 2, "建成应急避难场所2处。", ["市民政局", "市商务局"], ["市财政局", "市公安局"],
                                            "2023年6月—11月")
    assert not set(truth["agencies"]) & {"孙丽", "李明", "王建华", "陈志强"}


def test_hand_checked_person_column_in_a_pdf_copy():
    """Seed 7: a 湖南省 PDF table copy (pdftotext layout): one 责任单位 column
    whose first unit leads (the letter says so), a 责任人 column of people
    after it, section rows closing with （牵头领导：…）, 续表 and the header again,
    序号 starting again in each section."""
    s = synth.notice(7)
    truth = s.truth
    assert truth["axes"]["person column"] == "责任人" and truth["axes"]["text layout"] == "pdf layout"
    lines = [line.split() for line in s.data.decode("utf-8" if truth["axes"]["encoding"] != "gbk" else "gb18030")
             .splitlines()]
    assert ["序号", "重点任务", "责任单位", "责任人", "时间节点"] in lines
    assert ["1", "完成城镇老旧小区改造9个。", "省教育厅", "赵国庆", "每季度"] in lines  # 序号 restarts under 三、
    assert truth["measures"][0] == _measure(1, 1, "新改建农村公路60公里，提升通行条件。", ["省委网信办"], [], "每季度")
    assert truth["measures"][3] == _measure(4, 3, "完成城镇老旧小区改造9个。", ["省教育厅"], [], "每季度")
    assert truth["agencies"] == {"省委网信办": "中共湖南省委网络安全和信息化委员会办公室", "团省委": "共青团湖南省委员会",
                                 "省总工会": "湖南省总工会", "省教育厅": "湖南省教育厅"}


def test_numbering_prints_as_named():
    from synth.render import item_number, section_label
    assert [item_number(3, style) for style in ITEM_NUMBERING] == [
        "3.", "3、", "3．", "3﹒", "（3）", "(3)", "③"]
    assert section_label(2) == "二、" and section_label(2, "（一）") == "（二）"


def test_zero_total_is_not_measured():
    from synth.score import share
    assert share(0, 0) == "not measured"
    assert share(3, 4).startswith("3/4")


# ---------------------------------------------------------------- the gate
# What ``make synth`` measured on SEEDS, pinned so that a change cannot give
# accuracy back silently.  Oldest first; the last entry is in force.  Each is
# (date, why, overall counts, per axis value (measures right, total, agencies
# right, total)).  The generator is deterministic: a change to it changes the
# totals, and then a new entry is measured and appended (with the reason).
# An entry may only lower a share when its ``why`` names the cause.
SYNTH_FLOORS = (
    ("2026-12-01", "first measurement of the generator on main 425e5a6, the same on 23e03f5, before "
     "any code for it",
     {"measures": (2061, 2165), "agencies": (3983, 4143), "metadata": (1291, 1324)},
     {
     "container": {"inline-label": (355, 362, 704, 713), "inline-verb": (312, 319, 638, 643),
         "labelled": (398, 405, 790, 790), "leading-clause": (169, 175, 334, 341),
         "sentence": (176, 176, 328, 328), "table": (651, 728, 1189, 1328)},
     "medium": {"docx": (150, 150, 260, 262), "html": (906, 929, 1749, 1795), "txt": (810, 869, 1625, 1686),
         "xlsx": (195, 217, 349, 400)},
     "sections": {"none": (685, 686, 1344, 1347), "rowspan-column": (157, 228, 297, 422),
         "span-row": (283, 289, 494, 507), "一、": (466, 472, 867, 877), "（一）": (470, 490, 981, 990)},
     "numbering": {"(1)": (238, 239, 454, 455), "1.": (192, 192, 382, 383), "1、": (238, 238, 460, 460),
         "1﹒": (188, 188, 355, 355), "1．": (165, 165, 358, 359), "①": (195, 221, 399, 415),
         "序号 column": (651, 728, 1189, 1328), "（1）": (194, 194, 386, 388)},
     "task word": {"n/a": (1410, 1437, 2794, 2815), "主要任务": (84, 135, 165, 266),
         "具体措施": (118, 123, 243, 251), "工作任务": (156, 165, 279, 289), "工作内容": (158, 160, 276, 279),
         "重点任务": (135, 145, 226, 243)},
     "lead word": {"n/a": (657, 670, 1300, 1312), "主办单位": (75, 90, 135, 157), "牵头单位": (557, 579, 1094, 1123),
         "牵头部门": (470, 495, 915, 961), "责任单位": (302, 331, 539, 590)},
     "support word": {"n/a": (937, 979, 1805, 1868), "协办单位": (354, 374, 692, 725),
         "参与单位": (112, 123, 215, 229), "配合单位": (361, 374, 706, 720), "配合部门": (297, 315, 565, 601)},
     "deadline word": {"n/a": (657, 670, 1300, 1312), "完成时间": (508, 535, 980, 1023),
         "完成时限": (423, 459, 782, 846), "时间节点": (473, 501, 921, 962)},
     "unit columns": {"n/a": (1410, 1437, 2794, 2815), "one, first leads": (280, 309, 505, 556),
         "two": (164, 185, 312, 364), "two-row header": (207, 234, 372, 408)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (225, 244, 436, 474), "、": (391, 403, 794, 805),
         "及": (385, 413, 754, 800), "和": (493, 506, 988, 1009), "，": (208, 213, 384, 399),
         "；": (283, 310, 509, 538)},
     "level": {"city": (574, 611, 1136, 1192), "county": (599, 623, 1166, 1196),
         "district": (534, 548, 1016, 1040), "province": (354, 383, 665, 715)},
     "place": {"仪陇县": (93, 100, 190, 195), "保定市": (171, 176, 371, 382), "四川省": (127, 137, 235, 250),
         "宁乡市": (169, 176, 354, 362), "宜昌市": (105, 105, 221, 221), "宜昌市西陵区": (115, 121, 205, 218),
         "常德市": (99, 101, 175, 177), "常德市武陵区": (146, 154, 279, 290), "成都市武侯区": (132, 132, 255, 255),
         "桐庐县": (166, 166, 297, 297), "河南省": (101, 101, 208, 209), "泾县": (171, 181, 325, 342),
         "湖南省": (126, 145, 222, 256), "绵阳市": (86, 103, 166, 190), "赣州市": (113, 126, 203, 222),
         "赣州市章贡区": (141, 141, 277, 277)},
     "issuer": {"full": (1783, 1882, 3450, 3602), "without city": (278, 283, 533, 541)},
     "names": {"elided": (296, 302, 671, 679), "full": (522, 534, 933, 957),
         "official": (459, 492, 883, 924), "short": (784, 837, 1496, 1583)},
     "support": {"empty": (411, 440, 422, 444), "group": (452, 462, 668, 678),
         "units": (451, 477, 1197, 1257), "units+group": (494, 533, 1056, 1123),
         "units+等": (253, 253, 640, 641)},
     "deadline": {"date": (298, 310, 583, 600), "day": (163, 171, 333, 345), "month": (239, 244, 464, 473),
         "none": (367, 391, 738, 776), "ongoing": (261, 281, 532, 549), "partial": (288, 302, 524, 551),
         "recurring": (180, 183, 321, 326), "yearend": (265, 283, 488, 523)},
     "merges": {"lead-rowspan": (124, 138, 167, 196), "n/a": (1558, 1617, 3090, 3153),
         "none": (379, 410, 726, 794)},
     "chrome": {"all": (265, 271, 516, 523), "breadcrumb": (220, 246, 450, 490),
         "footer": (197, 216, 417, 438), "infobox": (278, 285, 552, 562), "n/a": (345, 367, 609, 662),
         "none": (280, 291, 575, 586), "print": (223, 230, 384, 394), "share": (253, 259, 480, 488)},
     "encoding": {"gbk": (851, 894, 1607, 1653), "n/a": (345, 367, 609, 662),
         "utf-8": (865, 904, 1767, 1828)},
     "spacing": {"blank-lines": (148, 158, 287, 300), "crlf": (184, 194, 385, 398),
         "indent": (596, 619, 1221, 1265), "n/a": (345, 367, 609, 662), "one-line": (112, 139, 236, 254),
         "plain": (676, 688, 1245, 1264)},
     }),
    ("2026-12-01", "general6 on its branch over main b2f83cf: a table whose section column (类别) stands "
     "beside a task column headed 主要任务 (both section words) reads 主要任务 as the tasks; a TAB copy's rows and "
     "header keep the empty cells the stripped lines lost at their ends; one-line copies split at ①②③, are "
     "cut around the title wherever the doc number stands and lose a footer glued to the last bracket; "
     "省应急厅 resolves (template short name)",
     {"measures": (2165, 2165), "agencies": (4143, 4143), "metadata": (1323, 1324)},
     {
     "container": {"inline-label": (362, 362, 713, 713), "inline-verb": (319, 319, 643, 643),
         "labelled": (405, 405, 790, 790), "leading-clause": (175, 175, 341, 341),
         "sentence": (176, 176, 328, 328), "table": (728, 728, 1328, 1328)},
     "medium": {"docx": (150, 150, 262, 262), "html": (929, 929, 1795, 1795), "txt": (869, 869, 1686, 1686),
         "xlsx": (217, 217, 400, 400)},
     "sections": {"none": (686, 686, 1347, 1347), "rowspan-column": (228, 228, 422, 422),
         "span-row": (289, 289, 507, 507), "一、": (472, 472, 877, 877), "（一）": (490, 490, 990, 990)},
     "numbering": {"(1)": (239, 239, 455, 455), "1.": (192, 192, 383, 383), "1、": (238, 238, 460, 460),
         "1﹒": (188, 188, 355, 355), "1．": (165, 165, 359, 359), "①": (221, 221, 415, 415),
         "序号 column": (728, 728, 1328, 1328), "（1）": (194, 194, 388, 388)},
     "task word": {"n/a": (1437, 1437, 2815, 2815), "主要任务": (135, 135, 266, 266), "具体措施": (123, 123, 251, 251),
         "工作任务": (165, 165, 289, 289), "工作内容": (160, 160, 279, 279), "重点任务": (145, 145, 243, 243)},
     "lead word": {"n/a": (670, 670, 1312, 1312), "主办单位": (90, 90, 157, 157), "牵头单位": (579, 579, 1123, 1123),
         "牵头部门": (495, 495, 961, 961), "责任单位": (331, 331, 590, 590)},
     "support word": {"n/a": (979, 979, 1868, 1868), "协办单位": (374, 374, 725, 725), "参与单位": (123, 123, 229, 229),
         "配合单位": (374, 374, 720, 720), "配合部门": (315, 315, 601, 601)},
     "deadline word": {"n/a": (670, 670, 1312, 1312), "完成时间": (535, 535, 1023, 1023),
         "完成时限": (459, 459, 846, 846), "时间节点": (501, 501, 962, 962)},
     "unit columns": {"n/a": (1437, 1437, 2815, 2815), "one, first leads": (309, 309, 556, 556),
         "two": (185, 185, 364, 364), "two-row header": (234, 234, 408, 408)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (244, 244, 474, 474), "、": (403, 403, 805, 805),
         "及": (413, 413, 800, 800), "和": (506, 506, 1009, 1009), "，": (213, 213, 399, 399),
         "；": (310, 310, 538, 538)},
     "level": {"city": (611, 611, 1192, 1192), "county": (623, 623, 1196, 1196),
         "district": (548, 548, 1040, 1040), "province": (383, 383, 715, 715)},
     "place": {"仪陇县": (100, 100, 195, 195), "保定市": (176, 176, 382, 382), "四川省": (137, 137, 250, 250),
         "宁乡市": (176, 176, 362, 362), "宜昌市": (105, 105, 221, 221), "宜昌市西陵区": (121, 121, 218, 218),
         "常德市": (101, 101, 177, 177), "常德市武陵区": (154, 154, 290, 290), "成都市武侯区": (132, 132, 255, 255),
         "桐庐县": (166, 166, 297, 297), "河南省": (101, 101, 209, 209), "泾县": (181, 181, 342, 342),
         "湖南省": (145, 145, 256, 256), "绵阳市": (103, 103, 190, 190), "赣州市": (126, 126, 222, 222),
         "赣州市章贡区": (141, 141, 277, 277)},
     "issuer": {"full": (1882, 1882, 3602, 3602), "without city": (283, 283, 541, 541)},
     "names": {"elided": (302, 302, 679, 679), "full": (534, 534, 957, 957), "official": (492, 492, 924, 924),
         "short": (837, 837, 1583, 1583)},
     "support": {"empty": (440, 440, 444, 444), "group": (462, 462, 678, 678), "units": (477, 477, 1257, 1257),
         "units+group": (533, 533, 1123, 1123), "units+等": (253, 253, 641, 641)},
     "deadline": {"date": (310, 310, 600, 600), "day": (171, 171, 345, 345), "month": (244, 244, 473, 473),
         "none": (391, 391, 776, 776), "ongoing": (281, 281, 549, 549), "partial": (302, 302, 551, 551),
         "recurring": (183, 183, 326, 326), "yearend": (283, 283, 523, 523)},
     "merges": {"lead-rowspan": (138, 138, 196, 196), "n/a": (1617, 1617, 3153, 3153),
         "none": (410, 410, 794, 794)},
     "chrome": {"all": (271, 271, 523, 523), "breadcrumb": (246, 246, 490, 490), "footer": (216, 216, 438, 438),
         "infobox": (285, 285, 562, 562), "n/a": (367, 367, 662, 662), "none": (291, 291, 586, 586),
         "print": (230, 230, 394, 394), "share": (259, 259, 488, 488)},
     "encoding": {"gbk": (894, 894, 1653, 1653), "n/a": (367, 367, 662, 662), "utf-8": (904, 904, 1828, 1828)},
     "spacing": {"blank-lines": (158, 158, 300, 300), "crlf": (194, 194, 398, 398),
         "indent": (619, 619, 1265, 1265), "n/a": (367, 367, 662, 662), "one-line": (139, 139, 254, 254),
         "plain": (688, 688, 1264, 1264)},
     }),
    ("2026-12-01", "synth2: the wide axes (tests/synth/wide.py) measured on main 6510011 before any code for them; "
     "the shares fall because the generator now prints shapes the code does not read yet - items numbered 1.1 "
     "/ 1-1 (0 exact), numbers lost, units named once for a section, unit headings in labelled items "
     "; notices whose wide axes keep their first value are the "
     "first generator's and stay 245/245",
     {"measures": (1408, 2165), "agencies": (3490, 4065), "metadata": (1242, 1244)},
     {
     "container": {"inline-label": (122, 362, 468, 689), "inline-verb": (144, 319, 480, 602),
         "labelled": (206, 405, 703, 753), "leading-clause": (119, 175, 236, 345), "sentence": (94, 176, 266, 336),
         "table": (723, 728, 1337, 1340)},
     "medium": {"docx": (220, 259, 478, 481), "html": (469, 872, 1322, 1644), "txt": (502, 817, 1290, 1540),
         "xlsx": (217, 217, 400, 400)},
     "sections": {"none": (402, 488, 860, 961), "rowspan-column": (226, 228, 417, 418),
         "span-row": (286, 289, 513, 515), "一、": (304, 876, 1185, 1609), "（一）": (190, 284, 515, 562)},
     "numbering": {"(1)": (81, 94, 177, 181), "1-1": (0, 257, 298, 490), "1.": (56, 64, 121, 121),
         "1.1": (0, 193, 188, 371), "1、": (83, 104, 179, 180), "1﹒": (44, 44, 87, 87), "1．": (45, 49, 101, 101),
         "Word list": (70, 109, 218, 221), "not printed": (59, 219, 239, 408), "①": (61, 88, 162, 169),
         "序号 1-1": (71, 71, 127, 127), "序号 1.1": (60, 62, 114, 114), "序号 column": (592, 595, 1096, 1099),
         "（1）": (186, 216, 383, 396)},
     "task word": {"n/a": (685, 1437, 2153, 2725), "主要任务": (133, 135, 267, 267), "具体措施": (123, 123, 253, 253),
         "工作任务": (165, 165, 287, 288), "工作内容": (159, 160, 283, 284), "重点任务": (143, 145, 247, 248)},
     "lead word": {"n/a": (357, 670, 982, 1283), "主办单位": (88, 90, 155, 157), "牵头单位": (347, 579, 955, 1107),
         "牵头部门": (288, 495, 811, 930), "责任单位": (328, 331, 587, 588)},
     "support word": {"n/a": (663, 979, 1536, 1838), "协办单位": (196, 374, 598, 718), "参与单位": (121, 123, 231, 233),
         "配合单位": (241, 374, 622, 705), "配合部门": (187, 315, 503, 571)},
     "deadline word": {"n/a": (325, 619, 908, 1192), "完成时间": (397, 552, 940, 1042), "完成时限": (333, 487, 791, 875),
         "时间节点": (353, 507, 851, 956)},
     "unit columns": {"n/a": (685, 1437, 2153, 2725), "one, first leads": (306, 309, 554, 555),
         "two": (183, 185, 369, 370), "two-row header": (234, 234, 414, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (184, 244, 427, 464), "、": (245, 403, 637, 768),
         "及": (259, 413, 697, 783), "和": (286, 506, 774, 1007), "，": (145, 213, 361, 398), "；": (213, 310, 476, 527)},
     "level": {"city": (359, 611, 948, 1154), "county": (434, 623, 1034, 1170), "district": (374, 548, 924, 1037),
         "province": (241, 383, 584, 704)},
     "place": {"仪陇县": (55, 100, 141, 182), "保定市": (91, 176, 297, 356), "四川省": (86, 137, 194, 238),
         "宁乡市": (156, 176, 355, 359), "宜昌市": (59, 105, 172, 217), "宜昌市西陵区": (93, 121, 195, 216),
         "常德市": (56, 101, 136, 174), "常德市武陵区": (113, 154, 261, 289), "成都市武侯区": (75, 132, 223, 254),
         "桐庐县": (99, 166, 226, 280), "河南省": (68, 101, 176, 208), "泾县": (124, 181, 312, 349),
         "湖南省": (87, 145, 214, 258), "绵阳市": (62, 103, 152, 190), "赣州市": (91, 126, 191, 217),
         "赣州市章贡区": (93, 141, 245, 278)},
     "issuer": {"full": (1152, 1783, 2818, 3337), "n/a": (70, 109, 218, 221), "without city": (186, 273, 454, 507)},
     "names": {"elided": (145, 302, 490, 637), "full": (332, 534, 810, 962), "official": (330, 492, 789, 908),
         "short": (601, 837, 1401, 1558)},
     "support": {"empty": (263, 440, 357, 430), "group": (293, 462, 544, 651), "units": (346, 477, 1103, 1235),
         "units+group": (392, 533, 997, 1108), "units+等": (114, 253, 489, 641)},
     "deadline": {"date": (188, 310, 516, 602), "day": (130, 171, 306, 340), "month": (150, 244, 400, 464),
         "none": (252, 391, 610, 755), "ongoing": (182, 281, 472, 538), "partial": (211, 302, 487, 538),
         "recurring": (118, 183, 268, 317), "yearend": (177, 283, 431, 511)},
     "merges": {"lead-rowspan": (136, 138, 198, 199), "n/a": (863, 1617, 2494, 3067), "none": (409, 410, 798, 799)},
     "chrome": {"all": (161, 271, 452, 530), "breadcrumb": (126, 223, 351, 404), "footer": (107, 204, 318, 412),
         "infobox": (166, 261, 406, 505), "n/a": (437, 476, 878, 881), "none": (157, 269, 415, 536),
         "print": (129, 213, 302, 348), "share": (125, 248, 368, 449)},
     "encoding": {"gbk": (494, 859, 1293, 1568), "n/a": (437, 476, 878, 881), "utf-8": (477, 830, 1319, 1616)},
     "spacing": {"blank-lines": (77, 134, 195, 249), "crlf": (99, 178, 277, 348), "indent": (330, 579, 932, 1145),
         "n/a": (437, 476, 878, 881), "one-line": (95, 139, 222, 256), "plain": (370, 659, 986, 1186)},
     "outline": {"1-1": (71, 328, 425, 617), "1.1": (60, 255, 302, 485), "deep": (102, 123, 197, 205),
         "flat": (1175, 1459, 2566, 2758)},
     "item numbers": {"autonum": (70, 109, 218, 221), "lost": (59, 219, 239, 408), "n/a": (723, 728, 1337, 1340),
         "printed": (556, 1109, 1696, 2096)},
     "lead placement": {"deadline line": (32, 51, 74, 91), "in item": (619, 1143, 1787, 2257),
         "n/a": (723, 728, 1337, 1340), "section units": (0, 87, 99, 99), "unit heading": (34, 156, 193, 278)},
     "letter points": {"1.": (53, 65, 126, 140), "n/a": (793, 837, 1555, 1561), "none": (520, 1188, 1688, 2208),
         "一、": (42, 75, 121, 156)},
     "table split": {"n/a": (902, 1654, 2553, 3125), "one": (276, 279, 517, 519), "split": (129, 131, 242, 243),
         "续表": (101, 101, 178, 178)},
     "role marks": {"n/a": (1165, 1921, 3050, 3624), "none": (89, 90, 177, 178), "牵头：/配合：": (154, 154, 263, 263)},
     "deadline form": {"as drawn": (431, 661, 1078, 1255), "milestones": (133, 185, 278, 301),
         "month range": (292, 464, 784, 899), "n/a": (552, 855, 1350, 1610)},
     "bodies": {"departments": (592, 917, 1388, 1611), "n/a": (145, 302, 490, 637),
         "party and mass": (359, 495, 858, 947), "vertical": (312, 451, 754, 870)},
     }),
    ("2026-12-01", "synth2: three later wide axes (mirror, text layout, support verb) measured before any code for "
     "them; the shares fall because the generator now prints tables copied from a PDF in pdftotext's layout "
     "(35/79 exact, 79/79 without the layout), 按职责分工负责 after a leading clause (the support taken as "
     "leads), groups printed in traditional characters (相關部門) and a law database's related links taken for "
     "the title",
     {"measures": (1347, 2165), "agencies": (3392, 4065), "metadata": (1235, 1244)},
     {
     "container": {"inline-label": (122, 362, 463, 689), "inline-verb": (144, 319, 476, 602),
         "labelled": (206, 405, 698, 753), "leading-clause": (102, 175, 234, 345), "sentence": (94, 176, 263, 336),
         "table": (679, 728, 1258, 1340)},
     "medium": {"docx": (220, 259, 478, 481), "html": (458, 872, 1303, 1644), "txt": (452, 817, 1211, 1540),
         "xlsx": (217, 217, 400, 400)},
     "sections": {"none": (391, 488, 854, 961), "rowspan-column": (202, 228, 374, 418),
         "span-row": (266, 289, 477, 515), "一、": (301, 876, 1174, 1609), "（一）": (187, 284, 513, 562)},
     "numbering": {"(1)": (81, 94, 175, 181), "1-1": (0, 257, 295, 490), "1.": (48, 64, 119, 121),
         "1.1": (0, 193, 183, 371), "1、": (83, 104, 178, 180), "1﹒": (44, 44, 87, 87), "1．": (45, 49, 99, 101),
         "Word list": (70, 109, 218, 221), "not printed": (59, 219, 239, 408), "①": (59, 88, 162, 169),
         "序号 1-1": (58, 71, 109, 127), "序号 1.1": (60, 62, 113, 114), "序号 column": (561, 595, 1036, 1099),
         "（1）": (179, 216, 379, 396)},
     "task word": {"n/a": (668, 1437, 2134, 2725), "主要任务": (123, 135, 254, 267), "具体措施": (116, 123, 240, 253),
         "工作任务": (150, 165, 256, 288), "工作内容": (155, 160, 270, 284), "重点任务": (135, 145, 238, 248)},
     "lead word": {"n/a": (340, 670, 973, 1283), "主办单位": (78, 90, 129, 157), "牵头单位": (337, 579, 939, 1107),
         "牵头部门": (288, 495, 804, 930), "责任单位": (304, 331, 547, 588)},
     "support word": {"n/a": (622, 979, 1487, 1838), "协办单位": (196, 374, 595, 718), "参与单位": (106, 123, 200, 233),
         "配合单位": (236, 374, 612, 705), "配合部门": (187, 315, 498, 571)},
     "deadline word": {"n/a": (308, 619, 900, 1192), "完成时间": (378, 552, 904, 1042), "完成时限": (318, 487, 758, 875),
         "时间节点": (343, 507, 830, 956)},
     "unit columns": {"n/a": (668, 1437, 2134, 2725), "one, first leads": (282, 309, 514, 555),
         "two": (177, 185, 354, 370), "two-row header": (220, 234, 390, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (184, 244, 423, 464), "、": (227, 403, 618, 768),
         "及": (240, 413, 675, 783), "和": (272, 506, 754, 1007), "，": (135, 213, 334, 398), "；": (213, 310, 470, 527)},
     "level": {"city": (352, 611, 931, 1154), "county": (414, 623, 1005, 1170), "district": (355, 548, 898, 1037),
         "province": (226, 383, 558, 704)},
     "place": {"仪陇县": (55, 100, 141, 182), "保定市": (89, 176, 293, 356), "四川省": (81, 137, 189, 238),
         "宁乡市": (155, 176, 354, 359), "宜昌市": (59, 105, 169, 217), "宜昌市西陵区": (85, 121, 187, 216),
         "常德市": (51, 101, 132, 174), "常德市武陵区": (106, 154, 246, 289), "成都市武侯区": (75, 132, 221, 254),
         "桐庐县": (97, 166, 225, 280), "河南省": (62, 101, 160, 208), "泾县": (107, 181, 285, 349),
         "湖南省": (83, 145, 209, 258), "绵阳市": (62, 103, 149, 190), "赣州市": (91, 126, 188, 217),
         "赣州市章贡区": (89, 141, 244, 278)},
     "issuer": {"full": (1108, 1783, 2742, 3337), "n/a": (70, 109, 218, 221), "without city": (169, 273, 432, 507)},
     "names": {"elided": (140, 302, 482, 637), "full": (322, 534, 799, 962), "official": (315, 492, 755, 908),
         "short": (570, 837, 1356, 1558)},
     "support": {"empty": (250, 440, 345, 430), "group": (282, 462, 527, 651), "units": (328, 477, 1071, 1235),
         "units+group": (378, 533, 960, 1108), "units+等": (109, 253, 489, 641)},
     "deadline": {"date": (188, 310, 513, 602), "day": (121, 171, 292, 340), "month": (143, 244, 385, 464),
         "none": (230, 391, 601, 755), "ongoing": (182, 281, 468, 538), "partial": (211, 302, 479, 538),
         "recurring": (101, 183, 241, 317), "yearend": (171, 283, 413, 511)},
     "merges": {"lead-rowspan": (136, 138, 197, 199), "n/a": (802, 1617, 2401, 3067), "none": (409, 410, 794, 799)},
     "chrome": {"all": (141, 217, 363, 427), "breadcrumb": (94, 187, 273, 338), "footer": (94, 182, 285, 360),
         "infobox": (144, 238, 359, 478), "n/a": (521, 688, 1175, 1289), "none": (145, 244, 391, 485),
         "print": (98, 186, 240, 298), "share": (110, 223, 306, 390)},
     "encoding": {"gbk": (472, 859, 1259, 1568), "n/a": (437, 476, 878, 881), "utf-8": (438, 830, 1255, 1616)},
     "spacing": {"blank-lines": (51, 134, 155, 249), "crlf": (80, 178, 242, 348), "indent": (322, 579, 926, 1145),
         "n/a": (437, 476, 878, 881), "one-line": (95, 139, 220, 256), "plain": (362, 659, 971, 1186)},
     "outline": {"1-1": (58, 328, 404, 617), "1.1": (60, 255, 296, 485), "deep": (102, 123, 197, 205),
         "flat": (1127, 1459, 2495, 2758)},
     "item numbers": {"autonum": (70, 109, 218, 221), "lost": (59, 219, 239, 408), "n/a": (679, 728, 1258, 1340),
         "printed": (539, 1109, 1677, 2096)},
     "lead placement": {"deadline line": (32, 51, 73, 91), "in item": (602, 1143, 1771, 2257),
         "n/a": (679, 728, 1258, 1340), "section units": (0, 87, 99, 99), "unit heading": (34, 156, 191, 278)},
     "letter points": {"1.": (53, 65, 124, 140), "n/a": (749, 837, 1476, 1561), "none": (505, 1188, 1673, 2208),
         "一、": (40, 75, 119, 156)},
     "table split": {"n/a": (885, 1654, 2534, 3125), "one": (246, 279, 469, 519), "split": (123, 131, 225, 243),
         "续表": (93, 101, 164, 178)},
     "role marks": {"n/a": (1104, 1921, 2956, 3624), "none": (89, 90, 174, 178), "牵头：/配合：": (154, 154, 262, 263)},
     "deadline form": {"as drawn": (419, 661, 1046, 1255), "milestones": (129, 185, 273, 301),
         "month range": (286, 464, 763, 899), "n/a": (513, 855, 1310, 1610)},
     "bodies": {"departments": (566, 917, 1361, 1611), "n/a": (140, 302, 482, 637),
         "party and mass": (342, 495, 823, 947), "vertical": (299, 451, 726, 870)},
     "support verb": {"as drawn": (159, 290, 475, 605), "n/a": (1079, 1652, 2541, 2941),
         "按职责分工负责": (109, 223, 376, 519)},
     "mirror": {"law database": (35, 119, 138, 213), "n/a": (437, 476, 878, 881), "none": (663, 1178, 1814, 2218),
         "traditional": (163, 299, 403, 558), "wechat": (49, 93, 159, 195)},
     "text layout": {"TAB": (99, 101, 180, 183), "n/a": (1213, 1985, 3125, 3723), "pdf layout": (35, 79, 87, 159)},
     }),
    ("2026-12-01", "general8 (seen by the coder): the outline reader's fixes for the wide axes - items numbered "
     "1-1 / 1.1, items whose numbers were lost in every container (the first one after the letter too), "
     "units named once for a section, a deep outline run into one line",
     {"measures": (1977, 2165), "agencies": (3900, 4065), "metadata": (1235, 1244)},
     {
     "container": {"inline-label": (348, 362, 671, 689), "inline-verb": (313, 319, 595, 602),
         "labelled": (319, 405, 709, 753), "leading-clause": (146, 175, 339, 345),
         "sentence": (172, 176, 328, 336), "table": (679, 728, 1258, 1340)},
     "medium": {"docx": (253, 259, 478, 481), "html": (803, 872, 1588, 1644), "txt": (704, 817, 1434, 1540),
         "xlsx": (217, 217, 400, 400)},
     "sections": {"none": (461, 488, 946, 961), "rowspan-column": (202, 228, 374, 418),
         "span-row": (266, 289, 477, 515), "一、": (783, 876, 1552, 1609), "（一）": (265, 284, 551, 562)},
     "numbering": {"(1)": (87, 94, 175, 181), "1-1": (236, 257, 469, 490), "1.": (55, 64, 119, 121),
         "1.1": (151, 193, 353, 371), "1、": (103, 104, 178, 180), "1﹒": (44, 44, 87, 87), "1．": (49, 49, 99, 101),
         "Word list": (103, 109, 218, 221), "not printed": (213, 219, 403, 408), "①": (75, 88, 162, 169),
         "序号 1-1": (58, 71, 109, 127), "序号 1.1": (60, 62, 113, 114), "序号 column": (561, 595, 1036, 1099),
         "（1）": (182, 216, 379, 396)},
     "task word": {"n/a": (1298, 1437, 2642, 2725), "主要任务": (123, 135, 254, 267), "具体措施": (116, 123, 240, 253),
         "工作任务": (150, 165, 256, 288), "工作内容": (155, 160, 270, 284), "重点任务": (135, 145, 238, 248)},
     "lead word": {"n/a": (631, 670, 1262, 1283), "主办单位": (78, 90, 129, 157), "牵头单位": (523, 579, 1069, 1107),
         "牵头部门": (441, 495, 893, 930), "责任单位": (304, 331, 547, 588)},
     "support word": {"n/a": (913, 979, 1776, 1838), "协办单位": (329, 374, 695, 718), "参与单位": (106, 123, 200, 233),
         "配合单位": (334, 374, 674, 705), "配合部门": (295, 315, 555, 571)},
     "deadline word": {"n/a": (580, 619, 1173, 1192), "完成时间": (504, 552, 985, 1042), "完成时限": (443, 487, 830, 875),
         "时间节点": (450, 507, 912, 956)},
     "unit columns": {"n/a": (1298, 1437, 2642, 2725), "one, first leads": (282, 309, 514, 555),
         "two": (177, 185, 354, 370), "two-row header": (220, 234, 390, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (225, 244, 451, 464), "、": (353, 403, 733, 768),
         "及": (376, 413, 753, 783), "和": (467, 506, 969, 1007), "，": (193, 213, 363, 398),
         "；": (287, 310, 513, 527)},
     "level": {"city": (578, 611, 1117, 1154), "county": (578, 623, 1133, 1170),
         "district": (502, 548, 997, 1037), "province": (319, 383, 653, 704)},
     "place": {"仪陇县": (98, 100, 182, 182), "保定市": (165, 176, 345, 356), "四川省": (105, 137, 223, 238),
         "宁乡市": (170, 176, 354, 359), "宜昌市": (103, 105, 212, 217), "宜昌市西陵区": (112, 121, 207, 216),
         "常德市": (87, 101, 162, 174), "常德市武陵区": (147, 154, 274, 289), "成都市武侯区": (123, 132, 249, 254),
         "桐庐县": (150, 166, 278, 280), "河南省": (84, 101, 186, 208), "泾县": (160, 181, 319, 349),
         "湖南省": (130, 145, 244, 258), "绵阳市": (99, 103, 184, 190), "赣州市": (124, 126, 214, 217),
         "赣州市章贡区": (120, 141, 267, 278)},
     "issuer": {"full": (1630, 1783, 3201, 3337), "n/a": (103, 109, 218, 221),
         "without city": (244, 273, 481, 507)},
     "names": {"elided": (272, 302, 611, 637), "full": (490, 534, 936, 962), "official": (444, 492, 858, 908),
         "short": (771, 837, 1495, 1558)},
     "support": {"empty": (399, 440, 411, 430), "group": (422, 462, 610, 651), "units": (438, 477, 1193, 1235),
         "units+group": (498, 533, 1057, 1108), "units+等": (220, 253, 629, 641)},
     "deadline": {"date": (299, 310, 589, 602), "day": (150, 171, 321, 340), "month": (208, 244, 433, 464),
         "none": (344, 391, 736, 755), "ongoing": (271, 281, 524, 538), "partial": (289, 302, 525, 538),
         "recurring": (154, 183, 282, 317), "yearend": (262, 283, 490, 511)},
     "merges": {"lead-rowspan": (136, 138, 197, 199), "n/a": (1432, 1617, 2909, 3067),
         "none": (409, 410, 794, 799)},
     "chrome": {"all": (210, 217, 409, 427), "breadcrumb": (153, 187, 303, 338), "footer": (156, 182, 346, 360),
         "infobox": (216, 238, 447, 478), "n/a": (653, 688, 1271, 1289), "none": (237, 244, 476, 485),
         "print": (148, 186, 274, 298), "share": (204, 223, 374, 390)},
     "encoding": {"gbk": (766, 859, 1503, 1568), "n/a": (470, 476, 878, 881), "utf-8": (741, 830, 1519, 1616)},
     "spacing": {"blank-lines": (96, 134, 206, 249), "crlf": (147, 178, 310, 348),
         "indent": (524, 579, 1111, 1145), "n/a": (470, 476, 878, 881), "one-line": (136, 139, 253, 256),
         "plain": (604, 659, 1142, 1186)},
     "outline": {"1-1": (294, 328, 578, 617), "1.1": (211, 255, 466, 485), "deep": (105, 123, 197, 205),
         "flat": (1367, 1459, 2659, 2758)},
     "item numbers": {"autonum": (103, 109, 218, 221), "lost": (213, 219, 403, 408),
         "n/a": (679, 728, 1258, 1340), "printed": (982, 1109, 2021, 2096)},
     "lead placement": {"deadline line": (51, 51, 89, 91), "in item": (1105, 1143, 2226, 2257),
         "n/a": (679, 728, 1258, 1340), "section units": (86, 87, 99, 99), "unit heading": (56, 156, 228, 278)},
     "letter points": {"1.": (65, 65, 138, 140), "n/a": (782, 837, 1476, 1561), "none": (1062, 1188, 2134, 2208),
         "一、": (68, 75, 152, 156)},
     "table split": {"n/a": (1515, 1654, 3042, 3125), "one": (246, 279, 469, 519), "split": (123, 131, 225, 243),
         "续表": (93, 101, 164, 178)},
     "role marks": {"n/a": (1734, 1921, 3464, 3624), "none": (89, 90, 174, 178), "牵头：/配合：": (154, 154, 262, 263)},
     "deadline form": {"as drawn": (600, 661, 1200, 1255), "milestones": (154, 185, 284, 301),
         "month range": (454, 464, 874, 899), "n/a": (769, 855, 1542, 1610)},
     "bodies": {"departments": (848, 917, 1564, 1611), "n/a": (272, 302, 611, 637),
         "party and mass": (445, 495, 893, 947), "vertical": (412, 451, 832, 870)},
     "support verb": {"as drawn": (286, 290, 595, 605), "n/a": (1501, 1652, 2795, 2941),
         "按职责分工负责": (190, 223, 510, 519)},
     "mirror": {"law database": (96, 119, 202, 213), "n/a": (470, 476, 878, 881),
         "none": (1049, 1178, 2121, 2218), "traditional": (275, 299, 508, 558), "wechat": (87, 93, 191, 195)},
     "text layout": {"TAB": (99, 101, 180, 183), "n/a": (1843, 1985, 3633, 3723), "pdf layout": (35, 79, 87, 159)},
     }),
    ("2026-12-01", "synth2: three more later axes (co-leads, extra column, table numbers) measured on main 35ab9c3 "
     "before any code for them; measures 1977 -> 1970/2165 because an .xlsx with a 备注 column over a note row "
     "gives no measures (seed 8) and 序号 starting again in each section loses rows of a PDF layout copy after "
     "续表 (seed 343); 分别牵头 and a 责任领导 column cost nothing",
     {"measures": (1970, 2165), "agencies": (3884, 4065), "metadata": (1235, 1244)},
     {
     "container": {"inline-label": (348, 362, 671, 689), "inline-verb": (313, 319, 595, 602),
         "labelled": (319, 405, 709, 753), "leading-clause": (148, 175, 339, 345), "sentence": (172, 176, 328, 336),
         "table": (670, 728, 1242, 1340)},
     "medium": {"docx": (253, 259, 478, 481), "html": (806, 872, 1589, 1644), "txt": (699, 817, 1418, 1540),
         "xlsx": (212, 217, 399, 400)},
     "sections": {"none": (458, 488, 945, 961), "rowspan-column": (202, 228, 374, 418),
         "span-row": (262, 289, 462, 515), "一、": (783, 876, 1552, 1609), "（一）": (265, 284, 551, 562)},
     "numbering": {"(1)": (87, 94, 175, 181), "1-1": (236, 257, 469, 490), "1.": (56, 64, 119, 121),
         "1.1": (151, 193, 353, 371), "1、": (103, 104, 178, 180), "1﹒": (44, 44, 87, 87), "1．": (49, 49, 99, 101),
         "Word list": (103, 109, 218, 221), "not printed": (213, 219, 403, 408), "①": (75, 88, 162, 169),
         "序号 1-1": (58, 71, 109, 127), "序号 1.1": (60, 62, 113, 114), "序号 column": (552, 595, 1020, 1099),
         "（1）": (183, 216, 379, 396)},
     "task word": {"n/a": (1300, 1437, 2642, 2725), "主要任务": (123, 135, 249, 267), "具体措施": (116, 123, 240, 253),
         "工作任务": (145, 165, 255, 288), "工作内容": (150, 160, 262, 284), "重点任务": (136, 145, 236, 248)},
     "lead word": {"n/a": (633, 670, 1262, 1283), "主办单位": (80, 90, 130, 157), "牵头单位": (518, 579, 1056, 1107),
         "牵头部门": (441, 495, 893, 930), "责任单位": (298, 331, 543, 588)},
     "support word": {"n/a": (909, 979, 1772, 1838), "协办单位": (329, 374, 695, 718), "参与单位": (108, 123, 201, 233),
         "配合单位": (334, 374, 669, 705), "配合部门": (290, 315, 547, 571)},
     "deadline word": {"n/a": (582, 619, 1173, 1192), "完成时间": (504, 552, 980, 1042), "完成时限": (438, 487, 829, 875),
         "时间节点": (446, 507, 902, 956)},
     "unit columns": {"n/a": (1300, 1437, 2642, 2725), "one, first leads": (276, 309, 510, 555),
         "two": (174, 185, 347, 370), "two-row header": (220, 234, 385, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (220, 244, 450, 464), "、": (356, 403, 734, 768),
         "及": (376, 413, 753, 783), "和": (468, 506, 964, 1007), "，": (188, 213, 355, 398), "；": (286, 310, 510, 527)},
     "level": {"city": (574, 611, 1114, 1154), "county": (579, 623, 1133, 1170), "district": (498, 548, 984, 1037),
         "province": (319, 383, 653, 704)},
     "place": {"仪陇县": (98, 100, 182, 182), "保定市": (165, 176, 345, 356), "四川省": (105, 137, 223, 238),
         "宁乡市": (170, 176, 354, 359), "宜昌市": (102, 105, 209, 217), "宜昌市西陵区": (112, 121, 202, 216),
         "常德市": (87, 101, 162, 174), "常德市武陵区": (147, 154, 274, 289), "成都市武侯区": (118, 132, 241, 254),
         "桐庐县": (150, 166, 278, 280), "河南省": (84, 101, 186, 208), "泾县": (161, 181, 319, 349),
         "湖南省": (130, 145, 244, 258), "绵阳市": (101, 103, 185, 190), "赣州市": (119, 126, 213, 217),
         "赣州市章贡区": (121, 141, 267, 278)},
     "issuer": {"full": (1622, 1783, 3190, 3337), "n/a": (103, 109, 218, 221), "without city": (245, 273, 476, 507)},
     "names": {"elided": (274, 302, 607, 637), "full": (490, 534, 933, 962), "official": (439, 492, 850, 908),
         "short": (767, 837, 1494, 1558)},
     "support": {"empty": (396, 440, 411, 430), "group": (422, 462, 610, 651), "units": (439, 477, 1188, 1235),
         "units+group": (492, 533, 1046, 1108), "units+等": (221, 253, 629, 641)},
     "deadline": {"date": (298, 310, 586, 602), "day": (150, 171, 316, 340), "month": (208, 244, 433, 464),
         "none": (348, 391, 737, 755), "ongoing": (266, 281, 516, 538), "partial": (284, 302, 524, 538),
         "recurring": (154, 183, 282, 317), "yearend": (262, 283, 490, 511)},
     "merges": {"lead-rowspan": (138, 138, 198, 199), "n/a": (1428, 1617, 2893, 3067), "none": (404, 410, 793, 799)},
     "chrome": {"all": (210, 217, 409, 427), "breadcrumb": (153, 187, 303, 338), "footer": (158, 182, 346, 360),
         "infobox": (216, 238, 447, 478), "n/a": (650, 688, 1271, 1289), "none": (232, 244, 468, 485),
         "print": (147, 186, 266, 298), "share": (204, 223, 374, 390)},
     "encoding": {"gbk": (763, 859, 1488, 1568), "n/a": (465, 476, 877, 881), "utf-8": (742, 830, 1519, 1616)},
     "spacing": {"blank-lines": (96, 134, 206, 249), "crlf": (147, 178, 305, 348), "indent": (522, 579, 1104, 1145),
         "n/a": (465, 476, 877, 881), "one-line": (136, 139, 253, 256), "plain": (604, 659, 1139, 1186)},
     "outline": {"1-1": (294, 328, 578, 617), "1.1": (211, 255, 466, 485), "deep": (105, 123, 197, 205),
         "flat": (1360, 1459, 2643, 2758)},
     "item numbers": {"autonum": (103, 109, 218, 221), "lost": (213, 219, 403, 408), "n/a": (670, 728, 1242, 1340),
         "printed": (984, 1109, 2021, 2096)},
     "lead placement": {"deadline line": (51, 51, 89, 91), "in item": (1107, 1143, 2226, 2257),
         "n/a": (670, 728, 1242, 1340), "section units": (86, 87, 99, 99), "unit heading": (56, 156, 228, 278)},
     "letter points": {"1.": (65, 65, 138, 140), "n/a": (773, 837, 1460, 1561), "none": (1064, 1188, 2134, 2208),
         "一、": (68, 75, 152, 156)},
     "table split": {"n/a": (1512, 1654, 3041, 3125), "one": (246, 279, 464, 519), "split": (125, 131, 226, 243),
         "续表": (87, 101, 153, 178)},
     "role marks": {"n/a": (1732, 1921, 3449, 3624), "none": (89, 90, 174, 178), "牵头：/配合：": (149, 154, 261, 263)},
     "deadline form": {"as drawn": (600, 661, 1195, 1255), "milestones": (149, 185, 283, 301),
         "month range": (453, 464, 871, 899), "n/a": (768, 855, 1535, 1610)},
     "bodies": {"departments": (844, 917, 1560, 1611), "n/a": (274, 302, 607, 637),
         "party and mass": (440, 495, 885, 947), "vertical": (412, 451, 832, 870)},
     "support verb": {"as drawn": (286, 290, 595, 605), "n/a": (1492, 1652, 2779, 2941),
         "按职责分工负责": (192, 223, 510, 519)},
     "mirror": {"law database": (96, 119, 202, 213), "n/a": (465, 476, 877, 881), "none": (1046, 1178, 2108, 2218),
         "traditional": (274, 299, 505, 558), "wechat": (89, 93, 192, 195)},
     "text layout": {"TAB": (99, 101, 180, 183), "n/a": (1842, 1985, 3633, 3723), "pdf layout": (29, 79, 71, 159)},
     "co-leads": {"A、B牵头": (204, 216, 498, 503), "n/a": (1600, 1766, 3013, 3178), "分别牵头": (166, 183, 373, 384)},
     "extra column": {"n/a": (1300, 1437, 2642, 2725), "none": (302, 333, 573, 633), "备注": (203, 214, 355, 366),
         "责任领导": (165, 181, 314, 341)},
     "table numbers": {"n/a": (1624, 1781, 3270, 3373), "restart": (172, 204, 289, 349),
         "running": (174, 180, 325, 343)},
     }),
    ("2026-12-01", "synth2: the docx numbers axis (Word's list numbers in a .docx table's 序号 cells) measured "
     "before any code for it: 43/43 of its measures exact, totals unchanged (1970/2165)",
     {"measures": (1970, 2165), "agencies": (3884, 4065), "metadata": (1235, 1244)},
     {
     "container": {"inline-label": (348, 362, 671, 689), "inline-verb": (313, 319, 595, 602),
         "labelled": (319, 405, 709, 753), "leading-clause": (148, 175, 339, 345), "sentence": (172, 176, 328, 336),
         "table": (670, 728, 1242, 1340)},
     "medium": {"docx": (253, 259, 478, 481), "html": (806, 872, 1589, 1644), "txt": (699, 817, 1418, 1540),
         "xlsx": (212, 217, 399, 400)},
     "sections": {"none": (458, 488, 945, 961), "rowspan-column": (202, 228, 374, 418),
         "span-row": (262, 289, 462, 515), "一、": (783, 876, 1552, 1609), "（一）": (265, 284, 551, 562)},
     "numbering": {"(1)": (87, 94, 175, 181), "1-1": (236, 257, 469, 490), "1.": (56, 64, 119, 121),
         "1.1": (151, 193, 353, 371), "1、": (103, 104, 178, 180), "1﹒": (44, 44, 87, 87), "1．": (49, 49, 99, 101),
         "Word list": (103, 109, 218, 221), "not printed": (213, 219, 403, 408), "①": (75, 88, 162, 169),
         "序号 1-1": (58, 71, 109, 127), "序号 1.1": (60, 62, 113, 114), "序号 column": (552, 595, 1020, 1099),
         "（1）": (183, 216, 379, 396)},
     "task word": {"n/a": (1300, 1437, 2642, 2725), "主要任务": (123, 135, 249, 267), "具体措施": (116, 123, 240, 253),
         "工作任务": (145, 165, 255, 288), "工作内容": (150, 160, 262, 284), "重点任务": (136, 145, 236, 248)},
     "lead word": {"n/a": (633, 670, 1262, 1283), "主办单位": (80, 90, 130, 157), "牵头单位": (518, 579, 1056, 1107),
         "牵头部门": (441, 495, 893, 930), "责任单位": (298, 331, 543, 588)},
     "support word": {"n/a": (909, 979, 1772, 1838), "协办单位": (329, 374, 695, 718), "参与单位": (108, 123, 201, 233),
         "配合单位": (334, 374, 669, 705), "配合部门": (290, 315, 547, 571)},
     "deadline word": {"n/a": (582, 619, 1173, 1192), "完成时间": (504, 552, 980, 1042), "完成时限": (438, 487, 829, 875),
         "时间节点": (446, 507, 902, 956)},
     "unit columns": {"n/a": (1300, 1437, 2642, 2725), "one, first leads": (276, 309, 510, 555),
         "two": (174, 185, 347, 370), "two-row header": (220, 234, 385, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (220, 244, 450, 464), "、": (356, 403, 734, 768),
         "及": (376, 413, 753, 783), "和": (468, 506, 964, 1007), "，": (188, 213, 355, 398), "；": (286, 310, 510, 527)},
     "level": {"city": (574, 611, 1114, 1154), "county": (579, 623, 1133, 1170), "district": (498, 548, 984, 1037),
         "province": (319, 383, 653, 704)},
     "place": {"仪陇县": (98, 100, 182, 182), "保定市": (165, 176, 345, 356), "四川省": (105, 137, 223, 238),
         "宁乡市": (170, 176, 354, 359), "宜昌市": (102, 105, 209, 217), "宜昌市西陵区": (112, 121, 202, 216),
         "常德市": (87, 101, 162, 174), "常德市武陵区": (147, 154, 274, 289), "成都市武侯区": (118, 132, 241, 254),
         "桐庐县": (150, 166, 278, 280), "河南省": (84, 101, 186, 208), "泾县": (161, 181, 319, 349),
         "湖南省": (130, 145, 244, 258), "绵阳市": (101, 103, 185, 190), "赣州市": (119, 126, 213, 217),
         "赣州市章贡区": (121, 141, 267, 278)},
     "issuer": {"full": (1622, 1783, 3190, 3337), "n/a": (103, 109, 218, 221), "without city": (245, 273, 476, 507)},
     "names": {"elided": (274, 302, 607, 637), "full": (490, 534, 933, 962), "official": (439, 492, 850, 908),
         "short": (767, 837, 1494, 1558)},
     "support": {"empty": (396, 440, 411, 430), "group": (422, 462, 610, 651), "units": (439, 477, 1188, 1235),
         "units+group": (492, 533, 1046, 1108), "units+等": (221, 253, 629, 641)},
     "deadline": {"date": (298, 310, 586, 602), "day": (150, 171, 316, 340), "month": (208, 244, 433, 464),
         "none": (348, 391, 737, 755), "ongoing": (266, 281, 516, 538), "partial": (284, 302, 524, 538),
         "recurring": (154, 183, 282, 317), "yearend": (262, 283, 490, 511)},
     "merges": {"lead-rowspan": (138, 138, 198, 199), "n/a": (1428, 1617, 2893, 3067), "none": (404, 410, 793, 799)},
     "chrome": {"all": (210, 217, 409, 427), "breadcrumb": (153, 187, 303, 338), "footer": (158, 182, 346, 360),
         "infobox": (216, 238, 447, 478), "n/a": (650, 688, 1271, 1289), "none": (232, 244, 468, 485),
         "print": (147, 186, 266, 298), "share": (204, 223, 374, 390)},
     "encoding": {"gbk": (763, 859, 1488, 1568), "n/a": (465, 476, 877, 881), "utf-8": (742, 830, 1519, 1616)},
     "spacing": {"blank-lines": (96, 134, 206, 249), "crlf": (147, 178, 305, 348), "indent": (522, 579, 1104, 1145),
         "n/a": (465, 476, 877, 881), "one-line": (136, 139, 253, 256), "plain": (604, 659, 1139, 1186)},
     "outline": {"1-1": (294, 328, 578, 617), "1.1": (211, 255, 466, 485), "deep": (105, 123, 197, 205),
         "flat": (1360, 1459, 2643, 2758)},
     "item numbers": {"autonum": (103, 109, 218, 221), "lost": (213, 219, 403, 408), "n/a": (670, 728, 1242, 1340),
         "printed": (984, 1109, 2021, 2096)},
     "lead placement": {"deadline line": (51, 51, 89, 91), "in item": (1107, 1143, 2226, 2257),
         "n/a": (670, 728, 1242, 1340), "section units": (86, 87, 99, 99), "unit heading": (56, 156, 228, 278)},
     "letter points": {"1.": (65, 65, 138, 140), "n/a": (773, 837, 1460, 1561), "none": (1064, 1188, 2134, 2208),
         "一、": (68, 75, 152, 156)},
     "table split": {"n/a": (1512, 1654, 3041, 3125), "one": (246, 279, 464, 519), "split": (125, 131, 226, 243),
         "续表": (87, 101, 153, 178)},
     "role marks": {"n/a": (1732, 1921, 3449, 3624), "none": (89, 90, 174, 178), "牵头：/配合：": (149, 154, 261, 263)},
     "deadline form": {"as drawn": (600, 661, 1195, 1255), "milestones": (149, 185, 283, 301),
         "month range": (453, 464, 871, 899), "n/a": (768, 855, 1535, 1610)},
     "bodies": {"departments": (844, 917, 1560, 1611), "n/a": (274, 302, 607, 637),
         "party and mass": (440, 495, 885, 947), "vertical": (412, 451, 832, 870)},
     "support verb": {"as drawn": (286, 290, 595, 605), "n/a": (1492, 1652, 2779, 2941),
         "按职责分工负责": (192, 223, 510, 519)},
     "mirror": {"law database": (96, 119, 202, 213), "n/a": (465, 476, 877, 881), "none": (1046, 1178, 2108, 2218),
         "traditional": (274, 299, 505, 558), "wechat": (89, 93, 192, 195)},
     "text layout": {"TAB": (99, 101, 180, 183), "n/a": (1842, 1985, 3633, 3723), "pdf layout": (29, 79, 71, 159)},
     "co-leads": {"A、B牵头": (204, 216, 498, 503), "n/a": (1600, 1766, 3013, 3178), "分别牵头": (166, 183, 373, 384)},
     "extra column": {"n/a": (1300, 1437, 2642, 2725), "none": (302, 333, 573, 633), "备注": (203, 214, 355, 366),
         "责任领导": (165, 181, 314, 341)},
     "table numbers": {"n/a": (1624, 1781, 3270, 3373), "restart": (172, 204, 289, 349),
         "running": (174, 180, 325, 343)},
     "docx numbers": {"Word list": (43, 43, 77, 77), "n/a": (1890, 2085, 3745, 3926), "typed": (37, 37, 62, 62)},
     }),
    ("2026-12-01", "synth2: the pdf cell align axis measured before any code for it; measures 1970 -> 1954/2165 "
     "because a PDF layout copy whose cells are centred in their rows (the number, lead and deadline on a line "
     "between a wrapped task's lines) reads 0/32",
     {"measures": (1954, 2165), "agencies": (3852, 4065), "metadata": (1235, 1244)},
     {
     "container": {"inline-label": (348, 362, 671, 689), "inline-verb": (313, 319, 595, 602),
         "labelled": (319, 405, 709, 753), "leading-clause": (148, 175, 339, 345), "sentence": (172, 176, 328, 336),
         "table": (654, 728, 1210, 1340)},
     "medium": {"docx": (253, 259, 478, 481), "html": (806, 872, 1589, 1644), "txt": (683, 817, 1386, 1540),
         "xlsx": (212, 217, 399, 400)},
     "sections": {"none": (448, 488, 931, 961), "rowspan-column": (202, 228, 374, 418),
         "span-row": (256, 289, 444, 515), "一、": (783, 876, 1552, 1609), "（一）": (265, 284, 551, 562)},
     "numbering": {"(1)": (87, 94, 175, 181), "1-1": (236, 257, 469, 490), "1.": (56, 64, 119, 121),
         "1.1": (151, 193, 353, 371), "1、": (103, 104, 178, 180), "1﹒": (44, 44, 87, 87), "1．": (49, 49, 99, 101),
         "Word list": (103, 109, 218, 221), "not printed": (213, 219, 403, 408), "①": (75, 88, 162, 169),
         "序号 1-1": (58, 71, 109, 127), "序号 1.1": (60, 62, 113, 114), "序号 column": (536, 595, 988, 1099),
         "（1）": (183, 216, 379, 396)},
     "task word": {"n/a": (1300, 1437, 2642, 2725), "主要任务": (113, 135, 235, 267), "具体措施": (116, 123, 240, 253),
         "工作任务": (145, 165, 255, 288), "工作内容": (150, 160, 262, 284), "重点任务": (130, 145, 218, 248)},
     "lead word": {"n/a": (633, 670, 1262, 1283), "主办单位": (80, 90, 130, 157), "牵头单位": (506, 579, 1034, 1107),
         "牵头部门": (441, 495, 893, 930), "责任单位": (294, 331, 533, 588)},
     "support word": {"n/a": (905, 979, 1762, 1838), "协办单位": (323, 374, 691, 718), "参与单位": (108, 123, 201, 233),
         "配合单位": (334, 374, 669, 705), "配合部门": (284, 315, 529, 571)},
     "deadline word": {"n/a": (582, 619, 1173, 1192), "完成时间": (504, 552, 980, 1042), "完成时限": (434, 487, 819, 875),
         "时间节点": (434, 507, 880, 956)},
     "unit columns": {"n/a": (1300, 1437, 2642, 2725), "one, first leads": (272, 309, 500, 555),
         "two": (162, 185, 325, 370), "two-row header": (220, 234, 385, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (220, 244, 450, 464), "、": (356, 403, 734, 768),
         "及": (364, 413, 731, 783), "和": (468, 506, 964, 1007), "，": (188, 213, 355, 398), "；": (282, 310, 500, 527)},
     "level": {"city": (574, 611, 1114, 1154), "county": (573, 623, 1115, 1170), "district": (492, 548, 980, 1037),
         "province": (315, 383, 643, 704)},
     "place": {"仪陇县": (98, 100, 182, 182), "保定市": (165, 176, 345, 356), "四川省": (105, 137, 223, 238),
         "宁乡市": (164, 176, 336, 359), "宜昌市": (102, 105, 209, 217), "宜昌市西陵区": (112, 121, 202, 216),
         "常德市": (87, 101, 162, 174), "常德市武陵区": (147, 154, 274, 289), "成都市武侯区": (118, 132, 241, 254),
         "桐庐县": (150, 166, 278, 280), "河南省": (84, 101, 186, 208), "泾县": (161, 181, 319, 349),
         "湖南省": (126, 145, 234, 258), "绵阳市": (101, 103, 185, 190), "赣州市": (119, 126, 213, 217),
         "赣州市章贡区": (115, 141, 263, 278)},
     "issuer": {"full": (1612, 1783, 3162, 3337), "n/a": (103, 109, 218, 221), "without city": (239, 273, 472, 507)},
     "names": {"elided": (262, 302, 585, 637), "full": (486, 534, 923, 962), "official": (439, 492, 850, 908),
         "short": (767, 837, 1494, 1558)},
     "support": {"empty": (390, 440, 407, 430), "group": (422, 462, 610, 651), "units": (429, 477, 1160, 1235),
         "units+group": (492, 533, 1046, 1108), "units+等": (221, 253, 629, 641)},
     "deadline": {"date": (298, 310, 586, 602), "day": (150, 171, 316, 340), "month": (202, 244, 415, 464),
         "none": (348, 391, 737, 755), "ongoing": (260, 281, 512, 538), "partial": (280, 302, 514, 538),
         "recurring": (154, 183, 282, 317), "yearend": (262, 283, 490, 511)},
     "merges": {"lead-rowspan": (138, 138, 198, 199), "n/a": (1412, 1617, 2861, 3067), "none": (404, 410, 793, 799)},
     "chrome": {"all": (210, 217, 409, 427), "breadcrumb": (153, 187, 303, 338), "footer": (158, 182, 346, 360),
         "infobox": (216, 238, 447, 478), "n/a": (644, 688, 1267, 1289), "none": (226, 244, 450, 485),
         "print": (147, 186, 266, 298), "share": (200, 223, 364, 390)},
     "encoding": {"gbk": (751, 859, 1466, 1568), "n/a": (465, 476, 877, 881), "utf-8": (738, 830, 1509, 1616)},
     "spacing": {"blank-lines": (96, 134, 206, 249), "crlf": (141, 178, 301, 348), "indent": (522, 579, 1104, 1145),
         "n/a": (465, 476, 877, 881), "one-line": (136, 139, 253, 256), "plain": (594, 659, 1111, 1186)},
     "outline": {"1-1": (294, 328, 578, 617), "1.1": (211, 255, 466, 485), "deep": (105, 123, 197, 205),
         "flat": (1344, 1459, 2611, 2758)},
     "item numbers": {"autonum": (103, 109, 218, 221), "lost": (213, 219, 403, 408), "n/a": (654, 728, 1210, 1340),
         "printed": (984, 1109, 2021, 2096)},
     "lead placement": {"deadline line": (51, 51, 89, 91), "in item": (1107, 1143, 2226, 2257),
         "n/a": (654, 728, 1210, 1340), "section units": (86, 87, 99, 99), "unit heading": (56, 156, 228, 278)},
     "letter points": {"1.": (65, 65, 138, 140), "n/a": (757, 837, 1428, 1561), "none": (1064, 1188, 2134, 2208),
         "一、": (68, 75, 152, 156)},
     "table split": {"n/a": (1512, 1654, 3041, 3125), "one": (242, 279, 454, 519), "split": (113, 131, 204, 243),
         "续表": (87, 101, 153, 178)},
     "role marks": {"n/a": (1716, 1921, 3417, 3624), "none": (89, 90, 174, 178), "牵头：/配合：": (149, 154, 261, 263)},
     "deadline form": {"as drawn": (590, 661, 1167, 1255), "milestones": (149, 185, 283, 301),
         "month range": (453, 464, 871, 899), "n/a": (762, 855, 1531, 1610)},
     "bodies": {"departments": (844, 917, 1560, 1611), "n/a": (262, 302, 585, 637),
         "party and mass": (440, 495, 885, 947), "vertical": (408, 451, 822, 870)},
     "support verb": {"as drawn": (286, 290, 595, 605), "n/a": (1476, 1652, 2747, 2941),
         "按职责分工负责": (192, 223, 510, 519)},
     "mirror": {"law database": (90, 119, 198, 213), "n/a": (465, 476, 877, 881), "none": (1036, 1178, 2080, 2218),
         "traditional": (274, 299, 505, 558), "wechat": (89, 93, 192, 195)},
     "text layout": {"TAB": (99, 101, 180, 183), "n/a": (1842, 1985, 3633, 3723), "pdf layout": (13, 79, 39, 159)},
     "co-leads": {"A、B牵头": (204, 216, 498, 503), "n/a": (1584, 1766, 2981, 3178), "分别牵头": (166, 183, 373, 384)},
     "extra column": {"n/a": (1300, 1437, 2642, 2725), "none": (302, 333, 573, 633), "备注": (193, 214, 341, 366),
         "责任领导": (159, 181, 296, 341)},
     "table numbers": {"n/a": (1614, 1781, 3256, 3373), "restart": (172, 204, 289, 349),
         "running": (168, 180, 307, 343)},
     "docx numbers": {"Word list": (43, 43, 77, 77), "n/a": (1874, 2085, 3713, 3926), "typed": (37, 37, 62, 62)},
     "pdf cell align": {"middle": (0, 32, 4, 65), "n/a": (1941, 2086, 3813, 3906), "top": (13, 47, 35, 94)},
     }),
    ("2026-12-01", "general8 (seen by the coder): a clause by duties (B等部门按职责分工负责) after the one that names "
     "the responsible unit (由A负责，…) supports - support verb 按职责分工负责 190 -> 216/223",
     {"measures": (1978, 2165), "agencies": (3887, 4065), "metadata": (1235, 1244)},
     {
     "container": {"inline-label": (348, 362, 679, 689), "inline-verb": (313, 319, 599, 602),
         "labelled": (319, 405, 715, 753), "leading-clause": (172, 175, 342, 345),
         "sentence": (172, 176, 333, 336), "table": (654, 728, 1219, 1340)},
     "medium": {"docx": (253, 259, 478, 481), "html": (819, 872, 1613, 1644), "txt": (694, 817, 1397, 1540),
         "xlsx": (212, 217, 399, 400)},
     "sections": {"none": (457, 488, 938, 961), "rowspan-column": (202, 228, 377, 418),
         "span-row": (256, 289, 450, 515), "一、": (795, 876, 1569, 1609), "（一）": (268, 284, 553, 562)},
     "numbering": {"(1)": (87, 94, 177, 181), "1-1": (240, 257, 475, 490), "1.": (63, 64, 121, 121),
         "1.1": (156, 193, 360, 371), "1、": (103, 104, 179, 180), "1﹒": (44, 44, 87, 87),
         "1．": (49, 49, 101, 101), "Word list": (103, 109, 218, 221), "not printed": (213, 219, 404, 408),
         "①": (77, 88, 162, 169), "序号 1-1": (58, 71, 109, 127), "序号 1.1": (60, 62, 114, 114),
         "序号 column": (536, 595, 996, 1099), "（1）": (189, 216, 384, 396)},
     "task word": {"n/a": (1324, 1437, 2668, 2725), "主要任务": (113, 135, 236, 267), "具体措施": (116, 123, 240, 253),
         "工作任务": (145, 165, 257, 288), "工作内容": (150, 160, 266, 284), "重点任务": (130, 145, 220, 248)},
     "lead word": {"n/a": (657, 670, 1274, 1283), "主办单位": (80, 90, 131, 157), "牵头单位": (506, 579, 1039, 1107),
         "牵头部门": (441, 495, 903, 930), "责任单位": (294, 331, 540, 588)},
     "support word": {"n/a": (929, 979, 1781, 1838), "协办单位": (323, 374, 696, 718), "参与单位": (108, 123, 202, 233),
         "配合单位": (334, 374, 673, 705), "配合部门": (284, 315, 535, 571)},
     "deadline word": {"n/a": (606, 619, 1183, 1192), "完成时间": (504, 552, 992, 1042), "完成时限": (434, 487, 828, 875),
         "时间节点": (434, 507, 884, 956)},
     "unit columns": {"n/a": (1324, 1437, 2668, 2725), "one, first leads": (272, 309, 507, 555),
         "two": (162, 185, 325, 370), "two-row header": (220, 234, 387, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (220, 244, 454, 464), "、": (364, 403, 736, 768),
         "及": (372, 413, 735, 783), "和": (476, 506, 977, 1007), "，": (188, 213, 360, 398),
         "；": (282, 310, 507, 527)},
     "level": {"city": (576, 611, 1131, 1154), "county": (587, 623, 1122, 1170),
         "district": (498, 548, 986, 1037), "province": (317, 383, 648, 704)},
     "place": {"仪陇县": (100, 100, 182, 182), "保定市": (167, 176, 351, 356), "四川省": (105, 137, 224, 238),
         "宁乡市": (165, 176, 337, 359), "宜昌市": (102, 105, 212, 217), "宜昌市西陵区": (115, 121, 203, 216),
         "常德市": (87, 101, 163, 174), "常德市武陵区": (147, 154, 276, 289), "成都市武侯区": (118, 132, 243, 254),
         "桐庐县": (157, 166, 279, 280), "河南省": (86, 101, 187, 208), "泾县": (165, 181, 324, 349),
         "湖南省": (126, 145, 237, 258), "绵阳市": (101, 103, 189, 190), "赣州市": (119, 126, 216, 217),
         "赣州市章贡区": (118, 141, 264, 278)},
     "issuer": {"full": (1632, 1783, 3195, 3337), "n/a": (103, 109, 218, 221),
         "without city": (243, 273, 474, 507)},
     "names": {"elided": (264, 302, 587, 637), "full": (492, 534, 930, 962), "official": (442, 492, 863, 908),
         "short": (780, 837, 1507, 1558)},
     "support": {"empty": (390, 440, 407, 430), "group": (428, 462, 626, 651), "units": (433, 477, 1160, 1235),
         "units+group": (497, 533, 1063, 1108), "units+等": (230, 253, 631, 641)},
     "deadline": {"date": (298, 310, 590, 602), "day": (150, 171, 319, 340), "month": (202, 244, 417, 464),
         "none": (372, 391, 743, 755), "ongoing": (260, 281, 517, 538), "partial": (280, 302, 523, 538),
         "recurring": (154, 183, 283, 317), "yearend": (262, 283, 495, 511)},
     "merges": {"lead-rowspan": (138, 138, 199, 199), "n/a": (1436, 1617, 2891, 3067),
         "none": (404, 410, 797, 799)},
     "chrome": {"all": (213, 217, 416, 427), "breadcrumb": (155, 187, 307, 338), "footer": (164, 182, 347, 360),
         "infobox": (220, 238, 456, 478), "n/a": (646, 688, 1267, 1289), "none": (227, 244, 454, 485),
         "print": (151, 186, 269, 298), "share": (202, 223, 371, 390)},
     "encoding": {"gbk": (767, 859, 1481, 1568), "n/a": (465, 476, 877, 881), "utf-8": (746, 830, 1529, 1616)},
     "spacing": {"blank-lines": (98, 134, 207, 249), "crlf": (144, 178, 306, 348),
         "indent": (530, 579, 1115, 1145), "n/a": (465, 476, 877, 881), "one-line": (138, 139, 255, 256),
         "plain": (603, 659, 1127, 1186)},
     "outline": {"1-1": (298, 328, 584, 617), "1.1": (216, 255, 474, 485), "deep": (105, 123, 197, 205),
         "flat": (1359, 1459, 2632, 2758)},
     "item numbers": {"autonum": (103, 109, 218, 221), "lost": (213, 219, 404, 408),
         "n/a": (654, 728, 1219, 1340), "printed": (1008, 1109, 2046, 2096)},
     "lead placement": {"deadline line": (51, 51, 91, 91), "in item": (1131, 1143, 2248, 2257),
         "n/a": (654, 728, 1219, 1340), "section units": (86, 87, 99, 99), "unit heading": (56, 156, 230, 278)},
     "letter points": {"1.": (65, 65, 140, 140), "n/a": (757, 837, 1437, 1561), "none": (1086, 1188, 2156, 2208),
         "一、": (70, 75, 154, 156)},
     "table split": {"n/a": (1536, 1654, 3067, 3125), "one": (242, 279, 459, 519), "split": (113, 131, 206, 243),
         "续表": (87, 101, 155, 178)},
     "role marks": {"n/a": (1740, 1921, 3448, 3624), "none": (89, 90, 177, 178), "牵头：/配合：": (149, 154, 262, 263)},
     "deadline form": {"as drawn": (590, 661, 1181, 1255), "milestones": (149, 185, 285, 301),
         "month range": (453, 464, 878, 899), "n/a": (786, 855, 1543, 1610)},
     "bodies": {"departments": (859, 917, 1573, 1611), "n/a": (264, 302, 587, 637),
         "party and mass": (440, 495, 896, 947), "vertical": (415, 451, 831, 870)},
     "support verb": {"as drawn": (286, 290, 602, 605), "n/a": (1476, 1652, 2770, 2941),
         "按职责分工负责": (216, 223, 515, 519)},
     "mirror": {"law database": (92, 119, 198, 213), "n/a": (465, 476, 877, 881),
         "none": (1052, 1178, 2082, 2218), "traditional": (280, 299, 538, 558), "wechat": (89, 93, 192, 195)},
     "text layout": {"TAB": (99, 101, 183, 183), "n/a": (1866, 1985, 3664, 3723), "pdf layout": (13, 79, 40, 159)},
     "co-leads": {"A、B牵头": (215, 216, 502, 503), "n/a": (1589, 1766, 3006, 3178), "分别牵头": (174, 183, 379, 384)},
     "extra column": {"n/a": (1324, 1437, 2668, 2725), "none": (302, 333, 578, 633), "备注": (193, 214, 343, 366),
         "责任领导": (159, 181, 298, 341)},
     "table numbers": {"n/a": (1638, 1781, 3283, 3373), "restart": (172, 204, 294, 349),
         "running": (168, 180, 310, 343)},
     "docx numbers": {"Word list": (43, 43, 77, 77), "n/a": (1898, 2085, 3748, 3926), "typed": (37, 37, 62, 62)},
     "pdf cell align": {"middle": (0, 32, 4, 65), "n/a": (1965, 2086, 3847, 3906), "top": (13, 47, 36, 94)},
     }),
    ("2026-12-01", "general8b on main bdd8c09: the first-listed rule as a grammar, a unit's name heading "
     "labelled and Word-numbered items and runs of co-leads, section units only with evidence; lead placement "
     "'unit heading' 56 -> 151/156, container labelled 319 -> 400/405",
     {"measures": (2073, 2165), "agencies": (3935, 4065), "metadata": (1235, 1244)},
     {
     "container": {"inline-label": (362, 362, 689, 689), "inline-verb": (313, 319, 599, 602), "labelled": (400, 405,
         752, 753), "leading-clause": (172, 175, 342, 345), "sentence": (172, 176, 333, 336), "table": (654, 728,
         1220, 1340)},
     "medium": {"docx": (259, 259, 481, 481), "html": (862, 872, 1637, 1644), "txt": (740, 817, 1418, 1540), "xlsx":
         (212, 217, 399, 400)},
     "sections": {"none": (472, 488, 945, 961), "rowspan-column": (202, 228, 378, 418), "span-row": (256, 289, 450,
         515), "一、": (866, 876, 1604, 1609), "（一）": (277, 284, 558, 562)},
     "numbering": {"(1)": (93, 94, 180, 181), "1-1": (257, 257, 490, 490), "1.": (63, 64, 121, 121), "1.1": (187,
         193, 369, 371), "1、": (103, 104, 179, 180), "1﹒": (44, 44, 87, 87), "1．": (49, 49, 101, 101), "Word list":
         (109, 109, 221, 221), "not printed": (213, 219, 404, 408), "①": (86, 88, 167, 169), "序号 1-1": (58, 71, 109,
         127), "序号 1.1": (60, 62, 114, 114), "序号 column": (536, 595, 997, 1099), "（1）": (215, 216, 396, 396)},
     "task word": {"n/a": (1419, 1437, 2715, 2725), "主要任务": (113, 135, 236, 267), "具体措施": (116, 123, 240, 253),
         "工作任务": (145, 165, 258, 288), "工作内容": (150, 160, 266, 284), "重点任务": (130, 145, 220, 248)},
     "lead word": {"n/a": (657, 670, 1274, 1283), "主办单位": (80, 90, 132, 157), "牵头单位": (550, 579, 1060, 1107),
         "牵头部门": (492, 495, 929, 930), "责任单位": (294, 331, 540, 588)},
     "support word": {"n/a": (929, 979, 1781, 1838), "协办单位": (367, 374, 714, 718), "参与单位": (108, 123, 203, 233),
         "配合单位": (366, 374, 692, 705), "配合部门": (303, 315, 545, 571)},
     "deadline word": {"n/a": (606, 619, 1183, 1192), "完成时间": (528, 552, 1010, 1042), "完成时限": (460, 487, 837, 875),
         "时间节点": (479, 507, 905, 956)},
     "unit columns": {"n/a": (1419, 1437, 2715, 2725), "one, first leads": (272, 309, 507, 555), "two": (162, 185,
         325, 370), "two-row header": (220, 234, 388, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (236, 244, 462, 464), "、": (387, 403, 750, 768), "及": (382,
         413, 740, 783), "和": (491, 506, 986, 1007), "，": (197, 213, 365, 398), "；": (304, 310, 514, 527)},
     "level": {"city": (593, 611, 1144, 1154), "county": (602, 623, 1127, 1170), "district": (516, 548, 993, 1037),
         "province": (362, 383, 671, 704)},
     "place": {"仪陇县": (100, 100, 182, 182), "保定市": (173, 176, 355, 356), "四川省": (130, 137, 233, 238), "宁乡市": (169,
         176, 340, 359), "宜昌市": (104, 105, 214, 217), "宜昌市西陵区": (115, 121, 203, 216), "常德市": (96, 101, 170, 174),
         "常德市武陵区": (147, 154, 276, 289), "成都市武侯区": (123, 132, 243, 254), "桐庐县": (164, 166, 279, 280), "河南省": (95,
         101, 193, 208), "泾县": (169, 181, 326, 349), "湖南省": (137, 145, 245, 258), "绵阳市": (101, 103, 189, 190),
         "赣州市": (119, 126, 216, 217), "赣州市章贡区": (131, 141, 271, 278)},
     "issuer": {"full": (1710, 1783, 3237, 3337), "n/a": (109, 109, 221, 221), "without city": (254, 273, 477,
         507)},
     "names": {"elided": (281, 302, 600, 637), "full": (518, 534, 941, 962), "official": (470, 492, 875, 908),
         "short": (804, 837, 1519, 1558)},
     "support": {"empty": (412, 440, 411, 430), "group": (454, 462, 645, 651), "units": (445, 477, 1166, 1235),
         "units+group": (510, 533, 1072, 1108), "units+等": (252, 253, 641, 641)},
     "deadline": {"date": (305, 310, 596, 602), "day": (160, 171, 324, 340), "month": (229, 244, 432, 464), "none":
         (378, 391, 746, 755), "ongoing": (268, 281, 525, 538), "partial": (293, 302, 527, 538), "recurring": (166,
         183, 290, 317), "yearend": (274, 283, 495, 511)},
     "merges": {"lead-rowspan": (138, 138, 199, 199), "n/a": (1531, 1617, 2939, 3067), "none": (404, 410, 797,
         799)},
     "chrome": {"all": (213, 217, 417, 427), "breadcrumb": (168, 187, 316, 338), "footer": (177, 182, 356, 360),
         "infobox": (229, 238, 461, 478), "n/a": (670, 688, 1275, 1289), "none": (228, 244, 455, 485), "print":
         (174, 186, 277, 298), "share": (214, 223, 378, 390)},
     "encoding": {"gbk": (814, 859, 1501, 1568), "n/a": (471, 476, 880, 881), "utf-8": (788, 830, 1554, 1616)},
     "spacing": {"blank-lines": (107, 134, 210, 249), "crlf": (150, 178, 308, 348), "indent": (567, 579, 1133,
         1145), "n/a": (471, 476, 880, 881), "one-line": (138, 139, 255, 256), "plain": (640, 659, 1149, 1186)},
     "outline": {"1-1": (315, 328, 599, 617), "1.1": (247, 255, 483, 485), "deep": (122, 123, 205, 205), "flat":
         (1389, 1459, 2648, 2758)},
     "item numbers": {"autonum": (109, 109, 221, 221), "lost": (213, 219, 404, 408), "n/a": (654, 728, 1220, 1340),
         "printed": (1097, 1109, 2090, 2096)},
     "lead placement": {"deadline line": (51, 51, 91, 91), "in item": (1131, 1143, 2248, 2257), "n/a": (654, 728,
         1220, 1340), "section units": (86, 87, 99, 99), "unit heading": (151, 156, 277, 278)},
     "letter points": {"1.": (65, 65, 140, 140), "n/a": (763, 837, 1441, 1561), "none": (1170, 1188, 2198, 2208),
         "一、": (75, 75, 156, 156)},
     "table split": {"n/a": (1631, 1654, 3114, 3125), "one": (242, 279, 460, 519), "split": (113, 131, 206, 243),
         "续表": (87, 101, 155, 178)},
     "role marks": {"n/a": (1835, 1921, 3496, 3624), "none": (89, 90, 177, 178), "牵头：/配合：": (149, 154, 262, 263)},
     "deadline form": {"as drawn": (631, 661, 1198, 1255), "milestones": (175, 185, 296, 301), "month range": (455,
         464, 880, 899), "n/a": (812, 855, 1561, 1610)},
     "bodies": {"departments": (899, 917, 1590, 1611), "n/a": (281, 302, 600, 637), "party and mass": (459, 495,
         904, 947), "vertical": (434, 451, 841, 870)},
     "support verb": {"as drawn": (286, 290, 602, 605), "n/a": (1571, 1652, 2818, 2941), "按职责分工负责": (216, 223, 515,
         519)},
     "mirror": {"law database": (106, 119, 200, 213), "n/a": (471, 476, 880, 881), "none": (1115, 1178, 2117, 2218),
         "traditional": (288, 299, 543, 558), "wechat": (93, 93, 195, 195)},
     "text layout": {"TAB": (99, 101, 183, 183), "n/a": (1961, 1985, 3711, 3723), "pdf layout": (13, 79, 41, 159)},
     "co-leads": {"A、B牵头": (215, 216, 502, 503), "n/a": (1684, 1766, 3054, 3178), "分别牵头": (174, 183, 379, 384)},
     "extra column": {"n/a": (1419, 1437, 2715, 2725), "none": (302, 333, 579, 633), "备注": (193, 214, 343, 366),
         "责任领导": (159, 181, 298, 341)},
     "table numbers": {"n/a": (1733, 1781, 3330, 3373), "restart": (172, 204, 295, 349), "running": (168, 180, 310,
         343)},
     "docx numbers": {"Word list": (43, 43, 77, 77), "n/a": (1993, 2085, 3796, 3926), "typed": (37, 37, 62, 62)},
     "pdf cell align": {"middle": (0, 32, 5, 65), "n/a": (2060, 2086, 3894, 3906), "top": (13, 47, 36, 94)},
     }),
    ("2026-12-01", "synth3: the third wave of axes (tests/synth/third.py) measured before any code for them, "
     "on main daa4d6b (first on 1653c88: agencies 3935 -> 3796, measures 2073 unchanged); agencies fall "
     "3940 -> 3801/4065 because a .docx attachment with a paragraph between the plan's title and its table "
     "(preamble purpose/targets) resolves no unit (the jurisdiction is not read); measures stay 2080/2165",
     {"measures": (2080, 2165), "agencies": (3801, 4065), "metadata": (1238, 1244)},
     {
     "container": {"inline-label": (362, 362, 681, 689), "inline-verb": (318, 319, 589, 602), "labelled": (400,
         405, 752, 753), "leading-clause": (173, 175, 343, 345), "sentence": (172, 176, 333, 336), "table": (655,
         728, 1103, 1340)},
     "medium": {"docx": (259, 259, 342, 481), "html": (867, 872, 1640, 1644), "txt": (742, 817, 1420, 1540),
         "xlsx": (212, 217, 399, 400)},
     "sections": {"none": (473, 488, 891, 961), "rowspan-column": (202, 228, 364, 418), "span-row": (257, 289, 402,
         515), "一、": (869, 876, 1590, 1609), "（一）": (279, 284, 554, 562)},
     "numbering": {"(1)": (93, 94, 180, 181), "1-1": (257, 257, 490, 490), "1.": (63, 64, 121, 121), "1.1": (189,
         193, 370, 371), "1、": (104, 104, 180, 180), "1﹒": (44, 44, 87, 87), "1．": (49, 49, 101, 101), "Word list":
         (109, 109, 200, 221), "not printed": (215, 219, 405, 408), "①": (87, 88, 168, 169), "序号 1-1": (58, 71, 97,
         127), "序号 1.1": (60, 62, 114, 114), "序号 column": (537, 595, 892, 1099), "（1）": (215, 216, 396, 396)},
     "task word": {"n/a": (1425, 1437, 2698, 2725), "主要任务": (113, 135, 214, 267), "具体措施": (116, 123, 204, 253),
         "工作任务": (145, 165, 219, 288), "工作内容": (151, 160, 246, 284), "重点任务": (130, 145, 220, 248)},
     "lead word": {"n/a": (663, 670, 1265, 1283), "主办单位": (80, 90, 119, 157), "牵头单位": (550, 579, 1042, 1107),
         "牵头部门": (492, 495, 901, 930), "责任单位": (295, 331, 474, 588)},
     "support word": {"n/a": (936, 979, 1718, 1838), "协办单位": (367, 374, 689, 718), "参与单位": (108, 123, 167, 233),
         "配合单位": (366, 374, 686, 705), "配合部门": (303, 315, 541, 571)},
     "deadline word": {"n/a": (612, 619, 1174, 1192), "完成时间": (528, 552, 973, 1042), "完成时限": (461, 487, 784, 875),
         "时间节点": (479, 507, 870, 956)},
     "unit columns": {"n/a": (1425, 1437, 2698, 2725), "one, first leads": (273, 309, 453, 555), "two": (162, 185,
         275, 370), "two-row header": (220, 234, 375, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (236, 244, 449, 464), "、": (388, 403, 717, 768), "及": (386,
         413, 704, 783), "和": (492, 506, 972, 1007), "，": (198, 213, 360, 398), "；": (304, 310, 481, 527)},
     "level": {"city": (595, 611, 1128, 1154), "county": (603, 623, 1083, 1170), "district": (520, 548, 956, 1037),
         "province": (362, 383, 634, 704)},
     "place": {"仪陇县": (100, 100, 154, 182), "保定市": (173, 176, 355, 356), "四川省": (130, 137, 233, 238), "宁乡市": (169,
         176, 334, 359), "宜昌市": (104, 105, 214, 217), "宜昌市西陵区": (115, 121, 179, 216), "常德市": (96, 101, 153, 174),
         "常德市武陵区": (147, 154, 268, 289), "成都市武侯区": (123, 132, 239, 254), "桐庐县": (165, 166, 269, 280), "河南省": (95,
         101, 173, 208), "泾县": (169, 181, 326, 349), "湖南省": (137, 145, 228, 258), "绵阳市": (103, 103, 190, 190),
         "赣州市": (119, 126, 216, 217), "赣州市章贡区": (135, 141, 270, 278)},
     "issuer": {"full": (1716, 1783, 3136, 3337), "n/a": (109, 109, 200, 221), "without city": (255, 273, 465,
         507)},
     "names": {"elided": (281, 302, 595, 637), "full": (522, 534, 944, 962), "official": (473, 492, 841, 908),
         "short": (804, 837, 1421, 1558)},
     "support": {"empty": (413, 440, 402, 430), "group": (456, 462, 632, 651), "units": (445, 477, 1102, 1235),
         "units+group": (514, 533, 1032, 1108), "units+等": (252, 253, 633, 641)},
     "deadline": {"date": (305, 310, 584, 602), "day": (160, 171, 282, 340), "month": (230, 244, 399, 464), "none":
         (380, 391, 740, 755), "ongoing": (270, 281, 510, 538), "partial": (293, 302, 516, 538), "recurring": (166,
         183, 279, 317), "yearend": (276, 283, 491, 511)},
     "merges": {"lead-rowspan": (138, 138, 184, 199), "n/a": (1537, 1617, 2922, 3067), "none": (405, 410, 695,
         799)},
     "chrome": {"all": (213, 217, 417, 427), "breadcrumb": (168, 187, 316, 338), "footer": (178, 182, 357, 360),
         "infobox": (232, 238, 463, 478), "n/a": (670, 688, 1136, 1289), "none": (229, 244, 456, 485), "print":
         (174, 186, 277, 298), "share": (216, 223, 379, 390)},
     "encoding": {"gbk": (819, 859, 1504, 1568), "n/a": (471, 476, 741, 881), "utf-8": (790, 830, 1556, 1616)},
     "spacing": {"blank-lines": (107, 134, 210, 249), "crlf": (150, 178, 308, 348), "indent": (570, 579, 1135,
         1145), "n/a": (471, 476, 741, 881), "one-line": (138, 139, 255, 256), "plain": (644, 659, 1152, 1186)},
     "outline": {"1-1": (315, 328, 587, 617), "1.1": (249, 255, 484, 485), "deep": (122, 123, 205, 205), "flat":
         (1394, 1459, 2525, 2758)},
     "item numbers": {"autonum": (109, 109, 200, 221), "lost": (215, 219, 405, 408), "n/a": (655, 728, 1103, 1340),
         "printed": (1101, 1109, 2093, 2096)},
     "lead placement": {"deadline line": (51, 51, 91, 91), "in item": (1137, 1143, 2247, 2257), "n/a": (655, 728,
         1103, 1340), "section units": (86, 87, 83, 99), "unit heading": (151, 156, 277, 278)},
     "letter points": {"1.": (65, 65, 140, 140), "n/a": (764, 837, 1303, 1561), "none": (1176, 1188, 2202, 2208),
         "一、": (75, 75, 156, 156)},
     "table split": {"n/a": (1637, 1654, 3097, 3125), "one": (243, 279, 405, 519), "split": (113, 131, 168, 243),
         "续表": (87, 101, 131, 178)},
     "role marks": {"n/a": (1841, 1921, 3416, 3624), "none": (90, 90, 161, 178), "牵头：/配合：": (149, 154, 224, 263)},
     "deadline form": {"as drawn": (632, 661, 1150, 1255), "milestones": (175, 185, 275, 301), "month range": (457,
         464, 847, 899), "n/a": (816, 855, 1529, 1610)},
     "bodies": {"departments": (899, 917, 1535, 1611), "n/a": (281, 302, 595, 637), "party and mass": (466, 495,
         872, 947), "vertical": (434, 451, 799, 870)},
     "support verb": {"as drawn": (289, 290, 596, 605), "n/a": (1573, 1652, 2694, 2941), "按职责分工负责": (218, 223, 511,
         519)},
     "mirror": {"law database": (106, 119, 200, 213), "n/a": (471, 476, 741, 881), "none": (1121, 1178, 2121,
         2218), "traditional": (289, 299, 544, 558), "wechat": (93, 93, 195, 195)},
     "text layout": {"TAB": (99, 101, 183, 183), "n/a": (1968, 1985, 3577, 3723), "pdf layout": (13, 79, 41, 159)},
     "co-leads": {"A、B牵头": (215, 216, 502, 503), "n/a": (1687, 1766, 2926, 3178), "分别牵头": (178, 183, 373, 384)},
     "extra column": {"n/a": (1425, 1437, 2698, 2725), "none": (302, 333, 516, 633), "备注": (193, 214, 330, 366),
         "责任领导": (160, 181, 257, 341)},
     "table numbers": {"n/a": (1739, 1781, 3246, 3373), "restart": (173, 204, 264, 349), "running": (168, 180, 291,
         343)},
     "docx numbers": {"Word list": (43, 43, 35, 77), "n/a": (2000, 2085, 3736, 3926), "typed": (37, 37, 30, 62)},
     "pdf cell align": {"middle": (0, 32, 5, 65), "n/a": (2067, 2086, 3760, 3906), "top": (13, 47, 36, 94)},
     "unit labels": {"as drawn": (344, 350, 709, 725), "n/a": (1403, 1471, 2494, 2690), "牵头+责任单位": (217, 228, 375,
         427), "责任单位 alone": (116, 116, 223, 223)},
     "leader label": {"n/a": (1508, 1593, 2682, 2946), "none": (338, 338, 666, 666), "person label": (234, 234,
         453, 453)},
     "section leaders": {"n/a": (559, 575, 974, 1060), "none": (727, 744, 1394, 1467), "牵头领导": (794, 846, 1433,
         1538)},
     "person column": {"n/a": (1778, 1832, 3285, 3432), "none": (150, 158, 234, 303), "责任人": (152, 175, 282, 330)},
     "label brackets": {"[ ]": (146, 146, 281, 281), "n/a": (1803, 1888, 3258, 3522), "（）": (131, 131, 262, 262)},
     "mixed separators": {"n/a": (1928, 2004, 3505, 3732), "none": (59, 61, 114, 127), "，before groups": (93, 100,
         182, 206)},
     "preamble": {"n/a": (212, 217, 399, 400), "none": (937, 985, 1817, 1902), "purpose": (466, 478, 764, 853),
         "targets": (465, 485, 821, 910)},
     "sub-heading": {"n/a": (1875, 1959, 3399, 3662), "none": (105, 105, 203, 203), "unnumbered": (100, 101, 199,
         200)},
     "item level": {"as drawn": (70, 70, 114, 114), "n/a": (1914, 1998, 3532, 3795), "（一）": (96, 97, 155, 156)},
     }),
    ("2026-12-01", "tables9: a table laid out in columns of spaces (a PDF's text layer) read by its column grid "
     "(parse/textcolumns.py): gutters no row line prints in, rows opened by their number, cells centred in "
     "their rows shared out around it; cell rests indented far right are not joined as wrapped prose. On "
     "main 7e7ef10 text layout pdf layout 13/79 -> 79/79 (pdf cell align middle 0/32 -> 32/32); measures "
     "2086 -> 2146/2165, agencies 3818 -> 3919/4065",
     {"measures": (2146, 2165), "agencies": (3919, 4065), "metadata": (1238, 1244)},
     {
     "container": {"inline-label": (362, 362, 681, 689), "inline-verb": (318, 319, 589, 602), "labelled": (400, 405,
         752, 753), "leading-clause": (173, 175, 343, 345), "sentence": (172, 176, 333, 336), "table": (721, 728,
         1221, 1340)},
     "medium": {"docx": (259, 259, 342, 481), "html": (867, 872, 1640, 1644), "txt": (808, 817, 1538, 1540), "xlsx":
         (212, 217, 399, 400)},
     "sections": {"none": (483, 488, 905, 961), "rowspan-column": (226, 228, 404, 418), "span-row": (289, 289, 466,
         515), "一、": (869, 876, 1590, 1609), "（一）": (279, 284, 554, 562)},
     "numbering": {"(1)": (93, 94, 180, 181), "1-1": (257, 257, 490, 490), "1.": (63, 64, 121, 121), "1.1": (189, 193,
         370, 371), "1、": (104, 104, 180, 180), "1﹒": (44, 44, 87, 87), "1．": (49, 49, 101, 101), "Word list": (109,
         109, 200, 221), "not printed": (215, 219, 405, 408), "①": (87, 88, 168, 169), "序号 1-1": (71, 71, 115, 127),
         "序号 1.1": (60, 62, 114, 114), "序号 column": (590, 595, 992, 1099), "（1）": (215, 216, 396, 396)},
     "task word": {"n/a": (1425, 1437, 2698, 2725), "主要任务": (133, 135, 245, 267), "具体措施": (123, 123, 217, 253),
         "工作任务": (160, 165, 248, 288), "工作内容": (160, 160, 263, 284), "重点任务": (145, 145, 248, 248)},
     "lead word": {"n/a": (663, 670, 1265, 1283), "主办单位": (90, 90, 144, 157), "牵头单位": (577, 579, 1089, 1107), "牵头部门":
         (492, 495, 901, 930), "责任单位": (324, 331, 520, 588)},
     "support word": {"n/a": (965, 979, 1764, 1838), "协办单位": (373, 374, 693, 718), "参与单位": (123, 123, 197, 233),
         "配合单位": (371, 374, 698, 705), "配合部门": (314, 315, 567, 571)},
     "deadline word": {"n/a": (612, 619, 1174, 1192), "完成时间": (547, 552, 1004, 1042), "完成时限": (480, 487, 820, 875),
         "时间节点": (507, 507, 921, 956)},
     "unit columns": {"n/a": (1425, 1437, 2698, 2725), "one, first leads": (302, 309, 499, 555), "two": (185, 185,
         320, 370), "two-row header": (234, 234, 402, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (236, 244, 449, 464), "、": (401, 403, 734, 768), "及": (410,
         413, 744, 783), "和": (501, 506, 988, 1007), "，": (213, 213, 392, 398), "；": (309, 310, 494, 527)},
     "level": {"city": (601, 611, 1135, 1154), "county": (621, 623, 1124, 1170), "district": (543, 548, 993, 1037),
         "province": (381, 383, 667, 704)},
     "place": {"仪陇县": (100, 100, 154, 182), "保定市": (173, 176, 355, 356), "四川省": (135, 137, 238, 238), "宁乡市": (175,
         176, 352, 359), "宜昌市": (105, 105, 217, 217), "宜昌市西陵区": (120, 121, 191, 216), "常德市": (101, 101, 157, 174),
         "常德市武陵区": (154, 154, 281, 289), "成都市武侯区": (128, 132, 247, 254), "桐庐县": (165, 166, 269, 280), "河南省": (101,
         101, 188, 208), "泾县": (181, 181, 349, 349), "湖南省": (145, 145, 241, 258), "绵阳市": (103, 103, 190, 190), "赣州市":
         (119, 126, 216, 217), "赣州市章贡区": (141, 141, 274, 278)},
     "issuer": {"full": (1764, 1783, 3225, 3337), "n/a": (109, 109, 200, 221), "without city": (273, 273, 494, 507)},
     "names": {"elided": (298, 302, 629, 637), "full": (532, 534, 962, 962), "official": (491, 492, 872, 908),
         "short": (825, 837, 1456, 1558)},
     "support": {"empty": (432, 440, 418, 430), "group": (461, 462, 636, 651), "units": (470, 477, 1167, 1235),
         "units+group": (531, 533, 1065, 1108), "units+等": (252, 253, 633, 641)},
     "deadline": {"date": (306, 310, 587, 602), "day": (169, 171, 298, 340), "month": (243, 244, 430, 464), "none":
         (385, 391, 744, 755), "ongoing": (281, 281, 522, 538), "partial": (297, 302, 526, 538), "recurring": (183,
         183, 306, 317), "yearend": (282, 283, 506, 511)},
     "merges": {"lead-rowspan": (138, 138, 184, 199), "n/a": (1603, 1617, 3040, 3067), "none": (405, 410, 695, 799)},
     "chrome": {"all": (217, 217, 427, 427), "breadcrumb": (184, 187, 337, 338), "footer": (178, 182, 357, 360),
         "infobox": (238, 238, 478, 478), "n/a": (680, 688, 1149, 1289), "none": (244, 244, 485, 485), "print": (185,
         186, 297, 298), "share": (220, 223, 389, 390)},
     "encoding": {"gbk": (850, 859, 1563, 1568), "n/a": (471, 476, 741, 881), "utf-8": (825, 830, 1615, 1616)},
     "spacing": {"blank-lines": (133, 134, 249, 249), "crlf": (174, 178, 348, 348), "indent": (575, 579, 1143, 1145),
         "n/a": (471, 476, 741, 881), "one-line": (138, 139, 255, 256), "plain": (655, 659, 1183, 1186)},
     "outline": {"1-1": (328, 328, 605, 617), "1.1": (249, 255, 484, 485), "deep": (122, 123, 205, 205), "flat":
         (1447, 1459, 2625, 2758)},
     "item numbers": {"autonum": (109, 109, 200, 221), "lost": (215, 219, 405, 408), "n/a": (721, 728, 1221, 1340),
         "printed": (1101, 1109, 2093, 2096)},
     "lead placement": {"deadline line": (51, 51, 91, 91), "in item": (1137, 1143, 2247, 2257), "n/a": (721, 728,
         1221, 1340), "section units": (86, 87, 83, 99), "unit heading": (151, 156, 277, 278)},
     "letter points": {"1.": (65, 65, 140, 140), "n/a": (830, 837, 1421, 1561), "none": (1176, 1188, 2202, 2208),
         "一、": (75, 75, 156, 156)},
     "table split": {"n/a": (1637, 1654, 3097, 3125), "one": (277, 279, 463, 519), "split": (131, 131, 205, 243),
         "续表": (101, 101, 154, 178)},
     "role marks": {"n/a": (1907, 1921, 3534, 3624), "none": (90, 90, 161, 178), "牵头：/配合：": (149, 154, 224, 263)},
     "deadline form": {"as drawn": (654, 661, 1203, 1255), "milestones": (179, 185, 279, 301), "month range": (464,
         464, 865, 899), "n/a": (849, 855, 1572, 1610)},
     "bodies": {"departments": (911, 917, 1555, 1611), "n/a": (298, 302, 629, 637), "party and mass": (488, 495, 907,
         947), "vertical": (449, 451, 828, 870)},
     "support verb": {"as drawn": (289, 290, 596, 605), "n/a": (1639, 1652, 2812, 2941), "按职责分工负责": (218, 223, 511,
         519)},
     "mirror": {"law database": (116, 119, 213, 213), "n/a": (471, 476, 741, 881), "none": (1172, 1178, 2213, 2218),
         "traditional": (294, 299, 557, 558), "wechat": (93, 93, 195, 195)},
     "text layout": {"TAB": (99, 101, 183, 183), "n/a": (1968, 1985, 3577, 3723), "pdf layout": (79, 79, 159, 159)},
     "co-leads": {"A、B牵头": (215, 216, 502, 503), "n/a": (1753, 1766, 3044, 3178), "分别牵头": (178, 183, 373, 384)},
     "extra column": {"n/a": (1425, 1437, 2698, 2725), "none": (331, 333, 570, 633), "备注": (209, 214, 352, 366),
         "责任领导": (181, 181, 299, 341)},
     "table numbers": {"n/a": (1762, 1781, 3278, 3373), "restart": (204, 204, 317, 349), "running": (180, 180, 324,
         343)},
     "docx numbers": {"Word list": (43, 43, 35, 77), "n/a": (2066, 2085, 3854, 3926), "typed": (37, 37, 30, 62)},
     "pdf cell align": {"middle": (32, 32, 65, 65), "n/a": (2067, 2086, 3760, 3906), "top": (47, 47, 94, 94)},
     "unit labels": {"as drawn": (350, 350, 713, 725), "n/a": (1452, 1471, 2582, 2690), "牵头+责任单位": (228, 228, 401,
         427), "责任单位 alone": (116, 116, 223, 223)},
     "leader label": {"n/a": (1574, 1593, 2800, 2946), "none": (338, 338, 666, 666), "person label": (234, 234, 453,
         453)},
     "section leaders": {"n/a": (569, 575, 988, 1060), "none": (742, 744, 1430, 1467), "牵头领导": (835, 846, 1501,
         1538)},
     "person column": {"n/a": (1815, 1832, 3349, 3432), "none": (158, 158, 253, 303), "责任人": (173, 175, 317, 330)},
     "label brackets": {"[ ]": (146, 146, 281, 281), "n/a": (1869, 1888, 3376, 3522), "（）": (131, 131, 262, 262)},
     "mixed separators": {"n/a": (1987, 2004, 3610, 3732), "none": (59, 61, 114, 127), "，before groups": (100, 100,
         195, 206)},
     "preamble": {"n/a": (212, 217, 399, 400), "none": (983, 985, 1901, 1902), "purpose": (476, 478, 784, 853),
         "targets": (475, 485, 835, 910)},
     "sub-heading": {"n/a": (1941, 1959, 3517, 3662), "none": (105, 105, 203, 203), "unnumbered": (100, 101, 199,
         200)},
     "item level": {"as drawn": (70, 70, 114, 114), "n/a": (1980, 1998, 3650, 3795), "（一）": (96, 97, 155, 156)},
     }),
    ("2026-12-01", "tables9: an attachment read alone that opens with a paragraph of its own under its heading (the "
     "plan's purpose or the year's targets: synth3's preamble axis) is titled by that heading, so the "
     "jurisdiction it names resolves the units (.docx tables and Word-numbered items). Over tables9's "
     "column grid: preamble purpose agencies 784 -> 852/853, targets 835 -> 906/910; seeds 1-400 agencies "
     "3919 -> 4058/4065, measures 2146/2165 unchanged",
     {"measures": (2146, 2165), "agencies": (4058, 4065), "metadata": (1238, 1244)},
     {
     "container": {"inline-label": (362, 362, 689, 689), "inline-verb": (318, 319, 602, 602), "labelled": (400, 405,
         752, 753), "leading-clause": (173, 175, 343, 345), "sentence": (172, 176, 333, 336), "table": (721, 728,
         1339, 1340)},
     "medium": {"docx": (259, 259, 481, 481), "html": (867, 872, 1640, 1644), "txt": (808, 817, 1538, 1540), "xlsx":
         (212, 217, 399, 400)},
     "sections": {"none": (483, 488, 960, 961), "rowspan-column": (226, 228, 418, 418), "span-row": (289, 289, 515,
         515), "一、": (869, 876, 1606, 1609), "（一）": (279, 284, 559, 562)},
     "numbering": {"(1)": (93, 94, 180, 181), "1-1": (257, 257, 490, 490), "1.": (63, 64, 121, 121), "1.1": (189, 193,
         370, 371), "1、": (104, 104, 180, 180), "1﹒": (44, 44, 87, 87), "1．": (49, 49, 101, 101), "Word list": (109,
         109, 221, 221), "not printed": (215, 219, 405, 408), "①": (87, 88, 168, 169), "序号 1-1": (71, 71, 127, 127),
         "序号 1.1": (60, 62, 114, 114), "序号 column": (590, 595, 1098, 1099), "（1）": (215, 216, 396, 396)},
     "task word": {"n/a": (1425, 1437, 2719, 2725), "主要任务": (133, 135, 267, 267), "具体措施": (123, 123, 253, 253),
         "工作任务": (160, 165, 287, 288), "工作内容": (160, 160, 284, 284), "重点任务": (145, 145, 248, 248)},
     "lead word": {"n/a": (663, 670, 1278, 1283), "主办单位": (90, 90, 157, 157), "牵头单位": (577, 579, 1107, 1107), "牵头部门":
         (492, 495, 929, 930), "责任单位": (324, 331, 587, 588)},
     "support word": {"n/a": (965, 979, 1832, 1838), "协办单位": (373, 374, 718, 718), "参与单位": (123, 123, 233, 233),
         "配合单位": (371, 374, 704, 705), "配合部门": (314, 315, 571, 571)},
     "deadline word": {"n/a": (612, 619, 1187, 1192), "完成时间": (547, 552, 1041, 1042), "完成时限": (480, 487, 874, 875),
         "时间节点": (507, 507, 956, 956)},
     "unit columns": {"n/a": (1425, 1437, 2719, 2725), "one, first leads": (302, 309, 554, 555), "two": (185, 185,
         370, 370), "two-row header": (234, 234, 415, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (236, 244, 462, 464), "、": (401, 403, 768, 768), "及": (410,
         413, 782, 783), "和": (501, 506, 1003, 1007), "，": (213, 213, 398, 398), "；": (309, 310, 527, 527)},
     "level": {"city": (601, 611, 1152, 1154), "county": (621, 623, 1169, 1170), "district": (543, 548, 1033, 1037),
         "province": (381, 383, 704, 704)},
     "place": {"仪陇县": (100, 100, 182, 182), "保定市": (173, 176, 355, 356), "四川省": (135, 137, 238, 238), "宁乡市": (175,
         176, 358, 359), "宜昌市": (105, 105, 217, 217), "宜昌市西陵区": (120, 121, 215, 216), "常德市": (101, 101, 174, 174),
         "常德市武陵区": (154, 154, 289, 289), "成都市武侯区": (128, 132, 251, 254), "桐庐县": (165, 166, 280, 280), "河南省": (101,
         101, 208, 208), "泾县": (181, 181, 349, 349), "湖南省": (145, 145, 258, 258), "绵阳市": (103, 103, 190, 190), "赣州市":
         (119, 126, 216, 217), "赣州市章贡区": (141, 141, 278, 278)},
     "issuer": {"full": (1764, 1783, 3330, 3337), "n/a": (109, 109, 221, 221), "without city": (273, 273, 507, 507)},
     "names": {"elided": (298, 302, 634, 637), "full": (532, 534, 962, 962), "official": (491, 492, 908, 908),
         "short": (825, 837, 1554, 1558)},
     "support": {"empty": (432, 440, 428, 430), "group": (461, 462, 650, 651), "units": (470, 477, 1231, 1235),
         "units+group": (531, 533, 1108, 1108), "units+等": (252, 253, 641, 641)},
     "deadline": {"date": (306, 310, 599, 602), "day": (169, 171, 340, 340), "month": (243, 244, 464, 464), "none":
         (385, 391, 752, 755), "ongoing": (281, 281, 538, 538), "partial": (297, 302, 537, 538), "recurring": (183,
         183, 317, 317), "yearend": (282, 283, 511, 511)},
     "merges": {"lead-rowspan": (138, 138, 199, 199), "n/a": (1603, 1617, 3061, 3067), "none": (405, 410, 798, 799)},
     "chrome": {"all": (217, 217, 427, 427), "breadcrumb": (184, 187, 337, 338), "footer": (178, 182, 357, 360),
         "infobox": (238, 238, 478, 478), "n/a": (680, 688, 1288, 1289), "none": (244, 244, 485, 485), "print": (185,
         186, 297, 298), "share": (220, 223, 389, 390)},
     "encoding": {"gbk": (850, 859, 1563, 1568), "n/a": (471, 476, 880, 881), "utf-8": (825, 830, 1615, 1616)},
     "spacing": {"blank-lines": (133, 134, 249, 249), "crlf": (174, 178, 348, 348), "indent": (575, 579, 1143, 1145),
         "n/a": (471, 476, 880, 881), "one-line": (138, 139, 255, 256), "plain": (655, 659, 1183, 1186)},
     "outline": {"1-1": (328, 328, 617, 617), "1.1": (249, 255, 484, 485), "deep": (122, 123, 205, 205), "flat":
         (1447, 1459, 2752, 2758)},
     "item numbers": {"autonum": (109, 109, 221, 221), "lost": (215, 219, 405, 408), "n/a": (721, 728, 1339, 1340),
         "printed": (1101, 1109, 2093, 2096)},
     "lead placement": {"deadline line": (51, 51, 91, 91), "in item": (1137, 1143, 2252, 2257), "n/a": (721, 728,
         1339, 1340), "section units": (86, 87, 99, 99), "unit heading": (151, 156, 277, 278)},
     "letter points": {"1.": (65, 65, 140, 140), "n/a": (830, 837, 1560, 1561), "none": (1176, 1188, 2202, 2208),
         "一、": (75, 75, 156, 156)},
     "table split": {"n/a": (1637, 1654, 3118, 3125), "one": (277, 279, 519, 519), "split": (131, 131, 243, 243),
         "续表": (101, 101, 178, 178)},
     "role marks": {"n/a": (1907, 1921, 3618, 3624), "none": (90, 90, 178, 178), "牵头：/配合：": (149, 154, 262, 263)},
     "deadline form": {"as drawn": (654, 661, 1252, 1255), "milestones": (179, 185, 300, 301), "month range": (464,
         464, 899, 899), "n/a": (849, 855, 1607, 1610)},
     "bodies": {"departments": (911, 917, 1610, 1611), "n/a": (298, 302, 634, 637), "party and mass": (488, 495, 944,
         947), "vertical": (449, 451, 870, 870)},
     "support verb": {"as drawn": (289, 290, 604, 605), "n/a": (1639, 1652, 2938, 2941), "按职责分工负责": (218, 223, 516,
         519)},
     "mirror": {"law database": (116, 119, 213, 213), "n/a": (471, 476, 880, 881), "none": (1172, 1178, 2213, 2218),
         "traditional": (294, 299, 557, 558), "wechat": (93, 93, 195, 195)},
     "text layout": {"TAB": (99, 101, 183, 183), "n/a": (1968, 1985, 3716, 3723), "pdf layout": (79, 79, 159, 159)},
     "co-leads": {"A、B牵头": (215, 216, 502, 503), "n/a": (1753, 1766, 3175, 3178), "分别牵头": (178, 183, 381, 384)},
     "extra column": {"n/a": (1425, 1437, 2719, 2725), "none": (331, 333, 633, 633), "备注": (209, 214, 365, 366),
         "责任领导": (181, 181, 341, 341)},
     "table numbers": {"n/a": (1762, 1781, 3366, 3373), "restart": (204, 204, 349, 349), "running": (180, 180, 343,
         343)},
     "docx numbers": {"Word list": (43, 43, 77, 77), "n/a": (2066, 2085, 3919, 3926), "typed": (37, 37, 62, 62)},
     "pdf cell align": {"middle": (32, 32, 65, 65), "n/a": (2067, 2086, 3899, 3906), "top": (47, 47, 94, 94)},
     "unit labels": {"as drawn": (350, 350, 725, 725), "n/a": (1452, 1471, 2683, 2690), "牵头+责任单位": (228, 228, 427,
         427), "责任单位 alone": (116, 116, 223, 223)},
     "leader label": {"n/a": (1574, 1593, 2939, 2946), "none": (338, 338, 666, 666), "person label": (234, 234, 453,
         453)},
     "section leaders": {"n/a": (569, 575, 1059, 1060), "none": (742, 744, 1466, 1467), "牵头领导": (835, 846, 1533,
         1538)},
     "person column": {"n/a": (1815, 1832, 3425, 3432), "none": (158, 158, 303, 303), "责任人": (173, 175, 330, 330)},
     "label brackets": {"[ ]": (146, 146, 281, 281), "n/a": (1869, 1888, 3515, 3522), "（）": (131, 131, 262, 262)},
     "mixed separators": {"n/a": (1987, 2004, 3725, 3732), "none": (59, 61, 127, 127), "，before groups": (100, 100,
         206, 206)},
     "preamble": {"n/a": (212, 217, 399, 400), "none": (983, 985, 1901, 1902), "purpose": (476, 478, 852, 853),
         "targets": (475, 485, 906, 910)},
     "sub-heading": {"n/a": (1941, 1959, 3656, 3662), "none": (105, 105, 203, 203), "unnumbered": (100, 101, 199,
         200)},
     "item level": {"as drawn": (70, 70, 114, 114), "n/a": (1980, 1998, 3789, 3795), "（一）": (96, 97, 155, 156)},
     }),
    ("2026-12-01", "tables9: a mass body's short name (县妇联, 市科协, 区工商联) ends like a unit, so 及/和 after it joins two units "
     "(synth3's third cause, 县妇联及相关部门, and the party-and-mass lists of seeds 259, 268, 275): bodies party "
     "and mass measures 488 -> 495/495, agencies 944 -> 947/947; measures 2146 -> 2153/2165, agencies 4058 "
     "-> 4061/4065",
     {"measures": (2153, 2165), "agencies": (4061, 4065), "metadata": (1238, 1244)},
     {
     "container": {"inline-label": (362, 362, 689, 689), "inline-verb": (318, 319, 602, 602), "labelled": (403, 405,
         753, 753), "leading-clause": (175, 175, 345, 345), "sentence": (172, 176, 333, 336), "table": (723, 728,
         1339, 1340)},
     "medium": {"docx": (259, 259, 481, 481), "html": (868, 872, 1641, 1644), "txt": (814, 817, 1540, 1540), "xlsx":
         (212, 217, 399, 400)},
     "sections": {"none": (483, 488, 960, 961), "rowspan-column": (228, 228, 418, 418), "span-row": (289, 289, 515,
         515), "一、": (874, 876, 1609, 1609), "（一）": (279, 284, 559, 562)},
     "numbering": {"(1)": (94, 94, 181, 181), "1-1": (257, 257, 490, 490), "1.": (63, 64, 121, 121), "1.1": (192, 193,
         371, 371), "1、": (104, 104, 180, 180), "1﹒": (44, 44, 87, 87), "1．": (49, 49, 101, 101), "Word list": (109,
         109, 221, 221), "not printed": (215, 219, 405, 408), "①": (88, 88, 169, 169), "序号 1-1": (71, 71, 127, 127),
         "序号 1.1": (62, 62, 114, 114), "序号 column": (590, 595, 1098, 1099), "（1）": (215, 216, 396, 396)},
     "task word": {"n/a": (1430, 1437, 2722, 2725), "主要任务": (135, 135, 267, 267), "具体措施": (123, 123, 253, 253),
         "工作任务": (160, 165, 287, 288), "工作内容": (160, 160, 284, 284), "重点任务": (145, 145, 248, 248)},
     "lead word": {"n/a": (665, 670, 1280, 1283), "主办单位": (90, 90, 157, 157), "牵头单位": (577, 579, 1107, 1107), "牵头部门":
         (495, 495, 930, 930), "责任单位": (326, 331, 587, 588)},
     "support word": {"n/a": (969, 979, 1834, 1838), "协办单位": (373, 374, 718, 718), "参与单位": (123, 123, 233, 233),
         "配合单位": (374, 374, 705, 705), "配合部门": (314, 315, 571, 571)},
     "deadline word": {"n/a": (614, 619, 1189, 1192), "完成时间": (552, 552, 1042, 1042), "完成时限": (480, 487, 874, 875),
         "时间节点": (507, 507, 956, 956)},
     "unit columns": {"n/a": (1430, 1437, 2722, 2725), "one, first leads": (304, 309, 554, 555), "two": (185, 185,
         370, 370), "two-row header": (234, 234, 415, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (239, 244, 463, 464), "、": (401, 403, 768, 768), "及": (413,
         413, 783, 783), "和": (502, 506, 1004, 1007), "，": (213, 213, 398, 398), "；": (309, 310, 527, 527)},
     "level": {"city": (606, 611, 1153, 1154), "county": (622, 623, 1170, 1170), "district": (544, 548, 1034, 1037),
         "province": (381, 383, 704, 704)},
     "place": {"仪陇县": (100, 100, 182, 182), "保定市": (176, 176, 356, 356), "四川省": (135, 137, 238, 238), "宁乡市": (176,
         176, 359, 359), "宜昌市": (105, 105, 217, 217), "宜昌市西陵区": (121, 121, 216, 216), "常德市": (101, 101, 174, 174),
         "常德市武陵区": (154, 154, 289, 289), "成都市武侯区": (128, 132, 251, 254), "桐庐县": (165, 166, 280, 280), "河南省": (101,
         101, 208, 208), "泾县": (181, 181, 349, 349), "湖南省": (145, 145, 258, 258), "绵阳市": (103, 103, 190, 190), "赣州市":
         (121, 126, 216, 217), "赣州市章贡区": (141, 141, 278, 278)},
     "issuer": {"full": (1771, 1783, 3333, 3337), "n/a": (109, 109, 221, 221), "without city": (273, 273, 507, 507)},
     "names": {"elided": (298, 302, 634, 637), "full": (532, 534, 962, 962), "official": (491, 492, 908, 908),
         "short": (832, 837, 1557, 1558)},
     "support": {"empty": (433, 440, 429, 430), "group": (462, 462, 651, 651), "units": (473, 477, 1232, 1235),
         "units+group": (533, 533, 1108, 1108), "units+等": (252, 253, 641, 641)},
     "deadline": {"date": (306, 310, 599, 602), "day": (171, 171, 340, 340), "month": (243, 244, 464, 464), "none":
         (390, 391, 755, 755), "ongoing": (281, 281, 538, 538), "partial": (297, 302, 537, 538), "recurring": (183,
         183, 317, 317), "yearend": (282, 283, 511, 511)},
     "merges": {"lead-rowspan": (138, 138, 199, 199), "n/a": (1610, 1617, 3064, 3067), "none": (405, 410, 798, 799)},
     "chrome": {"all": (217, 217, 427, 427), "breadcrumb": (187, 187, 338, 338), "footer": (178, 182, 357, 360),
         "infobox": (238, 238, 478, 478), "n/a": (680, 688, 1288, 1289), "none": (244, 244, 485, 485), "print": (186,
         186, 298, 298), "share": (223, 223, 390, 390)},
     "encoding": {"gbk": (852, 859, 1565, 1568), "n/a": (471, 476, 880, 881), "utf-8": (830, 830, 1616, 1616)},
     "spacing": {"blank-lines": (133, 134, 249, 249), "crlf": (176, 178, 348, 348), "indent": (579, 579, 1145, 1145),
         "n/a": (471, 476, 880, 881), "one-line": (139, 139, 256, 256), "plain": (655, 659, 1183, 1186)},
     "outline": {"1-1": (328, 328, 617, 617), "1.1": (254, 255, 485, 485), "deep": (122, 123, 205, 205), "flat":
         (1449, 1459, 2754, 2758)},
     "item numbers": {"autonum": (109, 109, 221, 221), "lost": (215, 219, 405, 408), "n/a": (723, 728, 1339, 1340),
         "printed": (1106, 1109, 2096, 2096)},
     "lead placement": {"deadline line": (51, 51, 91, 91), "in item": (1139, 1143, 2254, 2257), "n/a": (723, 728,
         1339, 1340), "section units": (86, 87, 99, 99), "unit heading": (154, 156, 278, 278)},
     "letter points": {"1.": (65, 65, 140, 140), "n/a": (832, 837, 1560, 1561), "none": (1181, 1188, 2205, 2208),
         "一、": (75, 75, 156, 156)},
     "table split": {"n/a": (1642, 1654, 3121, 3125), "one": (279, 279, 519, 519), "split": (131, 131, 243, 243),
         "续表": (101, 101, 178, 178)},
     "role marks": {"n/a": (1914, 1921, 3621, 3624), "none": (90, 90, 178, 178), "牵头：/配合：": (149, 154, 262, 263)},
     "deadline form": {"as drawn": (656, 661, 1252, 1255), "milestones": (179, 185, 300, 301), "month range": (464,
         464, 899, 899), "n/a": (854, 855, 1610, 1610)},
     "bodies": {"departments": (911, 917, 1610, 1611), "n/a": (298, 302, 634, 637), "party and mass": (495, 495, 947,
         947), "vertical": (449, 451, 870, 870)},
     "support verb": {"as drawn": (290, 290, 605, 605), "n/a": (1645, 1652, 2940, 2941), "按职责分工负责": (218, 223, 516,
         519)},
     "mirror": {"law database": (116, 119, 213, 213), "n/a": (471, 476, 880, 881), "none": (1174, 1178, 2215, 2218),
         "traditional": (299, 299, 558, 558), "wechat": (93, 93, 195, 195)},
     "text layout": {"TAB": (101, 101, 183, 183), "n/a": (1973, 1985, 3719, 3723), "pdf layout": (79, 79, 159, 159)},
     "co-leads": {"A、B牵头": (216, 216, 503, 503), "n/a": (1759, 1766, 3177, 3178), "分别牵头": (178, 183, 381, 384)},
     "extra column": {"n/a": (1430, 1437, 2722, 2725), "none": (333, 333, 633, 633), "备注": (209, 214, 365, 366),
         "责任领导": (181, 181, 341, 341)},
     "table numbers": {"n/a": (1769, 1781, 3369, 3373), "restart": (204, 204, 349, 349), "running": (180, 180, 343,
         343)},
     "docx numbers": {"Word list": (43, 43, 77, 77), "n/a": (2073, 2085, 3922, 3926), "typed": (37, 37, 62, 62)},
     "pdf cell align": {"middle": (32, 32, 65, 65), "n/a": (2074, 2086, 3902, 3906), "top": (47, 47, 94, 94)},
     "unit labels": {"as drawn": (350, 350, 725, 725), "n/a": (1459, 1471, 2686, 2690), "牵头+责任单位": (228, 228, 427,
         427), "责任单位 alone": (116, 116, 223, 223)},
     "leader label": {"n/a": (1581, 1593, 2942, 2946), "none": (338, 338, 666, 666), "person label": (234, 234, 453,
         453)},
     "section leaders": {"n/a": (569, 575, 1059, 1060), "none": (743, 744, 1467, 1467), "牵头领导": (841, 846, 1535,
         1538)},
     "person column": {"n/a": (1820, 1832, 3428, 3432), "none": (158, 158, 303, 303), "责任人": (175, 175, 330, 330)},
     "label brackets": {"[ ]": (146, 146, 281, 281), "n/a": (1876, 1888, 3518, 3522), "（）": (131, 131, 262, 262)},
     "mixed separators": {"n/a": (1992, 2004, 3728, 3732), "none": (61, 61, 127, 127), "，before groups": (100, 100,
         206, 206)},
     "preamble": {"n/a": (212, 217, 399, 400), "none": (984, 985, 1902, 1902), "purpose": (477, 478, 853, 853),
         "targets": (480, 485, 907, 910)},
     "sub-heading": {"n/a": (1947, 1959, 3658, 3662), "none": (105, 105, 203, 203), "unnumbered": (101, 101, 200,
         200)},
     "item level": {"as drawn": (70, 70, 114, 114), "n/a": (1986, 1998, 3791, 3795), "（一）": (97, 97, 156, 156)},
     }),
    ("2026-12-01", "tables9: three more of the suite's last misses - a first body row whose cells only open with a "
     "column name (牵头：市住建局, 民生实事) is no second header row (seed 8, .xlsx with 备注); a law database's 【相关文章】 "
     "list ends the text (seeds 159, 311, 126); a header printed again is known by its own column names "
     "(备注; seed 232): measures 2153 -> 2161/2165, agencies 4061 -> 4062/4065, metadata 1238 -> 1239/1244, "
     "notices 394 -> 399/400",
     {"measures": (2161, 2165), "agencies": (4062, 4065), "metadata": (1239, 1244)},
     {
     "container": {"inline-label": (362, 362, 689, 689), "inline-verb": (319, 319, 602, 602), "labelled": (405, 405,
         753, 753), "leading-clause": (175, 175, 345, 345), "sentence": (172, 176, 333, 336), "table": (728, 728,
         1340, 1340)},
     "medium": {"docx": (259, 259, 481, 481), "html": (868, 872, 1641, 1644), "txt": (817, 817, 1540, 1540), "xlsx":
         (217, 217, 400, 400)},
     "sections": {"none": (488, 488, 961, 961), "rowspan-column": (228, 228, 418, 418), "span-row": (289, 289, 515,
         515), "一、": (876, 876, 1609, 1609), "（一）": (280, 284, 559, 562)},
     "numbering": {"(1)": (94, 94, 181, 181), "1-1": (257, 257, 490, 490), "1.": (64, 64, 121, 121), "1.1": (193, 193,
         371, 371), "1、": (104, 104, 180, 180), "1﹒": (44, 44, 87, 87), "1．": (49, 49, 101, 101), "Word list": (109,
         109, 221, 221), "not printed": (215, 219, 405, 408), "①": (88, 88, 169, 169), "序号 1-1": (71, 71, 127, 127),
         "序号 1.1": (62, 62, 114, 114), "序号 column": (595, 595, 1099, 1099), "（1）": (216, 216, 396, 396)},
     "task word": {"n/a": (1433, 1437, 2722, 2725), "主要任务": (135, 135, 267, 267), "具体措施": (123, 123, 253, 253),
         "工作任务": (165, 165, 288, 288), "工作内容": (160, 160, 284, 284), "重点任务": (145, 145, 248, 248)},
     "lead word": {"n/a": (666, 670, 1280, 1283), "主办单位": (90, 90, 157, 157), "牵头单位": (579, 579, 1107, 1107), "牵头部门":
         (495, 495, 930, 930), "责任单位": (331, 331, 588, 588)},
     "support word": {"n/a": (975, 979, 1835, 1838), "协办单位": (374, 374, 718, 718), "参与单位": (123, 123, 233, 233),
         "配合单位": (374, 374, 705, 705), "配合部门": (315, 315, 571, 571)},
     "deadline word": {"n/a": (615, 619, 1189, 1192), "完成时间": (552, 552, 1042, 1042), "完成时限": (487, 487, 875, 875),
         "时间节点": (507, 507, 956, 956)},
     "unit columns": {"n/a": (1433, 1437, 2722, 2725), "one, first leads": (309, 309, 555, 555), "two": (185, 185,
         370, 370), "two-row header": (234, 234, 415, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (244, 244, 464, 464), "、": (403, 403, 768, 768), "及": (413,
         413, 783, 783), "和": (502, 506, 1004, 1007), "，": (213, 213, 398, 398), "；": (310, 310, 527, 527)},
     "level": {"city": (611, 611, 1154, 1154), "county": (623, 623, 1170, 1170), "district": (544, 548, 1034, 1037),
         "province": (383, 383, 704, 704)},
     "place": {"仪陇县": (100, 100, 182, 182), "保定市": (176, 176, 356, 356), "四川省": (137, 137, 238, 238), "宁乡市": (176,
         176, 359, 359), "宜昌市": (105, 105, 217, 217), "宜昌市西陵区": (121, 121, 216, 216), "常德市": (101, 101, 174, 174),
         "常德市武陵区": (154, 154, 289, 289), "成都市武侯区": (128, 132, 251, 254), "桐庐县": (166, 166, 280, 280), "河南省": (101,
         101, 208, 208), "泾县": (181, 181, 349, 349), "湖南省": (145, 145, 258, 258), "绵阳市": (103, 103, 190, 190), "赣州市":
         (126, 126, 217, 217), "赣州市章贡区": (141, 141, 278, 278)},
     "issuer": {"full": (1779, 1783, 3334, 3337), "n/a": (109, 109, 221, 221), "without city": (273, 273, 507, 507)},
     "names": {"elided": (298, 302, 634, 637), "full": (534, 534, 962, 962), "official": (492, 492, 908, 908),
         "short": (837, 837, 1558, 1558)},
     "support": {"empty": (440, 440, 430, 430), "group": (462, 462, 651, 651), "units": (473, 477, 1232, 1235),
         "units+group": (533, 533, 1108, 1108), "units+等": (253, 253, 641, 641)},
     "deadline": {"date": (306, 310, 599, 602), "day": (171, 171, 340, 340), "month": (244, 244, 464, 464), "none":
         (391, 391, 755, 755), "ongoing": (281, 281, 538, 538), "partial": (302, 302, 538, 538), "recurring": (183,
         183, 317, 317), "yearend": (283, 283, 511, 511)},
     "merges": {"lead-rowspan": (138, 138, 199, 199), "n/a": (1613, 1617, 3064, 3067), "none": (410, 410, 799, 799)},
     "chrome": {"all": (217, 217, 427, 427), "breadcrumb": (187, 187, 338, 338), "footer": (178, 182, 357, 360),
         "infobox": (238, 238, 478, 478), "n/a": (688, 688, 1289, 1289), "none": (244, 244, 485, 485), "print": (186,
         186, 298, 298), "share": (223, 223, 390, 390)},
     "encoding": {"gbk": (855, 859, 1565, 1568), "n/a": (476, 476, 881, 881), "utf-8": (830, 830, 1616, 1616)},
     "spacing": {"blank-lines": (134, 134, 249, 249), "crlf": (178, 178, 348, 348), "indent": (579, 579, 1145, 1145),
         "n/a": (476, 476, 881, 881), "one-line": (139, 139, 256, 256), "plain": (655, 659, 1183, 1186)},
     "outline": {"1-1": (328, 328, 617, 617), "1.1": (255, 255, 485, 485), "deep": (123, 123, 205, 205), "flat":
         (1455, 1459, 2755, 2758)},
     "item numbers": {"autonum": (109, 109, 221, 221), "lost": (215, 219, 405, 408), "n/a": (728, 728, 1340, 1340),
         "printed": (1109, 1109, 2096, 2096)},
     "lead placement": {"deadline line": (51, 51, 91, 91), "in item": (1139, 1143, 2254, 2257), "n/a": (728, 728,
         1340, 1340), "section units": (87, 87, 99, 99), "unit heading": (156, 156, 278, 278)},
     "letter points": {"1.": (65, 65, 140, 140), "n/a": (837, 837, 1561, 1561), "none": (1184, 1188, 2205, 2208),
         "一、": (75, 75, 156, 156)},
     "table split": {"n/a": (1650, 1654, 3122, 3125), "one": (279, 279, 519, 519), "split": (131, 131, 243, 243),
         "续表": (101, 101, 178, 178)},
     "role marks": {"n/a": (1917, 1921, 3621, 3624), "none": (90, 90, 178, 178), "牵头：/配合：": (154, 154, 263, 263)},
     "deadline form": {"as drawn": (657, 661, 1252, 1255), "milestones": (185, 185, 301, 301), "month range": (464,
         464, 899, 899), "n/a": (855, 855, 1610, 1610)},
     "bodies": {"departments": (917, 917, 1611, 1611), "n/a": (298, 302, 634, 637), "party and mass": (495, 495, 947,
         947), "vertical": (451, 451, 870, 870)},
     "support verb": {"as drawn": (290, 290, 605, 605), "n/a": (1652, 1652, 2941, 2941), "按职责分工负责": (219, 223, 516,
         519)},
     "mirror": {"law database": (119, 119, 213, 213), "n/a": (476, 476, 881, 881), "none": (1174, 1178, 2215, 2218),
         "traditional": (299, 299, 558, 558), "wechat": (93, 93, 195, 195)},
     "text layout": {"TAB": (101, 101, 183, 183), "n/a": (1981, 1985, 3720, 3723), "pdf layout": (79, 79, 159, 159)},
     "co-leads": {"A、B牵头": (216, 216, 503, 503), "n/a": (1766, 1766, 3178, 3178), "分别牵头": (179, 183, 381, 384)},
     "extra column": {"n/a": (1433, 1437, 2722, 2725), "none": (333, 333, 633, 633), "备注": (214, 214, 366, 366),
         "责任领导": (181, 181, 341, 341)},
     "table numbers": {"n/a": (1777, 1781, 3370, 3373), "restart": (204, 204, 349, 349), "running": (180, 180, 343,
         343)},
     "docx numbers": {"Word list": (43, 43, 77, 77), "n/a": (2081, 2085, 3923, 3926), "typed": (37, 37, 62, 62)},
     "pdf cell align": {"middle": (32, 32, 65, 65), "n/a": (2082, 2086, 3903, 3906), "top": (47, 47, 94, 94)},
     "unit labels": {"as drawn": (350, 350, 725, 725), "n/a": (1467, 1471, 2687, 2690), "牵头+责任单位": (228, 228, 427,
         427), "责任单位 alone": (116, 116, 223, 223)},
     "leader label": {"n/a": (1589, 1593, 2943, 2946), "none": (338, 338, 666, 666), "person label": (234, 234, 453,
         453)},
     "section leaders": {"n/a": (575, 575, 1060, 1060), "none": (744, 744, 1467, 1467), "牵头领导": (842, 846, 1535,
         1538)},
     "person column": {"n/a": (1828, 1832, 3429, 3432), "none": (158, 158, 303, 303), "责任人": (175, 175, 330, 330)},
     "label brackets": {"[ ]": (146, 146, 281, 281), "n/a": (1884, 1888, 3519, 3522), "（）": (131, 131, 262, 262)},
     "mixed separators": {"n/a": (2000, 2004, 3729, 3732), "none": (61, 61, 127, 127), "，before groups": (100, 100,
         206, 206)},
     "preamble": {"n/a": (217, 217, 400, 400), "none": (985, 985, 1902, 1902), "purpose": (478, 478, 853, 853),
         "targets": (481, 485, 907, 910)},
     "sub-heading": {"n/a": (1955, 1959, 3659, 3662), "none": (105, 105, 203, 203), "unnumbered": (101, 101, 200,
         200)},
     "item level": {"as drawn": (70, 70, 114, 114), "n/a": (1994, 1998, 3792, 3795), "（一）": (97, 97, 156, 156)},
     }),
    ("2026-12-01", "misc10: the last misses of seeds 1-400 - a traditional mirror's box table (索引號 / 發佈機構) is the box, so "
     "it no longer ends the letter before its doc number and date (seeds 151, 363); a breadcrumb column's 文件 run into "
     "the doc number is no part of it (289); sections of one unnumbered item each still make a list of items whose "
     "numbers were lost (352): measures 2161 -> 2165/2165, agencies 4062 -> 4065/4065, metadata 1239 -> 1244/1244, "
     "notices 399 -> 400/400",
     {"measures": (2165, 2165), "agencies": (4065, 4065), "metadata": (1244, 1244)},
     {
     "container": {"inline-label": (362, 362, 689, 689), "inline-verb": (319, 319, 602, 602),
         "labelled": (405, 405, 753, 753), "leading-clause": (175, 175, 345, 345), "sentence": (176, 176, 336, 336),
         "table": (728, 728, 1340, 1340)},
     "medium": {"docx": (259, 259, 481, 481), "html": (872, 872, 1644, 1644), "txt": (817, 817, 1540, 1540),
         "xlsx": (217, 217, 400, 400)},
     "sections": {"none": (488, 488, 961, 961), "rowspan-column": (228, 228, 418, 418),
         "span-row": (289, 289, 515, 515), "一、": (876, 876, 1609, 1609), "（一）": (284, 284, 562, 562)},
     "numbering": {"(1)": (94, 94, 181, 181), "1-1": (257, 257, 490, 490), "1.": (64, 64, 121, 121),
         "1.1": (193, 193, 371, 371), "1、": (104, 104, 180, 180), "1﹒": (44, 44, 87, 87), "1．": (49, 49, 101, 101),
         "Word list": (109, 109, 221, 221), "not printed": (219, 219, 408, 408), "①": (88, 88, 169, 169),
         "序号 1-1": (71, 71, 127, 127), "序号 1.1": (62, 62, 114, 114), "序号 column": (595, 595, 1099, 1099),
         "（1）": (216, 216, 396, 396)},
     "task word": {"n/a": (1437, 1437, 2725, 2725), "主要任务": (135, 135, 267, 267), "具体措施": (123, 123, 253, 253),
         "工作任务": (165, 165, 288, 288), "工作内容": (160, 160, 284, 284), "重点任务": (145, 145, 248, 248)},
     "lead word": {"n/a": (670, 670, 1283, 1283), "主办单位": (90, 90, 157, 157), "牵头单位": (579, 579, 1107, 1107),
         "牵头部门": (495, 495, 930, 930), "责任单位": (331, 331, 588, 588)},
     "support word": {"n/a": (979, 979, 1838, 1838), "协办单位": (374, 374, 718, 718), "参与单位": (123, 123, 233, 233),
         "配合单位": (374, 374, 705, 705), "配合部门": (315, 315, 571, 571)},
     "deadline word": {"n/a": (619, 619, 1192, 1192), "完成时间": (552, 552, 1042, 1042), "完成时限": (487, 487, 875, 875),
         "时间节点": (507, 507, 956, 956)},
     "unit columns": {"n/a": (1437, 1437, 2725, 2725), "one, first leads": (309, 309, 555, 555),
         "two": (185, 185, 370, 370), "two-row header": (234, 234, 415, 415)},
     "separator": {"<br>": (76, 76, 118, 118), "space": (244, 244, 464, 464), "、": (403, 403, 768, 768),
         "及": (413, 413, 783, 783), "和": (506, 506, 1007, 1007), "，": (213, 213, 398, 398),
         "；": (310, 310, 527, 527)},
     "level": {"city": (611, 611, 1154, 1154), "county": (623, 623, 1170, 1170), "district": (548, 548, 1037, 1037),
         "province": (383, 383, 704, 704)},
     "place": {"仪陇县": (100, 100, 182, 182), "保定市": (176, 176, 356, 356), "四川省": (137, 137, 238, 238),
         "宁乡市": (176, 176, 359, 359), "宜昌市": (105, 105, 217, 217), "宜昌市西陵区": (121, 121, 216, 216),
         "常德市": (101, 101, 174, 174), "常德市武陵区": (154, 154, 289, 289), "成都市武侯区": (132, 132, 254, 254),
         "桐庐县": (166, 166, 280, 280), "河南省": (101, 101, 208, 208), "泾县": (181, 181, 349, 349),
         "湖南省": (145, 145, 258, 258), "绵阳市": (103, 103, 190, 190), "赣州市": (126, 126, 217, 217),
         "赣州市章贡区": (141, 141, 278, 278)},
     "issuer": {"full": (1783, 1783, 3337, 3337), "n/a": (109, 109, 221, 221), "without city": (273, 273, 507, 507)},
     "names": {"elided": (302, 302, 637, 637), "full": (534, 534, 962, 962), "official": (492, 492, 908, 908),
         "short": (837, 837, 1558, 1558)},
     "support": {"empty": (440, 440, 430, 430), "group": (462, 462, 651, 651), "units": (477, 477, 1235, 1235),
         "units+group": (533, 533, 1108, 1108), "units+等": (253, 253, 641, 641)},
     "deadline": {"date": (310, 310, 602, 602), "day": (171, 171, 340, 340), "month": (244, 244, 464, 464),
         "none": (391, 391, 755, 755), "ongoing": (281, 281, 538, 538), "partial": (302, 302, 538, 538),
         "recurring": (183, 183, 317, 317), "yearend": (283, 283, 511, 511)},
     "merges": {"lead-rowspan": (138, 138, 199, 199), "n/a": (1617, 1617, 3067, 3067), "none": (410, 410, 799, 799)},
     "chrome": {"all": (217, 217, 427, 427), "breadcrumb": (187, 187, 338, 338), "footer": (182, 182, 360, 360),
         "infobox": (238, 238, 478, 478), "n/a": (688, 688, 1289, 1289), "none": (244, 244, 485, 485),
         "print": (186, 186, 298, 298), "share": (223, 223, 390, 390)},
     "encoding": {"gbk": (859, 859, 1568, 1568), "n/a": (476, 476, 881, 881), "utf-8": (830, 830, 1616, 1616)},
     "spacing": {"blank-lines": (134, 134, 249, 249), "crlf": (178, 178, 348, 348), "indent": (579, 579, 1145, 1145),
         "n/a": (476, 476, 881, 881), "one-line": (139, 139, 256, 256), "plain": (659, 659, 1186, 1186)},
     "outline": {"1-1": (328, 328, 617, 617), "1.1": (255, 255, 485, 485), "deep": (123, 123, 205, 205),
         "flat": (1459, 1459, 2758, 2758)},
     "item numbers": {"autonum": (109, 109, 221, 221), "lost": (219, 219, 408, 408), "n/a": (728, 728, 1340, 1340),
         "printed": (1109, 1109, 2096, 2096)},
     "lead placement": {"deadline line": (51, 51, 91, 91), "in item": (1143, 1143, 2257, 2257),
         "n/a": (728, 728, 1340, 1340), "section units": (87, 87, 99, 99), "unit heading": (156, 156, 278, 278)},
     "letter points": {"1.": (65, 65, 140, 140), "n/a": (837, 837, 1561, 1561), "none": (1188, 1188, 2208, 2208),
         "一、": (75, 75, 156, 156)},
     "table split": {"n/a": (1654, 1654, 3125, 3125), "one": (279, 279, 519, 519), "split": (131, 131, 243, 243),
         "续表": (101, 101, 178, 178)},
     "role marks": {"n/a": (1921, 1921, 3624, 3624), "none": (90, 90, 178, 178), "牵头：/配合：": (154, 154, 263, 263)},
     "deadline form": {"as drawn": (661, 661, 1255, 1255), "milestones": (185, 185, 301, 301),
         "month range": (464, 464, 899, 899), "n/a": (855, 855, 1610, 1610)},
     "bodies": {"departments": (917, 917, 1611, 1611), "n/a": (302, 302, 637, 637),
         "party and mass": (495, 495, 947, 947), "vertical": (451, 451, 870, 870)},
     "support verb": {"as drawn": (290, 290, 605, 605), "n/a": (1652, 1652, 2941, 2941),
         "按职责分工负责": (223, 223, 519, 519)},
     "mirror": {"law database": (119, 119, 213, 213), "n/a": (476, 476, 881, 881), "none": (1178, 1178, 2218, 2218),
         "traditional": (299, 299, 558, 558), "wechat": (93, 93, 195, 195)},
     "text layout": {"TAB": (101, 101, 183, 183), "n/a": (1985, 1985, 3723, 3723), "pdf layout": (79, 79, 159, 159)},
     "co-leads": {"A、B牵头": (216, 216, 503, 503), "n/a": (1766, 1766, 3178, 3178), "分别牵头": (183, 183, 384, 384)},
     "extra column": {"n/a": (1437, 1437, 2725, 2725), "none": (333, 333, 633, 633), "备注": (214, 214, 366, 366),
         "责任领导": (181, 181, 341, 341)},
     "table numbers": {"n/a": (1781, 1781, 3373, 3373), "restart": (204, 204, 349, 349),
         "running": (180, 180, 343, 343)},
     "docx numbers": {"Word list": (43, 43, 77, 77), "n/a": (2085, 2085, 3926, 3926), "typed": (37, 37, 62, 62)},
     "pdf cell align": {"middle": (32, 32, 65, 65), "n/a": (2086, 2086, 3906, 3906), "top": (47, 47, 94, 94)},
     "unit labels": {"as drawn": (350, 350, 725, 725), "n/a": (1471, 1471, 2690, 2690),
         "牵头+责任单位": (228, 228, 427, 427), "责任单位 alone": (116, 116, 223, 223)},
     "leader label": {"n/a": (1593, 1593, 2946, 2946), "none": (338, 338, 666, 666),
         "person label": (234, 234, 453, 453)},
     "section leaders": {"n/a": (575, 575, 1060, 1060), "none": (744, 744, 1467, 1467),
         "牵头领导": (846, 846, 1538, 1538)},
     "person column": {"n/a": (1832, 1832, 3432, 3432), "none": (158, 158, 303, 303), "责任人": (175, 175, 330, 330)},
     "label brackets": {"[ ]": (146, 146, 281, 281), "n/a": (1888, 1888, 3522, 3522), "（）": (131, 131, 262, 262)},
     "mixed separators": {"n/a": (2004, 2004, 3732, 3732), "none": (61, 61, 127, 127),
         "，before groups": (100, 100, 206, 206)},
     "preamble": {"n/a": (217, 217, 400, 400), "none": (985, 985, 1902, 1902), "purpose": (478, 478, 853, 853),
         "targets": (485, 485, 910, 910)},
     "sub-heading": {"n/a": (1959, 1959, 3662, 3662), "none": (105, 105, 203, 203),
         "unnumbered": (101, 101, 200, 200)},
     "item level": {"as drawn": (70, 70, 114, 114), "n/a": (1998, 1998, 3795, 3795), "（一）": (97, 97, 156, 156)},
     }),
)

#: How far the overall measure or agency share may rise above its floor
#: before a new entry must record it: one point is about 22 of the ~2,200
#: measures, so progress is recorded and a later loss cannot hide under it.
SYNTH_RAISE_MARGIN = 0.01


@pytest.fixture(scope="module")
def synth_results():
    from synth.score import run
    return run(synth.SEEDS)


def _ratio(right: int, total: int) -> float:
    return right / total if total else 1.0


def test_synth_overall_reaches_its_floor(synth_results):
    from synth.score import totals
    _, _, floor, _ = SYNTH_FLOORS[-1]
    now = totals(synth_results)
    assert {k: now[k][1] for k in floor} == {k: t for k, (_, t) in floor.items()}, (
        "the generator changed (other totals): measure with make synth and append an entry")
    below = {k: f"{now[k][0]}/{now[k][1]} < pinned {r}/{t}" for k, (r, t) in floor.items() if now[k][0] < r}
    assert not below, f"synthetic notices fell below their floor: {below} (make synth shows the causes)"


def test_synth_every_axis_value_reaches_its_floor(synth_results):
    from synth.score import by_axis
    _, _, _, floor = SYNTH_FLOORS[-1]
    now = by_axis(synth_results)
    assert {a: set(v) for a, v in now.items()} == {a: set(v) for a, v in floor.items()}, (
        "the generator changed (other axis values): measure with make synth and append an entry")
    below = []
    for axis, values in floor.items():
        for value, (mr, mt, ar, at) in values.items():
            m, g = now[axis][value]["measures"], now[axis][value]["agencies"]
            assert (m[1], g[1]) == (mt, at), f"the generator changed ({axis}={value}): append an entry"
            if m[0] < mr or g[0] < ar:
                below.append(f"{axis}={value}: measures {m[0]}/{mt} (pinned {mr}), agencies {g[0]}/{at} (pinned {ar})")
    assert not below, "axis values below their floor:\n" + "\n".join(below)


def test_synth_floor_follows_the_code(synth_results):
    from synth.score import totals
    _, _, floor, _ = SYNTH_FLOORS[-1]
    now = totals(synth_results)
    ahead = {k: f"{now[k][0]}/{now[k][1]}" for k in ("measures", "agencies")
             if _ratio(*now[k]) > _ratio(*floor[k]) + SYNTH_RAISE_MARGIN}
    assert not ahead, f"synthetic notices measure clearly above the floor: append an entry with {ahead}"


def test_synth_floor_is_never_lowered_silently():
    for (_, _, before, _), (date, why, after, _) in zip(SYNTH_FLOORS, SYNTH_FLOORS[1:]):
        lowered = [k for k in after if k in before and _ratio(*after[k]) < _ratio(*before[k])]
        assert not lowered or "because" in why, f"the {date} entry lowers {lowered} without saying because of what"
