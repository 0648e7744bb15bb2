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


def run_both_ways(inputs, tmp_path, monkeypatch, **options):
    """Run on ``inputs`` into a fresh archive twice: as it comes, and with the
    per-run files forced to be rebuilt from the archive.  Returns each run's
    files and how many times each rebuilt them."""
    from extractor.store.archive import Archive

    rebuilds = []
    real_export_all = pipeline.export_all

    def spy(*args, **kwargs):
        rebuilds.append(1)
        return real_export_all(*args, **kwargs)

    monkeypatch.setattr(pipeline, "export_all", spy)
    files, counts = {}, {}
    for way in ("as-it-comes", "rebuilt"):
        if way == "rebuilt":
            monkeypatch.setattr(Archive, "is_empty", lambda self: False)
        rebuilds.clear()
        result = run(Settings(inputs=tuple(map(str, inputs)), out_dir=tmp_path / way, **options))
        assert not result.failures
        files[way] = {name: (tmp_path / way / name).read_bytes() for name in PER_RUN_FILES}
        counts[way] = len(rebuilds)
    return files, counts


@pytest.mark.parametrize("all_versions", [False, True])
def test_files_written_while_storing_equal_the_files_rebuilt_from_the_archive(
        all_versions, fixtures_dir, tmp_path, monkeypatch):
    """Into an empty archive the per-run files are written as each notice is
    stored; they must be byte for byte what rebuilding them from the archive
    gives (every fixture shape: JSON round trip, formula cells, unresolved names)."""
    # the fixtures hold two versions of two notices: one of each, or the second replaces the first
    later = {"seed-dongguan-2014-75.txt", "list-lishui-2018-21b.txt"}
    inputs = [f for f in pipeline.collect_inputs([fixtures_dir])[0] if f.name not in later]
    files, rebuilds = run_both_ways(inputs, tmp_path, monkeypatch, all_versions=all_versions)
    assert rebuilds == {"as-it-comes": 0, "rebuilt": 1}
    assert files["as-it-comes"] == files["rebuilt"]
    assert len(json.loads(files["rebuilt"]["notices.json"])) > 20


def test_a_later_version_in_the_same_run_makes_the_files_rebuilt(fixtures_dir, tmp_path, monkeypatch):
    """The seed and a re-published copy in one run: only the second is the
    latest, so the files written as the notices came no longer fit the archive
    and are replaced by the rebuilt ones."""
    raw = tmp_path / "raw"
    raw.mkdir()
    seed = (fixtures_dir / "seed-dongguan-2014-75.html").read_text(encoding="utf-8")
    (raw / "a.html").write_text(seed, encoding="utf-8")
    (raw / "b.html").write_text(seed.replace("加快电子商务发展", "加快跨境电子商务发展"), encoding="utf-8")
    files, rebuilds = run_both_ways([raw], tmp_path, monkeypatch)
    assert rebuilds == {"as-it-comes": 1, "rebuilt": 1}
    assert files["as-it-comes"] == files["rebuilt"]
    assert [n["version"] for n in json.loads(files["rebuilt"]["notices.json"])] == [2]
