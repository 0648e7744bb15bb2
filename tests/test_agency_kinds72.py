"""Session 72's agency readings: a county's 农业农村局 and 科技局 merged as one bureau (青海's counties after the 2019
reform; holdout lostmark-minhe, batch 125)."""
import pytest


@pytest.mark.parametrize("name,city", [
    ("农业农村和科技局", "海东市民和回族土族自治县"),
    ("县农业农村和科技局", "海东市民和回族土族自治县"),
])
def test_a_countys_merged_farming_and_science_bureau(resolver, name, city):
    got = resolver.resolve(name, city=city, date="2023-01-09")
    assert got.canonical == "民和回族土族自治县农业农村和科技局"


def test_the_merged_bureau_is_no_city_bureau(resolver):
    # the form is known at a county's level only: a city's notice leaves it as before
    assert resolver.resolve("市农业农村和科技局", city="海东市", date="2023-01-09").canonical != "海东市农业农村和科技局"


def test_the_farming_bureau_alone_is_as_before(resolver):
    got = resolver.resolve("农业农村局", city="海东市民和回族土族自治县", date="2023-01-09")
    assert got.canonical == "民和回族土族自治县农业农村局"
