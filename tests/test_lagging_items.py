"""A progress report's lagging items (parse/standing.py): under a status heading saying its items are behind
(``（二）进展缓慢的有2项``), an item of the task, its node and its standing gives the task and node as its text and the
node's date as its deadline (tests/fixtures/README.md "A progress report's lagging item: its node and its standing";
holdout slownode-jiaozuo-2013-2: before, the standing stayed in the text and no item had a deadline).  Elsewhere such a
sentence is read as printed."""
import pytest

from extractor.models import DraftMeasure, Section
from extractor.parse.standing import cut_standing

SLOW = Section(2, "（二）", "进展缓慢的有2项")


def _cut(text: str, section: Section | None = SLOW, deadline: str | None = None):
    d = DraftMeasure(section=section, measure_no=1, text=text, lead_cells=("市水利局",), deadline=deadline, form="inline-label")
    out = cut_standing((d,))[0]
    return out.text, out.deadline


@pytest.mark.parametrize("text,want", [
    ("河道防洪整治，3月底完成，目前已整治1.5公里。", ("河道防洪整治，3月底完成。", "3月底")),
    ("引水入河连通工程，3月底开工建设，目前仍在做前期准备，尚未开工。", ("引水入河连通工程，3月底开工建设。", "3月底")),
    ("沿线征地拆迁，3月20日前完成征迁交地，解放区、山阳区土地尚未移交。", ("沿线征地拆迁，3月20日前完成征迁交地。", "3月20日前")),
])
def test_a_lagging_item_keeps_its_task_and_node(text, want):
    assert _cut(text) == want


@pytest.mark.parametrize("section", [Section(1, "（一）", "加快城市水系建设"), None])
def test_the_same_sentence_elsewhere_is_read_as_printed(section):
    text = "河道防洪整治，3月底完成，目前已整治1.5公里。"
    assert _cut(text, section) == (text, None)


@pytest.mark.parametrize("text", [
    "南水北调配套水厂建设工程。",                               # the 1-9月 report's items: no node, no standing
    "河道防洪整治，加快推进，目前已整治1.5公里。",              # no date before the standing
    "河道防洪整治，目前已整治1.5公里，3月底完成。",             # the standing before the node
    "河道防洪整治。3月底完成，目前已整治1.5公里。",             # two sentences
])
def test_items_of_other_shapes_stay_as_printed(text):
    assert _cut(text) == (text, None)


def test_an_item_with_a_deadline_of_its_own_keeps_it():
    text = "河道防洪整治，3月底完成，目前已整治1.5公里。"
    assert _cut(text, deadline="6月底前") == (text, "6月底前")


def test_a_copys_ascii_commas_part_the_clauses_too():
    assert _cut("河道防洪整治,3月底完成,目前已整治1.5公里。") == ("河道防洪整治,3月底完成。", "3月底")
