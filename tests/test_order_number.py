"""An order's number printed alone on its line (``第3号``: a post's 令 numbers its orders with no prefix and no
year) is the doc number when the letter's first lines print no number of the usual shape
(layout/docnumber._order_number; holdout forestorder-dachaidan-2024-3)."""
from extractor.layout.docnumber import find_doc_number
from extractor.text import vocab


def _number(head, meta=None):
    return find_doc_number(head, meta or {}, vocab()["metadata"])


def test_an_orders_number_alone_on_its_line():
    head = ["第3号", "为保护草原植被，现就禁牧工作颁令如下。", "某级总林（草）长：", "2024年10月29日"]
    assert _number(head) == "第3号"


def test_in_chinese_numerals_and_traditional_characters():
    assert _number(["第十二號", "現就有關事項令如下。"]) == "第十二號"


def test_a_number_of_the_usual_shape_wins():
    assert _number(["第3号", "某府令〔2024〕3号", "关于…的令"]) == "某府令〔2024〕3号"
    # and a box's number wins too
    assert _number(["第3号", "现颁令如下。"], {"文号": "某府令〔2024〕3号"}) == "某府令〔2024〕3号"


def test_a_number_inside_a_line_is_no_orders_number():
    assert _number(["某县人民政府公告（第3号）", "现将有关事项公告如下："]) is None
    assert _number(["按照第3号令的要求，做好以下工作。"]) is None
    assert _number(["第3号楼", "各单位："]) is None
