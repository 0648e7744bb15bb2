"""Ditto cells (同上 / 同前 / 〃) in a table's body stand for the cell above in the same
column; a town's or street office's header 责任办室 names its lead column."""
import io

import pytest

from extractor.engine.extract import extract_file
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.tableheader import role_of
from extractor.source.decode import decode_bytes

from conftest import make_raw

COVER = ["关于印发某县农村人居环境整治任务清单的通知", "各乡镇人民政府：", "现印发给你们。", "某县人民政府办公室",
         "2019年4月2日", "任务清单"]


def parse_html(body: str):
    html = f"<html><head><meta charset='utf-8'></head><body><div class='content'>{body}</div></body></html>"
    return parse_body(locate_content(decode_bytes(make_raw(html.encode("utf-8"), path="p.html"))))


def parse_text(lines):
    text = "\n".join(COVER + lines)
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def rows(parsed):
    return [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in parsed.measures]


#: what a hand-typed table means by its ditto cells, whatever form carries it
EXPECTED = [
    (1, "改造农村户厕1200座", ("县农业农村局",), ("县卫健局",), "2019年10月"),
    (2, "清理村内沟塘120处", ("县农业农村局",), ("县水务局",), "2019年10月"),
    (3, "新建污水处理站6座", ("县住建局",), ("县水务局",), "2019年10月"),
    (4, "同上年相比垃圾清运量提高一成", ("县城管局",), ("县住建局",), "2019年12月"),
]


def test_ditto_cells_take_the_value_above_in_their_column_and_chain():
    """Row 2's lead and row 3's support say 同上 / 同前; rows 2-3's deadlines are a chain
    (〃 under 同上); a task opening with 同上 (同上年相比…) is a sentence, kept as written."""
    p = parse_html("""<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>协办单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td>改造农村户厕1200座</td><td>县农业农村局</td><td>县卫健局</td><td>2019年10月</td></tr>
      <tr><td>2</td><td>清理村内沟塘120处</td><td><p>同 上</p></td><td>县水务局</td><td>同上</td></tr>
      <tr><td>3</td><td>新建污水处理站6座</td><td>县住建局</td><td>同前</td><td>〃</td></tr>
      <tr><td>4</td><td>同上年相比垃圾清运量提高一成</td><td>县城管局</td><td>县住建局</td><td>2019年12月</td></tr>
      </table>""")
    assert rows(p) == EXPECTED


def test_ditto_cell_under_a_section_row_reads_the_last_body_row_above():
    p = parse_html("""<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>完成时限</td></tr>
      <tr><td colspan=4>一、厕所革命</td></tr>
      <tr><td>1</td><td>改造农村户厕1200座</td><td>县农业农村局</td><td>2019年10月</td></tr>
      <tr><td colspan=4>二、污水治理</td></tr>
      <tr><td>2</td><td>新建污水处理站6座</td><td>同上</td><td>同上</td></tr></table>""")
    assert [(m.section.no, m.lead_cells, m.deadline) for m in p.measures] == [
        (1, ("县农业农村局",), "2019年10月"), (2, ("县农业农村局",), "2019年10月")]


def test_ditto_in_the_first_body_row_has_nothing_to_stand_for():
    """Nothing above it: the cell is kept as printed (the resolver shows it unresolved)
    rather than given a value the table does not print."""
    p = parse_html("""<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>
      <tr><td>1</td><td>改造农村户厕1200座</td><td>同上</td></tr>
      <tr><td>2</td><td>新建污水处理站6座</td><td>县住建局</td></tr></table>""")
    assert [m.lead_cells for m in p.measures] == [("同上",), ("县住建局",)]


TAB_COPY = ["序号\t重点任务\t牵头单位\t协办单位\t完成时限",
            "1\t改造农村户厕1200座\t县农业农村局\t县卫健局\t2019年10月",
            "2\t清理村内沟塘120处\t同上\t县水务局\t同上",
            "3\t新建污水处理站6座\t县住建局\t同前\t〃",
            "4\t同上年相比垃圾清运量提高一成\t县城管局\t县住建局\t2019年12月"]
SPACED_COPY = ["序号  重点任务                        牵头单位      协办单位  完成时限",
               "1     改造农村户厕1200座              县农业农村局  县卫健局  2019年10月",
               "2     清理村内沟塘120处               同上          县水务局  同上",
               "3     新建污水处理站6座               县住建局      同前      〃",
               "4     同上年相比垃圾清运量提高一成    县城管局      县住建局  2019年12月"]


@pytest.mark.parametrize("lines,form", [(TAB_COPY, "text-tab"), (SPACED_COPY, "text-sp")])
def test_ditto_cells_in_a_text_copy(lines, form):
    """A text copy of the same table reads its dittos as the page does."""
    p = parse_text(lines)
    assert rows(p) == EXPECTED
    assert {m.form for m in p.measures} == {form}


def test_ditto_cells_in_a_spreadsheet(tmp_path, resolver):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["某县农村人居环境整治任务清单"])
    for row in [("序号", "重点任务", "牵头单位", "协办单位", "完成时限"),
                (1, "改造农村户厕1200座", "县农业农村局", "县卫健局", "2019年10月"),
                (2, "清理村内沟塘120处", "同上", "县水务局", "同上"),
                (3, "新建污水处理站6座", "县住建局", "同前", "〃"),
                (4, "同上年相比垃圾清运量提高一成", "县城管局", "县住建局", "2019年12月")]:
        sheet.append(list(row))
    data = io.BytesIO()
    book.save(data)
    path = tmp_path / "list.xlsx"
    path.write_bytes(data.getvalue())
    notice = extract_file(path, resolver)
    assert [(m.measure_no, m.text, [a.name for a in m.lead], [a.name for a in m.support], m.deadline)
            for m in notice.measures] == [(n, t, list(lead), list(sup), d) for n, t, lead, sup, d in EXPECTED]


@pytest.mark.parametrize("word,role", [
    ("责任办室", "responsible"), ("牵头办室", "lead"), ("配合办室", "support"), ("责任站所", "responsible"),
])
def test_office_nouns_of_a_town_name_unit_columns(word, role):
    assert role_of(word) == role


def test_town_table_with_offices_as_its_lead_column():
    """A street office's table: 责任办室 beside 配合单位 is the lead column."""
    p = parse_html("""<table><tr><td>序号</td><td>工作内容</td><td>责任办室</td><td>配合单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td>建成社区养老服务站2个</td><td>社会事务办</td><td>各社区</td><td>2022年9月</td></tr>
      <tr><td>2</td><td>整治背街小巷15条</td><td>城市管理办</td><td></td><td>2022年11月</td></tr></table>""")
    assert [(m.lead_cells, m.support_cells) for m in p.measures] == [
        (("社会事务办",), ("各社区",)), (("城市管理办",), ())]
