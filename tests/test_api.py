"""The library API (``import extractor``): one notice from a path or bytes, a
registry the caller builds and passes, the archive and the batch run."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import extractor

REGISTRY = Path(extractor.__file__).parent / "agencies" / "registry"


@pytest.fixture
def seed(fixtures_dir) -> Path:
    return fixtures_dir / "seed-dongguan-2014-75.html"


def test_extract_a_path_and_the_same_bytes_give_the_same_notice(seed):
    from_path = extractor.extract(seed)
    from_bytes = extractor.extract(seed.read_bytes(), name="seed.html")
    assert from_bytes.source.path == "seed.html" and from_path.source.path == str(seed)
    assert from_bytes.measures == from_path.measures
    assert from_path.doc_number == "东府办〔2014〕75号"
    first = from_path.measures[0]
    assert [(a.name, a.agency_id) for a in first.lead] == [("市发改局", "dg-fgj"), ("市经信局", "dg-jxj"),
                                                          ("市科技局", "dg-kjj")]


def test_a_registry_the_caller_builds_is_the_one_names_resolve_against(seed, tmp_path):
    lishui, both = tmp_path / "lishui", tmp_path / "both"   # load_registry reads a folder once
    for folder, cities in ((lishui, ["lishui"]), (both, ["lishui", "dongguan"])):
        folder.mkdir()
        for city in cities:
            shutil.copy(REGISTRY / f"{city}.toml", folder)
    lishui_only = extractor.load_registry(lishui)           # a registry without Dongguan
    notice = extractor.extract(seed, registry=lishui_only)
    units = [a for m in notice.measures for a in m.lead + m.support if a.kind == "agency"]
    # no Dongguan entry to match: no unit gets a registry id (dg-...) or a registry match
    assert units and not any(a.agency_id.startswith("dg-") or a.match in ("exact", "alias") for a in units)
    # the shipped registry is not replaced: the next call without one resolves again
    assert extractor.extract(seed).measures[0].lead[0].agency_id == "dg-fgj"
    with_dongguan = extractor.extract(seed, registry=extractor.load_registry(both))
    assert with_dongguan.measures == extractor.extract(seed).measures


def test_bad_input_is_an_extractor_error():
    with pytest.raises(extractor.ExtractorError, match="empty"):
        extractor.extract(b"  \n")
    with pytest.raises(extractor.ExtractorError, match="no such file"):
        extractor.extract("/nonexistent/notice.html")


def test_run_and_archive(seed, tmp_path):
    result = extractor.run(extractor.Settings(inputs=(str(seed),), out_dir=tmp_path))
    assert (result.notice_count, result.failures) == (1, [])
    archive = extractor.Archive(tmp_path / "notices.sqlite")
    try:
        stored = list(archive.iter_notices())
    finally:
        archive.close()
    assert [n.doc_id for n in stored] == [extractor.extract(seed).doc_id]
    assert json.loads((tmp_path / "notices.json").read_text(encoding="utf-8"))[0]["doc_id"] == stored[0].doc_id


def test_importing_the_package_loads_no_stage():
    code = "import sys, extractor; print(sorted(m for m in sys.modules if m.startswith('extractor.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_unknown_names_are_an_attribute_error():
    with pytest.raises(AttributeError):
        extractor.no_such_thing


def test_evaluate_reads_the_fixture_folder_it_is_given(tmp_path, fixtures_dir, capsys):
    from extractor.evaluate import main
    assert main([str(tmp_path / "missing")]) == 2
    assert "no such fixture folder" in capsys.readouterr().err
    (tmp_path / "one").mkdir()
    seed = fixtures_dir / "seed-dongguan-2014-75"
    for suffix in (".html", ".expected.json"):
        shutil.copy(seed.with_suffix(suffix), tmp_path / "one")
    assert main([str(tmp_path / "one")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"dev: {tmp_path / 'one'}") and "\nall | 1 |" in out
