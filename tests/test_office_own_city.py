"""An office of a centrally run system printed with its own city is read in that city even where nothing places the
notice (batch 94: tonegloss-shandong's 人民銀行濟南分行 on a letterless converter mirror), and two department types
the batch met as data: 辽宁's 服务业委员会 and a province's 海洋局 after the 2018-19 reform."""
import pytest

from extractor.agencies.placeclues import office_own_city
from extractor.agencies.resolve import load_resolver


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("name,canonical", [
    ("人民銀行濟南分行", "中国人民银行济南分行"),
    ("人民银行济南分行", "中国人民银行济南分行"),
    ("人行嘉兴市中心支行", "中国人民银行嘉兴市中心支行"),
    ("国家税务总局济南市税务局", "国家税务总局济南市税务局"),
])
def test_a_system_office_names_its_own_city_in_an_unplaced_notice(resolver, name, canonical):
    assert resolver.resolve(name, city=None).canonical == canonical


@pytest.mark.parametrize("name", ["市财政局", "省财政厅", "人民银行某某分行", "财政局"])
def test_other_names_stay_unplaced(resolver, name):
    assert resolver.resolve(name, city=None).canonical is None


def test_the_office_names_a_listed_city():
    assert office_own_city("人民銀行濟南分行") == "济南市"
    assert office_own_city("省财政厅") is None


@pytest.mark.parametrize("name,city,date,canonical", [
    ("省服務業委", "辽宁省", "2015-06-01", "辽宁省服务业委员会"),
    ("市服务业委", "辽宁省沈阳市", "2016-01-01", "沈阳市服务业委员会"),
    ("省服务业委", "山东省", "2015-06-01", None),          # no such commission outside 辽宁
    ("省海洋局", "山东省", "2025-04-07", "山东省海洋局"),
    ("自治区海洋局", "广西壮族自治区", "2022-01-01", "广西壮族自治区海洋局"),
    ("省海洋局", "浙江省", "2025-01-01", None),            # 浙江 keeps no bureau of that name
    ("省政务办", "江苏省", "2022-04-28", "江苏省政务服务管理办公室"),
    ("省政务办", "安徽省", "2022-04-28", None),            # another province's name for it is not known
])
def test_the_batch_types(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical
