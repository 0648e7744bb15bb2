"""The orchestrator: one input in, one Notice out; a batch in, exports out.

Stages, in order (one module each; I/O only at the two ends):

1. read      ``read.read_input``          path -> RawInput (bytes, sha256)
2. decode    ``decode.decode_bytes``      RawInput -> Decoded (text, encoding)
3. locate    ``locate.locate_content``    Decoded -> Located (content lines, tables)
4. metadata  ``metadata.parse_metadata``  Located -> Metadata
5. parse     ``forms.parse_body``         Located -> ParsedTable (sections, draft measures)
6. agencies  ``resolve.resolve_cells``    draft unit cells -> AgencyRef tuples
7. export    ``export.export_all``        Notices -> JSON, CSV, SQLite

Bad input (``ExtractorError``) is reported per file and the batch goes on;
any other exception is a bug and propagates.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .decode import decode_bytes
from .export import EXPORTERS, export_all
from .conventions import apply_conventions
from .forms import parse_body
from .locate import locate_content
from .metadata import parse_metadata
from .models import ExtractorError, Measure, Notice, RawInput, Source
from .read import SIDECAR_SUFFIX, read_input

log = logging.getLogger(__name__)

#: files in an input folder that are never notices
_SKIP_SUFFIXES = (SIDECAR_SUFFIX, ".csv", ".sqlite", ".json", ".pyc")


@dataclass(frozen=True)
class Settings:
    """What one ``run`` does."""

    inputs: tuple[str, ...] = ("raw",)
    out_dir: Path = Path("output")
    formats: tuple[str, ...] = tuple(EXPORTERS)
    aliases: Path | None = None   #: user alias CSV (name,agency_id[,city])
    jobs: int = 1                 #: worker processes (or local Dask workers); 0 = one per core
    engine: str = "local"         #: "local" (this host) or "dask" (a Dask cluster)
    scheduler: str | None = None  #: Dask scheduler address, e.g. tcp://host:8786 (else a local cluster)
    full: bool = False            #: re-extract inputs whose bytes the archive already holds
    all_versions: bool = False    #: per-run files show every archived version, not only the latest
    fetch_into: Path = Path("raw")  #: where URL inputs are fetched to before extraction


@dataclass
class RunResult:
    """What a run produced and what it could not read."""

    notices: list[Notice] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  #: (path, reason)
    written: list[Path] = field(default_factory=list)
    new: int = 0          #: notices the archive did not know
    changed: int = 0      #: new versions of notices it knew
    unchanged: int = 0    #: inputs whose bytes it already held

    @property
    def measure_count(self) -> int:
        return sum(len(n.measures) for n in self.notices)

    @property
    def assignment_count(self) -> int:
        return sum(len(m.lead) + len(m.support) for n in self.notices for m in n.measures)

    @property
    def unresolved_names(self) -> set[str]:
        return {r.name for n in self.notices for m in n.measures for r in (*m.lead, *m.support)
                if r.match == "unresolved"}


def collect_inputs(inputs: Iterable[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand folders into their files (sorted, recursively); report missing inputs."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and _is_candidate(f)))
        elif p.exists():
            files.append(p)
        else:
            missing.append((item, "no such file or folder"))
    return files, missing


def _is_candidate(path: Path) -> bool:
    name = path.name
    return not name.startswith(".") and not name.endswith(_SKIP_SUFFIXES) and name.lower() != "readme.md"


def doc_id_for(raw: RawInput) -> str:
    """A stable id: the same bytes give the same id on every run."""
    return raw.sha256[:16]


def extract_raw(raw: RawInput, resolver=None) -> Notice:
    """Stages 2-6 on one input's bytes."""
    from .resolve import detect_city, load_resolver, resolve_cells

    resolver = resolver or load_resolver()
    decoded = decode_bytes(raw)
    located = locate_content(decoded)
    meta = parse_metadata(located)
    # a cover-letter convention (列第一位…为牵头单位) re-splits bare 责任单位 lists
    parsed = apply_conventions(located, parse_body(located))
    city = detect_city(meta.issuer, meta.title, meta.table_title, doc_number=meta.doc_number)
    measures = []
    for seq, d in enumerate(parsed.measures, start=1):
        measures.append(Measure(
            seq=seq, section_no=d.section.no if d.section else None, measure_no=d.measure_no,
            text=d.text, deadline=d.deadline,
            lead=resolve_cells(resolver, d.lead_cells, city=city, date=meta.date),
            support=resolve_cells(resolver, d.support_cells, city=city, date=meta.date),
            form=d.form, extra=dict(d.extra),
        ))
    source = Source(path=raw.path, sha256=raw.sha256, format=decoded.format,
                    encoding=decoded.encoding, size=raw.size, url=raw.url)
    return Notice(
        doc_id=doc_id_for(raw), source=source, doc_number=meta.doc_number, title=meta.title,
        issuer=meta.issuer, date=meta.date, recipients=meta.recipients,
        table_title=meta.table_title, city=city, sections=parsed.sections,
        measures=tuple(measures), warnings=decoded.warnings + parsed.warnings,
    )


