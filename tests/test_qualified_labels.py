"""A leader's or a progress label printed with a word naming what it answers for (项目责任人, 主要责任人,
实际完成情况: ``roles.toml [label_qualifiers]``) holds that word's role, and is found whole.  A city daily's
e-paper 公示 of its 民生实事 progress ran each item's labels into one paragraph (holdout epaperrun-ningbo,
batch 58): ``1.<project>。　牵头领导：<a person>　责任单位：X　项目责任人：<a person>　配合单位：A、B　实际完成情况：…``.
Before, the label was found at its known word only (责任人, 完成情况), so the paragraph was cut there and the
qualifier was read into the value over it as a unit (责任单位：X 项目, 配合单位：A、B 实际).  Invented notice,
own words."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.assign import parse_labels
from extractor.parse.forms import parse_body
from extractor.parse.labels import label_role
from extractor.parse.roles import OTHER
from extractor.source.decode import decode_bytes

from conftest import make_raw

S = "\u3000"
RUN = S.join([
    "今年市政府民生实事项目上半年进展情况公示如下。 1.新建城区公园绿地12处。", "牵头领导：赵某某", "责任单位：市园林局",
    "项目责任人：钱某某", "配合单位：市规划局、市财政局", "实际完成情况：已建成7处，其余正在施工。",
    "2.新增公共停车泊位3000个。", "牵头领导：孙某某", "责任单位：市交通局，各区政府", "项目责任人：李某某",
    "配合单位：市公安局", "实际完成情况：已新增泊位1800个。"])


@pytest.mark.parametrize("word,role", [("项目责任人", "leader"), ("主要责任人", "leader"),
                                       ("项目牵头领导", "leader"), ("实际完成情况", OTHER),
                                       ("实际进展情况", OTHER)])
def test_a_qualified_leader_or_progress_word_holds_its_role(word, role):
    assert label_role(word) == role


def test_the_qualifier_is_no_unit_of_the_label_before_it():
    found = parse_labels("责任单位：市园林局 项目责任人：钱某某 配合单位：市规划局、市财政局 实际完成情况：已建成7处",
                         "labelled")
    assert (found.lead, found.support) == (("市园林局",), ("市规划局、市财政局",))
    assert found.extra["项目责任人"] == "钱某某" and found.extra["实际完成情况"].startswith("已建成7处")


def test_an_items_labels_run_into_one_paragraph_are_read_whole():
    text = "青岚市2036年民生实事项目进展情况\n" + RUN + "\n"
    body = parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in body.measures] == [
        (1, "新建城区公园绿地12处。", ("市园林局",), ("市规划局、市财政局",)),
        (2, "新增公共停车泊位3000个。", ("市交通局，各区政府",), ("市公安局",)),
    ]


def test_a_table_of_figures_run_on_after_the_units_is_a_note():
    """A copy that flattened the item's table of figures into its 配合单位 line, cells parted by spaces: the units
    end before the table's first head (a bare place: no unit), the catch-all after the comma kept; before, the
    heads were read as units or the catch-all went into the note with them (holdout epaperrun-ningbo, batch 58)."""
    found = parse_labels("配合单位：市公安局、市城管局，各区政府　东城　西城、南城　合计　年度目标　3　4　7　实际完成　2　1　3",
                         "labelled")
    assert found.support == ("市公安局、市城管局，各区政府",)
    assert found.extra["备注"].startswith("东城　西城、南城　合计")
    found = parse_labels("配合单位：市发改委、市财政局　东城　西城　合计　年度目标　500　300　800", "labelled")
    assert found.support == ("市发改委、市财政局",)


@pytest.mark.parametrize("value,support", [
    ("市发改委、市财政局　市住建局", "市发改委、市财政局　市住建局"),        # units parted by a space: no figures
    ("市发改委、市财政局，2036年底前完成", "市发改委、市财政局"),              # one number is wording
    ("市发改委　市财政局　3　市住建局", "市发改委　市财政局　3　市住建局"),    # one bare number only
])
def test_a_value_with_no_table_of_figures_keeps_its_units(value, support):
    found = parse_labels("配合单位：" + value, "labelled")
    assert found.support == (support,) and "备注" not in found.extra
