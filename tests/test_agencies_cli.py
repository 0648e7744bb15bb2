"""`extractor agencies`, review.csv and --aliases, run as a user would on temporary folders."""
import csv
import json
import sqlite3
import subprocess
import sys

import pytest

#: a notice in the text-tab form (as tab-dongguan-2017-88) with two units nobody listed,
#: 市平安办 (twice) and 市综治办, and 市金融局 in a 2021 notice (derivation: dg-jrj)
NOTICE = "\n".join([
    "东府办函〔2021〕7号",
    "关于印发东莞市平安建设工作责任分工的通知",
    "各镇人民政府（街道办事处），市府直属有关单位：",
    "　　《东莞市平安建设工作责任分工》业经市人民政府同意，现印发给你们，请认真贯彻执行。",
    "东莞市人民政府办公室",
    "2021年3月5日",
    "东莞市平安建设工作责任分工",
    "目标任务\t工作措施\t牵头单位\t协办单位\t完成时限",
    "（一）完善平安建设体系\t1、建立平安建设联席会议制度。\t市平安办\t市公安局、市综治办\t2021年12月",
    "\t2、推动金融风险排查。\t市金融局\t市平安办\t长期",
    "\t3、加强科技支撑。\t市科技局\t\t长期",
    "",
])


def extractor(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def read_csv(path):
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "pingan-dongguan-2021-7.txt").write_text(NOTICE, encoding="utf-8")
    return folder


# ---------------------------------------------------------------- list and explain

