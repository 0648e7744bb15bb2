"""What changed between two archived versions of one notice.

Measures are matched by their printed number (``measure_no``); when a
version has no numbers, or repeats them (numbering that restarts in each
section), by their order (``seq``).  For each matched measure the wording
is compared after NFKC and whitespace removal (a portal re-publishing a
page often swaps full-width and half-width punctuation: that is not a
rewording), and every unit is compared by role: a unit moved from support
to lead, added, or dropped.  Units are compared by agency_id when they
resolved, else by the name as printed.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .archive import ARCHIVE_NAME
from .archiveread import ArchiveReader, VersionInfo
from ..models import ExtractorError, Measure, Notice
from ..text import clean_name, display_width


@dataclass(frozen=True)
class Reassignment:
    """One unit whose role in a measure changed (None: not named in that version)."""

    measure_no: int | None
    name: str
    from_role: str | None   #: "lead" | "support" | None
    to_role: str | None


@dataclass(frozen=True)
class NoticeDiff:
    """The changes from one version to another."""

    old: VersionInfo
    new: VersionInfo
    added: tuple[int, ...] = ()       #: measure numbers (seq when unnumbered)
    removed: tuple[int, ...] = ()
    reworded: tuple[int, ...] = ()
    reassigned: tuple[Reassignment, ...] = ()
    texts: dict[int, tuple[str, str]] | None = None  #: reworded measure -> (old text, new text)

    def as_dict(self) -> dict:
        """The ``--json`` shape."""
        return {
            "added": list(self.added), "removed": list(self.removed), "reworded": list(self.reworded),
            "reassigned": [{"measure_no": r.measure_no, "name": r.name, "from": r.from_role, "to": r.to_role}
                           for r in self.reassigned],
        }


def _match_key(measures: tuple[Measure, ...], use_no: bool) -> dict[int, Measure]:
    return {(m.measure_no if use_no else m.seq): m for m in measures}


def _numbered_uniquely(measures: tuple[Measure, ...]) -> bool:
    nos = [m.measure_no for m in measures]
    return bool(nos) and None not in nos and len(set(nos)) == len(nos)


def _same_text(a: str, b: str) -> bool:
    return clean_name(a) == clean_name(b)


def _roles(m: Measure) -> dict[str, tuple[str, str]]:
    """unit key -> (role, name as printed); lead wins if a unit is in both."""
    out: dict[str, tuple[str, str]] = {}
    for role, refs in (("support", m.support), ("lead", m.lead)):
        for r in refs:
            out[r.agency_id or r.name] = (role, r.name)
    return out


def compare_units(no: int, old: Measure, new: Measure) -> list[Reassignment]:
    """Units whose role changed between two versions of one measure."""
    before, after = _roles(old), _roles(new)
    changes = []
    for key in [*after, *(k for k in before if k not in after)]:
        was, now = before.get(key, (None, None)), after.get(key, (None, None))
        if was[0] != now[0]:
            changes.append(Reassignment(no, now[1] or was[1], was[0], now[0]))
    return changes


def diff_notices(old: Notice, new: Notice, old_info: VersionInfo, new_info: VersionInfo) -> NoticeDiff:
    """Added, removed and reworded measures, and reassigned units."""
    use_no = _numbered_uniquely(old.measures) and _numbered_uniquely(new.measures)
    before, after = _match_key(old.measures, use_no), _match_key(new.measures, use_no)
    reworded, reassigned, texts = [], [], {}
    for no in (k for k in after if k in before):
        if not _same_text(before[no].text, after[no].text):
            reworded.append(no)
            texts[no] = (before[no].text, after[no].text)
        reassigned.extend(compare_units(no, before[no], after[no]))
    return NoticeDiff(
        old=old_info, new=new_info, added=tuple(k for k in after if k not in before),
        removed=tuple(k for k in before if k not in after), reworded=tuple(reworded),
        reassigned=tuple(reassigned), texts=texts,
    )


def pick_versions(versions: list[VersionInfo], from_v: int | None, to_v: int | None
                  ) -> tuple[VersionInfo, VersionInfo]:
    """The two versions to compare: by number, default the last two."""
    by_no = {v.version: v for v in versions}
    to_v = to_v if to_v is not None else versions[-1].version
    if from_v is None:
        earlier = [v.version for v in versions if v.version < to_v]
        if not earlier:
            raise ExtractorError(f"{versions[-1].identity}: no version before {to_v} to compare with")
        from_v = earlier[-1]
    for v in (from_v, to_v):
        if v not in by_no:
            raise ExtractorError(f"{versions[-1].identity}: no version {v} "
                                 f"(versions: {', '.join(str(x) for x in by_no)})")
    return by_no[from_v], by_no[to_v]


def diff_archive(out_dir: Path, key: str, from_v: int | None = None, to_v: int | None = None) -> NoticeDiff:
    """Diff two versions of the notice ``key`` (doc_id or doc_number) in ``out_dir``'s archive."""
    path = Path(out_dir) / ARCHIVE_NAME
    if not path.is_file():
        raise ExtractorError(f"{path}: no archive (run `extractor run` first)")
    archive = ArchiveReader(path)
    try:
        versions = archive.versions(key)
        if not versions:
            raise ExtractorError(f"{key}: no such notice in {path}")
        old_info, new_info = pick_versions(versions, from_v, to_v)
        return diff_notices(archive.load_version(old_info.doc_id), archive.load_version(new_info.doc_id),
                            old_info, new_info)
    finally:
        archive.close()


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def format_diff(d: NoticeDiff, text_width: int = 40) -> str:
    """The diff as a readable table."""
    head = (f"{d.new.identity}: version {d.old.version} ({d.old.doc_id}, {d.old.extracted_at}) -> "
            f"version {d.new.version} ({d.new.doc_id}, {d.new.extracted_at})")
    rows = [("change", "measure", "unit", "from", "to", "wording")]
    rows += [("added", str(n), "", "", "", "") for n in d.added]
    rows += [("removed", str(n), "", "", "", "") for n in d.removed]
    for n in d.reworded:
        old, new = (d.texts or {}).get(n, ("", ""))
        rows.append(("reworded", str(n), "", "", "", f"{old[:text_width]} -> {new[:text_width]}"))
    rows += [("reassigned", str(r.measure_no), r.name, r.from_role or "-", r.to_role or "-", "")
             for r in d.reassigned]
    if len(rows) == 1:
        return head + "\nno changes in measures or units"
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(r, widths)) + "  " + r[-1] for r in rows]
    return "\n".join([head, *(line.rstrip() for line in lines)])
