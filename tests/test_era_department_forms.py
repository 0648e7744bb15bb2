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
])
def test_an_old_name_is_the_body_it_named_then(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


@pytest.mark.parametrize("name,city,date,canonical", [
    ("交通厅", "江苏省", "2020-03-01", "江苏省交通运输厅"),
    ("建设厅", "浙江省", "2020-03-01", "浙江省住房和城乡建设厅"),
])
def test_after_the_reform_the_short_name_is_the_new_body(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical
