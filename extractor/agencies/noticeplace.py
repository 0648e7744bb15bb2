"""The notice's place: the jurisdiction its bare unit names (市住建局, 县工信局) resolve in.

``notice_place`` asks each source in turn and keeps the first that names a place (docs/agencies.md,
"The notice's jurisdiction", says why each comes where it does):

A joint issuer of two places places the notice nowhere, and nothing below is asked.

0. a national letter (the State Council's, the Party centre's, a ministry's: ``national.national_letter``) gives the
   nation's chain (``national.NATION``): its issuer central, or with no issuer a title or doc number of the centre's;
1. the letter: the place chain its issuer opens with, a registry city's doc-number prefix, a
   registry city named in the issuer or a title, a chain or a listed place a title opens with
   (``registry.detect_city``; a joint issuer of two places names none);
2. the place most of its unit names print in full (禹州市发改委: ``placeclues.city_from_units``; a district so named
   among bare 市 units, 城中区人民政府, gives its city or nothing: ``placeclues.units_above_place``), or, with no
   issuer, the nation's chain when its unit names are a national list's (two or more central bodies no local body
   shares, 工业和信息化部, 海关总署, and no local level word: ``placeclues.nation_from_units``);
3. the clues a notice printing only its level leaves elsewhere: unit names, recipients and later titles printing
   the place without its level word (桃源高新区管委会), a city's counties named in full, the
   documents its measures quote opening with a place of its units' level (《芜湖市…方案》), and the doc number's
   prefix confirming one of those (徐政发 -> 徐州市) (``placeclues.city_from_clues``), or, when its unit names print
   the province's level alone (省发改委), a province's short name a title opens with (陕西《…》:
   ``placeclues.province_from_titles``) or the province's character its doc number opens with (湘政发:
   ``placeclues.province_from_doc_number``), or else the province the documents it quotes name or number
   (《福建省人民政府关于…》, （闽政〔2007〕21号）: ``placeclues.province_from_quotes``), or else the province
   whose cities its measures name, at least three of them (加快沈阳、大连等地…: ``placeclues.province_from_cities``);
   with no issuer placing it, the one place its own words fit the notice to (结合淮安实际: ``placeclues.place_from_own_words``),
   asked earlier too where the units or the clues give a county-level city and those words the city above it
   (石狮市交通运输局 among bare 市 units under 结合泉州市的实际: ``_above_county_city``);
4. last, on a page whose issuer places nothing (none printed, or one printing no place: 县人民政府办公室 by its level
   alone, 水利局 by its kind alone), the place its own heading opens with (the label a repost
   site prints before the document's title, 某市某区…奖励政策：关于…, which the title leaves out), else the
   body whose site serves it, as its ``<title>`` names it (烟台市人民政府), or else its footer (主办：…)
   (``placeclues.city_from_site``), or else the listed place its ``<title>`` prints right before the notice's
   title (咸安区 + 2023年…方案: ``placeclues.city_from_page_label``), or else the body whose site a repost's lead
   sentence says published the notice (近日，成都市人民政府网站发布了《…》: ``newslead.lead_site_owner``), or else the
   one city its prose outside the measures names (来株洲投资兴业: ``proseplace.place_from_prose``).

A county-level name several cities give a district (市中区), from whichever source, is placed under the city the
page's own site names it with (济南市市中区人民政府: ``_settled_by_site``), else left as it is.

A measure's words are never read for places but for the documents it quotes (a road section or a
station may bear another place's name), and, in a province's notice, for the cities it names: several
different cities of one province say which province it is, where one name could be a road's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from ..models import DraftMeasure, Metadata
from .gazetteer import county_parents
from .issuerplace import prints_level_alone, prints_province_alone
from .national import NATION, national_letter
from .placeclues import (CITY_LEVEL_WORD, city_from_clues, city_from_page_label, city_from_site, city_from_units,
                         nation_from_units, place_from_doc_number, place_from_own_words, province_from_cities,
                         province_from_doc_number, province_from_quotes, province_from_titles, unit_names)
from .proseplace import place_from_prose
from .registry import detect_city, joint_places
from .template import default_template_resolver

if TYPE_CHECKING:
    from .records import Registry


def notice_place(meta: Metadata, measures: Sequence[DraftMeasure], later_titles: Callable[[], Iterable[str | None]],
                 site_name: Callable[[], str | None], registry: "Registry | None" = None,
                 heading: str | None = None, date: str | None = None,
                 page_labels: Iterable[str] = (), lines: Callable[[], Iterable[str]] = tuple,
                 lead_site: Callable[[], str | None] = lambda: None) -> str | None:
    """The notice's jurisdiction key (咸宁市, 常州市钟楼区), or None: the first of the sources above
    that names one.  ``later_titles`` gives the headings over the notice's later tables, asked only
    when the clues are (finding them walks the page); ``site_name`` gives ``siteowner.located_site_owner``, asked only
    when the site is (the owner is read from the page then); ``heading``: the page's own heading as printed
    (``Located.page_title``); ``registry``: the shipped one unless given; ``date``: the notice's date or era, which
    places a district since merged away printed without its city (崇文区 in 2008 -> 北京市崇文区); ``page_labels``: the
    pieces the page's ``<title>`` prints beside its heading (``Located.site_pieces``); ``lines`` gives the notice's
    content lines (``Located.lines``), asked only for the documents a province's notice quotes; ``lead_site`` gives the
    body whose site a repost's lead says published the notice (``newslead.lead_site_owner``), asked last."""
    if meta.issuer and national_letter(meta.issuer, None, None):
        return NATION
    if joint_places(meta.issuer) > 1:
        return None     # two cities' offices issuing together: neither's place, whatever its recipients print
    city = detect_city(meta.issuer, meta.title, meta.table_title, doc_number=meta.doc_number, registry=registry,
                       date=date)
    if city is None and not meta.issuer and national_letter(None, meta.title, meta.doc_number):   # issuer: asked above
        return NATION
    names = unit_names(_unit_cells(measures)) if city is None else ()   # the clues' names, split once
    # an issuer printing no place places nothing: one printed by its level alone (县人民政府办公室关于…: a title's;
    # holdout mixsquare-jiayu, batch 60), by a province's level alone (自治区人民政府办公厅关于…, a title a news item
    # quotes: holdout qmarkbullet-ningxia), or by its kind alone (水利局, a county portal box's 发布机构 field: holdout
    # keyvalue-chengan, batch 95: the issuing government's own department, whose place the page's site names), so the
    # sources asked of a notice naming no issuer place it as well
    unplaced = meta.issuer is None or prints_level_alone(meta.issuer) or prints_province_alone(meta.issuer) \
        or default_template_resolver().is_department(meta.issuer)
    if city is None:
        city = city_from_units(_unit_cells(measures), names)   # 城中区人民政府 among 市 units: the city's, not its
    if city is None and meta.issuer is None and nation_from_units(names, date):
        return NATION
    if city is None:
        city = city_from_clues(names, (meta.title, meta.table_title, *later_titles()), _quoting_texts(measures),
                               meta.recipients, meta.doc_number)
    if city is not None and names and unplaced:
        city = _above_county_city(city, names, lines)   # 石狮市交通运输局 among 泉州's bare 市 units
    if city is None:
        city = province_from_titles(names, (meta.title, meta.table_title)) \
            or province_from_doc_number(names, meta.doc_number) or province_from_quotes(names, lines()) \
            or province_from_cities(names, _quoting_texts(measures))   # 加快沈阳、大连等地…: the province's cities
    if city is None and unplaced:
        city = place_from_own_words(names, lines())   # 结合淮安实际: a repost's preface names its place
    if city is None and unplaced:
        city = place_from_doc_number(names, meta.doc_number, lines())   # 嘉政办发 and the recipients' 嘉鱼: 嘉鱼县
    if city is None and unplaced:
        city = (detect_city(None, heading, registry=registry, date=date) if heading and heading != meta.title
                else None) \
            or city_from_site(site_name()) or city_from_page_label(page_labels, meta.title) \
            or city_from_site(lead_site())   # 近日，某市人民政府网站发布了《…》: the site a repost's lead names
    if city is None and unplaced:
        city = place_from_prose(names, lines(), [d.text for d in measures],   # 来株洲投资兴业: a page's prose names it
                                _next_item(measures))
    if city is not None and len(county_parents(city)) > 1:
        city = _settled_by_site(city, site_name)
    return city


