"""A notice's place read from the clues it prints when its letter and first title name none.

A county's notice may print only its level (2024年县《政府工作报告》确定的重点工作责任分解表, 县工信局):
the county's name then stands where a reader finds it, in a later table's title (…涉及桃源重点事项…)
and in the names of units called after the place without its level word (桃源高新区管委会: 桃源
+ 县).  ``city_from_clues`` reads those, counting each unit name and each title that prints
the place as one clue: a place the gazetteer lists (counties.csv) under the level the notice's
own unit names print (县, 区, 市, 旗, 州, 盟), named by at least ``MIN_PLACE_CLUES`` clues and by more than
half of them, or by one unit its measures task named after the place as its own body where every clue names it
(``MIN_OWN_UNIT_CLUES``: 谯城经开区管委会 among 区 units); a city's notice (its units print 市) names its counties' and districts' governments in
full (仪陇县政府, 顺庆区政府), and each is a clue to their parent city; a document the measures quote
(《芜湖市…方案》 in a progress cell) opening with a place of the units' level is one clue too.  A
measure's words are otherwise never read (a road section or a station may bear another place's name),
and the notice's own place, when its issuer, title or doc number print it,
is never asked about (``noticeplace.notice_place`` asks this after the letter and the units).  The recipients are
read as the units are (a city's letter goes to 徐州经济开发区管委会), and the doc number's prefix is one more clue to
a place the others name whose documents open so (徐政发 -> 徐州市), never to one nothing else names (长政发 alone may
be 长沙's, 长春's or 长治's); a province's character (湘政发) places a notice whose units print 省 alone by itself.

Last of all, a page that prints no place anywhere is placed by the body whose site serves it, as
its ``<title>`` names it beside the notice's title, or else as its footer labels its owner (主办：…,
``layout/siteowner.py``) (``siteowner.located_site_owner``: 烟台市人民政府 -> 烟台市; ``city_from_site``): a city portal's column page posting a progress report with no letter.  Only a page
that names no issuer at all: a street office's notice on its district's platform is the street's.  Failing that too,
a ``<title>`` printing a listed place right before the notice's own title (an aggregator's ``咸安区2023年…方案_华中_…``
over the page's heading ``2023年…方案``) names its place (``city_from_page_label``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from .gazetteer import (cities_of, doc_number_char, is_listed_place, level_words, province_doc_chars, province_of,
                        provinces)
from .registry import default_patterns, doc_number_prefix, is_issuer_rest
from .jurisdiction import LOCAL_LEVEL_CHARS, Jurisdiction, with_parent_city
from .national import national_body
from .placechains import (is_government_word, jurisdiction_in, listed_chain, parse_jurisdiction, split_places,
                          without_party_opener)
from .template import default_template_resolver, names_unlisted_committee
from .units import split_units
from .zones import zone_words
from ..hanzi import to_simplified
from ..text import clean_name, vocab

#: a notice's place read from its units needs this many names printed with it
MIN_UNITS_NAMING_PLACE = 2
#: the level words a notice's unit names open with (县工信局, 区财政局, 盟发改委): the notice's own level;
#: the local ones of places.toml [levels] (``jurisdiction.LOCAL_LEVEL_CHARS``)
UNIT_LEVEL_WORDS = tuple(LOCAL_LEVEL_CHARS)
#: a place's name printed without its level word is this long (桃源, 阿鲁科尔沁)
SHORT_PLACE_MIN, SHORT_PLACE_MAX = 2, 5
#: a place read from clues needs this many clues (unit names, titles) naming it
MIN_PLACE_CLUES = 2
#: ... or this many where every clue names it and one is a unit the notice tasks named after it at the units' own level
#: (谯城经开区管委会 among 区 units, 宁波电业局 among 市 units): a notice tasks its own place's bodies
MIN_OWN_UNIT_CLUES = 1
#: the level word of a city's own units (市水利局): the counties and districts such a notice names in
#: full are clues to their parent city
CITY_LEVEL_WORD = "市"
#: the level words of a prefecture's own units (市水利局, an autonomous prefecture's 州水利局, a league's 盟林草局): the
#: counties such a notice names in full are clues to their parent, when it is a place of that level word (咸丰县政府
#: -> 恩施土家族苗族自治州 for 州 units)
PREFECTURE_LEVEL_WORDS = (CITY_LEVEL_WORD, "州", "盟")
#: a document's title quoted in a text is at most this long (a longer 《…》 run is no title)
QUOTED_TITLE_MAX_CHARS = 80


def city_from_units(cells: Iterable[str], names: Sequence[str] = ()) -> str | None:
    """The place most of a notice's unit names print in full (禹州市发改委,
    禹州市财政局 -> 禹州市), for a notice whose issuer, title and doc number
    name none: at least ``MIN_UNITS_NAMING_PLACE`` names, and more than half of
    the names that print a place, print that one.  The cells are split as the parse
    step splits a unit list (``units.split_units``), the names matched as printed.
    When its other unit names (``names``: ``unit_names``) print the city's level word alone (市教育局), a county
    or district so named is one the city's notice gives a task (城中区人民政府): the answer is then its city, or
    None where several cities have a district of that name (``units_above_place``)."""
    counts: dict[str, int] = {}
    for cell in cells:
        for name in split_units(cell):
            found = _printed_place(name) if len(name) > 3 else None
            if found:
                counts[found.key] = counts.get(found.key, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.get)
    n = counts[best]
    if n < MIN_UNITS_NAMING_PLACE or 2 * n <= sum(counts.values()):
        return None
    found = parse_jurisdiction(best)
    if found and names and units_above_place(found, names):
        city = with_parent_city(found).city_place()
        return city.name if city else None
    return with_parent_city(found).key if found else best


def _printed_place(name: str) -> Jurisdiction | None:
    """The place chain a unit's name opens with (禹州市发改委 -> 禹州市), or None: none where the name read so is
    a committee's short spelling after a place the gazetteer does not list (共青团县委, 团省委: the league's committee,
    which ``template.names_unlisted_committee`` reads as no body of a place 共青团县 either)."""
    found = split_places(without_party_opener(to_simplified(clean_name(name))), is_issuer_rest)
    if found is None or names_unlisted_committee(*found):
        return None
    return Jurisdiction(found[0])


def units_above_place(place: Jurisdiction, names: Sequence[str]) -> bool:
    """Whether a notice's bare unit names (``names``: ``unit_names``) print the city's level word (市教育局,
    the most of those printing a level word) while ``place``, a place its units print in full, is a county or a
    district: the city's notice names that county's government among its units (bs12298: 市教育局, 市住建局 and
    城中区人民政府 twice), so ``place`` is not the notice's own."""
    levels = Counter(n[0] for n in names if n.startswith(UNIT_LEVEL_WORDS))
    return bool(levels) and levels.most_common(1)[0][0] == CITY_LEVEL_WORD \
        and place.own.level in ("county", "district")


