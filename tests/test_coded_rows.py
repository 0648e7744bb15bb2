"""Rows coded by an assessment system's indices, printed a cell a line (parse/coderows.py; tests/fixtures/README.md
"Rows coded by an assessment system's indices"), and a mirror's character references escaped twice
(layout/noise.unescape_twice)."""
import pytest

from extractor import extract
from extractor.layout.noise import unescape_twice
from extractor.models import Located
from extractor.parse.coderows import parse_coded_rows

LETTER = "关于做好测评材料收集工作的通知\n各成员单位：\n现将材料收集任务分解如下。\n测评内容分类编号\n"
ROWS = """Ⅰ—1重点工作
Ⅱ—1理论学习
Ⅲ—1学习制度
Ⅲ-1-①制定年度学习计划；
提供学习计划文本。
县委宣传部、县委组织部、各乡镇
Ⅲ-1-②建立学习考核办法。
提供考核办法。
县委组织部
Ⅲ—2干部培训
Ⅲ-2-①开展干部轮训。
提供培训名单。
县委党校、各乡镇
"""


def _rows(text):
    notice = extract(text.encode("utf-8"))
    return notice, [(m.section_no, m.measure_no, m.text, [a.name for a in m.lead], m.form) for m in notice.measures]


def test_each_coded_item_is_a_measure_under_its_deepest_index():
    notice, rows = _rows(LETTER + ROWS)
    assert rows == [
        (1, 1, "制定年度学习计划；", ["县委宣传部", "县委组织部", "各乡镇"], "text-bl"),
        (1, 2, "建立学习考核办法。", ["县委组织部"], "text-bl"),
        (2, 1, "开展干部轮训。", ["县委党校", "各乡镇"], "text-bl"),
    ]
    # the outer indices (Ⅰ, Ⅱ) are no sections; the deepest's label is the code as printed
    assert [(s.no, s.label, s.title) for s in notice.sections] == [(1, "Ⅲ—1", "学习制度"), (2, "Ⅲ—2", "干部培训")]


def test_the_material_is_kept_beside_the_measure_not_in_its_text():
    notice, _ = _rows(LETTER + ROWS)
    assert [m.extra.get("备注") for m in notice.measures] == ["提供学习计划文本。", "提供考核办法。", "提供培训名单。"]


def test_codes_printed_with_other_dashes_and_digits_read_alike():
    rows = ROWS.replace("Ⅲ-1-①", "Ⅲ－1－1").replace("Ⅲ-1-②", "Ⅲ–1–2").replace("Ⅲ-2-①", "Ⅲ—2—1")
    assert [r[:2] for r in _rows(LETTER + rows)[1]] == [(1, 1), (1, 2), (2, 1)]


def test_a_row_naming_no_unit_is_no_measure():
    rows = ROWS.replace("县委组织部\nⅢ—2", "待定\nⅢ—2")
    assert [r[:2] for r in _rows(LETTER + rows)[1]] == [(1, 1), (2, 1)]


def _coded(text):
    return parse_coded_rows(Located(decoded=None, lines=tuple(text.split("\n"))))


def test_one_code_quoted_in_prose_is_no_list():
    assert _coded(LETTER + "Ⅲ-1-①制定年度学习计划；\n提供学习计划文本。\n县委宣传部\n") is None
    assert len(_coded(LETTER + ROWS).measures) == 3    # the same reader on the whole list


@pytest.mark.parametrize("text,html,read", [
    ("&amp;#8546;-1-&amp;#9312;", True, "Ⅲ-1-①"),
    ("&amp;#x2162;—1", True, "Ⅲ—1"),
    ("&amp;#８５４６;", True, "Ⅲ"),             # digits printed full-width
    ("&amp;#60;b&amp;#62;", True, "&#60;b&#62;"),   # the markup's own characters stay references for the parser
    ("&#8546;-1-&#9312;", False, "Ⅲ-1-①"),
    ("&#x2162;&#8212;1", False, "Ⅲ—1"),
    # a named reference, a control character's and a source's single escape stay as printed
    ("A&amp;nbsp;B &amp;#1; &#8546;", True, "A&amp;nbsp;B &amp;#1; &#8546;"),
    ("&#1;&amp;#8546;", False, "&#1;&amp;#8546;"),
    ("市发改委、市财政局", False, "市发改委、市财政局"),
])
def test_references_escaped_twice_are_read_back(text, html, read):
    assert unescape_twice(text, html) == read


def test_a_page_escaped_twice_reads_as_written():
    page = ("<html><body><p>" + LETTER.replace("\n", "<br>") + ROWS.replace("Ⅲ", "&amp;#8546;").replace("①", "&amp;#9312;")
            .replace("\n", "<br>") + "</p></body></html>")
    notice, rows = _rows(page)
    assert [r[:3] for r in rows] == [(1, 1, "制定年度学习计划；"), (1, 2, "建立学习考核办法。"), (2, 1, "开展干部轮训。")]
    assert notice.sections[0].label == "Ⅲ—1"
