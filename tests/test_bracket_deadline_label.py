"""A deadline label inside a verb bracket (西城区's 2022 政务公开工作要点, holdout limitinbracket-xicheng-2022-1,
batch 109): `（A、B负责落实，完成时限：2022年10月）` gives the label's value as the deadline, never the label word."""
from extractor.engine.extract import extract
from extractor.parse.assign import parse_verbs
from extractor.parse.deadlinephrases import labelled_deadline


def test_a_deadline_label_clause_gives_its_value():
    assert labelled_deadline("完成时限：2022年10月") == "2022年10月"
    assert labelled_deadline("完成时间：每月底前") == "每月底前"
    assert labelled_deadline("2022年10月底前") is None          # no label: the clause is read as before
    assert labelled_deadline("牵头单位：市商务局") is None        # a unit label is no deadline


def test_a_verb_bracket_with_a_labelled_deadline():
    found = parse_verbs("区商务局、区科信局负责落实，完成时限：2022年10月")
    assert (list(found.lead), list(found.support), found.deadline) == (["区商务局、区科信局"], [], "2022年10月")
    found = parse_verbs("区发展改革委牵头，各街道配合，完成时间： 2022年底前")
    assert (list(found.lead), list(found.support), found.deadline) == (["区发展改革委"], ["各街道"], "2022年底前")
    assert parse_verbs("市农业局牵头，年底前完成").deadline == "年底前完成"   # an unlabelled deadline as printed


def test_an_item_closing_with_such_a_bracket():
    text = ("某区2022年工作要点\n一、做好信息公开\n1.及时公开工作方案。（区商务局、区科信局负责落实，完成时限：2022年10月）\n"
            "2.重点公开专项行动进展。（区发展改革委负责落实，完成时限：2022年12月）\n")
    rows = extract(text.encode("utf-8"), name="yaodian.txt").measures
    assert [(tuple(u.name for u in m.lead), m.deadline) for m in rows] == [
        (("区商务局", "区科信局"), "2022年10月"), (("区发展改革委",), "2022年12月")]