def unit_names(cells: Iterable[str]) -> tuple[str, ...]:
    """The unit names the clues read (``city_from_clues``, ``province_from_titles``): every cell in
    simplified characters, split as the parse step splits a unit list (``units.split_units``);
    ``noticeplace.notice_place`` reads them once."""
    return tuple(n for cell in cells for n in split_units(to_simplified(cell)) if n)


def city_from_clues(names: Sequence[str], titles: Iterable[str | None], quoting: Iterable[str] = (),
                    recipients: Iterable[str] = (), doc_number: str | None = None) -> str | None:
    """The place the notice's unit names (``names``: ``unit_names``), its ``recipients`` and titles name by its short
    name, or the documents its texts (``quoting``: the measures' text and extra cells) quote open with, or None:
    at least ``MIN_PLACE_CLUES`` clues and more than half of them, or ``MIN_OWN_UNIT_CLUES`` where every clue names
    the place and one is a unit of ``names`` named after it as its own body at the units' level (谯城经开区管委会
    among 区 units, 宁波电业局 among 市 units: a notice tasks its own place's bodies; a recipient or an office of a
    central system, 人行嘉兴市中心支行, which a county-level city's notice tasks too, is not enough alone), or one
    document its texts have its unit make titled with the place (制定成都市…指导意见: ``_made_places``).
    A recipient printed among the unit names is no second clue.  The ``doc_number``'s prefix is one more clue to
    each place the others name whose document numbers open so (徐政发 -> 徐州市, ``doc_number_names``), never to a
    place nothing else names: 长政发 alone may be 长沙's, 长春's or 长治's."""
    levels = Counter(n[0] for n in names if n.startswith(UNIT_LEVEL_WORDS))
    if not levels:
        return None
    level = levels.most_common(1)[0][0]
    printed = set(names)
    # the places a unit it tasks is named after as that place's own body (谯城经开区管委会; not an office of a central
    # system, 人行嘉兴市中心支行, which serves a county-level city's notice as well as its city's)
    # nor a government named in full (永安市人民政府 among 市 units: a county-level city's, which its city's notice
    # tasks; a notice's own government is printed by its level word), which is a clue as any other
    own_units = {p for n in printed if not _GOVERNMENT_END_RE.search(n) and (p := _short_place(n, level))}
    names = (*names, *(n for n in unit_names(recipients) if n not in printed))
    clues = Counter(p for p in (_short_place(n, level) or _system_office_place(n, level) or _media_place(n, level)
                                for n in names) if p)
    if level in PREFECTURE_LEVEL_WORDS:   # a city's notice names its counties' governments in full (仪陇县政府)
        clues.update(p for p in map(_parent_city, names) if p and (level == CITY_LEVEL_WORD or p.endswith(level)))
    quoting = tuple(quoting)
    clues.update(_quoted_places(quoting, level))
    made = list(_made_places(quoting, level))   # 制定成都市…指导意见: a document the notice's own unit is to make
    own_units.update(made)
    clues.update(made)
    if not clues:
        return None
    for title in filter(None, titles):
        title = to_simplified(title)
        clues.update(p for p in list(clues) if p[:-len(level)] in title)
    prefix = doc_number_prefix(doc_number)
    if prefix:
        clues.update(p for p in list(clues) if doc_number_names(prefix, p))
    best, n = clues.most_common(1)[0]
    total = sum(clues.values())
    needed = MIN_OWN_UNIT_CLUES if best in own_units and n == total else MIN_PLACE_CLUES
    if n < needed or 2 * n <= total:
        return None
    found = parse_jurisdiction(best)
    return with_parent_city(found).key if found else None


