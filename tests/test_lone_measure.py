"""A page whose one assigned paragraph is a measure a news lead copied before the notice's own text, the store
cutting the list (tests/fixtures/README.md "A news lead that copies one measure before the notice it reposts";
lostnumbers.lone_own_measure; holdout leadmeasure-heilongjiang-2022-1, batch 122): that paragraph is the page's one
measure, numbered 1, its units its bracket's.  Among other measures such a paragraph stays a note after an item."""
from extractor.engine.extract import extract

COPIED = "严格控制煤炭消费增长，推动煤电机组节能改造。（省发改委、省生态环境厅等按职责分工负责）"


def _rows(page: str):
    notice = extract(page.encode("utf-8"))
    return [(m.measure_no, m.section_no, m.text, [r.name for r in m.lead], [r.name for r in m.support])
            for m in notice.measures]


def test_a_leads_copied_measure_is_the_pages_one_measure():
    page = ("某能源网获悉，3月31日，某省人民政府发布某省节能减排实施方案的通知。方案提出要抓好煤炭清洁利用。\n"
            + COPIED + "\n"
            "《方案》提出，到2025年全省能耗下降14.5%。\n原文如下：\n"
            "某省人民政府关于印发某省节能减排实施方案的通知\n各市人民政府，省政府各直属单位：\n现将方案印发给你们。\n")
    assert _rows(page) == [(1, None, "严格控制煤炭消费增长，推动煤电机组节能改造。", ["省发改委", "省生态环境厅"], [])]


def test_such_a_paragraph_among_numbered_measures_adds_none():
    page = ("某某工作方案\n一、重点任务\n1.推进节能改造。（省工信厅负责）\n2.加强能耗监测。（省统计局负责）\n"
            + COPIED + "\n")
    assert [r[0] for r in _rows(page)] == [1, 2]