def test_list_filters_by_city_and_kind(tmp_path):
    res = extractor("agencies", "--city", "东莞", "--kind", "town/street", "--json", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert len(rows) == 32 and {(r["city"], r["kind"]) for r in rows} == {("东莞市", "town/street")}
    table = extractor("agencies", "--city", "东莞市", cwd=tmp_path).stdout
    # one line per agency with its short names, era and lineage
    line = next(x for x in table.splitlines() if x.startswith("dg-shuiwu |"))
    assert "国家税务总局东莞市税务局" in line and "dg-guoshui、dg-dishui" in line and "2018" in line
    assert next(x for x in table.splitlines() if x.startswith("dg-fgj |")).count("市发改局") == 1


@pytest.mark.parametrize("args,message", [
    (("agencies", "--city", "杭州市"), "unknown city '杭州市': the registry has 东莞市、丽水市"),
    (("agencies", "--kind", "ministry"), "unknown kind 'ministry'"),
    # any city, district or county explains (the template); a --city that names no place does not
    (("agencies", "explain", "市发改局", "--city", "hello"), "'hello' names no city, district or county"),
])
def test_bad_city_or_kind_is_a_one_line_usage_error(tmp_path, args, message):
    res = extractor(*args, cwd=tmp_path)
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and message in res.stderr, res.stderr


def test_explain_shows_rule_key_scope_and_date_choice(tmp_path):
    res = extractor("agencies", "explain", "市金融工作局", "--city", "东莞市", "--date", "2021-03-29",
                    "--json", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    e = json.loads(res.stdout)
    assert (e["rule"], e["key"], e["scope"], e["agency_id"]) == ("alias", "市金融工作局", "东莞市", "dg-jrj")
    assert {c["agency_id"] for c in e["candidates"]} == {"dg-jrgzj", "dg-jrj"}
    text = extractor("agencies", "--city", "东莞", "explain", "市金融工作局", "--date", "2014-08-08",
                     cwd=tmp_path).stdout          # --city before the action is kept
    assert "dg-jrgzj" in text.splitlines()[1] and "rule:       alias" in text and "scope:      东莞市" in text


def test_explain_an_unknown_name_gives_its_id_and_candidates(tmp_path):
    res = extractor("agencies", "explain", "市发改委", "--city", "东莞市", "--json", cwd=tmp_path)
    e = json.loads(res.stdout)
    assert e["rule"] == "unresolved" and e["agency_id"].startswith("dg-x-") and e["score"] == 0.0
    assert e["candidates"][0]["agency_id"] == "dg-fgj"


# ---------------------------------------------------------------- review.csv and agencies.csv

def test_unknown_units_go_to_review_csv(raw, tmp_path):
    out = tmp_path / "out"
    res = extractor("run", raw, "--out", out, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "2 unresolved names" in res.stdout
    # 市平安办 (twice) and 市综治办: 3 of the 6 unit mentions did not resolve
    assert "agency names resolved, by city: 东莞市 50% (3/6)" in res.stdout
    review = read_csv(out / "review.csv")
    assert [(r["city"], r["name"], r["notice_count"], r["measure_count"]) for r in review] == [
        ("东莞市", "市平安办", "1", "2"), ("东莞市", "市综治办", "1", "1")]
    assert {(r["city_resolved"], r["city_units"]) for r in review} == {("3", "6")}   # the city's coverage
    doc_id = json.loads((out / "notices.json").read_text(encoding="utf-8"))[0]["doc_id"]
    pingan = review[0]
    assert pingan["first_doc_id"] == doc_id and pingan["first_doc_number"] == "东府办函〔2021〕7号"
    assignments = read_csv(out / "assignments.csv")
    assert {a["agency_id"] for a in assignments if a["name"] == "市平安办"} == {pingan["agency_id"]}
    # the closest registry agencies, best first, for a person to confirm
    assert pingan["best_id"] == "dg-szfb" and 0 < float(pingan["best_score"]) < 1
    assert pingan["candidates"].startswith("dg-szfb 东莞市人民政府办公室 (")
    # every miss is listed: the review names are exactly the unresolved assignments
    assert {r["name"] for r in review} == {a["name"] for a in assignments if a["match"] == "unresolved"}


def test_agencies_csv_and_sqlite_carry_the_registry(raw, tmp_path):
    out = tmp_path / "out"
    assert extractor("run", raw, "--out", out, cwd=tmp_path).returncode == 0
    agencies = {r["agency_id"]: r for r in read_csv(out / "agencies.csv")}
    jrj = agencies["dg-jrj"]
    assert (jrj["city"], jrj["kind"], jrj["resolved"], jrj["valid_from"]) == (
        "东莞市", "government department", "1", "2019")
    assert jrj["successor_of"] == "dg-jrgzj" and "市金融局" in jrj["aliases"].split("、")
    pingan = next(r for r in agencies.values() if r["names"] == "市平安办")
    assert (pingan["city"], pingan["kind"], pingan["resolved"], pingan["aliases"]) == ("东莞市", "", "0", "")
    con = sqlite3.connect(out / "notices.sqlite")
    con.row_factory = sqlite3.Row
    sql = {r["agency_id"]: dict(r) for r in con.execute("SELECT * FROM agencies")}
    assert list(next(iter(sql.values()))) == list(next(iter(agencies.values())))   # same columns, same order
    for aid, row in agencies.items():
        assert {k: "" if v is None else str(v) for k, v in sql[aid].items()} == row


# ---------------------------------------------------------------- --aliases

def test_aliases_win_over_derivation_end_to_end(raw, tmp_path):
    aliases = tmp_path / "my-aliases.csv"
    aliases.write_text("name,agency_id,city\n市金融局,dg-jrgzj,东莞市\n市平安办,dg-szfb\n", encoding="utf-8")
    out = tmp_path / "out"
    res = extractor("run", raw, "--out", out, "--aliases", aliases, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    got = {a["name"]: (a["agency_id"], a["match"]) for a in read_csv(out / "assignments.csv")}
    # derivation alone gives the 2019 successor dg-jrj for a 2021 notice; the user's line wins
    assert got["市金融局"] == ("dg-jrgzj", "alias") and got["市平安办"] == ("dg-szfb", "alias")
    assert [r["name"] for r in read_csv(out / "review.csv")] == ["市综治办"]
    explained = extractor("agencies", "explain", "市平安办", "--city", "东莞市", "--aliases", aliases,
                          "--json", cwd=tmp_path)
    assert json.loads(explained.stdout)["rule"] == "user"


def test_raw_aliases_csv_is_the_default(raw, tmp_path):
    (raw / "aliases.csv").write_text("市平安办,dg-szfb\n", encoding="utf-8")
    res = extractor("run", "raw", "--out", "out", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert [r["name"] for r in read_csv(tmp_path / "out" / "review.csv")] == ["市综治办"]


def test_a_wrong_alias_line_is_a_one_line_error_naming_file_and_line(raw, tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,agency_id\n市平安办,dg-szfb\n市综治办,dg-nope\n", encoding="utf-8")
    out = tmp_path / "out"
    res = extractor("run", raw, "--out", out, "--aliases", aliases, "--jobs", "2", cwd=tmp_path)
    assert res.returncode == 2
    assert res.stderr == f"extractor: error: {aliases}:3: unknown agency_id 'dg-nope'\n"
    assert not out.exists() or not list(out.glob("*.csv"))     # refused before any work


def test_alias_added_after_review_takes_effect_on_the_next_run(raw, tmp_path):
    """The staff workflow: run, read review.csv, add an alias, run again (no --full)."""
    out = tmp_path / "out"
    assert extractor("run", raw, "--out", out, cwd=tmp_path).returncode == 0
    assert "市平安办" in [r["name"] for r in read_csv(out / "review.csv")]
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,agency_id\n市平安办,dg-szfb\n", encoding="utf-8")
    res = extractor("run", raw, "--out", out, "--aliases", aliases, cwd=tmp_path)
    assert res.returncode == 0 and "registry or aliases changed" in res.stderr
    got = {a["name"]: a["agency_id"] for a in read_csv(out / "assignments.csv")}
    assert got["市平安办"] == "dg-szfb"
    assert "市平安办" not in [r["name"] for r in read_csv(out / "review.csv")]
    again = extractor("run", raw, "--out", out, "--aliases", aliases, cwd=tmp_path)
    assert "1 unchanged" in again.stdout and "changed since" not in again.stderr


@pytest.mark.parametrize("lines,line,reason", [
    # D11: the second line silently won
    ("市平安办,dg-szfb\n市金融局,dg-jrgzj\n市平安办,dg-szfb,东莞市\n", 4, "市平安办 is already given on line 2"),
    # D11: a misspelt city was accepted, and the line then applied nowhere
    ("市平安办,dg-szfb,东完市\n", 2, "unknown city '东完市'"),
], ids=["duplicate-name", "unknown-city"])
def test_alias_lines_that_cannot_both_hold_stop_the_run(raw, tmp_path, lines, line, reason):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,agency_id,city\n" + lines, encoding="utf-8")
    out = tmp_path / "out"
    res = extractor("run", raw, "--out", out, "--aliases", aliases, cwd=tmp_path)
    assert (res.returncode, res.stderr) == (2, f"extractor: error: {aliases}:{line}: {reason}\n")
    explained = extractor("agencies", "explain", "市平安办", "--aliases", aliases, cwd=tmp_path)
    assert (explained.returncode, explained.stderr) == (2, f"extractor: error: {aliases}:{line}: {reason}\n")


def test_one_name_in_two_cities_is_not_a_duplicate(raw, tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("市平安办,dg-szfb,东莞市\n市平安办,dg-szfb,丽水市\n", encoding="utf-8")
    res = extractor("run", raw, "--out", tmp_path / "out", "--aliases", aliases, cwd=tmp_path)
    assert res.returncode == 0, res.stderr


# ---------------------------------------------------------------- the template and --registry

CHENGDU = '[city]\nname = "成都市"\nshort = "成都"\nid_prefix = "cd"\n'


def explain_json(*args, cwd):
    res = extractor("agencies", "explain", *args, "--json", cwd=cwd)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def test_explain_works_for_any_city(tmp_path):
    e = explain_json("区发改局", "--city", "成都市武侯区", cwd=tmp_path)
    assert (e["rule"], e["canonical"], e["department"]) == ("template", "成都市武侯区发展和改革局", "fgw")
    e = explain_json("县财政局", "--city", "仪陇县", cwd=tmp_path)
    assert e["canonical"] == "仪陇县财政局"


def test_ids_stay_when_a_registry_is_added(tmp_path):
    before = {n: explain_json(n, "--city", "成都市", cwd=tmp_path)["agency_id"]
              for n in ("市发改委", "市财政局", "市审管办")}
    # a user registry for 成都: one entry keeps the template's id (no agency_id), one takes
    # its own id and records the template id as lineage, an unlisted name keeps its id
    folder = tmp_path / "raw" / "registry"
    folder.mkdir(parents=True)
    (folder / "chengdu.toml").write_text(CHENGDU + """
[[agency]]
name = "成都市发展和改革委员会"
kind = "government department"
short = ["市发改委"]

[[agency]]
agency_id = "cd-czj"
name = "成都市财政局"
kind = "government department"
short = ["市财政局"]
""", encoding="utf-8")
    after = {n: explain_json(n, "--city", "成都市", cwd=tmp_path) for n in before}   # raw/registry/ by default
    assert after["市发改委"]["rule"] == "alias" and after["市发改委"]["agency_id"] == before["市发改委"]
    assert after["市财政局"]["agency_id"] == "cd-czj"
    assert after["市审管办"]["agency_id"] == before["市审管办"]
    listing = json.loads(extractor("agencies", "--city", "成都市", "--json", cwd=tmp_path).stdout)
    czj = next(a for a in listing if a["agency_id"] == "cd-czj")
    assert czj["template_id"] == before["市财政局"]       # the old id, as lineage


def test_registry_folder_that_is_not_one_is_a_usage_error(tmp_path):
    res = extractor("agencies", "--registry", tmp_path / "nope", cwd=tmp_path)
    assert res.returncode == 2 and "no such registry folder" in res.stderr


def test_a_registry_added_later_records_the_template_id_as_lineage(tmp_path):
    before = explain_json("市财政局", "--city", "成都市", cwd=tmp_path)["agency_id"]
    folder = tmp_path / "reg"
    folder.mkdir()
    (folder / "chengdu.toml").write_text(CHENGDU + '[[agency]]\nagency_id = "cd-czj"\nname = "成都市财政局"\n'
                                         'kind = "government department"\nshort = ["市财政局"]\n', encoding="utf-8")
    notice = NOTICE.replace("东莞", "成都").replace("东府办函", "成府办函").replace("市科技局", "市财政局")
    (tmp_path / "n.txt").write_text(notice, encoding="utf-8")
    out = tmp_path / "out"
    res = extractor("run", tmp_path / "n.txt", "--out", out, "--registry", folder, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    rows = {r["agency_id"]: r for r in read_csv(out / "agencies.csv")}
    assert before.startswith("j") and before.endswith("-czj")
    assert rows["cd-czj"]["successor_of"] == before      # the id archived before the registry
