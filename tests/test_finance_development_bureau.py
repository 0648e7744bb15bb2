"""辽宁's cities' 金融发展局 (template.toml ``jrfzj``): the government's finance body the 2018-19 reform named so in that
province's cities, printed 市金融发展局 (holdout labelmirror-jinzhou-2025-1, batch 67: 锦州市金融发展局).  Read in any
辽宁 city, before and after the 2023-24 financial reform; in another province's city or at a district it names no
template body (a guess would merge it with a bureau of another name).  Like 营商局 (``yshj``), the type's 2019 start
does not unread an older page's name: no other body of the city was printed so.
"""
from __future__ import annotations

import pytest

from namekit import assert_reads, assert_unresolved

READS = (
    ("市金融发展局", "锦州市", "2025-01-25", "锦州市金融发展局"),
    ("市金融发展局", "鞍山市", "2021-03-01", "鞍山市金融发展局"),
    ("市金融发展局", "大连市", "2020-06-01", "大连市金融发展局"),
    ("金融发展局", "营口市", "2023-05-01", "营口市金融发展局"),
    ("锦州市金融发展局", "锦州市", "2024-08-01", "锦州市金融发展局"),
)

UNREAD = (
    ("市金融发展局", "广州市", "2023-01-19"),     # another province's city: no such template body
    ("区金融发展局", "锦州市太和区", "2025-01-25"),  # a district's: the name is the cities' only
)


@pytest.mark.parametrize("name,city,date,canonical", READS)
def test_a_liaoning_city_s_finance_development_bureau_is_read(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", UNREAD)
def test_no_finance_development_bureau_elsewhere_or_before(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)
