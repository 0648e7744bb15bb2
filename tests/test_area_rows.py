"""A page of a split copy whose table rows run together with single spaces and no header (parse/arearows.py): each
whole row opening with its number and an area's name is a measure numbered as printed, its text the numbered steps,
its units closing it all leads (holdout areapage-hunan, batch 127; session 73)."""
from extractor import extract
from extractor.parse.arearows import parse_area_rows
from extractor.layout.locate import locate_content
from extractor.source.decode import decode_bytes

from conftest import make_raw

PAGE = ("某省人民政府办公厅关于印发《某湖生态环(14)\n"
        "2、做好甲工作。 某市人民政府 省环保厅 7 甲湖片区 甲湖总磷超标。 到2020年，水质达到IV类。 到2018年，完成清淤。 "
        "1、实施补水工程：一是新建电排两座。二是整治环湖沟。 2、实施清淤工程。全面清除淤泥。 乙市人民政府 省农委 省环保厅 "
        "8 乙湖片区 乙湖总磷超标。 到2020年，水质达到IV类。 1、实施截污工程。 丙市人民政府 9 丙湖片区 丙湖总")


def _located(text: str):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="p.txt")))


def test_each_whole_row_is_a_measure_numbered_as_printed():
    notice = extract(PAGE.encode("utf-8"), name="p.txt")
    assert [(m.measure_no, m.section_no, m.text, [u.name for u in m.lead], [u.name for u in m.support], m.deadline)
            for m in notice.measures] == [
        (7, None, "1、实施补水工程：一是新建电排两座。二是整治环湖沟。 2、实施清淤工程。全面清除淤泥。",
         ["乙市人民政府", "省农委", "省环保厅"], [], None),
        (8, None, "1、实施截污工程。", ["丙市人民政府"], [], None)]


def test_a_row_the_page_cuts_and_the_rest_it_opens_with_are_no_rows():
    parsed = parse_area_rows(_located(PAGE))
    assert [d.measure_no for d in parsed.measures] == [7, 8]   # 9 is cut before its units; the opening 2、 is row 6's


def test_a_row_with_no_numbered_steps_or_no_units_is_none():
    no_steps = "标题\n3 甲湖片区 甲湖总磷超标。 到2020年，水质达标。 某市人民政府 4 乙湖片区 乙湖超标。 1、实施甲。 乙市人民政府 5 丙湖片区"
    assert [d.measure_no for d in parse_area_rows(_located(no_steps)).measures] == [4]
    no_units = "标题\n3 甲湖片区 甲湖总磷超标。 1、实施甲。 2、实施乙。 4 乙湖片区 乙湖超标。 1、实施甲。 乙市人民政府 5 丙湖片区"
    assert [d.measure_no for d in parse_area_rows(_located(no_units)).measures] == [4]
