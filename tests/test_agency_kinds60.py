"""Session 60's agency family: a place's coordinating committees (议事协调机构) and their offices, named alike at every
level after the place (docs/agencies.md, "The template"), read in places of different ranks and eras, and a committee
signing a notice placing it."""
import pytest

from extractor.agencies.registry import detect_city


@pytest.mark.parametrize("name,city,date,canonical", [
    # a city, a district under its city, a county, a banner, a county-level city, a province, an autonomous prefecture
    ("市安委会", "武汉市", "2014-09-29", "武汉市安全生产委员会"),
    ("区安委办", "南京市江宁区", "2022-01-01", "南京市江宁区安全生产委员会办公室"),
    ("县安委会", "黄山市歙县", "2008-05-01", "歙县安全生产委员会"),
    ("旗安委会", "鄂尔多斯市达拉特旗", "2024-06-13", "达拉特旗安全生产委员会"),
    ("省安委会", "湖北省", "2016-01-01", "湖北省安全生产委员会"),
    ("州食安委", "恩施土家族苗族自治州", "2019-03-01", "恩施土家族苗族自治州食品安全委员会"),
    ("县食安办", "黄山市歙县", "2020-01-01", "歙县食品安全委员会办公室"),
    ("市爱卫会", "鹤壁市", "2012-04-01", "鹤壁市爱国卫生运动委员会"),
    ("区文明委", "南京市江宁区", "2022-01-01", "南京市江宁区精神文明建设委员会"),
    ("市禁毒委", "桐乡市", "2021-06-01", "桐乡市禁毒委员会"),
    ("县禁毒办", "黄山市歙县", "2016-01-01", "歙县禁毒委员会办公室"),
    ("市老龄委", "鹤壁市", "2010-01-01", "鹤壁市老龄工作委员会"),
    ("区老龄办", "南京市江宁区", "2023-01-01", "南京市江宁区老龄工作委员会办公室"),
    ("市绿委", "武汉市", "2018-03-01", "武汉市绿化委员会"),
    ("县绿化办", "黄山市歙县", "2015-03-01", "歙县绿化委员会办公室"),
    ("省减灾委", "湖北省", "2020-01-01", "湖北省减灾委员会"),
    # the 2023 reform's 防灾减灾救灾委员会 and its office (白银区's 2025 要点: 区防减救灾办牵头; holdout emptybox-baiyinqu, batch 133)
    ("区防减救灾办", "白银市白银区", "2025-04-15", "白银市白银区防灾减灾救灾委员会办公室"),
    ("市防减救灾委", "白银市", "2025-01-01", "白银市防灾减灾救灾委员会"),
    ("县防减救灾委办", "黄山市歙县", "2024-06-01", "歙县防灾减灾救灾委员会办公室"),
    # a place naming its committee otherwise (武汉's 指导委员会) and a body renamed with a reform (武汉's 交委 until 2019)
    ("市文明委", "武汉市", "2014-09-29", "武汉市精神文明建设指导委员会"),
    ("市交委", "武汉市", "2014-09-29", "武汉市交通运输委员会"),
])
def test_a_coordinating_committee_is_its_places(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


@pytest.mark.parametrize("name,city", [
    ("市文明委", "北京市"),      # the capital's committee is 首都精神文明建设委员会, named without the city
    ("省文明委", "湖北省"),      # a province's is named in its own way: local levels only
    ("市安委会", "湖北省"),      # no city in a province's notice
])
def test_a_committee_no_form_names_stays_unread(resolver, name, city):
    assert resolver.resolve(name, city=city, date="2020-01-01").canonical is None


def test_the_other_readings_of_the_transport_committee_stand(resolver):
    assert resolver.resolve("市交委", city="广州市", date="2007-01-01").canonical == "广州市交通委员会"
    assert resolver.resolve("市交委", city="天津市", date="2016-01-01").canonical is None


@pytest.mark.parametrize("issuer,place", [
    ("武汉市精神文明建设指导委员会", "武汉市"),
    ("达拉特旗安全生产委员会", "鄂尔多斯市达拉特旗"),
    ("歙县食品安全委员会", "黄山市歙县"),
    ("鹤壁市爱国卫生运动委员会", "鹤壁市"),
    ("湖北省减灾委员会", "湖北省"),
])
def test_a_committee_signing_places_the_notice(issuer, place):
    assert detect_city(issuer) == place
