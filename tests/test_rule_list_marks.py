"""A note giving units to every item from its own on (``以下均需各县区人民政府、市各功能区管委会落实，不再列出``) whose
own list a copy printed with another mark than 、 (a slash, a space): its names are parted at any mark a unit list
parts them by (``unitlists.LIST_MARKS``), so the item that prints them among its own units takes them no second
time as support (conventions._names_already).  Metamorphic notitle-suqian list-slash and list-space: before, the
note's list was one name no item named, and the item took both catch-alls again as support."""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.conventions import apply_conventions
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw

LETTER = ["某市人民政府办公室关于印发某市2024年文旅工作分工方案的通知", "各县区人民政府，市各部门：",
          "现将《某市2024年文旅工作分工方案》印发给你们，请认真抓好落实。", "某市人民政府办公室", "2024年3月1日",
          "某市2024年文旅工作分工方案"]


def _units(mark: str):
    first = ("1.扩大旅游产品增量，加快重点文旅项目建设。（责任单位：市文旅局{0}市住建局，各县区人民政府，市各功能区管委会，"
             "以下均需各县区人民政府{0}市各功能区管委会落实，不再列出）").format(mark)
    text = "\n".join(LETTER + [first, "2.举办文旅推介活动不少于3次。（责任单位：市商务局）"])
    located = locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))
    return [(m.measure_no, m.support_cells) for m in apply_conventions(located, parse_body(located)).measures]


@pytest.mark.parametrize("mark", ["、", "／", "/", " "])
def test_the_item_printing_the_rules_units_takes_them_once(mark):
    measures = _units(mark)
    assert measures[0] == (1, ())   # item 1 prints them among its own units
    assert measures[1] == (2, (f"各县区人民政府{mark}市各功能区管委会",))   # the later item takes the rule's units
