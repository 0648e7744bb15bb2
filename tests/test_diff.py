"""extractor.store.diff: a re-published notice with one measure reworded and one
unit moved from support to lead gives exactly those two changes."""
from __future__ import annotations

import json

import pytest

from archivekit import BASE_MEASURES, make_notice, republished, store_notices
from extractor.cli import main
from extractor.store.diff import diff_archive, format_diff
from extractor.models import ExtractorError


@pytest.fixture
def archive_dir(tmp_path):
    store_notices([make_notice(), make_notice(republished(), path="raw/b.html")], tmp_path)
    return tmp_path


def test_republished_notice_gives_exactly_two_changes(archive_dir):
    d = diff_archive(archive_dir, "东府办〔2014〕75号")
    assert (d.old.version, d.new.version) == (1, 2)
    assert d.as_dict() == {
        "added": [], "removed": [], "reworded": [2],
        "reassigned": [{"measure_no": 3, "name": "松山湖管委会", "from": "support", "to": "lead"}],
    }


def test_added_removed_dropped_and_new_units(tmp_path):
    changed = list(BASE_MEASURES[:3]) + [
        (4, "加快电子商务发展。", ("市商务局",), ("市国税局", "市税务局")),
        (5, "新增一项措施。", ("市科技局",), ()),
    ]
    store_notices([make_notice(), make_notice(tuple(changed), path="raw/c.html")], tmp_path)
    d = diff_archive(tmp_path, make_notice().doc_id).as_dict()
    assert d["added"] == [5] and d["removed"] == [] and d["reworded"] == []
    assert d["reassigned"] == [
        {"measure_no": 4, "name": "市税务局", "from": None, "to": "support"},
        {"measure_no": 4, "name": "市地税局", "from": "support", "to": None},
    ]


def test_punctuation_width_is_not_a_rewording(tmp_path):
    same = tuple((no, text.replace(",", "，"), lead, sup) for no, text, lead, sup in BASE_MEASURES)
    store_notices([make_notice(), make_notice(same, path="raw/d.html")], tmp_path)
    assert diff_archive(tmp_path, "东府办〔2014〕75号").as_dict()["reworded"] == []


def test_unnumbered_measures_match_by_seq(tmp_path):
    unnumbered = tuple((None, *m[1:]) for m in BASE_MEASURES)
    store_notices([make_notice(unnumbered), make_notice(unnumbered[:3], path="raw/e.html")], tmp_path)
    assert diff_archive(tmp_path, "东府办〔2014〕75号").as_dict()["removed"] == [4]


def test_versions_can_be_chosen_and_must_exist(archive_dir):
    assert diff_archive(archive_dir, "东府办〔2014〕75号", from_v=2, to_v=1).as_dict()["reworded"] == [2]
    with pytest.raises(ExtractorError, match="no version 7"):
        diff_archive(archive_dir, "东府办〔2014〕75号", to_v=7)
    with pytest.raises(ExtractorError, match="no such notice"):
        diff_archive(archive_dir, "国办发〔2099〕1号")


def test_table_is_readable(archive_dir):
    text = format_diff(diff_archive(archive_dir, "东府办〔2014〕75号"))
    lines = text.splitlines()
    assert lines[0].startswith("东府办〔2014〕75号: version 1") and "-> version 2" in lines[0]
    assert lines[1].split() == ["change", "measure", "unit", "from", "to", "wording"]
    assert lines[2].split()[:2] == ["reworded", "2"]
    assert lines[3].split() == ["reassigned", "3", "松山湖管委会", "support", "lead"]


def test_cli_diff_json_and_errors(archive_dir, capsys):
    assert main(["diff", "东府办〔2014〕75号", "--out", str(archive_dir), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reworded"] == [2]
    assert main(["diff", "nothing", "--out", str(archive_dir)]) == 1
    assert capsys.readouterr().err.strip().count("\n") == 0
