"""Public institutions printed with a level word (市政务服务中心, 区行政服务中心, 县茶产业发展中心, 市通信发展管理办公室):
the notice's place + the name as printed, nothing added or expanded (tests/fixtures/README.md, session 35;
docs/agencies.md, "Institutions named as printed").  Written by hand before the code."""
import pytest

from extractor.agencies.resolve import load_resolver


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


CASES = [
    ("市葡萄产业发展服务中心", "吴忠市青铜峡市", "2019-06-01", "青铜峡市葡萄产业发展服务中心"),   # a county-level city
    ("区行政服务中心", "上海市嘉定区", "2019-05-01", "上海市嘉定区行政服务中心"),                # a district, under its city
    ("县茶产业发展中心", "遵义市湄潭县", "2023-03-20", "湄潭县茶产业发展中心"),                  # a county stands alone
    ("市大数据中心", "济宁市", "2021-07-12", "济宁市大数据中心"),
    ("市大數據中心", "济宁市", "2021-07-12", "济宁市大数据中心"),                                # a mirror's characters
    ("州农业技术推广中心", "恩施土家族苗族自治州巴东县", "2021-06-01", "恩施土家族苗族自治州农业技术推广中心"),
    ("市疫情防控指挥部办公室", "许昌市", "2020-05-18", "许昌市疫情防控指挥部办公室"),
    ("临沂市沂蒙精神研究中心", None, "2023-06-29", "临沂市沂蒙精神研究中心"),                     # its own place printed
    ("兰山区投资促进中心", "临沂市", "2021-06-01", "临沂市兰山区投资促进中心"),
    ("县市政公用事业服务中心", "邯郸市成安县", "2026-01-27", "成安县市政公用事业服务中心"),   # 县, then 市政 (municipal works)
    ("市市政公用事业服务中心", "邯郸市", "2026-01-27", "邯郸市市政公用事业服务中心"),
]


@pytest.mark.parametrize("name,city,date,canonical", CASES)
def test_a_centre_is_the_place_and_the_name_as_printed(resolver, name, city, date, canonical):
    ref = resolver.resolve(name, city=city, date=date)
    assert (ref.canonical, ref.match) == (canonical, "derived"), resolver.explain(name, city=city, date=date)


NEGATIVES = [
    ("市大数据中心", None, "2021-07-12"),              # no notice place: whose?
    ("区行政服务中心", "宜昌市", "2021-06-01"),        # a city notice: which district?
    ("行政服务中心", "上海市嘉定区", "2021-06-01"),    # printed bare: no level word, nothing added
    ("市委党史研究中心", "宜昌市", "2021-06-01"),      # a party committee's body is named 中共…, not as printed
    ("区域医疗中心", "上海市嘉定区", "2021-06-01"),    # 区域 is no level word
    ("市级财政国库支付中心", "宜昌市", "2021-06-01"),  # 市级 neither
    ("市场监管综合服务中心", "宜昌市", "2021-06-01"),  # nor 市场 ([prefixes] not_level: the one list of such words)
    ("县域经济发展研究中心", "南充市仪陇县", "2021-06-01"),  # nor 县域
    ("市政公用事业服务中心", "邯郸市成安县", "2026-01-27"),  # nor 市政公用 (municipal works): printed bare
    ("临沂市场监管服务中心", "临沂市", "2021-06-01"),  # nor 市场 after a listed place's name
    ("市直各中心", "宜昌市", "2021-06-01"),            # no one body
    ("市中心", "宜昌市", "2021-06-01"),                # no name at all
    ("市双招双引办", "丽水市", "2023-01-01"),          # an abbreviation is not expanded
    ("北京大学区域研究中心", None, "2021-06-01"),      # no listed place opens it
    ("县公积金中心", "南充市仪陇县", "2022-06-01"),    # the city's 住房公积金管理中心 (a template type): a county branch
]


@pytest.mark.parametrize("name,city,date", NEGATIVES)
def test_no_centre_without_its_place_or_its_name(resolver, name, city, date):
    ref = resolver.resolve(name, city=city, date=date)    # unresolved, or a catch-all group (市直各中心)
    assert ref.canonical is None and ref.match in ("unresolved", "group"), resolver.explain(name, city=city, date=date)


def test_spellings_of_one_centre_in_one_place_are_one_body(resolver):
    ids = {resolver.resolve(n, city="吴忠市青铜峡市", date="2019-06-01").agency_id
           for n in ("市葡萄产业发展服务中心", "青铜峡市葡萄产业发展服务中心")}
    assert len(ids) == 1


