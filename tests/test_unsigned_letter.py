"""A gazette's letter prints its number and date on one line under the title and no signature at its foot:
the plan it sends is headed by the line after the letter's last paragraph (past an 附件 label), as after a
signature, when that line names a plan (tabletitle.unsigned_letter_end; tests/fixtures/README.md: the
table title is the attached list's own heading).  An item or a label line there heads nothing."""
import pytest

from extractor.engine.extract import extract
from extractor.layout.tabletitle import unsigned_letter_end

LETTER = """某市人民政府办公室关于印发某市2021年重点工作任务分工的通知
某政办发〔2021〕9号　二〇二一年三月九日
各县市区人民政府，市直各有关单位：
　　《某市2021年重点工作任务分工》已经市政府同意，现印发给你们，请认真贯彻落实。
{attach}{heading}
1. 新增城镇就业3500人。
牵头单位：市人社局
2. 建成退役军人服务站3个。
牵头单位：市退役军人事务局
分管领导：王明
"""


@pytest.mark.parametrize("attach", ["", "附件：某市2021年重点工作任务分工\n"])
def test_the_heading_after_an_unsigned_letter_is_the_table_title(attach):
    notice = extract(LETTER.format(attach=attach, heading="某市2021年重点工作任务分工").encode("utf-8"))
    assert notice.date == "2021-03-09"
    assert notice.table_title == "某市2021年重点工作任务分工"
    assert len(notice.measures) == 2


def test_no_heading_after_the_letter_gives_no_title_from_the_items():
    notice = extract(LETTER.format(attach="", heading="").encode("utf-8"))
    assert notice.table_title is None
    assert len(notice.measures) == 2


def test_the_letter_ends_at_its_last_paragraph():
    head = ["某通知", "", "各单位：", "第一段。", "", "第二段。", "附件：某方案", "某方案", "1. 甲。"]
    assert unsigned_letter_end(head, 2) == 5
    assert unsigned_letter_end(head, None) is None
    assert unsigned_letter_end(["各单位：", "某方案"], 0) is None


def test_a_closing_formula_is_the_letters():
    head = ["某通知", "各单位：", "第一段。", "特此通知", "某市2021年重点工作任务分工", "1. 甲。"]
    assert unsigned_letter_end(head, 1) == 3
    assert unsigned_letter_end(["各单位：", "特此通知", "某方案"], 0) is None   # a closing with no paragraph: none


WRAPPED = """某市人民政府办公室关于印发某市2025年民生实事项目任务分解表的通知
某政办字〔2025〕6号　二〇二五年三月六日
各县（市、区）人民政府，市政府各部门、各直属机构：
《某市2025年民生实事项目任务分解表》已经市政府同意，现印发给
你们，请认真贯彻落实。各牵头单位要于每季度末将工作进展情况报市政府
督查室。
{heading}
一、某市市场监督管理局
1．推进城乡污水管网建设，新建管网45公里。
2．落实减税降费政策，全年为市场主体减负46亿元以上。
"""


#: the same letter in traditional characters, as a mirror prints it
WRAPPED_TRADITIONAL = """某市人民政府辦公室關於印發某市2025年民生實事項目任務分解表的通知
某政辦字〔2025〕6號　二〇二五年三月六日
各縣（市、區）人民政府，市政府各部門、各直屬機構：
《某市2025年民生實事項目任務分解表》已經市政府同意，現印發給
你們，請認真貫徹落實。各牽頭單位要於每季度末將工作進展情況報市政府
督查室。
{heading}
一、某市市場監督管理局
1．推進城鄉污水管網建設，新建管網45公里。
2．落實減稅降費政策，全年為市場主體減負46億元以上。
"""


@pytest.mark.parametrize("blank", ["", "\n"], ids=["close", "blank-lines"])
@pytest.mark.parametrize("letter, want", [(WRAPPED, "某市2025年民生实事项目任务分解表"),
                                          (WRAPPED_TRADITIONAL, "某市2025年民生實事項目任務分解表")])
def test_a_hard_wrapped_letter_paragraph_ends_at_its_full_stop(blank, letter, want):
    """A copy hard-wrapped at a fixed width cuts the letter's paragraph before its full stop (现印发给 /
    你们，…报市政府 / 督查室。): the pieces holding a clause's mark run on to the sentence's end, so the
    heading after it is the table title (blindsynth bs8278, wrapped at 33 characters, its lines apart
    by blank lines, in traditional characters)."""
    notice = extract(letter.format(heading=want).replace("\n", "\n" + blank).encode("utf-8"), name="n.txt")
    assert notice.table_title == want
    assert len(notice.measures) == 2


