"""A metadata box's short value spaced out letter by letter to fill its cell (``发布机构 | 水 利 局``: holdout
keyvalue-chengan, batch 95) is the issuer closed up, as the box's spaced labels are read (tests/fixtures/README.md
``issuer`` / ``date``)."""
from extractor.layout.issuer import box_issuer
from extractor.parse.letterspacing import closed_value
from extractor.text import vocab


def test_a_letter_spaced_value_is_closed_up_and_other_values_stay():
    assert closed_value("水 利 局") == "水利局"
    assert closed_value(" 水 利 局 ") == "水利局"
    assert closed_value("市委办公室 市政府办公室") == "市委办公室 市政府办公室"   # two bodies, a space between
    assert closed_value("某县人民政府 办公室") == "某县人民政府 办公室"
    assert closed_value("水利局") == "水利局"


def test_the_boxs_issuer_field_is_read_closed_up():
    voc = vocab()["metadata"]
    assert box_issuer({"发布机构": "水 利 局"}, voc) == "水利局"
    assert box_issuer({"发布机构": "某县水利局"}, voc) == "某县水利局"


def test_an_attachment_line_naming_the_table_whole_leaves_its_heading_the_tables_name():
    from extractor.layout.titlelines import broken_rest
    lines = ["附件：具体整改情况表", "具体整改情况表", "\x00table:0"]
    assert not broken_rest(lines, 1)
    # a broken duplicate of a longer heading over it is still a rest
    assert broken_rest(["2021年某某任务和市政府工作报告重点工作责任分解", "和市政府工作报告重点工作责任分解"], 1)