def test_one_name_in_two_places_or_two_names_in_one_place_are_two_bodies(resolver):
    a = resolver.resolve("市大数据中心", city="济宁市", date="2021-07-12")
    b = resolver.resolve("市大数据中心", city="临沂市", date="2021-07-12")
    c = resolver.resolve("市大数据局", city="济宁市", date="2021-07-12")
    d = resolver.resolve("区政务服务中心", city="上海市嘉定区", date="2021-07-12")
    e = resolver.resolve("区行政服务中心", city="上海市嘉定区", date="2021-07-12")
    assert len({a.agency_id, b.agency_id, c.agency_id}) == 3
    assert d.agency_id != e.agency_id


def test_a_centre_after_a_carried_prefix_is_the_prefix_level(resolver):
    # 区发改局、行政服务中心 in one cell: the carried 区 names the centre's place as it names a department's
    refs = resolver.resolve_names(["区发改局", "行政服务中心"], city="上海市嘉定区", date="2019-05-01")
    assert refs[1].canonical == "上海市嘉定区行政服务中心"


# A county's or district's public cultural institution printed with its level word under the name every such place
# gives it (tests/fixtures/README.md, session 40): the place + that name, nothing added; where places name their own
# (a city's or province's library or museum, a county-level city's or district's museum), a name cut short or
# colloquial, or printed bare, unresolved.  Written by hand before the code.
STANDARD = [
    ("县图书馆", "南充市仪陇县", "2022-06-01", "仪陇县图书馆"),
    ("县文化馆", "遵义市湄潭县", "2022-06-01", "湄潭县文化馆"),
    ("县博物馆", "宝鸡市眉县", "2022-06-01", "眉县博物馆"),                  # a one-character county keeps its 县
    ("旗文化馆", "锡林郭勒盟正蓝旗", "2022-06-01", "正蓝旗文化馆"),
    ("县博物馆", "丽江市玉龙纳西族自治县", "2022-06-01", "玉龙纳西族自治县博物馆"),
    ("市图书馆", "苏州市常熟市", "2022-06-01", "常熟市图书馆"),               # a county-level city's library
    ("区文化馆", "成都市武侯区", "2022-06-01", "成都市武侯区文化馆"),         # a district, under its city
    ("区图书馆", "上海市嘉定区", "2022-06-01", "上海市嘉定区图书馆"),
    ("縣圖書館", "南充市仪陇县", "2022-06-01", "仪陇县图书馆"),               # a mirror's characters
    ("仪陇县图书馆", None, "2022-06-01", "仪陇县图书馆"),                     # its own place printed
]


@pytest.mark.parametrize("name,city,date,canonical", STANDARD)
def test_a_standard_naming_after_a_county_level_word_is_the_place_and_the_name(resolver, name, city, date,
                                                                               canonical):
    ref = resolver.resolve(name, city=city, date=date)
    assert (ref.canonical, ref.match) == (canonical, "derived"), resolver.explain(name, city=city, date=date)


NOT_STANDARD = [
    ("县医院", "南充市仪陇县", "2022-06-01"),          # colloquial: often 某县人民医院
    ("县一中", "南充市仪陇县", "2022-06-01"),          # 某县第一中学: not expanded
    ("县少儿图书馆", "南充市仪陇县", "2022-06-01"),    # cut short (少年儿童图书馆)
    ("县农技站", "南充市仪陇县", "2022-06-01"),        # cut short (农业技术推广站)
    ("县纪念馆", "南充市仪陇县", "2022-06-01"),        # a memorial hall is named for whom it remembers
    ("县执法大队", "南充市仪陇县", "2022-06-01"),      # which bureau's?
    ("文化馆", "南充市仪陇县", "2022-06-01"),          # printed bare: nothing added
    ("县图书馆", "南充市", "2022-06-01"),              # a city notice: which county?
    ("市图书馆", "苏州市", "2022-06-01"),              # a city names its own (苏州图书馆)
    ("市博物馆", "苏州市常熟市", "2022-06-01"),        # so does a county-level city its museum (常熟博物馆)
    ("区博物馆", "上海市嘉定区", "2022-06-01"),        # and a district (嘉定博物馆)
    ("省图书馆", "湖南省", "2022-06-01"),              # and a province (湖南图书馆)
    ("省基础测绘院", "青海省", "2023-03-06"),          # an institute of its own, no standard naming
]


@pytest.mark.parametrize("name,city,date", NOT_STANDARD)
def test_no_standard_naming_where_places_name_their_own_or_the_name_is_cut_short(resolver, name, city, date):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.canonical is None and ref.match == "unresolved", resolver.explain(name, city=city, date=date)


def test_one_standard_naming_in_one_place_is_one_body_and_two_are_two(resolver):
    ids = [resolver.resolve(n, city="南充市仪陇县", date="2022-06-01").agency_id
           for n in ("县图书馆", "仪陇县图书馆", "县文化馆")]
    assert ids[0] == ids[1] != ids[2]
