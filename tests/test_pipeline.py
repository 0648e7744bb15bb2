"""extractor.pipeline.run: what it keeps while a batch goes through (issue 6:
memory flat in the number of notices)."""
from __future__ import annotations

import gc
import json
import weakref
from dataclasses import fields

import pytest

from archivekit import make_notice
from extractor import pipeline
from extractor.pipeline import RunResult, Settings, run


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
