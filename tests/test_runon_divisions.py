"""A rules text run into one line (第一章  总则第一条  为…。第二章  政务服务第二条  推行…): its chapters and articles are
labels the line-break repair cuts before, each 第X label followed by the space a rules text prints after it, in a
run going on one by one (breakrepair._division_joints, xfail73: holdout articlewrap-chaling's one-line copy, where
no row was read).  A sentence citing articles prints no space after the label and is not cut."""
from extractor.engine.extract import extract
from extractor.parse.breakrepair import repair_breaks

RULES = ("某县2022年优化营商环境任务分工细则第一章  总则第一条  为抓好各项任务的落实，制定本细则。第二章  政务服务"
         "第二条  推行企业开办全程网上办理。（牵头单位：县市场监管局；配合单位：县税务局）"
         "第三条  深化工程建设项目审批制度改革。（牵头单位：县住建局；配合单位：县发改局）"
         "第三章  附则第四条  本细则自印发之日起施行。")


def test_chapters_and_articles_run_on_are_cut_before_their_labels():
    assert repair_breaks(RULES, lost_breaks=True) == [
        "某县2022年优化营商环境任务分工细则", "第一章  总则", "第一条  为抓好各项任务的落实，制定本细则。", "第二章  政务服务",
        "第二条  推行企业开办全程网上办理。（牵头单位：县市场监管局；配合单位：县税务局）",
        "第三条  深化工程建设项目审批制度改革。（牵头单位：县住建局；配合单位：县发改局）", "第三章  附则",
        "第四条  本细则自印发之日起施行。"]


def test_the_articles_read_as_with_their_breaks():
    def rows(text):
        return [(m.measure_no, m.section_no, m.text, [r.name for r in m.lead], [r.name for r in m.support])
                for m in extract(text.encode("utf-8")).measures]
    with_breaks = "\n".join(repair_breaks(RULES, lost_breaks=True))
    assert rows(RULES) == rows(with_breaks)
    assert [(no, lead) for no, _s, _t, lead, _sup in rows(RULES)] == [(2, ["县市场监管局"]), (3, ["县住建局"])]


def test_articles_cited_in_a_sentence_are_no_labels():
    line = ("一、依照条例第十九条、第二十条和第二十一条的规定，做好政府信息公开工作。（牵头单位：县政府办）"
            "二、落实第三条第四条的要求，完善制度。（牵头单位：县司法局）")
    assert repair_breaks(line, lost_breaks=True) == [
        "一、依照条例第十九条、第二十条和第二十一条的规定，做好政府信息公开工作。（牵头单位：县政府办）",
        "二、落实第三条第四条的要求，完善制度。（牵头单位：县司法局）"]
