"""A project table run together with nothing between its cells (parse/runprojects.py; docs/forms.md, text-sp):
the figures are one run of digits, the owner runs into the lead unit, the leaders' names into the next row's
number; the owner is no role (tests/fixtures/README.md, "A project's owner beside the column that assigns it")."""
from extractor import extract
from extractor.parse.runprojects import project_header_at

HEADER = "序号项目名称建设阶段总投资2009年计划投资项目业主牵头协调部门牵头区领导"
ROWS = ("合计 90000021000 "
        "1甲乙湿地公园项目加快建设5000008000市某某投资公司区林业局王某某"
        "2丙丁冷链物流中心项目开工建设3000003000某某农业开发有限公司、某某村股份经济合作社区商务局李某陈某某"
        "3戊己片区道路项目前期工作10000010000区城投公司区建设局、区水务局赵某")
NOTICE = ("某市某区人民政府关于2009年推进重点项目的通知\n各街道办事处，区政府有关部门：\n现将情况表印发给你们。\n"
          "某市某区人民政府\n2009年5月4日\n附件某区2009年重点项目情况表单位：万元" + HEADER + ROWS + "\n")


def _rows(text: str):
    notice = extract(text.encode("utf-8"), name="n.txt")
    return [(m.measure_no, m.text, [u.name for u in m.lead], [u.name for u in m.support], m.form)
            for m in notice.measures]


def test_the_rows_are_read_by_what_each_cell_prints():
    assert _rows(NOTICE) == [
        (1, "甲乙湿地公园项目", ["区林业局"], [], "text-sp"),
        (2, "丙丁冷链物流中心项目", ["区商务局"], [], "text-sp"),   # 合作社 / 区商务局, never 社区商务局
        (3, "戊己片区道路项目", ["区建设局", "区水务局"], [], "text-sp"),
    ]


def test_the_leader_is_kept_beside_the_measure_never_a_unit():
    notice = extract(NOTICE.encode("utf-8"), name="n.txt")
    assert [m.extra.get("牵头区领导") for m in notice.measures] == ["王某某", "李某陈某某", "赵某"]


def test_the_header_names_its_columns_by_kind():
    found = project_header_at("附件某区重点项目情况表" + HEADER + ROWS)
    assert found is not None
    assert found[2][1:] == ["项目名称", "建设阶段", "总投资", "2009年计划投资", "项目业主", "牵头协调部门", "牵头区领导"]
    assert found[3] == ["name", "stage", "figures", "figures", "owner", "unit", "leader"]


def test_a_header_naming_no_unit_column_is_no_project_table():
    assert project_header_at("序号项目名称建设阶段总投资项目业主" + ROWS) is None


def test_a_row_whose_owner_and_unit_can_be_cut_two_ways_is_not_guessed():
    # 区甲公司区乙局区丙局: 区乙局 or 区丙局 after an owner ending like a body: no one cut reads, no table
    text = NOTICE.replace("市某某投资公司区林业局", "区甲公司区乙局区丙局")
    assert [n for n, *_ in _rows(text)] != [1, 2, 3]


def test_the_tables_heading_and_unit_label_before_the_header_are_lines_of_their_own():
    from extractor.parse.runprojects import project_table_pieces
    line = "抄送：区委办。某区人民政府办公室2009年5月4日印（共印30份）附件某区2009年重点项目情况表单位：万元" + HEADER + ROWS
    assert project_table_pieces(line)[:3] == ["抄送：区委办。某区人民政府办公室2009年5月4日印（共印30份）",
                                               "附件某区2009年重点项目情况表", "单位：万元"]


def test_the_table_title_is_its_own_heading_not_the_record_over_it():
    text = NOTICE.replace("附件某区2009年重点项目情况表", "附件：某区2009年重点项目情况表\n二○○九年五月四日\n"
                          "主题词：项目 通知\n附件某区2009年重点项目情况表")
    notice = extract(text.encode("utf-8"), name="n.txt")
    assert notice.table_title == "某区2009年重点项目情况表"
