"""The older forwarding title with no 关于 (某市人民政府办公厅印发某市…任务分工的通知, 天津市人民政府办公厅 2017; 国务院办公厅
印发…的通知) opens a title as 关于 does: on its own line, as the second line of a title block under the issuer's name, and
in a copy that prints it in traditional characters.  A sentence forwarding a plan (现将《…》印发给你们，…) is none.
Blindsynth session 69's yinfa axis (blind69's cause 1: every text copy lost its title); holdout forwardtitle-tianjin,
forwardtitle-lishan.  Invented notices."""
import pytest

from extractor.layout.titlelines import opener_at, opens_forwarding_title, opens_title

from test_metadata import meta_of

ONE_LINE = "\n".join([
    "某市人民政府办公室印发某市2031年重点工作任务分工方案的通知", "某政办发〔2031〕5号",
    "各区人民政府，市政府各部门：", "现将《某市2031年重点工作任务分工方案》印发给你们，请认真贯彻执行。",
    "某市人民政府办公室", "2031年3月1日",
])
TWO_LINES = "\n".join([
    "某政办发〔2031〕5号", "某市人民政府办公室", "印发某市2031年重点工作任务分工方案的通知",
    "各区人民政府，市政府各部门：", "现将《某市2031年重点工作任务分工方案》印发给你们，请认真贯彻执行。",
    "某市人民政府办公室", "2031年3月1日",
])
WHOLE = "某市人民政府办公室印发某市2031年重点工作任务分工方案的通知"


@pytest.mark.parametrize("line,opens", [
    ("某市人民政府办公室印发某市2031年重点工作任务分工方案的通知", True),
    ("印发某市2031年重点工作任务分工方案的通知", True),
    ("国务院办公厅印发某某行动计划的函", True),
    ("现将《某市2031年重点工作任务分工方案》印发给你们，请认真贯彻执行。", False),   # a sentence
    # no letter's kind: a body's name before the verb and a plan's name after it still title the letter (session 72,
    # blindsynth's thirty-fourth stream: 中共某区委办公室某区人民政府办公室印发某区2021年…任务清单)
    ("中共某区委办公室某区人民政府办公室印发某区2031年优化营商环境重点任务清单", True),
    ("中共某区委办公室印发某区2031年重点工作任务分工方案", True),
    # a government body's such line is a news headline as often (holdout runonlead-guangdong, cutunit-guizhou)
    ("某市人民政府办公室印发某市2031年重点工作任务分工方案", False),
    ("某省发改委印发实施《某省2031年大健康产业发展工作要点》", False),
    ("印发某市2031年重点工作任务分工方案", False),                                 # no body's name, no kind
    ("各地相继印发某市2031年重点工作任务分工方案", False),                           # no body's name before it
    ("某市人民政府办公室印发某市2031年重点工作任务", False),                         # no plan's name after it
    ("市政府已印发相关方案，请各单位抓好落实的通知", False),                         # punctuation: a sentence
    ("某市2031年重点工作任务分工方案的通知", False),                                 # no verb
])
def test_a_forwarding_title_opens_a_title(line, opens):
    assert opens_forwarding_title(line) is opens
    assert opens_title(line) is opens


def test_the_opener_is_the_verb_only_where_no_guanyu_stands():
    assert opener_at("某市人民政府办公室印发某市重点工作任务分工方案的通知") == len("某市人民政府办公室")
    assert opener_at("某市人民政府办公室关于印发某市重点工作任务分工方案的通知") == len("某市人民政府办公室")
    assert opener_at("某市重点工作任务分工方案") == -1
    assert opener_at("中共某市委办公室印发某市重点工作任务清单") == len("中共某市委办公室")


def test_a_party_offices_title_with_neither_guanyu_nor_its_kind_is_read():
    text = ONE_LINE.replace("分工方案的通知", "分工方案", 1).replace("某市人民政府办公室印发", "中共某市委办公室印发", 1)
    m = meta_of(text)
    assert m.title == "中共某市委办公室印发某市2031年重点工作任务分工方案"


def test_the_title_on_one_line_is_read_with_its_issuer():
    m = meta_of(ONE_LINE)
    assert (m.title, m.issuer, m.doc_number) == (WHOLE, "某市人民政府办公室", "某政办发〔2031〕5号")


def test_the_issuer_line_over_the_forwarding_line_opens_the_title():
    m = meta_of(TWO_LINES)
    assert (m.title, m.issuer) == (WHOLE, "某市人民政府办公室")


def test_a_traditional_copy_reads_the_title_as_printed():
    text = ONE_LINE.replace("办公室印发", "辦公室印發").replace("重点工作", "重點工作")
    assert meta_of(text).title == WHOLE.replace("办公室印发", "辦公室印發").replace("重点工作", "重點工作")