#: a place's government named in full ends so (永安市人民政府, 仪陇县政府): never the notice's own body
_GOVERNMENT_END_RE = re.compile(r"(?:人民)?政府$")
#: the notice's own words naming its place where it says it fits its measures to it: 结合淮安实际,
#: 结合淮安市实际, 结合淮安的实际 (a letterless repost's preface; 结合我市实际 names none)
_FITTED_TO_RE = re.compile(r"结合([^，。；、：\s《》“”（）()我本全该各]{2,%d}?)(?:的)?(?:工作)?实际" % (SHORT_PLACE_MAX + 1))


#: a document quoted by its government's title: 《宿州市人民政府关于…》 (the place before 人民政府)
_OWN_GOVERNMENT_RE = re.compile(r"《([^，。；、：\s《》“”（）()]{2,%d}?)人民政府" % (SHORT_PLACE_MAX + 1))


def place_from_own_words(names: Sequence[str], lines: Iterable[str]) -> str | None:
    """The place the notice's own words fit its measures to (结合淮安实际 -> 淮安市), when its unit names
    (``names``: ``unit_names``) print a local level word (市财政局) and the words name a place the gazetteer
    lists at that level, printed in full or without it; one place only (two named is no answer).  A preface
    says so of the notice's own place (结合我市实际 in the city's copy): a repost that prints no issuer,
    title place or place-named unit names its place there alone (holdout unlistednote-huaian, batch 43).
    So does a report's preface quoting the plan it reports on by its government's title (《宿州市人民政府关于…》,
    a government of the units' own level: holdout citedplan-suzhouah-2022-1, batch 46).
    Asked after every other source of the letter, the units and the titles (``noticeplace.notice_place``)."""
    levels = Counter(n[0] for n in names if n.startswith(UNIT_LEVEL_WORDS))
    if not levels:
        return None
    level = levels.most_common(1)[0][0]
    found = set()
    for line in lines:
        fitted, quoted = "结合" in line or "結合" in line, "《" in line
        if not (fitted or quoted):
            continue
        simple = to_simplified(line)
        for words in _FITTED_TO_RE.findall(simple) if fitted else ():
            place = words if words.endswith(level) else words + level
            if is_listed_place(place):
                found.add(place)
        # a report's preface naming the plan it reports on by its government's title (及时下发《宿州市人民政府
        # 关于…的通知》): the government of the units' own level is the notice's place
        for words in _OWN_GOVERNMENT_RE.findall(simple) if quoted else ():
            if words.endswith(level) and is_listed_place(words):
                found.add(words)
    if len(found) != 1:
        return None
    chain = parse_jurisdiction(found.pop())
    return with_parent_city(chain).key if chain else None


