"""A news item whose tasks and their labelled lines run into one paragraph, a single space where
each line break stood (holdout runonlead-guangdong): ``…分工如下： <task>。 分管领导：<a person>
部门分工：X牵头，A、B配合。 <task>。 …``.  The paragraph is cut before each label after a space and
after each space that follows a sentence end or a colon, so the labelled reader reads each task over
its labelled lines.  Invented notice, own words."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.labelruns import label_run_joints
from extractor.source.decode import decode_bytes

from conftest import make_raw

RUN = ("3月5日，青岚县人民政府办公室印发《青岚县2036年重点工作任务分工方案》，把全年任务逐项分解到县领导和县直部门。"
       "其中部分任务的分工如下： 新建高标准农田2万亩，推进农田水利设施建设。 分管领导：副县长张×× "
       "部门分工：县农业农村局牵头，县财政局、水利局配合。 新增城镇就业2000人以上。 分管领导：副县长李×× "
       "部门分工：县人社局牵头，县教育局，各乡镇人民政府配合。")


def parsed(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def test_labelled_tasks_run_into_one_paragraph_are_read_one_measure_each():
    """Before, the labels stood inside one paragraph and no row was read."""
    body = parsed("青岚县印发2036年重点工作任务分工方案\n" + RUN + "\n")
    assert [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.form) for m in body.measures] == [
        (1, "新建高标准农田2万亩，推进农田水利设施建设。", ("县农业农村局",), ("县财政局、水利局",), "labelled"),
        (2, "新增城镇就业2000人以上。", ("县人社局",), ("县教育局", "各乡镇人民政府"), "labelled"),
    ]


@pytest.mark.parametrize("text", [
    # one label after a space: a sentence's own words, no run of labelled lines
    "请各单位于月底前报送。 联系人：王×× 电话：1234567",
    "项目由县发改局牵头实施。 牵头单位：县发改局",
    # labels with no space before them: the line's own labels (inline-label), not a run
    "新建农田2万亩。牵头单位：县农业农村局。配合单位：县财政局。",
])
def test_a_paragraph_with_fewer_than_two_spaced_labels_is_not_cut(text):
    assert label_run_joints(text) == set()


def test_the_joints_fall_before_labels_and_after_line_ends_on_spaces():
    text = "分工如下： 新建农田。 牵头单位：县农业局 配合单位：县财政局。 新建水库。 牵头单位：县水利局"
    pieces = [text[a:b].strip() for a, b in zip([0, *sorted(label_run_joints(text))],
                                                 [*sorted(label_run_joints(text)), len(text)])]
    assert pieces == ["分工如下：", "新建农田。", "牵头单位：县农业局", "配合单位：县财政局。", "新建水库。",
                      "牵头单位：县水利局"]
