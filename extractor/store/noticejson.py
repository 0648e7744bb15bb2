"""A notice as JSON, and the digest of what it says.

``notice_json`` is the JSON that notices.json and the archive's
``versions.notice_json`` hold; ``content_digest`` is the sha256 the archive
compares to tell a new version from a file that says the same
(``archive.py``), made from that JSON (a version an older release stored)
or, the same digest without parsing the JSON back, from the notice itself
(``notice_digest``, what ``rows.notice_record`` uses).
"""
from __future__ import annotations

import hashlib
from dataclasses import fields
from operator import attrgetter
from typing import Callable

import orjson

from ..models import AgencyRef, Notice
from ..text import doc_number_key


def notice_json(notice: Notice) -> bytes:
    """``notice.as_dict()`` as one line of JSON, UTF-8 without escapes.

    orjson writes the measures, sections and agency refs straight from their
    dataclasses (in field order, as ``as_dict`` does), so the dicts are never
    built: about 0.2 ms a notice against 1.4 ms for ``json.dumps(as_dict())``,
    which was the largest single cost of the writer.  Only the notice's own
    keys are listed, in ``as_dict``'s order (a test holds the two equal).
    """
    return orjson.dumps(_json_tree(notice))


def _json_tree(notice: Notice) -> dict:
    return {
        "doc_id": notice.doc_id, "doc_number": notice.doc_number, "title": notice.title,
        "issuer": notice.issuer, "date": notice.date, "recipients": notice.recipients,
        "table_title": notice.table_title, "city": notice.city, "source": notice.source,
        "sections": notice.sections, "measures": notice.measures, "warnings": notice.warnings,
        "version": notice.version,
    }


#: keys of a notice's JSON that say where it was read from and how, not what it says
_PROVENANCE_KEYS = ("doc_id", "source", "version", "warnings")


def content_digest(notice_json: bytes | str) -> str:
    """sha256 of what a notice says (archive.py: a version is a change of content).

    Its JSON without provenance - doc_id, source, version, warnings (a .txt
    copy warns of other things than the page) - and without each measure's
    ``form`` (which parser read it: the seed's .html and its .txt copy are read
    by two), its doc number by ``text.doc_number_key``; keys sorted.  Two
    files that give the same measures, units and metadata have one digest.
    """
    tree = orjson.loads(notice_json)
    for key in _PROVENANCE_KEYS:
        tree.pop(key, None)
    if tree.get("doc_number"):
        tree["doc_number"] = doc_number_key(tree["doc_number"])
    for measure in tree.get("measures") or ():
        measure.pop("form", None)
    return hashlib.sha256(orjson.dumps(tree, option=orjson.OPT_SORT_KEYS)).hexdigest()


def notice_digest(notice: Notice, roles: list[bytes] | None = None) -> str:
    """``content_digest(notice_json(notice))``, made from the notice itself.

    Parsing the JSON back to drop its provenance cost about 0.3 ms a notice
    (a Python object for every value); here orjson writes the same sorted
    JSON from the notice's values: each measure as a dict of its fields but
    ``form``, its units as lists of each reference's sorted JSON
    (``ref_json``, included as ``orjson.Fragment``: copied as it is).
    ``roles``: those lists, each measure's lead then support, as
    ``rows.notice_record`` has them from its pass over the units; made here
    when not given.  A test holds the two equal on every fixture.
    """
    if roles is None:
        roles = [b"[%s]" % b",".join([ref_json(_REF_ALL_VALUES(r)) for r in refs])
                 for m in notice.measures for refs in (m.lead, m.support)]
    units, fragment, dumps, sort = iter(roles), orjson.Fragment, orjson.dumps, orjson.OPT_SORT_KEYS
    # ``_json_tree`` without ``_PROVENANCE_KEYS``, each dict written out (a dict of zipped
    # fields a measure and a section cost a third of the digest) with its keys in sorted
    # order, so that orjson writes them as they come instead of sorting every dict; a
    # measure's ``extra`` (any keys) goes in sorted by orjson, as a fragment
    tree = {
        "city": notice.city, "date": notice.date,
        "doc_number": doc_number_key(notice.doc_number) if notice.doc_number else notice.doc_number,
        "issuer": notice.issuer,
        # a measure's fields but ``form``
        "measures": [{"deadline": m.deadline, "extra": fragment(dumps(m.extra, option=sort)) if m.extra else m.extra,
                      "lead": fragment(next(units)), "measure_no": m.measure_no, "section_no": m.section_no,
                      "seq": m.seq, "support": fragment(next(units)), "text": m.text} for m in notice.measures],
        "recipients": notice.recipients,
        "sections": [{"label": s.label, "no": s.no, "title": s.title} for s in notice.sections],
        "table_title": notice.table_title, "title": notice.title,
    }
    return hashlib.sha256(dumps(tree)).hexdigest()


def ref_json(values: tuple) -> bytes:
    """An agency reference's values (its fields, in order) as the JSON object the
    content digest holds for it: keys sorted."""
    return orjson.dumps(dict(zip(_REF_FIELDS, values)), option=orjson.OPT_SORT_KEYS)


def _field_values(cls) -> tuple[tuple[str, ...], Callable]:
    """The names of ``cls``'s fields, and a getter of their values as a tuple."""
    names = tuple(f.name for f in fields(cls))
    return names, attrgetter(*names)


#: an agency reference's fields, in order (``rows._units`` takes its values in this order too)
_REF_FIELDS, _REF_ALL_VALUES = _field_values(AgencyRef)
