"""A Word copy's space before an opening bracket (parse/textlayer.py ``close_word_gaps``; docs/parsing.md
"A Word copy's space before a bracket"): blindsynth session 73's wordspace axis, 菏泽's 2023 list on a mirror."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.textlayer import close_word_gaps
from extractor.source.decode import decode_bytes

from conftest import make_raw


def located(text: str, path: str = "n.txt"):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path=path)))


def _rows(lines):
    return [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in parse_body(located("\n".join(lines))).measures]


@pytest.mark.parametrize("line,closed", [
    ("配合单位：市财政局、市、县 （区）生态环境部门", "配合单位：市财政局、市、县（区）生态环境部门"),
    ("1.建成服务站4个。 （市工信局 （市中小企业局）、市司法局）", "1.建成服务站4个。（市工信局（市中小企业局）、市司法局）"),
    ("各县区人民政府\u3000（管委会）：", "各县区人民政府（管委会）："),
])
def test_a_single_space_before_a_bracket_closes(line, closed):
    assert close_word_gaps(line, located("x")) == closed


@pytest.mark.parametrize("line", [
    "1.从严管控政府债务风险，兜牢 “三保”支出底线。",      # a quote's space is the prose's own (spacedunits-xinmi)
    "2.贯彻落实 《方案》要求。",                             # so is a title mark's
    "3  推进园区建设 （一期）  县发改局  2023年底",         # a row of columns: spaces part cells
    "4.升级至Windows (64位)系统。",                        # English spacing after a Latin letter
    "（一） （二）",                                         # after an opener's close, no: after a space only
])
def test_a_quote_a_table_row_or_latin_spacing_keeps_its_space(line):
    if line.startswith("（一）"):
        assert close_word_gaps(line, located("x")) == "（一）（二）"   # a bracket after a bracket is run on too
    else:
        assert close_word_gaps(line, located("x")) == line


def test_a_spaced_unit_bracket_keeps_its_item_and_the_items_after_it():
    lines = ["某市重点任务分工", "一、重点任务",
             "1.做好退役军人服务保障，建成服务站4个。 （市工信局 （市中小企业局）、市司法局）",
             "2.建成5G基站3100个。 （市住建局、15个县 （市、区））",
             "3.深化改革。 （相城区人民政府）"]
    rows = _rows(lines)
    assert [(no, text) for no, text, _, _ in rows] == [
        (1, "做好退役军人服务保障，建成服务站4个。"), (2, "建成5G基站3100个。"), (3, "深化改革。")]
    assert rows[0][2] == ("市工信局（市中小企业局）、市司法局",) and rows[1][2] == ("市住建局、15个县（市、区）",)
    assert rows == _rows([line.replace(" （", "（") for line in lines])   # as the copy without the spaces reads


def test_a_spaced_group_of_departments_is_one_cell_as_unspaced():
    spaced = ["某市重点任务分工", "一、重点任务", "1.推进污水管网建设。",
              "牵头单位：市住建局", "配合单位：市财政局、市、县 （区）生态环境部门"]
    unspaced = [line.replace(" （", "（") for line in spaced]
    assert _rows(spaced) == _rows(unspaced)
    assert _rows(spaced)[0][3] == ("市财政局、市、县（区）生态环境部门",)


def test_a_stop_after_a_spaced_bracket_closes_the_text():
    lines = ["某市重点任务分工", "一、重点任务",
             "（1）落实减税降费政策，全年为市场主体减负5亿元以上 （由市交通运输局牵头，市财政局配合）。",
             "（2）建成标准厂房10万平方米 （由市住建局牵头）。"]
    assert [r[:3] for r in _rows(lines)] == [
        (1, "落实减税降费政策，全年为市场主体减负5亿元以上。", ("市交通运输局",)),
        (2, "建成标准厂房10万平方米。", ("市住建局",))]
