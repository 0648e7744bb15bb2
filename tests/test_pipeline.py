"""extractor.engine.pipeline.run: what it keeps while a batch goes through (issue 6:
memory flat in the number of notices)."""
from __future__ import annotations

import gc
import json
import weakref
from dataclasses import fields

import pytest

from archivekit import make_notice
from extractor.engine import pipeline
from extractor.engine.pipeline import RunResult, Settings, run


def test_run_result_holds_counts_not_notices():
    assert "notices" not in {f.name for f in fields(RunResult)}
    assert not [f.name for f in fields(RunResult) if "Notice" in str(f.type)]


@pytest.mark.parametrize("formats", [("json", "csv"), ("json", "csv", "sqlite")])
def test_run_lets_each_notice_go(formats, tmp_path, monkeypatch):
    """Each notice is exported (and archived) as it arrives, then dropped."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(6):
        (raw / f"n{i}.html").write_text("stand-in; extraction is replaced below", encoding="utf-8")
    made = []

    def extract_many(files, settings, progress=None):
        for i, path in enumerate(files):
            if i >= 2:  # run's loop variable may still hold the previous one
                gc.collect()
                assert made[i - 2]() is None, f"notice {i - 2} is still held by run()"
            notice = make_notice(doc_number=f"东府办〔2014〕{i + 1}号", path=str(path))
            made.append(weakref.ref(notice))
            yield path, notice, None
            del notice

    monkeypatch.setattr(pipeline, "extract_many", extract_many)
    result = run(Settings(inputs=(str(raw),), out_dir=tmp_path / "out", formats=formats))
    # four measures and eight units each (archivekit.BASE_MEASURES)
    assert (result.notice_count, result.measure_count, result.assignment_count) == (6, 24, 48)
    assert result.unresolved_names == set() and not result.failures
    data = json.loads((tmp_path / "out" / "notices.json").read_text(encoding="utf-8"))
    assert [n["doc_number"] for n in data] == [f"东府办〔2014〕{i + 1}号" for i in range(6)]


PER_RUN_FILES = ("notices.json", "measures.csv", "assignments.csv", "agencies.csv", "review.csv")


def run_three_ways(inputs, tmp_path, monkeypatch, **options):
    """The per-run files of a run on ``inputs`` into a fresh archive, three ways:
    as the run writes them (each notice spooled as it is stored); rebuilt from
    the archive by a second run after they were deleted; and exported from the
    archive's notices by ``export_all`` (the per-notice files; agencies.csv is
    the archive's table).  Returns the files and how many notices each run
    rebuilt from the archive."""
    from extractor.store import outputs
    from extractor.store.archive import open_archive
    from extractor.store.export import export_all

    rebuilt = []
    real = outputs.Outputs._rebuild

    def spy(self, doc_ids):
        rebuilt.extend(doc_ids)
        return real(self, doc_ids)

    monkeypatch.setattr(outputs.Outputs, "_rebuild", spy)
    out = tmp_path / "out"
    files, counts = {}, {}
    for way in ("as-it-comes", "rebuilt"):
        if way == "rebuilt":
            for name in PER_RUN_FILES:
                (out / name).unlink()
        rebuilt.clear()
        result = run(Settings(inputs=tuple(map(str, inputs)), out_dir=out, **options))
        assert not result.failures
        files[way] = {name: (out / name).read_bytes() for name in PER_RUN_FILES}
        counts[way] = len(rebuilt)
    with open_archive(out) as archive:
        export_all(archive.iter_notices(all_versions=options.get("all_versions", False)),
                   tmp_path / "exported", ("json", "csv"))
    files["exported"] = {name: (tmp_path / "exported" / name).read_bytes() for name in PER_RUN_FILES}
    files["exported"]["agencies.csv"] = files["rebuilt"]["agencies.csv"]
    return files, counts


@pytest.mark.parametrize("all_versions", [False, True])
def test_files_written_while_storing_equal_the_files_rebuilt_from_the_archive(
        all_versions, fixtures_dir, tmp_path, monkeypatch):
    """The per-run files written from the spool as each notice is stored must be
    byte for byte what rebuilding them from the archive gives, and what the
    exporters write for the archive's notices (every fixture shape: JSON round
    trip, formula cells, unresolved names)."""
    # the fixtures hold two versions of a notice: one of each, or the second replaces the first
    later = {"list-lishui-2018-21b.txt"}
    inputs = [f for f in pipeline.collect_inputs([fixtures_dir])[0] if f.name not in later]
    files, rebuilt = run_three_ways(inputs, tmp_path, monkeypatch, all_versions=all_versions)
    assert rebuilt["as-it-comes"] == 0 and rebuilt["rebuilt"] > 20
    assert files["as-it-comes"] == files["rebuilt"] == files["exported"]
    assert len(json.loads(files["rebuilt"]["notices.json"])) > 20


def test_a_later_version_in_the_same_run_leaves_the_first_out(fixtures_dir, tmp_path, monkeypatch):
    """The seed and a re-published copy in one run: only the second is the
    latest, so the files show it alone, composed from the spool without it."""
    raw = tmp_path / "raw"
    raw.mkdir()
    seed = (fixtures_dir / "seed-dongguan-2014-75.html").read_text(encoding="utf-8")
    (raw / "a.html").write_text(seed, encoding="utf-8")
    (raw / "b.html").write_text(seed.replace("加快电子商务发展", "加快跨境电子商务发展"), encoding="utf-8")
    files, rebuilt = run_three_ways([raw], tmp_path, monkeypatch)
    assert rebuilt == {"as-it-comes": 0, "rebuilt": 1}
    assert files["as-it-comes"] == files["rebuilt"] == files["exported"]
    assert [n["version"] for n in json.loads(files["rebuilt"]["notices.json"])] == [2]
