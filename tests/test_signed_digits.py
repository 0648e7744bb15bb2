"""A signature date that lost its 年/月/日 and reads two ways is no date but closes the letter
(layout/issuer.undated_signature_end; holdout firstunit-xiamen-2019-10, batch 43)."""

import pytest

from extractor import extract
from extractor.layout.letterlines import opens_letter_line

LETTER = ("某市人民政府办公厅关于印发某市若干措施的通知\n"
          "某府办〔2019〕10号\n"
          "各区人民政府，市直各单位：\n"
          "《某市若干措施》已经市政府同意，现印发给你们，请认真组织实施。\n"
          "某市人民政府办公厅\n"
          "{date}\n"
          "某市聚焦企业关切进一步落实\n"
          "优化营商环境政策的若干措施\n"
          "为增强企业发展信心，现提出以下具体措施。\n"
          "一、营造公平竞争的市场环境\n"
          "（一）清理招投标中的不合理条件。\n"
          "责任单位：市建设局\n"
          "时限要求：持续推进\n"
          "（二）加大信贷投放。\n"
          "责任单位：市财政局\n"
          "时限要求：持续推进\n")


def test_a_dated_letter_reads_as_before():
    notice = extract(LETTER.format(date="2019年1月16日").encode("utf-8"))
    assert notice.date == "2019-01-16"
    assert notice.table_title == "某市聚焦企业关切进一步落实优化营商环境政策的若干措施"


#: a copy wrapped at 20 characters whose letter's last line fills the width with its full stop: the signing
#: body's line under it is no rest of it (blindsynth seed 9992, session 51)
WRAPPED = ("关于印发某市民生实事任务分解表的通知\n"
           "某府办发〔2019〕89号\n"
           "各县市区人民政府，市直各有关单位：\n"
           "《某市民生实事任务分解表》已经市政府同意\n"
           "，现印发给你们，请认真贯彻落实。各牵头单\n"
           "位要于每季度末将工作进展情况报市督查室。\n"
           "某市人民政府办公室\n"
           "{date}\n"
           "某市民生实事任务分解表\n"
           "一、保障和改善民生\n"
           "（1）推进科技创新平台建设，新增省级以上\n"
           "研发平台60家。\n"
           "责任单位：市科技局、市财政局。\n"
           "（2）完善养老服务体系，新建社区养老服务\n"
           "中心27个。\n"
           "牵头单位：市民政局，配合单位：市财政局。\n")


@pytest.mark.parametrize("letter, digits, issuer, title", [
    (LETTER, "2019116", "某市人民政府办公厅", "某市聚焦企业关切进一步落实优化营商环境政策的若干措施"),
    # a wrapped letter keeps its signer over digits reading two ways
    (WRAPPED, "2019119", "某市人民政府办公室", "某市民生实事任务分解表"),
], ids=["letter", "wrapped"])
def test_digits_reading_two_ways_close_the_letter_and_date_nothing(letter, digits, issuer, title):
    notice = extract(letter.format(date=digits).encode("utf-8"))
    assert notice.date is None
    assert notice.issuer == issuer
    assert notice.table_title == title
    assert [m.measure_no for m in notice.measures] == [1, 2]


def test_the_signer_over_digits_is_a_letter_line_of_its_own():
    above = "位要于每季度末将工作进展情况报市督查室。"
    assert opens_letter_line("某市人民政府办公室", above, "2019119")
    assert opens_letter_line("某市人民政府办公室", above, "2019年1月19日")
    assert not opens_letter_line("某市人民政府办公室", above, "60")
