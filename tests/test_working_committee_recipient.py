"""A recipients piece that is only a party working committee (工委, 党工委) names no body by itself: it
shares the words before it, as 党委 and 管委 do (vocab.toml [metadata] bare_kinds).  A city's joint
party-and-government letter addresses `各区县委、工委` — each district's and county's party committee and
each zone's working committee, one recipient as `各区县人民政府、管委` is.  Holdout chronicle-rizhao-2014-1
(batch 80): before, the piece 工委 stood alone as a recipient."""
from extractor.layout.recipients import split_recipients


def test_a_bare_working_committee_shares_the_committees_before_it():
    assert split_recipients("各区县委、工委，各区县人民政府、管委，市直各部门单位，有关企业") == (
        "各区县委、工委", "各区县人民政府、管委", "市直各部门单位", "有关企业")
    assert split_recipients("各街道党工委、办事处，区直各单位") == ("各街道党工委、办事处", "区直各单位")
    assert split_recipients("各镇党委、党工委，各镇人民政府") == ("各镇党委、党工委", "各镇人民政府")


def test_a_named_working_committee_stands_alone():
    # a zone's committee printed with its own name is a recipient of its own
    assert split_recipients("各县区人民政府、高新区党工委") == ("各县区人民政府", "高新区党工委")
