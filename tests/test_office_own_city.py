"""An office of a centrally run system printed with its own city is read in that city even where nothing places the
notice (batch 94: tonegloss-shandong's 人民銀行濟南分行 on a letterless converter mirror)."""
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