def _above_county_city(place: str, names: Sequence[str], lines: Callable[[], Iterable[str]]) -> str:
    """``place``, the county-level city most of the notice's place-printing unit names print (石狮市交通运输局), or
    the city above it when the notice's own words fit it to that city (结合泉州市的实际: ``place_from_own_words``): a
    city's letterless repost tasks its county-level city's bureau by its full name among its own bare 市 units, which
    print the same level word as the county-level city's own would; the preface says whose they are (bs26281, every
    市…局 read as 石狮市's before).  A county-level city's own notice fits itself to its own place (结合石狮实际) or to
    none (结合我市实际), and keeps ``place``."""
    parents = {city for city, _ in county_parents(place)}
    if not parents or not place.endswith(CITY_LEVEL_WORD):
        return place
    fitted = place_from_own_words(names, lines())
    return fitted if fitted in parents else place


def _settled_by_site(place: str, site_name: Callable[[], str | None]) -> str:
    """``place``, a county-level name several cities give their district (市中区: 济南, 枣庄, 内江, 乐山), under the
    city the page's own site names it with (济南市市中区人民政府 in its ``<title>`` or footer: ``city_from_site``);
    ``place`` as it is where the site names no such chain (the name stays unplaced, as before)."""
    fuller = city_from_site(site_name())
    return fuller if fuller and fuller != place and fuller.endswith(place) else place


def _next_item(measures: Sequence[DraftMeasure]) -> int | None:
    """The number after the measures' last (12 under eleven numbered measures), the label a task the store cut or no
    reader took prints (``proseplace.cut_item``); None when no measure is numbered."""
    numbers = [d.measure_no for d in measures if d.measure_no is not None]
    return max(numbers) + 1 if numbers else None


def _unit_cells(measures: Sequence[DraftMeasure]) -> Iterator[str]:
    """Every lead and support cell of ``measures``, in order."""
    return (c for d in measures for c in (*d.lead_cells, *d.support_cells))


def _quoting_texts(measures: Sequence[DraftMeasure]) -> Iterator[str]:
    """Every measure's text and kept cells (a progress column), where the documents it quotes
    (《芜湖市…方案》) are read for their places, and nothing else (``placeclues._quoted_places``)."""
    return (t for d in measures for t in (d.text, *d.extra.values()))
