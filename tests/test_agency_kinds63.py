"""Session 63's agency families, each read in notices of places of different ranks and eras.

A prefecture that goes by one character before 州 or 盟 (places.toml [prefecture_short]: 博州, 巴州, 克州,
锡盟) is printed so wherever its full or short name would stand in a spelling that carries its own place
(人行博州中心支行, 国家税务总局巴州税务局, 巴州银保监分局), in its own notices, its counties' and cities',
and its region's; and a province's notice reads an autonomous prefecture it names by its short name
(人行楚雄州中心支行 in 云南's)."""
import pytest


@pytest.mark.parametrize("name,city,date,canonical", [
    # the prefecture's own notice, one of its counties', a county-level city's, the region's, another prefecture's
    ("人行博州中心支行", "博尔塔拉蒙古自治州", "2017-02-08", "中国人民银行博尔塔拉蒙古自治州中心支行"),
    ("人行博州中心支行", "博尔塔拉蒙古自治州精河县", "2017-02-08", "中国人民银行博尔塔拉蒙古自治州中心支行"),
    ("人行克州中心支行", "克孜勒苏柯尔克孜自治州阿图什市", "2020-05-01", "中国人民银行克孜勒苏柯尔克孜自治州中心支行"),
    ("人民银行巴州中心支行", "新疆维吾尔自治区", "2016-02-08", "中国人民银行巴音郭楞蒙古自治州中心支行"),
    ("人行博州中心支行", "伊犁哈萨克自治州", "2016-03-01", "中国人民银行博尔塔拉蒙古自治州中心支行"),
    # another body whose spelling carries its place, after the 2018 tax merger
    ("国家税务总局巴州税务局", "巴音郭楞蒙古自治州", "2020-02-08", "国家税务总局巴音郭楞蒙古自治州税务局"),
    # the full name keeps reading as before
    ("人行博尔塔拉蒙古自治州中心支行", "博尔塔拉蒙古自治州", "2017-02-08", "中国人民银行博尔塔拉蒙古自治州中心支行"),
    # a province's notice naming an autonomous prefecture by its short name and 州
    ("人行楚雄州中心支行", "云南省", "2016-03-01", "中国人民银行楚雄州中心支行"),
    ("人行黔东南州中心支行", "贵州省", "2019-03-01", "中国人民银行黔东南州中心支行"),
    # the league that goes by one character before 盟 (锡盟): its bodies and the central bank's branch
    ("锡盟发改委", "锡林郭勒盟", "2018-01-01", "锡林郭勒盟发展和改革委员会"),
    ("锡盟财政局", "锡林郭勒盟锡林浩特市", "2018-01-01", "锡林郭勒盟财政局"),
    ("人行锡盟中心支行", "内蒙古自治区", "2018-01-01", "中国人民银行锡林郭勒盟中心支行"),
    # ... and where its short name stands: the regulators' offices (巴州银保监分局, 博州金融监管分局)
    ("巴州银保监分局", "巴音郭楞蒙古自治州", "2020-03-01", "中国银行保险监督管理委员会巴音郭楞监管分局"),
    ("巴州银保监分局", "新疆维吾尔自治区", "2020-03-01", "中国银行保险监督管理委员会巴音郭楞监管分局"),
    ("博州金融监管分局", "博尔塔拉蒙古自治州", "2024-03-01", "国家金融监督管理总局博尔塔拉监管分局"),
    ("锡盟银保监分局", "锡林郭勒盟", "2020-03-01", "中国银行保险监督管理委员会锡林郭勒监管分局"),
    # a city's name is still read as before in its province's notice
    ("人行德州市中心支行", "山东省", "2016-03-01", "中国人民银行德州市中心支行"),
])
def test_a_prefecture_is_read_by_its_printed_short_name(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical, resolver.explain(name, city=city)


@pytest.mark.parametrize("name,city,date", [
    ("人行巴州中心支行", "四川省", "2016-03-01"),          # 巴州 is 巴中市's district there, no prefecture of 四川
    ("人行巴州中心支行", "巴中市巴州区", "2016-03-01"),
    ("巴州银保监分局", "巴中市", "2020-03-01"),
])
def test_a_one_character_name_is_read_only_in_its_region(resolver, name, city, date):
    assert resolver.resolve(name, city=city, date=date).canonical is None
