"""Place groups printed with tortoise-shell brackets (各县〔市、区〕人民政府, 各镇〔街道〕: a page nesting brackets in round
ones, or printing every catch-all so) are one name each, as with （） (blindsynth session 53 cause 2)."""
from extractor.agencies.units import split_units


def test_a_departments_group_is_not_split_at_the_mark_inside_its_brackets():
    """``各县〔市、区〕住房和城乡建设局``: each county's bureau, one catch-all (before: 各县〔市 and 区〕住房和城乡建设局)."""
    assert split_units("房地产市场监管科、各县〔市、区〕住房和城乡建设局") == ("房地产市场监管科", "各县〔市、区〕住房和城乡建设局")
    assert split_units("市公安局，各县〔市、区〕教育局；市财政局") == ("市公安局", "各县〔市、区〕教育局", "市财政局")
