"""An item whose one sentence is its task's name run into its 由 clauses (tests/fixtures/README.md "A subject run
straight into its 由 clause"; holdout glosselide-yuhua, batch 107: a 区's 2006 道路整治方案 on a glossed 新文秘网
mirror): the clauses assign it and its text is the name with the stop (namedfirst._named_alone); a site's paid
elision line and the piece after it up to the next number are no lines of the notice (layout.noise.without_elisions);
由A负责牵头组织实施 is a lead clause (assign.toml [verbs] lead)."""
from extractor.engine.extract import extract
from extractor.layout.noise import without_elisions
from extractor.parse.assign import parse_verbs
from extractor.parse.namedfirst import named_first_sentence


def test_a_name_and_a_comma_before_the_clauses():
    text, found = named_first_sentence("区内主干道甲路、乙路等道路的整治，由区建设局负责牵头组织实施，各相关街道配合。")
    assert text == "区内主干道甲路、乙路等道路的整治。"
    assert (found.lead, found.support) == (("区建设局",), ("各相关街道",))


def test_a_subject_run_straight_into_its_clauses():
    text, found = named_first_sentence("公路绿岛和行道树的养护由区交通局负责，各相关街道配合。")
    assert text == "公路绿岛和行道树的养护。" and found.lead == ("区交通局",) and found.support == ("各相关街道",)
    text, found = named_first_sentence("高架桥道路由市有关单位负责。")
    assert text == "高架桥道路。" and found.lead == ("市有关单位",)


def test_a_sentence_about_the_document_or_of_wording_is_none():
    assert named_first_sentence("本方案由市发展改革委负责解释。") is None
    assert named_first_sentence("此项工作由区财政局负责。") is None
    assert named_first_sentence("资金由市里和区里共同承担一部分。") is None


def test_lead_verbs_around_qiantou():
    found = parse_verbs("由区建设局负责牵头组织实施，各相关街道配合", "prose")
    assert (found.lead, found.support) == (("区建设局",), ("各相关街道",))
    found = parse_verbs("区建设局负责牵头，各相关街道配合", "prose")
    assert found.lead == ("区建设局",)


def test_an_elision_line_and_the_piece_after_it_are_dropped():
    lines = ["1、甲路整治，由区建设局负责，各街道配合。", "……（新文秘网http://x.cn省略252字，正式会员可完整阅读）……",
             "乙路的绿化由区建设局负责，各街道予以配合。", "", "9、丙路的养护由区交通局负责。"]
    assert without_elisions(lines) == ["1、甲路整治，由区建设局负责，各街道配合。", "9、丙路的养护由区交通局负责。"]
    assert without_elisions(["省略号的用法", "1、甲"]) == ["省略号的用法", "1、甲"]


def test_a_list_with_an_elision_reads_its_numbered_items():
    page = ("道路整治方案\n一、目标任务\n1、甲路、乙路等道路的整治，由区建设局负责牵头组织实施，各相关街道配合。\n"
            "……（新文秘网http://x.cn省略252字，正式会员可完整阅读）……\n丙路绿化带由区建设局负责，各相关街道予以配合。\n"
            "9、公路绿岛的养护和整治由区交通局负责，各相关街道配合。\n10、高架桥道路由市有关单位负责。\n二、整治标准\n1、路面平整。\n")
    notice = extract(page.encode("utf-8"))
    assert [(m.measure_no, m.text, [r.name for r in m.lead]) for m in notice.measures] == [
        (1, "甲路、乙路等道路的整治。", ["区建设局"]), (9, "公路绿岛的养护和整治。", ["区交通局"]),
        (10, "高架桥道路。", ["市有关单位"])]
