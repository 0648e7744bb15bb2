"""A run-together table with a leader's column (parse/runleaders.py, parse/runtable.py; holdout leaderrun-zhonglou,
batch 53b): the leader's name runs into the lead unit, the units into each other, a project's task rows into one
numbered row."""
from extractor import extract
from extractor.parse.runleaders import deadline_at, leader_tail, task_rows, unit_names
from extractor.parse.runtable import _group_cut, _joined_words, run_header_at

PREVIEW = ("某文秘 首页 | 分类 | 登录\n"
           "某区民生实事项目责任分解表.docx\n"
           "某区民生实事项目责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给推进学校改扩建"
           "项目，年内建成3个。周立新教育局经开区高新园（邹区镇）各街道2老城厢复兴发展纪念馆完成提升后对外开放。周立新文体旅局"
           "晋陵公司轨道公司推进老街立面整治，整治三条老城厢道路。吴海涛住建局五星街道荷花池街道3优化养老服务为全区老年人"
           "提供上门服务。沈丽民政局各街道提升改造居家养老服务中心8家。为困难老人家庭实施适老化改造。序号项目名称主要内容区政府"
           "分管领导牵头单位配合单位4文体惠民行动新建书苑2家，组织公益演出100场。周立新文体旅局各街道\n"
           "该文档共4页，免费预览到此为止。\n")


def test_a_leaders_table_run_together_gives_its_task_rows():
    notice = extract(PREVIEW.encode("utf-8"))
    assert notice.table_title == "某区民生实事项目责任分解表"
    # 序号 merged with 项目名称: the project is a section labelled by its number, the task rows numbered by place
    assert [(s.label, s.title) for s in notice.sections] == [
        ("1", "增加教育资源供给"), ("2", "老城厢复兴发展"), ("3", "优化养老服务"), ("4", "文体惠民行动")]
    got = [(m.measure_no, m.section_no, m.text, [a.name for a in m.lead], [a.name for a in m.support])
           for m in notice.measures]
    assert got == [
        (1, 1, "推进学校改扩建项目，年内建成3个。", ["教育局"], ["经开区", "高新园（邹区镇）", "各街道"]),
        (2, 2, "纪念馆完成提升后对外开放。", ["文体旅局"], ["晋陵公司", "轨道公司"]),
        (3, 2, "推进老街立面整治，整治三条老城厢道路。", ["住建局"], ["五星街道", "荷花池街道"]),
        (4, 3, "为全区老年人提供上门服务。", ["民政局"], ["各街道"]),
        # a task row printing no leader or unit: those cells merged with the row above
        (5, 3, "提升改造居家养老服务中心8家。为困难老人家庭实施适老化改造。", ["民政局"], ["各街道"]),
        (6, 4, "新建书苑2家，组织公益演出100场。", ["文体旅局"], ["各街道"])]


def test_units_run_together_part_where_one_name_ends():
    assert unit_names("经开区高新园（邹区镇）各街道市国有公司") == ["经开区", "高新园（邹区镇）", "各街道", "市国有公司"]
    assert unit_names("五星街道南大街街道荷花池街道") == ["五星街道", "南大街街道", "荷花池街道"]
    # never inside a head word, before one, or inside a name the template reads whole
    for whole in ("市委宣传部", "区政府办公室", "高新区管委会", "区人力资源和社会保障局", "各乡镇（街道）", "团市委"):
        assert unit_names(whole) == [whole]
    assert unit_names("县人民政府办公室市财政局") == ["县人民政府办公室", "市财政局"]
    # the names end where a task opens (推进), or at a digit
    assert unit_names("晋陵公司轨道公司推进大庙弄核心区改造") == ["晋陵公司", "轨道公司"]
    assert unit_names("民政局各街道提升改造养老服务中心（站）8家。") == ["民政局", "各街道"]


