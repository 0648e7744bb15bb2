"""Two place-bound names of the template's departments, printed in batch 95's notices (holdout fanwenfirst-jiangxi,
spacedlabel-taizhou, written before the data): 江西's 扶贫和移民办公室 (its poverty-relief and resettlement offices in
one, before the 2018 reform) and 台州's city 建设规划局 (construction and planning in one, its 2000s notices).  Each is
read only in its place; elsewhere the spelling names no body, and the department's other names read as before."""
import pytest

from extractor.agencies.resolve import load_resolver


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("printed, city, want", [
    ("省扶贫和移民办", "江西省", "江西省扶贫和移民办公室"),
    ("省扶贫办", "江西省", "江西省扶贫开发办公室"),
    ("市建设规划局", "台州市", "台州市建设规划局"),
    ("市住建局", "台州市", "台州市住房和城乡建设局"),
])
def test_a_places_own_name_reads_there(resolver, printed, city, want):
    assert resolver.resolve(printed, city=city).canonical == want


@pytest.mark.parametrize("printed, city", [("省扶贫和移民办", "四川省"), ("市建设规划局", "舟山市")])
def test_the_spelling_names_no_body_elsewhere(resolver, printed, city):
    assert resolver.resolve(printed, city=city).canonical is None
