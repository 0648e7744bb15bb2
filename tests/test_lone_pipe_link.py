"""One word alone between pipes on a page that prints no other pipe (``| 返回法律法规 |``, a law site's link under the
notice) is a link, no text grid: read as one, it made the notice's last item its table title (holdout
oneline-jingzhou, batch 57)."""
from extractor.parse.textgrid import grid_start_line, is_link_bar

from test_outline import parsed


def test_a_lone_one_word_pipe_line_is_a_link():
    lines = ["一、主要工作目标", "1、地区生产总值增长11%（市发改委）。", "| 返回法律法规 |"]
    assert is_link_bar(lines, 2) and grid_start_line(lines) is None


def test_a_one_cell_pipe_line_among_other_pipe_lines_is_no_link():
    lines = ["| 序号 | 工作任务 | 牵头单位 |", "| 1 | 做甲 | 市发改委 |", "| 一、经济发展 |"]
    assert not is_link_bar(lines, 2)


def test_the_last_item_over_the_link_titles_no_table():
    result = parsed(["一、主要工作目标", "1、地区生产总值增长11%（市发改委，各县市区政府）。",
                     "2、地方一般预算收入增长13%（市财政局）。", "| 返回法律法规 |"])
    assert [m.measure_no for m in result.measures] == [1, 2]


def test_the_last_item_over_the_link_is_no_table_title():
    from extractor.engine.extract import extract_raw
    from extractor.source.read import raw_input
    page = ("<html><body><h1>某市人民政府办公室关于分解落实《政府工作报告》的通知</h1><p>市政府各部门：</p>"
            "<p>现将任务分解给你们，请认真落实。</p><p>一、主要工作目标</p><p>1、地区生产总值增长11%（市发改委）。</p>"
            "<p>2、财政收入增长13%。（责任单位：市财政局）</p><div>| 返回法律法规 |</div></body></html>")
    notice = extract_raw(raw_input(page.encode("utf-8"), "n.html"))
    assert notice.table_title is None and len(notice.measures) == 2


def test_a_bare_bar_opening_a_copy_opens_no_grid():
    """A forum's copy opening with a lone ``|`` over its visitor lines (holdout forumbar-yancheng-2019-1, blind70's
    cause 2): no cell above it to close and no row, so the letter under it is read; a bare ``|`` under a cell
    still closes it (holdout cellpipe-chizhou)."""
    from extractor.engine.extract import extract_raw
    from extractor.source.read import raw_input
    lines = ["| ", "马上注册，结交更多好友。", "x", "某市人民政府办公室", "关于印发某市2019年重点任务分工方案的通知",
             "某政办发〔2019〕3号", "各县（市、区）人民政府：", "现将方案印发给你们。", "某市人民政府办公室", "2019年5月20日"]
    assert grid_start_line(lines) is None
    text = "\n".join(lines + ["一、重点任务", "1.压缩开办时间。（市市场监管局牵头，市公安局配合）"])
    notice = extract_raw(raw_input(text.encode("utf-8"), "n.txt"))
    assert notice.doc_number == "某政办发〔2019〕3号" and notice.date == "2019-05-20"
    assert grid_start_line(["工作任务", "|", "具体要求", "|"]) == 0


def test_a_dump_opening_with_a_bare_bar_still_opens_its_grid():
    """A dump one cell a line opening with a bare ``|`` prints more right under it (holdout barlines-qiaocheng): its
    grid starts where it did; only a lone bar with none under it (a forum's) is passed over."""
    lines = ["|", "工作任务", "|", "具体要求", "|", "责任单位", "|"]
    assert grid_start_line(lines) is not None and grid_start_line(lines) <= 1


FORUM_DUMP = ["| ", "马上注册，结交更多好友，享用更多功能。", "x", "东南隅街道办事处文件",
              "东南隅街道办事处关于印发东南隅街道2023年民生实事项目任务清单", "各社区，街道各办（所、站）：",
              "《东南隅街道2023年民生实事项目任务清单》已经办事处同意，现印发给你们，请认真贯彻落实。",
              "洛阳市老城区东南隅街道办事处", "二○二三年三月九日", "附件", "东南隅街道2023年民生实事项目任务清单",
              "序号", "|", "主要任务", "|", "牵头单位", "|", "配合单位", "|",
              "1", "|", "建设公共法律服务实体平台8个，实现镇街全覆盖。", "|", "街道司法所", "|", "街道综治办", "|",
              "2", "|", "新建社区养老服务中心3个。", "|", "街道民政办", "|", "各社区", "|",
              "3", "|", "完成老旧小区改造12个。", "|", "街道城建办", "|", "街道财政所", "|"]


def test_a_dump_one_cell_a_line_under_a_forums_bare_bar_is_read_as_a_pipe_dump():
    """The forum's lone ``|`` over the letter is no line of the dump under it (``textpipe.parse_pipe_text`` passes
    over it as ``grid_start_line`` does): before, the dump was taken to open at it and the pipe reader read no row, so
    text-bl read the cells, rows right but the form (blindsynth seeds 27382, 27422)."""
    from extractor.engine.extract import extract_raw
    from extractor.source.read import raw_input
    for text in ("\n".join(FORUM_DUMP), "\n\n".join(FORUM_DUMP)):   # and in a copy setting a blank after each line
        notice = extract_raw(raw_input(text.encode("utf-8"), "n.txt"))
        assert [(m.form, m.text[:4], [a.name for a in m.lead]) for m in notice.measures] == [
            ("text-pipe", "建设公共", ["街道司法所"]), ("text-pipe", "新建社区", ["街道民政办"]),
            ("text-pipe", "完成老旧", ["街道城建办"])]