def test_units_run_together_part_at_every_list_mark_and_nest_in_every_name_bracket():
    """The run reads the list marks every unit-list reader shares (``text.NAME_LIST_MARKS``: a semicolon too) and the
    brackets unit names nest in (``brackets.OPENERS``: a place group's 〔〕, a note's 〈〉), as a unit cell is split."""
    assert unit_names("区教育局；区财政局") == ["区教育局", "区财政局"]
    assert unit_names("区教育局，区财政局") == ["区教育局", "区财政局"]
    assert unit_names("各县〔市、区〕人民政府市财政局") == ["各县〔市、区〕人民政府", "市财政局"]
    assert unit_names("高新园〈邹区镇〉各街道") == ["高新园〈邹区镇〉", "各街道"]
    # a mark closing the run passes nothing: no name follows it
    assert unit_names("区教育局；推进") == ["区教育局"]


def test_the_leaders_name_is_the_length_after_which_a_department_follows():
    assert leader_tail("周立新文体旅局晋陵公司", 0) == ("周立新", ["文体旅局", "晋陵公司"], 8, "")
    assert leader_tail("李红县教育局县财政局", 0)[:2] == ("李红", ["县教育局", "县财政局"])   # the shortest before one
    assert leader_tail("沈丽民政局各街道", 0) == ("沈丽", ["民政局", "各街道"], 6, "")
    # no department the template knows after any length: the usual three characters, never 周立新晋 | 陵公司
    assert leader_tail("周立新晋陵公司各街道", 0) == ("周立新", ["晋陵公司", "各街道"], 7, "")
    assert leader_tail("全区城镇新增就业15000人", 0) is None   # a surname opening a sentence names no leader


def test_a_row_printing_no_leader_at_all_does_not_read():
    assert task_rows("推进学校改扩建项目。提升服务水平。") is None
    assert task_rows("推进学校改扩建项目。周立新教育局") == [("推进学校改扩建项目。", ("周立新", ["教育局"], 3, ""))]


def test_a_header_word_naming_no_role_joins_the_word_it_names_a_column_with():
    assert _joined_words(["序号", "项目名称", "主要内容", "区政府", "分管领导", "牵头单位"]) == [
        "序号", "项目名称", "主要内容", "区政府分管领导", "牵头单位"]
    found = run_header_at("序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给推进…")
    assert found is not None and found[2][3] == "区政府分管领导"


def test_a_group_title_closing_with_a_titles_word_ends_there_only_under_a_group_column():
    assert _group_cut("老城厢复兴发展纪念馆完成提升后对外开放。", by_ends=True) == 7
    assert _group_cut("优化养老服务为全区老年人提供上门服务。", by_ends=True) == 6
    assert _group_cut("优化养老服务为全区老年人提供上门服务。") == 0   # a task column's words: no title end
    assert _group_cut("推进项目建设，完成投资。", by_ends=True) == 0   # a mark after the word: a sentence's


DATED = ("某县重点工作责任分解表\n"
         "序号工作任务分管领导牵头单位配合单位完成时限1推进学校改扩建项目。张建国县教育局县财政局、县住建局2021年底前"
         "新建幼儿园2所。李红县教育局县自然资源局2021年9月底前2开展就业帮扶，新增就业500人。王伟县人社局各乡镇长期坚持\n")


def test_a_leaders_table_with_a_deadline_column_reads_each_task_rows_deadline():
    """A 完成时限 column after the units: its cell runs into the next task row's task, and ends where the deadline
    grammar stops reading (deadlines.deadline_length); no unit's name opens where a deadline does."""
    notice = extract(DATED.encode("utf-8"))
    got = [(m.measure_no, m.text, [a.name for a in m.lead], [a.name for a in m.support], m.deadline)
           for m in notice.measures]
    assert got == [(1, "推进学校改扩建项目。", ["县教育局"], ["县财政局", "县住建局"], "2021年底前"),
                   (1, "新建幼儿园2所。", ["县教育局"], ["县自然资源局"], "2021年9月底前"),
                   (2, "开展就业帮扶，新增就业500人。", ["县人社局"], ["各乡镇"], "长期坚持")]


def test_a_task_verb_closing_a_deadline_before_a_task_is_the_tasks():
    assert deadline_at("长期坚持推进学校建设。", 0) == "长期坚持"   # the grammar reads 长期坚持推进 as one ongoing phrase
    assert deadline_at("2021年底前推进学校建设。", 0) == "2021年底前"
    assert deadline_at("县教育局", 0) == ""
