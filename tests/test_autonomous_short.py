"""An autonomous prefecture's, county's or banner's short name drops its nationalities as everyone prints it
(楚雄彝族自治州 -> 楚雄, as in 楚雄州; 长阳土家族自治县 -> 长阳, as in the city bureau's 长阳分局): the nationalities
are data (``places.toml`` [nationalities]).  Before, the short name kept them (楚雄彝族, 长阳土家族), so a name
printed with the place's short name (楚雄发改委, 市生态环境局长阳分局) was unresolved."""
import pytest

from extractor.agencies.gazetteer import without_nationalities
from extractor.agencies.jurisdiction import Place

from namekit import assert_reads


@pytest.mark.parametrize("name,level,short", [
    ("楚雄彝族自治州", "city", "楚雄"),
    ("阿坝藏族羌族自治州", "city", "阿坝"),
    ("湘西土家族苗族自治州", "city", "湘西"),
    ("海南藏族自治州", "city", "海南"),                    # 海南 is a place name, no nationality
    ("伊犁哈萨克自治州", "city", "伊犁"),                  # a nationality printed without 族
    ("克孜勒苏柯尔克孜自治州", "city", "克孜勒苏"),
    ("长阳土家族自治县", "county", "长阳"),
    ("莫力达瓦达斡尔族自治旗", "county", "莫力达瓦"),
    ("鄂温克族自治旗", "county", "鄂温克族"),              # named after its nationality alone: kept
    ("广西壮族自治区", "province", "广西"),                # [region_short], as before
    ("武侯区", "district", "武侯"),
])
def test_the_short_name_of_an_autonomous_place(name, level, short):
    assert Place(name, level).short == short


def test_a_stem_with_no_nationality_stays_itself():
    assert without_nationalities("海西") == "海西" and without_nationalities("楚雄彝族") == "楚雄"


@pytest.mark.parametrize("name,city,date,canonical", [
    ("楚雄发改委", "楚雄彝族自治州", "2022-01-01", "楚雄彝族自治州发展和改革委员会"),
    ("市生态环境局长阳分局", "宜昌市长阳土家族自治县", "2022-01-01", "宜昌市生态环境局长阳分局"),
])
def test_a_name_printed_with_the_places_short_name(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)
