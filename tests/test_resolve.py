"""Resolving unit names: the seed's units, look-alikes, cities, eras, user aliases."""
from __future__ import annotations

import pytest

from extractor.models import ExtractorError
from extractor.resolve import detect_city, load_resolver, resolve_cells

DG, LS = "东莞市", "丽水市"
SEED_DATE = "2014-08-08"   # 东府办〔2014〕75号

# Every unit in the lead/support cells of shared/seed/dongguan-2014-75.txt,
# with the registry entry it must resolve to (checked against FORMATS.md §3).
SEED_UNITS = [
    ("市发改局", "dg-fgj", None),
    ("市经信局", "dg-jxj", None),
    ("市经信局(市中小企业局)", "dg-jxj", "市中小企业局"),
    ("市科技局", "dg-kjj", None),
    ("市府金融工作局", "dg-jrgzj", None),
    ("人民银行东莞市中心支行", "dg-rhzzh", None),
    ("东莞银监分局", "dg-yjfj", None),
    ("松山湖管委会", "dg-ssh", None),
    ("市委政研室", "dg-swzys", None),
    ("市委政研室(市跨境办)", "dg-swzys", "市跨境办"),
    ("市府办", "dg-szfb", None),
    ("市委宣传部(文化名城创建办)", "dg-swxcb", "文化名城创建办"),
    ("市商务局", "dg-swj", None),
    ("市工商局", "dg-gsj", None),
    ("市国税局", "dg-guoshui", None),
    ("市地税局", "dg-dishui", None),
    ("市台湾事务局", "dg-tb", None),
    ("市文广新局", "dg-wgxj", None),
    ("东实公司", "dg-dsgs", None),
    ("市国土局", "dg-gtj", None),
    ("市财政局", "dg-czj", None),
    ("南城街道办事处", "dg-j-nancheng", None),
    ("市质监局", "dg-zjj", None),
]


@pytest.mark.parametrize("name,agency_id,capacity", SEED_UNITS)
def test_seed_units_resolve(resolver, name, agency_id, capacity):
    ref = resolver.resolve(name, city=DG, date=SEED_DATE)
    assert ref.match in ("exact", "alias", "derived")
    assert (ref.agency_id, ref.capacity, ref.kind) == (agency_id, capacity, "agency")
    assert ref.canonical and ref.score > 0.5


def test_seed_cells_resolve_through_resolve_cells(resolver):
    cells = ["市委政研室(市跨境办) 市国税局 市地税局 人民银行东莞市中心支行"]
    refs = resolve_cells(resolver, cells, city=DG, date=SEED_DATE)
    assert [r.agency_id for r in refs] == ["dg-swzys", "dg-guoshui", "dg-dishui", "dg-rhzzh"]
    assert [r.name for r in refs] == cells[0].split()


def test_seed_city_from_doc_number_and_issuer():
    assert detect_city("东莞市人民政府办公室", doc_number="东府办〔2014〕75号") == DG
    assert detect_city(None, None, doc_number="东府办〔2014〕75号") == DG
    assert detect_city("东莞市人民政府办公室") == DG
