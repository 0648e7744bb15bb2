"""A list's own title line, with no 附件N mark over it (``2024年民生实事项目清单`` /
``…任务分工表`` / ``…工作台账`` alone on its line), starts a new part of the notice as the mark does
(docs/parsing.md, "Parts of a notice"): the second list's items take no heading of the first.
Only a title-like line: short, no clause marks, ending in a list noun (``[metadata] list_title_ends``)."""
import pytest

from test_outline import parsed

LETTER = ["现将有关任务分工印发给你们，请认真贯彻落实。", "某县人民政府办公室", "2024年3月1日"]


def _item(no, text, unit, shape):
    return [f"{no}.{text}", f"牵头单位：{unit}"] if shape == "labelled" else [f"{no}.{text}（牵头单位：{unit}）"]


def _first_list(shape):
    return ["2024年县政府重点工作任务分工", "一、稳定经济增长", *_item(1, "新增市场主体五千户。", "县市场监管局", shape),
            "二、保障改善民生", *_item(2, "新增城镇就业三千人。", "县人社局", shape)]


def _rows(result):
    return [(m.section.label if m.section else None, m.measure_no, m.text, m.lead_cells) for m in result.measures]


@pytest.mark.parametrize("title", ["2024年县政府民生实事任务分工表", "2024年民生实事项目清单",
                                   "县政府十件实事工作台账", "2024年民生实事项目清单（第一批）"])
@pytest.mark.parametrize("shape", ["labelled", "bracket"])
@pytest.mark.parametrize("first", [1, 3])
def test_a_list_title_without_an_attachment_mark_closes_the_sections_before_it(title, shape, first):
    result = parsed(LETTER + _first_list(shape) + [title, *_item(first, "改造老旧小区12个。", "县住建局", shape),
                                                   *_item(first + 1, "新建公办幼儿园2所。", "县教育局", shape)])
    assert _rows(result) == [("一、", 1, "新增市场主体五千户。", ("县市场监管局",)),
                             ("二、", 2, "新增城镇就业三千人。", ("县人社局",)),
                             (None, first, "改造老旧小区12个。", ("县住建局",)),
                             (None, first + 1, "新建公办幼儿园2所。", ("县教育局",))]


@pytest.mark.parametrize("line", [
    "按照权责清单，逐项明确责任",        # clause marks: a sentence, not a title
    "各乡镇据此建立问题任务和责任三张清单并按月报送县政府督查室备案存档以便跟踪问效的工作清单",   # too long for a title
    "（附清单）",                        # a bracket note
])
def test_a_paragraph_that_merely_ends_in_a_list_noun_closes_nothing(line):
    result = parsed(LETTER + _first_list("labelled") + [line, *_item(3, "改造老旧小区12个。", "县住建局", "labelled")])
    assert [r[0] for r in _rows(result)] == ["一、", "二、", "二、"]
