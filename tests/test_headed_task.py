"""A numbered heading over one task (tests/fixtures/README.md, session 56): a heading printing no sentence over ONE
task paragraph and its label lines is a section holding that task, the paragraph its text and the heading's number
its number (outlineheads.headed_tasks, lostnumbers.cut_headed_tasks)."""
from extractor.engine.extract import extract


def _rows(page: str):
    notice = extract(page.encode("utf-8"))
    return ([(s.no, s.label, s.title) for s in notice.sections],
            [(m.measure_no, m.section_no, m.text, [r.name for r in m.lead]) for m in notice.measures])


def test_a_page_of_one_headed_task_keeps_the_heading_number():
    sections, measures = _rows("（七）抓好农民技能培训\n"
                               "围绕秋冬农业开发，组织技术培训三十期，培训农民两千人次。\n"
                               "责任单位：县农业局、各乡镇人民政府。\n"
                               "（八）强化服务\n"
                               "1、涉农部门要细化计划任务。\n")
    assert sections == [(7, "（七）", "抓好农民技能培训")]
    assert measures == [(7, 7, "围绕秋冬农业开发，组织技术培训三十期，培训农民两千人次。", ["县农业局", "各乡镇人民政府"])]


def test_headings_over_one_task_each_are_sections():
    sections, measures = _rows("（一）推进农田改造\n"
                               "完成旱地改造八千亩，推广秸秆还田。\n"
                               "牵头单位：县农业局\n"
                               "配合单位：县财政局\n"
                               "（二）抓好技能培训\n"
                               "举办现场培训会三十五期。\n"
                               "牵头单位：县人社局\n")
    assert sections == [(1, "（一）", "推进农田改造"), (2, "（二）", "抓好技能培训")]
    assert [m[:3] for m in measures] == [(1, 1, "完成旱地改造八千亩，推广秸秆还田。"), (2, 2, "举办现场培训会三十五期。")]


def test_a_heading_closing_its_sentence_is_the_item_itself():
    _, measures = _rows("（一）推进农田改造。\n"
                        "完成旱地改造八千亩，推广秸秆还田。\n"
                        "牵头单位：县农业局\n"
                        "（二）抓好技能培训。\n"
                        "举办现场培训会三十五期。\n"
                        "牵头单位：县人社局\n")
    assert [(m[0], m[1]) for m in measures] == [(1, None), (2, None)]
    assert measures[0][2].startswith("推进农田改造。")

