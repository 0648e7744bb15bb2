"""A signing body's name closing the content with no date under it (holdout handover-puyang: an inspection group's
list of problems handed over, signed by the group its lead paragraph names): the name signs the page
(issuer.closing_signer_end), and is no heading of a table under it."""
from extractor.engine.extract import extract
from extractor.layout.issuer import closing_signer_end
from extractor.text import vocab

_LEAD = "5月9日，市文明城市创建工作督查组对城区农贸市场进行了检查，现将发现的问题交办如下："
_ITEMS = ["1.东关市场排水沟堵塞。责任单位：东城区东关办。", "2.西门市场占道经营。责任单位：西城区西门办。"]
_CLOSE = "上述单位要于5月15日前整改完毕。"


def test_the_group_the_lead_names_signs_the_list():
    head = [_LEAD, *_ITEMS, _CLOSE, "市文明城市创建工作督查组"]
    assert closing_signer_end(head, vocab()["metadata"]) == 5


def test_what_signs_nothing():
    voc = vocab()["metadata"]
    # a name the page prints nowhere else
    assert closing_signer_end([_LEAD.replace("督查组", "检查队"), *_ITEMS, _CLOSE, "市文明城市创建工作督查组"], voc) is None
    # a unit's name right under the last item is that item's
    assert closing_signer_end(["各单位按分工落实。东城区东关办负责。", "1.东关市场排水沟堵塞。", "东城区东关办"], voc) is None
    # the line over the name does not end its sentence
    assert closing_signer_end([_LEAD, *_ITEMS, "联系人：张某", "市文明城市创建工作督查组"], voc) is None


def test_the_page_is_issued_by_the_closing_group():
    page = "\n".join(["城区农贸市场问题交办", _LEAD, *_ITEMS, _CLOSE, "市文明城市创建工作督查组"]) + "\n"
    notice = extract(page.encode("utf-8"))
    assert (notice.issuer, notice.date, notice.table_title) == ("市文明城市创建工作督查组", None, None)
    assert [(m.measure_no, [r.name for r in m.lead]) for m in notice.measures] == [(1, ["东城区东关办"]),
                                                                                (2, ["西城区西门办"])]
