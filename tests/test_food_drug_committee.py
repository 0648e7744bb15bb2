"""The food-and-drug safety committee (食品药品安全委员会) and its office, printed 食药安委 / 食药安办: where a place
joined the drug side to its food-safety committee (浙江's counties: 文成县食品药品安全委员会 signs its 2024 工作要点, holdout
runline-wencheng-2024-1), the office that 县食药安办 names is that committee's, a type of its own beside the food-safety
committee's office (食安办), never merged with it (docs/agencies.md, "The template")."""
import pytest


@pytest.mark.parametrize("name,city,date,canonical", [
    ("县食药安办", "温州市文成县", "2024-07-18", "文成县食品药品安全委员会办公室"),
    ("县食药安委", "温州市文成县", "2024-07-18", "文成县食品药品安全委员会"),
    ("市食药安办", "温州市", "2021-03-01", "温州市食品药品安全委员会办公室"),
    # the food-safety committee's office keeps its own name beside it
    ("县食安办", "温州市文成县", "2024-07-18", "文成县食品安全委员会办公室"),
])
def test_the_food_and_drug_committee_and_its_office_are_the_places(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


def test_the_two_offices_are_two_bodies(resolver):
    food = resolver.resolve("县食安办", city="温州市文成县", date="2024-07-18")
    food_drug = resolver.resolve("县食药安办", city="温州市文成县", date="2024-07-18")
    assert food.agency_id != food_drug.agency_id
