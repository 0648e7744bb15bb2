"""text-bl tables copied one cell a line whose rows are told by the kinds of their cells
(docs/forms.md, text-bl): a unit cell printed one unit a line (a second name bracketed on the
next line), a progress cell with its own 1. 2. lines, and a table printing no row numbers whose
rows are the cycle task text -> unit cell under the header's columns."""
from extractor.engine.extract import extract_raw
from extractor.parse.forms import first_grid_line

from conftest import make_raw


def _parse(lines):
    return extract_raw(make_raw("\n".join(lines).encode("utf-8"), path="n.txt"))


def _rows(notice):
    return [(m.measure_no, m.section_no, m.text, tuple(r.name for r in m.lead), tuple(r.name for r in m.support))
            for m in notice.measures]


# --- numbered rows: a unit cell one unit a line, a progress cell of numbered lines ------------

PROGRESS = ["序号", "重点工作", "牵头单位", "三季度推进情况",
            "1", "推进老旧小区改造，年内开工改造小区60个。",
            "区住建局", "区城管局", "（区人防办）", "区财政局",
            "1.已开工改造小区41个，完成投资2.3亿元。", "2.完成雨污分流管网改造8公里。",
            "2", "提升城区供水保障能力。",
            "区水务局",
            "新建供水管网12公里，完成二次供水设施改造9处。",
            "3", "开展“企业服务月”活动，走访规上企业。",
            "区经信局", "（区民营经济服务中心）", "区商务局",
            "累计走访企业312家，收集问题57个。"]


def test_a_unit_cell_one_unit_a_line_before_a_progress_column_is_read_whole():
    """The lead cell prints one unit a line: every line that reads as a unit name up to the progress
    cell is the cell (before, only the first was read, the rest went to the progress column); a
    line wholly in brackets is the second name of the unit above it."""
    parsed = _parse(PROGRESS)
    assert [(n, lead) for n, _s, _t, lead, _sup in _rows(parsed)] == [
        (1, ("区住建局", "区城管局（区人防办）", "区财政局")),
        (2, ("区水务局",)),
        (3, ("区经信局（区民营经济服务中心）", "区商务局"))]
    assert {m.form for m in parsed.measures} == {"text-bl"}


def test_a_progress_cell_of_numbered_lines_keeps_its_list_and_the_prose_after_the_table_stays_out():
    parsed = _parse(PROGRESS + ["各牵头单位要于每季度末报送推进情况，确保按期完成。"])
    progress = [next(iter(m.extra.values()), "") for m in parsed.measures]
    assert "2.完成雨污分流管网改造8公里。" in progress[0] and "1.已开工" in progress[0]
    assert progress[2] == "累计走访企业312家，收集问题57个。"
    assert [m.text for m in parsed.measures][-1] == "开展“企业服务月”活动，走访规上企业。"


def test_a_progress_column_longer_than_the_tasks_is_never_the_task_column():
    """序号 | 目标任务 words the vocabulary lacks | 牵头单位 | 工作进展: the progress cells run longer
    than the tasks, yet a report of what was done is no task (roles.toml [other_roles])."""
    lines = ["序号", "年度目标与任务", "牵头单位", "上半年工作进展",
             "1", "建设城市书房10个。", "县文旅局",
             "1.已建成城市书房6个，其余4个完成选址和设计。", "2.开展全民阅读活动32场，参与群众1.5万人次。",
             "2", "完成农村公路提质改造80公里。", "县交通运输局", "（县公路中心）",
             "已完成提质改造52公里，完成投资1.1亿元，其余路段正在施工。"]
    notice = _parse(lines)
    assert [(m.text, tuple(r.name for r in m.lead)) for m in notice.measures] == [
        ("建设城市书房10个。", ("县文旅局",)), ("完成农村公路提质改造80公里。", ("县交通运输局（县公路中心）",))]


# --- no row numbers: the rows are the cycle task -> unit cell --------------------------------

CYCLE = ["淄博市2018年优化营商环境重点任务实施方案",
         "目标", "任务", "具体措施", "责任单位",
         "一、提升政务服务效能",
         "（一）深化“一窗受理”",
         "在市民中心设立综合受理窗口，实行前台综合受理、后台分类审批。",
         "市行政审批局牵头负责",
         "推行企业开办全程网上办理，压减办理环节和材料。",
         "市市场监管局、市税务局分别牵头负责",
         "（二）优化不动产登记",
         "实现不动产登记、交易、缴税一窗办理，登记时限压缩至5个工作日。",
         "市自然资源局牵头负责，市住建局、市税务局配合",
         "二、强化要素保障",
         "（一）降低企业用地成本",
         "落实工业用地弹性年期出让和先租后让政策。",
         "市自然资源局、市发改委按职责分工负责"]


def test_a_table_with_no_row_numbers_reads_a_row_per_task_and_unit_cell():
    parsed = _parse(CYCLE)
    assert _rows(parsed) == [
        (1, 1, "在市民中心设立综合受理窗口，实行前台综合受理、后台分类审批。", ("市行政审批局",), ()),
        (2, 1, "推行企业开办全程网上办理，压减办理环节和材料。", ("市市场监管局", "市税务局"), ()),
        (3, 2, "实现不动产登记、交易、缴税一窗办理，登记时限压缩至5个工作日。",
         ("市自然资源局",), ("市住建局", "市税务局")),
        (4, 3, "落实工业用地弹性年期出让和先租后让政策。", ("市自然资源局", "市发改委"), ())]
    assert {m.form for m in parsed.measures} == {"text-bl"}


def _wrapped(line: str, *parts: str) -> list:
    """The rows of ``CYCLE`` with its task ``line`` printed as the lines ``parts``."""
    lines = list(CYCLE)
    at = lines.index(line)
    lines[at:at + 1] = parts
    return _rows(_parse(lines))


def test_a_task_cell_wrapped_over_two_lines_is_one_row():
    rows = _wrapped("实现不动产登记、交易、缴税一窗办理，登记时限压缩至5个工作日。",
                    "实现不动产登记、交易、缴税一窗办理，", "登记时限压缩至5个工作日。")
    assert len(rows) == 4
    assert rows[2][2] == "实现不动产登记、交易、缴税一窗办理，登记时限压缩至5个工作日。"


def test_a_wrapped_task_line_that_reads_as_a_deadline_stays_in_its_task_without_a_deadline_column():
    rows = _wrapped("落实工业用地弹性年期出让和先租后让政策。", "落实工业用地弹性年期出让和先租后让政策，", "力争2018年底前全面推开。")
    assert len(rows) == 4
    assert rows[3][2:4] == ("落实工业用地弹性年期出让和先租后让政策，力争2018年底前全面推开。", ("市自然资源局", "市发改委"))


def test_a_table_with_no_row_numbers_and_a_deadline_column():
    lines = ["某县2021年城市更新重点任务分工", "工作内容", "责任单位", "完成时限",
             "改造老旧小区12个，同步完善养老托育设施。", "县住建局牵头，县民政局、县教体局配合", "2021年11月底前",
             "新建城区停车泊位800个。", "县城管局", "2021年9月底前",
             "实施背街小巷改造，", "打通断头路3条。", "县住建局、县交通运输局分别牵头", "2021年12月底前"]
    notice = _parse(lines)
    assert [(m.measure_no, m.text, tuple(r.name for r in m.lead), tuple(r.name for r in m.support), m.deadline)
            for m in notice.measures] == [
        (1, "改造老旧小区12个，同步完善养老托育设施。", ("县住建局",), ("县民政局", "县教体局"), "2021年11月底前"),
        (2, "新建城区停车泊位800个。", ("县城管局",), (), "2021年9月底前"),
        (3, "实施背街小巷改造，打通断头路3条。", ("县住建局", "县交通运输局"), (), "2021年12月底前")]


def test_prose_and_a_signature_after_a_table_with_no_row_numbers_are_no_rows():
    lines = CYCLE + ["各责任单位要细化工作措施，每季度末报送工作进展。", "淄博市人民政府办公室", "2018年3月20日"]
    rows = _rows(_parse(lines))
    assert len(rows) == 4 and rows[-1][3] == ("市自然资源局", "市发改委")


def test_the_heading_over_a_header_with_no_row_numbers_titles_the_table():
    assert first_grid_line(CYCLE) == 1
    notice = _parse(["某网站 文档预览", "上传时间：2022-12-15"] + CYCLE)
    assert notice.table_title == "淄博市2018年优化营商环境重点任务实施方案"


def test_short_lines_that_are_no_table_header_open_no_table():
    """Header words a line each with prose under them and no unit cell after it: no table."""
    lines = ["某县2020年工作要点", "目标", "任务", "具体措施", "责任单位",
             "全县上下要坚持稳中求进工作总基调。", "各乡镇要结合实际抓好落实。"]
    assert _parse(lines).measures == ()


# --- numbered rows under a header whose number column printed no word ------------------------

NUMBERLESS = ["重点任务", "责任单位", "完成时限",
              "1", "建成乡村物流服务站点30个。", "县交通运输局", "县邮政分公司", "2023年10月底前",
              "2", "开展农产品品牌推介活动5场。", "县农业农村局", "2023年12月底前",
              "3", "完成电商直播基地一期装修，入驻企业不少于20家。", "县商务局", "2023年8月底前"]


def test_bare_numbers_under_a_header_that_lost_its_number_word_open_the_rows():
    """A copy starting inside the header (its 序号 cut off), or a Word table whose first header cell
    is empty: the bare 1, 2, 3 still open the rows, the number column is the one no line names."""
    parsed = _parse(NUMBERLESS)
    assert [(m.measure_no, m.text, tuple(r.name for r in m.lead), m.deadline) for m in parsed.measures] == [
        (1, "建成乡村物流服务站点30个。", ("县交通运输局", "县邮政分公司"), "2023年10月底前"),
        (2, "开展农产品品牌推介活动5场。", ("县农业农村局",), "2023年12月底前"),
        (3, "完成电商直播基地一期装修，入驻企业不少于20家。", ("县商务局",), "2023年8月底前")]
    assert {m.form for m in parsed.measures} == {"text-bl"}


def test_a_title_over_a_numberless_header_naming_the_task_again_is_no_column():
    """工作任务分解表 over 工作任务 holds a task word too: a header names each role once, so the title
    stays over the table and the columns are the three header lines."""
    lines = ["附件", "重点任务清单"] + NUMBERLESS
    rows = [(m.measure_no, m.text, m.deadline) for m in _parse(lines).measures]
    assert rows[0] == (1, "建成乡村物流服务站点30个。", "2023年10月底前") and len(rows) == 3


def test_short_lines_over_a_bare_one_naming_no_task_column_open_no_table():
    """Without a number word the header must name the groups or the tasks first: two role words
    that are no task column (责任单位 | 完成时限) over numbered lines stay no table."""
    lines = ["责任单位", "完成时限",
             "1", "各乡镇要于每月5日前报送上月进展。", "2", "县政府办公室将定期通报。"]
    assert _parse(lines).measures == ()
