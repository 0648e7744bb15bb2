"""A mirror that re-encoded a notice into a charset without the ideographic space prints each
indented line's indent as question marks (``??1.…``, or full-width ``？？``): every character the
charset lacked became one.  Left in, they stood before every item number and heading, before the
signature date and the plan's title, so nothing opening a line was read.  The text layer takes
such a run at a line's start for the lost indent it was (``lostindents.restore_lost_indents``)
when many lines show it, and never touches a question mark anywhere else."""
import pytest

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.parse.forms import parse_body
from extractor.parse.lostindents import LOST_INDENT_MIN_LINES, cut_at_lost_indents, has_lost_indents, \
    restore_lost_indents
from extractor.source.decode import decode_bytes

from conftest import make_raw
from wrapkit import wrap_text


def located(text: str, path: str = "n.txt"):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path=path)))


#: a prefecture's plan as a forum mirror reposts it: its two-character indents came out as ??
MIRROR = """厦门市人民政府办公厅关于印发2024年厦门市营商环境重点任务清单的通知
厦府办〔2024〕17号
各区人民政府，市直各委、办、局，各有关单位：
??《2024年厦门市营商环境重点任务清单》已经市政府研究同意，现印发给你们，请认真组织实施。
??厦门市人民政府办公厅
??2024年4月8日
??2024年厦门市营商环境重点任务清单
??一、提升政务服务效能
??1.推行企业开办全程网办，开办时间压缩至1个工作日以内。（责任单位：市市场监管局、各区人民政府）
??2.扩大“一件事一次办”覆盖面，新增集成服务事项20项。（责任单位：市行政审批局、市数据管理局）
??二、优化要素保障
??3.建立重点项目用地会商机制，按月调度用地报批进度。（责任单位：市自然资源和规划局）
??4.完善中小企业融资增信服务，年内新增首贷户800户。（责任单位：市财政局、市金融监管局）
??各责任单位要于每季度末将工作进展报市政府办公厅。
"""

ITEMS = [(1, 1, "推行企业开办全程网办，开办时间压缩至1个工作日以内。"),
         (2, 1, "扩大“一件事一次办”覆盖面，新增集成服务事项20项。"),
         (3, 2, "建立重点项目用地会商机制，按月调度用地报批进度。"),
         (4, 2, "完善中小企业融资增信服务，年内新增首贷户800户。")]


def _items(text: str, path: str = "n.txt"):
    return [(m.measure_no, m.section and m.section.no, m.text) for m in parse_body(located(text, path)).measures]


@pytest.mark.parametrize("mark", ["??", "？？", "?", "????"])
def test_question_marks_where_the_indent_stood_are_read_as_the_indent(mark):
    text = MIRROR.replace("??", mark)
    assert _items(text) == ITEMS
    meta = parse_metadata(located(text))
    assert (meta.issuer, meta.date) == ("厦门市人民政府办公厅", "2024-04-08")
    units = [m.lead_cells for m in parse_body(located(text)).measures]
    assert units[0] == ("市市场监管局、各区人民政府",)


def test_the_mirror_reads_as_its_undamaged_copy():
    """The same notice with its indents as printed gives the same rows and metadata."""
    clean = MIRROR.replace("??", "\u3000\u3000")
    assert parse_body(located(MIRROR)).measures == parse_body(located(clean)).measures
    assert parse_metadata(located(MIRROR)) == parse_metadata(located(clean))


def test_a_mirror_saved_as_text_at_a_column_width_gives_every_item():
    """Wrapped at 72 columns the ?? were the only sign of where a paragraph opens: read as
    text, item 2's lines ran on into item 1's and it was lost."""
    assert _items(wrap_text(MIRROR, 72)) == ITEMS


def test_a_page_whose_paragraphs_open_with_question_marks():
    page = "<html><body><div>" + "".join(f"<p>{ln}</p>" for ln in MIRROR.split("\n") if ln) + "</div></body></html>"
    assert _items(page, "n.html") == ITEMS


def test_question_marks_that_end_sentences_are_left_alone():
    lines = ["何时办结?", "  ??", "1.能否网上办理？可以。", "可以?可以??", "??"]
    assert restore_lost_indents(lines * 3) == lines * 3


def test_a_few_lines_opening_with_question_marks_are_no_damage():
    """Below ``LOST_INDENT_MIN_LINES`` lines the marks may be the notice's own."""
    lines = ["??1.第一项", "说明", *["正文"] * 5]
    few = lines[:1] * (LOST_INDENT_MIN_LINES - 1) + lines[1:]
    assert restore_lost_indents(few) == few
    many = lines[:1] * LOST_INDENT_MIN_LINES + lines[1:]
    assert restore_lost_indents(many)[:LOST_INDENT_MIN_LINES] == ["  1.第一项"] * LOST_INDENT_MIN_LINES


def test_the_indent_keeps_the_width_the_marks_took():
    """One space for each ASCII mark, an ideographic space for each full-width one, so a wrap
    measured in columns is measured as before."""
    lines = ["??甲", "？？乙", " ??丙"]
    assert restore_lost_indents(lines) == ["  甲", "\u3000\u3000乙", "   丙"]


@pytest.mark.parametrize("mark", ["??", "？？"])
def test_a_mirror_that_also_lost_its_line_breaks(mark):
    """Run into one line, the indents stand where the lines started (…组织实施。??厦门市…??一、…)
    and each piece the numbering cut ended with them, so no item's bracket closed its line."""
    one_line = "".join(ln.strip() for ln in MIRROR.replace("??", mark).split("\n")) + "\n"
    assert _items(one_line) == ITEMS


def test_inside_a_line_marks_are_cut_only_in_a_copy_run_into_one_line_that_shows_them_often():
    """Lines of ordinary length keep their marks; a line that lost its breaks is cut at runs of
    two marks or more when ``LOST_INDENT_MIN_LINES`` of them stand in it, and a single mark, a
    sentence's end, stays."""
    short = ["问：何时开通??答：四月。", "问：在哪办??答：大厅。", "问：收费吗??答：免费。"]
    assert restore_lost_indents(short) == short
    long_line = "一、总体要求??1.第一项工作要在年内完成。" + "甲" * 60 + "??2.第二项?" + "乙" * 60 + "??3.第三项。"
    assert has_lost_indents(long_line)
    assert cut_at_lost_indents([long_line]) == ["一、总体要求", "1.第一项工作要在年内完成。" + "甲" * 60,
                                                "2.第二项?" + "乙" * 60, "3.第三项。"]
    assert not has_lost_indents(long_line.replace("??", "?"))
    assert not has_lost_indents(long_line.replace("??", "", 1))