#: the place a doc number's prefix abbreviates is its first character and one more, as the page names it (镇 -> 镇海)
ABBREVIATED_PLACE_CHARS = 2


def place_from_doc_number(names: Sequence[str], doc_number: str | None, lines: Iterable[str]) -> str | None:
    """The place the doc number's prefix abbreviates by its first character (镇政办发〔2011〕15号: 镇), when the
    page's own words name exactly one place of the units' level (``names``: ``unit_names``, 区发改局) that opens with
    it: two characters from that one on, with the level word, a place the gazetteer lists (the items' 镇海经济开发区
    -> 镇海区), placed under its city by ``counties.csv``.  A district's 2011 notice on a document site prints no
    issuer, title place or place-named unit, only 区政府 and its units (holdout docsite-zhenhai, batch 57: before,
    its 区发改局 and the others were unresolved).  Asked last, as ``place_from_own_words``; two places fitting
    (镇 opening 镇江 and 镇海) is no answer."""
    prefix = doc_number_prefix(doc_number)
    levels = Counter(n[0] for n in names if n.startswith(UNIT_LEVEL_WORDS))
    if not prefix or not levels:
        return None
    level, first = levels.most_common(1)[0][0], to_simplified(prefix[0])
    found = set()
    for line in lines:
        simple = to_simplified(line)
        at = simple.find(first)
        while at >= 0:
            place = simple[at:at + ABBREVIATED_PLACE_CHARS] + level
            if len(place) == ABBREVIATED_PLACE_CHARS + 1 and is_listed_place(place):
                found.add(place)
            at = simple.find(first, at + 1)
    if len(found) != 1:
        return None
    chain = parse_jurisdiction(found.pop())
    return with_parent_city(chain).key if chain else None


#: the level word of a province's own units (省发改委, 省文化厅) and of its name (陕西省)
PROVINCE_LEVEL_WORD = "省"
#: a national list read from its units needs this many names of central bodies no local body shares
MIN_CENTRAL_UNITS = 2


def nation_from_units(names: Sequence[str], date: str | None = None) -> bool:
    """True when the notice's unit names (``names``: ``unit_names``) are a national list's: at least
    ``MIN_CENTRAL_UNITS`` of them name a central body as any notice reads it (工业和信息化部, 海关总署,
    市场监管总局; not a short form a local body shares, 发展改革委, nor an office named by its seat, 南京海关),
    and none opens with a local or a province's level word (a province's or a city's notice names its own
    bodies so, 省发改委, 市财政局, beside a ministry it reports to).  For a notice whose letter, units and clues
    name no place: the State Council's 部门分工 reposted without its letter (holdout spacelabel-guojia), a
    national commission's arrangement copied without its issuer (spacedbracket-guojia)."""
    central = {n for n in names if (body := national_body(n, date)) is not None and not body.seated}
    levels = (*UNIT_LEVEL_WORDS, PROVINCE_LEVEL_WORD)   # a central name may open so too: 市场监管总局
    return len(central) >= MIN_CENTRAL_UNITS and not any(n.startswith(levels) for n in names if n not in central)


def province_from_titles(names: Sequence[str], titles: Iterable[str | None]) -> str | None:
    """The province a title opens with by its short name (陕西《政府工作报告》部门分工确定: a news item's
    headline) when the notice's unit names (``names``: ``unit_names``) print the province's level alone (省发改委, 省文化厅:
    most names opening with a level word open with 省), or None.  Asked after ``city_from_clues``: a
    province's notice whose letter names no place.  A city of the same short name opening the title (吉林市…)
    and a short name inside a title are no clue; the units' level decides 吉林 or 海南 is the province."""
    if not _province_units(names):
        return None
    shorts = {p[:-len(PROVINCE_LEVEL_WORD)]: p for p in provinces() if p.endswith(PROVINCE_LEVEL_WORD)}
    for title in filter(None, titles):
        text = to_simplified(title).lstrip("《“\"")
        for short, province in shorts.items():
            rest = text[len(short):]
            if text.startswith(short) and not rest.startswith(UNIT_LEVEL_WORDS):   # 吉林市, 海南州: another place
                return province
    return None


