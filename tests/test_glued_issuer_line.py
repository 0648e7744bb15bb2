"""A law database's field lines copied over the letter as paragraphs, each label glued to its value with no colon
(``制定机关九江市人民政府办公室`` / ``发文字号…`` / ``发文日期2021年02月26日``), over a letter the database kept with no
signature: the signature reader took the glued 发文日期 line for the letter's date and the line naming the body over
it for its signature, label and all, so the issuer kept the label and the units were placed in ``制定机关九江市``.
An issuer label of the box (``[metadata] issuer``: 发布部门, 发文机关, 制定机关 …) glued to a name is now passed over
(``issuer.past_glued_label``; holdout fieldglue-jiujiang-2021-9; the generator's bs2718, bs2072, bs4917 …).
"""
import pytest

import extractor
from extractor.layout.issuer import past_glued_label
from extractor.text import vocab

ITEMS = ("<p>1.实施老旧小区改造项目20个。</p><p>责任单位：市住房城乡建设局、浔阳区人民政府</p><p>完成时限：2021年11月底前</p>"
         "<p>2.新增城市公园5处。</p><p>责任单位：市城管局、柴桑区人民政府</p><p>完成时限：2021年9月底前</p>")


def _page(label: str, letterhead: str = "") -> bytes:
    fields = (f"<p>{label}九江市人民政府办公室</p><p>发文字号九府办字〔2021〕9号</p><p>发文日期2021年02月26日</p>"
              "<p>时效性现行有效</p><p>施行日期2021年02月26日</p>")
    return ("<html><head><meta charset='utf-8'><title>九江市人民政府办公室关于印发重点任务分工的通知 - 法规库</title></head>"
            "<body><h1>九江市人民政府办公室关于印发重点任务分工的通知</h1><div class='detail'>" + fields + letterhead
            + "<p>各县（市、区）人民政府，市政府各部门：</p><p>现将《重点任务分工》印发给你们，请抓好落实。</p>"
            "<p>重点任务分工</p>" + ITEMS + "</div></body></html>").encode("utf-8")


@pytest.mark.parametrize("label", ["制定机关", "发布部门", "发文机关"])
@pytest.mark.parametrize("letterhead", ["", "<p>九江市人民政府办公室</p><p>关于印发重点任务分工的通知</p>"
                                            "<p>九府办字〔2021〕9号　二〇二一年二月二十六日</p>"], ids=["bare", "letterhead"])
def test_the_glued_label_is_no_word_of_the_issuer(label, letterhead):
    notice = extractor.extract(_page(label, letterhead), name="law.html")
    assert (notice.issuer, notice.date, notice.doc_number) == ("九江市人民政府办公室", "2021-02-26", "九府办字〔2021〕9号")
    assert [a.canonical for a in notice.measures[0].lead] == ["九江市住房和城乡建设局", "九江市浔阳区人民政府"]


def test_past_glued_label():
    voc = vocab()["metadata"]
    assert past_glued_label("制定机关九江市人民政府办公室", voc) == "九江市人民政府办公室"
    assert past_glued_label("發布部門蘇州市人民政府辦公室", voc) == "蘇州市人民政府辦公室"   # as printed
    assert past_glued_label("发布单位", voc) == "发布单位"           # a label with nothing after it is no name
    assert past_glued_label("九江市人民政府办公室", voc) == "九江市人民政府办公室"
