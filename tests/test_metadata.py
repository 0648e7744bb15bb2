"""Stage 4: doc number, title, recipients, issuer, date, table title."""
import pytest

from extractor.decode import decode_bytes
from extractor.locate import locate_content
from extractor.metadata import normalize_doc_number, parse_date, parse_metadata

from conftest import make_raw

COVER = """东府办〔2014〕75号
关于印发《某市推进某项工作
任务分工表》的通知
各镇人民政府(街道办事处),市府直属各单位:
《某市推进某项工作任务分工表》业经市人民政府同意,现印发给你们,请认真贯彻执行。
东莞市人民政府办公室
2014年8月8日
某市推进某项工作任务分工表
|
工作措施 |
"""


def meta_of(text: str, path="n.txt"):
    return parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path=path))))


def test_cover_letter_fields():
    m = meta_of(COVER)
    assert m.doc_number == "东府办〔2014〕75号"
    assert m.title == "关于印发《某市推进某项工作任务分工表》的通知"
    assert m.recipients == ("各镇人民政府(街道办事处)", "市府直属各单位")
    assert m.issuer == "东莞市人民政府办公室"
    assert m.date == "2014-08-08"
    assert m.table_title == "某市推进某项工作任务分工表"


@pytest.mark.parametrize("text,iso", [
    ("2014年8月8日", "2014-08-08"), ("2014年02月23日", "2014-02-23"), ("二○○七年四月十三日", "2007-04-13"),
    ("二〇二〇年十二月二十四日", "2020-12-24"), ("2021-03-29", "2021-03-29"), ("2020-04-09 08:44", "2020-04-09"),
    ("２０１４年８月８日", "2014-08-08"), ("第八条", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("printed,expected", [
    ("菏政办字 〔2023〕1号", "菏政办字〔2023〕1号"), ("遂府函〔2019〕55 号", "遂府函〔2019〕55号"),
    ("鄂州政办发〔2010〕 8号", "鄂州政办发〔2010〕8号"), ("东府〔2016〕12號", "东府〔2016〕12号"),
])
def test_normalize_doc_number(printed, expected):
    assert normalize_doc_number(printed) == expected


@pytest.mark.parametrize("line,expected", [
    ("粤府办[2016]7号", "粤府办[2016]7号"), ("东府办函【2017】3号", "东府办函【2017】3号"),
    ("发文字号：无", None),
])
def test_doc_number_brackets_and_none(line, expected):
    assert meta_of(line + "\n关于做好某项工作的通知\n").doc_number == expected


def test_html_metadata_box_fills_missing_fields():
    html = """<html><body><table><tr><td>索引号：</td><td>1/2014-1</td><td>发布机构：</td><td>某市人民政府办公室</td></tr>
      <tr><td>文号：</td><td>某府办〔2014〕9号</td><td>成文日期：</td><td>2014-05-06</td></tr></table>
      <div class="content"><p>各有关单位：</p><p>现将分工方案印发给你们。</p></div></body></html>"""
    m = meta_of(html, path="p.html")
    assert (m.doc_number, m.issuer, m.date) == ("某府办〔2014〕9号", "某市人民政府办公室", "2014-05-06")
