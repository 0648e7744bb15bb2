"""Departments under the names they had before the 2008-09 and 2018-19 reforms, printed so in old notices:
江苏's 2006 and 2008 重点任务分解 name 建设厅, 交通厅, 农林厅 and 海洋与渔业局, and 荆州's 2009 分解 its 市水产局
(holdout nodotnum-jiangsu, spacebracket-jiangsu, oneline-jingzhou, batch 57: before, each was unresolved, or
交通厅 read as the 交通运输厅 it became)."""
import pytest

from extractor.agencies.resolve import load_resolver


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("name,city,date,canonical", [
    ("建设厅", "江苏省", "2008-02-23", "江苏省建设厅"),
    ("交通厅", "江苏省", "2008-02-23", "江苏省交通厅"),
    ("农林厅", "江苏省", "2008-02-23", "江苏省农林厅"),
    ("省农林厅", "江苏省", "2006-03-01", "江苏省农林厅"),
    ("海洋与渔业局", "江苏省", "2006-03-01", "江苏省海洋与渔业局"),
    ("市水产局", "荆州市", "2009-03-01", "荆州市水产局"),
    ("市农林委", "西安市", "2018-05-08", "西安市农林委员会"),
    ("农林委员会", "西安市", "2016-03-01", "西安市农林委员会"),
])
def test_an_old_name_is_the_body_it_named_then(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


def test_a_city_farming_and_forestry_committee_only_where_the_city_had_one(resolver):
    """西安's 农林委员会 (its farming body until 2019: holdout semilabels-xian, batch 108) is no other city's."""
    assert resolver.resolve("市农林委", city="西安市", date="2018-05-08").canonical == "西安市农林委员会"
    assert resolver.resolve("市农林委", city="宝鸡市", date="2018-05-08").canonical != "宝鸡市农林委员会"


@pytest.mark.parametrize("name,city,date,canonical", [
    ("交通厅", "江苏省", "2020-03-01", "江苏省交通运输厅"),
    ("建设厅", "浙江省", "2020-03-01", "浙江省住房和城乡建设厅"),
])
def test_after_the_reform_the_short_name_is_the_new_body(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical
