"""A forwarding letter's title relays another body's notice (``转发国务院关于…的通知``, ``某市人民政府批转市发改委关于…的通知``):
the name after the relay verb (``[metadata] relay_verbs``) is the forwarded notice's issuer, never the letter's, which is
the name before the verb where one is printed (layout/issuer.issuer_in_title).  Before, ``转发国务院`` was read as the
issuer of 广东's 1999 letter (holdout topicpoints-guangdong-1999-9, batch 131)."""
from extractor.layout.issuer import issuer_in_title
from extractor.text import vocab


def test_a_relayed_body_is_no_issuer():
    assert issuer_in_title("转发国务院关于印发某某规划的通知", vocab()["metadata"]) is None


def test_the_body_before_the_relay_verb_issues():
    voc = vocab()["metadata"]
    assert issuer_in_title("某市人民政府批转市发改委关于某某工作意见的通知", voc) == "某市人民政府"
    assert issuer_in_title("某市人民政府转发省政府关于某某工作的通知", voc) == "某市人民政府"


def test_a_title_with_no_relay_keeps_its_issuer():
    assert issuer_in_title("某市人民政府关于印发某某方案的通知", vocab()["metadata"]) == "某市人民政府"
