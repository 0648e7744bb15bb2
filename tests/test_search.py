"""Full-text search over the archive (store/search.py, ``extractor search``),
on the hand-counted corpus of ``analystkit``."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from analystkit import build_output, write_corpus
from extractor.models import ExtractorError
from extractor.store.search import FTS_TABLE, bigrams, search, snippet


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return build_output(tmp_path_factory.mktemp("search"))


def found(hits) -> list[tuple[str, int]]:
    return [(h.doc_number, h.measure_no) for h in hits]


def test_bigrams_cut_each_run_of_word_characters():
    assert bigrams("财政资金，支持5G") == "财政 政资 资金 支持 持5 5G"
    assert bigrams("云。") == ""


@pytest.mark.parametrize("query, expected", [
    ("财政", [("东府办〔2017〕5号", 2), ("东府办〔2016〕12号", 2)]),     # two characters
    ("资金", [("东府办〔2017〕5号", 2), ("东府办〔2016〕12号", 2)]),
    ("财政资金", [("东府办〔2016〕12号", 2)]),                           # four: 财政专项资金 is not 财政资金
    ("研发机构", [("东府办〔2016〕12号", 3)]),
    ("建设", [("东府办〔2017〕5号", 2), ("东府办〔2016〕12号", 1), ("东府办〔2016〕12号", 3)]),
    ("云", [("东府办〔2017〕5号", 1)]),                                  # one character: the LIKE fallback
    ("财政 项目", [("东府办〔2017〕5号", 2)]),                           # every word must be found
    ("平台。", [("东府办〔2016〕12号", 1)]),                             # punctuation is not searched for
    ("金融财政", []),
])
def test_search_finds_measures_by_two_and_more_characters(out, query, expected):
    assert found(search(out, query)) == expected


def test_the_index_is_used_for_two_characters(out):
    """Not a scan that happens to work: the FTS table itself finds 财政."""
    search(out, "财政")
    con = sqlite3.connect(out / "notices.sqlite")
    try:
        rows = con.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", ('"财政"',)).fetchall()
    finally:
        con.close()
    assert len(rows) == 2


def test_city_and_agency_filters(out):
    assert found(search(out, "建设", agency="dg-kjj")) == [("东府办〔2016〕12号", 1), ("东府办〔2016〕12号", 3)]
    assert found(search(out, "资金", agency="财政局")) == [("东府办〔2017〕5号", 2), ("东府办〔2016〕12号", 2)]
    assert found(search(out, "资金", agency="市商务局")) == []
    assert len(search(out, "建设", city="东莞")) == 3
    assert search(out, "建设", city="丽水") == []


def test_the_index_follows_new_and_replaced_rows(tmp_path):
    out = build_output(tmp_path)
    assert found(search(out, "上云")) == [("东府办〔2017〕5号", 1)]
    from extractor.engine.pipeline import Settings, run

    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "c.txt").write_text((tmp_path / "raw" / "b-2017-5.txt").read_text(encoding="utf-8")
                                 .replace("东府办〔2017〕5号", "东府办〔2018〕9号").replace("上云", "上云用数"),
                                 encoding="utf-8")
    run(Settings(inputs=(str(extra),), out_dir=out))
    assert found(search(out, "用数")) == [("东府办〔2018〕9号", 1)]          # added since the last search
    run(Settings(inputs=(str(extra),), out_dir=out, full=True))           # the same rows replaced
    assert found(search(out, "用数")) == [("东府办〔2018〕9号", 1)]


def test_snippet_marks_the_word():
    text = "一二三四五六七八九十" * 3 + "财政资金" + "甲乙丙丁" * 8
    assert snippet(text, ["财政资金"], context=4) == "…七八九十[财政资金]甲乙丙丁…"
    assert snippet("短文本", ["无"], context=4) == "短文本"


def test_no_archive_or_no_word_is_an_error(tmp_path):
    with pytest.raises(ExtractorError, match="no archive"):
        search(tmp_path, "财政")
    with pytest.raises(ExtractorError, match="needs a word"):
        search(tmp_path, "  ")


def cli(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def test_cli_prints_doc_number_measure_number_lead_and_snippet(out):
    res = cli("search", "财政资金", "--out", out)
    assert res.returncode == 0, res.stderr
    assert res.stdout.splitlines() == ["东府办〔2016〕12号  2  市发改局  设立产业引导基金，扩大[财政资金]撬动作用。"]


def test_cli_json(out):
    res = cli("search", "财政", "--agency", "dg-czj", "--json", "--out", out)
    hits = json.loads(res.stdout)
    assert [(h["doc_number"], h["measure_no"], h["lead"], h["support"]) for h in hits] == [
        ("东府办〔2017〕5号", 2, "市发改局、市财政局", ""), ("东府办〔2016〕12号", 2, "市发改局", "市财政局")]
    assert set(hits[0]) == {"doc_id", "doc_number", "seq", "measure_no", "text", "lead", "support", "snippet"}


def test_cli_without_an_archive_is_one_line(tmp_path):
    res = cli("search", "财政", "--out", tmp_path / "none")
    assert res.returncode == 2 and res.stderr.count("\n") == 1 and "no archive" in res.stderr
    assert not (tmp_path / "none").exists()
