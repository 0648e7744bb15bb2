"""The seed notice (东府办〔2014〕75号) in both renderings: issue 2's "done when".

The expected measures are in tests/fixtures/seed-dongguan-2014-75.expected.json
(hand-checked against the page); here the counts and the agency identities.
"""
import pytest

from extractor.engine.extract import extract_file

FORMS = {"seed-dongguan-2014-75.html": "html", "seed-dongguan-2014-75.txt": "text"}

# Printed name -> official full name, checked by hand (issue 2 names most of them;
# the rest are the standard full names of Dongguan bodies in 2014).
CANONICAL = {
    "市发改局": "东莞市发展和改革局",
    "市经信局": "东莞市经济和信息化局",
    "市经信局(市中小企业局)": "东莞市经济和信息化局",
    "市科技局": "东莞市科学技术局",
    "市府金融工作局": "东莞市人民政府金融工作局",
    "人民银行东莞市中心支行": "中国人民银行东莞市中心支行",
    "东莞银监分局": "中国银行业监督管理委员会东莞监管分局",
    "松山湖管委会": "东莞松山湖高新技术产业开发区管理委员会",
    "市委政研室": "中共东莞市委政策研究室",
    "市委政研室(市跨境办)": "中共东莞市委政策研究室",
    "市府办": "东莞市人民政府办公室",
    "市委宣传部(文化名城创建办)": "中共东莞市委宣传部",
    "市商务局": "东莞市商务局",
    "市工商局": "东莞市工商行政管理局",
    "市国税局": "东莞市国家税务局",
    "市地税局": "东莞市地方税务局",
    "市台湾事务局": "东莞市台湾事务局",
    "市文广新局": "东莞市文化广电新闻出版局",
    "东实公司": "东莞实业投资控股集团有限公司",
    "市国土局": "东莞市国土资源局",
    "市财政局": "东莞市财政局",
    "南城街道办事处": "东莞市南城街道办事处",
    "市质监局": "东莞市质量技术监督局",
}


@pytest.fixture(scope="module", params=sorted(FORMS))
def seed(request, fixtures_dir, resolver):
    return request.param, extract_file(fixtures_dir / request.param, resolver)


def refs(notice):
    return [r for m in notice.measures for r in (*m.lead, *m.support)]


def test_metadata(seed):
    name, n = seed
    assert n.source.format == FORMS[name]
    assert (n.doc_number, n.issuer, n.date) == ("东府办〔2014〕75号", "东莞市人民政府办公室", "2014-08-08")
    assert n.title == "关于印发《东莞市建设金融、科技、产业融合创新综合试验区责任分工表》的通知"
    assert n.table_title == "东莞市建设金融、科技、产业融合创新综合试验区责任分工表"
    assert n.city == "东莞市"


def test_counts(seed):
    _, n = seed
    assert len(n.sections) == 17 and [s.no for s in n.sections] == list(range(1, 18))
    assert [m.measure_no for m in n.measures] == list(range(1, 54))
    assert sum(len(m.lead) for m in n.measures) == 77
    assert sum(len(m.support) for m in n.measures) == 68


def test_every_name_resolves_to_its_official_name(seed):
    _, n = seed
    seen = {r.name: r for r in refs(n)}
    assert set(seen) == set(CANONICAL)
    assert {name: r.canonical for name, r in seen.items()} == CANONICAL
    assert not [r for r in seen.values() if r.match == "unresolved"]


def test_capacity_and_hard_negatives(seed):
    _, n = seed
    seen = {r.name: r for r in refs(n)}
    assert seen["市经信局"].agency_id == seen["市经信局(市中小企业局)"].agency_id
    assert seen["市经信局(市中小企业局)"].capacity == "市中小企业局"
    assert seen["市委政研室(市跨境办)"].capacity == "市跨境办"
    assert seen["市国税局"].agency_id != seen["市地税局"].agency_id
    assert len({r.agency_id for r in seen.values()}) == 21


def test_both_renderings_agree(fixtures_dir, resolver):
    a, b = (extract_file(fixtures_dir / f, resolver) for f in sorted(FORMS))
    strip = [(m.section_no, m.measure_no, m.text, m.lead, m.support) for m in a.measures]
    assert strip == [(m.section_no, m.measure_no, m.text, m.lead, m.support) for m in b.measures]
