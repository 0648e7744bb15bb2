"""One table under one numbered heading that names a list (一、某某项目任务分解表 / table), on a
county page that prints nothing else: the heading is the table's section and names the table, the
page's <title> holding only the site owner's name titles nothing."""
import pytest

from extractor import extract
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.layout.siteowner import located_site_owner
from extractor.parse.tableheads import heads_table, names_a_list
from extractor.source.decode import decode_bytes

from conftest import make_raw

ROWS = ("<tr><td>1</td><td>新建乡村公路18公里，完成危桥改造4座。</td><td>王某</td>"
        "<td><p>县交通运输局</p><p>各相关乡镇</p></td><td>已完成路基12公里。</td></tr>"
        "<tr><td>2</td><td>改造农村供水站6处，提升饮水水质。</td><td>李某</td>"
        "<td><p>县水利局</p></td><td>4处已通水。</td></tr>")
TABLE = ("<table><tr><td>序号</td><td>具体工作任务和要求</td><td>责任领导</td><td>责任单位</td><td>落实情况</td></tr>"
         f"{ROWS}</table>")


def page(over: str, title_tag: str = "临溪县人民政府") -> str:
    return (f"<html><head><title>{title_tag}</title></head><body><div class='news-content'>"
            f"{over}{TABLE}</div></body></html>")


def located(html: str):
    return locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html")))


def test_a_heading_naming_a_list_over_the_only_table_is_its_section_and_names_it():
    html = page("<p><strong>一、12项惠民工程任务分解表</strong></p>")
    notice = extract(html.encode("utf-8"), name="p.html")
    assert [(s.no, s.label, s.title) for s in notice.sections] == [(1, "一、", "12项惠民工程任务分解表")]
    assert [m.section_no for m in notice.measures] == [1, 1]
    assert notice.table_title == "12项惠民工程任务分解表"
    # a part's heading names the table, not the notice; the <title> names only the site's owner
    assert notice.title is None


def test_a_body_name_alone_in_the_title_tag_is_the_site_owner_not_the_title():
    loc = located(page("<p><strong>一、12项惠民工程任务分解表</strong></p>"))
    assert (loc.page_title, located_site_owner(loc)) == (None, "临溪县人民政府")


def test_a_title_tag_naming_a_document_is_still_the_pages_title():
    loc = located(page("<p><strong>一、12项惠民工程任务分解表</strong></p>", "临溪县2021年惠民工程任务分解"))
    assert loc.page_title == "临溪县2021年惠民工程任务分解"


def test_a_plans_own_heading_over_the_numbered_one_still_names_the_table():
    html = page("<p>临溪县2021年惠民工程实施方案</p><p><strong>一、12项惠民工程任务分解表</strong></p>")
    meta = parse_metadata(located(html))
    assert meta.table_title == "临溪县2021年惠民工程实施方案"


@pytest.mark.parametrize("over", [
    "<p><strong>一、强化组织保障</strong></p>",     # a section's theme over the only table: no list named
    "<p>三、请各乡镇认真抓好落实</p>",              # a letter's last point
])
def test_a_numbered_line_naming_no_list_over_the_only_table_heads_nothing(over):
    notice = extract(page(over).encode("utf-8"), name="p.html")
    assert notice.sections == () and [m.section_no for m in notice.measures] == [None, None]
    assert notice.table_title is None


@pytest.mark.parametrize("line, others, heads", [
    ("一、12项惠民工程任务分解表", 0, True),
    ("二、重点项目清单", 0, True),
    ("一、强化组织保障", 0, False),
    ("一、工作任务", 0, False),             # a letter's point may end in a table title's word: no list
    ("三、重点措施", 0, False),
    ("一、强化组织保障", 1, True),          # one table per section: every heading heads its table
    ("一、全面完成12项惠民工程任务分解表中的各项工作。", 0, False),   # a sentence heads nothing
])
def test_heads_table(line, others, heads):
    assert heads_table(line, others) is heads


def test_names_a_list_reads_the_words_after_the_label():
    assert names_a_list("（二）乡村振兴项目台账") and not names_a_list("（二）乡村振兴")


def test_a_text_pipe_copy_reads_the_heading_over_its_only_table_alike():
    text = ("一、12项惠民工程任务分解表\n"
            "| 序号 | 具体工作任务和要求 | 责任单位 |\n|---|---|---|\n"
            "| 1 | 新建乡村公路18公里，完成危桥改造4座。 | 县交通运输局 |\n"
            "| 2 | 改造农村供水站6处，提升饮水水质。 | 县水利局 |\n")
    notice = extract(text.encode("utf-8"), name="p.txt")
    assert [m.section_no for m in notice.measures] == [1, 1]
    assert notice.table_title == "12项惠民工程任务分解表"
