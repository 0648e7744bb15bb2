"""Items run as clauses of ONE paragraph, each closed by its own label clause: ``<task>，责任单位A；<task>，责任单位B；…``
(docs/parsing.md, "A run of labelled clauses"; parse/labelclauses.py) — a news item quoting a plan's list of projects,
each given its units (holdout glossquote-anlu, batch 118: before, no row).  And the one-column table a news site lays
its article out in (a headline row, a date row, the article's cell): read as blocks, never as a task table."""
import pytest
from lxml import html

from extractor.engine.extract import extract
from extractor.layout.htmllines import _is_layout_table, html_lines
from extractor.parse.labelclauses import MIN_RUN_ITEMS, read_label_run


def news_page(*paragraphs: str) -> bytes:
    """A news site's page laid out in a table one cell wide: headline, date, the article's paragraphs, a print link."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<html><head><meta charset='utf-8'><title>某某：重点项目逐一明确责任单位</title></head><body>"
            "<table width='760' align='center'><tr><td class='newstitle'>某某：重点项目逐一明确责任单位</td></tr>"
            "<tr><td>2016-3-22</td></tr><tr><td></td></tr>"
            f"<tr><td class='newscontent'>{body}</td></tr><tr><td>【打印新闻】</td></tr></table>"
            "</body></html>").encode("utf-8")


QUOTE = ("“食品工业园，责任单位畜牧局；农产品创业园二期，责任单位开发区；综合物流园，责任单位李店镇、交通局……”"
         "3月18日，在重点项目交办会上，各项目逐一落实了包保领导和对应的责任单位。")
RULES = "该市要求包保领导牵头推进项目建设，各责任单位是项目建设的责任主体，负责协调服务。"


def rows(notice):
    return [(m.measure_no, m.text, tuple(a.name for a in m.lead), tuple(a.name for a in m.support), m.deadline, m.form)
            for m in notice.measures]


def test_a_news_quote_running_projects_with_their_units_gives_a_row_each():
    notice = extract(news_page(QUOTE, RULES), name="quote-news.html")
    assert rows(notice) == [
        (1, "食品工业园", ("畜牧局",), (), None, "inline-label"),
        (2, "农产品创业园二期", ("开发区",), (), None, "inline-label"),
        (3, "综合物流园", ("李店镇", "交通局"), (), None, "inline-label"),
    ]


def test_the_run_reads_alike_in_traditional_characters_and_with_colons():
    traditional = "“食品工業園，責任單位畜牧局；農產品創業園二期，責任單位開發區……”"
    assert [(t, a.lead) for t, a in read_label_run(traditional)] == [
        ("食品工業園", ("畜牧局",)), ("農產品創業園二期", ("開發區",))]
    colons = "食品工业园，责任单位：畜牧局；农产品创业园二期，责任单位：开发区。"
    assert [(t, a.lead) for t, a in read_label_run(colons)] == [("食品工业园", ("畜牧局",)), ("农产品创业园二期", ("开发区",))]


def test_an_item_may_print_several_labels_and_a_deadline_and_the_first_an_introduction():
    text = ("会议明确：建设城东污水厂，完善配套管网，牵头单位市住建局，配合单位市财政局、市自然资源局，完成时限：2024年底；"
            "做好农村学校改造，责任单位市教育局。")
    found = read_label_run(text)
    assert [(t, a.lead, a.support, a.deadline) for t, a in found] == [
        ("建设城东污水厂，完善配套管网", ("市住建局",), ("市财政局、市自然资源局",), "2024年底"),
        ("做好农村学校改造", ("市教育局",), (), None)]


@pytest.mark.parametrize("text", [
    # one item is a sentence naming its units, no list
    "食品工业园，责任单位畜牧局。",
    # a label word with no colon before prose: no unit list
    "食品工业园，责任单位要加强协调；物流园，责任单位要落实资金。",
    # a colonless value that names no unit
    "食品工业园，责任单位高度重视；物流园，责任单位积极对接。",
    # a story with no label at all
    "各责任单位是项目建设的责任主体，负责协调服务；包保领导要多与业主单位对接。",
])
def test_no_run_without_its_labelled_items(text):
    assert MIN_RUN_ITEMS == 2
    assert read_label_run(text) is None


def test_a_quote_inside_a_task_stays_and_a_run_ends_where_its_quote_closes():
    text = "“实施“千企改造”工程，责任单位工信局；建设物流园，责任单位商务局”。另悉，项目总投资，责任单位财政局。"
    assert [(t, a.lead) for t, a in read_label_run(text)] == [
        ("实施“千企改造”工程", ("工信局",)), ("建设物流园", ("商务局",))]


def test_a_one_column_table_of_a_headline_a_date_and_an_article_lays_out_the_page():
    page = html.fromstring(news_page(QUOTE, RULES).decode("utf-8"))
    table = page.find(".//table")
    assert _is_layout_table(table)
    lines, tables, _ = html_lines(page.find(".//body"))
    assert tables == [] and lines[0] == "某某：重点项目逐一明确责任单位"


def test_a_table_of_several_columns_with_a_few_paragraphs_in_a_cell_stays_a_table():
    cell = "<p>建设污水厂。</p><p>完善管网。</p>"
    table = html.fromstring("<table><tr><td>序号</td><td>任务</td><td>责任单位</td></tr>"
                            f"<tr><td>1</td><td>{cell}</td><td>市住建局</td></tr></table>")
    assert not _is_layout_table(table)