def province_from_doc_number(names: Sequence[str], doc_number: str | None) -> str | None:
    """The province whose document numbers open with the ``doc_number``'s first character (湘政发 -> 湖南省,
    ``gazetteer.province_doc_chars``) when the notice's unit names (``names``: ``unit_names``) print the province's
    level alone (省发改委, 省财政厅), or None.  Asked after ``province_from_titles``: a province's letter printing
    only its level (省人民政府关于…).  Each province's character is its own, and a city's or county's notice (units
    市…, 县…) is never read so: 苏府 is 苏州's, 苏政发 江苏's, and only the units' level tells them apart."""
    prefix = doc_number_prefix(doc_number)
    if not prefix or not _province_units(names):
        return None
    province = province_doc_chars().get(prefix[0])
    return province if province and province.endswith(PROVINCE_LEVEL_WORD) else None


#: a document number cited after the document it numbers, in brackets: （闽政〔2007〕21号）; the year is whatever
#: the copy prints between its brackets (an essay site masks it: 闽政[*]21号)
_CITED_NUMBER_RE = re.compile(r"[（(]\s*([\u4e00-\u9fff]{1,10}?)\s*[〔\[【［][^〕\]】］]{1,4}[〕\]】］]\s*\d{1,4}\s*号")


def province_from_quotes(names: Sequence[str], lines: Iterable[str]) -> str | None:
    """The province the documents a notice quotes name (《福建省人民政府关于…》 -> 福建省) or number (（闽政〔2007〕21号）:
    the province's character, ``gazetteer.province_doc_chars``) when the notice's unit names (``names``:
    ``unit_names``) print the province's level alone (省经贸委, 省农业厅), or None: at least ``MIN_PLACE_CLUES``
    clues, and more than half of those naming a province, name that one.  A listed city's government among the
    units (杭州市政府: ``_city_government_provinces``) is one clue to its province too, counted with the quotes (a
    news repost of 浙江's 2020 分解 quotes 《浙江省…条例》 once and assigns a task to 杭州市政府; holdout
    leaderlbl-zhejiang, batch 61), and so is an office of a centrally run system named after the province (湖北银监局:
    ``_system_office_provinces``).  Asked after the titles and the doc
    number: a province's plan copied without its letter names its province only in its preface, citing its own
    government's documents (holdout chengban-fujian-2007-1).  ``lines``: the notice's content lines, read only
    when the units are a province's; a city's or county's quotes are never read so (a city quotes its
    province's documents, and its units print 市)."""
    if not _province_units(names):
        return None
    clues: Counter[str] = Counter()
    chars = province_doc_chars()
    for line in _wrapped_quotes_joined(lines):
        if "《" not in line and "号" not in line:
            continue
        text = to_simplified(line)
        for title in _QUOTED_TITLE_RE.findall(text):
            chain = listed_chain(title)
            if chain is not None and chain.own.word == PROVINCE_LEVEL_WORD:
                clues[chain.own.name] += 1
        for prefix in _CITED_NUMBER_RE.findall(text):
            province = chars.get(prefix[0])
            if province and province.endswith(PROVINCE_LEVEL_WORD):
                clues[province] += 1
    clues.update(_city_government_provinces(names))
    clues.update(_system_office_provinces(names))
    if not clues:
        return None
    best, n = clues.most_common(1)[0]
    return best if n >= MIN_PLACE_CLUES and 2 * n > sum(clues.values()) else None


