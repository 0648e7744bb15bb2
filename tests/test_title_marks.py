"""A title line a rules mirror or a law site prints wrapped whole in 《》 (``《某市人民政府办公厅关于印发〈某市2016年…要点〉的通知》``,
a 《》 of its own turned 〈〉) is the letter's title line, its marks the site's (``titlelines.without_title_marks``;
blindsynth session 75 cause 1, 68 notices of seeds 1-8000: before, the title was null where no heading printed it, or the
heading's title had the whole 《…》 line glued after it, or the plan's name stood for it; in a one-line copy the 》 ran
into the first recipient, in a hard-wrapped copy the whole line did)."""
from extractor import extract
from extractor.layout.letterlines import ends_like_title
from extractor.layout.titlelines import is_title_line, without_title_marks
from extractor.parse.headfields import title_span

TITLE = "某市人民政府办公室关于印发某市2021年〈政府工作报告〉重点任务分工方案的通知"


def test_the_marks_round_a_whole_title_line_are_the_sites():
    assert without_title_marks(f"《{TITLE}》") == TITLE
    assert without_title_marks(f"  《{TITLE}》 ") == TITLE
    assert is_title_line(f"《{TITLE}》")
    assert ends_like_title(f"《{TITLE}》")


def test_other_quoted_lines_keep_their_marks():
    # a plan's name alone in 《》 opens no title: it is no title line
    assert without_title_marks("《某市2021年重点任务分工方案》") == "《某市2021年重点任务分工方案》"
    assert not is_title_line("《某市2021年重点任务分工方案》")
    # a sentence quoting a title, or two names in 《》, or marks round part of the line only
    for line in (f"《{TITLE}》已经市政府同意。", f"现将《{TITLE}》印发给你们", "《关于甲的通知》《关于乙的通知》"):
        assert without_title_marks(line) == line
    assert not is_title_line(f"现将《{TITLE}》印发给你们")


PAGE = """《{title}》
某政办发〔2021〕12号
各县（市、区）人民政府，市政府各部门：
《某市2021年〈政府工作报告〉重点任务分工方案》已经市政府同意，现印发给你们，请认真贯彻落实。
某市人民政府办公室
2021年3月5日
某市2021年《政府工作报告》重点任务分工方案
1．建成5G基站900个。（牵头单位：市工信局；配合单位：市住建局）
2．新增城镇就业1万人。（牵头单位：市人社局）
"""


def test_a_letter_whose_title_line_is_wrapped_in_marks_reads_its_title():
    notice = extract(PAGE.format(title=TITLE).encode("utf-8"))
    assert notice.title == TITLE
    assert notice.recipients == ("各县（市、区）人民政府", "市政府各部门")
    assert notice.doc_number == "某政办发〔2021〕12号"
    assert notice.table_title == "某市2021年《政府工作报告》重点任务分工方案"
    assert [m.measure_no for m in notice.measures] == [1, 2]


def test_the_span_of_a_marked_title_in_a_one_line_copy_takes_its_closing_mark():
    copy = f"某政办发〔2021〕12号《{TITLE}》各县人民政府，市政府各部门：现印发给你们。"
    start, end, after = title_span(copy, ["通知"], [])
    assert copy[end - 1:end + 3] == "》各县人"
    assert copy[after - 1] == "："
    # with no marks the span ends at the title's kind, as before
    plain = f"某政办发〔2021〕12号{TITLE}各县人民政府，市政府各部门：现印发给你们。"
    start, end, after = title_span(plain, ["通知"], [])
    assert plain[end - 2:end] == "通知"


def test_a_one_line_copy_of_a_marked_title_keeps_the_mark_out_of_its_recipients():
    line = PAGE.format(title=TITLE).replace("\n", "")
    notice = extract(line.encode("utf-8"))
    assert notice.title == TITLE
    assert notice.recipients == ("各县（市、区）人民政府", "市政府各部门")
