"""A post printed with its colon between a letter's last sentence and its date (an order a leader signs by post:
``某级总林（草）长：`` over ``2024年10月29日``) signs the letter and names no recipients
(layout/recipients.signing_post; holdout forestorder-dachaidan-2024-3).  A recipients line over the letter's text is
read as before, and so is a colon line right over a date with no text above it."""
from extractor.layout.recipients import read_recipients, recipients_index

ORDER = ["第3号", "为保护草原植被，依据有关法律法规，现就禁牧工作颁令如下。", "某级总林（草）长：", "2024年10月29日",
         "（此件公开发布）", "某某关于全面做好草原禁牧", "工作的令"]


def test_a_post_over_the_date_under_the_text_is_no_recipient():
    at = recipients_index(ORDER)
    assert at == 2               # the line still ends the letter's head
    assert read_recipients(ORDER, at) == ()


def test_a_recipients_line_over_the_text_is_read_as_before():
    head = ["关于做好禁牧工作的通知", "各乡镇人民政府，县直各部门：", "现将方案印发给你们，请认真贯彻执行。",
            "某县人民政府办公室", "2024年10月29日"]
    assert read_recipients(head, recipients_index(head)) == ("各乡镇人民政府", "县直各部门")


def test_a_colon_line_over_a_date_with_no_text_above_is_read_as_before():
    head = ["关于做好禁牧工作的通知", "各乡镇人民政府：", "2024年10月29日"]
    assert read_recipients(head, recipients_index(head)) == ("各乡镇人民政府",)
