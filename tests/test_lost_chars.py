"""A letter that lost characters set in another font: the title's last word (completed from the page's
heading), 年 and 日 of the signature date (read with 月 kept), and a street office printed short (街办)."""
import pytest

from extractor.agencies.resolve import load_resolver
from extractor.layout.headingtitle import completed, heading_forms
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw

ENDS = ("通知", "意见", "方案")


def page(lines: list[str], heading: str) -> str:
    body = "".join(f"<p>{line}</p>\n" for line in lines)
    return (f"<html><head><title>{heading}</title></head><body><div class='main'>"
            f"<p>发布时间：2024-03-08</p>{body}</div></body></html>")


LETTER = ["丰政发〔2024", "3", "丰林区人民政府", "关于印发2024年区重点工作分工的", "各镇街，区直各单位：",
          "现将2024年区重点工作分工印发给你们，请认真抓好落实。", "丰林区人民政府", "20243月8",
          "2024年区重点工作分工", "一、稳住经济大盘", "1.新增市场主体800户。（责任单位：区市场监管局）",
          "2.完成技改投资12亿元。（责任单位：区经信局）"]
HEADING = "丰政发〔2024〕3号 丰林区人民政府 关于印发2024年区重点工作分工的通知"


def meta_of(html: str):
    return parse_metadata(locate_content(decode_bytes(make_raw(html.encode("utf-8")))))


def test_title_and_date_the_letter_lost_characters_of():
    m = meta_of(page(LETTER, HEADING))
    assert m.title == "丰林区人民政府关于印发2024年区重点工作分工的通知"
    assert m.date == "2024-03-08"
    assert m.table_title == "2024年区重点工作分工"
    assert m.recipients == ("各镇街", "区直各单位")


def test_a_cut_title_the_heading_does_not_close_stays_as_printed():
    m = meta_of(page(LETTER, "丰林区人民政府门户网站"))
    # (the issuer's line over it, the recipients under it and the signature naming it: the title block's
    # first line, tests/fixtures/README.md `title`)
    assert m.title == "丰林区人民政府关于印发2024年区重点工作分工的"


def test_completed_takes_only_a_kind_word_after_the_title():
    assert completed("关于做好春耕的", ["关于做好春耕的通知"], ENDS) == "关于做好春耕的通知"
    # more than the kind word after it: the heading prints another title
    assert completed("关于做好春耕的", ["关于做好春耕的通知附件"], ENDS) == "关于做好春耕的"
    # a title that ends with its kind already is as read
    assert completed("关于做好春耕的意见", ["关于做好春耕的意见通知"], ENDS) == "关于做好春耕的意见"


def test_heading_forms_without_a_leading_doc_number():
    assert heading_forms("林办〔2023〕7号 关于某事的通知") == ("林办〔2023〕7号关于某事的通知", "关于某事的通知")
    assert heading_forms("关于某事的通知") == ("关于某事的通知",)


@pytest.mark.parametrize("signed", ["202413月8", "20243月8号"])
def test_a_date_that_is_no_month_or_not_lost_marks_is_not_read(signed):
    lines = [signed if line == "20243月8" else line for line in LETTER]
    assert meta_of(page(lines, HEADING)).date is None


def test_a_month_kept_date_far_from_the_posted_date_is_not_read():
    lines = ["20236月8" if line == "20243月8" else line for line in LETTER]
    assert meta_of(page(lines, HEADING)).date is None


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


def test_a_street_office_printed_short_is_the_streets_office(resolver):
    ref = resolver.resolve("花园街办", city="黄石市黄石港区")
    assert ref.canonical == "黄石市黄石港区花园街道办事处"
    assert ref.agency_id == resolver.resolve("花园街道办事处", city="黄石市黄石港区").agency_id


def test_the_short_ending_alone_names_no_street(resolver):
    assert resolver.resolve("街办", city="黄石市黄石港区").kind == "group"


def test_a_run_of_names_in_traditional_characters_splits_as_in_simplified(resolver):
    cells = ["县农业局县水利局", "縣農業局縣水利局"]
    simple, traditional = ([r.name for r in resolver.resolve_cells([c], city="宜昌市秭归县", date="2022-06-01")]
                           for c in cells)
    assert simple == ["县农业局", "县水利局"]
    assert traditional == ["縣農業局", "縣水利局"]


def test_one_name_in_traditional_characters_stays_whole(resolver):
    assert [r.name for r in resolver.resolve_cells(["縣農業農村局"], city="宜昌市秭归县", date="2022-06-01")] \
        == ["縣農業農村局"]
