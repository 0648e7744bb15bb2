"""Session 72 (fix72b), second piece: a handbook's coded points ``1.1.1`` under ``1.1`` (numbering's ``tnum`` kind;
holdout pointdept-henan-2020-1), a task cell's own ``1、`` beside a 序号 column (tablerow.lists_points; holdout
csvplan-unplaced-undated-1), and template types the holdout named (省版权局, 市农机局, 市农林局, 市农办 of its era: holdout
pdfwrapcells-zhejiang-2016-13, roleheads-zhenjiang-undated-4)."""
import pytest

from extractor.agencies.resolve import load_resolver
from extractor.engine.extract import extract
from extractor.numbering import split_numbering


def test_a_three_part_code_is_a_level_of_its_own_under_its_two_part_code():
    assert split_numbering("1.1 学校定位")[:4] == ("snum", 7, 1, "1.1")
    kind, rank, no, label, rest = split_numbering("1.1.1学校定位与规划（责任部门：发规处）")
    assert (kind, no, label, rest) == ("tnum", 1, "1.1.1", "学校定位与规划（责任部门：发规处）")
    assert rank > split_numbering("1.1 学校定位")[1]
    assert split_numbering("2.3.12 专任教师数量")[:4] == ("tnum", 8, 12, "2.3.12")


def _kind(text):
    numbered = split_numbering(text)
    return numbered and numbered[0]


def test_what_is_no_three_part_code_is_not_read_as_one():
    assert _kind("1.1.1.1 过细的代码") != "tnum"   # a fourth part: no third-level code
    assert _kind("1.5万亩高标准农田建设") != "tnum"
    assert _kind("2023.1.1起施行") != "tnum"
    assert _kind("1.1.5%的增幅") != "tnum"


HANDBOOK = """合格评估指标内涵解读及责任部门分工
一、办学思路与领导作用
一级指标：1.办学思路与领导作用
1.1 学校定位
主要观测点：学校定位与规划
1.1.1学校定位与规划（责任部门：发规处）
基本要求：办学定位清楚，发展目标明确。
1.2 领导作用
1.2.1领导能力（责任部门：党办）
"""


def test_coded_points_are_the_measures_of_their_secondary_index():
    notice = extract(HANDBOOK.encode("utf-8"))
    labels = {s.no: (s.label, s.title) for s in notice.sections}
    assert [(m.measure_no, labels.get(m.section_no), m.text, [a.name for a in m.lead]) for m in notice.measures] == [
        (1, ("1.1", "学校定位"), "学校定位与规划", ["发规处"]),
        (1, ("1.2", "领导作用"), "领导能力", ["党办"])]


CSV = """整改計劃表,,,,,
序號,流程名稱,缺陷要點,整改牽頭部門,整改配合部門,整改方案/措施
1,人力資源,崗位說明書未修訂。,人力資源部,各部門,1、人力資源部牽頭，逐級修訂崗位說明書。九月份完成。
2,財務管理,報銷審批不規範。,財務部,各部門,修訂報銷審批辦法，明確審批權限。
3,採購管理,供應商未輪換。,採購部,各部門,建立供應商輪換制度，每年評審一次。
"""


def test_a_task_cells_own_first_point_keeps_its_number_beside_a_number_column():
    notice = extract(CSV.encode("utf-8"))
    assert [(m.measure_no, m.text) for m in notice.measures] == [
        (1, "1、人力資源部牽頭，逐級修訂崗位說明書。九月份完成。"), (2, "修訂報銷審批辦法，明確審批權限。"),
        (3, "建立供應商輪換制度，每年評審一次。")]


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("name,city,date,canonical", [
    ("省版权局", "浙江省", "2016-06-01", "浙江省版权局"),
    ("市农机局", "镇江市", None, "镇江市农业机械管理局"),
    ("市农林局", "镇江市", "2008-06-01", "镇江市农林局"),
    ("市农办", "镇江市", "2008-06-01", "中共镇江市委农村工作办公室"),
    ("市委农办", "镇江市", "2008-06-01", "中共镇江市委农村工作办公室"),
    ("市委农办", "苏州市", "2017-06-01", "中共苏州市委农村工作办公室"),
])
def test_template_types_of_the_holdout(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


def test_a_bare_rural_office_outside_jiangsu_stays_unread(resolver):
    # a bare 市农办 may be the government's 农业办公室 elsewhere (株洲 2007): only 江苏's form reads it
    assert resolver.resolve("市农办", city="株洲市", date="2007-06-01").canonical is None
