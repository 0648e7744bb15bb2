"""A page's bar of links copied with pipes between them is chrome, not a text grid
(parse/textgrid.is_link_bar; holdout mixedscript-shaoguan-2019-31, batch 43)."""

from extractor import extract
from extractor.parse.textgrid import grid_start_line, is_link_bar

LETTER = [
    "智能问答 | 无障碍浏览 | |",
    "某市人民政府关于印发某市若干政策措施的通知(某府〔2019〕3号)",
    "各县(市、区)人民政府,市政府各部门:",
    "现将《某市若干政策措施》印发给你们,请认真贯彻执行。",
    "某市人民政府",
    "2019年8月16日",
    "某市若干政策措施",
    "1.降低企业用地成本。(责任单位:市自然资源局、市财政局)",
]


def test_a_lone_bar_of_links_is_no_grid():
    assert is_link_bar(LETTER, 0)
    assert grid_start_line(LETTER) is None


def test_a_pipe_dump_and_a_one_line_table_stay_grids():
    dump = ["序号 |", "工作任务 |", "牵头单位 |", "1 |", "加快项目建设 |", "市发改委 |"]
    assert not any(is_link_bar(dump, i) for i in range(len(dump)))
    assert grid_start_line(dump) == 0
    one_line = ["序号 | 工作任务 | 牵头单位 | 1 | 加快项目建设 | 市发改委 |"]
    assert not is_link_bar(one_line, 0)   # a column's name among its words
    rows = ["| 序号 | 工作任务 | 牵头单位 |", "| 1 | 加快项目建设 | 市发改委 |"]
    assert not is_link_bar(rows, 0) and not is_link_bar(rows, 1)   # rows on lines in a row
    assert not is_link_bar(["首页 |", "工作任务 |"], 0)   # one word among the page's other pipe lines: a dump's cell, not a bar


def test_the_letter_under_a_bar_of_links_is_read():
    text = "\n".join(LETTER) + "\n2.稳定企业用工。(责任单位:市人社局)\n"
    notice = extract(text.encode("utf-8"))
    assert notice.doc_number == "某府〔2019〕3号"
    assert notice.issuer == "某市人民政府"
    assert notice.date == "2019-08-16"
    assert notice.recipients == ("各县(市、区)人民政府", "市政府各部门")