def extract_file(path: str | Path, resolver=None) -> Notice:
    """Read and extract one file; raises ExtractorError for bad input."""
    return extract_raw(read_input(path), resolver)


def extract_many(files: Sequence[Path], settings: Settings,
                 progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
                 ) -> Iterator[tuple[Path, Notice | None, str | None]]:
    """Extract ``files`` in order, yielding (path, notice, None) or (path, None, reason).

    The one place that decides *how* files are processed, so ``run`` stays
    the same: in this process; in ``settings.jobs`` worker processes; or on a
    Dask cluster (``settings.engine == "dask"``).  Every engine yields in input
    order and gives identical notices (see ``parallel.py``).
    """
    if settings.engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {settings.engine!r}")
    if settings.engine == "dask" and files:
        from .parallel import extract_dask
        yield from extract_dask(files, settings, progress)
        return
    if settings.jobs != 1 and len(files) > 1:
        from .parallel import extract_processes
        yield from extract_processes(files, settings, progress)
        return
    from .resolve import load_resolver

    resolver = load_resolver(settings.aliases) if files else None
    for path in (progress(files) if progress else files):
        try:
            yield path, extract_file(path, resolver), None
        except ExtractorError as exc:
            yield path, None, str(exc)


def run(settings: Settings, progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> RunResult:
    """Extract every input and export the notices that could be read.

    ``progress`` wraps the file iterator (the CLI passes a progress bar).
    Failures are collected, logged, and never stop the batch.
    """
    if settings.aliases:   # a wrong alias line is a configuration error: stop before any work
        from .registry import check_aliases
        check_aliases(settings.aliases)
    inputs, fetch_failures = fetch_url_inputs(settings)
    files, failures = collect_inputs(inputs)
    result = RunResult(failures=fetch_failures + list(failures))
    if "sqlite" in settings.formats:
        return run_archived(files, settings, result, progress)
    for path, notice, error in extract_many(files, settings, progress):
        if notice is None:
            result.failures.append((str(path), error or "unreadable"))
            continue
        for w in notice.warnings:
            log.warning("%s: %s", path, w)
        result.notices.append(notice)
    if result.notices or not result.failures:
        # a batch where nothing could be read must not replace earlier outputs
        result.written = export_all(result.notices, settings.out_dir, settings.formats, settings.aliases)
    return result


def fetch_url_inputs(settings: Settings) -> tuple[list[str], list[tuple[str, str]]]:
    """Fetch the inputs that are URLs into ``settings.fetch_into``; return the
    inputs with each fetched URL replaced by its saved file, and the failures."""
    from .fetch import FetchSettings, fetch_urls, is_url

    urls = [i for i in settings.inputs if is_url(i)]
    if not urls:
        return list(settings.inputs), []
    records, failures = fetch_urls(urls, FetchSettings(into=settings.fetch_into))
    saved = {r.url: r.path for r in records}
    return [saved.get(i, i) for i in settings.inputs if not is_url(i) or i in saved], failures


def run_archived(files: Sequence[Path], settings: Settings, result: RunResult,
                 progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> RunResult:
    """The run with a cumulative archive (``archive.py``), under the output lock:

    1. inputs whose bytes the archive holds are taken from it (unless ``full``);
    2. the others are extracted and each stored in its own transaction;
    3. the per-run files are rebuilt from the archive's latest (or all) versions.
    """
    from .archive import open_archive
    from .registry import resolution_fingerprint

    with open_archive(settings.out_dir) as archive:
        todo = _skip_archived(files, archive, settings, result)
        for path, notice, error in extract_many(todo, settings, progress):
            if notice is None:
                result.failures.append((str(path), error or "unreadable"))
                continue
            for w in notice.warnings:
                log.warning("%s: %s", path, w)
            status, notice = archive.add_notice(notice)
            setattr(result, status, getattr(result, status) + 1)
            result.notices.append(notice)
        archive.refresh_agencies()
        # recorded last: a run killed before here re-resolves everything next time
        archive.set_setting("resolution", resolution_fingerprint(settings.aliases))
        if result.notices or not result.failures:
            per_run = archive.load_notices(all_versions=settings.all_versions)
            others = [f for f in settings.formats if f != "sqlite"]
            result.written = [archive.path] + export_all(per_run, settings.out_dir, others, settings.aliases)
    return result


def _skip_archived(files: Sequence[Path], archive, settings: Settings, result: RunResult) -> list[Path]:
    """The files to extract; the archived notice of each unchanged one goes into ``result``."""
    from .registry import resolution_fingerprint

    stale = archive.get_setting("resolution") not in (None, resolution_fingerprint(settings.aliases))
    if stale:
        log.warning("the agency registry or aliases changed since the last run: "
                    "re-extracting the archived inputs of this run")
    if settings.full or stale:
        return list(files)
    todo = []
    for path in files:
        try:
            sha256 = read_input(path).sha256
        except ExtractorError:
            todo.append(path)  # extraction names the problem
            continue
        notice = archive.notice_for_sha(sha256)
        if notice is None:
            todo.append(path)
        else:
            result.unchanged += 1
            result.notices.append(notice)
    return todo
