"""A notice's place from its document number's prefix (docs/agencies.md, "The notice's jurisdiction"): a province's
character (湘政发) places a province's notice whose units print 省 alone; any other prefix (徐政发, 长政发) only
confirms a place the notice prints elsewhere (a zone among its recipients or units), and never outweighs a place
the letter prints.  ``placeclues.city_from_clues``, ``placeclues.province_from_doc_number``."""
import pytest

from extractor.agencies.noticeplace import notice_place
from extractor.agencies.placeclues import doc_number_names, province_from_doc_number
from extractor.models import DraftMeasure, Metadata

#: a city's bare units: their level (市) is the notice's, their place nowhere
CITY_UNITS = (DraftMeasure(section=None, measure_no=1, text="地区生产总值增长8%。", lead_cells=("市发展和改革委员会",),
                           support_cells=("市统计局",)),
              DraftMeasure(section=None, measure_no=2, text="完成减排年度任务。", lead_cells=("市环境保护局",),
                           support_cells=("市财政局",)))
PROVINCE_UNITS = (DraftMeasure(section=None, measure_no=1, text="推进重大项目建设。", lead_cells=("省发展改革委",),
                               support_cells=("省财政厅、省自然资源厅",)),)


def place(doc_number, recipients=(), issuer="市人民政府", units=CITY_UNITS, title="市人民政府关于印发分工方案的通知"):
    meta = Metadata(issuer=issuer, title=title, doc_number=doc_number, recipients=tuple(recipients))
    return notice_place(meta, units, lambda: (), lambda: None)


def test_the_prefix_confirms_a_zone_the_recipients_name():
    """徐州经济开发区管委会 among the recipients is one clue to 徐州市 (MIN_PLACE_CLUES is 2), 徐政发 the second."""
    recipients = ("各县（市）、区人民政府", "徐州经济开发区管委会", "市各委、办、局")
    assert place("徐政发〔2008〕4号", recipients) == "徐州市"
    assert place(None, recipients) is None            # the zone alone is one clue
    assert place("宿政发〔2008〕4号", recipients) is None  # another city's prefix confirms nothing


def test_a_prefix_alone_places_no_city():
    """长 opens 长沙, 长春 and 长治; 徐 opens only 徐州 but a city may number its documents otherwise (锡 for 无锡):
    with nothing else naming a place, no prefix places a city's notice."""
    assert place("长政发〔2012〕6号") is None
    assert place("徐政发〔2010〕29号") is None


def test_an_ambiguous_prefix_takes_the_place_the_notice_prints():
    recipients = ("各区、县（市）人民政府", "长沙经济技术开发区管委会")
    assert place("长政发〔2021〕1号", recipients) == "长沙市"
    assert place("长政发〔2021〕1号", ("长春新区管委会",)) == "长春市"


def test_a_printed_place_wins_over_the_prefix():
    """The letter's place comes first; the prefix and the recipients are never asked over it."""
    recipients = ("徐州经济开发区管委会",)
    assert place("徐政发〔2010〕29号", recipients, issuer="宿迁市人民政府") == "宿迁市"


def test_a_provinces_character_places_a_notice_of_its_level():
    assert place("湘政发〔2016〕1号", issuer="省人民政府", units=PROVINCE_UNITS) == "湖南省"
    assert place("黔府发〔2019〕3号", issuer="省人民政府", units=PROVINCE_UNITS) == "贵州省"
    # a city's units: 苏 is not read as 江苏 (苏府 is 苏州's), nor 湘 as 湖南
    assert place("苏府〔2015〕20号") is None
    assert place("湘政发〔2016〕1号") is None


@pytest.mark.parametrize("names, doc_number, province", [
    (("省发改委", "省财政厅"), "粤府〔2021〕22号", "广东省"),
    (("省发改委", "省财政厅"), "鲁政发〔2014〕20号", "山东省"),
    (("省发改委", "省财政厅"), None, None),
    (("省发改委", "省财政厅"), "国发〔2020〕6号", None),            # no province's character
    (("市发改委", "市财政局", "省发改委"), "粤府〔2021〕22号", None),  # most units print 市
    (("省发改委",), "京政发〔2016〕1号", None),                     # 北京市 is no 省: its units print 市
])
def test_province_from_doc_number(names, doc_number, province):
    assert province_from_doc_number(names, doc_number) == province


@pytest.mark.parametrize("prefix, place, names", [
    ("徐政发", "徐州市", True),
    ("鄂州政办发", "鄂州市", True),     # the name less its level word
    ("穗府", "广州市", True),           # places.toml [city_doc_number_chars]
    ("广府", "广州市", False),          # a listed character replaces the first
    ("锡政发", "无锡市", True),
    ("宁政发", "宁波市", False),        # 宁波's open with 甬 (宁政发 is 南京's, 宁德's or 宁夏's)
    ("宁政发", "宁德市", True),         # a first character is only ever a confirmation
    ("苏政发", "徐州市", False),
    ("嘉政办发", "嘉鱼县", True),
    ("湘政发", "湖南省", True),
])
def test_doc_number_names(prefix, place, names):
    assert doc_number_names(prefix, place) is names