def _wrapped_quotes_joined(lines: Iterable[str]) -> Iterator[str]:
    """``lines``, a document's name left open at a line's end (``…出台《浙江`` / ``省…管理`` / ``办法》``: a PDF table cell
    wrapped at its width) read on into the lines after it, up to ``QUOTED_TITLE_MAX_CHARS`` characters: the quote is
    one name (holdout pdfwrapcells-zhejiang, batch 112: its two 《浙江省…》 were cut in three and named no province)."""
    carry = ""
    for line in lines:
        text = carry + line.strip()
        opened = text.rfind("《")
        carry = text[opened:] if opened > text.rfind("》") and len(text) - opened <= QUOTED_TITLE_MAX_CHARS else ""
        yield text


def _city_government_provinces(names: Sequence[str]) -> Counter[str]:
    """The provinces of the listed cities whose governments stand among a province's unit ``names``, one clue each
    (杭州市政府, 义乌市人民政府: a province's notice assigns tasks to its own cities' governments); a city's department
    (杭州市财政局) or a name the gazetteer does not list is none."""
    clues: Counter[str] = Counter()
    words = default_patterns().government_words   # 杭州市政府, 杭州市人民政府: the city's government itself
    for name in dict.fromkeys(names):
        place = next((name[:-len(w)] for w in words if name.endswith(w)), None)
        province = province_of(place) if place and place.endswith(CITY_LEVEL_WORD) else None
        if province and province.endswith(PROVINCE_LEVEL_WORD):
            clues[province] += 1
    return clues


def _system_office_provinces(names: Sequence[str]) -> Counter[str]:
    """The provinces the offices of centrally run systems among a province's unit ``names`` are named after, one clue
    each (湖北银监局, 湖北证监局: ``[place_groups] province_system_offices``, the province printed without its 省): a
    province's notice assigns tasks to the regulators' offices in that province (holdout headless-hubei, batch 65: a
    mirror that lost the letter's head names 湖北 nowhere else)."""
    clues: Counter[str] = Counter()
    for name in dict.fromkeys(names):
        for rx in _province_office_res():
            m = rx.fullmatch(name)
            province = m and m.group(1) + PROVINCE_LEVEL_WORD
            if province and is_listed_place(province):
                clues[province] += 1
                break
    return clues


@lru_cache(maxsize=1)
def _province_office_res() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(re.escape(p).replace(re.escape("{place}"), "(.{2,3}?)"))
                 for p in vocab()["place_groups"]["province_system_offices"])


#: a province's notice read from the cities its measures name needs this many of its cities named (沈阳, 大连, 鞍山)
MIN_NAMED_CITIES = 3


def province_from_cities(names: Sequence[str], texts: Iterable[str]) -> str | None:
    """The province whose cities the measures' ``texts`` name (加快沈阳、大连等地…, 支持鞍山、本溪…: a city printed
    in full or without its 市) when the notice's unit names (``names``: ``unit_names``) print the province's level
    alone (省发改委, 省财政厅), or None: at least ``MIN_NAMED_CITIES`` different cities named, and more than half of
    the cities named of that province; never where the texts print a word of one place's aid to another
    (``[place_groups] paired_aid``: 对口支援, 东西部协作, 援疆: such a plan names the aided province's cities).  A
    province's plan copied without its letter or title place names its province nowhere else (holdout
    cnitems-liaoning, batch 38).  Asked after the quotes; a city's or county's measures are never read so (a road
    or a station may bear another place's name, and one city is no province)."""
    if not _province_units(names):
        return None
    texts = [to_simplified(t) for t in texts]
    aid = vocab()["place_groups"]["paired_aid"]
    if any(word in text for text in texts for word in aid):
        return None   # a pairing-aid plan names the aided province's cities: no answer
    pattern, city_of = city_names_re()
    named = {city_of[m] for text in texts for m in pattern.findall(text)}
    if len(named) < MIN_NAMED_CITIES:
        return None
    counts = Counter(province_of(c) for c in named)
    best, n = counts.most_common(1)[0]
    return best if best and n >= MIN_NAMED_CITIES and 2 * n > len(named) else None


@lru_cache(maxsize=1)
def city_names_re() -> tuple[re.Pattern, dict[str, str]]:
    """The cities of ``places.toml`` printed in full or without their 市 (at least ``SHORT_PLACE_MIN`` characters
    left), longest first, and each printing -> its city."""
    city_of: dict[str, str] = {}
    for province in provinces():
        for city in cities_of(province):
            city_of[city] = city
            if city.endswith(CITY_LEVEL_WORD) and len(city) - 1 >= SHORT_PLACE_MIN:
                city_of.setdefault(city[:-1], city)
    return re.compile("|".join(sorted(map(re.escape, city_of), key=len, reverse=True))), city_of


