"""A heading numbered in Chinese numerals that closes with its units' bracket, over items numbered in digits that
print no units of their own (``（一）…。（法制司牵头，有关单位负责）`` / ``1.…`` / ``2.…``): the items are the list's tasks,
each taking the heading's lead and support, and the heading is their section (fromheadings.give_section_units,
``_digit_items_under``; holdout headbracket-jiaotongbu-2015-388, batch 103).  Before, one such heading ending like a
sentence stayed a measure and its items were its text.  A measure numbered in digits over its steps （1）（2） keeps
its units and its steps (the case ``_titles`` guards)."""
from extractor.engine.extract import extract

HEADED = "\n".join([
    "2015年某部政府信息公开工作要点",
    "一、推进重点领域信息公开",
    "（一）深化行政权力运行信息公开。（法制司牵头，有关单位负责）",
    "1.建立行政权力清单，公开职权依据和运行流程。",
    "2.建立审批事项动态调整机制，及时更新公开目录。",
])

STEPPED = "\n".join([
    "某县2023年重点工作",
    "1.加强古城风貌管控。",
    "牵头单位：县住建局",
    "（1）修缮传统民居18处；",
    "（2）拆除违规牌匾200块。",
])


def test_items_in_digits_under_a_bracketed_heading_in_chinese_numerals_are_its_tasks():
    notice = extract(HEADED.encode("utf-8"))
    assert [(m.measure_no, m.section_no, m.text) for m in notice.measures] == [
        (1, 1, "建立行政权力清单，公开职权依据和运行流程。"), (2, 1, "建立审批事项动态调整机制，及时更新公开目录。")]
    assert [[a.name for a in m.lead] for m in notice.measures] == [["法制司"], ["法制司"]]
    assert [[a.name for a in m.support] for m in notice.measures] == [["有关单位"], ["有关单位"]]
    assert [(s.label, s.title) for s in notice.sections] == [("（一）", "深化行政权力运行信息公开。")]


def test_a_measure_in_digits_over_its_steps_keeps_them_as_its_text():
    notice = extract(STEPPED.encode("utf-8"))
    assert [(m.measure_no, m.text) for m in notice.measures] == [
        (1, "加强古城风貌管控。（1）修缮传统民居18处；（2）拆除违规牌匾200块。")]
    assert [[a.name for a in m.lead] for m in notice.measures] == [["县住建局"]]
