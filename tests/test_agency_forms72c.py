"""珠海's science, industry and informatisation bureau (extractor/agencies/template.toml, kjj form
科技和工业信息化局, places 珠海市; holdout tradsqbr-zhuhai-2016-1, batch 127): 市科工信局 is that bureau in a 珠海
notice, and names nothing elsewhere (a place-bound form is read only inside its place)."""
from namekit import assert_reads, assert_unresolved


def test_zhuhai_prints_its_science_and_industry_bureau_short(resolver):
    assert_reads(resolver, "市科工信局", "珠海市", "2016-03-01", "珠海市科技和工业信息化局")
    assert_reads(resolver, "市科技和工业信息化局", "珠海市", "2016-03-01", "珠海市科技和工业信息化局")


def test_the_short_name_names_nothing_in_another_city(resolver):
    assert_unresolved(resolver, "市科工信局", "江门市", "2016-03-01")
