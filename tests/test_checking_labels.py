"""An item whose only label line names the body reporting its figure or checking it (数据提供单位, 督办单位:
``roles.toml [checking_labels]``) names no unit and gives no measure, and the label lines after the next item are
that item's own (tests/fixtures/README.md, a body that only checks or reports, as an item's only unit;
``items.checked_only``; holdout reportonly-deqing, written before the code)."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


def parse_text(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


HEAD = ("某县人民政府办公室关于印发目标任务分解的通知\n各乡镇人民政府，县政府各部门：\n现印发给你们，请认真抓好落实。\n"
        "某县人民政府办公室\n2024年2月20日\n目标任务分解\n一、主要目标\n")


@pytest.mark.parametrize("label", ["数据提供单位：县统计局", "督办单位：县政府督查室", "數據提供單位：縣統計局"])
def test_a_reporting_items_label_is_not_shared_with_the_next_item(label):
    parsed = parse_text(HEAD + "1.地区生产总值增长6.5%左右。\n" + label + "\n2.新增城镇就业8000人。\n"
                        "牵头单位：县人力社保局\n配合单位：县经信局\n")
    assert [(m.measure_no, m.lead_cells, m.support_cells) for m in parsed.measures] == [
        (2, ("县人力社保局",), ("县经信局",))]


def test_an_item_printing_no_label_still_shares_the_next_items_lines():
    """The run of label lines after two items with none of their own covers both, as before."""
    parsed = parse_text(HEAD + "1.地区生产总值增长6.5%左右。\n2.新增城镇就业8000人。\n"
                        "牵头单位：县人力社保局\n")
    assert [(m.measure_no, m.lead_cells) for m in parsed.measures] == [(1, ("县人力社保局",)), (2, ("县人力社保局",))]


def test_a_score_label_alone_is_no_checking_label():
    from extractor.parse.roles import checking_label_words
    assert "数据提供单位" in checking_label_words() and "分值" not in checking_label_words()


@pytest.mark.parametrize("bracket", ["（数据提供单位：县统计局）", "（数据提供部门：县统计局）", "(督办单位：县政府督查室)",
                                     "（數據提供單位：縣統計局）"])
def test_an_inline_items_only_bracket_naming_a_reporting_body_gives_no_measure(bracket):
    """The same rule for items closing with their bracket (inline-label): a bracket whose only label is one of no role
    (a body reporting the figure or following the task up) is labelled, no bare unit list, so the item names no unit
    and gives no measure, and the items after it keep their own brackets (the generator's twenty-fifth stream cause 10,
    bs2014, bs19814; holdout dataonly-jiaxing: before, ``数据提供单位：县统计局`` was read as the item's lead, form
    inline-list, and every later measure shifted by one)."""
    parsed = parse_text(HEAD + f"1.地区生产总值增长6.5%左右。{bracket}\n"
                        "2.新增城镇就业8000人。（牵头单位：县人力社保局；配合单位：县经信局）\n"
                        "3.新建农村公路60公里。（牵头单位：县交通运输局）\n")
    assert [(m.measure_no, m.lead_cells, m.support_cells) for m in parsed.measures] == [
        (2, ("县人力社保局",), ("县经信局",)), (3, ("县交通运输局",), ())]


def test_a_bracket_of_units_after_a_score_label_is_still_read():
    """A label of no role before a role's label in the same bracket opens the labels as before (``（分值：5分；牵头单位：A）``)."""
    from extractor.parse.inline import parse_bracket
    found = parse_bracket("分值：5分；牵头单位：县发改局")
    assert found is not None and found.lead == ("县发改局",)
    alone = parse_bracket("数据提供单位：县统计局")
    assert alone is None or not alone.has_units
