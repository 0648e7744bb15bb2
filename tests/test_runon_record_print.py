"""A notice run into one line: the record's printing line and a letter dated under its 附件 line (runon)."""
from extractor.parse.runon import split_run_on

SEALED = ("某府发〔2009〕8号某市某区人民政府关于加快推进重点项目的通知各街道办事处，区政府有关部门：现将有关事项通知如下。"
          "请认真抓好落实。附件：某区2009年重点项目情况表二○○九年三月五日主题词：项目通知抄送：区委办，区人大办。"
          "某市某区人民政府办公室2009年3月5日印（共印30份）")


def test_a_date_after_the_attachment_line_is_the_sealed_letters_date():
    lines = split_run_on(SEALED)
    assert "附件：某区2009年重点项目情况表" in lines
    assert "二○○九年三月五日" in lines


def test_the_printing_offices_date_signs_nothing():
    lines = split_run_on(SEALED)
    assert "某市某区人民政府办公室" not in lines   # the record's 印 line: the office printed it
    assert not any(line.startswith("2009年3月5日") for line in lines)


def test_a_printing_line_with_yinfa_signs_nothing_either():
    text = SEALED.replace("2009年3月5日印（共印30份）", "2009年3月5日印发")
    assert "某市某区人民政府办公室" not in split_run_on(text)


def test_a_signer_before_the_date_still_signs():
    text = ("某府发〔2009〕8号某市某区人民政府关于加快推进重点项目的通知各街道办事处，区政府有关部门：请认真抓好落实。"
            "某市某区人民政府2009年3月5日（此件公开发布）")
    lines = split_run_on(text)
    assert "某市某区人民政府" in lines and "2009年3月5日" in lines