def doc_number_names(prefix: str, place: str) -> bool:
    """True when a document number opening with ``prefix`` (徐政发, 鄂州政办发, 穗府) may be ``place``'s: the prefix opens
    with the place's name less its level word (鄂州 of 鄂州市) or with the character its document numbers open with
    (``gazetteer.doc_number_char``: 徐 of 徐州市, 穗 of 广州市)."""
    short = next((place[:-len(w)] for w, _ in level_words() if place.endswith(w) and len(place) > len(w)), place)
    return prefix.startswith(short) or prefix[0] == doc_number_char(place)


def _province_units(names: Sequence[str]) -> bool:
    """True when most of the unit names opening with a level word open with 省 (省发改委, 省文化厅)."""
    levels = Counter(n[0] for n in names if n.startswith((*UNIT_LEVEL_WORDS, PROVINCE_LEVEL_WORD)))
    return bool(levels) and levels.most_common(1)[0][0] == PROVINCE_LEVEL_WORD


def city_from_site(site_name: str | None) -> str | None:
    """The place the body whose site serves the page opens with (烟台市人民政府 -> 烟台市), or None:
    asked only when the letter, the titles and the unit names name no place (``noticeplace.notice_place``)."""
    found = jurisdiction_in(site_name, is_issuer_rest) if site_name else None
    return with_parent_city(found).key if found else None


def city_from_page_label(pieces: Iterable[str], title: str | None) -> str | None:
    """The place a piece of the page's ``<title>`` prints before the notice's own ``title`` and nothing else
    (``咸安区`` + ``2023年区《政府工作报告》确定的…方案``: an aggregator labels a copy with the place its heading
    leaves out), a place the gazetteer lists (``listed_chain``: the whole label), completed by its city
    (咸安区 -> 咸宁市咸安区); None when no piece does.  Asked only of a page nothing else places."""
    if not title:
        return None
    own = to_simplified(clean_name(title))
    for piece in pieces:
        text = to_simplified(clean_name(piece))
        label = text[:-len(own)] if text.endswith(own) else ""
        chain = listed_chain(label) if label else None
        if chain is not None and sum(len(p.name) for p in chain.places) == len(label):
            return with_parent_city(chain).key
    return None


#: a document's title quoted in a text: 《芜湖市低效用地再开发工作方案》
_QUOTED_TITLE_RE = re.compile(r"《([^《》]{2,%d})》" % QUOTED_TITLE_MAX_CHARS)


def _quoted_places(texts: Iterable[str], level: str) -> Iterator[str]:
    """The place each document the ``texts`` quote opens with (《芜湖市…方案》 -> 芜湖市; ``listed_chain``),
    when it is of the ``level`` the notice's units print (市): a progress report names its own place
    nowhere else but in the plans it reports issued.  Another level's (《安徽省…》 in a city's report,
    a city's plan in a county's) is no clue."""
    for text in texts:
        if "《" not in text:
            continue
        for title in _QUOTED_TITLE_RE.findall(to_simplified(text)):
            chain = listed_chain(title)
            if chain is not None and chain.own.word == level:
                yield chain.own.name


def _made_places(texts: Iterable[str], level: str) -> Iterator[str]:
    """The place each document the ``texts`` have their unit make is titled with (制定成都市有害垃圾处置工作指导意见 ->
    成都市: a verb of ``[place_groups] making_verbs``, then a title opening with a listed place, ``listed_chain``) when
    it is of the ``level`` the notice's units print (市); not after a helping word (配合制定…: another's document,
    ``[place_groups] helping_words``).  A notice's own unit drafts its own place's documents (tests/fixtures/README.md
    "A document a measure has its own unit make"; holdout runtable-chengdu)."""
    verbs, helping = _making_words()
    for text in texts:
        simple = to_simplified(text)
        for verb in verbs:
            at = simple.find(verb)
            while at >= 0:
                end = at + len(verb)
                chain = None if simple[:at].endswith(helping) else listed_chain(simple, end)
                if chain is not None and chain.own.word == level:
                    yield chain.own.name
                at = simple.find(verb, end)


