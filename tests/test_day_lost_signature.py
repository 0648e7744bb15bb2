"""A signature date that lost its 日 alone (``2024年3月22``) closes the letter as a whole date does: the letter's
numbered points before it head none of the plan's items after it (blindsynth bs28467; docs/parsing.md, the outline
reader's letter part)."""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.text import is_signature_date

NOTICE = """关于印发青溪区2024年生态环境保护重点任务分工的通知
各街道办事处，区政府各部门：
现将分工印发给你们，请认真贯彻落实。现就有关事项通知如下：
1.明确任务，压实责任。各牵头单位要细化工作举措，确保责任落实。
2.统筹协调，合力攻坚。牵头单位要加强与配合单位的沟通联系。
3.加强督考，狠抓落实。区政府督查室要跟踪督查各项工作进展。
青溪区人民政府办公室
{date}
青溪区2024年生态环境保护重点任务分工
①完成病险水库除险加固。
牵头责任单位：区水利局
主要配合单位：区应急局
完成时限：2024年12月底前
②开展安全生产专项整治。
牵头责任单位：区应急局
主要配合单位：区住建局
完成时限：10月底前
"""


@pytest.mark.parametrize("text", ["2024年3月22", "2024 年 3 月 22", "2023年3月15日"])
def test_a_date_that_lost_its_day_word_is_a_signature_date(text):
    assert is_signature_date(text)


@pytest.mark.parametrize("text", ["2024年13月22", "2024年3月", "2024年3月32", "完成时限：2024年3月22", "2024年3月22前"])
def test_no_signature_date(text):
    assert not is_signature_date(text)


@pytest.mark.parametrize("date", ["2024年3月22日", "2024年3月22"])
def test_the_letters_last_point_heads_no_item_after_the_signature(date):
    notice = extract(NOTICE.format(date=date).encode("utf-8"), name="n.txt")
    assert [m.section_no for m in notice.measures] == [None, None]
    assert notice.date == "2024-03-22"
