"""Typed records passed between the pipeline's stages.

Every stage is a plain function from one of these records to the next
(see ``pipeline.py`` for the order).  They are frozen so a stage cannot
change what an earlier stage produced; ``as_dict()`` is used only at the
export edge.
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from itertools import chain
from operator import attrgetter
from typing import Any, Iterable, Iterator

from . import codecache, recache

# before the first dataclass of the package: every module that makes one imports this one
codecache.install()
# ... and before most of its regular expressions (the modules that compile theirs at import import this one)
recache.install()


def shallow_dict(obj) -> dict[str, Any]:
    """Fields of a flat dataclass as a dict.  ``dataclasses.asdict`` deep-copies
    every value recursively and was the largest single cost of a batch run;
    one ``attrgetter`` call per object is cheaper than a getattr per field."""
    reader = _READERS.get(type(obj))
    if reader is None:
        names = tuple(f.name for f in fields(obj))
        reader = _READERS[type(obj)] = (names, attrgetter(*names) if len(names) > 1
                                        else lambda o, g=attrgetter(*names): (g(o),))
    return dict(zip(reader[0], reader[1](obj)))


_READERS: dict[type, tuple[tuple[str, ...], Any]] = {}


def quick_init(cls):
    """Give the frozen dataclass ``cls`` an ``__init__`` that sets the
    instance's ``__dict__`` in one step.

    A frozen dataclass's own ``__init__`` sets each field with a call to
    ``object.__setattr__`` (its ``__setattr__`` refuses): about 2 µs for a
    record of nine fields, and a notice builds two such records per measure
    (``DraftMeasure``, ``Measure``: 90,000 per 1,000 notices).  This one takes
    the same arguments (defaults and default factories included) and is about
    twice as fast; the record stays frozen, equal, hashable and picklable as before.
    """
    params, items = [], []
    env: dict[str, Any] = {"_set": object.__setattr__, "_MISSING": MISSING}
    for f in fields(cls):
        value = f.name
        if f.default is not MISSING:
            env[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
        elif f.default_factory is not MISSING:
            env[f"_f_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            value = f"_f_{f.name}() if {f.name} is _MISSING else {f.name}"
        else:
            params.append(f.name)
        items.append(f"{f.name!r}: {value}")
    source = (f"def __init__(self, {', '.join(params)}):\n"
              f"    _set(self, '__dict__', {{{', '.join(items)}}})\n")
    exec(source, env)   # noqa: S102 - the source is built from the class's own field names
    env["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = env["__init__"]
    return cls


class ExtractorError(Exception):
    """An input we cannot read (empty, binary, undecodable, missing).

    Raised for *bad input*, never for bugs: the batch names the file and
    goes on.  The message is one line and says why.
    """


@dataclass(frozen=True)
class RawInput:
    """Bytes of one input and where they came from (stage 1: read)."""

    path: str            #: path as given (or the file found in a folder)
    data: bytes          #: the file's bytes, untouched
    size: int            #: len(data)
    sha256: str          #: hex digest of data
    http_charset: str | None = None  #: charset from an HTTP header (fetch sidecar), if any
    url: str | None = None           #: where it was fetched from, if it was


@dataclass(frozen=True)
class Decoded:
    """Text of one input (stage 2: decode)."""

    raw: RawInput
    text: str            #: the decoded text
    encoding: str        #: the codec actually used (e.g. "utf-8", "gb18030")
    format: str          #: "html" or "text"
    warnings: tuple[str, ...] = ()


#: a notice issued jointly (党政联合发文) is signed by each body on a line of its own, one right over the other,
#: over the date: its issuer (``Metadata.issuer``) is all of them, in the order printed, joined so
#: (中共某县委办公室、某县人民政府办公室), as one cell names several units; written by the metadata stage
#: (``layout/issuer.py``), split at by the agency stage (``agencies/registry.py``)
JOINT_ISSUER_SEP = "、"
#: a line of ``Located.lines`` standing for the position of table n (``f"{TABLE_MARK}{n}"``)
TABLE_MARK = "\x00table:"
#: suffixes of the attachments ``fetch`` follows and ``run`` reads (an office file; the
#: metadata stage also knows a link to one by them)
OFFICE_SUFFIXES = (".doc", ".docx", ".xls", ".xlsx", ".pdf", ".wps", ".et")


@dataclass(frozen=True)
class Located:
    """The notice's own content, portal chrome removed (stage 3: locate).

    ``lines`` is the content as text lines (tables flattened one row a
    line, cells joined by " | ") for metadata and text-form parsing;
    ``tables`` holds the HTML tables of the content as lxml elements,
    ``None`` for text inputs.
    """

    decoded: Decoded
    lines: tuple[str, ...]
    tables: tuple[Any, ...] = ()      #: lxml ``<table>`` elements (HTML only)
    page_title: str | None = None    #: the page's <title>/<h1>, if any
    #: the names a web page's <title> prints beside the notice's title, in order (``siteowner.located_site_owner`` reads
    #: them); None for a page that is no web page
    site_pieces: tuple[str, ...] | None = None
    meta: dict[str, str] = field(default_factory=dict)  #: portal metadata box (索引号, 文号, ...)
    #: tables of an attachment (.docx, .xlsx, .pdf, ...) as ``(grid.Grid, form)``, in order
    grids: tuple[tuple[Any, str], ...] = ()
    #: the lines the grids stand among, when they are not ``lines``: a page read with its
    #: attachments keeps its own lines for the letter, and its attachments' lines (each
    #: table's mark numbered by its index in ``grids``) are the outline the grids sit in
    grid_lines: tuple[str, ...] | None = None
    #: a web page's lines whose source prints a run of spaces (a browser shows one), each as
    #: printed, by the line as read: a table flattened one row a paragraph prints an empty cell
    #: as one space more (``parse/spacedrows.py``); empty for a text input, whose lines keep theirs
    spaced: dict[str, str] = field(default_factory=dict)

@dataclass(frozen=True)
class SourceFile:
    """One file a notice was read from: the page, or one of its attachments."""

    path: str
    sha256: str
    role: str            #: "page" | "attachment"
    format: str          #: "html" | "text" | "docx" | "xlsx" | "xls" | "pdf" | "doc" | "wps" | "et"
    size: int = 0
    url: str | None = None
    link_text: str | None = None   #: an attachment's link text on its page

    def as_dict(self) -> dict[str, Any]:
        return shallow_dict(self)


@dataclass(frozen=True)
class Source:
    """Provenance of a notice, as exported."""

    path: str
    sha256: str
    format: str          #: "html" | "text", or an attachment's kind ("docx", "pdf", ...)
    encoding: str        #: the text's codec; "" for an office file (the format fixes it)
    size: int = 0
    url: str | None = None
    #: every file read for the notice with its role, when there are attachments
    files: tuple[SourceFile, ...] = ()


@dataclass(frozen=True)
class Metadata:
    """Document-level fields (stage 4: metadata)."""

    doc_number: str | None = None   #: 发文字号, e.g. 东府办〔2014〕75号
    title: str | None = None        #: 关于印发…的通知
    issuer: str | None = None       #: the signing body (a joint issuer's bodies joined by ``JOINT_ISSUER_SEP``)
    date: str | None = None         #: ISO 8601 (YYYY-MM-DD)
    recipients: tuple[str, ...] = ()  #: 主送机关
    table_title: str | None = None  #: heading over the table
    #: the issuing body a news item's lead names by its level alone (省政府: ``newslead.read_issuing_body``),
    #: when nothing else names the issuer: the issuer once the notice's place is known (``engine/extract.py``)
    unplaced_issuer: str | None = None


@dataclass(frozen=True)
class AgencyRef:
    """One unit named in a lead/support cell, and what it resolved to."""

    name: str                 #: as printed
    agency_id: str | None     #: registry id, or a stable id for an unresolved name
    canonical: str | None     #: official full name
    capacity: str | None = None  #: bracketed second title, e.g. 市中小企业局
    match: str = "unresolved"    #: "exact" | "alias" | "derived" | "unresolved" | "group"
    score: float = 0.0           #: confidence 0-1
    kind: str = "agency"         #: "agency" | "group" (catch-all such as 各相关部门)

    def as_dict(self) -> dict[str, Any]:
        return shallow_dict(self)


@quick_init
@dataclass(frozen=True)
class Section:
    """A group of measures (目标任务 / 一、…)."""

    no: int | None     #: the section number as an integer
    label: str | None  #: the number as printed, e.g. "(一)"
    title: str         #: the wording without the number

    def as_dict(self) -> dict[str, Any]:
        return shallow_dict(self)


@quick_init
@dataclass(frozen=True)
class Measure:
    """One measure (工作措施) with its lead and support units."""

    seq: int                       #: 1-based order within the notice
    section_no: int | None         #: Section.no of its section
    measure_no: int | None         #: the printed item number as an integer
    text: str                      #: the wording without the number prefix
    deadline: str | None = None    #: 完成时限 as printed
    lead: tuple[AgencyRef, ...] = ()
    support: tuple[AgencyRef, ...] = ()
    form: str = "html-table"       #: which parser produced it (for audit)
    extra: dict[str, str] = field(default_factory=dict)  #: unknown extra columns, header -> cell

    def as_dict(self) -> dict[str, Any]:
        d = shallow_dict(self)
        d["lead"] = [a.as_dict() for a in self.lead]
        d["support"] = [a.as_dict() for a in self.support]
        d["extra"] = dict(self.extra)
        return d


#: a measure's lead and support units (``units_of``)
_UNIT_LISTS = attrgetter("lead", "support")


def units_of(measures: Iterable[Measure]) -> Iterator[AgencyRef]:
    """Every lead, then support unit of each of ``measures``, in order.  Iterators chained in C: a
    comprehension over the measures, their two roles and the units ran a loop of bytecode for each of a
    page's ~150 units, where the callers' question (is any unresolved? which names?) is one C call."""
    return chain.from_iterable(chain.from_iterable(map(_UNIT_LISTS, measures)))


@dataclass(frozen=True)
class Notice:
    """Everything extracted from one input; the unit of export."""

    doc_id: str
    source: Source
    doc_number: str | None = None
    title: str | None = None
    issuer: str | None = None
    date: str | None = None
    recipients: tuple[str, ...] = ()
    table_title: str | None = None
    city: str | None = None
    sections: tuple[Section, ...] = ()
    measures: tuple[Measure, ...] = ()
    warnings: tuple[str, ...] = ()
    version: int | None = None  #: archive version (1, 2, ...) of this notice's identity, once archived

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "doc_number": self.doc_number,
            "title": self.title,
            "issuer": self.issuer,
            "date": self.date,
            "recipients": list(self.recipients),
            "table_title": self.table_title,
            "city": self.city,
            "source": {**shallow_dict(self.source), "files": [f.as_dict() for f in self.source.files]},
            "sections": [s.as_dict() for s in self.sections],
            "measures": [m.as_dict() for m in self.measures],
            "warnings": list(self.warnings),
            "version": self.version,
        }


@quick_init
@dataclass(frozen=True)
class DraftMeasure:
    """A measure as parsed, before its unit cells are split and resolved.

    ``lead_cells``/``support_cells`` hold the raw cell fragments (a cell
    split at ``<br>``/line breaks keeps one fragment per line); the
    agencies stage splits them into names and resolves each.
    """

    section: Section | None
    measure_no: int | None
    text: str
    lead_cells: tuple[str, ...] = ()
    support_cells: tuple[str, ...] = ()
    deadline: str | None = None
    form: str = "html-table"
    extra: dict[str, str] = field(default_factory=dict)
    #: the lead units came from a bare 责任单位 list (no 牵头 column/label), so a
    #: convention in the cover letter (列第一位的…为牵头单位) may re-split them
    from_responsible: bool = False


@dataclass(frozen=True)
class ParsedTable:
    """What a form parser found in one notice (stage 5: table/inline)."""

    sections: tuple[Section, ...] = ()
    measures: tuple[DraftMeasure, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cover:
    """The items a stand-alone assignment line names before its units (parse/ranges.py):
    a range of item numbers (``以上第1—3项``: 1, 3), a count of the items before it
    (``以上3项``), or neither (``上述任务``: the items of its section since the last such line)."""

    first: int | None = None    #: the first item number of a range (``第4至5项``: 4)
    last: int | None = None     #: its last
    count: int | None = None    #: how many items right before the line (``以上3项``)
    #: where the items stand: "before" the line (以上), "after" it (以下), or "" (a range
    #: that says neither: before it where the numbers are found there, else after)
    side: str = ""
