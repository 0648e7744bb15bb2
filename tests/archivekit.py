"""Notices built in tests for the archive and diff (no parsing involved)."""
from __future__ import annotations

import hashlib

from extractor.models import AgencyRef, Measure, Notice, Section, Source

#: (measure_no, text, lead names, support names)
BASE_MEASURES = (
    (1, "突出发展战略性新兴产业。", ("市发改局", "市经信局"), ()),
    (2, "提升优势传统产业,提升产业集群优势。", ("市经信局",), ()),
    (3, "鼓励企业推行“机器换人”。", ("市经信局",), ("松山湖管委会",)),
    (4, "加快电子商务发展。", ("市商务局",), ("市国税局", "市地税局")),
)


def ref(name: str) -> AgencyRef:
    return AgencyRef(name=name, agency_id="id-" + name, canonical=name, match="exact", score=1.0)


def make_notice(measures=BASE_MEASURES, doc_number: str | None = "东府办〔2014〕75号",
                path: str = "raw/a.html", url: str | None = None, salt: str = "") -> Notice:
    """A notice whose sha256 (and so doc_id) follows from its content and ``salt``."""
    sha = hashlib.sha256(repr((measures, doc_number, path, url, salt)).encode()).hexdigest()
    return Notice(
        doc_id=sha[:16], source=Source(path=path, sha256=sha, format="html", encoding="utf-8", size=100, url=url),
        doc_number=doc_number, title="关于印发责任分工表的通知", issuer="东莞市人民政府办公室",
        date="2014-08-08", recipients=("市府直属各单位",), city="东莞市",
        sections=(Section(1, "(一)", "构建产业体系"),),
        measures=tuple(Measure(seq=i, section_no=1, measure_no=no, text=text,
                               lead=tuple(map(ref, lead)), support=tuple(map(ref, support)))
                       for i, (no, text, lead, support) in enumerate(measures, start=1)),
    )


def republished(measures=BASE_MEASURES):
    """BASE_MEASURES with measure 2 reworded and 松山湖管委会 moved from support to lead in 3."""
    out = list(measures)
    out[1] = (2, "提升优势传统产业,打造先进制造业集群。", ("市经信局",), ())
    out[2] = (3, "鼓励企业推行“机器换人”。", ("市经信局", "松山湖管委会"), ())
    return tuple(out)


def store_notices(notices, out_dir):
    """Add ``notices`` to the archive in ``out_dir`` as a run does (the SQLite
    exporter: each notice stored, then the agency table refreshed)."""
    from extractor.store.export import export_all
    return export_all(notices, out_dir, ("sqlite",))[0]