@lru_cache(maxsize=1)
def _making_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    groups = vocab()["place_groups"]
    return tuple(groups["making_verbs"]), tuple(groups["helping_words"])


def _parent_city(name: str) -> str | None:
    """The city whose county or district ``name`` opens with, printed in full before government
    wording (仪陇县政府, 顺庆区人民政府 -> 南充市), or None (a unit's name, a county-level city,
    a district whose name several cities have)."""
    if name.startswith(UNIT_LEVEL_WORDS):
        return None
    found = jurisdiction_in(name)
    if found is None or found.own.level not in ("district", "county"):
        return None
    city = with_parent_city(found).city_place()
    return city.name if city else None


def _short_place(name: str, level: str) -> str | None:
    """The listed place (桃源县) a unit name opens with, printed in full or without ``level``,
    when the rest names a body (a department, a government, a zone's 管委会); else None."""
    if name.startswith(UNIT_LEVEL_WORDS):
        return None
    for k in range(SHORT_PLACE_MIN, min(SHORT_PLACE_MAX, len(name) - 1) + 1):
        place, rest = name[:k] + level, name[k:]
        if rest.startswith(level):
            rest = rest[len(level):]
        if rest and is_listed_place(place) and _names_a_body(rest):
            return place
    return None


def _system_office_place(name: str, level: str) -> str | None:
    """The listed place an office of a centrally run system is named after (人行嘉兴市中心支行, 嘉兴银保监分局 ->
    嘉兴市: ``[place_groups] system_offices``), printed in full or without ``level``; else None."""
    for rx in _system_office_res():
        m = rx.fullmatch(name)
        if m:
            place = m.group(1) if m.group(1).endswith(level) else m.group(1) + level
            if is_listed_place(place):
                return place
    return None


def _media_place(name: str, level: str) -> str | None:
    """The listed place a newspaper, radio or television unit is named after (西宁晚报社 -> 西宁市: ``[place_groups]
    media_ends``), printed in full or without ``level``: one clue, never an own unit placing alone; else None."""
    ends = tuple(vocab()["place_groups"]["media_ends"])
    if name.startswith(UNIT_LEVEL_WORDS) or not name.endswith(ends):
        return None
    return next((name[:k] + level for k in range(SHORT_PLACE_MIN, min(SHORT_PLACE_MAX, len(name) - 2) + 1)
                 if name[k:].removeprefix(level).endswith(ends) and is_listed_place(name[:k] + level)), None)


def office_own_city(name: str) -> str | None:
    """The city an office of a centrally run system is named after (人民银行济南分行, 人行嘉兴市中心支行 -> 济南市,
    嘉兴市: ``[place_groups] system_offices``) as a notice place the resolver reads (``with_parent_city``: a county-level
    city with its city), or None: such a name places itself wherever it is printed, in a notice nothing else places too
    (``Resolver._template``)."""
    place = _system_office_place(to_simplified(clean_name(name)), CITY_LEVEL_WORD)
    found = parse_jurisdiction(place) if place else None
    return with_parent_city(found).key if found else None


@lru_cache(maxsize=1)
def _system_office_res() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(re.escape(p).replace(re.escape("{place}"), "(.{%d,%d}?)" % (SHORT_PLACE_MIN, SHORT_PLACE_MAX + 1)))
                 for p in vocab()["place_groups"]["system_offices"])


def _names_a_body(rest: str) -> bool:
    """What follows the place names a body: government wording, a department of the template,
    a body's head noun (管委会, 办事处), or a development zone's kind alone (荆州经开区, 荆州高新区: a zone
    printed by its place and its kind, as a letter's recipients print the city's zones: holdout
    spamwords-jingzhou, batch 50)."""
    return is_government_word(rest) or rest.endswith(place_heads()) or rest in zone_words() \
        or default_template_resolver().is_department(rest)


@lru_cache(maxsize=1)
def place_heads() -> tuple[str, ...]:
    """What a body named after its place ends with (人民政府, 办事处, 管委会 …: ``[place_groups] heads``)."""
    return tuple(vocab()["place_groups"]["heads"])