def test_a_piece_with_no_full_stop_after_it_ends_nothing():
    """The pieces count only up to the sentence they end: a line with a clause's mark that no line
    ending in 。 follows is not the letter's, and a heading holds no such mark."""
    head = ["各单位：", "第一段，现印发给", "你们，请认真落实。", "某市2025年民生实事项目任务分解表", "一、某局"]
    assert unsigned_letter_end(head, 0) == 2
    assert unsigned_letter_end(["各单位：", "第一段，现印发给", "某市2025年民生实事项目任务分解表"], 0) is None
    assert unsigned_letter_end(["各单位：", "第一段。", "某方案（第一批，共10项）", "1. 甲。"], 0) == 1


RUN_IN = """某市人民政府办公室关于印发某市2025年政府工作报告重点工作任务分解表的通知
某政办发〔2025〕42号　二〇二五年一月十七日
各县市区人民政府，市直各有关单位：《某市2025年政府工作报告重点工作任务分解表》已经市政府同意，现印发给你们，请认真贯彻落实。
附件：某市2025年政府工作报告重点工作任务分解表
某市2025年政府工作报告重点工作任务分解表
1. 新增城镇就业3500人。（牵头单位：市人社局）
2. 建成退役军人服务站3个。（牵头单位：市退役军人事务局）
"""


def test_a_letter_run_into_its_recipients_line_ends_at_its_sentence():
    """The recipients line whose colon runs on into the letter's first sentence (recipients.run_in_recipients) is
    that paragraph's first piece: the letter ends there, and the plan's heading after its 附件 line is the
    table title (blindsynth cause 3 of session 54: before, the letter ended nowhere and the title was lost)."""
    head = ["某通知", "各单位，各部门：《某方案》已经市政府同意，现印发给你们。", "附件：某方案", "某方案", "1. 甲。"]
    assert unsigned_letter_end(head, 1) == 1
    assert unsigned_letter_end(["某通知", "各单位，各部门：《某方案》已经市政府同意，", "现印发给你们。", "某方案"], 1) == 2
    assert unsigned_letter_end(["各单位，各部门：", "附件：某方案", "某方案"], 0) is None   # its own line: as before
    notice = extract(RUN_IN.encode("utf-8"))
    assert notice.recipients == ("各县市区人民政府", "市直各有关单位")
    assert notice.table_title == "某市2025年政府工作报告重点工作任务分解表"
    assert len(notice.measures) == 2


ANNEXED = """关于印发某区2020年重点工作任务分解表的通知
各街道办事处，区政府各部门：
《某区2020年重点工作任务分解表》已经区政府同意，现印发给你们，请认真贯彻落实。
附件：{first}某区2020年重点工作任务分解表
2{dot}某区2020年为民办实事项目清单
3{dot}某区2020年十件民生实事任务一览表
（此件主动公开）
附件
某区2020年重点工作任务分解表
1. 新增城镇就业3500人。
牵头单位：区人社局
2. 建成退役军人服务站3个。
牵头单位：区退役军人事务局
"""


@pytest.mark.parametrize("dot", [".", "、", "．"])
def test_a_numbered_list_of_attachments_under_an_unsigned_letter_heads_no_table(dot):
    """The letter's numbered list of attachments (附件：1.… / 2.… / 3.…) under a letter no signature closes: its first
    entry names one attachment, as the later ones do, and the heading over the list names it (titlelines.
    in_attachment_list; holdout attlist-xingqing-2018-2, blindsynth stream 28's cause 3).  Before: ``1.某区…分解表``."""
    notice = extract(ANNEXED.format(first="1" + dot, dot=dot).encode("utf-8"))
    assert notice.table_title == "某区2020年重点工作任务分解表"
    assert len(notice.measures) == 2


def test_an_attachment_line_naming_one_attachment_still_heads_the_table():
    text = ANNEXED.replace("2.某区2020年为民办实事项目清单\n3.某区2020年十件民生实事任务一览表\n", "")
    text = text.replace("附件\n某区2020年重点工作任务分解表\n", "")
    notice = extract(text.format(first="", dot=".").encode("utf-8"))
    assert notice.table_title == "某区2020年重点工作任务分解表"


def test_a_first_piece_cut_inside_a_word_over_a_piece_that_runs_on():
    """A hard-wrapped paragraph's first piece holding no clause mark, past the wrap's width (a mirror lengthened a
    word after the wrap: blindsynth bs4801), is the letter's still when the next line runs on
    (tabletitle._cut_over_piece); a plan's heading there, ending in its kind, is not."""
    head = ["各市人民政府，省政府各部門：", "", "《湖南省2024年最佳化營商環境重點任務責任分工表》已經省政府同", "",
            "意，現印發給你們，請認真貫徹落實。各牽頭單位要于每季度末將工作", "", "進展情況報省政府督查室。", "", "附件", "",
            "湖南省2024年最佳化營商環境重點任務責任分工表"]
    assert unsigned_letter_end(head, 0) == 6
    heading = ["各市人民政府：", "某省2024年重點任務責任分工表", "意，現印發給你們，請認真貫徹落實。"]
    assert unsigned_letter_end(heading, 0) is None   # a heading ending in its kind ends the letter nowhere
