"""A 编办 page's duty table and a 整改 report's label lines (batch 105, session 65): a table whose unit column
stands before its duty column and is headed 涉及部门 | 职责分工 (holdout dutytable-shijiazhuang), a row whose unit
cell is only 其他 (no body: no measure; tests/fixtures/README.md), and items whose label lines name their units
under 涉项部门 with a label line 整改措施： over them under a part's heading (holdout shexiang-unplaced)."""
from extractor import extract


def duty_page(*rows: tuple[str, str]) -> bytes:
    body = "".join(f"<tr><td>{i}</td><td>{u}</td><td>{t}</td></tr>" for i, (u, t) in enumerate(rows, 1))
    return ("<html><head><title>某某安全监管</title></head><body><h1>某某安全监管</h1><table>"
            "<tr><td>序号</td><td>涉及部门</td><td>职责分工</td></tr>" + body + "</table></body></html>").encode("utf-8")


def units(notice):
    return [([a.name for a in m.lead], [a.name for a in m.support]) for m in notice.measures]


def test_a_unit_column_headed_she_ji_bu_men_leads_its_rows_duties():
    notice = extract(duty_page(("市公安局", "负责道路交通安全管理。"), ("市应急管理局", "负责危险化学品安全监管。")),
                     name="p.html")
    assert [(m.measure_no, m.text) for m in notice.measures] == [(1, "负责道路交通安全管理。"), (2, "负责危险化学品安全监管。")]
    assert units(notice) == [(["市公安局"], []), (["市应急管理局"], [])]


def test_a_row_whose_unit_cell_is_qi_ta_gives_no_measure():
    notice = extract(duty_page(("市公安局", "负责道路交通安全管理。"),
                               ("其他", "企业主要负责人对本单位的安全工作负责。")), name="p.html")
    assert [m.measure_no for m in notice.measures] == [1]


def test_a_catch_all_naming_which_others_is_still_a_unit():
    notice = extract(duty_page(("市公安局", "负责道路交通安全管理。"), ("其他有关部门", "按职责做好配合。")), name="p.html")
    assert units(notice) == [(["市公安局"], []), (["其他有关部门"], [])]


REPORT = """四、落实整改
（一）交通建设还有差距。
整改措施：
1、放开交通建设市场，吸引社会资本参与建设。
责任领导：*
涉项部门：财务科、公路科、运管所
完成时限：2010年
2、加快农村公路建设，年内新改建公路100公里。
责任领导：*
涉项部门：公路科、农管所
完成时限：2010年
"""


def test_she_xiang_bu_men_lines_name_the_units_all_leading():
    notice = extract(REPORT.encode("utf-8"), name="p.txt")
    assert [m.text for m in notice.measures] == ["放开交通建设市场，吸引社会资本参与建设。", "加快农村公路建设，年内新改建公路100公里。"]
    assert units(notice) == [(["财务科", "公路科", "运管所"], []), (["公路科", "农管所"], [])]
    assert [m.deadline for m in notice.measures] == ["2010年", "2010年"]


def test_a_colon_line_under_a_parts_heading_is_no_recipients_line():
    notice = extract(REPORT.encode("utf-8"), name="p.txt")
    assert list(notice.recipients) == []
    assert [(s.no, s.label) for s in notice.sections] == [(1, "（一）")]


def test_a_recipients_line_over_the_parts_is_read_as_before():
    notice = extract(("关于印发整改方案的通知\n各科室、各所：\n现将整改方案印发给你们。\n" + REPORT).encode("utf-8"), name="p.txt")
    assert list(notice.recipients) == ["各科室", "各所"]


def test_an_item_named_and_assigned_in_its_first_sentence_keeps_its_name():
    from extractor.parse.inline import split_prose
    text, found = split_prose("道路交通安全专项整治，由公安、交通部门负责，有关部门配合。要加强长途客运安全管理。")
    assert text == "道路交通安全专项整治。要加强长途客运安全管理。"
    assert (found.lead, found.support, found.form) == (("公安、交通部门",), ("有关部门",), "prose")


def test_a_first_sentence_of_wording_with_you_assigns_nothing():
    from extractor.parse.inline import split_prose
    text = "工程由县水利局负责组织实施，各乡镇配合。各乡镇要加强巡查管护。"
    assert split_prose(text) == (text, None)


def test_a_single_sentence_is_its_name_and_its_clauses():
    # session 66 (batch 107, holdout glosselide-yuhua): an item of ONE sentence, its name run into its 由 clauses, is
    # assigned by them and keeps the name (README "A subject run straight into its 由 clause"); before, it was left to
    # the closing rule, which reads only a 由 opening the sentence, and gave nothing
    from extractor.parse.namedfirst import named_first_sentence as _named_first_sentence
    text, found = _named_first_sentence("道路交通安全专项整治，由公安部门负责。")
    assert text == "道路交通安全专项整治。" and found.lead == ("公安部门",)


# A county's duty list as a text copy prints it (batch 133, holdout dutylist-liulin): 序号 | 职责部门 | 职责名称 |
# 职责依据, every row closed by an empty cell; the unit column leads its row's duty, the basis is kept beside it.
DUTY_LIST = """附件1
某县煤矿安全管理职责清单
序号 | 职责部门 | 职责名称 | 职责依据 | |
1 | 县应急局 | 负责煤矿安全生产监督管理 | 县应急局“三定”规定 | |
2 | 县能源局 | 负责煤矿建设项目竣工验收监管 | 《中华人民共和国矿山安全法》第八条 | |
3 | 县能源局 |
"""


def test_a_duty_lists_unit_column_leads_each_rows_duty():
    notice = extract(DUTY_LIST.encode("utf-8"), name="p.txt")
    assert [(m.measure_no, m.text) for m in notice.measures] == [(1, "负责煤矿安全生产监督管理"), (2, "负责煤矿建设项目竣工验收监管")]
    assert units(notice) == [(["县应急局"], []), (["县能源局"], [])]
    assert notice.table_title == "某县煤矿安全管理职责清单"


def test_a_duty_lists_basis_column_is_no_text_and_no_unit():
    notice = extract(DUTY_LIST.encode("utf-8"), name="p.txt")
    assert all("依据" not in m.text and "三定" not in m.text for m in notice.measures)
    assert [list(m.extra.values()) for m in notice.measures] == [["县应急局“三定”规定"], ["《中华人民共和国矿山安全法》第八条"]]


def test_duty_words_inside_a_longer_cell_name_no_column():
    from extractor.parse.tableheader import role_of
    assert role_of("职责部门") == "responsible" and role_of("职责名称") == "measure"
    assert role_of("明确各职责部门") is None and role_of("职责名称及内容说明") is None
