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
