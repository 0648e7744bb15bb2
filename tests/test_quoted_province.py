"""A province's notice placed by the documents it quotes (docs/agencies.md, "The notice's jurisdiction"): a plan
copied without its letter whose units print 省 alone names its province only in its preface, citing its own
government's documents by title (《福建省人民政府关于…》) and number (（闽政〔2007〕21号）).  Each quote is one clue;
``MIN_PLACE_CLUES`` and a majority decide.  ``placeclues.province_from_quotes``."""
import pytest

from extractor.agencies.noticeplace import notice_place
from extractor.agencies.placeclues import MIN_PLACE_CLUES, province_from_quotes
from extractor.models import DraftMeasure, Metadata

PROVINCE_NAMES = ("省经贸委", "省农业厅", "卫生厅", "省质监局")
CITY_NAMES = ("市发改委", "市财政局", "市农业局")
PREFACE = "根据《福建省人民政府关于加强食品安全工作的通知》（闽政〔2007〕21号）的要求，制定本方案。"


def test_min_place_clues_is_two():
    assert MIN_PLACE_CLUES == 2


@pytest.mark.parametrize("names, lines, province", [
    (PROVINCE_NAMES, (PREFACE,), "福建省"),                                        # a title and a number
    (PROVINCE_NAMES, ("根据省委、省政府《关于开展为民办实事工作的通知》（闽委[*]4号）和（闽政[*]21号）",), "福建省"),
    # a masked year (an essay site's copy) is still a number's year
    (PROVINCE_NAMES, ("根据《福建省人民政府关于加强食品安全工作的通知》的要求。",), None),   # one clue only
    (PROVINCE_NAMES, ("根据《国务院关于加强食品安全工作的决定》（国发〔2004〕23号）",), None),  # the centre's
    (PROVINCE_NAMES, (PREFACE, "学习《浙江省食品安全工作方案》（浙政发〔2006〕3号）。"), None),  # two provinces, two each
    (CITY_NAMES, (PREFACE,), None),                       # a city's units: a city quotes its province's documents
    ((), (PREFACE,), None),
])
def test_province_from_quotes(names, lines, province):
    assert province_from_quotes(names, lines) == province


def test_a_quoted_city_document_is_no_province_clue():
    lines = ("根据《福州市人民政府关于…的通知》（榕政〔2007〕2号）和《厦门市…方案》。",)
    assert province_from_quotes(PROVINCE_NAMES, lines) is None


def test_the_notice_is_placed_by_its_quotes_only_when_nothing_else_places_it():
    units = (DraftMeasure(section=None, measure_no=1, text="加快无公害基地建设。", lead_cells=("省经贸委",),
                          support_cells=("省农业厅、卫生厅",)),)
    meta = Metadata(title="省治理餐桌污染工作实施方案")
    assert notice_place(meta, units, lambda: (), lambda: None, lines=lambda: (PREFACE,)) == "福建省"
    # a province's doc number of its own is asked first and wins
    numbered = Metadata(title=meta.title, doc_number="湘政发〔2016〕1号")
    assert notice_place(numbered, units, lambda: (), lambda: None, lines=lambda: (PREFACE,)) == "湖南省"
    # the lines are never asked when the letter places the notice
    def lines():
        raise AssertionError("asked")
    assert notice_place(Metadata(issuer="福建省人民政府", title=meta.title), units, lambda: (), lambda: None,
                        lines=lines) == "福建省"


ZHEJIANG_NAMES = ("省发展改革委", "省经信厅", "杭州市政府", "省科技厅")
ZHEJIANG_QUOTE = "实施《浙江省民营企业发展促进条例》，为民营企业创造更好发展条件。"


@pytest.mark.parametrize("names, lines, province", [
    # a quote and a city's government among the units: two clues (holdout leaderlbl-zhejiang-2020-1, batch 61)
    (ZHEJIANG_NAMES, (ZHEJIANG_QUOTE,), "浙江省"),
    (("省发展改革委", "杭州市人民政府", "宁波市政府"), (), "浙江省"),       # two cities' governments
    (ZHEJIANG_NAMES, (), None),                                                # one clue only
    (("省发展改革委", "省经信厅", "杭州市财政局"), (ZHEJIANG_QUOTE,), None),  # a city's department is none
    (("省发展改革委", "杭州市政府", "福州市政府"), (), None),               # two provinces, one each
    (("市发改委", "市财政局", "杭州市政府"), (ZHEJIANG_QUOTE,), None),      # a city's units: never read so
])
def test_a_city_government_among_a_provinces_units_is_a_clue(names, lines, province):
    assert province_from_quotes(names, lines) == province


@pytest.mark.parametrize("names, province", [
    # a mirror that lost the letter's head names its province only inside the regulators' bureaus (holdout
    # headless-hubei-2018-4, batch 65): each an office of a centrally run system named after the province
    (("省财政厅", "省发改委", "湖北银监局", "湖北证监局", "湖北保监局"), "湖北省"),
    (("省财政厅", "湖北银监局"), None),                                      # one clue only
    (("省财政厅", "湖北银监局", "湖南证监局"), None),                        # two provinces, one each
    (("省财政厅", "人行武汉分行", "湖北省财政厅"), None),                    # no such office
    (("市财政局", "湖北银监局", "湖北证监局"), None),                        # a city's units: never read so
])
def test_a_regulators_bureau_named_after_the_province_is_a_clue(names, province):
    assert province_from_quotes(names, ()) == province


def test_a_quote_wrapped_over_a_cells_lines_is_one_name():
    # a PDF table cell wrapped at its width cuts the document's name (holdout pdfwrapcells-zhejiang, batch 112)
    lines = ("出台《浙江", "省食品药品安全“黑名单”管理", "办法》", "制定实施《浙江省", "打击网络侵权盗版", "专项行动实施方案》")
    assert province_from_quotes(PROVINCE_NAMES, lines) == "浙江省"
